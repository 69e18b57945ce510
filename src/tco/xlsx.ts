/**
 * The TCO report as a workbook (`inkoop tco --format xlsx`): plain data for
 * src/lib/xlsx.ts. A comparison sheet (heading, conclusion and the ranked
 * options), a sheet per option (years: nominal and present value; totals per
 * category; every item per year), and the inputs (the assumptions). Labels
 * come from the report's view (./view.ts); amounts are number cells in
 * currency units with two decimals, never text. Pure.
 */
import { translator } from '../i18n/index.js';
import type { Lang } from '../lib/i18n.js';
import { plainText } from '../lib/rich.js';
import { num, type Workbook, type XCell, type XSheet } from '../lib/xlsx.js';
import { byRank, type TcoResult } from './compute.js';
import type { Category } from './schema.js';
import { categoryName, tcoView } from './view.js';

const money = (cents: number) => num(cents / 100, 'money');

export function tcoWorkbook(result: TcoResult, lang: Lang): Workbook {
  const tr = translator(lang);
  const view = tcoView(result, lang);
  const heading = plainText(view.heading);
  const ranked = byRank(result);
  const cheapest = ranked[0]?.npv ?? 0;
  const vat = result.vat !== null;
  const comparison: XSheet = {
    name: tr('sheets.xlsx.comparison'),
    lines: [
      heading,
      view.amountsNote,
      ...(view.conclusion ? [plainText(view.conclusion)] : []),
      ...view.thresholds.map(plainText),
    ],
    tables: [
      {
        header: [
          tr('tco.rank'),
          tr('tco.option'),
          tr('tco.total'),
          tr('tco.npvShort'),
          ...(vat ? [tr('tco.npvInclVat')] : []),
          tr('sheets.xlsx.difference'),
        ],
        rows: ranked.map((o): XCell[] => [
          num(o.rank, 'integer'),
          o.name,
          money(o.total),
          money(o.npv),
          ...(vat ? [money(o.npvInclVat ?? 0)] : []),
          money(o.npv - cheapest),
        ]),
      },
    ],
    widths: [8, 30, 16, 16, ...(vat ? [16] : []), 18],
    freezeHeader: true,
  };
  const yearsHeader = Array.from({ length: result.years + 1 }, (_, y) =>
    tr('sheets.xlsx.yearN', { year: y }),
  );
  const optionSheets = result.options.map((o, i): XSheet => {
    const ov = view.options[i]!;
    return {
      name: o.name,
      lines: [plainText(ov.heading), ...(ov.roundingNote ? [ov.roundingNote] : [])],
      tables: [
        {
          title: tr('sheets.xlsx.years'),
          header: [tr('tco.year'), tr('tco.nominal'), tr('tco.presentValue')],
          rows: o.years.map((y) => [num(y.year, 'integer'), money(y.total), money(y.presentValue)]),
          footer: [tr('tco.total'), money(o.total), money(o.npv)],
        },
        {
          title: tr('sheets.xlsx.categories'),
          header: [tr('tco.category'), tr('tco.total')],
          rows: Object.entries(o.categories).map(([c, v]) => [
            categoryName(c as Category, lang),
            money(v!),
          ]),
          footer: [tr('tco.total'), money(o.total)],
        },
        {
          title: tr('sheets.xlsx.items'),
          header: [tr('tco.item'), tr('tco.category'), ...yearsHeader, tr('tco.total')],
          rows: o.items.map((item) => [
            item.name,
            categoryName(item.category, lang),
            ...Array.from({ length: result.years + 1 }, (_, y) => money(item.perYear[y] ?? 0)),
            money(item.total),
          ]),
        },
      ],
      widths: [36, 18, ...yearsHeader.map(() => 14), 16],
    };
  });
  const inputs: XSheet = {
    name: tr('sheets.xlsx.inputs'),
    tables: [
      {
        title: tr('sheets.xlsx.assumptions'),
        header: [tr('sheets.xlsx.setting'), tr('sheets.xlsx.value')],
        rows: [
          [tr('sheets.xlsx.horizonYears'), num(result.years, 'integer')],
          [tr('tco.discountRate'), num(result.discountRate, 'percent')],
          [tr('tco.indexation'), num(result.indexation, 'percent')],
          [tr('tco.vat'), result.vat === null ? tr('tco.none') : num(result.vat, 'percent')],
          [tr('sheets.xlsx.currency'), result.currency],
        ],
      },
    ],
    widths: [30, 16],
  };
  return {
    title: result.title ?? tr('tco.title'),
    sheets: [comparison, ...optionSheets, inputs],
  };
}
