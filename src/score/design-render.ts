/**
 * Rendering `inkoop design`: the simulated rates of ties, rank reversal and
 * weight sensitivity for the relative and the bounds price method side by
 * side, with the conclusion in plain words (Dutch or English); JSON and CSV.
 * Pure functions: data in, text out.
 */
import {
  type Column,
  type CsvCell,
  type CsvDialect,
  csv,
  markdownTable,
  textTable,
} from '../lib/tables.js';
import { type MessageKey, translator } from '../i18n/index.js';
import type { AwardMethod } from './methods.js';
import { formatMoney, formatNumber, type Lang } from '../lib/i18n.js';
import { csvText, inlineSafe, mdText } from '../lib/text.js';
import type { DesignReport, DesignStats } from './design.js';

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

/**
 * Which bid the addition rows add: a cheaper one without quality (it moves
 * the lowest price), or, under the utility index, one with the top score on
 * every criterion (it moves the best quality). `mixed`: the columns differ,
 * and a note under the table says which is which.
 */
function additionKind(r: DesignReport): 'cheaper' | 'best' | 'mixed' {
  const awards = r.compared ? Object.values(r.methods).map((s) => s.award) : [r.award];
  const best = awards.filter((a) => a === 'utility_index').length;
  return best === 0 ? 'cheaper' : best === awards.length ? 'best' : 'mixed';
}

function label(key: Key, r: DesignReport, lang: Lang): string {
  const t = translator(lang);
  if (key === 'weightWinner')
    return t('design.weightWinner', { m: formatNumber(r.margin, lang, 4, 0) });
  if (key === 'additionWinner' || key === 'additionOrder') {
    const kind = additionKind(r);
    if (kind !== 'cheaper') return t(`design.${key}${kind === 'best' ? 'Best' : 'Any'}`);
  }
  return t(`design.${key}`);
}

/** The note under the table when the addition rows add different bids per column. */
function additionNote(r: DesignReport, lang: Lang): string[] {
  return additionKind(r) === 'mixed' ? [translator(lang)('design.additionNote')] : [];
}

/** The catalogue key of an award method's name (keys have no underscores). */
const METHOD_KEYS = {
  weighted: 'design.method.weighted',
  fictitious_price: 'design.method.fictitiousPrice',
  price_per_point: 'design.method.pricePerPoint',
  utility_index: 'design.method.utilityIndex',
  lowest_price: 'design.method.lowestPrice',
  lowest_cost: 'design.method.lowestCost',
} as const satisfies Record<AwardMethod, MessageKey>;

/** The name of a column: a price formula, or an award method (weighted with its formula). */
function columnName(s: DesignStats, r: DesignReport, lang: Lang): string {
  const t = translator(lang);
  if (!r.compared) return s.price === 'bounds' ? t('design.boundsM') : t('design.relative');
  const name = t(METHOD_KEYS[s.award]);
  return s.award === 'weighted' ? `${name} (${t(`design.formula.${s.price}`)})` : name;
}

/** Whether a column is the tender's own choice. */
function chosen(s: DesignStats, r: DesignReport): boolean {
  return r.compared ? s.award === r.award : s.price === r.method;
}

function table(r: DesignReport, lang: Lang): { columns: Column[]; rows: string[][] } {
  const t = translator(lang);
  const cell = (s: DesignStats, k: Key) =>
    `${share(s[k], s.sets, lang)} (${formatNumber(s[k], lang, 0)})`;
  const stats = Object.values(r.methods);
  const columns: Column[] = [
    { header: t('design.metric') },
    ...stats.map(
      (s): Column => ({
        header: columnName(s, r, lang) + (chosen(s, r) ? t('design.chosen') : ''),
        align: 'right',
      }),
    ),
  ];
  return {
    columns,
    rows: ROWS.map((k) => [label(k, r, lang), ...stats.map((s) => cell(s, k))]),
  };
}

/** The conclusion with --methods: per award method, whether it can show rank reversal and how often it did. */
function methodsConclusion(r: DesignReport, lang: Lang): string[] {
  const t = translator(lang);
  const out = Object.values(r.methods).map((s) =>
    s.reversible
      ? t('design.canReverse', {
          m: columnName(s, r, lang),
          rel: share(s.reversalWinner, s.sets, lang),
        })
      : t('design.cannotReverse', { m: columnName(s, r, lang) }),
  );
  out.push(t('design.chosenText', { m: t(METHOD_KEYS[r.award]).toLowerCase() }));
  return out;
}

function header(r: DesignReport, lang: Lang): string[] {
  const t = translator(lang);
  const high = Math.round((r.low * (1 + r.spread)) / 100) * 100;
  return [
    t('design.setup', {
      runs: formatNumber(r.runs, lang, 0),
      bids: r.bids,
      low: formatMoney(r.low, lang),
      high: formatMoney(high, lang),
      spread: `${formatNumber(r.spread * 100, lang, 2, 0)}%`,
      seed: r.seed,
    }),
    `${t('design.price', { w: formatNumber(r.priceWeight, lang, 4, 0), m: formatNumber(r.maxPoints, lang, 4, 0) })} ${t('design.bounds', { b: formatMoney(r.bounds.best, lang), w: formatMoney(r.bounds.worst, lang) })}`,
  ];
}

/** The conclusion in plain words. */
export function designConclusion(r: DesignReport, lang: Lang): string[] {
  if (r.compared) return methodsConclusion(r, lang);
  const t = translator(lang);
  const rel = r.methods.relative!;
  const bnd = r.methods.bounds!;
  const out: string[] = [];
  if (!(r.priceWeight > 0)) out.push(t('design.noPrice'));
  else
    out.push(
      rel.reversalWinner > 0
        ? t('design.reversal', { rel: share(rel.reversalWinner, rel.sets, lang) })
        : t('design.noReversal'),
    );
  out.push(
    t('design.tiesText', {
      rel: share(rel.ties, rel.sets, lang),
      bnd: share(bnd.ties, bnd.sets, lang),
    }),
  );
  out.push(
    t('design.weightsText', {
      m: formatNumber(r.margin, lang, 4, 0),
      rel: share(rel.weightWinner, rel.sets, lang),
      bnd: share(bnd.weightWinner, bnd.sets, lang),
    }),
  );
  out.push(
    t('design.chosenText', {
      m:
        r.method === 'relative'
          ? t('design.relative').toLowerCase()
          : t('design.boundsM').toLowerCase(),
    }),
  );
  return out;
}

function heading(r: DesignReport, lang: Lang): string {
  return translator(lang)(r.compared ? 'design.titleMethods' : 'design.title');
}

/** The report for a terminal. */
export function designText(r: DesignReport, lang: Lang, title?: string | null): string {
  const t = translator(lang);
  const { columns, rows } = table(r, lang);
  return (
    [
      title ? `${inlineSafe(title)}\n${heading(r, lang)}` : heading(r, lang),
      ...header(r, lang),
      '',
      textTable(columns, rows).trimEnd(),
      ...additionNote(r, lang),
      '',
      ...designConclusion(r, lang),
      '',
      t('design.generated'),
    ].join('\n') + '\n'
  );
}

/** The report as Markdown. */
export function designMarkdown(r: DesignReport, lang: Lang, title?: string | null): string {
  const t = translator(lang);
  const { columns, rows } = table(r, lang);
  return (
    [
      `# ${title ? `${mdText(title.trim())}: ${heading(r, lang)}` : heading(r, lang)}`,
      '',
      ...header(r, lang),
      '',
      markdownTable(columns, rows).trimEnd(),
      '',
      ...additionNote(r, lang).map((s) => `${s}\n`),
      ...designConclusion(r, lang).map((s) => `${s}\n`),
      `_${t('design.generated')}_`,
    ].join('\n') + '\n'
  );
}

function statsJson(s: DesignStats) {
  const method = {
    award_method: s.award,
    price_method: s.price,
    rank_reversal_possible: s.reversible,
  };
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
  return { ...method, sets: s.sets, ...counts, shares };
}

/** The JSON of `inkoop design --format json`: counts, and shares as fractions (6 decimals); prices in euros. */
export function designJson(r: DesignReport, title?: string | null) {
  return {
    title: title ?? null,
    method: r.method,
    award_method: r.award,
    compared: r.compared ? Object.keys(r.methods) : null,
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
    methods: Object.fromEntries(Object.entries(r.methods).map(([k, s]) => [k, statsJson(s)])),
  };
}

/** The rows of the design CSV: a header, then one row per measure (a count and a share per column); words in the run's language. */
function designCsvRows(r: DesignReport, lang: Lang): CsvCell[][] {
  const t = translator(lang);
  const keys = [
    ['csv.design.ties', 'ties'],
    ['csv.design.withdrawalWinner', 'withdrawalWinner'],
    ['csv.design.withdrawalOrder', 'withdrawalOrder'],
    ['csv.design.additionWinner', 'additionWinner'],
    ['csv.design.additionOrder', 'additionOrder'],
    ['csv.design.reversalWinner', 'reversalWinner'],
    ['csv.design.weightWinner', 'weightWinner'],
    ['csv.design.fragile', 'fragile'],
  ] as const;
  const cols = Object.entries(r.methods);
  const sh = (s: DesignStats, k: keyof DesignStats) =>
    s.sets ? Math.round(((s[k] as number) / s.sets) * 1e6) / 1e6 : 0;
  return [
    [t('csv.design.metric'), ...cols.flatMap(([name]) => [name, t('csv.design.share', { name })])],
    [t('csv.design.sets'), ...cols.flatMap(([, s]) => [s.sets, 1])],
    ...keys.map(([key, k]) => [t(key), ...cols.flatMap(([, s]) => [s[k] as number, sh(s, k)])]),
  ];
}

/** One row per measure: metric, then a count and a share per column (relative, bounds; or the award methods); headers in the run's language, CRLF. */
export function designCsv(r: DesignReport, dialect?: CsvDialect, lang: Lang = 'en'): string {
  return csv(designCsvRows(r, lang), dialect);
}

// ---------------------------------------------------------------- lots

/** One lot's design: the lot as a tender of its own, simulated on its own. */
export interface LotDesign {
  id: string;
  name: string;
  report: DesignReport;
}

export interface LotsDesign {
  title: string | null;
  /** max_lots_per_bidder: the cap is not simulated; the reports say so. */
  maxLotsPerBidder: number | null;
  lots: LotDesign[];
}

/** The title of a lot's design: the tender's title and the lot's name. */
function lotTitle(d: LotsDesign, lot: LotDesign, lang: Lang): string {
  const t = translator(lang);
  return t('lots.awardTitle', { title: d.title ?? t('score.report'), name: lot.name });
}

/** The sentence that the cap is not simulated, or nothing without a cap. */
function capNote(d: LotsDesign, lang: Lang): string[] {
  return d.maxLotsPerBidder === null
    ? []
    : [translator(lang)('lots.designCap', { count: d.maxLotsPerBidder })];
}

/** The design of a tender with lots for a terminal: each lot's report, in the order of lots. */
export function designLotsText(d: LotsDesign, lang: Lang): string {
  const parts = d.lots.map((lot) => designText(lot.report, lang, lotTitle(d, lot, lang)));
  const note = capNote(d, lang).map((s) => `${s}\n`);
  return [...note, ...parts].join('\n');
}

/** The design of a tender with lots as Markdown: the tender's title, then each lot one level down. */
export function designLotsMarkdown(d: LotsDesign, lang: Lang): string {
  const t = translator(lang);
  const out = [`# ${mdText((d.title ?? t('score.report')).trim())}`, ''];
  for (const s of capNote(d, lang)) out.push(s, '');
  for (const lot of d.lots)
    out.push(
      designMarkdown(lot.report, lang, t('lots.designTitle', { name: lot.name }))
        .replace(/^(#+) /gm, '#$1 ')
        .trimEnd(),
      '',
    );
  return `${out.join('\n').trimEnd()}\n`;
}

/** `design --format json` for a tender with lots: `{ title, max_lots_per_bidder, lots: [ { id, name, ... } ] }`. */
export function designLotsJson(d: LotsDesign) {
  return {
    title: d.title,
    max_lots_per_bidder: d.maxLotsPerBidder,
    lots: d.lots.map((lot) => ({ id: lot.id, name: lot.name, ...designJson(lot.report, d.title) })),
  };
}

/** The design CSV of every lot as one table, the lot's id in a first column. */
export function designLotsCsv(d: LotsDesign, lang: Lang, dialect?: CsvDialect): string {
  const t = translator(lang);
  const rows: CsvCell[][] = [];
  d.lots.forEach((lot, i) => {
    const [head, ...body] = designCsvRows(lot.report, lang);
    if (i === 0) rows.push([t('lots.csv.lot'), ...head!]);
    for (const row of body) rows.push([csvText(lot.id), ...row]);
  });
  return csv(rows, dialect);
}
