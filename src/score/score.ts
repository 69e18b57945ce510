/**
 * Scoring bids on best price-quality ratio (BPKV, the "gewogen
 * factorenmethode"). Two steps, so that analyses can rescore cheaply:
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
import {
  DEFAULT_CRITERIA,
  flattenCriteria,
  maxPoints as sumWeights,
  type CriteriaEntry,
  type FlatCriterion,
  type FlatGroup,
} from './criteria.js';
import type { TenderDocument } from './schema.js';

export type PriceMethod = 'relative' | 'bounds';

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
  | { kind: 'budget'; price: number; budget: number };

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
  /** Absolute tolerance used for ties: TIE_TOLERANCE x maxPoints. */
  tolerance: number;
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
  const entries = (document.criteria ?? DEFAULT_CRITERIA) as readonly CriteriaEntry[];
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
    const evaluators = criteria.map((c, k) => {
      if (c.price) return null;
      const v = scores[c.id];
      if (v === undefined) return null;
      if (typeof v === 'number') return [v];
      if (Array.isArray(v)) return v;
      if (v.motivation !== undefined) {
        motivations ??= criteria.map(() => null);
        motivations[k] = v.motivation;
      }
      if ('score' in v) return [v.score];
      if (v.consensus !== undefined) {
        consensus ??= criteria.map(() => null);
        consensus[k] = v.consensus;
      }
      return v.evaluators;
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
      knockouts: answers,
    };
  });
  if (issues.length) throw new TenderInputError(issues);
  return {
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

/** Fraction of a price criterion's weight that a price earns, between 0 and 1. */
export function priceFraction(t: ResolvedTender, price: number, lowest: number): number {
  if (t.priceMethod === 'bounds' && t.bounds) {
    const { best, worst } = t.bounds;
    if (price <= best) return 1;
    if (price >= worst) return 0;
    return Math.min(1, Math.max(0, (worst - price) / (worst - best)));
  }
  return Math.min(1, lowest / price);
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
  maxPoints: number;
  tolerance: number;
  lowestPrice: number | null;
  /** Per bid (in the order of `ResolvedTender.bids`). */
  reasons: ExclusionReason[][];
  /** Points per bid per criterion (bids x criteria, row-major); NaN for an excluded bid. */
  points: Float64Array;
  totals: (number | null)[];
  ranks: (number | null)[];
}

/**
 * Exclusions, points, totals and ranks; no explanation. Throws a
 * TenderInputError when a bid that is not excluded misses a score.
 */
export function rankResolved(t: ResolvedTender): Ranking {
  const nc = t.criteria.length;
  const maxPoints = sumWeights(t.criteria);
  const tolerance = TIE_TOLERANCE * maxPoints;
  const reasons = t.bids.map((b) => exclusionReasons(t, b));
  let lowest = Infinity;
  t.bids.forEach((b, i) => {
    if (reasons[i]!.length === 0 && b.price < lowest) lowest = b.price;
  });
  const lowestPrice = lowest === Infinity ? null : lowest;

  const missing: TenderIssue[] = [];
  let missingBids = 0;
  const points = new Float64Array(t.bids.length * nc).fill(NaN);
  const totals: (number | null)[] = new Array(t.bids.length).fill(null);
  t.bids.forEach((b, i) => {
    if (reasons[i]!.length) return;
    let total = 0;
    let gaps: string[] | undefined;
    for (let k = 0; k < nc; k++) {
      const c = t.criteria[k]!;
      let p: number;
      if (c.price) p = c.weight * priceFraction(t, b.price, lowestPrice!);
      else {
        const ev = b.evaluators[k];
        if (!ev || ev.length === 0) {
          gaps ??= [];
          gaps.push(c.id);
          continue;
        }
        p = c.weight * (countingScore(b, k) / c.scale);
      }
      points[i * nc + k] = p;
      total += p;
    }
    if (gaps) {
      if (++missingBids <= 20) {
        missing.push({
          path: ['bids', b.index, 'scores'],
          message: `bid "${b.vendor}" has no score for ${gaps.map((g) => `"${g}"`).join(', ')}; every criterion except price criteria needs a score (a number from 0 to its scale, or a list of evaluators' scores) unless the bid is excluded`,
        });
      }
      return;
    }
    totals[i] = total;
  });
  if (missingBids > 20)
    missing.push({ path: ['bids'], message: `and ${missingBids - 20} more bids miss scores` });
  if (missing.length) throw new TenderInputError(missing);
  return {
    maxPoints,
    tolerance,
    lowestPrice,
    reasons,
    points,
    totals,
    ranks: competitionRanks(totals, tolerance),
  };
}

const byVendor = (a: { vendor: string }, b: { vendor: string }) =>
  a.vendor < b.vendor ? -1 : a.vendor > b.vendor ? 1 : 0;

/** Scores resolved bids: the full result with an explanation of every point. */
export function scoreResolved(t: ResolvedTender): ScoreResult {
  const ranking = rankResolved(t);
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
        const ev = c.price ? null : b.evaluators[k]!;
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
        lines.push({
          criterion: c.id,
          score: ev ? countingScore(b, k) : null,
          evaluators: ev && ev.length > 1 ? ev : null,
          consensus,
          motivation: c.price ? null : (b.motivations?.[k] ?? null),
          spread,
          points: p,
        });
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
    warnings,
  };
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
