/**
 * Rendering a score result and a criteria model. The report is built once
 * as a view (`scoreView`: plain data, numbers formatted and labels chosen in
 * the report's language, text from input escaped for the target); small
 * adapters turn it into plain text for a terminal and Markdown. JSON (the
 * contract) and CSV come from the result itself. Pure functions: data in,
 * text out.
 */
import { type Translate, translator } from '../i18n/index.js';
import {
  csv,
  CsvFixed,
  markdownTable,
  textTable,
  visibleWidth,
  type Column,
  type CsvCell,
  type CsvDialect,
  RFC_CSV,
} from '../lib/tables.js';
import {
  formatCents,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPlain,
  formatPoints,
  type Lang,
} from '../lib/i18n.js';
import { csvText, inlineSafe, listJoin, mdCell, mdText, wrap } from '../lib/text.js';
import {
  type Criterion,
  isGroup,
  localizedName,
  type CriteriaEntry,
  type CriteriaSet,
  type FlatCriterion,
  type ScaleLabelSpec,
  type ScaleSpec,
} from './criteria.js';
import type {
  AwardMethod,
  BidResult,
  ExclusionReason,
  PriceMethod,
  ScoreLine,
  ScoreResult,
} from './score.js';
import {
  givesPoints,
  lowerWins,
  usesPriceCriterion,
  usesWeights,
  valueInCents,
} from './methods.js';

/** How text from input is made safe for the output it goes to (identity for HTML, which escapes all). */
export type Escape = (text: string) => string;

const same: Escape = (s) => s;

/**
 * A name for Markdown: escaped, and without the spaces around it (a space
 * before a closing `**` would undo the bold around a name).
 */
export const mdName: Escape = (s) => mdText(s.trim());

// ---------------------------------------------------------------- numbers

const pts = formatPoints;
const num = formatPlain;
/** A mean score: at most two decimals (the explanation shows the evaluators' scores). */
const meanScore = (v: number, lang: Lang) => formatNumber(v, lang, 2, 0);

/**
 * Decimals for totals: two, or more when two bids that are not tied would
 * otherwise show the same total (a difference the reader must be able to see).
 */
export function totalDecimals(result: ScoreResult): number {
  const ranked = result.bids.filter((b) => b.total !== null);
  for (let d = 2; d < 10; d++) {
    let ok = true;
    for (let i = 1; i < ranked.length && ok; i++) {
      const a = ranked[i - 1]!;
      const b = ranked[i]!;
      if (a.rank !== b.rank && a.total!.toFixed(d) === b.total!.toFixed(d)) ok = false;
    }
    if (ok) return d;
  }
  return 10;
}

function criterionName(c: { id: string; name: string }, lang: Lang): string {
  return localizedName(c.id, c.name, lang);
}

/** Why a bid is excluded, in the report's language; the requirement (input) through `esc`. */
export function reasonText(r: ExclusionReason, lang: Lang, esc: Escape = same): string {
  const t = translator(lang);
  if (r.kind === 'knockout')
    return t(r.answer === false ? 'score.knockoutFalse' : 'score.knockoutMissing', {
      requirement: esc(r.requirement),
    });
  if (r.kind === 'minimum') return minimumText(r, lang, esc);
  if (r.kind === 'no_quality') return t('methods.noQuality');
  return t('score.overBudget', {
    price: formatMoney(r.price, lang),
    budget: formatMoney(r.budget, lang),
  });
}

/** A minimum not reached, in the report's language: "minimum niet gehaald: Functionele requirements 4 < 6". */
function minimumText(
  r: Extract<ExclusionReason, { kind: 'minimum' }>,
  lang: Lang,
  esc: Escape,
): string {
  const t = translator(lang);
  if (r.target === 'quality')
    return t('methods.minQuality', { value: pts(r.value, lang), min: num(r.min, lang) });
  const name = esc(localizedName(r.id, r.name, lang));
  if (r.target === 'group')
    return t('methods.minGroup', { name, value: pts(r.value, lang), min: num(r.min, lang) });
  const value = r.label !== null ? r.label : num(Math.round(r.value * 100) / 100, lang);
  const min = r.minLabel !== null ? r.minLabel : num(r.min, lang);
  return t('methods.minCriterion', { name, value: esc(value), min: esc(min) });
}

/** The same reason in plain English with amounts in units, for the JSON output (a stable contract). */
export function reasonJson(r: ExclusionReason): string {
  if (r.kind === 'knockout')
    return r.answer === false
      ? `knock-out not met: ${r.requirement}`
      : `knock-out not answered: ${r.requirement}`;
  if (r.kind === 'minimum') {
    const v = roundPoints(r.value);
    if (r.target === 'criterion')
      return r.minLabel !== null
        ? `minimum not met: criterion ${r.id}: ${r.label !== null ? `"${r.label}"` : v} < "${r.minLabel}"`
        : `minimum not met: criterion ${r.id}: ${v} < ${r.min}`;
    if (r.target === 'group') return `minimum not met: group ${r.id}: ${v} < ${r.min} points`;
    return `minimum not met: quality points ${v} < ${r.min}`;
  }
  if (r.kind === 'no_quality') return 'no quality points: the price per point is undefined';
  return `price ${(r.price / 100).toFixed(2)} is above the budget of ${(r.budget / 100).toFixed(2)}`;
}

/** The calculation of one line, e.g. "20 × (7 + 8 + 9) / 3 / 10" or "20 × 380.000,00 / 412.000,00". */
export function formulaText(
  result: ScoreResult,
  bid: BidResult,
  line: ScoreLine,
  c: FlatCriterion,
  lang: Lang,
  ascii = false,
): string {
  const times = ascii ? 'x' : '×';
  const minus = ascii ? '-' : '−';
  const money = (cents: number) => (ascii ? (cents / 100).toFixed(2) : formatCents(cents, lang));
  const n = (v: number) => (ascii ? String(v) : num(v, lang));
  const w = n(c.weight);
  if (c.price) {
    const t = translator(lang);
    if (result.priceMethod === 'bounds' && result.bounds) {
      const { best, worst } = result.bounds;
      if (bid.price <= best)
        return ascii
          ? `price <= best ${money(best)}: ${w}`
          : `${w} (${t('score.atBest', { best: money(best) })})`;
      if (bid.price >= worst)
        return ascii
          ? `price >= worst ${money(worst)}: 0`
          : `0 (${t('score.atWorst', { worst: money(worst) })})`;
      return `${w} ${times} (${money(worst)} ${minus} ${money(bid.price)}) / (${money(worst)} ${minus} ${money(best)})`;
    }
    return `${w} ${times} ${money(result.lowestPrice ?? bid.price)} / ${money(bid.price)}`;
  }
  const ev = line.evaluators;
  const score = ev ? `(${ev.map(n).join(' + ')}) / ${ev.length}` : n(line.score ?? 0);
  return `${w} ${times} ${score} / ${n(c.scale)}`;
}

/** fictitious_price: "200.000,00 × 60%", the criterion's value times the share its score earns. */
function shareFormula(line: ScoreLine, c: FlatCriterion, lang: Lang): string {
  const share = c.shares ? (line.score ?? 0) : (line.score ?? 0) / c.scale;
  return `${formatCents(c.value ?? 0, lang)} × ${formatPercent(share, lang, 2)}`;
}

function scoreCell(bid: BidResult, line: ScoreLine, c: FlatCriterion, lang: Lang): string {
  if (c.price) return formatMoney(bid.price, lang);
  if (line.label !== undefined && line.label !== null && !line.evaluators) return line.label;
  const mean = num(line.score ?? 0, lang);
  return line.evaluators
    ? `${mean} (${line.evaluators.map((v) => num(v, lang)).join(', ')})`
    : mean;
}

/** The verdict line: the winner, the tie, or no valid bid; vendor names through `esc`. */
export function verdictText(result: ScoreResult, lang: Lang, esc: Escape = same): string {
  const t = translator(lang);
  const d = totalDecimals(result);
  const first = result.bids.find((b) => b.rank === 1);
  if (!first) return t('score.none');
  if (result.tie && result.tieBreak && result.method === 'weighted') {
    const rule = result.tieBreak.decided;
    const name =
      rule.kind === 'highest'
        ? (result.criteria.find((c) => c.id === rule.id)?.name ??
          result.groups.find((g) => g.id === rule.id)?.name ??
          rule.id)
        : '';
    return t('score.tieBroken', {
      vendors: listJoin(result.tied.map(esc), t('score.and')),
      total: pts(first.total!, lang, d),
      winner: esc(result.tieBreak.winner),
      rule:
        rule.kind === 'highest'
          ? t('score.tieRuleHighest', { name: esc(name) })
          : rule.kind === 'lowest_price'
            ? t('score.tieRuleLowestPrice')
            : t('score.tieRuleLot', { date: rule.drawnOn, by: esc(rule.by) }),
    });
  }
  if (result.method !== 'weighted') {
    const value = valuePhrase(result, first.value!, lang, d);
    if (result.tie && result.tieBreak)
      return t('methods.tieBroken', {
        vendors: listJoin(result.tied.map(esc), t('score.and')),
        value,
        winner: esc(result.tieBreak.winner),
        rule: tieRuleText(result, lang, esc),
      });
    if (result.tie)
      return t('methods.tie', {
        vendors: listJoin(result.tied.map(esc), t('score.and')),
        value,
      });
    return t('methods.winner', { vendor: esc(result.winner!), value });
  }
  if (result.tie)
    return t('score.tie', {
      vendors: listJoin(result.tied.map(esc), t('score.and')),
      total: pts(first.total!, lang, d),
    });
  return t('score.winner', {
    vendor: esc(result.winner!),
    total: pts(first.total!, lang, d),
    max: num(result.maxPoints, lang),
  });
}

/** The tie-break rule that decided, in words. */
export function tieRuleText(result: ScoreResult, lang: Lang, esc: Escape): string {
  const t = translator(lang);
  const rule = result.tieBreak!.decided;
  if (rule.kind === 'highest') {
    const name =
      result.criteria.find((c) => c.id === rule.id)?.name ??
      result.groups.find((g) => g.id === rule.id)?.name ??
      rule.id;
    return t('score.tieRuleHighest', { name: esc(name) });
  }
  return rule.kind === 'lowest_price'
    ? t('score.tieRuleLowestPrice')
    : t('score.tieRuleLot', { date: rule.drawnOn, by: esc(rule.by) });
}

/** Places other than the first that are shared: [rank, vendors]. */
export function lowerTieGroups(result: ScoreResult): [number, string[]][] {
  const byRank = new Map<number, string[]>();
  for (const b of result.bids)
    if (b.rank !== null && b.rank > 1)
      byRank.set(b.rank, [...(byRank.get(b.rank) ?? []), b.vendor]);
  return [...byRank].filter(([, vs]) => vs.length > 1);
}

function methodText(result: ScoreResult, lang: Lang, t: Translate): string {
  if (result.method !== 'weighted') {
    const parts = [methodSentence(result, lang)];
    if (result.budget !== null)
      parts.push(t('score.budget', { price: formatMoney(result.budget, lang) }));
    if (result.qualityMin !== null)
      parts.push(t('methods.qualityMinNote', { min: num(result.qualityMin, lang) }));
    return parts.join('; ') + '.';
  }
  const parts = [
    result.priceMethod === 'bounds' && result.bounds
      ? t('score.bounds', {
          best: formatMoney(result.bounds.best, lang),
          worst: formatMoney(result.bounds.worst, lang),
        })
      : result.priceMethod === 'log'
        ? t('methods.log', { factor: num(result.priceFactor ?? 2, lang) })
        : t('score.relative'),
  ];
  if (result.qualityMin !== null)
    parts.push(t('methods.qualityMinNote', { min: num(result.qualityMin, lang) }));
  if (result.priceMethod !== 'bounds' && result.lowestPrice !== null)
    parts.push(t('score.lowest', { price: formatMoney(result.lowestPrice, lang) }));
  if (result.budget !== null)
    parts.push(t('score.budget', { price: formatMoney(result.budget, lang) }));
  return parts.join('; ') + '.';
}

/** The method and its formula in one sentence (methods other than weighted). */
function methodSentence(result: ScoreResult, lang: Lang): string {
  const t = translator(lang);
  switch (result.method) {
    case 'fictitious_price':
      return t('methods.sentence.fictitiousPrice');
    case 'price_per_point':
      return t('methods.sentence.pricePerPoint', { max: num(result.qualityMax, lang) });
    case 'utility_index':
      return t('methods.sentence.utilityIndex', {
        n: num(
          Math.round((result.qualityMax / (result.maxPoints - result.qualityMax)) * 1e4) / 1e4,
          lang,
        ),
      });
    case 'lowest_price':
      return t('methods.sentence.lowestPrice');
    case 'lowest_cost':
      return t('methods.sentence.lowestCost');
    default:
      return '';
  }
}

/** A method as it appears in message keys: fictitious_price -> fictitiousPrice. */
const methodKey = (m: AwardMethod) => m.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The award method's name, in the report's language. */
export function methodName(result: ScoreResult, lang: Lang): string {
  const t = translator(lang);
  return t(`methods.name.${methodKey(result.method)}` as 'methods.name.weighted');
}

/** A bid's value under the method, formatted: points, an index, or an amount. */
export function valueShown(result: ScoreResult, value: number, lang: Lang, d = 2): string {
  if (result.method === 'weighted') return pts(value, lang, d);
  if (result.method === 'utility_index') return formatNumber(value, lang, 4, 4);
  return formatMoney(value, lang);
}

/** "een fictieve inschrijfprijs van EUR 740.000,00": a bid's value in a sentence. */
export function valuePhrase(result: ScoreResult, value: number, lang: Lang, d = 2): string {
  const t = translator(lang);
  return t(`methods.phrase.${methodKey(result.method)}` as 'methods.phrase.fictitiousPrice', {
    value: valueShown(result, value, lang, d),
  });
}

/** The method's formula in one sentence, for the award report (methods other than weighted). */
export function methodSentenceOf(result: ScoreResult, lang: Lang): string {
  return methodSentence(result, lang);
}

/** The header of the method's value column, in the report's language. */
export function valueHeaderOf(result: ScoreResult, lang: Lang): string {
  return valueHeader(result, translator(lang)) ?? translator(lang)('score.total');
}

/**
 * A losing bid's position in its method's terms, for a letter: the price at
 * which it would have tied the winner, or that no price would have sufficed.
 */
export function positionText(result: ScoreResult, bid: BidResult, lang: Lang): string {
  const t = translator(lang);
  if (bid.rank === null || bid.rank === 1) return '';
  if (bid.priceToWin === null) return t('methods.award.noPrice');
  return t(
    result.method === 'lowest_cost' ? 'methods.award.costToTie' : 'methods.award.priceToTie',
    {
      price: formatMoney(bid.priceToWin, lang),
    },
  );
}

/** The header of the column that shows the method's value; null for weighted (its total). */
function valueHeader(result: ScoreResult, t: Translate): string | null {
  if (result.method === 'weighted') return null;
  return t(`methods.column.${methodKey(result.method)}` as 'methods.column.fictitiousPrice');
}

/**
 * The price to win per valid bid, in a buyer's words: the winner stays first
 * up to a price; another bid would tie the first at a price (or no price
 * suffices).
 */
function priceToWinLines(
  result: ScoreResult,
  lang: Lang,
  esc: Escape,
): { vendor: string; text: string }[] {
  const t = translator(lang);
  const word = result.method === 'lowest_cost' ? 'cost' : 'price';
  return result.bids
    .filter((b) => !b.excluded)
    .map((b) => {
      const first = b.rank === 1;
      let text: string;
      if (b.priceToWin === null)
        text = first
          ? result.budget !== null
            ? t(`methods.toWin.${word}.anyBudget` as 'methods.toWin.price.anyBudget')
            : t(`methods.toWin.${word}.any` as 'methods.toWin.price.any')
          : t(`methods.toWin.${word}.none` as 'methods.toWin.price.none');
      else {
        const diff = b.priceToWin - b.price;
        const price = formatMoney(b.priceToWin, lang);
        text = first
          ? t(`methods.toWin.${word}.winner` as 'methods.toWin.price.winner', {
              price,
              diff: formatMoney(Math.abs(diff), lang),
            })
          : t(`methods.toWin.${word}.other` as 'methods.toWin.price.other', {
              price,
              diff: formatMoney(Math.abs(diff), lang),
            });
      }
      return { vendor: esc(b.vendor), text };
    });
}

/**
 * The method's formula with a bid's own numbers (methods other than
 * weighted), e.g. "1.000.000,00 − 260.000,00 = 740.000,00"; ASCII for JSON.
 */
export function methodFormulaText(
  result: ScoreResult,
  bid: BidResult,
  lang: Lang,
  ascii = false,
): string | null {
  if (bid.value === null) return null;
  const minus = ascii ? '-' : '−';
  const times = ascii ? 'x' : '×';
  const money = (c: number) => (ascii ? (c / 100).toFixed(2) : formatCents(c, lang));
  const n = (v: number, dec = 4) =>
    ascii ? String(Math.round(v * 10 ** dec) / 10 ** dec) : formatNumber(v, lang, dec);
  switch (result.method) {
    case 'weighted':
      return null;
    case 'fictitious_price':
      return `${money(bid.price)} ${minus} ${money(bid.earned ?? 0)} = ${money(bid.value)}`;
    case 'price_per_point':
      return `${money(bid.price)} / ${n(bid.quality ?? 0)} = ${money(bid.value)}`;
    case 'utility_index': {
      const wp = result.maxPoints - result.qualityMax;
      const q = (bid.quality ?? 0) / result.qualityMax;
      let best = -Infinity;
      for (const b of result.bids) if (b.quality !== null && b.quality > best) best = b.quality;
      const qb = best / result.qualityMax;
      const N = result.qualityMax / wp;
      return `((1 ${minus} (${n(qb)} ${minus} ${n(q)}) ${times} ${n(N)}) / ${money(bid.price)}) ${times} ${money(result.lowestPrice ?? bid.price)} = ${n(bid.value)}`;
    }
    case 'lowest_price':
    case 'lowest_cost':
      return money(bid.value);
  }
}

// ---------------------------------------------------------------- the view

/** One bid in the explanation: its heading, its price source, and a row per criterion. */
export interface ScoreViewBid {
  /** The bid's place in the tender file (a stable id). */
  index: number;
  vendor: string;
  /** The reasons of an excluded bid (then there are no rows). */
  excluded: string | null;
  /** "rang 1, 78,19 punten". */
  standing: string;
  /** Where the price came from (a `tco:` reference), or null. */
  source: string | null;
  price: string;
  rows: string[][];
  total: string;
  /** The method's formula with the bid's numbers (methods other than weighted); null otherwise. */
  formula: string | null;
}

/** One ranked bid: for the ranking as a list (a narrow terminal), the chart and the points matrix. */
export interface ScoreViewRanked {
  rank: string;
  /** The rank as a number (for captions such as "ranks 1 to 6"). */
  place: number;
  vendor: string;
  total: string;
  price: string;
  /** The figure that ranks under the method, formatted (the total for weighted). */
  value: string;
  /** The same figure to draw: points, the utility index, or euros (not cents); rounded to 6 decimals. */
  chartValue: number;
  /** "Technisch 32,67/40" per group. */
  groups: string[];
  /** Per top-level entry id: the points shown, and their value rounded to 6 decimals (to draw). */
  groupPoints: Record<string, { shown: string; value: number }>;
  /** Per criterion id: the points shown, and the score that counts (two decimals at most), if any. */
  points: Record<string, { shown: string; score: string | null }>;
}

/** A top-level entry: a group of criteria, or a criterion on its own. */
export interface ScoreViewGroup {
  /** The entry's id: a key (for data attributes and colours), never shown. */
  id: string;
  name: string;
  /** "Technisch (40)": the name with the most points it can give. */
  label: string;
  /** The most points it can give. */
  weight: string;
  /** True for a group of criteria, false for a criterion on its own. */
  group: boolean;
  criteria: { id: string; name: string; weight: string; price: boolean }[];
}

/** An excluded bid with its price and every reason. */
export interface ScoreViewExcluded {
  vendor: string;
  price: string;
  /** The reasons joined in one line. */
  reasons: string;
  reasonList: string[];
}

/** One criterion scored by several evaluators. */
export interface ScoreViewPanel {
  vendor: string;
  criterion: string;
  /** The criterion's id: a key, never shown. */
  criterionId: string;
  evaluators: string[];
  mean: string;
  spread: string;
  limit: string;
  /** Wider than a third of the scale: to be discussed. */
  wide: boolean;
}

/**
 * The score report as plain data in one language: every label chosen,
 * every number formatted, every piece of input text passed through the
 * escape function of the output it is meant for.
 */
export interface ScoreView {
  lang: Lang;
  title: string;
  /** The maximum and the price method in one sentence. */
  method: string;
  ranking: { columns: Column[]; rows: string[][] };
  ranked: ScoreViewRanked[];
  pointsWord: string;
  excludedTitle: string;
  excluded: ScoreViewExcluded[];
  spreadTitle: string;
  spreads: string[];
  verdict: string;
  hasWinner: boolean;
  /** A winner, a tie for the first place, or no valid bid. */
  outcome: 'winner' | 'tie' | 'none';
  /** True when the tender names its own title (else `title` is the report's name). */
  titled: boolean;
  maxPoints: string;
  /** The maximum as a number (the scale of a chart). */
  rawMaxPoints: number;
  /** The price formula in words. */
  priceFormula: string;
  /** The lowest valid price and the vendor that offered it. */
  lowest: { price: string; vendor: string | null } | null;
  budget: string | null;
  knockouts: string[];
  counts: { valid: number; excluded: number };
  groups: ScoreViewGroup[];
  /** Every criterion that several evaluators scored, per bid. */
  panel: ScoreViewPanel[];
  /** How many of those spreads are wider than a third of the scale. */
  wideSpreads: number;
  /** Lines that follow the verdict: ties on lower places; with lots, the bids passed over first. */
  afterVerdict: string[];
  explainTitle: string;
  explainColumns: Column[];
  excludedWord: string;
  priceWord: string;
  totalWord: string;
  explained: ScoreViewBid[];
  rounding: string;
  /** The award method's name ("Gewogen factorenmethode", "Fictieve inschrijfprijs (gunnen op waarde)"). */
  awardMethod: string;
  /** The header of the method's value column; null for weighted (the total is its value). */
  valueHeader: string | null;
  /** The unit of the method's value: points (weighted), index (utility index) or euro. */
  valueUnit: 'points' | 'index' | 'euro';
  /** True when the lowest value ranks first. */
  lowerWins: boolean;
  /** The price to win per valid bid, in words, with its heading and a sentence that says what it means. */
  priceToWinTitle: string;
  priceToWinIntro: string;
  priceToWin: { vendor: string; text: string }[];
}

/** Builds the report's view; `esc` makes text from input safe for the output format. */
export function scoreView(result: ScoreResult, lang: Lang, esc: Escape = same): ScoreView {
  const t = translator(lang);
  const d = totalDecimals(result);
  const name = (c: { id: string; name: string }) => esc(criterionName(c, lang));
  const reasons = (b: BidResult) => b.reasons.map((r) => reasonText(r, lang, esc)).join('; ');
  const valid = result.bids.filter((b) => !b.excluded);
  const columns: Column[] = [
    { header: t('score.rank'), align: 'right' },
    { header: t('score.vendor') },
    { header: t('score.price'), align: 'right' },
    ...result.groups.map((g) => ({
      header: `${name(g)} (${num(g.weight, lang)})`,
      align: 'right' as const,
    })),
    { header: `${t('score.total')} (${num(result.maxPoints, lang)})`, align: 'right' },
  ];
  const weighted = result.method === 'weighted';
  const vh = valueHeader(result, t);
  const priceHeader = result.method === 'lowest_cost' ? t('methods.cost') : t('score.price');
  const middle: Column[] =
    result.method === 'fictitious_price'
      ? [{ header: t('methods.column.earned'), align: 'right' }]
      : result.method === 'price_per_point' || result.method === 'utility_index'
        ? [
            {
              header: `${t('methods.column.quality')} (${num(result.qualityMax, lang)})`,
              align: 'right',
            },
          ]
        : [];
  if (!weighted) {
    columns.length = 0;
    columns.push(
      { header: t('score.rank'), align: 'right' },
      { header: t('score.vendor') },
      { header: priceHeader, align: 'right' },
      ...middle,
    );
    if (result.method !== 'lowest_price' && result.method !== 'lowest_cost')
      columns.push({ header: vh!, align: 'right' });
  }
  const rows = valid.map((b) =>
    weighted
      ? [
          String(b.rank),
          esc(b.vendor),
          formatMoney(b.price, lang),
          ...result.groups.map((g) => pts(b.groups[g.id]!, lang)),
          pts(b.total!, lang, d),
        ]
      : [
          String(b.rank),
          esc(b.vendor),
          formatMoney(b.price, lang),
          ...(result.method === 'fictitious_price' ? [formatMoney(b.earned ?? 0, lang)] : []),
          ...(result.method === 'price_per_point' || result.method === 'utility_index'
            ? [pts(b.quality ?? 0, lang)]
            : []),
          ...(result.method !== 'lowest_price' && result.method !== 'lowest_cost'
            ? [valueShown(result, b.value!, lang, d)]
            : []),
        ],
  );
  const spreads = result.warnings.map((w) => {
    const c = result.criteria.find((x) => x.id === w.criterion)!;
    const text = t('score.spread', {
      scores: w.evaluators.map((v) => num(v, lang)).join(', '),
      spread: num(w.spread, lang),
      limit: pts(w.limit, lang),
    });
    return `${esc(w.vendor)}, ${name(c)}: ${text}`;
  });
  const explained = result.bids.map((b): ScoreViewBid => {
    const source =
      b.priceSource.kind === 'tco'
        ? t('score.tcoSource', {
            option: esc(b.priceSource.option),
            file: esc(b.priceSource.file),
          })
        : null;
    return {
      index: b.index,
      vendor: esc(b.vendor),
      excluded: b.excluded ? reasons(b) : null,
      standing: b.excluded
        ? ''
        : weighted
          ? t('score.rankOf', { rank: b.rank!, total: pts(b.total!, lang, d) })
          : t('methods.rankOf', { rank: b.rank!, value: valuePhrase(result, b.value!, lang, d) }),
      source,
      price: formatMoney(b.price, lang),
      rows: b.excluded
        ? []
        : b.lines
            .map((line, k) => {
              const c = result.criteria[k]!;
              if (!weighted && (c.price || line.score === null)) return null;
              if (result.method === 'fictitious_price')
                return [
                  name(c),
                  scoreCell(b, line, c, lang),
                  shareFormula(line, c, lang),
                  formatMoney(line.earned ?? 0, lang),
                ];
              if (result.method === 'lowest_price' || result.method === 'lowest_cost')
                return [name(c), scoreCell(b, line, c, lang), '', ''];
              return [
                name(c),
                scoreCell(b, line, c, lang),
                formulaText(result, b, line, c, lang),
                pts(line.points, lang),
              ];
            })
            .filter((r): r is string[] => r !== null),
      total: b.excluded
        ? ''
        : result.method === 'fictitious_price'
          ? formatMoney(b.earned ?? 0, lang)
          : result.method === 'lowest_price' || result.method === 'lowest_cost'
            ? ''
            : pts(weighted ? b.total! : (b.quality ?? 0), lang, d),
      formula: b.excluded ? null : methodFormulaText(result, b, lang),
    };
  });
  const panel: ScoreViewPanel[] = [];
  for (const b of result.bids)
    b.lines.forEach((line, k) => {
      if (!line.evaluators || line.spread === null) return;
      const c = result.criteria[k]!;
      const limit = c.scale / 3;
      panel.push({
        vendor: esc(b.vendor),
        criterion: name(c),
        criterionId: c.id,
        evaluators: line.evaluators.map((v) => num(v, lang)),
        mean: meanScore(line.score ?? 0, lang),
        spread: num(line.spread, lang),
        limit: pts(limit, lang),
        wide: line.spread > limit,
      });
    });
  const lowestBid = result.bids.find((b) => !b.excluded && b.price === result.lowestPrice);
  const excludedCount = result.bids.filter((b) => b.excluded).length;
  return {
    lang,
    title: esc(result.title ?? t('score.report')),
    titled: result.title !== null,
    outcome: result.winner ? 'winner' : valid.length ? 'tie' : 'none',
    maxPoints: num(result.maxPoints, lang),
    rawMaxPoints: result.maxPoints,
    priceFormula: !weighted
      ? methodSentence(result, lang)
      : result.priceMethod === 'bounds' && result.bounds
        ? t('score.html.bounds', {
            best: formatMoney(result.bounds.best, lang),
            worst: formatMoney(result.bounds.worst, lang),
          })
        : result.priceMethod === 'log'
          ? t('methods.log', { factor: num(result.priceFactor ?? 2, lang) })
          : t('score.html.relative'),
    lowest:
      result.lowestPrice === null
        ? null
        : {
            price: formatMoney(result.lowestPrice, lang),
            vendor: lowestBid ? esc(lowestBid.vendor) : null,
          },
    budget: result.budget === null ? null : formatMoney(result.budget, lang),
    knockouts: result.knockouts.map(esc),
    counts: { valid: result.bids.length - excludedCount, excluded: excludedCount },
    groups: result.groups.map((g) => ({
      id: g.id,
      name: name(g),
      label: `${name(g)} (${num(g.weight, lang)})`,
      weight: num(g.weight, lang),
      group: g.group,
      criteria: g.criteria.map((k) => {
        const c = result.criteria[k]!;
        return { id: c.id, name: name(c), weight: num(c.weight, lang), price: c.price };
      }),
    })),
    panel,
    wideSpreads: result.warnings.length,
    method: weighted
      ? `${t('score.max', { max: num(result.maxPoints, lang) })} ${methodText(result, lang, t)}`
      : methodText(result, lang, t),
    ranking: { columns, rows },
    ranked: valid.map((b) => ({
      rank: String(b.rank),
      place: b.rank!,
      vendor: esc(b.vendor),
      total: pts(b.total!, lang, d),
      price: formatMoney(b.price, lang),
      value: valueShown(result, b.value!, lang, d),
      chartValue: roundPoints(valueInCents(result.method) ? b.value! / 100 : b.value!),
      groups: result.groups.map(
        (g) => `${name(g)} ${pts(b.groups[g.id]!, lang)}/${num(g.weight, lang)}`,
      ),
      groupPoints: Object.fromEntries(
        result.groups.map((g) => [
          g.id,
          { shown: pts(b.groups[g.id]!, lang), value: roundPoints(b.groups[g.id]!) },
        ]),
      ),
      points: Object.fromEntries(
        result.criteria.map((c, k) => {
          const score = b.lines[k]?.score ?? null;
          return [
            c.id,
            {
              shown: pts(b.points[c.id]!, lang),
              score: score === null ? null : meanScore(score, lang),
            },
          ];
        }),
      ),
    })),
    pointsWord: t('score.points').toLowerCase(),
    excludedTitle: t('score.excluded'),
    excluded: result.bids
      .filter((b) => b.excluded)
      .map((b) => ({
        vendor: esc(b.vendor),
        price: formatMoney(b.price, lang),
        reasons: reasons(b),
        reasonList: b.reasons.map((r) => reasonText(r, lang, esc)),
      })),
    spreadTitle: t('score.spreadTitle'),
    spreads,
    verdict: verdictText(result, lang, esc),
    hasWinner: result.winner !== null,
    afterVerdict: lowerTieGroups(result).map(([rank, vs]) =>
      t('score.tieAt', { rank, vendors: listJoin(vs.map(esc), t('score.and')) }),
    ),
    explainTitle: t('score.explain'),
    explainColumns: [
      { header: t('score.criterion') },
      { header: t('score.score'), align: 'right' },
      { header: t('score.formula') },
      {
        header:
          result.method === 'fictitious_price'
            ? t('methods.column.earned')
            : result.method === 'lowest_price' || result.method === 'lowest_cost'
              ? ''
              : t('score.points'),
        align: 'right',
      },
    ],
    excludedWord: t('score.excludedShort'),
    priceWord: t('score.price'),
    totalWord:
      result.method === 'fictitious_price'
        ? t('methods.column.earned')
        : weighted || result.method === 'lowest_price' || result.method === 'lowest_cost'
          ? t('score.total')
          : t('methods.column.quality'),
    explained,
    rounding: t('score.rounding'),
    awardMethod: methodName(result, lang),
    valueHeader: vh,
    valueUnit: weighted ? 'points' : valueInCents(result.method) ? 'euro' : 'index',
    lowerWins: lowerWins(result.method),
    priceToWinTitle: t(
      result.method === 'lowest_cost' ? 'methods.toWin.titleCost' : 'methods.toWin.title',
    ),
    priceToWinIntro: t(
      result.method === 'lowest_cost' ? 'methods.toWin.introCost' : 'methods.toWin.intro',
    ),
    priceToWin: priceToWinLines(result, lang, esc),
  };
}

// ---------------------------------------------------------------- text

/** Styling hooks for the terminal (chalk functions, or identity). */
export interface TextStyle {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
}

const PLAIN: TextStyle = {
  bold: (s) => s,
  dim: (s) => s,
  red: (s) => s,
  yellow: (s) => s,
  green: (s) => s,
};

/** The ranking for a narrow terminal: one bid per paragraph, its group points on the next line. */
function rankingList(view: ScoreView, s: TextStyle, width: number): string {
  return view.ranked
    .map((b) => {
      const head = `${b.rank.padStart(2)}. ${s.bold(b.vendor)}: ${b.total} ${view.pointsWord}, ${b.price}`;
      const parts = b.groups.map((p, i) => (i < b.groups.length - 1 ? `${p};` : p));
      return `${head}\n${wrap(parts, width, '    ')}`;
    })
    .join('\n');
}

/**
 * The report for a terminal: ranking with group points, exclusions, warnings,
 * the verdict; with `explain`, every point. With `width` (the terminal's
 * columns), a ranking table wider than that becomes a list. Text from input
 * shows control characters as visible escapes.
 */
export function scoreText(
  result: ScoreResult,
  lang: Lang,
  options: { explain?: boolean; style?: TextStyle; width?: number } = {},
): string {
  return scoreViewText(scoreView(result, lang, inlineSafe), options);
}

/** The terminal adapter of a score view made with `inlineSafe`. */
export function scoreViewText(
  view: ScoreView,
  options: { explain?: boolean; style?: TextStyle; width?: number } = {},
): string {
  const s = options.style ?? PLAIN;
  const out: string[] = [];
  out.push(s.bold(view.title));
  // Prose wrapped to the terminal's width, when known.
  const fit = (text: string, indent = '') =>
    options.width !== undefined ? wrap(text, options.width, indent, '') : text;
  out.push(s.dim(fit(view.method)));
  out.push('');
  const { columns, rows } = view.ranking;
  if (rows.length) {
    const table = textTable(columns, rows).trimEnd();
    const wide =
      options.width !== undefined &&
      Math.max(...table.split('\n').map(visibleWidth)) > options.width;
    out.push(wide ? rankingList(view, s, options.width!) : table);
  }
  if (view.excluded.length) {
    out.push('', s.red(fit(`${view.excludedTitle}:`)));
    for (const b of view.excluded) out.push(`  ${fit(`${b.vendor}: ${b.reasons}`, '    ')}`);
  }
  if (view.spreads.length) {
    out.push('', s.yellow(fit(`${view.spreadTitle}:`)));
    for (const w of view.spreads) out.push(`  ${fit(w, '    ')}`);
  }
  out.push('');
  const verdict = fit(view.verdict);
  out.push(view.hasWinner ? s.green(s.bold(verdict)) : s.yellow(s.bold(verdict)));
  for (const t of view.afterVerdict) out.push(fit(t));
  if (view.priceToWin.length) {
    out.push('', s.bold(fit(`${view.priceToWinTitle}:`)), s.dim(fit(view.priceToWinIntro)));
    for (const p of view.priceToWin) out.push(`  ${fit(`${p.vendor}: ${p.text}`, '    ')}`);
  }
  if (options.explain) {
    out.push('', s.bold(view.explainTitle));
    for (const b of view.explained) {
      out.push('');
      if (b.excluded !== null) {
        out.push(`${s.bold(b.vendor)}: ${view.excludedWord}: ${b.excluded}`);
        continue;
      }
      out.push(`${s.bold(b.vendor)} (${b.standing})`);
      if (b.source) out.push(`  ${view.priceWord} ${b.price}: ${b.source}`);
      if (b.rows.length)
        out.push(
          textTable(view.explainColumns, b.rows, {
            indent: '  ',
            footer: [view.totalWord, '', '', b.total],
          }).trimEnd(),
        );
      if (b.formula) out.push(`  ${view.valueHeader}: ${b.formula}`);
    }
    out.push('', s.dim(view.rounding));
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- Markdown

/**
 * The report as Markdown, fit for a pull-request comment or an evaluation
 * report. Text from input is escaped: no element, link, image or table
 * break can come from it.
 */
export function scoreMarkdown(
  result: ScoreResult,
  lang: Lang,
  options: { explain?: boolean } = {},
): string {
  return scoreViewMarkdown(scoreView(result, lang, mdName), options);
}

/** The Markdown adapter of a score view made with `mdText`. */
export function scoreViewMarkdown(view: ScoreView, options: { explain?: boolean } = {}): string {
  const table = (columns: Column[], rows: string[][]) =>
    markdownTable(
      columns,
      rows,
      (s) => s,
      (s) => s,
    ).trimEnd();
  const out: string[] = [];
  out.push(`# ${view.title}`, '');
  out.push(`**${view.verdict}**`);
  for (const t of view.afterVerdict) out.push('', t);
  out.push('', view.method, '');
  if (view.ranking.rows.length) out.push(table(view.ranking.columns, view.ranking.rows), '');
  if (view.excluded.length) {
    out.push(`## ${view.excludedTitle}`, '');
    for (const b of view.excluded) out.push(`- **${b.vendor}**: ${b.reasons}`);
    out.push('');
  }
  if (view.spreads.length) {
    out.push(`## ${view.spreadTitle}`, '');
    for (const w of view.spreads) out.push(`- ${w}`);
    out.push('');
  }
  if (view.priceToWin.length) {
    out.push(`## ${view.priceToWinTitle}`, '', view.priceToWinIntro, '');
    for (const p of view.priceToWin) out.push(`- **${p.vendor}**: ${p.text}`);
    out.push('');
  }
  if (options.explain) {
    out.push(`## ${view.explainTitle}`, '');
    for (const b of view.explained) {
      if (b.excluded !== null) {
        out.push(`### ${b.vendor}`, '', `${view.excludedWord}: ${b.excluded}`, '');
        continue;
      }
      out.push(`### ${b.vendor} (${b.standing})`, '');
      if (b.source) out.push(`${view.priceWord} ${b.price}: ${b.source}`, '');
      if (b.rows.length)
        out.push(
          table(view.explainColumns, [
            ...b.rows,
            [`**${view.totalWord}**`, '', '', `**${b.total}**`],
          ]),
          '',
        );
      if (b.formula) out.push(`${view.valueHeader}: ${b.formula}`, '');
    }
    out.push(`_${view.rounding}_`, '');
  }
  return out.join('\n').trimEnd() + '\n';
}

// ---------------------------------------------------------------- JSON and CSV

/** Points and mean scores in the JSON and CSV output: rounded to 6 decimals (ranks and ties use the exact values). */
export function roundPoints(value: number): number {
  const r = Math.round(value * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}

export interface ScoreJsonBid {
  vendor: string;
  rank: number | null;
  total: number | null;
  excluded: boolean;
  reasons: string[];
  /** Price in currency units (euros), to the cent. */
  price: number;
  price_source: { tco: { file: string; option: string } } | null;
  points: Record<string, number>;
  groups: Record<string, number>;
  /** The score that counts per scored criterion (the evaluators' mean). */
  scores: Record<string, number>;
  /** The evaluators' scores per criterion that has several. */
  evaluators: Record<string, number[]>;
  /** The panel's consensus score per criterion that has one (it counts instead of the mean). */
  consensus: Record<string, number>;
  /** The motivation per criterion that has one. */
  motivations: Record<string, string>;
  /** The figure that ranks under `method`: points, utility index, or euros (fictitious price, price per point, price, cost); null when excluded. */
  value: number | null;
  /** The price in euros at which this bid would tie the bid ranked first (the winner: the runner-up), the whole tender rescored; null where no price suffices, where the winner wins at any price, or above the budget. */
  price_to_win: number | null;
  explanation?: { criterion: string; score: number | null; formula: string; points: number }[];
  /** With explain, for methods other than weighted: the method's formula with the bid's numbers (ASCII). */
  method_formula?: string;
}

export interface ScoreJson {
  title: string | null;
  /** The award method (weighted, fictitious_price, price_per_point, utility_index, lowest_price, lowest_cost). */
  method: AwardMethod;
  max_points: number;
  price_method: PriceMethod;
  winner: string | null;
  tie: boolean;
  tied: string[];
  /** How a tie for the first place was broken; null when no rule was needed or none decided. */
  tie_break: { rule: string; detail: string } | null;
  lowest_price: number | null;
  budget: number | null;
  bounds: { best: number; worst: number } | null;
  criteria: {
    id: string;
    name: string;
    group: string | null;
    weight: number;
    scale: number;
    price: boolean;
  }[];
  groups: { id: string; name: string; weight: number; criteria: string[] }[];
  bids: ScoreJsonBid[];
  warnings: { vendor: string; criterion: string; evaluators: number[]; spread: number }[];
}

/** A bid's value for JSON: euros to the cent for the methods in euros, points and the index to 6 decimals. */
function jsonValue(result: ScoreResult, value: number | null): number | null {
  if (value === null) return null;
  if (valueInCents(result.method)) return Math.round(value) / 100;
  return roundPoints(value);
}

/**
 * The JSON contract of `inkoop score --format json`: stable keys, money in
 * units to the cent, points rounded to 6 decimals; `explain` adds each bid's
 * `explanation` (formulas in plain ASCII).
 */
export function scoreJson(result: ScoreResult, options: { explain?: boolean } = {}): ScoreJson {
  const units = (c: number) => Math.round(c) / 100;
  return {
    title: result.title,
    method: result.method,
    max_points: result.maxPoints,
    price_method: result.priceMethod,
    winner: result.winner,
    tie: result.tie,
    tied: result.tied,
    tie_break: result.tieBreak
      ? { rule: result.tieBreak.rule, detail: result.tieBreak.detail }
      : null,
    lowest_price: result.lowestPrice === null ? null : units(result.lowestPrice),
    budget: result.budget === null ? null : units(result.budget),
    bounds: result.bounds
      ? { best: units(result.bounds.best), worst: units(result.bounds.worst) }
      : null,
    criteria: result.criteria.map((c) => ({
      id: c.id,
      name: c.name,
      group: c.group,
      weight: c.weight,
      scale: c.scale,
      price: c.price,
    })),
    groups: result.groups
      .filter((g) => g.group)
      .map((g) => ({
        id: g.id,
        name: g.name,
        weight: g.weight,
        criteria: g.criteria.map((k) => result.criteria[k]!.id),
      })),
    bids: result.bids.map((b) => {
      const scores: Record<string, number> = {};
      const evaluators: Record<string, number[]> = {};
      const consensus: Record<string, number> = {};
      const motivations: Record<string, string> = {};
      b.lines.forEach((line) => {
        if (line.score !== null) scores[line.criterion] = roundPoints(line.score);
        if (line.evaluators) evaluators[line.criterion] = [...line.evaluators];
        if (line.consensus !== null) consensus[line.criterion] = line.consensus;
        if (line.motivation !== null) motivations[line.criterion] = line.motivation;
      });
      const bid: ScoreJsonBid = {
        vendor: b.vendor,
        rank: b.rank,
        total: b.total === null ? null : roundPoints(b.total),
        excluded: b.excluded,
        reasons: b.reasons.map(reasonJson),
        price: units(b.price),
        price_source:
          b.priceSource.kind === 'tco'
            ? { tco: { file: b.priceSource.file, option: b.priceSource.option } }
            : null,
        points: Object.fromEntries(Object.entries(b.points).map(([k, v]) => [k, roundPoints(v)])),
        groups: Object.fromEntries(Object.entries(b.groups).map(([k, v]) => [k, roundPoints(v)])),
        scores,
        evaluators,
        consensus,
        motivations,
        value: jsonValue(result, b.value),
        price_to_win: b.priceToWin === null ? null : units(b.priceToWin),
      };
      if (options.explain) {
        const f = methodFormulaText(result, b, 'en', true);
        if (f !== null) bid.method_formula = f;
        bid.explanation = b.lines.map((line, k) => ({
          criterion: line.criterion,
          score: line.score === null ? null : roundPoints(line.score),
          formula: formulaText(result, b, line, result.criteria[k]!, 'en', true),
          points: roundPoints(line.points),
        }));
      }
      return bid;
    }),
    warnings: result.warnings.map((w) => ({
      vendor: w.vendor,
      criterion: w.criterion,
      evaluators: [...w.evaluators],
      spread: w.spread,
    })),
  };
}

/**
 * One row per bid, headers in the report's language: vendor, rank, total,
 * excluded, reasons, price, then points per criterion and per group. Numbers
 * are numbers in the dialect (default: English, RFC 4180) (a decimal comma for Dutch Excel); text cells
 * that a spreadsheet could run are neutralised.
 */
export function scoreCsv(
  result: ScoreResult,
  options: { lang?: Lang; dialect?: CsvDialect } = {},
): string {
  const lang = options.lang ?? 'en';
  const dialect = options.dialect ?? RFC_CSV;
  const t = translator(lang);
  const groups = result.groups.filter((g) => g.group);
  const header = [
    t('sheets.csv.vendor'),
    t('sheets.csv.rank'),
    t('sheets.csv.total'),
    t('sheets.csv.excluded'),
    t('sheets.csv.reasons'),
    t('sheets.csv.price'),
    ...result.criteria.map((c) => t('sheets.csv.points', { id: c.id })),
    ...groups.map((g) => t('sheets.csv.group', { id: g.id })),
    t('sheets.csv.value'),
    t('sheets.csv.priceToWin'),
  ];
  const { pointsCell, rankingCells } = csvCells(result.method);
  const rows = result.bids.map((b): CsvCell[] => [
    csvText(b.vendor),
    b.rank,
    pointsCell(b.total),
    t(b.excluded ? 'sheets.csv.yes' : 'sheets.csv.no'),
    csvText(b.reasons.map((r) => reasonText(r, lang)).join('; ')),
    new CsvFixed(b.price / 100, 2),
    ...result.criteria.map((c) => (b.excluded ? null : pointsCell(b.points[c.id]))),
    ...groups.map((g) => (b.excluded ? null : pointsCell(b.groups[g.id]))),
    ...rankingCells(b),
  ]);
  return csv([header.map(csvText), ...rows], dialect);
}

/**
 * The CSV cells that depend on the award method, for the tender's CSV and
 * the lots CSV: points (empty under a method without points, where a 0 would
 * read as a score), and the value that ranks and the price to win.
 */
export function csvCells(method: AwardMethod): {
  pointsCell: (v: number | null | undefined) => CsvCell;
  rankingCells: (b: Pick<BidResult, 'value' | 'priceToWin'>) => CsvCell[];
} {
  const points = givesPoints(method);
  const cents = valueInCents(method);
  return {
    pointsCell: (v) => (!points || v === null || v === undefined ? null : roundPoints(v)),
    rankingCells: (b) => [
      b.value === null
        ? null
        : cents
          ? new CsvFixed(Math.round(b.value) / 100, 2)
          : roundPoints(b.value),
      b.priceToWin === null ? null : new CsvFixed(Math.round(b.priceToWin) / 100, 2),
    ],
  };
}

// ---------------------------------------------------------------- criteria

interface CriteriaRow {
  name: string;
  id: string;
  weight: number;
  price: boolean;
  group: boolean;
  child: boolean;
}

function criteriaRows(
  entries: readonly CriteriaEntry[],
  lang: Lang,
): { rows: CriteriaRow[]; total: number } {
  const rows: CriteriaRow[] = [];
  let total = 0;
  for (const e of entries) {
    if (isGroup(e)) {
      let sum = 0;
      for (const c of e.criteria) sum += c.weight;
      rows.push({
        name: criterionName(e, lang),
        id: e.id,
        weight: sum,
        price: false,
        group: true,
        child: false,
      });
      for (const c of e.criteria)
        rows.push({
          name: criterionName(c, lang),
          id: c.id,
          weight: c.weight,
          price: c.price === true,
          group: false,
          child: true,
        });
      total += sum;
    } else {
      rows.push({
        name: criterionName(e, lang),
        id: e.id,
        weight: e.weight,
        price: e.price === true,
        group: false,
        child: false,
      });
      total += e.weight;
    }
  }
  return { rows, total };
}

function share(weight: number, total: number, lang: Lang): string {
  return total > 0 ? formatPercent(weight / total, lang, 1) : '-';
}

function criteriaColumns(t: Translate): Column[] {
  return [
    { header: t('score.criterion') },
    { header: t('score.id') },
    { header: t('score.weight'), align: 'right' },
    { header: t('score.share'), align: 'right' },
  ];
}

/** The weighted criteria as a Markdown table (groups in bold, their criteria below them), with the total. Used by `inkoop scaffold --criteria`. */
export function criteriaMarkdown(criteria: readonly CriteriaEntry[], lang: Lang): string {
  const t = translator(lang);
  const { rows, total } = criteriaRows(criteria, lang);
  const bold = (s: string, on: boolean) => (on ? `**${s}**` : s);
  const cells = rows.map((r) => [
    bold(`${mdName(r.name)}${r.price ? ` (${t('score.priceMark')})` : ''}`, r.group),
    mdCode(r.id),
    bold(num(r.weight, lang), r.group),
    bold(share(r.weight, total, lang), r.group),
  ]);
  cells.push([
    `**${t('score.total')}**`,
    '',
    `**${num(total, lang)}**`,
    `**${share(total, total, lang)}**`,
  ]);
  // The cells are Markdown already: build the table without escaping them again.
  return markdownTable(
    criteriaColumns(t),
    cells,
    (s) => s,
    (s) => s,
  );
}

/** Criteria sets as Markdown: one table, or with lots a `### Perceel: <name>` heading and table per lot. */
export function criteriaSetsMarkdown(sets: readonly CriteriaSet[], lang: Lang): string {
  const t = translator(lang);
  return sets
    .map((s) =>
      s.lot
        ? `### ${t('lots.heading', { name: mdText(s.lot.name) })}\n\n${criteriaMarkdown(s.criteria, lang)}`
        : criteriaMarkdown(s.criteria, lang),
    )
    .join('\n');
}

/** The weighted criteria as a terminal table, children indented under their group. */
export function criteriaText(
  criteria: readonly CriteriaEntry[],
  lang: Lang,
  title?: string,
): string {
  const t = translator(lang);
  const { rows, total } = criteriaRows(criteria, lang);
  const cells = rows.map((r) => [
    `${r.child ? '  ' : ''}${inlineSafe(r.name)}${r.price ? ` (${t('score.priceMark')})` : ''}`,
    inlineSafe(r.id),
    num(r.weight, lang),
    share(r.weight, total, lang),
  ]);
  const footer = [t('score.total'), '', num(total, lang), share(total, total, lang)];
  const heading = title === undefined ? t('score.criteriaTitle') : inlineSafe(title);
  return `${heading}\n\n${textTable(criteriaColumns(t), cells, { footer })}`;
}

/** The criteria as JSON-ready data: entries with their weights, and the maximum. */
export function criteriaJson(
  criteria: readonly CriteriaEntry[],
  lang: Lang,
): { max_points: number; criteria: unknown[] } {
  const { total } = criteriaRows(criteria, lang);
  const one = (c: {
    id: string;
    name: string;
    weight: number;
    scale?: ScaleSpec;
    price?: boolean;
  }) => ({
    id: c.id,
    name: criterionName(c, lang),
    weight: c.weight,
    ...(c.scale !== undefined ? { scale: c.scale } : {}),
    price: c.price === true,
  });
  return {
    max_points: total,
    criteria: criteria.map((e) => {
      if (!isGroup(e)) return one(e);
      let weight = 0;
      for (const c of e.criteria) weight += c.weight;
      return { id: e.id, name: criterionName(e, lang), weight, criteria: e.criteria.map(one) };
    }),
  };
}

/** An id as inline code; an id with a backtick or a line break is shown as escaped text. */
function mdCode(id: string): string {
  return id !== '' && !/[`|]|^\s|\s$/.test(id) && inlineSafe(id) === id ? `\`${id}\`` : mdCell(id);
}

/** A scale in YAML flow style: a number, or [{ label, points }] / [{ label, share }]. */
export function yamlScale(spec: ScaleSpec): string {
  if (typeof spec === 'number') return String(spec);
  const one = (l: ScaleLabelSpec) =>
    `{ label: ${typeof l.label === 'number' ? String(l.label) : yamlString(l.label)}, ${l.share !== undefined ? `share: ${l.share}` : `points: ${l.points ?? 0}`} }`;
  return `[${spec.map(one).join(', ')}]`;
}

/** A YAML scalar: plain when that reads back as the same string, else double-quoted. */
function yamlString(s: string): string {
  const plain =
    /^[\p{L}\p{N}][\p{L}\p{N} ._()/'-]*$/u.test(s) &&
    !/ $/.test(s) &&
    !/^(true|false|yes|no|on|off|null|~|[-+]?[\d.]+(e[-+]?\d+)?)$/i.test(s);
  return plain ? s : JSON.stringify(s);
}

/**
 * A starting tender file with these criteria and one example bid (every
 * score 0): valid input for `inkoop score` as it is.
 */
export function criteriaYaml(
  criteria: readonly CriteriaEntry[],
  lang: Lang,
  options: { title?: string; scale?: ScaleSpec; method?: AwardMethod } = {},
): string {
  const t = translator(lang);
  const method = options.method;
  const points = method === undefined || usesWeights(method);
  // The criteria the method scores: no price criterion where the method takes the price itself;
  // none at all for lowest price and lowest cost (the price, or the cost, alone decides).
  const keep = (c: Criterion) => method === undefined || usesPriceCriterion(method) || !c.price;
  const entries: CriteriaEntry[] =
    method === 'lowest_price' || method === 'lowest_cost'
      ? []
      : criteria
          .map((e) =>
            isGroup(e) ? { ...e, criteria: e.criteria.filter(keep) } : keep(e) ? e : null,
          )
          .filter((e): e is CriteriaEntry => e !== null && (!isGroup(e) || e.criteria.length > 0));
  const scale: ScaleSpec =
    method === 'fictitious_price' && options.scale === undefined
      ? RWS_SCALE
      : (options.scale ?? 10);
  const out: string[] = [
    t('score.yaml.head'),
    `title: ${yamlString(options.title ?? t('score.yaml.title'))}`,
  ];
  if (method !== undefined)
    out.push(
      `method: ${method}          # ${t(`methods.yaml.${methodKey(method)}` as 'methods.yaml.weighted')}`,
    );
  out.push(
    typeof scale === 'number'
      ? `scale: ${scale}             # ${t('score.yaml.scale')}`
      : `scale: ${yamlScale(scale)}`,
    '',
  );
  const scored: string[] = [];
  if (entries.length) {
    out.push(
      t(method === 'fictitious_price' ? 'methods.yaml.criteriaValue' : 'score.yaml.criteria'),
      'criteria:',
    );
    const crit = (c: Criterion, indent: string) => {
      const weight = points ? `, weight: ${c.weight}` : '';
      const value = method === 'fictitious_price' && !c.price ? ', value: 10000' : '';
      const extra = `${c.scale !== undefined ? `, scale: ${yamlScale(c.scale)}` : ''}${c.price ? ', price: true' : ''}`;
      out.push(
        `${indent}- { id: ${yamlString(c.id)}, name: ${yamlString(criterionName(c, lang))}${weight}${value}${extra} }`,
      );
      if (!c.price) scored.push(c.id);
    };
    for (const e of entries) {
      if (isGroup(e)) {
        out.push(
          `  - id: ${yamlString(e.id)}`,
          `    name: ${yamlString(criterionName(e, lang))}`,
          '    criteria:',
        );
        for (const c of e.criteria) crit(c, '      ');
      } else crit(e, '  ');
    }
  } else
    out.push(
      `# criteria:             # ${t('methods.yaml.onlyMinimums')}`,
      '#   - { id: plan, name: Plan, min: 6 }',
    );
  out.push('');
  if (method === undefined || method === 'weighted')
    out.push(t('score.yaml.price'), 'price:', '  method: relative');
  else out.push('# price:');
  const weightedPrice = method === undefined || method === 'weighted';
  out.push(
    weightedPrice
      ? `  ${t('score.yaml.budget')}`
      : `#   ${t('score.yaml.budget').replace(/^# /, '')}`,
    '',
    t('score.yaml.knockouts'),
    '',
    t('score.yaml.bids'),
    'bids:',
  );
  out.push(`  - vendor: ${yamlString(t('score.yaml.vendor'))}`);
  if (method === 'lowest_cost')
    out.push(`    # tco: { file: costs.yaml, option: A }   # ${t('methods.yaml.tcoNote')}`);
  out.push(`    price: 100000         # ${t('score.yaml.priceNote')}`);
  if (scored.length) {
    out.push('    scores:');
    for (const id of scored) out.push(`      ${yamlString(id)}: ~`);
  }
  return out.join('\n') + '\n';
}

/** Rijkswaterstaat's 0-3 scale with "NR" (not responsive) as a malus: the fictitious_price starter's scale. */
const RWS_SCALE: ScaleLabelSpec[] = [
  { label: 0, share: 0 },
  { label: 1, share: 0.25 },
  { label: 2, share: 0.6 },
  { label: 3, share: 1 },
  { label: 'NR', share: -0.5 },
];
