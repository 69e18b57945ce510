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
import { formatMoney, formatNumber, formatPlain, formatPoints, type Lang } from '../lib/i18n.js';
import { localizedName, type FlatCriterion } from './criteria.js';
import { reasonText, type ScoreView, scoreView, totalDecimals, verdictText } from './render.js';
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

// ---------------------------------------------------------------- helpers

const pts = formatPoints;
const num = formatPlain;
/** A mean score: at most two decimals (the explanation shows the evaluators' scores). */
const mean = (v: number, lang: Lang) => formatNumber(v, lang, 2, 0);
const name = (c: { id: string; name: string }, lang: Lang) => localizedName(c.id, c.name, lang);

/** Colour per top-level entry, in order. */
function groupColors(result: ScoreResult): Map<string, string> {
  return new Map(result.groups.map((g, i) => [g.id, PALETTE[i % PALETTE.length]!]));
}

// ---------------------------------------------------------------- sections

function verdictSection(result: ScoreResult, view: ScoreView): Html {
  const t = translator(view.lang);
  const ranked = result.bids.filter((b) => b.rank !== null);
  const kind = result.winner ? 'good' : ranked.length ? 'warn' : 'bad';
  return html`<section aria-labelledby="outcome"><h2 id="outcome">${t('score.html.outcome')}</h2><div class="callout ${kind}"><p class="verdict">${view.verdict}</p>${view.lowerTies.map((line) => html`<p>${line}</p>`)}</div></section>`;
}

function methodSection(result: ScoreResult, lang: Lang): Html {
  const t = translator(lang);
  const lowestBid = result.bids.find((b) => !b.excluded && b.price === result.lowestPrice);
  const formula =
    result.priceMethod === 'bounds' && result.bounds
      ? t('score.html.bounds', {
          best: formatMoney(result.bounds.best, lang),
          worst: formatMoney(result.bounds.worst, lang),
        })
      : t('score.html.relative');
  const excluded = result.bids.filter((b) => b.excluded).length;
  return html`<section aria-labelledby="method"><h2 id="method">${t('score.html.method')}</h2><dl class="facts">
<dt>${t('score.html.maxPoints')}</dt><dd>${num(result.maxPoints, lang)}</dd>
<dt>${t('score.html.priceMethod')}</dt><dd>${formula}</dd>
${result.lowestPrice !== null ? html`<dt>${t('score.html.lowest')}</dt><dd>${formatMoney(result.lowestPrice, lang)}${lowestBid ? ` (${lowestBid.vendor})` : ''}</dd>` : ''}
${result.budget !== null ? html`<dt>${t('score.html.budget')}</dt><dd>${formatMoney(result.budget, lang)}; ${t('score.html.budgetNote')}</dd>` : ''}
<dt>${t('score.html.knockouts')}</dt><dd>${result.knockouts.length ? html`<ul class="plain">${result.knockouts.map((k) => html`<li>${k}</li>`)}</ul>` : t('score.html.none')}</dd>
<dt>${t('score.html.bids')}</dt><dd>${t('score.html.bidsCount', { valid: result.bids.length - excluded, excluded })}</dd>
</dl></section>`;
}

function rankingSection(result: ScoreResult, lang: Lang): Html {
  const t = translator(lang);
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
    title: t('score.html.chartTitle'),
    description: t('score.html.chartDesc', { items: `${descItems}.` }),
    categories: ranked.map((b) => `${b.rank}. ${b.vendor}`),
    keys: ranked.map((b) => b.vendor),
    series: result.groups.map((g) => ({
      key: g.id,
      name: `${name(g, lang)} (${num(g.weight, lang)})`,
      color: colors.get(g.id)!,
      values: ranked.map((b) => b.groups[g.id]!),
    })),
    categoryLabel: t('score.html.bidAxis'),
    valueLabel: t('score.html.pointsAxis', { max: num(result.maxPoints, lang) }),
    formatValue: (v) => pts(v, lang),
    formatTick: (v) => formatNumber(v, lang, 2),
    max: result.maxPoints,
    annotations: ranked.map((b) => pts(b.total!, lang, d)),
  });
  const columns: TableColumn[] = [
    { header: t('score.html.rank'), numeric: true, rowHeader: false },
    { header: t('score.html.vendor'), rowHeader: true },
    { header: t('score.html.price'), numeric: true },
    ...result.groups.map((g) => ({ header: name(g, lang), numeric: true })),
    { header: t('score.html.total'), numeric: true },
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
      t('score.html.maximum'),
      '',
      ...result.groups.map((g) => num(g.weight, lang)),
      num(result.maxPoints, lang),
    ],
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

function scoreNote(bid: BidResult, k: number, lang: Lang): string {
  const line = bid.lines[k];
  if (!line || line.score === null) return '';
  return ` (${mean(line.score, lang)})`;
}

/** Bids per table of points: more would not fit an A4 page. */
const BIDS_PER_TABLE = 6;

function pointsSection(result: ScoreResult, lang: Lang): Html {
  const t = translator(lang);
  const ranked = result.bids.filter((b) => !b.excluded);
  if (!ranked.length) return html``;
  const crit = (c: FlatCriterion) =>
    `${name(c, lang)}${c.price ? ` (${t('score.html.priceMark')})` : ''}`;
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
      [
        t('score.html.total'),
        num(result.maxPoints, lang),
        ...bids.map((b): Cell => pts(b.total!, lang, d)),
      ],
    ];
    const caption =
      chunks.length > 1
        ? `${t('score.html.pointsCaption')}: ${ranks(bids[0]!.rank!, bids[bids.length - 1]!.rank!)}`
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

function excludedSection(result: ScoreResult, lang: Lang): Html {
  const t = translator(lang);
  const excluded = result.bids.filter((b) => b.excluded);
  if (!excluded.length)
    return html`<section aria-labelledby="excluded"><h2 id="excluded">${t('score.html.excluded')}</h2><p>${t('score.html.noneExcluded')}</p></section>`;
  const rows = excluded.map((b): Cell[] => [
    b.vendor,
    { value: formatMoney(b.price, lang), numeric: true },
    {
      value: html`<ul class="plain">${b.reasons.map((r) => html`<li>${reasonText(r, lang)}</li>`)}</ul>`,
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

function spreadSection(result: ScoreResult, lang: Lang): Html {
  const t = translator(lang);
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
        wide ? html`<strong>⚠ ${t('score.html.wide')}</strong>` : t('score.html.fine'),
      ]);
      classes.push(wide ? 'flag' : null);
    });
  }
  if (!rows.length)
    return html`<section aria-labelledby="spreads"><h2 id="spreads">${t('score.html.spreads')}</h2><p>${t('score.html.noPanels')}</p></section>`;
  const n = result.warnings.length;
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
      rowClasses: classes,
    },
  )}</section>`;
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
        })}`,
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

/** The evaluation report as a complete, self-contained HTML document. */
export function scoreHtml(result: ScoreResult, lang: Lang, options: ScoreHtmlOptions = {}): string {
  const t = translator(lang);
  // The report's view (labels and numbers as in the text and Markdown reports); the html tag escapes every text in it.
  const view = scoreView(result, lang);
  const title = result.title ?? t('score.html.report');
  const body = html`<header><h1>${title}</h1><p class="subtitle">${result.title ? `${t('score.html.report')}. ` : ''}${t('score.html.subtitle')}</p></header>
${verdictSection(result, view)}
${methodSection(result, lang)}
${rankingSection(result, lang)}
${pointsSection(result, lang)}
${excludedSection(result, lang)}
${spreadSection(result, lang)}
${options.robustness ? robustnessSection(options.robustness, lang) : ''}
${options.explain ? explainSection(view) : ''}`;
  return htmlDocument({
    lang,
    title,
    body,
    css: CSS,
    description: verdictText(result, lang),
    footer: options.version ? t('score.html.made', { version: options.version }) : undefined,
  });
}
