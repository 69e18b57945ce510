/**
 * The TCO report as a view model: plain data, built once per run, with the
 * numbers already rounded and formatted for the language and the labels
 * already taken from the message catalogue. Text from the costs file (option
 * and item names, descriptions, the title) stays marked as input (see
 * ../lib/rich.ts), so that each adapter in ./render.ts and ./html.ts
 * escapes it for where it goes. Pure.
 */
import { type Lang, type MessageKey, translator, type Translate } from '../i18n/index.js';
import { formatCents, formatDate, formatMoney, formatPercent } from '../lib/i18n.js';
import { fromInput, input, type Rich, richList, richT } from '../lib/rich.js';
import { byRank, type TcoOptionResult, type TcoResult, type TcoWarning } from './compute.js';
import type { Category } from './schema.js';
import type { Authority, ContractType, ThresholdVerdict } from './thresholds.js';

export interface ViewColumn {
  header: string;
  align?: 'left' | 'right';
}

/** A table: headers from the catalogue, cells as rich text. */
export interface ViewTable {
  columns: ViewColumn[];
  rows: Rich[][];
  footer?: Rich[];
}

export interface TcoOptionView {
  name: string;
  /** "Name — description" */
  heading: Rich;
  years: ViewTable;
  /** When the rounded present values per year do not add up to the NPV. */
  roundingNote: string | null;
  categories: ViewTable;
  /** Items per year (with --detail). */
  detail: ViewTable | null;
  /** Why the estimated contract value differs from the total (internal costs, residual value); null when it does not. */
  contractValue: string | null;
  /** The EU threshold verdict, when the file names an authority. */
  threshold: string | null;
}

export interface TcoView {
  lang: Lang;
  /** "Total Cost of Ownership: <title>" */
  heading: Rich;
  currency: string;
  assumptions: Array<{ label: string; value: string }>;
  /** "Amounts in EUR, excluding VAT." */
  amountsNote: string;
  /** In the file's order. */
  options: TcoOptionView[];
  comparisonTitle: string;
  /** Ranked, lowest NPV first. */
  comparison: ViewTable;
  /** Who is cheapest, or the tie; null with one option. */
  conclusion: Rich | null;
  /** "Option: threshold sentence" for every option with a verdict. */
  thresholds: Rich[];
}

export const categoryKey = (c: Category) => `tco.category.${c}` as const;

/** The name of a cost category in a language. */
export function categoryName(c: Category, lang: Lang): string {
  return translator(lang)(categoryKey(c));
}

/** The catalogue key of a contract type and of a kind of authority. */
export const TYPE_KEYS = {
  diensten: 'drempel.type.diensten',
  leveringen: 'drempel.type.leveringen',
  werken: 'drempel.type.werken',
  'sociale-diensten': 'drempel.type.socialeDiensten',
} as const satisfies Record<ContractType, MessageKey>;
export const AUTHORITY_KEYS = {
  centraal: 'drempel.authority.centraal',
  decentraal: 'drempel.authority.decentraal',
  'speciale-sector': 'drempel.authority.specialeSector',
} as const satisfies Record<Authority, MessageKey>;

const day = (iso: string, lang: Lang) => formatDate(new Date(`${iso}T00:00:00Z`), lang);

/** The legal source of a period's thresholds in the report's language. */
export function thresholdSourceText(v: { regulations: readonly string[] }, lang: Lang): string {
  return translator(lang)('drempel.source', { numbers: v.regulations.join(', ') });
}

/** One sentence on the EU threshold for a contract value. */
export function thresholdSentence(v: ThresholdVerdict, lang: Lang, currency = 'EUR'): string {
  const tr = translator(lang);
  return tr(v.reached ? 'drempel.reached' : 'drempel.below', {
    value: formatMoney(v.value, lang, currency),
    threshold: formatMoney(v.threshold, lang, currency),
    type: tr(TYPE_KEYS[v.type]),
    authority: tr(AUTHORITY_KEYS[v.authority]),
    period: v.period,
    until: day(v.periodTo, lang),
  });
}

/**
 * Why an option's estimated contract value differs from its total: the
 * authority's own costs left out, the residual value not subtracted; null
 * when the two are equal.
 */
export function contractValueSentence(
  o: Pick<TcoOptionResult, 'total' | 'contractValue' | 'internalCosts' | 'residualValue'>,
  lang: Lang,
  currency = 'EUR',
): string | null {
  if (o.internalCosts === 0 && o.residualValue === 0) return null;
  const tr = translator(lang);
  const money = (c: number) => formatMoney(c, lang, currency);
  const params = {
    value: money(o.contractValue),
    total: money(o.total),
    internal: money(o.internalCosts),
    residual: money(o.residualValue),
  };
  if (o.internalCosts === 0) return tr('tco.contractValueResidual', params);
  if (o.residualValue === 0) return tr('tco.contractValueInternal', params);
  return tr('tco.contractValueBoth', params);
}

/** A warning of the computation, worded (without the "warning:" prefix). */
export function warningText(w: TcoWarning, lang: Lang): Rich {
  const tr = translator(lang);
  return w.kind === 'dropped'
    ? richT(tr, 'tco.warnDropped', { option: input(w.option), item: input(w.item), years: w.years })
    : richT(tr, 'tco.warnCut', { option: input(w.option), item: input(w.item), year: w.years });
}

/** The warning that the thresholds used belong to a period that has passed, or null. */
export function outdatedWarning(result: TcoResult, lang: Lang): string | null {
  const v = result.options.find((o) => o.threshold?.outdated)?.threshold;
  if (!v) return null;
  return translator(lang)('tco.warnOutdated', { period: v.period, until: day(v.periodTo, lang) });
}

export function assumptions(
  result: TcoResult,
  lang: Lang,
): Array<{ label: string; value: string }> {
  const tr = translator(lang);
  return [
    { label: tr('tco.horizon'), value: tr('tco.horizonValue', { count: result.years }) },
    { label: tr('tco.discountRate'), value: formatPercent(result.discountRate, lang) },
    { label: tr('tco.indexation'), value: formatPercent(result.indexation, lang) },
    {
      label: tr('tco.vat'),
      value: result.vat === null ? tr('tco.none') : formatPercent(result.vat, lang),
    },
  ];
}

/**
 * When the present values per year, each rounded to the cent, do not add up
 * to the NPV (which is rounded once, at the end), a line that says so.
 */
export function roundingNote(o: TcoOptionResult, lang: Lang): string | null {
  const diff = o.years.reduce((a, y) => a + y.presentValue, 0) - o.npv;
  if (diff === 0) return null;
  return translator(lang)('tco.roundingNote', { count: Math.abs(diff) });
}

/** One sentence naming the cheapest option (or the tie) by NPV; null with fewer than two. */
export function conclusionRich(result: TcoResult, lang: Lang): Rich | null {
  const tr = translator(lang);
  const ranked = byRank(result);
  if (ranked.length < 2) return null;
  const first = ranked.filter((o) => o.rank === 1);
  const cur = result.currency;
  if (first.length > 1)
    return richT(tr, 'tco.conclusionTie', {
      options: richList(
        first.map((o) => fromInput(o.name)),
        tr('tco.and'),
      ),
      npv: formatMoney(first[0]!.npv, lang, cur),
    });
  const second = ranked[1]!;
  return richT(
    tr,
    result.discountRate === 0 ? 'tco.conclusionCheapestUndiscounted' : 'tco.conclusionCheapest',
    {
      option: input(first[0]!.name),
      difference: formatMoney(second.npv - first[0]!.npv, lang, cur),
      next: input(second.name),
    },
  );
}

const num = (s: string): Rich => [s];

function comparison(result: TcoResult, lang: Lang, tr: Translate): ViewTable {
  const ranked = byRank(result);
  const cheapest = ranked[0]?.npv ?? 0;
  const tied = ranked.filter((r) => r.rank === 1).length > 1;
  const vat = result.vat !== null;
  return {
    columns: [
      { header: tr('tco.rank'), align: 'right' },
      { header: tr('tco.option') },
      { header: tr('tco.total'), align: 'right' },
      { header: tr('tco.npvShort'), align: 'right' },
      ...(vat ? [{ header: tr('tco.npvInclVat'), align: 'right' as const }] : []),
      { header: tr('tco.difference'), align: 'right' },
    ],
    rows: ranked.map((o) => [
      num(String(o.rank)),
      fromInput(o.name),
      num(formatCents(o.total, lang)),
      num(formatCents(o.npv, lang)),
      ...(vat ? [num(formatCents(o.npvInclVat ?? 0, lang))] : []),
      num(
        o.npv === cheapest
          ? o.rank === 1 && tied
            ? tr('tco.tie')
            : '-'
          : `+${formatCents(o.npv - cheapest, lang)}`,
      ),
    ]),
  };
}

function optionView(
  result: TcoResult,
  o: TcoOptionResult,
  lang: Lang,
  tr: Translate,
  detail: boolean,
): TcoOptionView {
  const years: ViewTable = {
    columns: [
      { header: tr('tco.year'), align: 'right' },
      { header: tr('tco.nominal'), align: 'right' },
      { header: tr('tco.presentValue'), align: 'right' },
    ],
    rows: o.years.map((y) => [
      num(String(y.year)),
      num(formatCents(y.total, lang)),
      num(formatCents(y.presentValue, lang)),
    ]),
    footer: [num(tr('tco.total')), num(formatCents(o.total, lang)), num(formatCents(o.npv, lang))],
  };
  const categories: ViewTable = {
    columns: [{ header: tr('tco.category') }, { header: tr('tco.total'), align: 'right' }],
    rows: Object.entries(o.categories).map(([c, v]) => [
      num(tr(categoryKey(c as Category))),
      num(formatCents(v!, lang)),
    ]),
    footer: [num(tr('tco.total')), num(formatCents(o.total, lang))],
  };
  let detailTable: ViewTable | null = null;
  if (detail) {
    const rows: Rich[][] = [];
    for (const y of o.years)
      for (const item of o.items) {
        const c = item.perYear[y.year]!;
        if (c !== 0)
          rows.push([
            num(String(y.year)),
            fromInput(item.name),
            num(tr(categoryKey(item.category))),
            num(formatCents(c, lang)),
          ]);
      }
    detailTable = {
      columns: [
        { header: tr('tco.year'), align: 'right' },
        { header: tr('tco.item') },
        { header: tr('tco.category') },
        { header: tr('tco.amount'), align: 'right' },
      ],
      rows,
    };
  }
  return {
    name: o.name,
    heading: o.description
      ? richT(tr, 'tco.optionWith', { option: input(o.name), description: input(o.description) })
      : fromInput(o.name),
    years,
    roundingNote: roundingNote(o, lang),
    categories,
    detail: detailTable,
    contractValue: contractValueSentence(o, lang, result.currency),
    threshold: o.threshold ? thresholdSentence(o.threshold, lang, result.currency) : null,
  };
}

/** The whole TCO report as data. */
export function tcoView(
  result: TcoResult,
  lang: Lang,
  options: { detail?: boolean } = {},
): TcoView {
  const tr = translator(lang);
  return {
    lang,
    heading:
      result.title !== null
        ? richT(tr, 'tco.titleOf', { title: input(result.title) })
        : [tr('tco.title')],
    currency: result.currency,
    assumptions: assumptions(result, lang),
    amountsNote: tr('tco.amountsIn', { currency: result.currency }),
    options: result.options.map((o) => optionView(result, o, lang, tr, options.detail === true)),
    comparisonTitle: tr('tco.comparison'),
    comparison: comparison(result, lang, tr),
    conclusion: conclusionRich(result, lang),
    thresholds: result.options
      .filter((o) => o.threshold)
      .map((o) =>
        richT(tr, 'tco.thresholdLine', {
          option: input(o.name),
          sentence: thresholdSentence(o.threshold!, lang, result.currency),
        }),
      ),
  };
}

/** `inkoop drempel` as a view: one sentence for one authority, else a head line and a table. */
export interface DrempelView {
  /** With one authority: the verdict. */
  sentence: string | null;
  head: string;
  table: { columns: ViewColumn[]; rows: string[][] };
}

export function drempelView(verdicts: readonly ThresholdVerdict[], lang: Lang): DrempelView {
  const tr = translator(lang);
  const first = verdicts[0]!;
  return {
    sentence: verdicts.length === 1 ? thresholdSentence(first, lang) : null,
    head: tr('drempel.head', {
      value: formatMoney(first.value, lang),
      type: tr(TYPE_KEYS[first.type]),
      period: first.period,
      source: thresholdSourceText(first, lang),
    }),
    table: {
      columns: [
        { header: tr('drempel.colAuthority') },
        { header: tr('drempel.colThreshold'), align: 'right' },
        { header: tr('drempel.colTender') },
      ],
      rows: verdicts.map((v) => [
        tr('drempel.authorityWithFlag', {
          name: tr(AUTHORITY_KEYS[v.authority]),
          flag: v.authority,
        }),
        formatMoney(v.threshold, lang),
        tr(v.reached ? 'drempel.yes' : 'drempel.no'),
      ]),
    },
  };
}

/** The warning that the newest thresholds known lie in the past, or null. */
export function drempelOutdated(v: ThresholdVerdict, lang: Lang): string | null {
  return v.outdated
    ? translator(lang)('drempel.warnOutdated', { period: v.period, until: day(v.periodTo, lang) })
    : null;
}
