/**
 * The TCO comparison as one self-contained HTML file (`inkoop tco --format
 * html`), for a business case: the assumptions first, the comparison, the
 * cumulative cost of all options on one line chart (so a break-even shows),
 * per option a stacked bar chart of the cost per year and category with the
 * tables by year, by category and by item, and the EU threshold verdict.
 * Pure: data in, text out.
 */
import { figure, lineChart, PALETTE, stackedBarChart } from '../lib/charts.js';
import { html, htmlDocument, table, type Cell, type Html, type TableColumn } from '../lib/html.js';
import {
  formatCents,
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  type Lang,
} from '../lib/i18n.js';
import { byRank, type TcoOptionResult, type TcoResult } from './compute.js';
import { categoryName, conclusion, thresholdSentence } from './render.js';
import { thresholdSource } from './thresholds.js';
import { CATEGORIES, type Category } from './schema.js';

export interface TcoHtmlOptions {
  /** The version of inkoop, for the footer. */
  version?: string;
}

// ---------------------------------------------------------------- labels

const L = {
  nl: {
    report: 'TCO-vergelijking',
    subtitle: (n: number, t: number) =>
      `Total Cost of Ownership van ${n === 1 ? '1 alternatief' : `${n} alternatieven`} over ${t} jaar`,
    assumptions: 'Uitgangspunten',
    horizon: 'Looptijd',
    horizonText: (t: number) => `${t} jaar: jaar 0 (aanschaf) tot en met jaar ${t}`,
    discount: 'Discontovoet',
    discountText: (r: string) =>
      html`${r} per jaar; de contante waarde van jaar <var>t</var> is het bedrag / (1 + discontovoet)<sup><var>t</var></sup>; jaar 0 wordt niet verdisconteerd`,
    noDiscount: 'geen (0%): de netto contante waarde is gelijk aan het nominale totaal',
    indexation: 'Indexatie',
    indexationText: (r: string) =>
      `${r} per jaar op terugkerende posten (een post kan een eigen indexatie hebben)`,
    vat: 'Btw',
    vatText: (r: string) =>
      `${r}; bedragen zijn exclusief btw, de vergelijking toont de totalen ook inclusief btw`,
    noVat: 'niet opgegeven; alle bedragen zijn exclusief btw',
    currency: 'Valuta',
    authority: 'Aanbestedende dienst',
    outcome: 'Uitkomst',
    remarks: 'Opmerkingen',
    amountsIn: (c: string) => `bedragen in ${c}, excl. btw`,
    comparison: 'Vergelijking',
    comparisonCaption:
      'Vergelijking van de alternatieven, gerangschikt op netto contante waarde (laagste eerst)',
    rank: 'Rang',
    option: 'Alternatief',
    total: 'Totaal nominaal',
    npv: 'Netto contante waarde',
    totalVat: 'Totaal incl. btw',
    npvVat: 'NCW incl. btw',
    diff: 'Verschil met goedkoopste (NCW)',
    tie: 'gelijk',
    cumulative: 'Cumulatieve kosten',
    cumulativeChart: 'Cumulatieve kosten per alternatief (nominaal)',
    cumulativeDesc: (items: string) =>
      `Lijndiagram van de opgetelde nominale kosten tot en met elk jaar. ${items}`,
    cumulativeCaption: 'Cumulatieve nominale kosten tot en met elk jaar',
    cumulativeOnly: (n: number, all: number) =>
      `Het diagram toont de ${n} goedkoopste van ${all} alternatieven.`,
    breakEven: (w: string, o: string, k: number) =>
      `${w} is vanaf jaar ${k} cumulatief goedkoper dan ${o} (break-even in jaar ${k}).`,
    always: (w: string, o: string) =>
      `${w} is in elk jaar cumulatief goedkoper dan ${o}; er is geen break-even.`,
    endCheaper: (o: string, w: string, k: number) =>
      `Nominaal is ${o} vanaf jaar ${k} cumulatief goedkoper dan ${w}; op netto contante waarde is ${w} goedkoper.`,
    equalEnd: (w: string, o: string) =>
      `${w} en ${o} kosten na de hele looptijd nominaal evenveel.`,
    chartNote: 'De tabellen hieronder bevatten dezelfde cijfers.',
    year: 'Jaar',
    amountAxis: (c: string) => `${c}, excl. btw`,
    perYearChart: (o: string) => `Kosten per jaar en categorie: ${o}`,
    perYearDesc: (o: string, items: string) =>
      `Gestapelde staven per jaar voor ${o}; een restwaarde staat onder de as. ${items}`,
    byYearCaption: (o: string) => `${o}: kosten per jaar en categorie, nominaal en contant`,
    pv: 'Contante waarde',
    yearTotal: 'Totaal',
    byCategoryCaption: (o: string) => `${o}: kosten per categorie over de hele looptijd`,
    category: 'Categorie',
    share: 'Aandeel',
    itemsCaption: (o: string) => `${o}: kostenposten`,
    item: 'Kostenpost',
    kind: 'Soort',
    once: (y: number) => `eenmalig, jaar ${y}`,
    yearly: 'jaarlijks',
    monthly: 'maandelijks',
    itemNpv: 'Contante waarde',
    sum: 'Totaal',
    threshold: 'Europese aanbestedingsdrempel',
    thresholdIntro:
      'De geraamde opdrachtwaarde is de som van de nominale kosten exclusief btw over de hele looptijd, vóór aftrek van een restwaarde.',
    thresholdCaption: 'Geraamde opdrachtwaarde per alternatief tegen de Europese drempel',
    contractValue: 'Geraamde opdrachtwaarde',
    thresholdValue: 'Drempel',
    verdict: 'Europees aanbesteden',
    required: 'verplicht',
    notRequired: 'niet verplicht',
    source: (s: string, from: string, to: string) =>
      `Drempels: ${s}, geldig van ${from} tot en met ${to}.`,
    outdated:
      'Let op: deze drempels gelden voor een periode die voorbij is; controleer de drempels die nu gelden.',
    made: (v: string) => `Gemaakt met inkoop ${v} (NeRDS principe 12).`,
    rounding:
      'Elk bedrag per post en jaar is op de cent afgerond; totalen zijn sommen van die centen.',
    single: (o: string, total: string, npv: string) =>
      `${o}: totaal ${total}, netto contante waarde ${npv}.`,
  },
  en: {
    report: 'TCO comparison',
    subtitle: (n: number, t: number) =>
      `Total cost of ownership of ${n === 1 ? '1 option' : `${n} options`} over ${t} years`,
    assumptions: 'Assumptions',
    horizon: 'Horizon',
    horizonText: (t: number) => `${t} years: year 0 (purchase) to year ${t}`,
    discount: 'Discount rate',
    discountText: (r: string) =>
      html`${r} a year; the present value of year <var>t</var> is the amount / (1 + discount rate)<sup><var>t</var></sup>; year 0 is not discounted`,
    noDiscount: 'none (0%): the net present value equals the nominal total',
    indexation: 'Indexation',
    indexationText: (r: string) =>
      `${r} a year on recurring items (an item may have its own indexation)`,
    vat: 'VAT',
    vatText: (r: string) =>
      `${r}; amounts exclude VAT, the comparison also shows the totals including VAT`,
    noVat: 'not given; all amounts exclude VAT',
    currency: 'Currency',
    authority: 'Contracting authority',
    outcome: 'Outcome',
    remarks: 'Remarks',
    amountsIn: (c: string) => `amounts in ${c}, excl. VAT`,
    comparison: 'Comparison',
    comparisonCaption: 'Comparison of the options, ranked by net present value (lowest first)',
    rank: 'Rank',
    option: 'Option',
    total: 'Nominal total',
    npv: 'Net present value',
    totalVat: 'Total incl. VAT',
    npvVat: 'NPV incl. VAT',
    diff: 'Difference to the cheapest (NPV)',
    tie: 'tie',
    cumulative: 'Cumulative cost',
    cumulativeChart: 'Cumulative cost per option (nominal)',
    cumulativeDesc: (items: string) =>
      `Line chart of the nominal costs added up to each year. ${items}`,
    cumulativeCaption: 'Cumulative nominal cost up to each year',
    cumulativeOnly: (n: number, all: number) =>
      `The chart shows the ${n} cheapest of ${all} options.`,
    breakEven: (w: string, o: string, k: number) =>
      `${w} is cumulatively cheaper than ${o} from year ${k} on (break-even in year ${k}).`,
    always: (w: string, o: string) =>
      `${w} is cumulatively cheaper than ${o} in every year; there is no break-even.`,
    endCheaper: (o: string, w: string, k: number) =>
      `In nominal terms ${o} is cumulatively cheaper than ${w} from year ${k} on; by net present value ${w} is cheaper.`,
    equalEnd: (w: string, o: string) =>
      `${w} and ${o} cost the same in nominal terms over the whole horizon.`,
    chartNote: 'The tables below hold the same figures.',
    year: 'Year',
    amountAxis: (c: string) => `${c}, excl. VAT`,
    perYearChart: (o: string) => `Cost per year and category: ${o}`,
    perYearDesc: (o: string, items: string) =>
      `Stacked bars per year for ${o}; a residual value is below the axis. ${items}`,
    byYearCaption: (o: string) => `${o}: cost per year and category, nominal and present value`,
    pv: 'Present value',
    yearTotal: 'Total',
    byCategoryCaption: (o: string) => `${o}: cost per category over the whole horizon`,
    category: 'Category',
    share: 'Share',
    itemsCaption: (o: string) => `${o}: cost items`,
    item: 'Item',
    kind: 'Kind',
    once: (y: number) => `one-off, year ${y}`,
    yearly: 'yearly',
    monthly: 'monthly',
    itemNpv: 'Present value',
    sum: 'Total',
    threshold: 'EU procurement threshold',
    thresholdIntro:
      'The estimated contract value is the sum of the nominal costs excluding VAT over the whole horizon, before a residual value is subtracted.',
    thresholdCaption: 'Estimated contract value per option against the EU threshold',
    contractValue: 'Estimated contract value',
    thresholdValue: 'Threshold',
    verdict: 'European tender',
    required: 'required',
    notRequired: 'not required',
    source: (s: string, from: string, to: string) =>
      `Thresholds: ${s}, valid from ${from} to ${to}.`,
    outdated:
      'Note: these thresholds hold for a period that has passed; check the thresholds that apply now.',
    made: (v: string) => `Made with inkoop ${v} (NeRDS principle 12).`,
    rounding:
      'Each amount per item and year is rounded to the cent; totals are sums of those cents.',
    single: (o: string, total: string, npv: string) =>
      `${o}: total ${total}, net present value ${npv}.`,
  },
} as const;

const AUTHORITY: Record<string, { nl: string; en: string }> = {
  centraal: { nl: 'centrale overheid', en: 'central government' },
  decentraal: { nl: 'decentrale overheid', en: 'sub-central authority' },
  'speciale-sector': { nl: 'speciale sector', en: 'utilities' },
};

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
    if (item.category === c) item.perYear.forEach((v, t) => (out[t]! += v));
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
  const l = L[lang];
  const pct = (r: number) => formatPercent(r, lang, 4);
  return html`<section aria-labelledby="assumptions"><h2 id="assumptions">${l.assumptions}</h2><dl class="facts">
<dt>${l.horizon}</dt><dd>${l.horizonText(result.years)}</dd>
<dt>${l.discount}</dt><dd>${result.discountRate === 0 ? l.noDiscount : l.discountText(pct(result.discountRate))}</dd>
<dt>${l.indexation}</dt><dd>${l.indexationText(pct(result.indexation))}</dd>
<dt>${l.vat}</dt><dd>${result.vat === null ? l.noVat : l.vatText(pct(result.vat))}</dd>
<dt>${l.currency}</dt><dd>${result.currency}</dd>
${result.authority ? html`<dt>${l.authority}</dt><dd>${AUTHORITY[result.authority]?.[lang] ?? result.authority}</dd>` : ''}
</dl></section>`;
}

function outcomeSection(result: TcoResult, lang: Lang): Html {
  const l = L[lang];
  const ranked = byRank(result);
  const text =
    ranked.length === 1
      ? l.single(
          ranked[0]!.name,
          money(ranked[0]!.total, lang, result.currency),
          money(ranked[0]!.npv, lang, result.currency),
        )
      : conclusion(result, lang);
  const remarks = result.warnings.length
    ? html`<div class="callout warn"><p><strong>${l.remarks}:</strong></p><ul>${result.warnings.map((w) => html`<li>${w}</li>`)}</ul></div>`
    : '';
  return html`<section aria-labelledby="outcome"><h2 id="outcome">${l.outcome}</h2><div class="callout good"><p class="verdict">${text}</p></div>${remarks}</section>`;
}

function comparisonSection(result: TcoResult, lang: Lang): Html {
  const l = L[lang];
  const cur = result.currency;
  const ranked = byRank(result);
  const cheapest = ranked[0]!.npv;
  const tied = ranked.filter((o) => o.rank === 1).length > 1;
  const vat = result.vat !== null;
  const columns: TableColumn[] = [
    { header: l.rank, numeric: true, rowHeader: false },
    { header: l.option, rowHeader: true },
    { header: l.total, numeric: true },
    { header: l.npv, numeric: true },
    ...(vat
      ? [
          { header: l.totalVat, numeric: true },
          { header: l.npvVat, numeric: true },
        ]
      : []),
    ...(ranked.length > 1 ? [{ header: l.diff, numeric: true }] : []),
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
                    ? l.tie
                    : '–'
                  : `+${money(o.npv - cheapest, lang, cur)}`,
              data: d('difference'),
            },
          ]
        : []),
    ];
  });
  return html`<section aria-labelledby="comparison"><h2 id="comparison">${l.comparison}</h2>${table({ id: 'comparison-table', caption: l.comparisonCaption, columns, rows })}</section>`;
}

/** One sentence per other option on when the cheapest (by NPV) becomes cheaper in cumulative nominal cost. */
function breakEvenSentences(result: TcoResult, lang: Lang, shown: TcoOptionResult[]): string[] {
  const l = L[lang];
  const [w, ...others] = shown;
  if (!w) return [];
  const cw = cumulative(w);
  const T = cw.length - 1;
  return others.map((o) => {
    const co = cumulative(o);
    const diff = co.map((v, t) => v - cw[t]!);
    const end = diff[T]!;
    if (end === 0) return l.equalEnd(w.name, o.name);
    const sign = Math.sign(end);
    let k = T;
    while (k > 0 && Math.sign(diff[k - 1]!) === sign) k--;
    if (sign > 0) return k === 0 ? l.always(w.name, o.name) : l.breakEven(w.name, o.name, k);
    return k === 0 ? l.always(o.name, w.name) : l.endCheaper(o.name, w.name, k);
  });
}

function cumulativeSection(result: TcoResult, lang: Lang): Html {
  const l = L[lang];
  const cur = result.currency;
  const ranked = byRank(result);
  const shown = ranked.slice(0, MAX_LINES);
  const years = ranked[0]!.years.map((y) => String(y.year));
  const sentences = ranked.length > 1 ? breakEvenSentences(result, lang, shown) : [];
  const last = years.length - 1;
  const descItems = shown
    .map(
      (o) =>
        `${o.name}: ${money(cumulative(o)[last]!, lang, cur)} ${lang === 'nl' ? 'na' : 'after'} ${result.years} ${lang === 'nl' ? 'jaar' : 'years'}`,
    )
    .join('; ');
  const chart = lineChart({
    id: 'cumulative-chart',
    title: l.cumulativeChart,
    description: l.cumulativeDesc(`${descItems}. ${sentences.join(' ')}`.trim()),
    categories: years,
    series: shown.map((o, i) => ({
      key: `option-${result.options.indexOf(o)}`,
      name: o.name,
      color: PALETTE[i % PALETTE.length],
      values: cumulative(o).map(units),
    })),
    categoryLabel: l.year,
    valueLabel: l.amountAxis(cur),
    formatValue: (v) => money(Math.round(v * 100), lang, cur),
    formatTick: tick(lang),
  });
  const columns: TableColumn[] = [
    { header: l.year, numeric: true },
    ...shown.map((o) => ({ header: o.name, numeric: true })),
  ];
  const rows = years.map((y, t): Cell[] => [
    y,
    ...shown.map((o) =>
      amountCell(cumulative(o)[t]!, lang, { option: o.name, year: y, field: 'cumulative' }),
    ),
  ]);
  return html`<section aria-labelledby="cumulative"><h2 id="cumulative">${l.cumulative}</h2>${sentences.length ? html`<ul class="break-even">${sentences.map((s) => html`<li>${s}</li>`)}</ul>` : ''}${figure(
    chart,
    l.cumulativeChart,
    ranked.length > MAX_LINES
      ? `${l.cumulativeOnly(MAX_LINES, ranked.length)} ${l.chartNote}`
      : l.chartNote,
  )}${table({ id: 'cumulative-table', caption: `${l.cumulativeCaption} (${l.amountsIn(cur)})`, columns, rows, className: 'compact' })}</section>`;
}

function optionSection(result: TcoResult, o: TcoOptionResult, index: number, lang: Lang): Html {
  const l = L[lang];
  const cur = result.currency;
  const cats = usedCategories(o);
  const perCat = new Map(cats.map((c) => [c, categoryYears(o, c)]));
  const years = o.years.map((y) => String(y.year));
  const descItems = o.years
    .map((y) => `${l.year} ${y.year}: ${money(y.total, lang, cur)}`)
    .join('; ');
  const chart = stackedBarChart({
    id: `costs-chart-${index}`,
    title: l.perYearChart(o.name),
    description: l.perYearDesc(o.name, descItems + '.'),
    categories: years,
    series: cats.map((c) => ({
      key: c,
      name: categoryName(c, lang),
      color: CATEGORY_COLORS[c],
      values: perCat.get(c)!.map(units),
    })),
    categoryLabel: l.year,
    valueLabel: l.amountAxis(cur),
    formatValue: (v) => money(Math.round(v * 100), lang, cur),
    formatTick: tick(lang),
  });

  const yearColumns: TableColumn[] = [
    { header: l.year, numeric: true },
    ...cats.map((c) => ({ header: categoryName(c, lang), numeric: true })),
    { header: l.yearTotal, numeric: true },
    { header: l.pv, numeric: true },
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
      l.sum,
      ...cats.map((c) => amountCell(o.categories[c] ?? 0, lang)),
      amountCell(o.total, lang, data('all', 'total')),
      amountCell(o.npv, lang, data('all', 'npv')),
    ],
  ];

  const positive = Object.values(o.categories).reduce((a, v) => a + Math.max(0, v ?? 0), 0);
  const catRows = cats.map((c): Cell[] => {
    const v = o.categories[c] ?? 0;
    return [
      html`<span class="swatch" style="background:${CATEGORY_COLORS[c]}" aria-hidden="true"></span>${categoryName(c, lang)}`,
      amountCell(v, lang, { option: o.name, category: c }),
      { value: positive > 0 ? share(v / positive, lang) : '–', numeric: true },
    ];
  });

  const itemRows = o.items.map((item): Cell[] => {
    const first = item.perYear.findIndex((v) => v !== 0);
    const kind =
      item.every === 'month'
        ? l.monthly
        : item.every === 'year'
          ? l.yearly
          : l.once(first < 0 ? 0 : first);
    return [
      item.name,
      categoryName(item.category, lang),
      kind,
      amountCell(item.total, lang),
      amountCell(item.npv, lang),
    ];
  });

  return html`<section aria-labelledby="option-${index}" class="option"><div class="keep"><h2 id="option-${index}">${o.name}</h2>${o.description ? html`<p>${o.description}</p>` : ''}${figure(chart, l.perYearChart(o.name), l.chartNote)}</div>${table(
    {
      id: `years-${index}`,
      caption: `${l.byYearCaption(o.name)} (${l.amountsIn(cur)})`,
      columns: yearColumns,
      rows: yearRows,
      foot: yearFoot,
      className: 'compact',
    },
  )}${table({
    id: `categories-${index}`,
    caption: `${l.byCategoryCaption(o.name)} (${l.amountsIn(cur)})`,
    columns: [
      { header: l.category },
      { header: l.sum, numeric: true },
      { header: l.share, numeric: true },
    ],
    rows: catRows,
    foot: [[l.sum, amountCell(o.total, lang), '']],
  })}${table({
    id: `items-${index}`,
    caption: `${l.itemsCaption(o.name)} (${l.amountsIn(cur)})`,
    columns: [
      { header: l.item },
      { header: l.category },
      { header: l.kind },
      { header: l.sum, numeric: true },
      { header: l.itemNpv, numeric: true },
    ],
    rows: itemRows,
    foot: [[l.sum, '', '', amountCell(o.total, lang), amountCell(o.npv, lang)]],
  })}</section>`;
}

function thresholdSection(result: TcoResult, lang: Lang): Html {
  const l = L[lang];
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
        value: v.reached ? html`<strong>${l.required}</strong>` : l.notRequired,
        data: { option: o.name, field: 'reached' },
      },
    ];
  });
  const outdated = with_.some((o) => o.threshold!.outdated);
  return html`<section aria-labelledby="threshold"><h2 id="threshold">${l.threshold}</h2><p>${l.thresholdIntro}</p>${table(
    {
      id: 'threshold-table',
      caption: l.thresholdCaption,
      columns: [
        { header: l.option },
        { header: l.contractValue, numeric: true },
        { header: l.thresholdValue, numeric: true },
        { header: l.verdict },
      ],
      rows,
    },
  )}<ul>${with_.map((o) => html`<li><strong>${o.name}</strong>: ${thresholdSentence(o.threshold!, lang, cur)}</li>`)}</ul><p class="muted">${l.source(thresholdSource(first.source, lang), date(first.periodFrom), date(first.periodTo))}</p>${
    outdated ? html`<div class="callout warn"><p>${l.outdated}</p></div>` : ''
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
  const l = L[lang];
  const title = result.title ?? l.report;
  const ranked = byRank(result);
  const body = html`<header><h1>${title}</h1><p class="subtitle">${l.subtitle(result.options.length, result.years)}</p></header>
${assumptionsSection(result, lang)}
${ranked.length ? outcomeSection(result, lang) : ''}
${ranked.length ? comparisonSection(result, lang) : ''}
${ranked.length ? cumulativeSection(result, lang) : ''}
${thresholdSection(result, lang)}
${ranked.map((o) => optionSection(result, o, result.options.indexOf(o), lang))}
<p class="muted">${l.rounding}</p>`;
  return htmlDocument({
    lang,
    title,
    body,
    css: CSS,
    description:
      ranked.length > 1
        ? conclusion(result, lang)
        : l.subtitle(result.options.length, result.years),
    footer: options.version ? l.made(options.version) : undefined,
  });
}
