/**
 * The score report as a workbook (`inkoop score --format xlsx`): plain data
 * for src/lib/xlsx.ts. Per lot (a tender without lots is one lot): a ranking
 * sheet (title, verdict and method from the report's view, then the ranked
 * bids and the excluded ones), points per criterion, the evaluators' scores
 * with consensus and motivation, and the inputs (criteria, price method,
 * bids). Numbers are number cells, rounded as the JSON rounds them; text from
 * the tender is a string cell. Pure.
 */
import { translator } from '../i18n/index.js';
import { formatPlain, type Lang } from '../lib/i18n.js';
import { cellText, num, type Workbook, type XCell, type XSheet } from '../lib/xlsx.js';
import { listJoin } from '../lib/text.js';
import { localizedName } from './criteria.js';
import type { LotAward, LotsResult } from './lots.js';
import { lotView } from './lots-render.js';
import { givesPoints, valueInCents } from './methods.js';
import { reasonText, roundPoints, type ScoreView, scoreView, valueHeaderOf } from './render.js';
import type { ScoreResult } from './score.js';

/** One lot's result; a tender without lots is one lot with id null. */
export interface ScoreLot {
  id: string | null;
  name: string | null;
  result: ScoreResult;
  /** With lots: the report's view with the lot's award put in (src/score/lots-render.ts). */
  view?: ScoreView;
  /** With lots: how the lot was awarded, the cap applied. */
  award?: LotAward;
}

const money = (cents: number) => num(Math.round(cents) / 100, 'money');
const points = (p: number) => num(roundPoints(p), 'points');

/** The figure that ranks under the method, as the JSON gives it: euros, an index or points. */
function valueCell(r: ScoreResult, value: number | null): XCell {
  if (value === null) return null;
  if (valueInCents(r.method)) return money(value);
  return num(roundPoints(value), r.method === 'utility_index' ? 'index' : 'points');
}

/** The workbook of one or more lots' results. */
export function scoreWorkbook(lots: readonly ScoreLot[], lang: Lang): Workbook {
  const t = translator(lang);
  const sheets: XSheet[] = [];
  for (const lot of lots) {
    const suffix = (sheet: string) =>
      lot.id === null ? sheet : t('sheets.xlsx.ofLot', { sheet, lot: lot.id });
    sheets.push(...lotSheets(lot, lang, suffix));
  }
  const first = lots[0]?.result;
  return { title: first?.title ?? t('score.report'), sheets };
}

/**
 * The workbook of a tender with lots: an overview of the award (the order,
 * the cap, per lot the bid awarded, the first place before the cap and the
 * bids passed over), then per lot its ranking (with who is awarded and who
 * is passed over), points, scores and inputs. `only` (--lot): that lot's
 * sheets; the overview still shows every lot, as the award depends on them.
 */
export function lotsWorkbook(result: LotsResult, lang: Lang, only?: string): Workbook {
  const t = translator(lang);
  const byId = (id: string) => result.lots.find((l) => l.id === id)!;
  const names = result.lotOrder.map((id) => byId(id).name);
  const overview: XSheet = {
    name: t('sheets.xlsx.lots'),
    lines: [
      result.title ?? t('score.report'),
      t('lots.order', { order: names.map((n, i) => `${i + 1}. ${n}`).join(', ') }),
      result.maxLotsPerBidder === null
        ? t('lots.noCap')
        : t('lots.cap', { count: result.maxLotsPerBidder }),
    ],
    tables: [
      {
        header: [
          t('sheets.xlsx.order'),
          t('sheets.xlsx.lotId'),
          t('sheets.xlsx.lotName'),
          t('sheets.xlsx.awardedTo'),
          t('sheets.xlsx.scoredWinner'),
          t('sheets.xlsx.passedOver'),
        ],
        rows: result.lotOrder.map((id) => {
          const lot = byId(id);
          const a = lot.award;
          return [
            num(lot.order, 'integer'),
            lot.id,
            lot.name,
            a.winner ??
              (a.tie
                ? t('lots.summaryTie', { vendors: listJoin(a.tied, t('score.and')) })
                : t('lots.summaryNone')),
            lot.result.winner ?? '',
            a.passedOver.map((p) => p.vendor).join('; '),
          ];
        }),
      },
      {
        header: [t('sheets.xlsx.setting'), t('sheets.xlsx.value')],
        rows: [
          [
            t('sheets.xlsx.maxLots'),
            result.maxLotsPerBidder === null
              ? t('sheets.xlsx.noCap')
              : num(result.maxLotsPerBidder, 'integer'),
          ],
        ],
      },
    ],
    widths: [12, 24, 36, 30, 30, 40],
  };
  const lots = result.lots
    .filter((lot) => only === undefined || lot.id === only)
    .map(
      (lot): ScoreLot => ({
        id: lot.id,
        name: lot.name,
        result: lot.result,
        view: lotView(result, lot, lang, cellText),
        award: lot.award,
      }),
    );
  const book = scoreWorkbook(lots, lang);
  return { title: result.title ?? t('score.report'), sheets: [overview, ...book.sheets] };
}

function lotSheets(lot: ScoreLot, lang: Lang, suffix: (sheet: string) => string): XSheet[] {
  const t = translator(lang);
  const r = lot.result;
  const view = lot.view ?? scoreView(r, lang, cellText);
  const award = lot.award;
  const withPoints = givesPoints(r.method);
  const pts = (p: number | null | undefined): XCell =>
    !withPoints || p === null || p === undefined ? null : points(p);
  const name = (c: { id: string; name: string }) => localizedName(c.id, c.name, lang);
  const valid = r.bids.filter((b) => !b.excluded);
  const yesNo = (v: boolean) => t(v ? 'sheets.xlsx.yes' : 'sheets.xlsx.no');

  const lotLine =
    lot.id === null
      ? []
      : [t('sheets.xlsx.lot', { lot: lot.name ? `${lot.id}: ${lot.name}` : lot.id })];
  const ranking: XSheet = {
    name: suffix(t('sheets.xlsx.ranking')),
    lines: [view.title, ...lotLine, view.verdict, ...view.afterVerdict, view.method],
    tables: [
      {
        header: [
          t('score.rank'),
          t('score.vendor'),
          t('score.price'),
          ...r.groups.map((g) => `${name(g)} (${formatPlain(g.weight, lang)})`),
          `${t('score.total')} (${formatPlain(r.maxPoints, lang)})`,
          `${t('sheets.xlsx.value')} (${valueHeaderOf(r, lang)})`,
          t('sheets.xlsx.priceToWin'),
          ...(award ? [t('sheets.xlsx.awarded'), t('sheets.xlsx.passedOver')] : []),
        ],
        rows: valid.map((b) => [
          num(b.rank!, 'integer'),
          b.vendor,
          money(b.price),
          ...r.groups.map((g) => pts(b.groups[g.id])),
          pts(b.total),
          valueCell(r, b.value),
          b.priceToWin === null ? null : money(b.priceToWin),
          ...(award
            ? [
                yesNo(award.winner === b.vendor),
                yesNo(award.passedOver.some((p) => p.vendor === b.vendor)),
              ]
            : []),
        ]),
      },
      ...(r.bids.some((b) => b.excluded)
        ? [
            {
              title: t('sheets.xlsx.excluded'),
              header: [t('score.vendor'), t('score.price'), t('sheets.xlsx.reasons')],
              rows: r.bids
                .filter((b) => b.excluded)
                .map((b): XCell[] => [
                  b.vendor,
                  money(b.price),
                  b.reasons.map((x) => reasonText(x, lang)).join('; '),
                ]),
            },
          ]
        : []),
    ],
    widths: [8, 30, 16, ...r.groups.map(() => 18), 14, 22, 16, ...(award ? [10, 12] : [])],
    freezeHeader: true,
  };

  const pointsSheet: XSheet = {
    name: suffix(t('sheets.xlsx.points')),
    lines: lotLine,
    tables: [
      {
        header: [
          t('score.rank'),
          t('score.vendor'),
          ...r.criteria.map((c) => `${name(c)} (${formatPlain(c.weight, lang)})`),
          t('score.total'),
        ],
        rows: valid.map((b) => [
          num(b.rank!, 'integer'),
          b.vendor,
          ...r.criteria.map((c) => pts(b.points[c.id])),
          pts(b.total),
        ]),
      },
    ],
    widths: [8, 30, ...r.criteria.map(() => 16), 12],
    freezeHeader: true,
  };

  // The evaluators' scores: as many columns as the largest panel.
  let panel = 1;
  for (const b of valid)
    for (const line of b.lines) panel = Math.max(panel, line.evaluators?.length ?? 1);
  const scoreRows: XCell[][] = [];
  for (const b of valid)
    b.lines.forEach((line, k) => {
      const c = r.criteria[k]!;
      if (c.price) return;
      const each = line.evaluators ?? (line.score === null ? [] : [line.score]);
      scoreRows.push([
        b.vendor,
        c.id,
        name(c),
        ...Array.from({ length: panel }, (_, i) =>
          each[i] === undefined ? null : num(each[i]!, 'plain'),
        ),
        line.consensus === null ? null : num(line.consensus, 'plain'),
        line.score === null ? null : num(roundPoints(line.score), 'plain'),
        pts(line.points),
        line.motivation ?? '',
      ]);
    });
  const scores: XSheet = {
    name: suffix(t('sheets.xlsx.scores')),
    lines: lotLine,
    tables: [
      {
        header: [
          t('score.vendor'),
          t('sheets.xlsx.criterionId'),
          t('score.criterion'),
          ...Array.from({ length: panel }, (_, i) => t('sheets.xlsx.evaluator', { n: i + 1 })),
          t('sheets.xlsx.consensus'),
          t('sheets.xlsx.counts'),
          t('score.points'),
          t('sheets.xlsx.motivation'),
        ],
        rows: scoreRows,
      },
    ],
    widths: [30, 18, 30, ...Array.from({ length: panel }, () => 13), 12, 14, 10, 60],
    freezeHeader: true,
  };

  const settings: XCell[][] = [
    [t('sheets.xlsx.maxPoints'), num(r.maxPoints, 'plain')],
    [
      t('sheets.xlsx.priceMethod'),
      t(r.priceMethod === 'bounds' ? 'sheets.xlsx.method.bounds' : 'sheets.xlsx.method.relative'),
    ],
  ];
  if (r.bounds)
    settings.push(
      [t('sheets.xlsx.best'), money(r.bounds.best)],
      [t('sheets.xlsx.worst'), money(r.bounds.worst)],
    );
  if (r.lowestPrice !== null) settings.push([t('sheets.xlsx.lowest'), money(r.lowestPrice)]);
  if (r.budget !== null) settings.push([t('sheets.xlsx.budget'), money(r.budget)]);
  const inputs: XSheet = {
    name: suffix(t('sheets.xlsx.inputs')),
    lines: lotLine,
    tables: [
      {
        title: t('sheets.xlsx.criteria'),
        header: [
          t('score.id'),
          t('score.criterion'),
          t('sheets.xlsx.group'),
          t('sheets.xlsx.weight'),
          t('sheets.xlsx.scale'),
          t('sheets.xlsx.priceCriterion'),
        ],
        rows: r.criteria.map((c) => [
          c.id,
          name(c),
          c.group ?? '',
          num(c.weight, 'plain'),
          c.price ? null : num(c.scale, 'plain'),
          yesNo(c.price),
        ]),
      },
      {
        title: t('sheets.xlsx.priceMethod'),
        header: [t('sheets.xlsx.setting'), t('sheets.xlsx.value')],
        rows: settings,
      },
      {
        title: t('sheets.xlsx.bids'),
        header: [t('score.vendor'), t('score.price'), t('sheets.xlsx.priceSource')],
        rows: [...r.bids]
          .sort((a, b) => a.index - b.index)
          .map((b) => [
            b.vendor,
            money(b.price),
            b.priceSource.kind === 'tco'
              ? t('score.tcoSource', { option: b.priceSource.option, file: b.priceSource.file })
              : '',
          ]),
      },
    ],
    widths: [30, 36, 18, 16, 14, 10],
  };
  return [ranking, pointsSheet, scores, inputs];
}
