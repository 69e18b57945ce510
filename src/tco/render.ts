/** TCO results as JSON (the contract), text tables, Markdown and CSV. Pure. */
import { csv, markdownTable, textTable, type Column } from '../lib/format.js';
import { formatCents, formatDate, formatMoney, formatPercent, type Lang } from '../lib/i18n.js';
import { byRank, type TcoOptionResult, type TcoResult } from './compute.js';
import type { Category } from './schema.js';
import type { ThresholdVerdict } from './thresholds.js';

/** Cents as currency units for JSON: 123456 -> 1234.56. */
const units = (cents: number): number => cents / 100;

export interface TcoJsonOption {
  name: string;
  description?: string;
  rank: number;
  total: number;
  npv: number;
  total_incl_vat?: number;
  npv_incl_vat?: number;
  contract_value: number;
  threshold?: {
    type: string;
    authority: string;
    threshold: number;
    reached: boolean;
    period: string;
    outdated: boolean;
  };
  years: Array<{ year: number; total: number; present_value: number }>;
  categories: Record<string, number>;
  items: Array<{ name: string; category: string; total: number; npv: number }>;
}

export interface TcoJson {
  title: string | null;
  currency: string;
  years: number;
  discount_rate: number;
  indexation: number;
  vat: number | null;
  options: TcoJsonOption[];
}

/** The documented JSON of `inkoop tco --format json`: amounts in currency units rounded to the cent. */
export function tcoJson(result: TcoResult): TcoJson {
  return {
    title: result.title,
    currency: result.currency,
    years: result.years,
    discount_rate: result.discountRate,
    indexation: result.indexation,
    vat: result.vat,
    options: result.options.map((o) => ({
      name: o.name,
      ...(o.description ? { description: o.description } : {}),
      rank: o.rank,
      total: units(o.total),
      npv: units(o.npv),
      ...(o.totalInclVat !== null ? { total_incl_vat: units(o.totalInclVat) } : {}),
      ...(o.npvInclVat !== null ? { npv_incl_vat: units(o.npvInclVat) } : {}),
      contract_value: units(o.contractValue),
      ...(o.threshold
        ? {
            threshold: {
              type: o.threshold.type,
              authority: o.threshold.authority,
              threshold: units(o.threshold.threshold),
              reached: o.threshold.reached,
              period: o.threshold.period,
              outdated: o.threshold.outdated,
            },
          }
        : {}),
      years: o.years.map((y) => ({
        year: y.year,
        total: units(y.total),
        present_value: units(y.presentValue),
      })),
      categories: Object.fromEntries(Object.entries(o.categories).map(([k, v]) => [k, units(v!)])),
      items: o.items.map((i) => ({
        name: i.name,
        category: i.category,
        total: units(i.total),
        npv: units(i.npv),
      })),
    })),
  };
}

const CATEGORY_NAMES: Record<Category, { nl: string; en: string }> = {
  acquisition: { nl: 'Aanschaf', en: 'Acquisition' },
  implementation: { nl: 'Implementatie', en: 'Implementation' },
  migration: { nl: 'Migratie', en: 'Migration' },
  license: { nl: 'Licenties', en: 'Licences' },
  hosting: { nl: 'Hosting', en: 'Hosting' },
  support: { nl: 'Ondersteuning', en: 'Support' },
  personnel: { nl: 'Personeel', en: 'Personnel' },
  training: { nl: 'Opleiding', en: 'Training' },
  exit: { nl: 'Exit', en: 'Exit' },
  residual: { nl: 'Restwaarde', en: 'Residual value' },
  other: { nl: 'Overig', en: 'Other' },
};

export function categoryName(c: Category, lang: Lang): string {
  return CATEGORY_NAMES[c][lang];
}

const TYPE_NAMES: Record<string, { nl: string; en: string }> = {
  diensten: { nl: 'diensten', en: 'services' },
  leveringen: { nl: 'leveringen', en: 'supplies' },
  werken: { nl: 'werken', en: 'works' },
  'sociale-diensten': {
    nl: 'sociale en andere specifieke diensten',
    en: 'social and other specific services',
  },
};
const AUTHORITY_NAMES: Record<string, { nl: string; en: string }> = {
  centraal: { nl: 'centrale overheid', en: 'central government' },
  decentraal: { nl: 'decentrale overheid', en: 'sub-central authority' },
  'speciale-sector': { nl: 'speciale sector', en: 'utilities' },
};

export const L = {
  option: { nl: 'Alternatief', en: 'Option' },
  rank: { nl: 'Rang', en: 'Rank' },
  year: { nl: 'Jaar', en: 'Year' },
  nominal: { nl: 'Nominaal', en: 'Nominal' },
  pv: { nl: 'Contante waarde', en: 'Present value' },
  category: { nl: 'Categorie', en: 'Category' },
  item: { nl: 'Kostenpost', en: 'Item' },
  amount: { nl: 'Bedrag', en: 'Amount' },
  total: { nl: 'Totaal', en: 'Total' },
  npv: { nl: 'Netto contante waarde', en: 'Net present value' },
  npvShort: { nl: 'NCW', en: 'NPV' },
  inclVat: { nl: 'incl. btw', en: 'incl. VAT' },
  diff: { nl: 'Verschil met goedkoopste', en: 'Difference to cheapest' },
  comparison: { nl: 'Vergelijking', en: 'Comparison' },
  byYear: { nl: 'Per jaar', en: 'By year' },
  byCategory: { nl: 'Per categorie', en: 'By category' },
  detail: { nl: 'Kostenposten per jaar', en: 'Items per year' },
  horizon: { nl: 'Looptijd', en: 'Horizon' },
  years: { nl: 'jaar', en: 'years' },
  discount: { nl: 'Discontovoet', en: 'Discount rate' },
  indexation: { nl: 'Indexatie', en: 'Indexation' },
  vat: { nl: 'Btw', en: 'VAT' },
  none: { nl: 'geen', en: 'none' },
  cheapest: { nl: 'goedkoopste', en: 'cheapest' },
  tie: { nl: 'gelijk', en: 'tie' },
  threshold: { nl: 'Europese aanbestedingsdrempel', en: 'EU procurement threshold' },
  tco: { nl: 'Total Cost of Ownership', en: 'Total cost of ownership' },
} as const;

export function assumptions(result: TcoResult, lang: Lang): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    [
      L.horizon[lang],
      `${result.years} ${L.years[lang]} (${lang === 'nl' ? 'jaar 0 tot en met' : 'year 0 to'} ${result.years})`,
    ],
    [L.discount[lang], formatPercent(result.discountRate, lang)],
    [L.indexation[lang], formatPercent(result.indexation, lang)],
    [L.vat[lang], result.vat === null ? L.none[lang] : formatPercent(result.vat, lang)],
  ];
  return rows;
}

/** One sentence on the EU threshold for an option. */
export function thresholdSentence(v: ThresholdVerdict, lang: Lang, currency = 'EUR'): string {
  const value = formatMoney(v.value, lang, currency);
  const threshold = formatMoney(v.threshold, lang, currency);
  const type = TYPE_NAMES[v.type]![lang];
  const authority = AUTHORITY_NAMES[v.authority]![lang];
  const until = formatDate(new Date(`${v.periodTo}T00:00:00Z`), lang);
  const base =
    lang === 'nl'
      ? `Geraamde opdrachtwaarde ${value} excl. btw ${v.reached ? 'bereikt' : 'blijft onder'} de Europese drempel van ${threshold} voor ${type} (${authority}, drempels ${v.period}, geldig tot en met ${until})${v.reached ? ': Europees aanbesteden is verplicht.' : '.'}`
      : `Estimated contract value ${value} excl. VAT ${v.reached ? 'reaches' : 'stays below'} the EU threshold of ${threshold} for ${type} (${authority}, thresholds ${v.period}, valid until ${until})${v.reached ? ': a European tender is required.' : '.'}`;
  return base;
}

function comparisonRows(result: TcoResult, lang: Lang): { columns: Column[]; rows: string[][] } {
  const ranked = byRank(result);
  const cheapest = ranked[0]?.npv ?? 0;
  const vat = result.vat !== null;
  const columns: Column[] = [
    { header: L.rank[lang], align: 'right' },
    { header: L.option[lang] },
    { header: L.total[lang], align: 'right' },
    { header: L.npvShort[lang], align: 'right' },
    ...(vat ? [{ header: `${L.npvShort[lang]} ${L.inclVat[lang]}`, align: 'right' as const }] : []),
    { header: L.diff[lang], align: 'right' },
  ];
  const rows = ranked.map((o) => [
    String(o.rank),
    o.name,
    formatCents(o.total, lang),
    formatCents(o.npv, lang),
    ...(vat ? [formatCents(o.npvInclVat ?? 0, lang)] : []),
    o.npv === cheapest
      ? o.rank === 1 && ranked.filter((r) => r.rank === 1).length > 1
        ? L.tie[lang]
        : '-'
      : `+${formatCents(o.npv - cheapest, lang)}`,
  ]);
  return { columns, rows };
}

function yearTable(
  o: TcoOptionResult,
  lang: Lang,
): { columns: Column[]; rows: string[][]; footer: string[] } {
  return {
    columns: [
      { header: L.year[lang], align: 'right' },
      { header: L.nominal[lang], align: 'right' },
      { header: L.pv[lang], align: 'right' },
    ],
    rows: o.years.map((y) => [
      String(y.year),
      formatCents(y.total, lang),
      formatCents(y.presentValue, lang),
    ]),
    footer: [L.total[lang], formatCents(o.total, lang), formatCents(o.npv, lang)],
  };
}

/**
 * When the present values per year, each rounded to the cent, do not add up
 * to the NPV (which is rounded once, at the end), a line that says so.
 */
export function roundingNote(o: TcoOptionResult, lang: Lang): string | null {
  const diff = o.years.reduce((a, y) => a + y.presentValue, 0) - o.npv;
  if (diff === 0) return null;
  const cents = Math.abs(diff);
  return lang === 'nl'
    ? `De contante waarden per jaar zijn elk afgerond op de cent; hun som wijkt ${cents} cent af van de netto contante waarde, die exact is opgeteld en pas aan het eind is afgerond.`
    : `The present values per year are each rounded to the cent; their sum differs by ${cents} cent${cents === 1 ? '' : 's'} from the net present value, which is summed exactly and rounded at the end.`;
}

function categoryTable(
  o: TcoOptionResult,
  lang: Lang,
): { columns: Column[]; rows: string[][]; footer: string[] } {
  return {
    columns: [{ header: L.category[lang] }, { header: L.total[lang], align: 'right' }],
    rows: Object.entries(o.categories).map(([c, v]) => [
      categoryName(c as Category, lang),
      formatCents(v!, lang),
    ]),
    footer: [L.total[lang], formatCents(o.total, lang)],
  };
}

function detailRows(o: TcoOptionResult, lang: Lang): string[][] {
  const rows: string[][] = [];
  for (const y of o.years) {
    for (const item of o.items) {
      const c = item.perYear[y.year]!;
      if (c !== 0)
        rows.push([
          String(y.year),
          item.name,
          categoryName(item.category, lang),
          formatCents(c, lang),
        ]);
    }
  }
  return rows;
}

const detailColumns = (lang: Lang): Column[] => [
  { header: L.year[lang], align: 'right' },
  { header: L.item[lang] },
  { header: L.category[lang] },
  { header: L.amount[lang], align: 'right' },
];

export interface TcoRenderOptions {
  detail?: boolean;
  /** Wraps headings (e.g. bold) for a terminal. */
  heading?: (s: string) => string;
}

/** The terminal report: assumptions, per option by year and by category, then the comparison. */
export function tcoText(result: TcoResult, lang: Lang, options: TcoRenderOptions = {}): string {
  const h = options.heading ?? ((s: string) => s);
  const cur = result.currency;
  const out: string[] = [];
  out.push(h(`${L.tco[lang]}${result.title ? `: ${result.title}` : ''}`), '');
  out.push(
    assumptions(result, lang)
      .map(([k, v]) => `${k}: ${v}`)
      .join('  ·  '),
    `${lang === 'nl' ? 'Bedragen in' : 'Amounts in'} ${cur}, ${lang === 'nl' ? 'exclusief btw' : 'excluding VAT'}.`,
    '',
  );
  for (const o of result.options) {
    out.push(h(`${o.name}${o.description ? ` — ${o.description}` : ''}`), '');
    const y = yearTable(o, lang);
    out.push(textTable(y.columns, y.rows, { footer: y.footer, indent: '  ' }));
    const note = roundingNote(o, lang);
    if (note) out.push(`  ${note}`, '');
    const c = categoryTable(o, lang);
    out.push(textTable(c.columns, c.rows, { footer: c.footer, indent: '  ' }));
    if (options.detail)
      out.push(textTable(detailColumns(lang), detailRows(o, lang), { indent: '  ' }));
    if (o.threshold) out.push(`  ${thresholdSentence(o.threshold, lang, cur)}`, '');
  }
  const cmp = comparisonRows(result, lang);
  out.push(h(L.comparison[lang]), '', textTable(cmp.columns, cmp.rows, { indent: '  ' }));
  out.push(conclusion(result, lang));
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** One line naming the cheapest option (or the tie) by NPV. */
export function conclusion(result: TcoResult, lang: Lang): string {
  const ranked = byRank(result);
  if (ranked.length < 2) return '';
  const first = ranked.filter((o) => o.rank === 1);
  const cur = result.currency;
  if (first.length > 1) {
    return lang === 'nl'
      ? `${first.map((o) => o.name).join(' en ')} zijn even goedkoop (${L.npvShort.nl} ${formatMoney(first[0]!.npv, lang, cur)}).`
      : `${first.map((o) => o.name).join(' and ')} cost the same (${L.npvShort.en} ${formatMoney(first[0]!.npv, lang, cur)}).`;
  }
  const second = ranked[1]!;
  const diff = formatMoney(second.npv - first[0]!.npv, lang, cur);
  return lang === 'nl'
    ? `${first[0]!.name} is het goedkoopst: ${diff} minder dan ${second.name} (${L.npvShort.nl}${result.discountRate === 0 ? ', zonder discontering gelijk aan het nominale totaal' : ''}).`
    : `${first[0]!.name} is the cheapest: ${diff} less than ${second.name} (${L.npvShort.en}${result.discountRate === 0 ? ', equal to the nominal total without discounting' : ''}).`;
}

/** The comparison as a Markdown section, fit for a business case or a pull-request comment. */
export function tcoMarkdown(
  result: TcoResult,
  lang: Lang,
  options: { detail?: boolean; full?: boolean } = {},
): string {
  const out: string[] = [];
  const cmp = comparisonRows(result, lang);
  out.push(
    `${assumptions(result, lang)
      .map(([k, v]) => `${k}: ${v}`)
      .join(
        ' · ',
      )}. ${lang === 'nl' ? 'Bedragen in' : 'Amounts in'} ${result.currency}, ${lang === 'nl' ? 'exclusief btw' : 'excluding VAT'}.`,
    '',
  );
  out.push(markdownTable(cmp.columns, cmp.rows));
  const c = conclusion(result, lang);
  if (c) out.push(c, '');
  for (const o of result.options)
    if (o.threshold)
      out.push(`- ${o.name}: ${thresholdSentence(o.threshold, lang, result.currency)}`);
  if (options.full) {
    for (const o of result.options) {
      out.push('', `### ${o.name}`, '');
      const y = yearTable(o, lang);
      out.push(
        markdownTable(y.columns, [
          ...y.rows,
          y.footer.map((f, i) => (i === 0 ? `**${f}**` : `**${f}**`)),
        ]),
      );
      const note = roundingNote(o, lang);
      if (note) out.push(`_${note}_`, '');
      const cat = categoryTable(o, lang);
      out.push(markdownTable(cat.columns, [...cat.rows, cat.footer.map((f) => `**${f}**`)]));
      if (options.detail) out.push(markdownTable(detailColumns(lang), detailRows(o, lang)));
    }
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

/** CSV, one row per option and year (and per item with detail); amounts in units with a decimal point. */
export function tcoCsv(result: TcoResult, options: { detail?: boolean } = {}): string {
  const u = (c: number) => (c / 100).toFixed(2);
  if (options.detail) {
    const rows: Array<Array<string | number>> = [
      ['option', 'rank', 'year', 'item', 'category', 'amount'],
    ];
    for (const o of result.options)
      for (const item of o.items)
        item.perYear.forEach(
          (c, year) => c !== 0 && rows.push([o.name, o.rank, year, item.name, item.category, u(c)]),
        );
    return csv(rows);
  }
  const rows: Array<Array<string | number>> = [
    ['option', 'rank', 'year', 'total', 'present_value'],
  ];
  for (const o of result.options)
    for (const y of o.years) rows.push([o.name, o.rank, y.year, u(y.total), u(y.presentValue)]);
  return csv(rows);
}
