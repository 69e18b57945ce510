/**
 * The TCO comparison as one self-contained HTML file (`inkoop tco --format
 * html`), for a business case: the assumptions first, the comparison, the
 * cumulative cost of all options on one line chart (so a break-even shows),
 * per option a stacked bar chart of the cost per year and category with the
 * tables by year, by category and by item, and the EU threshold verdict.
 * Pure: data in, text out.
 */
import { figure, lineChart, PALETTE, stackedBarChart } from '../lib/charts.js';
import {
  html,
  htmlDocument,
  join,
  table,
  type Cell,
  type Html,
  type TableColumn,
} from '../lib/html.js';
import {
  formatCents,
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  type Lang,
} from '../lib/i18n.js';
import { translator } from '../i18n/index.js';
import { input, plainText, richT, toHtml } from '../lib/rich.js';
import { byRank, type TcoOptionResult, type TcoResult } from './compute.js';
import { CATEGORIES, type Category } from './schema.js';
import {
  AUTHORITY_KEYS,
  categoryKey,
  conclusionRich,
  thresholdSentence,
  thresholdSourceText,
  warningText,
} from './view.js';

export interface TcoHtmlOptions {
  /** The version of inkoop, for the footer. */
  version?: string;
}

/** A fixed colour per category, so a category looks the same in every chart. */
const CATEGORY_COLORS: Record<Category, string> = {
  acquisition: PALETTE[0],
  implementation: PALETTE[1],
  migration: PALETTE[2],
  license: PALETTE[3],
  hosting: PALETTE[4],
  support: PALETTE[5],
  personnel: PALETTE[6],
  training: PALETTE[7],
  exit: PALETTE[9],
  residual: PALETTE[8],
  other: PALETTE[10],
};

/** Options on the cumulative chart at most; more lines cannot be told apart. */
const MAX_LINES = 8;

// ---------------------------------------------------------------- helpers

/** Stands for a piece of markup in a catalogue message (see withMarkup). */
const MARK = '\u0000';

/** A catalogue text escaped, with each MARK replaced by the next piece of markup. */
function withMarkup(text: string, markup: readonly Html[]): Html {
  return join(
    text.split(MARK).flatMap((piece, i) => (i === 0 ? [piece] : [markup[i - 1]!, piece])),
  );
}

const units = (cents: number) => cents / 100;

function money(cents: number, lang: Lang, currency: string): string {
  return formatMoney(cents, lang, currency);
}

/** An amount in a table whose caption names the currency: "1.234,56"; zero is muted. */
function amountCell(cents: number, lang: Lang, data?: Record<string, string>): Cell {
  return {
    value: formatCents(cents, lang),
    numeric: true,
    data,
    className: cents < 0 ? 'neg' : cents === 0 ? 'zero' : undefined,
  };
}

/** A share as a percentage with one decimal: "7,5%". */
function share(fraction: number, lang: Lang): string {
  return `${formatNumber(fraction * 100, lang, 1, 1)}%`;
}

/** Categories that occur in an option, in the order of CATEGORIES. */
function usedCategories(o: TcoOptionResult): Category[] {
  const used = new Set(o.items.map((i) => i.category));
  return CATEGORIES.filter((c) => used.has(c));
}

/** Cents per year of one category. */
function categoryYears(o: TcoOptionResult, c: Category): number[] {
  const out = o.years.map(() => 0);
  for (const item of o.items)
    if (item.category === c) for (const [t, v] of item.perYear.entries()) out[t]! += v;
  return out;
}

/** Cumulative nominal cents per year. */
function cumulative(o: TcoOptionResult): number[] {
  let sum = 0;
  return o.years.map((y) => (sum += y.total));
}

/** Tick labels: whole amounts with grouping; decimals only for small steps. */
function tick(lang: Lang): (v: number) => string {
  return (v) => formatNumber(v, lang, Math.abs(v) > 0 && Math.abs(v) < 10 ? 2 : 0);
}

// ---------------------------------------------------------------- sections

function assumptionsSection(result: TcoResult, lang: Lang): Html {
  const tr = translator(lang);
  const pct = (r: number) => formatPercent(r, lang, 4);
  return html`<section aria-labelledby="assumptions"><h2 id="assumptions">${tr('tco.html.assumptions')}</h2><dl class="facts">
<dt>${tr('tco.horizon')}</dt><dd>${tr('tco.html.horizonText', { years: result.years })}</dd>
<dt>${tr('tco.discountRate')}</dt><dd>${result.discountRate === 0 ? tr('tco.html.noDiscount') : withMarkup(tr('tco.html.discountText', { rate: pct(result.discountRate), t: MARK, power: MARK }), [html`<var>t</var>`, html`<sup><var>t</var></sup>`])}</dd>
<dt>${tr('tco.indexation')}</dt><dd>${tr('tco.html.indexationText', { rate: pct(result.indexation) })}</dd>
<dt>${tr('tco.vat')}</dt><dd>${result.vat === null ? tr('tco.html.noVat') : tr('tco.html.vatText', { rate: pct(result.vat) })}</dd>
<dt>${tr('tco.html.currency')}</dt><dd>${result.currency}</dd>
${result.authority ? html`<dt>${tr('tco.html.authority')}</dt><dd>${tr(AUTHORITY_KEYS[result.authority])}</dd>` : ''}
</dl></section>`;
}

function outcomeSection(result: TcoResult, lang: Lang): Html {
  const tr = translator(lang);
  const ranked = byRank(result);
  const text =
    ranked.length === 1
      ? richT(tr, 'tco.single', {
          option: input(ranked[0]!.name),
          total: money(ranked[0]!.total, lang, result.currency),
          npv: money(ranked[0]!.npv, lang, result.currency),
        })
      : (conclusionRich(result, lang) ?? []);
  const remarks = result.warnings.length
    ? html`<div class="callout warn"><p><strong>${tr('tco.html.remarks')}:</strong></p><ul>${result.warnings.map((w) => html`<li>${toHtml(warningText(w, lang))}</li>`)}</ul></div>`
    : '';
  return html`<section aria-labelledby="outcome"><h2 id="outcome">${tr('tco.html.outcome')}</h2><div class="callout good"><p class="verdict">${toHtml(text)}</p></div>${remarks}</section>`;
}

function comparisonSection(result: TcoResult, lang: Lang): Html {
  const tr = translator(lang);
  const cur = result.currency;
  const ranked = byRank(result);
  const cheapest = ranked[0]!.npv;
  const tied = ranked.filter((o) => o.rank === 1).length > 1;
  const vat = result.vat !== null;
  const columns: TableColumn[] = [
    { header: tr('tco.rank'), numeric: true, rowHeader: false },
    { header: tr('tco.option'), rowHeader: true },
    { header: tr('tco.html.total'), numeric: true },
    { header: tr('tco.html.npv'), numeric: true },
    ...(vat
      ? [
          { header: tr('tco.html.totalVat'), numeric: true },
          { header: tr('tco.html.npvVat'), numeric: true },
        ]
      : []),
    ...(ranked.length > 1 ? [{ header: tr('tco.html.difference'), numeric: true }] : []),
  ];
  const rows = ranked.map((o): Cell[] => {
    const d = (field: string) => ({ option: o.name, field });
    return [
      String(o.rank),
      o.name,
      { value: money(o.total, lang, cur), data: d('total') },
      { value: money(o.npv, lang, cur), data: d('npv') },
      ...(vat
        ? [
            { value: money(o.totalInclVat ?? 0, lang, cur), data: d('total_incl_vat') },
            { value: money(o.npvInclVat ?? 0, lang, cur), data: d('npv_incl_vat') },
          ]
        : []),
      ...(ranked.length > 1
        ? [
            {
              value:
                o.npv === cheapest
                  ? tied
                    ? tr('tco.tie')
                    : '–'
                  : `+${money(o.npv - cheapest, lang, cur)}`,
              data: d('difference'),
            },
          ]
        : []),
    ];
  });
  return html`<section aria-labelledby="comparison"><h2 id="comparison">${tr('tco.comparison')}</h2>${table({ id: 'comparison-table', caption: tr('tco.html.comparisonCaption'), columns, rows })}</section>`;
}

/** One sentence per other option on when the cheapest (by NPV) becomes cheaper in cumulative nominal cost. */
function breakEvenSentences(lang: Lang, shown: TcoOptionResult[]): string[] {
  const tr = translator(lang);
  const [w, ...others] = shown;
  if (!w) return [];
  const cw = cumulative(w);
  const T = cw.length - 1;
  return others.map((o) => {
    const co = cumulative(o);
    const diff = co.map((v, t) => v - cw[t]!);
    const end = diff[T]!;
    const say = (
      key: 'tco.html.equalEnd' | 'tco.html.always',
      a: TcoOptionResult,
      b: TcoOptionResult,
    ) => tr(key, { option: a.name, other: b.name });
    const at = (key: 'tco.html.breakEven' | 'tco.html.endCheaper', year: number) =>
      tr(key, { option: w.name, other: o.name, year });
    if (end === 0) return say('tco.html.equalEnd', w, o);
    const sign = Math.sign(end);
    let k = T;
    while (k > 0 && Math.sign(diff[k - 1]!) === sign) k--;
    if (sign > 0) return k === 0 ? say('tco.html.always', w, o) : at('tco.html.breakEven', k);
    return k === 0 ? say('tco.html.always', o, w) : at('tco.html.endCheaper', k);
  });
}

function cumulativeSection(result: TcoResult, lang: Lang): Html {
  const tr = translator(lang);
  const cur = result.currency;
  const ranked = byRank(result);
  const shown = ranked.slice(0, MAX_LINES);
  const years = ranked[0]!.years.map((y) => String(y.year));
  const sentences = ranked.length > 1 ? breakEvenSentences(lang, shown) : [];
  const last = years.length - 1;
  const descItems = shown
    .map((o) =>
      tr('tco.html.cumulativeItem', {
        option: o.name,
        amount: money(cumulative(o)[last]!, lang, cur),
        years: result.years,
      }),
    )
    .join('; ');
  const chart = lineChart({
    id: 'cumulative-chart',
    title: tr('tco.html.cumulativeChart'),
    description: tr('tco.html.cumulativeDesc', {
      items: `${descItems}. ${sentences.join(' ')}`.trim(),
    }),
    categories: years,
    series: shown.map((o, i) => ({
      key: `option-${result.options.indexOf(o)}`,
      name: o.name,
      color: PALETTE[i % PALETTE.length],
      values: cumulative(o).map(units),
    })),
    categoryLabel: tr('tco.year'),
    valueLabel: tr('tco.html.amountAxis', { currency: cur }),
    formatValue: (v) => money(Math.round(v * 100), lang, cur),
    formatTick: tick(lang),
  });
  const columns: TableColumn[] = [
    { header: tr('tco.year'), numeric: true },
    ...shown.map((o) => ({ header: o.name, numeric: true })),
  ];
  const rows = years.map((y, t): Cell[] => [
    y,
    ...shown.map((o) =>
      amountCell(cumulative(o)[t]!, lang, { option: o.name, year: y, field: 'cumulative' }),
    ),
  ]);
  return html`<section aria-labelledby="cumulative"><h2 id="cumulative">${tr('tco.html.cumulative')}</h2>${sentences.length ? html`<ul class="break-even">${sentences.map((s) => html`<li>${s}</li>`)}</ul>` : ''}${figure(
    chart,
    tr('tco.html.cumulativeChart'),
    ranked.length > MAX_LINES
      ? `${tr('tco.html.cumulativeOnly', { shown: MAX_LINES, count: ranked.length })} ${tr('tco.html.chartNote')}`
      : tr('tco.html.chartNote'),
  )}${table({ id: 'cumulative-table', caption: `${tr('tco.html.cumulativeCaption')} (${tr('tco.html.amountsIn', { currency: cur })})`, columns, rows, className: 'compact' })}</section>`;
}

function optionSection(result: TcoResult, o: TcoOptionResult, index: number, lang: Lang): Html {
  const tr = translator(lang);
  const cur = result.currency;
  const cats = usedCategories(o);
  const perCat = new Map(cats.map((c) => [c, categoryYears(o, c)]));
  const years = o.years.map((y) => String(y.year));
  const descItems = o.years
    .map((y) => tr('tco.html.yearAmount', { year: y.year, amount: money(y.total, lang, cur) }))
    .join('; ');
  const chart = stackedBarChart({
    id: `costs-chart-${index}`,
    title: tr('tco.html.perYearChart', { option: o.name }),
    description: tr('tco.html.perYearDesc', { option: o.name, items: `${descItems}.` }),
    categories: years,
    series: cats.map((c) => ({
      key: c,
      name: tr(categoryKey(c)),
      color: CATEGORY_COLORS[c],
      values: perCat.get(c)!.map(units),
    })),
    categoryLabel: tr('tco.year'),
    valueLabel: tr('tco.html.amountAxis', { currency: cur }),
    formatValue: (v) => money(Math.round(v * 100), lang, cur),
    formatTick: tick(lang),
  });

  const yearColumns: TableColumn[] = [
    { header: tr('tco.year'), numeric: true },
    ...cats.map((c) => ({ header: tr(categoryKey(c)), numeric: true })),
    { header: tr('tco.total'), numeric: true },
    { header: tr('tco.presentValue'), numeric: true },
  ];
  const data = (year: string, field: string) => ({ option: o.name, year, field });
  const yearRows = o.years.map((y): Cell[] => {
    const ys = String(y.year);
    return [
      ys,
      ...cats.map((c) => amountCell(perCat.get(c)![y.year]!, lang, data(ys, c))),
      amountCell(y.total, lang, data(ys, 'total')),
      amountCell(y.presentValue, lang, data(ys, 'present_value')),
    ];
  });
  const yearFoot: Cell[][] = [
    [
      tr('tco.total'),
      ...cats.map((c) => amountCell(o.categories[c] ?? 0, lang)),
      amountCell(o.total, lang, data('all', 'total')),
      amountCell(o.npv, lang, data('all', 'npv')),
    ],
  ];

  const positive = Object.values(o.categories).reduce((a, v) => a + Math.max(0, v ?? 0), 0);
  const catRows = cats.map((c): Cell[] => {
    const v = o.categories[c] ?? 0;
    return [
      html`<span class="swatch" style="background:${CATEGORY_COLORS[c]}" aria-hidden="true"></span>${tr(categoryKey(c))}`,
      amountCell(v, lang, { option: o.name, category: c }),
      { value: positive > 0 ? share(v / positive, lang) : '–', numeric: true },
    ];
  });

  const itemRows = o.items.map((item): Cell[] => {
    const first = item.perYear.findIndex((v) => v !== 0);
    const dropped = result.warnings.some(
      (w) => w.kind === 'dropped' && w.option === o.name && w.item === item.name,
    );
    const kind = dropped
      ? tr('tco.html.leftOut', { years: result.years })
      : item.every === 'month'
        ? tr('tco.html.monthly')
        : item.every === 'year'
          ? tr('tco.html.yearly')
          : tr('tco.html.once', { year: Math.max(first, 0) });
    return [
      item.name,
      tr(categoryKey(item.category)),
      kind,
      amountCell(item.total, lang),
      amountCell(item.npv, lang),
    ];
  });

  return html`<section aria-labelledby="option-${index}" class="option"><div class="keep"><h2 id="option-${index}">${o.name}</h2>${o.description ? html`<p>${o.description}</p>` : ''}${figure(chart, tr('tco.html.perYearChart', { option: o.name }), tr('tco.html.chartNote'))}</div>${table(
    {
      id: `years-${index}`,
      caption: `${tr('tco.html.byYearCaption', { option: o.name })} (${tr('tco.html.amountsIn', { currency: cur })})`,
      columns: yearColumns,
      rows: yearRows,
      foot: yearFoot,
      className: 'compact',
    },
  )}${table({
    id: `categories-${index}`,
    caption: `${tr('tco.html.byCategoryCaption', { option: o.name })} (${tr('tco.html.amountsIn', { currency: cur })})`,
    columns: [
      { header: tr('tco.category') },
      { header: tr('tco.total'), numeric: true },
      { header: tr('tco.html.share'), numeric: true },
    ],
    rows: catRows,
    foot: [[tr('tco.total'), amountCell(o.total, lang), '']],
  })}${table({
    id: `items-${index}`,
    caption: `${tr('tco.html.itemsCaption', { option: o.name })} (${tr('tco.html.amountsIn', { currency: cur })})`,
    columns: [
      { header: tr('tco.item') },
      { header: tr('tco.category') },
      { header: tr('tco.html.kind') },
      { header: tr('tco.total'), numeric: true },
      { header: tr('tco.presentValue'), numeric: true },
    ],
    rows: itemRows,
    foot: [[tr('tco.total'), '', '', amountCell(o.total, lang), amountCell(o.npv, lang)]],
  })}</section>`;
}

function thresholdSection(result: TcoResult, lang: Lang): Html {
  const tr = translator(lang);
  const cur = result.currency;
  const with_ = byRank(result).filter((o) => o.threshold);
  if (!with_.length) return html``;
  const first = with_[0]!.threshold!;
  const date = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`), lang);
  const rows = with_.map((o): Cell[] => {
    const v = o.threshold!;
    return [
      o.name,
      {
        value: money(v.value, lang, cur),
        numeric: true,
        data: { option: o.name, field: 'contract_value' },
      },
      {
        value: money(v.threshold, lang, cur),
        numeric: true,
        data: { option: o.name, field: 'threshold' },
      },
      {
        value: v.reached
          ? html`<strong>${tr('tco.html.required')}</strong>`
          : tr('tco.html.notRequired'),
        data: { option: o.name, field: 'reached' },
      },
    ];
  });
  const outdated = with_.some((o) => o.threshold!.outdated);
  return html`<section aria-labelledby="threshold"><h2 id="threshold">${tr('tco.html.threshold')}</h2><p>${tr('tco.html.thresholdIntro')}</p>${table(
    {
      id: 'threshold-table',
      caption: tr('tco.html.thresholdCaption'),
      columns: [
        { header: tr('tco.option') },
        { header: tr('tco.html.contractValue'), numeric: true },
        { header: tr('tco.html.thresholdValue'), numeric: true },
        { header: tr('tco.html.verdict') },
      ],
      rows,
    },
  )}<ul>${with_.map((o) => html`<li><strong>${o.name}</strong>: ${thresholdSentence(o.threshold!, lang, cur)}</li>`)}</ul><p class="muted">${tr('tco.html.source', { source: thresholdSourceText(first, lang), from: date(first.periodFrom), to: date(first.periodTo) })}</p>${
    outdated ? html`<div class="callout warn"><p>${tr('tco.html.outdated')}</p></div>` : ''
  }</section>`;
}

const CSS = `
ul.break-even { padding-left: 1.2rem; font-weight: 600; }
td.zero { color: #5c5c5c; }
table.compact { font-size: .8rem; }
table.compact th, table.compact td { padding: .2rem .35rem; }
#comparison-table tbody th, #threshold-table tbody th { min-width: 8em; }
@media print {
  table.compact { font-size: 7.5pt; }
  .keep { break-inside: avoid; page-break-inside: avoid; }
}
`;

/** The TCO comparison as a complete, self-contained HTML document. */
export function tcoHtml(result: TcoResult, lang: Lang, options: TcoHtmlOptions = {}): string {
  const tr = translator(lang);
  const title = result.title ?? tr('tco.html.report');
  const ranked = byRank(result);
  const subtitle = tr('tco.html.subtitle', {
    count: result.options.length,
    years: result.years,
  });
  const body = html`<header><h1>${title}</h1><p class="subtitle">${subtitle}</p></header>
${assumptionsSection(result, lang)}
${ranked.length ? outcomeSection(result, lang) : ''}
${ranked.length ? comparisonSection(result, lang) : ''}
${ranked.length ? cumulativeSection(result, lang) : ''}
${thresholdSection(result, lang)}
${ranked.map((o) => optionSection(result, o, result.options.indexOf(o), lang))}
<p class="muted">${tr('tco.html.rounding')}</p>`;
  return htmlDocument({
    lang,
    title,
    body,
    css: CSS,
    description: ranked.length > 1 ? plainText(conclusionRich(result, lang) ?? []) : subtitle,
    footer: options.version ? tr('tco.html.made', { version: options.version }) : undefined,
  });
}
