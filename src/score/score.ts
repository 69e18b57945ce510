/**
 * Scoring bids under every award method (src/score/methods.ts): the
 * weighted factor method ("gewogen factorenmethode", the default),
 * fictitious price, price per quality point, utility index, lowest price and
 * lowest cost. Two steps, so that analyses can rescore cheaply:
 *
 *   resolveTender(document, { tcoPrices })  prices in cents, evaluators' scores
 *                                           per criterion, knock-out answers
 *   scoreResolved(resolved)                 exclusions, points, totals, ranks
 *
 * `rankResolved(resolved)` is the lean part of the second step (totals and
 * ranks only) for analyses that call it many times with other weights or
 * other bids. Everything here is pure: no files, no output.
 */
import { centsOf } from '../tco/decimal.js';
import { UserError } from '../lib/errors.js';
import { inlineSafe } from '../lib/text.js';
import { t as tr } from '../i18n/index.js';
import {
  flattenCriteria,
  maxPoints as sumWeights,
  type CriteriaEntry,
  type FlatCriterion,
  type FlatGroup,
} from './criteria.js';
import {
  DEFAULT_LOG_FACTOR,
  earnedCents,
  fieldOf,
  lowerWins,
  MAX_SEARCH_CENTS,
  methodTolerance,
  methodValue,
  priceFraction as rulePriceFraction,
  priceToWin as searchPriceToWin,
  usesPriceCriterion,
  usesWeights,
  type AwardMethod,
  type MethodBid,
  type MethodSetting,
  type PriceMethod,
  type PriceRule,
} from './methods.js';
import { scoreOf } from './criteria.js';
import { defaultCriteriaFor, type TenderDocument } from './schema.js';

export type { AwardMethod, PriceMethod } from './methods.js';

/** Totals closer than this fraction of the maximum are a tie. */
export const TIE_TOLERANCE = 1e-9;

/** Where a bid's price came from. */
export type PriceSource = { kind: 'price' } | { kind: 'tco'; file: string; option: string };

/** A bid ready to score: price in cents, evaluators' scores per criterion. */
export interface ResolvedBid {
  vendor: string;
  /** Position of the bid in the tender's bids (for messages that point into the file). */
  index: number;
  /** Price in integer cents, more than 0. */
  price: number;
  priceSource: PriceSource;
  /** Per criterion (in the order of `ResolvedTender.criteria`): the evaluators' scores, or null for a price criterion or a missing score. */
  evaluators: (readonly number[] | null)[];
  /** Per criterion: the panel's consensus score, which counts instead of the mean; null when none was given. Absent: none anywhere. */
  consensus?: (number | null)[];
  /** Per criterion: the motivation of the score; null when none was given. Absent: none anywhere. */
  motivations?: (string | null)[];
  /** The bid's answer per knock-out requirement of the tender; null when it gave none. */
  knockouts: Record<string, boolean | null>;
  /** Per criterion: the label that counts (a single score or the consensus) on a labelled scale; null otherwise. Absent: none anywhere. */
  labels?: (string | null)[];
}

export interface ResolvedTender {
  title: string | null;
  /** Criteria that earn points, flattened in file order. */
  criteria: FlatCriterion[];
  /** Top-level entries: groups, and criteria outside any group. */
  groups: FlatGroup[];
  priceMethod: PriceMethod;
  /** bounds: best and worst price in cents. */
  bounds: { best: number; worst: number } | null;
  /** Ceiling in cents; a bid priced above it is excluded. */
  budget: number | null;
  knockouts: string[];
  bids: ResolvedBid[];
  /** Rules for a tie for the first place, in order (empty: none). */
  tieBreak?: TieRule[];
  /** The award method; absent: weighted. */
  method?: AwardMethod;
  /** log price formula: the factor (absent: 2). */
  priceFactor?: number;
  /** The least quality points a bid needs (quality_min); absent or null: none. */
  qualityMin?: number | null;
  /** What the tender gives that its method does not use (for a note). */
  unused?: { weights: boolean; priceCriteria: string[] };
}

/** A rule that orders bids tied for the first place. */
export type TieRule =
  | { kind: 'highest'; id: string }
  | { kind: 'lowest_price' }
  | { kind: 'lot'; winner: string; drawnOn: string; by: string };

/** How a tie for the first place was broken. */
export interface TieBreak {
  /** "highest:<id>", "lowest:price" or "lot". */
  rule: string;
  /** The rule that decided. */
  decided: TieRule;
  /** The winner, and the other bids that were tied with it. */
  winner: string;
  others: string[];
  /** A stable English sentence saying how the rule decided. */
  detail: string;
}

export type ExclusionReason =
  | { kind: 'knockout'; requirement: string; answer: false | null }
  | { kind: 'budget'; price: number; budget: number }
  | {
      /** A minimum quality level not reached (min on a criterion or group, quality_min). */
      kind: 'minimum';
      target: 'criterion' | 'group' | 'quality';
      /** The criterion or group id; "" for quality_min. */
      id: string;
      name: string;
      /** The score (criterion) or points (group, quality) the bid has, and the minimum. */
      value: number;
      min: number;
      /** On a labelled scale: the bid's label (when one label counts) and the minimum's label. */
      label: string | null;
      minLabel: string | null;
    }
  | { kind: 'no_quality' };

/** How one criterion earned its points for one bid. */
export interface ScoreLine {
  criterion: string;
  /** The score that counts (the evaluators' mean); null for a price criterion. */
  score: number | null;
  /** The evaluators' scores when there are several; null otherwise. */
  evaluators: readonly number[] | null;
  /** The panel's consensus score, when given (it is `score`). */
  consensus: number | null;
  /** The motivation of the score, when given. */
  motivation: string | null;
  /** Highest minus lowest evaluator score; null for fewer than two evaluators. */
  spread: number | null;
  points: number;
  /** On a labelled scale: the label that counts (a single score or the consensus); null otherwise. */
  label?: string | null;
  /** fictitious_price: the quality value earned here in cents; absent for other methods. */
  earned?: number | null;
}

export interface BidResult {
  vendor: string;
  /** Position of the bid in the tender's bids. */
  index: number;
  /** Standard competition rank (1, 1, 3); null when excluded. */
  rank: number | null;
  /** Sum of the points; null when excluded. */
  total: number | null;
  excluded: boolean;
  reasons: ExclusionReason[];
  /** Price in cents. */
  price: number;
  priceSource: PriceSource;
  /** Points per criterion id (empty for an excluded bid). */
  points: Record<string, number>;
  /** Points per top-level entry id: each group, and each criterion outside a group (empty for an excluded bid). */
  groups: Record<string, number>;
  /** The explanation of every point, per criterion in order (empty for an excluded bid). */
  lines: ScoreLine[];
  /** The figure that ranks under the tender's method (points, fictitious price or price per point in cents, utility index, price or cost in cents); null when excluded. */
  value: number | null;
  /** Quality points (every criterion that is not a price criterion); null when excluded. */
  quality: number | null;
  /** fictitious_price: the quality value earned in cents; null otherwise or when excluded. */
  earned: number | null;
  /** The price in cents at which this bid would tie the bid ranked first (the winner: the runner-up), the whole tender rescored; null where no price suffices, where the winner wins at any price, or above the budget. */
  priceToWin: number | null;
}

export interface SpreadWarning {
  vendor: string;
  criterion: string;
  evaluators: readonly number[];
  spread: number;
  /** A third of the criterion's scale. */
  limit: number;
}

export interface ScoreResult {
  title: string | null;
  /** The award method. */
  method: AwardMethod;
  /** log price formula: its factor; null for other price formulas. */
  priceFactor: number | null;
  /** quality_min: the least quality points; null when none. */
  qualityMin: number | null;
  /** Sum of the quality criteria's weights (the most quality points). */
  qualityMax: number;
  /** What the tender gives that its method does not use. */
  unused: { weights: boolean; priceCriteria: string[] };
  /** Sum of the weights: the most points a bid can earn. */
  maxPoints: number;
  priceMethod: PriceMethod;
  bounds: { best: number; worst: number } | null;
  budget: number | null;
  /** Lowest price in cents among the bids that are not excluded (null when none is valid). */
  lowestPrice: number | null;
  knockouts: string[];
  criteria: FlatCriterion[];
  /** Top-level entries with their weight. */
  groups: FlatGroup[];
  /** Ranked bids first (by rank, then vendor name), then excluded bids by vendor name. */
  bids: BidResult[];
  /** The vendor ranked first alone; null on a tie for first place or when no bid is valid. */
  winner: string | null;
  /** True when two or more bids share the first place. */
  tie: boolean;
  /** The vendors that share the first place on a tie (sorted); empty otherwise. */
  tied: string[];
  /** How a tie for the first place was broken by the tender's tie_break rules; null when no rule was needed or none decided. */
  tieBreak: TieBreak | null;
  /** True when the first place is tied and no rule decided it: lots must be drawn. */
  tieUnresolved: boolean;
  /** Absolute tolerance used for ties in points: TIE_TOLERANCE x maxPoints. */
  tolerance: number;
  /** Tolerance of the method's value for ties (points: as `tolerance`; cents: 0, equal to the cent). */
  valueTolerance: number;
  /** Evaluator spreads larger than a third of the scale. */
  warnings: SpreadWarning[];
}

/** A problem in a tender found while scoring, at a path in the document. */
export interface TenderIssue {
  path: (string | number)[];
  message: string;
}

/** Problems found while scoring; `inkoop score` locates each path in the file. */
export class TenderInputError extends UserError {
  readonly issues: TenderIssue[];

  constructor(issues: TenderIssue[]) {
    super(issues.map((i) => `${pathLabel(i.path)}: ${i.message}`).join('\n'));
    this.name = 'TenderInputError';
    this.issues = issues;
  }
}

function pathLabel(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

/** Euros to cents: the exact decimal written, rounded once, half away from zero; NaN stays NaN. */
const cents = (euros: number): number => (Number.isFinite(euros) ? centsOf(euros) : NaN);

export interface ResolveOptions {
  /** Prices in cents of the bids that name a `tco` reference, by the bid's index in `document.bids`. */
  tcoPrices?: ReadonlyMap<number, number>;
}

/** Turns a validated tender document into numbers ready to score. */
export function resolveTender(
  document: TenderDocument,
  options: ResolveOptions = {},
): ResolvedTender {
  const scale = document.scale ?? 10;
  const award: AwardMethod = document.method ?? 'weighted';
  const entries = (document.criteria ?? defaultCriteriaFor(award)) as readonly CriteriaEntry[];
  const { criteria, groups } = flattenCriteria(entries, scale);
  const price = document.price;
  const method: PriceMethod = price?.method ?? 'relative';
  const knockouts = document.knockouts ?? [];
  const issues: TenderIssue[] = [];
  const bids = document.bids.map((bid, index): ResolvedBid => {
    let priceCents: number;
    let priceSource: PriceSource;
    if (bid.tco) {
      priceSource = { kind: 'tco', file: bid.tco.file, option: bid.tco.option };
      const p = options.tcoPrices?.get(index);
      if (p === undefined) {
        issues.push({
          path: ['bids', index, 'tco'],
          message:
            'the price from tco was not resolved (read the tender with readTender, or pass tcoPrices)',
        });
        priceCents = NaN;
      } else priceCents = p;
    } else {
      priceSource = { kind: 'price' };
      priceCents = cents(bid.price ?? NaN);
    }
    const scores = bid.scores ?? {};
    let consensus: (number | null)[] | undefined;
    let motivations: (string | null)[] | undefined;
    let labels: (string | null)[] | undefined;
    // A label (on a labelled scale) becomes the score it stands for; the counting label is kept.
    const label = (k: number, v: number | string) => {
      if (!criteria[k]!.labels) return;
      labels ??= criteria.map(() => null);
      labels[k] = typeof v === 'number' ? String(v) : v;
    };
    const evaluators = criteria.map((c, k) => {
      if (c.price) return null;
      const v = scores[c.id];
      // A missing score and a placeholder (`~`) are both unscored.
      if (v === undefined || v === null) return null;
      const num = (x: number | string) => scoreOf(c, x);
      if (typeof v === 'number' || typeof v === 'string') {
        label(k, v);
        return [num(v)];
      }
      if (Array.isArray(v)) {
        if (v.length === 1) label(k, v[0]!);
        return v.map(num);
      }
      if (v.motivation !== undefined) {
        motivations ??= criteria.map(() => null);
        motivations[k] = v.motivation;
      }
      if ('score' in v) {
        label(k, v.score);
        return [num(v.score)];
      }
      if (v.consensus !== undefined) {
        consensus ??= criteria.map(() => null);
        consensus[k] = num(v.consensus);
        label(k, v.consensus);
      } else if (v.evaluators.length === 1) label(k, v.evaluators[0]!);
      return v.evaluators.map(num);
    });
    const answers: Record<string, boolean | null> = {};
    for (const r of knockouts) answers[r] = bid.knockouts?.[r] ?? null;
    return {
      vendor: bid.vendor.trim(),
      index,
      price: priceCents,
      priceSource,
      evaluators,
      ...(consensus ? { consensus } : {}),
      ...(motivations ? { motivations } : {}),
      ...(labels ? { labels } : {}),
      knockouts: answers,
    };
  });
  if (issues.length) throw new TenderInputError(issues);
  const weightsGiven = criteria.some((_, k) => weightOf(entries, criteria[k]!.path) !== undefined);
  return {
    method: award,
    priceFactor: price?.factor ?? DEFAULT_LOG_FACTOR,
    qualityMin: document.quality_min ?? null,
    unused: {
      weights: !usesWeights(award) && weightsGiven,
      priceCriteria: usesPriceCriterion(award)
        ? []
        : criteria.filter((c) => c.price).map((c) => c.id),
    },
    title: document.title ?? null,
    criteria,
    groups,
    priceMethod: method,
    bounds:
      method === 'bounds' && price?.best !== undefined && price.worst !== undefined
        ? { best: cents(price.best), worst: cents(price.worst) }
        : null,
    budget: price?.budget !== undefined ? cents(price.budget) : null,
    knockouts: [...knockouts],
    bids,
    tieBreak: (document.tie_break ?? []).map(
      (r): TieRule =>
        'highest' in r
          ? { kind: 'highest', id: r.highest }
          : 'lowest' in r
            ? { kind: 'lowest_price' }
            : { kind: 'lot', winner: r.lot.winner.trim(), drawnOn: r.lot.drawn_on, by: r.lot.by },
    ),
  };
}

/** The weight written on the criterion at `path` in the entries, if any. */
function weightOf(
  entries: readonly CriteriaEntry[],
  path: (string | number)[],
): number | undefined {
  const e = entries[path[0] as number] as { weight?: number; criteria?: { weight?: number }[] };
  if (path.length === 1) return e?.weight;
  return e?.criteria?.[path[2] as number]?.weight;
}

/** The score that counts for criterion `k` of a bid: the consensus when given, else the evaluators' mean. */
export function countingScore(bid: ResolvedBid, k: number): number {
  const c = bid.consensus?.[k];
  return c !== undefined && c !== null ? c : meanScore(bid.evaluators[k]!);
}

/** The score that counts: the evaluators' mean, kept within their lowest and highest score. */
export function meanScore(values: readonly number[]): number {
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return Math.min(max, Math.max(min, sum / values.length));
}

/** Why a bid is excluded before scoring: failed knock-outs, then the budget. */
export function exclusionReasons(t: ResolvedTender, bid: ResolvedBid): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  for (const r of t.knockouts) {
    const answer = bid.knockouts[r] ?? null;
    if (answer !== true)
      reasons.push({ kind: 'knockout', requirement: r, answer: answer === false ? false : null });
  }
  if (t.budget !== null && bid.price > t.budget)
    reasons.push({ kind: 'budget', price: bid.price, budget: t.budget });
  return reasons;
}

/** The price rule of a resolved tender: its price formula, bounds and log factor. */
export function priceRuleOf(t: ResolvedTender): PriceRule {
  return {
    method: t.priceMethod,
    bounds: t.bounds,
    factor: t.priceFactor ?? DEFAULT_LOG_FACTOR,
  };
}

/** Fraction of a price criterion's weight that a price earns, between 0 and 1 (see methods.ts). */
export function priceFraction(t: ResolvedTender, price: number, lowest: number): number {
  return rulePriceFraction(priceRuleOf(t), price, lowest);
}

/**
 * Standard competition ranking ("1224"): a total's rank is one more than the
 * number of totals that exceed it by more than the tolerance. Null totals
 * (excluded bids) get no rank. Independent of the order of the totals.
 */
export function competitionRanks(
  totals: readonly (number | null)[],
  tolerance: number,
): (number | null)[] {
  const sorted = totals.filter((x): x is number => x !== null).sort((a, b) => b - a);
  return totals.map((t) => {
    if (t === null) return null;
    // Count of totals > t + tolerance: the first index in the descending list that is not above it.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! > t + tolerance) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  });
}

export interface Ranking {
  /** The award method ranked by. */
  method: AwardMethod;
  maxPoints: number;
  /** Tolerance for points (TIE_TOLERANCE x maxPoints). */
  tolerance: number;
  /** Tolerance of the values that rank (points: as tolerance; cents: 0; utility index: TIE_TOLERANCE). */
  valueTolerance: number;
  lowestPrice: number | null;
  /** Per bid (in the order of `ResolvedTender.bids`). */
  reasons: ExclusionReason[][];
  /** Points per bid per criterion (bids x criteria, row-major); NaN for an excluded bid. */
  points: Float64Array;
  /** Sum of the points per bid; null when excluded. For `weighted` this is the value that ranks. */
  totals: (number | null)[];
  /** Quality points per bid (criteria that are not price criteria); null when excluded. */
  quality: (number | null)[];
  /** fictitious_price: quality value earned per bid in cents; null otherwise or when excluded. */
  earned: (number | null)[];
  /** The value that ranks under the method (see methods.ts); null when excluded. */
  values: (number | null)[];
  ranks: (number | null)[];
}

/** Whether bid scores on criterion k are needed: every scored criterion under the point methods and fictitious price, else only where a minimum uses them. */
function scoresNeeded(t: ResolvedTender): boolean[] {
  const method = t.method ?? 'weighted';
  const all =
    usesWeights(method) || method === 'fictitious_price' || (t.qualityMin ?? null) !== null;
  const inMinGroup = new Set<number>();
  for (const g of t.groups)
    if (g.min !== undefined && g.min !== null) for (const k of g.criteria) inMinGroup.add(k);
  return t.criteria.map(
    (c, k) => !c.price && (all || (c.min !== undefined && c.min !== null) || inMinGroup.has(k)),
  );
}

/** The method's setting of a resolved tender (see methods.ts). */
export function methodSettingOf(t: ResolvedTender): MethodSetting {
  let priceWeight = 0;
  let qualityMax = 0;
  for (const c of t.criteria) {
    if (c.price) priceWeight += c.weight;
    else qualityMax += c.weight;
  }
  return { method: t.method ?? 'weighted', rule: priceRuleOf(t), priceWeight, qualityMax };
}

/**
 * Exclusions (knock-outs, budget, minimums), points, totals, the method's
 * values and ranks; no explanation. Every award method ranks through here.
 * Throws a TenderInputError when a bid that is not excluded misses a score
 * its method needs.
 */
export function rankResolved(t: ResolvedTender): Ranking {
  const method = t.method ?? 'weighted';
  const nc = t.criteria.length;
  const maxPoints = sumWeights(t.criteria);
  const tolerance = TIE_TOLERANCE * maxPoints;
  const valueTolerance = methodTolerance(method, maxPoints, TIE_TOLERANCE);
  const reasons = t.bids.map((b) => exclusionReasons(t, b));
  const needed = scoresNeeded(t);
  const pointsPrice = usesPriceCriterion(method) && method === 'weighted';

  // Quality first: scores, minimums (they exclude before the lowest price is known).
  const missing: TenderIssue[] = [];
  let missingBids = 0;
  const points = new Float64Array(t.bids.length * nc).fill(NaN);
  const quality: (number | null)[] = new Array(t.bids.length).fill(null);
  const earned: (number | null)[] = new Array(t.bids.length).fill(null);
  t.bids.forEach((b, i) => {
    if (reasons[i]!.length) return;
    let gaps: string[] | undefined;
    let q = 0;
    let e = 0;
    for (let k = 0; k < nc; k++) {
      const c = t.criteria[k]!;
      if (c.price) continue;
      const ev = b.evaluators[k];
      if (!ev || ev.length === 0) {
        if (needed[k]) {
          gaps ??= [];
          gaps.push(c.id);
        } else points[i * nc + k] = 0;
        continue;
      }
      const score = countingScore(b, k);
      const p = c.weight * (score / c.scale);
      points[i * nc + k] = p;
      q += p;
      if (method === 'fictitious_price' && c.value !== undefined && c.value !== null)
        e += earnedCents(c.value, c.shares ? score : score / c.scale);
    }
    if (gaps) {
      // Each missing score at its own place: the placeholder, else the bid's scores.
      if (++missingBids <= 20)
        for (const g of gaps)
          missing.push({
            path: ['bids', b.index, 'scores', g],
            message: tr('input.missingScore', {
              vendor: inlineSafe(b.vendor),
              criterion: inlineSafe(g),
            }),
          });
      return;
    }
    quality[i] = q;
    if (method === 'fictitious_price') earned[i] = e;
    const below = minimumReasons(t, b, i, points, q);
    if (below.length) reasons[i]!.push(...below);
  });
  if (missingBids > 20)
    missing.push({
      path: ['bids'],
      message: tr('input.missingScoresMore', { count: missingBids - 20 }),
    });
  if (missing.length) throw new TenderInputError(missing);

  let lowest = Infinity;
  t.bids.forEach((b, i) => {
    if (reasons[i]!.length === 0 && b.price < lowest) lowest = b.price;
  });
  const lowestPrice = lowest === Infinity ? null : lowest;

  // Price points, totals and the method's values.
  const setting = methodSettingOf(t);
  const valid: MethodBid[] = [];
  t.bids.forEach((b, i) => {
    if (reasons[i]!.length === 0) valid.push({ price: b.price, quality: quality[i]!, earned: 0 });
  });
  const field = fieldOf(valid);
  const totals: (number | null)[] = new Array(t.bids.length).fill(null);
  const values: (number | null)[] = new Array(t.bids.length).fill(null);
  t.bids.forEach((b, i) => {
    if (reasons[i]!.length) {
      quality[i] = null;
      earned[i] = null;
      return;
    }
    let total = 0;
    for (let k = 0; k < nc; k++) {
      const c = t.criteria[k]!;
      if (c.price)
        points[i * nc + k] = pointsPrice
          ? c.weight * rulePriceFraction(setting.rule, b.price, lowestPrice!)
          : 0;
      total += points[i * nc + k]!;
    }
    totals[i] = total;
    const value =
      method === 'weighted'
        ? total
        : methodValue(
            setting,
            { price: b.price, quality: quality[i]!, earned: earned[i] ?? 0 },
            field,
          );
    if (value === null) {
      reasons[i]!.push({ kind: 'no_quality' });
      totals[i] = null;
      quality[i] = null;
      earned[i] = null;
      for (let k = 0; k < nc; k++) points[i * nc + k] = NaN;
      return;
    }
    values[i] = value;
  });
  const low = lowerWins(method);
  return {
    method,
    maxPoints,
    tolerance,
    valueTolerance,
    lowestPrice,
    reasons,
    points,
    totals,
    quality,
    earned,
    values,
    ranks: competitionRanks(
      low ? values.map((v) => (v === null ? null : -v)) : values,
      valueTolerance,
    ),
  };
}

/** The minimums a scored bid misses: criteria (score or label), groups (points), quality_min. */
function minimumReasons(
  t: ResolvedTender,
  b: ResolvedBid,
  i: number,
  points: Float64Array,
  quality: number,
): ExclusionReason[] {
  const nc = t.criteria.length;
  const out: ExclusionReason[] = [];
  const eps = 1e-9;
  t.criteria.forEach((c, k) => {
    if (c.price || c.min === undefined || c.min === null) return;
    const ev = b.evaluators[k];
    if (!ev || ev.length === 0) return;
    const score = countingScore(b, k);
    if (score < c.min - eps * Math.max(1, Math.abs(c.min)))
      out.push({
        kind: 'minimum',
        target: 'criterion',
        id: c.id,
        name: c.name,
        value: score,
        min: c.min,
        label: b.labels?.[k] ?? null,
        minLabel: c.minLabel ?? null,
      });
  });
  for (const g of t.groups) {
    if (!g.group || g.min === undefined || g.min === null) continue;
    let sum = 0;
    for (const k of g.criteria) {
      const p = points[i * nc + k]!;
      if (!t.criteria[k]!.price && Number.isFinite(p)) sum += p;
    }
    if (sum < g.min - eps * Math.max(1, g.min))
      out.push({
        kind: 'minimum',
        target: 'group',
        id: g.id,
        name: g.name,
        value: sum,
        min: g.min,
        label: null,
        minLabel: null,
      });
  }
  const qm = t.qualityMin ?? null;
  if (qm !== null && quality < qm - eps * Math.max(1, qm))
    out.push({
      kind: 'minimum',
      target: 'quality',
      id: '',
      name: '',
      value: quality,
      min: qm,
      label: null,
      minLabel: null,
    });
  return out;
}

const byVendor = (a: { vendor: string }, b: { vendor: string }) =>
  a.vendor < b.vendor ? -1 : a.vendor > b.vendor ? 1 : 0;

/** Scores resolved bids: the full result with an explanation of every point. */
export function scoreResolved(t: ResolvedTender): ScoreResult {
  const ranking = rankResolved(t);
  const method = ranking.method;
  const toWin = pricesToWin(t, ranking);
  const setting = methodSettingOf(t);
  const nc = t.criteria.length;
  const warnings: SpreadWarning[] = [];
  const groups = t.groups.map((g) => ({
    ...g,
    weight: sumWeights(g.criteria.map((k) => t.criteria[k]!)),
  }));

  const bids = t.bids.map((b, i): BidResult => {
    const reasons = ranking.reasons[i]!;
    const excluded = reasons.length > 0;
    const points: Record<string, number> = {};
    const groupPoints: Record<string, number> = {};
    const lines: ScoreLine[] = [];
    if (!excluded) {
      for (let k = 0; k < nc; k++) {
        const c = t.criteria[k]!;
        const p = ranking.points[i * nc + k]!;
        points[c.id] = p;
        const ev = c.price ? null : (b.evaluators[k] ?? null);
        let spread: number | null = null;
        if (ev && ev.length > 1) {
          spread = Math.max(...ev) - Math.min(...ev);
          if (spread > c.scale / 3)
            warnings.push({
              vendor: b.vendor,
              criterion: c.id,
              evaluators: ev,
              spread,
              limit: c.scale / 3,
            });
        }
        const consensus = c.price ? null : (b.consensus?.[k] ?? null);
        const score = ev?.length ? countingScore(b, k) : null;
        const line: ScoreLine = {
          criterion: c.id,
          score,
          evaluators: ev && ev.length > 1 ? ev : null,
          consensus,
          motivation: c.price ? null : (b.motivations?.[k] ?? null),
          spread,
          points: p,
        };
        if (c.labels) line.label = b.labels?.[k] ?? null;
        if (method === 'fictitious_price')
          line.earned =
            score !== null && c.value !== undefined && c.value !== null
              ? earnedCents(c.value, c.shares ? score : score / c.scale)
              : null;
        lines.push(line);
      }
      for (const g of groups) {
        let sum = 0;
        for (const k of g.criteria) sum += ranking.points[i * nc + k]!;
        groupPoints[g.id] = sum;
      }
    }
    return {
      vendor: b.vendor,
      index: b.index,
      rank: ranking.ranks[i] ?? null,
      total: ranking.totals[i] ?? null,
      excluded,
      reasons,
      price: b.price,
      priceSource: b.priceSource,
      points,
      groups: groupPoints,
      lines,
      value: ranking.values[i] ?? null,
      quality: ranking.quality[i] ?? null,
      earned: ranking.earned[i] ?? null,
      priceToWin: toWin[i] ?? null,
    };
  });

  let ranked = bids
    .filter((b) => b.rank !== null)
    .sort((a, b) => a.rank! - b.rank! || byVendor(a, b));
  const excluded = bids.filter((b) => b.rank === null).sort(byVendor);
  const first = ranked.filter((b) => b.rank === 1).map((b) => b.vendor);
  let tieBreak: TieBreak | null = null;
  let winner: string | null = first.length === 1 ? first[0]! : null;
  if (first.length > 1 && t.tieBreak?.length) {
    const broken = breakTie(ranked, first.length, t.tieBreak, ranking.tolerance);
    ranked = broken.ranked;
    tieBreak = broken.tieBreak;
    winner = broken.winner;
  }
  const order = new Map(t.criteria.map((c, k) => [c.id, k]));
  warnings.sort((a, b) => byVendor(a, b) || order.get(a.criterion)! - order.get(b.criterion)!);
  return {
    title: t.title,
    method,
    priceFactor: t.priceMethod === 'log' ? (t.priceFactor ?? DEFAULT_LOG_FACTOR) : null,
    qualityMin: t.qualityMin ?? null,
    qualityMax: setting.qualityMax,
    unused: t.unused ?? { weights: false, priceCriteria: [] },
    maxPoints: ranking.maxPoints,
    priceMethod: t.priceMethod,
    bounds: t.bounds,
    budget: t.budget,
    lowestPrice: ranking.lowestPrice,
    knockouts: t.knockouts,
    criteria: t.criteria,
    groups,
    bids: [...ranked, ...excluded],
    winner,
    tie: first.length > 1,
    tied: first.length > 1 ? first : [],
    tieBreak,
    tieUnresolved: first.length > 1 && winner === null,
    tolerance: ranking.tolerance,
    valueTolerance: ranking.valueTolerance,
    warnings,
  };
}

/** Above this many valid bids the rescoring that checks each price_to_win is left out (the search itself is exact). */
const VERIFY_LIMIT = 200;
/** Above this many valid bids price_to_win is not computed (null): it costs bids² rescorings. */
const PRICE_TO_WIN_LIMIT = 1000;

/** The same tender with one bid's price changed (cents). */
export function withPrice(t: ResolvedTender, bidIndex: number, price: number): ResolvedTender {
  return { ...t, bids: t.bids.map((b, i) => (i === bidIndex ? { ...b, price } : b)) };
}

/** Whether bid i ranks first (tied or alone) when the whole tender is rescored. */
function firstOnRescore(t: ResolvedTender, i: number, price: number): boolean {
  return rankResolved(withPrice(t, i, price)).ranks[i] === 1;
}

/**
 * price_to_win per bid (see BidResult.priceToWin): the exact search of
 * methods.ts over whole cents, then checked by rescoring the whole tender
 * (the bid ranks first at that price and not one cent above it); a
 * boundary that the rescoring puts elsewhere is moved there.
 */
function pricesToWin(t: ResolvedTender, ranking: Ranking): (number | null)[] {
  const out: (number | null)[] = t.bids.map(() => null);
  const validIdx: number[] = [];
  t.bids.forEach((_, i) => {
    if (ranking.values[i] !== null) validIdx.push(i);
  });
  if (validIdx.length < 2 || validIdx.length > PRICE_TO_WIN_LIMIT) return out;
  const setting = methodSettingOf(t);
  const bids: MethodBid[] = validIdx.map((i) => ({
    price: t.bids[i]!.price,
    quality: ranking.quality[i]!,
    earned: ranking.earned[i] ?? 0,
  }));
  const cap = t.budget ?? MAX_SEARCH_CENTS;
  validIdx.forEach((i, j) => {
    let p = searchPriceToWin(setting, bids, j, cap, ranking.valueTolerance);
    if (p !== null && validIdx.length <= VERIFY_LIMIT) {
      // Move the boundary to where full rescoring puts it (a few cents at most).
      for (let step = 0; step < 8 && p !== null; step++) {
        if (!firstOnRescore(t, i, p)) p = p > 1 ? p - 1 : null;
        else if (p + 1 <= cap && firstOnRescore(t, i, p + 1)) p = p + 1;
        else break;
      }
      if (p !== null && (!firstOnRescore(t, i, p) || (p + 1 <= cap && firstOnRescore(t, i, p + 1))))
        p = null;
    }
    out[i] = p;
  });
  return out;
}

/**
 * Scores a validated tender document (see `tenderFileSchema`). Bids that name
 * a `tco` reference need their price in `options.tcoPrices` (the command
 * reads the costs files; see `readTender`).
 */
export function scoreTender(document: TenderDocument, options: ResolveOptions = {}): ScoreResult {
  return scoreResolved(resolveTender(document, options));
}

/** Points of a bid on a criterion or a group id; undefined when the id is neither. */
function pointsOn(bid: BidResult, id: string): number | undefined {
  return bid.points[id] ?? bid.groups[id];
}

/**
 * Orders the bids tied for the first place by the tender's tie_break rules,
 * rule after rule, and gives them distinct ranks where a rule tells them
 * apart (bids no rule separates keep a shared rank). The winner is the bid
 * that ends first alone; the rule that decided is the first one that puts
 * it ahead of every other tied bid.
 */
export function breakTie(
  ranked: readonly BidResult[],
  tiedCount: number,
  rules: readonly TieRule[],
  tolerance: number,
): { ranked: BidResult[]; winner: string | null; tieBreak: TieBreak | null } {
  const tied = ranked.slice(0, tiedCount);
  const rest = ranked.slice(tiedCount);
  // Compare two tied bids by one rule: negative when a ranks before b.
  const compare = (rule: TieRule, a: BidResult, b: BidResult): number => {
    switch (rule.kind) {
      case 'highest': {
        const pa = pointsOn(a, rule.id) ?? 0;
        const pb = pointsOn(b, rule.id) ?? 0;
        return Math.abs(pa - pb) <= tolerance ? 0 : pb - pa;
      }
      case 'lowest_price':
        return a.price - b.price;
      case 'lot':
        return (a.vendor === rule.winner ? 0 : 1) - (b.vendor === rule.winner ? 0 : 1);
    }
  };
  const all = (a: BidResult, b: BidResult) => {
    for (const r of rules) {
      const c = compare(r, a, b);
      if (c !== 0) return c;
    }
    return 0;
  };
  const ordered = [...tied].sort((a, b) => all(a, b) || byVendor(a, b));
  // Ranks within the tied group: one more than the bids strictly before.
  const ranks: number[] = [];
  ordered.forEach((b, i) => {
    ranks.push(i > 0 && all(ordered[i - 1]!, b) === 0 ? ranks[i - 1]! : i + 1);
  });
  const result = ordered.map((b, i) => ({ ...b, rank: ranks[i]! }));
  const alone = ranks.filter((r) => r === 1).length === 1;
  if (!alone) return { ranked: [...result, ...rest], winner: null, tieBreak: null };
  const top = ordered[0]!;
  // The deciding rule: the first that puts the winner ahead of every other tied bid,
  // given that the rules before it left them level.
  let decided: TieRule | undefined;
  let level = ordered.slice(1);
  for (const r of rules) {
    const still = level.filter((b) => compare(r, top, b) === 0);
    if (still.length === 0) {
      decided = r;
      break;
    }
    level = still;
  }
  const rule = decided!;
  const others = ordered.slice(1).map((b) => b.vendor);
  const detail =
    rule.kind === 'highest'
      ? `${top.vendor} has the most points on "${rule.id}" among the bids tied for the first place (${others.join(', ')})`
      : rule.kind === 'lowest_price'
        ? `${top.vendor} has the lowest price among the bids tied for the first place (${others.join(', ')})`
        : `lots drawn on ${rule.drawnOn} by ${rule.by}: ${top.vendor} was drawn`;
  return {
    ranked: [...result, ...rest],
    winner: top.vendor,
    tieBreak: {
      decided: rule,
      winner: top.vendor,
      others,
      rule:
        rule.kind === 'highest'
          ? `highest:${rule.id}`
          : rule.kind === 'lowest_price'
            ? 'lowest:price'
            : 'lot',
      detail,
    },
  };
}
