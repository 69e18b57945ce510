/**
 * Rendering `inkoop design`: the simulated rates of ties, rank reversal and
 * weight sensitivity for the relative and the bounds price method side by
 * side, with the conclusion in plain words (Dutch or English); JSON and CSV.
 * Pure functions: data in, text out.
 */
import { csv, markdownTable, textTable, type Column } from '../lib/format.js';
import { formatMoney, formatNumber, type Lang } from '../lib/i18n.js';
import type { DesignReport, DesignStats } from './design.js';

const L = {
  nl: {
    title: 'Ontwerp van de gunning: simulatie van de prijsmethode',
    setup: (runs: string, bids: number, low: string, high: string, spread: string, seed: number) =>
      `${runs} gegenereerde sets van ${bids} inschrijvingen; prijzen van ${low} tot ${high} (spreiding ${spread}); seed ${seed}.`,
    price: (w: string, m: string) => `Prijscriteria: ${w} van ${m} punten.`,
    bounds: (b: string, w: string) =>
      `Grenzen voor de methode tussen grenzen: ${b} (alle punten) en ${w} (geen punten).`,
    metric: 'In hoeveel sets',
    relative: 'Relatief',
    boundsM: 'Tussen grenzen',
    chosen: ' (gekozen)',
    ties: 'Gelijke stand om de eerste plaats',
    withdrawalWinner: 'Winnaar verandert als een verliezer zich terugtrekt',
    withdrawalOrder: 'Volgorde verandert als een verliezer zich terugtrekt',
    additionWinner: 'Winnaar verandert als er een goedkopere inschrijving bijkomt',
    additionOrder: 'Volgorde verandert als er een goedkopere inschrijving bijkomt',
    weightWinner: (m: string) => `Winnaar verandert bij een gewichtswijziging tot ${m} punten`,
    fragile: 'Kwetsbaar (zoals --fail-if-fragile oordeelt)',
    noPrice: 'Geen prijscriterium met gewicht: de prijsmethode maakt voor de uitkomst niets uit.',
    reversal: (rel: string) =>
      `Met de relatieve methode veranderde de winnaar in ${rel} van de sets door het terugtrekken of toevoegen van één inschrijving die niet won (rangomkering). Met de methode tussen grenzen kan dat niet: elke prijs krijgt punten los van de andere inschrijvingen.`,
    noReversal:
      'In geen enkele set veranderde de winnaar door het terugtrekken of toevoegen van één inschrijving.',
    tiesText: (rel: string, bnd: string) =>
      `Gelijke standen om de eerste plaats: ${rel} (relatief) en ${bnd} (tussen grenzen).`,
    weightsText: (m: string, rel: string, bnd: string) =>
      `Een gewichtswijziging tot ${m} punten veranderde de winnaar in ${rel} (relatief) en ${bnd} (tussen grenzen) van de sets.`,
    chosenText: (m: string) => `Deze aanbesteding gebruikt nu: ${m}.`,
    generated:
      'De inschrijvingen zijn gegenereerd: een kwaliteitsniveau tussen 40% en 90% van de schaal dat voor de helft met de prijs meeloopt, per criterium 15% van de schaal meer of minder, afgerond op een tiende van de schaal. Dezelfde seed geeft dezelfde sets.',
  },
  en: {
    title: 'Award design: simulation of the price method',
    setup: (runs: string, bids: number, low: string, high: string, spread: string, seed: number) =>
      `${runs} generated sets of ${bids} bids; prices from ${low} to ${high} (spread ${spread}); seed ${seed}.`,
    price: (w: string, m: string) => `Price criteria: ${w} of ${m} points.`,
    bounds: (b: string, w: string) =>
      `Bounds for the bounds method: ${b} (all points) and ${w} (no points).`,
    metric: 'In how many sets',
    relative: 'Relative',
    boundsM: 'Bounds',
    chosen: ' (chosen)',
    ties: 'Tie for first place',
    withdrawalWinner: 'Winner changes when a losing bid withdraws',
    withdrawalOrder: 'Order changes when a losing bid withdraws',
    additionWinner: 'Winner changes when a cheaper bid is added',
    additionOrder: 'Order changes when a cheaper bid is added',
    weightWinner: (m: string) => `Winner changes with a weight change of up to ${m} points`,
    fragile: 'Fragile (as --fail-if-fragile judges it)',
    noPrice: 'No price criterion with weight: the price method makes no difference to the outcome.',
    reversal: (rel: string) =>
      `With the relative method, withdrawing or adding one bid that did not win changed the winner in ${rel} of the sets (rank reversal). With the bounds method that cannot happen: each price earns points independently of the other bids.`,
    noReversal: 'In no set did withdrawing or adding one bid change the winner.',
    tiesText: (rel: string, bnd: string) =>
      `Ties for first place: ${rel} (relative) and ${bnd} (bounds).`,
    weightsText: (m: string, rel: string, bnd: string) =>
      `A weight change of up to ${m} points changed the winner in ${rel} (relative) and ${bnd} (bounds) of the sets.`,
    chosenText: (m: string) => `This tender uses now: ${m}.`,
    generated:
      'The bids are generated: a quality level between 40% and 90% of the scale, half of it following the price, per criterion 15% of the scale more or less, rounded to a tenth of the scale. The same seed gives the same sets.',
  },
} as const;

const share = (n: number, of: number, lang: Lang) =>
  `${formatNumber(of ? (100 * n) / of : 0, lang, 1, 1)}%`;

type Key =
  | 'ties'
  | 'withdrawalWinner'
  | 'withdrawalOrder'
  | 'additionWinner'
  | 'additionOrder'
  | 'weightWinner'
  | 'fragile';
const ROWS: Key[] = [
  'ties',
  'withdrawalWinner',
  'withdrawalOrder',
  'additionWinner',
  'additionOrder',
  'weightWinner',
  'fragile',
];

function label(key: Key, r: DesignReport, lang: Lang): string {
  const l = L[lang];
  return key === 'weightWinner' ? l.weightWinner(formatNumber(r.margin, lang, 4, 0)) : l[key];
}

function table(r: DesignReport, lang: Lang): { columns: Column[]; rows: string[][] } {
  const l = L[lang];
  const cell = (s: DesignStats, k: Key) =>
    `${share(s[k], s.sets, lang)} (${formatNumber(s[k], lang, 0)})`;
  const columns: Column[] = [
    { header: l.metric },
    { header: l.relative + (r.method === 'relative' ? l.chosen : ''), align: 'right' },
    { header: l.boundsM + (r.method === 'bounds' ? l.chosen : ''), align: 'right' },
  ];
  return {
    columns,
    rows: ROWS.map((k) => [
      label(k, r, lang),
      cell(r.methods.relative, k),
      cell(r.methods.bounds, k),
    ]),
  };
}

function header(r: DesignReport, lang: Lang): string[] {
  const l = L[lang];
  const high = Math.round((r.low * (1 + r.spread)) / 100) * 100;
  return [
    l.setup(
      formatNumber(r.runs, lang, 0),
      r.bids,
      formatMoney(r.low, lang),
      formatMoney(high, lang),
      `${formatNumber(r.spread * 100, lang, 2, 0)}%`,
      r.seed,
    ),
    `${l.price(formatNumber(r.priceWeight, lang, 4, 0), formatNumber(r.maxPoints, lang, 4, 0))} ${l.bounds(formatMoney(r.bounds.best, lang), formatMoney(r.bounds.worst, lang))}`,
  ];
}

/** The conclusion in plain words. */
export function designConclusion(r: DesignReport, lang: Lang): string[] {
  const l = L[lang];
  const rel = r.methods.relative;
  const bnd = r.methods.bounds;
  const out: string[] = [];
  if (!(r.priceWeight > 0)) out.push(l.noPrice);
  else
    out.push(
      rel.reversalWinner > 0 ? l.reversal(share(rel.reversalWinner, rel.sets, lang)) : l.noReversal,
    );
  out.push(l.tiesText(share(rel.ties, rel.sets, lang), share(bnd.ties, bnd.sets, lang)));
  out.push(
    l.weightsText(
      formatNumber(r.margin, lang, 4, 0),
      share(rel.weightWinner, rel.sets, lang),
      share(bnd.weightWinner, bnd.sets, lang),
    ),
  );
  out.push(
    l.chosenText(r.method === 'relative' ? l.relative.toLowerCase() : l.boundsM.toLowerCase()),
  );
  return out;
}

/** The report for a terminal. */
export function designText(r: DesignReport, lang: Lang, title?: string | null): string {
  const l = L[lang];
  const { columns, rows } = table(r, lang);
  return (
    [
      title ? `${title}\n${l.title}` : l.title,
      ...header(r, lang),
      '',
      textTable(columns, rows).trimEnd(),
      '',
      ...designConclusion(r, lang),
      '',
      l.generated,
    ].join('\n') + '\n'
  );
}

/** The report as Markdown. */
export function designMarkdown(r: DesignReport, lang: Lang, title?: string | null): string {
  const l = L[lang];
  const esc = (s: string) => s.replace(/([\\`*_{}[\]<>|#])/g, '\\$1');
  const { columns, rows } = table(r, lang);
  return (
    [
      `# ${esc(title ? `${title}: ${l.title}` : l.title)}`,
      '',
      ...header(r, lang).map(esc),
      '',
      markdownTable(columns, rows).trimEnd(),
      '',
      ...designConclusion(r, lang).map((s) => `${esc(s)}\n`),
      `_${esc(l.generated)}_`,
    ].join('\n') + '\n'
  );
}

function statsJson(s: DesignStats) {
  const counts = {
    ties: s.ties,
    withdrawal_winner: s.withdrawalWinner,
    withdrawal_order: s.withdrawalOrder,
    addition_winner: s.additionWinner,
    addition_order: s.additionOrder,
    reversal_winner: s.reversalWinner,
    weight_winner: s.weightWinner,
    fragile: s.fragile,
  };
  const shares = Object.fromEntries(
    Object.entries(counts).map(([k, v]) => [k, s.sets ? Math.round((v / s.sets) * 1e6) / 1e6 : 0]),
  );
  return { sets: s.sets, ...counts, shares };
}

/** The JSON of `inkoop design --format json`: counts, and shares as fractions (6 decimals); prices in euros. */
export function designJson(r: DesignReport, title?: string | null) {
  return {
    title: title ?? null,
    method: r.method,
    bids: r.bids,
    runs: r.runs,
    seed: r.seed,
    spread: r.spread,
    margin: r.margin,
    low_price: r.low / 100,
    high_price: Math.round((r.low * (1 + r.spread)) / 100),
    bounds: { best: r.bounds.best / 100, worst: r.bounds.worst / 100 },
    max_points: r.maxPoints,
    price_weight: r.priceWeight,
    methods: { relative: statsJson(r.methods.relative), bounds: statsJson(r.methods.bounds) },
  };
}

/** One row per measure: metric,relative,relative_share,bounds,bounds_share (RFC 4180, CRLF). */
export function designCsv(r: DesignReport): string {
  const keys: [string, keyof DesignStats][] = [
    ['ties', 'ties'],
    ['withdrawal_winner', 'withdrawalWinner'],
    ['withdrawal_order', 'withdrawalOrder'],
    ['addition_winner', 'additionWinner'],
    ['addition_order', 'additionOrder'],
    ['reversal_winner', 'reversalWinner'],
    ['weight_winner', 'weightWinner'],
    ['fragile', 'fragile'],
  ];
  const rel = r.methods.relative;
  const bnd = r.methods.bounds;
  const sh = (s: DesignStats, k: keyof DesignStats) =>
    s.sets ? Math.round(((s[k] as number) / s.sets) * 1e6) / 1e6 : 0;
  return csv([
    ['metric', 'relative', 'relative_share', 'bounds', 'bounds_share'],
    ['sets', rel.sets, 1, bnd.sets, 1],
    ...keys.map(([name, k]) => [name, rel[k] as number, sh(rel, k), bnd[k] as number, sh(bnd, k)]),
  ]);
}
