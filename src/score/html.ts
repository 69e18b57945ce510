/**
 * The evaluation report as one self-contained HTML file (`inkoop score
 * --format html`): the verdict, how bids were scored, the ranking as
 * horizontal bars split into the criterion groups (with the same figures as
 * a table), the points per criterion, excluded bids with their reasons,
 * evaluator spreads, optionally every point explained and the robustness
 * findings. Pure: data in, text out.
 */
import { figure, horizontalBarChart, PALETTE } from '../lib/charts.js';
import {
  html,
  htmlDocument,
  table,
  THEME,
  type Cell,
  type Html,
  type TableColumn,
} from '../lib/html.js';
import { formatMoney, formatNumber, type Lang } from '../lib/i18n.js';
import { localizedName, type FlatCriterion } from './criteria.js';
import { formulaText, reasonText, totalDecimals, verdictText } from './render.js';
import type { BidResult, ScoreResult } from './score.js';

// ---------------------------------------------------------------- robustness (optional input)

/** How serious a robustness finding is. */
export type RobustnessLevel = 'ok' | 'note' | 'fragile';

/** One finding in plain words, in the report's language. */
export interface RobustnessFinding {
  level: RobustnessLevel;
  text: string;
}

/** One analysis (weight sensitivity, score margins, rank reversal, evaluator influence). */
export interface RobustnessSection {
  title: string;
  findings: RobustnessFinding[];
  /** The figures behind the findings, shown as a table. */
  table?: { caption: string; columns: { header: string; numeric?: boolean }[]; rows: string[][] };
}

/**
 * Robustness findings to show in the report (see `inkoop score
 * --robustness`): a summary in plain words, whether the outcome is fragile,
 * and one section per analysis. All text is in the report's language.
 */
export interface ScoreHtmlRobustness {
  fragile: boolean;
  summary: string;
  sections: RobustnessSection[];
}

export interface ScoreHtmlOptions {
  /** Add a table per bid with every criterion's score, calculation and points. */
  explain?: boolean;
  /** Robustness findings: rendered as a section when given. */
  robustness?: ScoreHtmlRobustness;
  /** The version of inkoop, for the footer. */
  version?: string;
}

// ---------------------------------------------------------------- labels

const L = {
  nl: {
    report: 'Beoordeling inschrijvingen',
    subtitle: 'Gunning op beste prijs-kwaliteitverhouding (gewogen factorenmethode)',
    outcome: 'Uitkomst',
    method: 'Zo is beoordeeld',
    maxPoints: 'Maximaal aantal punten',
    priceMethod: 'Prijsformule',
    relative: 'relatief: gewicht × laagste geldige prijs / prijs',
    bounds: (best: string, worst: string) =>
      `tussen grenzen: een prijs op of onder ${best} krijgt alle punten, op of boven ${worst} geen; daartussen naar rato`,
    lowest: 'Laagste geldige prijs',
    budget: 'Budget (plafond)',
    budgetNote: 'een hogere prijs sluit de inschrijving uit',
    knockouts: 'Knock-outcriteria (minimumeisen)',
    none: 'geen',
    bids: 'Inschrijvingen',
    bidsCount: (valid: number, excluded: number) => `${valid} beoordeeld, ${excluded} uitgesloten`,
    ranking: 'Rangorde',
    chartTitle: 'Punten per inschrijving, verdeeld over de groepen criteria',
    chartNote: 'De tabel hieronder bevat dezelfde cijfers.',
    chartDesc: (items: string) => `Horizontale staven in volgorde van rang. ${items}`,
    bidAxis: 'Inschrijver',
    pointsAxis: (max: string) => `Punten (maximaal ${max})`,
    rankingCaption: 'Rangorde met punten per groep criteria',
    rank: 'Rang',
    vendor: 'Inschrijver',
    price: 'Prijs',
    total: 'Totaal',
    maximum: 'Maximaal',
    pointsTitle: 'Punten per criterium',
    pointsCaption: 'Punten per criterium en inschrijving (score tussen haakjes)',
    ranks: (a: number, b: number) => (a === b ? `rang ${a}` : `rang ${a} tot en met ${b}`),
    criterion: 'Criterium',
    weight: 'Max.',
    priceMark: 'prijs',
    excluded: 'Uitgesloten inschrijvingen',
    excludedIntro:
      'Een uitgesloten inschrijving krijgt geen punten en geen rang, en haar prijs telt niet als laagste prijs.',
    excludedCaption: 'Uitgesloten inschrijvingen met de reden',
    reasons: 'Reden',
    noneExcluded: 'Geen inschrijving is uitgesloten.',
    spreads: 'Spreiding tussen beoordelaars',
    spreadsIntro:
      'Waar meerdere beoordelaars een criterium scoorden, telt het gemiddelde. Een spreiding groter dan een derde van de schaal is gemarkeerd: bespreek die in het beoordelingsteam vóór de gunningsbeslissing.',
    spreadsCaption: 'Scores van de beoordelaars per inschrijving en criterium',
    evaluators: 'Scores beoordelaars',
    mean: 'Gemiddelde',
    spread: 'Spreiding',
    limit: 'Grens',
    status: 'Beoordeling',
    wide: 'groot: bespreken',
    fine: 'binnen de grens',
    noPanels: 'Elke score is door één beoordelaar gegeven; er is geen spreiding te tonen.',
    wideCount: (n: number) =>
      n === 1
        ? '1 spreiding is groter dan een derde van de schaal.'
        : `${n} spreidingen zijn groter dan een derde van de schaal.`,
    explain: 'Toelichting per inschrijving',
    score: 'Score',
    formula: 'Berekening',
    points: 'Punten',
    rankOf: (r: number, t: string) => `rang ${r}, ${t} punten`,
    robustness: 'Robuustheid van de uitkomst',
    fragile: 'Kwetsbaar',
    level: { ok: 'In orde', note: 'Opmerking', fragile: 'Kwetsbaar' },
    firm: 'Stevig',
    rounding:
      'Punten staan afgerond op twee decimalen; totalen en rangen zijn berekend met de onafgeronde punten.',
    made: (v: string) => `Gemaakt met inkoop ${v} (NeRDS principe 12).`,
    tieRank: (r: number, vs: string) => `Gelijke stand op plaats ${r}: ${vs}.`,
    and: 'en',
  },
  en: {
    report: 'Evaluation of bids',
    subtitle: 'Award on the best price-quality ratio (weighted factor method)',
    outcome: 'Outcome',
    method: 'How bids were scored',
    maxPoints: 'Maximum points',
    priceMethod: 'Price formula',
    relative: 'relative: weight × lowest valid price / price',
    bounds: (best: string, worst: string) =>
      `between bounds: a price at or below ${best} earns all points, at or above ${worst} none; in proportion in between`,
    lowest: 'Lowest valid price',
    budget: 'Budget (ceiling)',
    budgetNote: 'a higher price excludes the bid',
    knockouts: 'Knock-out requirements (minimum requirements)',
    none: 'none',
    bids: 'Bids',
    bidsCount: (valid: number, excluded: number) => `${valid} scored, ${excluded} excluded`,
    ranking: 'Ranking',
    chartTitle: 'Points per bid, split into the criterion groups',
    chartNote: 'The table below holds the same figures.',
    chartDesc: (items: string) => `Horizontal bars in order of rank. ${items}`,
    bidAxis: 'Bid',
    pointsAxis: (max: string) => `Points (at most ${max})`,
    rankingCaption: 'Ranking with points per criterion group',
    rank: 'Rank',
    vendor: 'Vendor',
    price: 'Price',
    total: 'Total',
    maximum: 'Maximum',
    pointsTitle: 'Points per criterion',
    pointsCaption: 'Points per criterion and bid (score in brackets)',
    ranks: (a: number, b: number) => (a === b ? `rank ${a}` : `ranks ${a} to ${b}`),
    criterion: 'Criterion',
    weight: 'Max.',
    priceMark: 'price',
    excluded: 'Excluded bids',
    excludedIntro:
      'An excluded bid gets no points and no rank, and its price does not count as the lowest price.',
    excludedCaption: 'Excluded bids with the reason',
    reasons: 'Reason',
    noneExcluded: 'No bid is excluded.',
    spreads: 'Spread between evaluators',
    spreadsIntro:
      'Where several evaluators scored a criterion, their mean counts. A spread larger than a third of the scale is marked: discuss it in the evaluation panel before the award decision.',
    spreadsCaption: "Evaluators' scores per bid and criterion",
    evaluators: "Evaluators' scores",
    mean: 'Mean',
    spread: 'Spread',
    limit: 'Limit',
    status: 'Assessment',
    wide: 'wide: discuss',
    fine: 'within the limit',
    noPanels: 'Every score was given by one evaluator; there is no spread to show.',
    wideCount: (n: number) =>
      n === 1
        ? '1 spread is larger than a third of the scale.'
        : `${n} spreads are larger than a third of the scale.`,
    explain: 'Explanation per bid',
    score: 'Score',
    formula: 'Calculation',
    points: 'Points',
    rankOf: (r: number, t: string) => `rank ${r}, ${t} points`,
    robustness: 'How firm is the outcome',
    fragile: 'Fragile',
    level: { ok: 'Fine', note: 'Note', fragile: 'Fragile' },
    firm: 'Firm',
    rounding:
      'Points are shown rounded to two decimals; totals and ranks are computed from the unrounded points.',
    made: (v: string) => `Made with inkoop ${v} (NeRDS principle 12).`,
    tieRank: (r: number, vs: string) => `Tie at place ${r}: ${vs}.`,
    and: 'and',
  },
} as const;

// ---------------------------------------------------------------- helpers

const pts = (v: number, lang: Lang, d = 2) => formatNumber(v, lang, d, d);
const num = (v: number, lang: Lang) => formatNumber(v, lang, 4, 0);
/** A mean score: at most two decimals (the explanation shows the evaluators' scores). */
const mean = (v: number, lang: Lang) => formatNumber(v, lang, 2, 0);
const name = (c: { id: string; name: string }, lang: Lang) => localizedName(c.id, c.name, lang);

function listJoin(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${L[lang].and} ${items[items.length - 1]}`;
}

/** Colour per top-level entry, in order. */
function groupColors(result: ScoreResult): Map<string, string> {
  return new Map(result.groups.map((g, i) => [g.id, PALETTE[i % PALETTE.length]!]));
}

// ---------------------------------------------------------------- sections

function verdictSection(result: ScoreResult, lang: Lang): Html {
  const l = L[lang];
  const ranked = result.bids.filter((b) => b.rank !== null);
  const kind = result.winner ? 'good' : ranked.length ? 'warn' : 'bad';
  const byRank = new Map<number, string[]>();
  for (const b of ranked)
    if (b.rank! > 1) byRank.set(b.rank!, [...(byRank.get(b.rank!) ?? []), b.vendor]);
  const lower = [...byRank]
    .filter(([, vs]) => vs.length > 1)
    .map(([r, vs]) => l.tieRank(r, listJoin(vs, lang)));
  return html`<section aria-labelledby="outcome"><h2 id="outcome">${l.outcome}</h2><div class="callout ${kind}"><p class="verdict">${verdictText(result, lang)}</p>${lower.map((t) => html`<p>${t}</p>`)}</div></section>`;
}

function methodSection(result: ScoreResult, lang: Lang): Html {
  const l = L[lang];
  const lowestBid = result.bids.find((b) => !b.excluded && b.price === result.lowestPrice);
  const formula =
    result.priceMethod === 'bounds' && result.bounds
      ? l.bounds(formatMoney(result.bounds.best, lang), formatMoney(result.bounds.worst, lang))
      : l.relative;
  const excluded = result.bids.filter((b) => b.excluded).length;
  return html`<section aria-labelledby="method"><h2 id="method">${l.method}</h2><dl class="facts">
<dt>${l.maxPoints}</dt><dd>${num(result.maxPoints, lang)}</dd>
<dt>${l.priceMethod}</dt><dd>${formula}</dd>
${result.lowestPrice !== null ? html`<dt>${l.lowest}</dt><dd>${formatMoney(result.lowestPrice, lang)}${lowestBid ? ` (${lowestBid.vendor})` : ''}</dd>` : ''}
${result.budget !== null ? html`<dt>${l.budget}</dt><dd>${formatMoney(result.budget, lang)}; ${l.budgetNote}</dd>` : ''}
<dt>${l.knockouts}</dt><dd>${result.knockouts.length ? html`<ul class="plain">${result.knockouts.map((k) => html`<li>${k}</li>`)}</ul>` : l.none}</dd>
<dt>${l.bids}</dt><dd>${l.bidsCount(result.bids.length - excluded, excluded)}</dd>
</dl></section>`;
}

function rankingSection(result: ScoreResult, lang: Lang): Html {
  const l = L[lang];
  const ranked = result.bids.filter((b) => !b.excluded);
  if (!ranked.length) return html``;
  const d = totalDecimals(result);
  const colors = groupColors(result);
  const descItems = ranked
    .map(
      (b) =>
        `${b.rank}. ${b.vendor}: ${pts(b.total!, lang, d)} (${result.groups.map((g) => `${name(g, lang)} ${pts(b.groups[g.id]!, lang)}`).join('; ')})`,
    )
    .join('. ');
  const chart = horizontalBarChart({
    id: 'ranking-chart',
    title: l.chartTitle,
    description: l.chartDesc(descItems + '.'),
    categories: ranked.map((b) => `${b.rank}. ${b.vendor}`),
    keys: ranked.map((b) => b.vendor),
    series: result.groups.map((g) => ({
      key: g.id,
      name: `${name(g, lang)} (${num(g.weight, lang)})`,
      color: colors.get(g.id)!,
      values: ranked.map((b) => b.groups[g.id]!),
    })),
    categoryLabel: l.bidAxis,
    valueLabel: l.pointsAxis(num(result.maxPoints, lang)),
    formatValue: (v) => pts(v, lang),
    formatTick: (v) => formatNumber(v, lang, 2),
    max: result.maxPoints,
    annotations: ranked.map((b) => pts(b.total!, lang, d)),
  });
  const columns: TableColumn[] = [
    { header: l.rank, numeric: true, rowHeader: false },
    { header: l.vendor, rowHeader: true },
    { header: l.price, numeric: true },
    ...result.groups.map((g) => ({ header: name(g, lang), numeric: true })),
    { header: l.total, numeric: true },
  ];
  const rows = ranked.map((b): Cell[] => [
    String(b.rank),
    b.vendor,
    { value: formatMoney(b.price, lang), data: { vendor: b.vendor, field: 'price' } },
    ...result.groups.map(
      (g): Cell => ({ value: pts(b.groups[g.id]!, lang), data: { vendor: b.vendor, group: g.id } }),
    ),
    { value: pts(b.total!, lang, d), data: { vendor: b.vendor, field: 'total' } },
  ]);
  const foot: Cell[][] = [
    [
      '',
      l.maximum,
      '',
      ...result.groups.map((g) => num(g.weight, lang)),
      num(result.maxPoints, lang),
    ],
  ];
  return html`<section aria-labelledby="ranking"><h2 id="ranking">${l.ranking}</h2>${figure(chart, l.chartTitle, l.chartNote)}${table(
    {
      id: 'ranking-table',
      caption: l.rankingCaption,
      columns,
      rows,
      foot,
    },
  )}</section>`;
}

function scoreNote(bid: BidResult, k: number, lang: Lang): string {
  const line = bid.lines[k];
  if (!line || line.score === null) return '';
  return ` (${mean(line.score, lang)})`;
}

/** Bids per table of points: more would not fit an A4 page. */
const BIDS_PER_TABLE = 6;

function pointsSection(result: ScoreResult, lang: Lang): Html {
  const l = L[lang];
  const ranked = result.bids.filter((b) => !b.excluded);
  if (!ranked.length) return html``;
  const crit = (c: FlatCriterion) => `${name(c, lang)}${c.price ? ` (${l.priceMark})` : ''}`;
  const cell = (b: BidResult, k: number): Cell => {
    const c = result.criteria[k]!;
    return {
      value: html`${pts(b.points[c.id]!, lang)}<span class="muted">${scoreNote(b, k, lang)}</span>`,
      data: { vendor: b.vendor, criterion: c.id },
    };
  };
  // Criteria down, bids across (the usual evaluation matrix), in tables of at
  // most BIDS_PER_TABLE bids so that each fits the page.
  const d = totalDecimals(result);
  const chunks: BidResult[][] = [];
  for (let i = 0; i < ranked.length; i += BIDS_PER_TABLE)
    chunks.push(ranked.slice(i, i + BIDS_PER_TABLE));
  const body = chunks.map((bids, n) => {
    const columns: TableColumn[] = [
      { header: l.criterion },
      { header: l.weight, numeric: true },
      ...bids.map((b) => ({ header: b.vendor, numeric: true })),
    ];
    const rows: Cell[][] = [];
    const classes: (string | null)[] = [];
    for (const g of result.groups) {
      if (g.group) {
        rows.push([
          name(g, lang),
          num(g.weight, lang),
          ...bids.map(
            (b): Cell => ({
              value: pts(b.groups[g.id]!, lang),
              data: { vendor: b.vendor, group: g.id },
            }),
          ),
        ]);
        classes.push('group');
      }
      for (const k of g.criteria) {
        const c = result.criteria[k]!;
        rows.push([crit(c), num(c.weight, lang), ...bids.map((b) => cell(b, k))]);
        classes.push(g.group ? 'sub' : null);
      }
    }
    const foot: Cell[][] = [
      [l.total, num(result.maxPoints, lang), ...bids.map((b): Cell => pts(b.total!, lang, d))],
    ];
    const caption =
      chunks.length > 1
        ? `${l.pointsCaption}: ${l.ranks(bids[0]!.rank!, bids[bids.length - 1]!.rank!)}`
        : l.pointsCaption;
    return table({
      id: n === 0 ? 'points-table' : `points-table-${n + 1}`,
      className: 'points',
      caption,
      columns,
      rows,
      rowClasses: classes,
      foot,
    });
  });
  return html`<section aria-labelledby="points"><h2 id="points">${l.pointsTitle}</h2>${body}<p class="table-note">${l.rounding}</p></section>`;
}

function excludedSection(result: ScoreResult, lang: Lang): Html {
  const l = L[lang];
  const excluded = result.bids.filter((b) => b.excluded);
  if (!excluded.length)
    return html`<section aria-labelledby="excluded"><h2 id="excluded">${l.excluded}</h2><p>${l.noneExcluded}</p></section>`;
  const rows = excluded.map((b): Cell[] => [
    b.vendor,
    { value: formatMoney(b.price, lang), numeric: true },
    {
      value: html`<ul class="plain">${b.reasons.map((r) => html`<li>${reasonText(r, lang)}</li>`)}</ul>`,
      data: { vendor: b.vendor, field: 'reasons' },
    },
  ]);
  return html`<section aria-labelledby="excluded"><h2 id="excluded">${l.excluded}</h2><p>${l.excludedIntro}</p>${table(
    {
      id: 'excluded-table',
      caption: l.excludedCaption,
      columns: [{ header: l.vendor }, { header: l.price, numeric: true }, { header: l.reasons }],
      rows,
    },
  )}</section>`;
}

function spreadSection(result: ScoreResult, lang: Lang): Html {
  const l = L[lang];
  const rows: Cell[][] = [];
  const classes: (string | null)[] = [];
  for (const b of result.bids) {
    b.lines.forEach((line, k) => {
      if (!line.evaluators || line.spread === null) return;
      const c = result.criteria[k]!;
      const limit = c.scale / 3;
      const wide = line.spread > limit;
      rows.push([
        b.vendor,
        name(c, lang),
        { value: line.evaluators.map((v) => num(v, lang)).join('; '), numeric: true },
        { value: mean(line.score ?? 0, lang), numeric: true },
        {
          value: num(line.spread, lang),
          numeric: true,
          data: { vendor: b.vendor, criterion: c.id },
        },
        { value: pts(limit, lang), numeric: true },
        wide ? html`<strong>⚠ ${l.wide}</strong>` : l.fine,
      ]);
      classes.push(wide ? 'flag' : null);
    });
  }
  if (!rows.length)
    return html`<section aria-labelledby="spreads"><h2 id="spreads">${l.spreads}</h2><p>${l.noPanels}</p></section>`;
  const n = result.warnings.length;
  return html`<section aria-labelledby="spreads"><h2 id="spreads">${l.spreads}</h2><p>${l.spreadsIntro}</p>${n ? html`<div class="callout warn"><p>${l.wideCount(n)}</p></div>` : ''}${table(
    {
      id: 'spread-table',
      caption: l.spreadsCaption,
      columns: [
        { header: l.vendor },
        { header: l.criterion, rowHeader: true },
        { header: l.evaluators, numeric: true },
        { header: l.mean, numeric: true },
        { header: l.spread, numeric: true },
        { header: l.limit, numeric: true },
        { header: l.status },
      ],
      rows,
      rowClasses: classes,
    },
  )}</section>`;
}

function explainSection(result: ScoreResult, lang: Lang): Html {
  const l = L[lang];
  const d = totalDecimals(result);
  const parts = result.bids
    .filter((b) => !b.excluded)
    .map((b) => {
      const rows = b.lines.map((line, k): Cell[] => {
        const c = result.criteria[k]!;
        const score = c.price
          ? formatMoney(b.price, lang)
          : line.evaluators
            ? `${mean(line.score ?? 0, lang)} (${line.evaluators.map((v) => num(v, lang)).join('; ')})`
            : num(line.score ?? 0, lang);
        return [
          name(c, lang),
          { value: score, numeric: true },
          formulaText(result, b, line, c, lang),
          { value: pts(line.points, lang), numeric: true },
        ];
      });
      return html`<h3>${b.vendor} <span class="muted">(${l.rankOf(b.rank!, pts(b.total!, lang, d))})</span></h3>${table(
        {
          id: `explain-${b.index}`,
          caption: `${l.explain}: ${b.vendor}`,
          columns: [
            { header: l.criterion },
            { header: l.score, numeric: true },
            { header: l.formula },
            { header: l.points, numeric: true },
          ],
          rows,
          foot: [[l.total, '', '', { value: pts(b.total!, lang, d), numeric: true }]],
        },
      )}`;
    });
  return html`<section aria-labelledby="explain"><h2 id="explain">${l.explain}</h2>${parts}</section>`;
}

function robustnessSection(r: ScoreHtmlRobustness, lang: Lang): Html {
  const l = L[lang];
  const mark = { ok: '✓', note: 'ℹ', fragile: '⚠' } as const;
  const sections = r.sections.map(
    (s, i) =>
      html`<h3>${s.title}</h3><ul class="findings">${s.findings.map((f) => html`<li class="${f.level}"><span aria-hidden="true">${mark[f.level]} </span><span class="sr-only">${l.level[f.level]}: </span>${f.text}</li>`)}</ul>${
        s.table
          ? table({
              id: `robustness-${i}`,
              caption: s.table.caption,
              columns: s.table.columns.map((c, j) => ({
                header: c.header,
                numeric: c.numeric,
                rowHeader: j === 0,
              })),
              rows: s.table.rows,
            })
          : ''
      }`,
  );
  return html`<section aria-labelledby="robustness"><h2 id="robustness">${l.robustness}</h2><div class="callout ${r.fragile ? 'warn' : 'good'}"><p><strong>${r.fragile ? l.fragile : l.firm}:</strong> ${r.summary}</p></div>${sections}</section>`;
}

const CSS = `
ul.plain { list-style: none; margin: 0; padding: 0; }
#ranking-table tbody th, #spread-table tbody th, #excluded-table tbody th { min-width: 11em; }
ul.findings { padding-left: 1.2rem; }
ul.findings li { margin-bottom: .2rem; }
ul.findings li.fragile > span[aria-hidden] { color: ${THEME.warn}; }
tr.flag th, tr.flag td { background: ${THEME.warnBackground}; }
`;

/** The evaluation report as a complete, self-contained HTML document. */
export function scoreHtml(result: ScoreResult, lang: Lang, options: ScoreHtmlOptions = {}): string {
  const l = L[lang];
  const title = result.title ?? l.report;
  const body = html`<header><h1>${title}</h1><p class="subtitle">${result.title ? `${l.report}. ` : ''}${l.subtitle}</p></header>
${verdictSection(result, lang)}
${methodSection(result, lang)}
${rankingSection(result, lang)}
${pointsSection(result, lang)}
${excludedSection(result, lang)}
${spreadSection(result, lang)}
${options.robustness ? robustnessSection(options.robustness, lang) : ''}
${options.explain ? explainSection(result, lang) : ''}`;
  return htmlDocument({
    lang,
    title,
    body,
    css: CSS,
    description: verdictText(result, lang),
    footer: options.version ? l.made(options.version) : undefined,
  });
}
