/**
 * Rendering a tender with lots: each lot's report as the single-tender
 * renderers make it (src/score/render.ts), with the lot's award put in: the
 * verdict names the bid awarded the lot after the cap, and every bid passed
 * over is said to be so, with the reason. JSON: `{ lots: [ { id, name,
 * winner, tie, bids: [...] } ], ... }`, each lot's entry the single-tender
 * JSON with `winner` the awarded bid and `passed_over` on every bid.
 */
import { type Translate, translator } from '../i18n/index.js';
import { formatPlain, formatPoints, type Lang } from '../lib/i18n.js';
import { type CsvCell, type CsvDialect, CsvFixed, csv } from '../lib/tables.js';
import { csvText, inlineSafe, listJoin } from '../lib/text.js';
import type { LotOutcome, LotsResult, PassedOver } from './lots.js';
import {
  csvCells,
  type Escape,
  mdName,
  reasonText,
  type ScoreJson,
  type ScoreJsonBid,
  type ScoreView,
  scoreJson,
  scoreView,
  scoreViewMarkdown,
  scoreViewText,
  type TextStyle,
  tieRuleText,
  totalDecimals,
  valuePhrase,
} from './render.js';

/** The stable English reason of a passed-over bid in JSON and CSV. */
export function passedOverJson(p: PassedOver): string {
  return `passed over: already won ${p.won.length} lot${p.won.length === 1 ? '' : 's'} (${p.won.join(', ')}), the maximum per bidder is ${p.max}`;
}

/** The lot's name for a reader: its name, with the id when the two differ. */
function lotName(lot: LotOutcome, esc: Escape): string {
  return esc(lot.name);
}

/** Names of the lots a bidder had won before, by their names. */
function wonNames(result: LotsResult, p: PassedOver, esc: Escape, t: Translate): string {
  const names = p.won.map((id) => esc(result.lots.find((l) => l.id === id)?.name ?? id));
  return listJoin(names, t('score.and'));
}

/** The sentence that says why a bid was passed over on a lot. */
export function passedOverText(
  result: LotsResult,
  lot: LotOutcome,
  p: PassedOver,
  lang: Lang,
  esc: Escape,
): string {
  const t = translator(lang);
  const bid = lot.result.bids.find((b) => b.vendor === p.vendor);
  return t('lots.passedOver', {
    vendor: esc(p.vendor),
    rank: bid?.rank ?? '',
    count: p.max,
    won: wonNames(result, p, esc, t),
  });
}

/** The verdict of a lot: the core's when nothing was passed over, else the award after the cap. */
function lotVerdict(lot: LotOutcome, lang: Lang, esc: Escape, view: ScoreView): string {
  const a = lot.award;
  if (a.passedOver.length === 0) return view.verdict;
  const t = translator(lang);
  const r = lot.result;
  const d = totalDecimals(r);
  if (a.winner !== null) {
    const bid = r.bids.find((b) => b.vendor === a.winner)!;
    // In the method's terms: points for weighted, else the value that ranks.
    const awarded =
      r.method === 'weighted'
        ? t('lots.awardedAfterCap', {
            vendor: esc(a.winner),
            rank: bid.rank!,
            total: formatPoints(bid.total!, lang, d),
            max: formatPlain(r.maxPoints, lang),
          })
        : t('lots.awardedAfterCapValue', {
            vendor: esc(a.winner),
            rank: bid.rank!,
            value: valuePhrase(r, bid.value!, lang, d),
          });
    if (!a.tie || a.tieBreak === null) return awarded;
    // The bids left shared the best place and the lot's tie-break rule chose.
    return `${awarded} ${t('lots.tieBrokenAfterCap', {
      vendors: listJoin(a.tied.map(esc), t('score.and')),
      rule: tieRuleText({ ...r, tieBreak: a.tieBreak }, lang, esc),
      winner: esc(a.winner),
    })}`;
  }
  if (a.tie) return t('lots.tieAfterCap', { vendors: listJoin(a.tied.map(esc), t('score.and')) });
  return t('lots.noneAfterCap');
}

/** A lot's report view: the single-tender view with the lot's title, award and passed-over bids. */
export function lotView(result: LotsResult, lot: LotOutcome, lang: Lang, esc: Escape): ScoreView {
  const t = translator(lang);
  const view = scoreView(lot.result, lang, esc);
  const passed = lot.award.passedOver.map((p) => passedOverText(result, lot, p, lang, esc));
  const marked = new Set(lot.award.passedOver.map((p) => esc(p.vendor)));
  const vendorColumn = view.ranking.columns.findIndex((c) => c.header === t('score.vendor'));
  return {
    ...view,
    title: t('lots.heading', { name: lotName(lot, esc) }),
    verdict: lotVerdict(lot, lang, esc, view),
    hasWinner: lot.award.winner !== null,
    outcome: lot.award.winner !== null ? 'winner' : lot.award.tie ? 'tie' : 'none',
    afterVerdict: [...passed, ...view.afterVerdict],
    ranking: {
      columns: view.ranking.columns,
      rows: view.ranking.rows.map((row) =>
        vendorColumn >= 0 && marked.has(row[vendorColumn]!)
          ? row.map((cell, i) => (i === vendorColumn ? `${cell} ${t('lots.passedMark')}` : cell))
          : row,
      ),
    },
    ranked: view.ranked.map((b) =>
      marked.has(b.vendor) ? { ...b, vendor: `${b.vendor} ${t('lots.passedMark')}` } : b,
    ),
  };
}

/** The lots to show: all, or the one `--lot` names. */
function shown(result: LotsResult, only: string | undefined): LotOutcome[] {
  return only === undefined ? result.lots : result.lots.filter((l) => l.id === only);
}

/** The sentence on the order of award and the cap. */
function orderText(result: LotsResult, lang: Lang, esc: Escape): string {
  const t = translator(lang);
  const names = result.lotOrder.map((id) => esc(result.lots.find((l) => l.id === id)!.name));
  const order = t('lots.order', { order: names.map((n, i) => `${i + 1}. ${n}`).join(', ') });
  return result.maxLotsPerBidder === null
    ? `${order} ${t('lots.noCap')}`
    : `${order} ${t('lots.cap', { count: result.maxLotsPerBidder })}`;
}

/** One line per lot: the lot and who was awarded it. */
function summaryLines(result: LotsResult, lang: Lang, esc: Escape): string[] {
  const t = translator(lang);
  return result.lotOrder.map((id) => {
    const lot = result.lots.find((l) => l.id === id)!;
    const a = lot.award;
    const who =
      a.winner !== null
        ? esc(a.winner)
        : a.tie
          ? t('lots.summaryTie', { vendors: listJoin(a.tied.map(esc), t('score.and')) })
          : t('lots.summaryNone');
    const passed = a.passedOver.length
      ? ` ${t('lots.summaryPassed', {
          vendors: listJoin(
            a.passedOver.map((p) => esc(p.vendor)),
            t('score.and'),
          ),
        })}`
      : '';
    return `${lotName(lot, esc)}: ${who}${passed}`;
  });
}

export interface LotsRenderOptions {
  explain?: boolean;
  /** --lot: only this lot (its award as in the full run). */
  lot?: string;
  /** Per lot id, text to add after the lot's report (robustness). */
  after?: (lot: LotOutcome) => string;
}

/** The report for a terminal: the award per lot, then each lot's report. */
export function lotsText(
  result: LotsResult,
  lang: Lang,
  options: LotsRenderOptions & { style?: TextStyle; width?: number } = {},
): string {
  const t = translator(lang);
  const esc = inlineSafe;
  const out: string[] = [];
  const bold = options.style?.bold ?? ((s: string) => s);
  out.push(bold(esc(result.title ?? t('score.report'))));
  out.push(orderText(result, lang, esc));
  if (options.lot === undefined) {
    out.push('', bold(t('lots.summaryTitle')));
    for (const line of summaryLines(result, lang, esc)) out.push(`  ${line}`);
  }
  for (const lot of shown(result, options.lot)) {
    out.push('');
    out.push(
      scoreViewText(lotView(result, lot, lang, esc), {
        explain: options.explain,
        style: options.style,
        width: options.width,
      }).trimEnd(),
    );
    const extra = options.after?.(lot);
    if (extra) out.push('', extra.trimEnd());
  }
  return `${out.join('\n')}\n`;
}

/** The report as Markdown: the award per lot, then each lot's report one heading level down. */
export function lotsMarkdown(
  result: LotsResult,
  lang: Lang,
  options: LotsRenderOptions = {},
): string {
  const t = translator(lang);
  const out: string[] = [`# ${mdName(result.title ?? t('score.report'))}`, ''];
  out.push(orderText(result, lang, mdName), '');
  if (options.lot === undefined) {
    out.push(`## ${t('lots.summaryTitle')}`, '');
    for (const line of summaryLines(result, lang, mdName)) out.push(`- ${line}`);
    out.push('');
  }
  for (const lot of shown(result, options.lot)) {
    const md = scoreViewMarkdown(lotView(result, lot, lang, mdName), { explain: options.explain });
    // Each lot's report one level down: its title is a section of the whole.
    out.push(md.replace(/^(#+) /gm, '#$1 ').trimEnd(), '');
    const extra = options.after?.(lot);
    if (extra) out.push(extra.replace(/^(#+) /gm, '#$1 ').trimEnd(), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export interface LotJson extends Omit<ScoreJson, 'bids' | 'title'> {
  id: string;
  name: string;
  /** The lot's place in the award order, from 1. */
  order: number;
  /** The winner of the lot scored on its own, before the cap. */
  scored_winner: string | null;
  bids: (ScoreJsonBid & { passed_over: boolean })[];
  [key: string]: unknown;
}

export interface LotsJson {
  title: string | null;
  max_lots_per_bidder: number | null;
  lot_order: string[];
  /** Per lot id the vendor awarded it (null: not awarded). */
  winners: Record<string, string | null>;
  lots: LotJson[];
}

/** The JSON contract of a tender with lots. */
export function lotsJson(
  result: LotsResult,
  options: {
    explain?: boolean;
    lot?: string;
    /** More keys for a lot's entry (its gate, its robustness). */
    extra?: (lot: LotOutcome) => Record<string, unknown>;
  } = {},
): LotsJson {
  return {
    title: result.title,
    max_lots_per_bidder: result.maxLotsPerBidder,
    lot_order: result.lotOrder,
    winners: Object.fromEntries(
      result.lotOrder.map((id) => [id, result.lots.find((l) => l.id === id)!.award.winner]),
    ),
    lots: shown(result, options.lot).map((lot) => {
      const { title: _title, bids, ...rest } = scoreJson(lot.result, { explain: options.explain });
      const a = lot.award;
      const entry: LotJson = {
        id: lot.id,
        name: lot.name,
        order: lot.order,
        ...rest,
        winner: a.winner,
        tie: a.tie,
        tied: a.tied,
        tie_break: a.tieBreak ? { rule: a.tieBreak.rule, detail: a.tieBreak.detail } : null,
        scored_winner: lot.result.winner,
        bids: bids.map((b) => {
          const p = a.passedOver.find((x) => x.vendor === b.vendor);
          return p
            ? { ...b, passed_over: true, reasons: [...b.reasons, passedOverJson(p)] }
            : { ...b, passed_over: false };
        }),
      };
      return options.extra ? { ...entry, ...options.extra(lot) } : entry;
    }),
  };
}

/**
 * One row per bid per lot: lot, vendor, rank, total, excluded, passed over,
 * awarded, reasons, price, points per criterion; headers and reasons in the
 * run's language, in the CSV dialect of that language (see src/lib/tables.ts).
 */
export function lotsCsv(
  result: LotsResult,
  options: { lot?: string; lang?: Lang; dialect?: CsvDialect } = {},
): string {
  const lang = options.lang ?? 'en';
  const t = translator(lang);
  const lots = shown(result, options.lot);
  const criteria: string[] = [];
  for (const lot of lots)
    for (const c of lot.result.criteria) if (!criteria.includes(c.id)) criteria.push(c.id);
  const header = [
    t('lots.csv.lot'),
    t('sheets.csv.vendor'),
    t('sheets.csv.rank'),
    t('sheets.csv.total'),
    t('sheets.csv.excluded'),
    t('lots.csv.passedOver'),
    t('lots.csv.awarded'),
    t('sheets.csv.reasons'),
    t('sheets.csv.price'),
    ...criteria.map((c) => t('sheets.csv.points', { id: c })),
    t('sheets.csv.value'),
    t('sheets.csv.priceToWin'),
  ];
  const yes = (v: boolean) => t(v ? 'sheets.csv.yes' : 'sheets.csv.no');
  const rows: CsvCell[][] = [header.map(csvText)];
  for (const lot of lots) {
    // As in the single-lot CSV: a method without points leaves the points cells empty.
    const { pointsCell, rankingCells } = csvCells(lot.result.method);
    for (const b of lot.result.bids) {
      const p = lot.award.passedOver.find((x) => x.vendor === b.vendor);
      const reasons = [
        ...b.reasons.map((r) => reasonText(r, lang)),
        ...(p ? [passedOverText(result, lot, p, lang, (x) => x)] : []),
      ];
      rows.push([
        csvText(lot.id),
        csvText(b.vendor),
        b.rank,
        pointsCell(b.total),
        yes(b.excluded),
        yes(p !== undefined),
        yes(lot.award.winner === b.vendor),
        csvText(reasons.join('; ')),
        new CsvFixed(b.price / 100, 2),
        ...criteria.map((c) => (b.excluded ? null : pointsCell(b.points[c]))),
        ...rankingCells(b),
      ]);
    }
  }
  return csv(rows, options.dialect);
}
