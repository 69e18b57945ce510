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
import { translator } from '../i18n/index.js';
import { formatMoney, formatNumber, formatPoints, type Lang } from '../lib/i18n.js';
import { type ScoreView, type ScoreViewRanked, scoreView } from './render.js';
import type { ScoreResult } from './score.js';

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

// ---------------------------------------------------------------- sections
//
// Every section reads the report's view (`scoreView` in ./render.ts, built
// with no escaping: the html tag escapes every text it is given).

function verdictSection(view: ScoreView): Html {
  const t = translator(view.lang);
  const kind = { winner: 'good', tie: 'warn', none: 'bad' }[view.outcome];
  return html`<section aria-labelledby="outcome"><h2 id="outcome">${t('score.html.outcome')}</h2><div class="callout ${kind}"><p class="verdict">${view.verdict}</p>${view.afterVerdict.map((line) => html`<p>${line}</p>`)}</div></section>`;
}

function methodSection(view: ScoreView): Html {
  const t = translator(view.lang);
  const { lowest, budget, knockouts, counts } = view;
  return html`<section aria-labelledby="method"><h2 id="method">${t('score.html.method')}</h2><dl class="facts">
<dt>${t('methods.html.method')}</dt><dd>${view.awardMethod}</dd>
${view.valueHeader === null ? html`<dt>${t('score.html.maxPoints')}</dt><dd>${view.maxPoints}</dd>` : ''}
<dt>${view.valueHeader === null ? t('score.html.priceMethod') : t('methods.html.formula')}</dt><dd>${view.priceFormula}</dd>
${lowest ? html`<dt>${t('score.html.lowest')}</dt><dd>${lowest.price}${lowest.vendor !== null ? ` (${lowest.vendor})` : ''}</dd>` : ''}
${budget !== null ? html`<dt>${t('score.html.budget')}</dt><dd>${budget}; ${t('score.html.budgetNote')}</dd>` : ''}
<dt>${t('score.html.knockouts')}</dt><dd>${knockouts.length ? html`<ul class="plain">${knockouts.map((k) => html`<li>${k}</li>`)}</ul>` : t('score.html.none')}</dd>
<dt>${t('score.html.bids')}</dt><dd>${t('score.html.bidsCount', counts)}</dd>
</dl></section>`;
}

/**
 * The ranking under a method other than weighted: one bar per ranked bid of
 * the value that ranks (fictitious price, price per point, price or cost in
 * euros; the utility index), in order of rank, on the shared chart frame.
 */
function methodChart(view: ScoreView, header: string): Html {
  const t = translator(view.lang);
  const ranked = view.ranked;
  const euros = view.valueUnit === 'euro';
  const items = ranked.map((b) => `${b.rank}. ${b.vendor}: ${b.value}`).join('. ');
  const title = t('methods.html.chartTitle', { value: header });
  const chart = horizontalBarChart({
    id: 'method-chart',
    title,
    description: `${t('score.html.chartDesc', { items: `${items}.` })} ${t(view.lowerWins ? 'methods.html.lowerWins' : 'methods.html.higherWins')}`,
    categories: ranked.map((b) => `${b.rank}. ${b.vendor}`),
    keys: ranked.map((b) => b.vendor),
    series: [
      { key: 'value', name: header, color: PALETTE[0]!, values: ranked.map((b) => b.chartValue) },
    ],
    categoryLabel: t('score.html.bidAxis'),
    valueLabel: euros ? t('methods.html.axisEuro', { value: header }) : header,
    formatValue: (v) =>
      euros ? formatMoney(Math.round(v * 100), view.lang) : formatNumber(v, view.lang, 4, 4),
    formatTick: (v) => formatNumber(v, view.lang, euros ? 0 : 2),
    annotations: ranked.map((b) => b.value),
  });
  return figure(
    chart,
    title,
    `${t(view.lowerWins ? 'methods.html.lowerWins' : 'methods.html.higherWins')} ${t('score.html.chartNote')}`,
  );
}

function rankingSection(view: ScoreView): Html {
  const t = translator(view.lang);
  const ranked = view.ranked;
  if (!ranked.length) return html``;
  if (view.valueHeader !== null || view.ranking.columns.length <= 3) {
    // Methods other than weighted: the ranking by the method's value, as bars of that value.
    return html`<section aria-labelledby="ranking"><h2 id="ranking">${t('score.html.ranking')}</h2>${view.valueHeader !== null ? methodChart(view, view.valueHeader) : ''}${table(
      {
        id: 'ranking-table',
        caption: t('score.html.rankingCaption'),
        columns: view.ranking.columns.map((c, i) => ({
          header: c.header,
          numeric: c.align === 'right',
          rowHeader: i === 1,
        })),
        rows: view.ranking.rows.map((r) => r.map((v) => v)),
      },
    )}</section>`;
  }
  const descItems = ranked
    .map(
      (b) =>
        `${b.rank}. ${b.vendor}: ${b.total} (${view.groups.map((g) => `${g.name} ${b.groupPoints[g.id]!.shown}`).join('; ')})`,
    )
    .join('. ');
  const chart = horizontalBarChart({
    id: 'ranking-chart',
    title: t('score.html.chartTitle'),
    description: t('score.html.chartDesc', { items: `${descItems}.` }),
    categories: ranked.map((b) => `${b.rank}. ${b.vendor}`),
    keys: ranked.map((b) => b.vendor),
    series: view.groups.map((g, i) => ({
      key: g.id,
      name: g.label,
      color: PALETTE[i % PALETTE.length]!,
      values: ranked.map((b) => b.groupPoints[g.id]!.value),
    })),
    categoryLabel: t('score.html.bidAxis'),
    valueLabel: t('score.html.pointsAxis', { max: view.maxPoints }),
    formatValue: (v) => formatPoints(v, view.lang),
    formatTick: (v) => formatNumber(v, view.lang, 2),
    max: view.rawMaxPoints,
    annotations: ranked.map((b) => b.total),
  });
  const columns: TableColumn[] = [
    { header: t('score.html.rank'), numeric: true, rowHeader: false },
    { header: t('score.html.vendor'), rowHeader: true },
    { header: t('score.html.price'), numeric: true },
    ...view.groups.map((g) => ({ header: g.name, numeric: true })),
    { header: t('score.html.total'), numeric: true },
  ];
  const rows = ranked.map((b): Cell[] => [
    b.rank,
    b.vendor,
    { value: b.price, data: { vendor: b.vendor, field: 'price' } },
    ...view.groups.map(
      (g): Cell => ({
        value: b.groupPoints[g.id]!.shown,
        data: { vendor: b.vendor, group: g.id },
      }),
    ),
    { value: b.total, data: { vendor: b.vendor, field: 'total' } },
  ]);
  const foot: Cell[][] = [
    ['', t('score.html.maximum'), '', ...view.groups.map((g) => g.weight), view.maxPoints],
  ];
  return html`<section aria-labelledby="ranking"><h2 id="ranking">${t('score.html.ranking')}</h2>${figure(chart, t('score.html.chartTitle'), t('score.html.chartNote'))}${table(
    {
      id: 'ranking-table',
      caption: t('score.html.rankingCaption'),
      columns,
      rows,
      foot,
    },
  )}</section>`;
}

/** Bids per table of points: more would not fit an A4 page. */
const BIDS_PER_TABLE = 6;

function pointsSection(view: ScoreView): Html {
  const t = translator(view.lang);
  const ranked = view.ranked;
  if (!ranked.length) return html``;
  const cell = (b: ScoreViewRanked, id: string): Cell => {
    const p = b.points[id]!;
    return {
      value: html`${p.shown}<span class="muted">${p.score !== null ? ` (${p.score})` : ''}</span>`,
      data: { vendor: b.vendor, criterion: id },
    };
  };
  // Criteria down, bids across (the usual evaluation matrix), in tables of at
  // most BIDS_PER_TABLE bids so that each fits the page.
  const chunks: ScoreViewRanked[][] = [];
  for (let i = 0; i < ranked.length; i += BIDS_PER_TABLE)
    chunks.push(ranked.slice(i, i + BIDS_PER_TABLE));
  const ranks = (a: number, b: number) =>
    a === b ? t('score.html.rankOne', { a }) : t('score.html.ranks', { a, b });
  const body = chunks.map((bids, n) => {
    const columns: TableColumn[] = [
      { header: t('score.html.criterion') },
      { header: t('score.html.weight'), numeric: true },
      ...bids.map((b) => ({ header: b.vendor, numeric: true })),
    ];
    const rows: Cell[][] = [];
    const classes: (string | null)[] = [];
    for (const g of view.groups) {
      if (g.group) {
        rows.push([
          g.name,
          g.weight,
          ...bids.map(
            (b): Cell => ({
              value: b.groupPoints[g.id]!.shown,
              data: { vendor: b.vendor, group: g.id },
            }),
          ),
        ]);
        classes.push('group');
      }
      for (const c of g.criteria) {
        const label = c.price ? `${c.name} (${t('score.priceMark')})` : c.name;
        rows.push([label, c.weight, ...bids.map((b) => cell(b, c.id))]);
        classes.push(g.group ? 'sub' : null);
      }
    }
    const foot: Cell[][] = [
      [t('score.html.total'), view.maxPoints, ...bids.map((b): Cell => b.total)],
    ];
    const caption =
      chunks.length > 1
        ? `${t('score.html.pointsCaption')}: ${ranks(bids[0]!.place, bids[bids.length - 1]!.place)}`
        : t('score.html.pointsCaption');
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
  return html`<section aria-labelledby="points"><h2 id="points">${t('score.html.pointsTitle')}</h2>${body}<p class="table-note">${t('score.html.rounding')}</p></section>`;
}

function excludedSection(view: ScoreView): Html {
  const t = translator(view.lang);
  if (!view.excluded.length)
    return html`<section aria-labelledby="excluded"><h2 id="excluded">${t('score.html.excluded')}</h2><p>${t('score.html.noneExcluded')}</p></section>`;
  const rows = view.excluded.map((b): Cell[] => [
    b.vendor,
    { value: b.price, numeric: true },
    {
      value: html`<ul class="plain">${b.reasonList.map((r) => html`<li>${r}</li>`)}</ul>`,
      data: { vendor: b.vendor, field: 'reasons' },
    },
  ]);
  return html`<section aria-labelledby="excluded"><h2 id="excluded">${t('score.html.excluded')}</h2><p>${t('score.html.excludedIntro')}</p>${table(
    {
      id: 'excluded-table',
      caption: t('score.html.excludedCaption'),
      columns: [
        { header: t('score.html.vendor') },
        { header: t('score.html.price'), numeric: true },
        { header: t('score.html.reasons') },
      ],
      rows,
    },
  )}</section>`;
}

function spreadSection(view: ScoreView): Html {
  const t = translator(view.lang);
  if (!view.panel.length)
    return html`<section aria-labelledby="spreads"><h2 id="spreads">${t('score.html.spreads')}</h2><p>${t('score.html.noPanels')}</p></section>`;
  const rows = view.panel.map((p): Cell[] => [
    p.vendor,
    p.criterion,
    { value: p.evaluators.join('; '), numeric: true },
    { value: p.mean, numeric: true },
    { value: p.spread, numeric: true, data: { vendor: p.vendor, criterion: p.criterionId } },
    { value: p.limit, numeric: true },
    p.wide ? html`<strong>⚠ ${t('score.html.wide')}</strong>` : t('score.html.fine'),
  ]);
  const n = view.wideSpreads;
  return html`<section aria-labelledby="spreads"><h2 id="spreads">${t('score.html.spreads')}</h2><p>${t('score.html.spreadsIntro')}</p>${n ? html`<div class="callout warn"><p>${t('score.html.wideCount', { count: n })}</p></div>` : ''}${table(
    {
      id: 'spread-table',
      caption: t('score.html.spreadsCaption'),
      columns: [
        { header: t('score.html.vendor') },
        { header: t('score.html.criterion'), rowHeader: true },
        { header: t('score.html.evaluators'), numeric: true },
        { header: t('score.html.mean'), numeric: true },
        { header: t('score.html.spread'), numeric: true },
        { header: t('score.html.limit'), numeric: true },
        { header: t('score.html.status') },
      ],
      rows,
      rowClasses: view.panel.map((p) => (p.wide ? 'flag' : null)),
    },
  )}</section>`;
}

/** The price to win per valid bid, in words (see ScoreView.priceToWin). */
function priceToWinSection(view: ScoreView): Html {
  if (!view.priceToWin.length) return html``;
  return html`<section aria-labelledby="price-to-win"><h2 id="price-to-win">${view.priceToWinTitle}</h2><p>${view.priceToWinIntro}</p><ul>${view.priceToWin.map((p) => html`<li><strong>${p.vendor}</strong>: ${p.text}</li>`)}</ul></section>`;
}

function explainSection(view: ScoreView): Html {
  const t = translator(view.lang);
  const parts = view.explained
    .filter((b) => b.excluded === null)
    .map(
      (b) =>
        html`<h3>${b.vendor} <span class="muted">(${b.standing})</span></h3>${table({
          id: `explain-${b.index}`,
          caption: `${view.explainTitle}: ${b.vendor}`,
          columns: view.explainColumns.map((c) => ({
            header: c.header,
            numeric: c.align === 'right',
          })),
          rows: b.rows.map((row): Cell[] => [
            row[0]!,
            { value: row[1]!, numeric: true },
            row[2]!,
            { value: row[3]!, numeric: true },
          ]),
          foot: [[view.totalWord, '', '', { value: b.total, numeric: true }]],
        })}${b.formula ? html`<p>${view.valueHeader}: ${b.formula}</p>` : ''}`,
    );
  return html`<section aria-labelledby="explain"><h2 id="explain">${t('score.html.explain')}</h2>${parts}</section>`;
}

const LEVEL = {
  ok: 'score.html.level.ok',
  note: 'score.html.level.note',
  fragile: 'score.html.level.fragile',
} as const;

function robustnessSection(r: ScoreHtmlRobustness, lang: Lang): Html {
  const t = translator(lang);
  const mark = { ok: '✓', note: 'ℹ', fragile: '⚠' } as const;
  const sections = r.sections.map(
    (s, i) =>
      html`<h3>${s.title}</h3><ul class="findings">${s.findings.map((f) => html`<li class="${f.level}"><span aria-hidden="true">${mark[f.level]} </span><span class="sr-only">${t(LEVEL[f.level])}: </span>${f.text}</li>`)}</ul>${
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
  return html`<section aria-labelledby="robustness"><h2 id="robustness">${t('score.html.robustness')}</h2><div class="callout ${r.fragile ? 'warn' : 'good'}"><p><strong>${r.fragile ? t('score.html.fragile') : t('score.html.firm')}:</strong> ${r.summary}</p></div>${sections}</section>`;
}

const CSS = `
ul.plain { list-style: none; margin: 0; padding: 0; }
#ranking-table tbody th, #spread-table tbody th, #excluded-table tbody th { min-width: 11em; }
ul.findings { padding-left: 1.2rem; }
ul.findings li { margin-bottom: .2rem; }
ul.findings li.fragile > span[aria-hidden] { color: ${THEME.warn}; }
tr.flag th, tr.flag td { background: ${THEME.warnBackground}; }
`;

/** The report's sections without its header, from a view (a lot's view with its award, src/score/lots-html.ts). */
export function scoreViewSections(view: ScoreView, options: ScoreHtmlOptions = {}): Html {
  return html`${verdictSection(view)}
${methodSection(view)}
${rankingSection(view)}
${view.valueHeader === null ? pointsSection(view) : ''}
${excludedSection(view)}
${priceToWinSection(view)}
${spreadSection(view)}
${options.robustness ? robustnessSection(options.robustness, view.lang) : ''}
${options.explain ? explainSection(view) : ''}`;
}

/** The styles of the score report, for a document of several reports (lots). */
export const SCORE_CSS = () => CSS;

/** The evaluation report as a complete, self-contained HTML document. */
export function scoreHtml(result: ScoreResult, lang: Lang, options: ScoreHtmlOptions = {}): string {
  // No escaping in the view: the html tag escapes every text in it.
  return scoreViewHtml(scoreView(result, lang), options);
}

/** The HTML adapter of a score view made without escaping. */
export function scoreViewHtml(view: ScoreView, options: ScoreHtmlOptions = {}): string {
  const t = translator(view.lang);
  const body = html`<header><h1>${view.title}</h1><p class="subtitle">${view.titled ? `${t('score.report')}. ` : ''}${view.valueHeader === null ? t('score.html.subtitle') : t('methods.html.subtitle', { method: view.awardMethod })}</p></header>
${scoreViewSections(view, options)}`;
  return htmlDocument({
    lang: view.lang,
    title: view.title,
    body,
    css: CSS,
    description: view.verdict,
    footer: options.version ? t('score.html.made', { version: options.version }) : undefined,
  });
}
