/**
 * Adapters that turn the TCO report into JSON (the contract, from the
 * result), terminal text, Markdown and CSV. The words and figures come from
 * the view model (./view.ts); each adapter only lays them out and escapes
 * text from input for its medium. Pure.
 */
import { translator } from '../i18n/index.js';
import {
  csv,
  CsvFixed,
  markdownTable,
  textTable,
  type CsvCell,
  type CsvDialect,
  RFC_CSV,
} from '../lib/tables.js';
import type { Lang } from '../lib/i18n.js';
import { plainText, type Rich, toMarkdown, toTerminal } from '../lib/rich.js';
import { csvText, mdText } from '../lib/text.js';
import type { TcoResult } from './compute.js';
import { categoryName, conclusionRich, tcoView, type TcoView, type ViewTable } from './view.js';

export {
  assumptions,
  categoryName,
  roundingNote,
  tcoView,
  thresholdSentence,
  thresholdSourceText,
  warningText,
  outdatedWarning,
  type TcoView,
  type TcoOptionView,
  type ViewTable,
} from './view.js';

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
  /** Nominal costs of internal items, left out of contract_value. */
  internal_costs: number;
  /** The residual value subtracted from the total (positive; 0 when none). */
  residual_value: number;
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
  items: Array<{
    name: string;
    category: string;
    internal: boolean;
    total: number;
    npv: number;
  }>;
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
      internal_costs: units(o.internalCosts),
      residual_value: units(o.residualValue),
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
        internal: i.internal,
        total: units(i.total),
        npv: units(i.npv),
      })),
    })),
  };
}

/** One sentence naming the cheapest option (or the tie) by NPV, unescaped; '' with fewer than two. */
export function conclusion(result: TcoResult, lang: Lang): string {
  const c = conclusionRich(result, lang);
  return c ? plainText(c) : '';
}

export interface TcoRenderOptions {
  detail?: boolean;
  /** Wraps headings (e.g. bold) for a terminal. */
  heading?: (s: string) => string;
}

function terminalTable(t: ViewTable): string {
  const cells = (row: readonly Rich[]) => row.map(toTerminal);
  return textTable(t.columns, t.rows.map(cells), {
    footer: t.footer ? cells(t.footer) : undefined,
    indent: '  ',
  });
}

/** The terminal report: assumptions, per option by year and by category, then the comparison. */
export function tcoText(result: TcoResult, lang: Lang, options: TcoRenderOptions = {}): string {
  return viewText(tcoView(result, lang, { detail: options.detail }), options.heading);
}

/** The terminal adapter: text from input shown safely (control characters as escapes). */
export function viewText(view: TcoView, heading: (s: string) => string = (s) => s): string {
  const out: string[] = [];
  out.push(heading(toTerminal(view.heading)), '');
  out.push(
    view.assumptions.map((a) => `${a.label}: ${a.value}`).join('  ·  '),
    view.amountsNote,
    '',
  );
  for (const o of view.options) {
    out.push(heading(toTerminal(o.heading)), '');
    out.push(terminalTable(o.years));
    if (o.roundingNote) out.push(`  ${o.roundingNote}`, '');
    out.push(terminalTable(o.categories));
    if (o.detail) out.push(terminalTable(o.detail));
    if (o.contractValue) out.push(`  ${o.contractValue}`, '');
    if (o.threshold) out.push(`  ${o.threshold}`, '');
  }
  out.push(heading(view.comparisonTitle), '', terminalTable(view.comparison));
  out.push(view.conclusion ? toTerminal(view.conclusion) : '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

function mdTable(t: ViewTable, boldFooter = true): string {
  const rows = t.rows.map((r) => r.map(toMarkdown));
  if (t.footer)
    rows.push(t.footer.map((f) => (boldFooter ? `**${toMarkdown(f)}**` : toMarkdown(f))));
  return markdownTable(t.columns, rows, (s) => s);
}

/** The comparison as a Markdown section, fit for a business case or a pull-request comment. */
export function tcoMarkdown(
  result: TcoResult,
  lang: Lang,
  options: { detail?: boolean; full?: boolean } = {},
): string {
  return viewMarkdown(tcoView(result, lang, { detail: options.detail }), options.full === true);
}

/** The whole report in Markdown under a second-level heading (`inkoop tco --format markdown`). */
export function tcoMarkdownReport(
  result: TcoResult,
  lang: Lang,
  options: { detail?: boolean } = {},
): string {
  const view = tcoView(result, lang, { detail: options.detail });
  return `## ${toMarkdown(view.heading)}\n\n${viewMarkdown(view, true)}`;
}

/**
 * The Markdown adapter: every piece of input escaped with mdText/mdCell, so
 * that no element, link, image or table break can come from a costs file.
 */
export function viewMarkdown(view: TcoView, full: boolean): string {
  const out: string[] = [];
  out.push(
    `${view.assumptions.map((a) => `${a.label}: ${a.value}`).join(' · ')}. ${view.amountsNote}`,
    '',
  );
  out.push(mdTable(view.comparison));
  if (view.conclusion) out.push(toMarkdown(view.conclusion), '');
  for (const o of view.options)
    if (o.contractValue) out.push(`- ${mdText(o.name)}: ${mdText(o.contractValue)}`);
  for (const t of view.thresholds) out.push(`- ${toMarkdown(t)}`);
  if (full) {
    for (const o of view.options) {
      out.push('', `### ${mdText(o.name)}`, '');
      out.push(mdTable(o.years));
      if (o.roundingNote) out.push(`_${o.roundingNote}_`, '');
      out.push(mdTable(o.categories));
      if (o.detail) out.push(mdTable(o.detail));
    }
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

/**
 * CSV, one row per option and year (and per item with detail), headers in
 * the report's language; amounts as numbers with two decimals in the
 * dialect's decimal mark; names through csvText, so that a spreadsheet never
 * runs one as a formula.
 */
export function tcoCsv(
  result: TcoResult,
  options: { detail?: boolean; lang?: Lang; dialect?: CsvDialect } = {},
): string {
  const lang = options.lang ?? 'en';
  const dialect = options.dialect ?? RFC_CSV;
  const tr = translator(lang);
  const u = (c: number) => new CsvFixed(c / 100, 2);
  if (options.detail) {
    const rows: CsvCell[][] = [
      [
        tr('sheets.csv.option'),
        tr('sheets.csv.rank'),
        tr('sheets.csv.year'),
        tr('sheets.csv.item'),
        tr('sheets.csv.category'),
        tr('sheets.csv.amount'),
      ],
    ];
    for (const o of result.options)
      for (const item of o.items)
        for (const [year, c] of item.perYear.entries())
          if (c !== 0)
            rows.push([
              csvText(o.name),
              o.rank,
              year,
              csvText(item.name),
              categoryName(item.category, lang),
              u(c),
            ]);
    return csv(rows, dialect);
  }
  const rows: CsvCell[][] = [
    [
      tr('sheets.csv.option'),
      tr('sheets.csv.rank'),
      tr('sheets.csv.year'),
      tr('sheets.csv.total'),
      tr('sheets.csv.presentValue'),
    ],
  ];
  for (const o of result.options)
    for (const y of o.years)
      rows.push([csvText(o.name), o.rank, y.year, u(y.total), u(y.presentValue)]);
  return csv(rows, dialect);
}
