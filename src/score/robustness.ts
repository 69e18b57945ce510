/**
 * How firm is the winner? Robustness of a scored tender, solved exactly:
 *
 *   weight sensitivity   the smallest change of each criterion's and each
 *                        group's weight (the other weights scaled so the
 *                        maximum stays) at which the winner changes, both ways
 *   score margins        per bid that did not win: the smallest increase of
 *                        one criterion's score that would make it win
 *   rank reversal        (relative price method) withdrawing a bid that did
 *                        not win, or adding a cheaper bid that does not win
 *                        itself, and what that does to the order of the others
 *   evaluator influence  with evaluator panels: leaving out one evaluator's
 *                        scores, and whether the winner changes
 *
 * Totals are linear in the weights. Write a_ij in [0, 1] for the fraction of
 * criterion j's weight that bid i earns (score / scale, or the price
 * fraction; neither depends on the weights). For a target (a criterion, or a
 * group whose criteria move in proportion) with weight W and the rest of the
 * weights summing to S = max - W, changing the target by d gives
 *
 *   T_i(d) = (W + d) x_i + (S - d) / S R_i = T_i + d (x_i - R_i / S)
 *
 * with x_i the fraction of the target that bid i earns and R_i its points on
 * the rest. The winner's lead over each challenger is linear in d, so the
 * thresholds are roots of straight lines, found exactly.
 *
 * Under the relative price method, with a new lowest price p' below the
 * lowest price p, T_i(p') = Q_i + P p' / p_i (Q_i the points on the scored
 * criteria, P the weight of the price criteria): the difference between two
 * bids is linear in p' too, and a pair changes order below a price found
 * exactly (Telgen and Timmer 2016; Schotanus et al. 2022).
 *
 * A change "of the winner" follows the core's tie rule: totals closer than
 * TIE_TOLERANCE of the maximum are a tie, and a tie for first place means no
 * winner. So the first point at which a challenger draws level is where the
 * winner changes.
 *
 * Every award method (see methods.ts): the analyses above are exact for the
 * weighted method, whose totals are linear in weights and scores. The other
 * methods rank by a value that is not (fictitious price, price per point,
 * utility index, price, cost); for them every analysis rescores the tender
 * (rankResolved): withdrawal tries every bid that did not win; weight
 * thresholds (only where the method has weights: price per point, utility
 * index) and the utility index's score margins are found by a scan of the
 * range followed by bisection, to a billionth of the range, and say so
 * (`searched`: the tolerance); score margins under fictitious price and
 * price per point have a closed form (closedMargin); on a labelled scale a
 * margin is the nearest higher label that reaches the first place. Rank reversal by
 * an added bid: a cheaper bid with no quality points (weighted, relative or
 * log formula), or a bid with the best possible quality (utility index,
 * whose Qbest moves the others' values); the methods that value each bid on
 * its own cannot show it. Pure: no files, no output.
 */
import {
  type AwardMethod,
  DEFAULT_LOG_FACTOR,
  earnedCents,
  lowerWins,
  usesWeights,
} from './methods.js';
import {
  countingScore,
  priceFraction,
  rankResolved,
  type Ranking,
  type ResolvedBid,
  type ResolvedTender,
  scoreResolved,
  type TieBreak,
} from './score.js';

/** The tie-break rules' choice on a tie for the first place, as the score reports it; null when none decides. */
function decidedTie(t: ResolvedTender, standing: Standing): Robustness['tieBreak'] {
  if (standing.tied.length < 2 || !t.tieBreak?.length) return null;
  const tb = scoreResolved(t).tieBreak;
  return tb ? { winner: tb.winner, rule: tb.rule, decided: tb.decided } : null;
}

/** The default margin of `--fail-if-fragile`: a weight change of at most this many points. */
export const DEFAULT_MARGIN = 5;

/** At most this many pairs are listed per change (the count says how many there are in all). */
const LIST_LIMIT = 50;

export interface RobustnessOptions {
  /** A weight change of at most this many points that changes the winner makes the outcome fragile (default 5). */
  margin?: number;
  /** Told how far the analysis is (`done` of `total` steps), for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Compute the score margins (default true; `inkoop design` needs none). */
  scoreMargins?: boolean;
  /** Search weight changes (methods other than weighted) only up to this many points (default: the whole range). */
  weightRange?: number;
}

/** Who is first: one winner, or the vendors tied for first place (sorted); both empty when no bid is valid. */
export interface Standing {
  winner: string | null;
  tied: string[];
}

export type WeightTargetKind = 'criterion' | 'group';

/** A weight to change: a criterion, or a group (its criteria change in proportion). */
export interface WeightTarget {
  kind: WeightTargetKind;
  id: string;
}

/** The first change of a weight, in one direction, at which the winner changes. */
export interface WeightThreshold extends Standing {
  /** The change in points: positive for more weight, negative for less. At this change a challenger draws level (a tie); just beyond it, `winner` (or the `tied` bids) come first. */
  change: number;
  /** The target's weight at the threshold. */
  weight: number;
  /** Null: solved exactly (a closed form, checked by rescoring). A number: found by a scan and a bisection, to within this many points. */
  searched: number | null;
}

export interface WeightSensitivity {
  kind: WeightTargetKind;
  id: string;
  name: string;
  /** The weight now (for a group, the sum of its criteria's). */
  weight: number;
  /** The range of changes considered: from -weight (it weighs nothing) to max - weight (it weighs everything). */
  min: number;
  max: number;
  /** False when every other weight is 0: nothing to scale, so the weight cannot change while the maximum stays. */
  applicable: boolean;
  /** The smallest increase that changes the winner; null: no change within the range. */
  increase: WeightThreshold | null;
  /** The smallest decrease that changes the winner (a negative change); null: no change within the range. */
  decrease: WeightThreshold | null;
}

/** How much one criterion's score would have to rise for a bid to win. */
export interface CriterionMargin {
  criterion: string;
  /** The score that counts now (the evaluators' mean). */
  score: number;
  scale: number;
  /** The increase at which the bid's total reaches the first place (a tie); any more wins. */
  increase: number;
  /** score + increase. */
  needed: number;
  /** Whether the needed score is below the top of the scale, so the bid could win on this criterion alone. */
  feasible: boolean;
  /** Null: solved exactly (a closed form, checked by rescoring). A number: found by a scan and a bisection, to within this much of the score. */
  searched: number | null;
  /** On a labelled scale: the bid's label now and the nearest higher label at which it comes first (tied or alone); `to` null when no label does. Absent on a numeric scale. */
  label?: { from: string; to: string | null };
}

/**
 * The winner on a labelled scale: the nearest lower label on one criterion
 * at which it no longer ranks first alone; `to` null when no lower label
 * changes the winner. `winner`/`tied`: who comes first at that label.
 */
export interface WinnerLabel extends Standing {
  /** The bid ranked first. */
  vendor: string;
  criterion: string;
  from: string;
  to: string | null;
}

export interface ScoreMargin {
  vendor: string;
  rank: number;
  /** How far behind the first place, in the method's unit (see `Robustness.unit`). */
  behind: number;
  /** The feasible margin that is smallest relative to its scale; null: the bid cannot win on one criterion. */
  best: CriterionMargin | null;
  /** Per scored criterion with a weight above 0, in criteria order. */
  criteria: CriterionMargin[];
}

/** Where bid a stands relative to bid b. */
export type Relation = 'ahead' | 'tied' | 'behind';

/** Two bids whose order changes; `before` is `ahead` or `tied` (then a and b are in name order). */
export interface PairChange {
  a: string;
  b: string;
  before: Relation;
  after: Relation;
}

/** Withdrawing one bid that did not win, when that changes the order of the others. */
export interface Withdrawal extends Standing {
  /** The withdrawn bid. */
  vendor: string;
  /** The lowest valid price (cents) without it. */
  lowestPrice: number;
  /** Whether the first place changes (`winner`, `tied`: who is first then). */
  winnerChanged: boolean;
  /** Pairs of the remaining bids whose order changes (at most 50). */
  changes: PairChange[];
  /** How many pairs change in all. */
  changeCount: number;
}

/** The highest price (cents) of an added bid at which the order of a and b changes. */
export interface PairThreshold {
  a: string;
  b: string;
  before: Relation;
  price: number;
}

/**
 * Adding a bid that does not win itself: a cheaper one with no quality points
 * (`cheaper`, the weighted method), or one with the best possible quality
 * at a price where it does not win (`better`, the utility index).
 */
export interface Addition extends Standing {
  kind: 'cheaper' | 'better';
  /** The added bid must be priced above this (cents) not to come first itself. */
  floorPrice: number;
  /** The highest price (cents) of an added bid that changes the order of the bids; null: none does. */
  orderPrice: number | null;
  /** The pairs whose order changes at orderPrice (at most 50). */
  orderChanges: PairChange[];
  orderChangeCount: number;
  /** The highest price (cents) of an added bid that changes the winner; null: none does. `winner`/`tied`: who is first then. */
  winnerPrice: number | null;
  /** Every pair whose order an added bid can change, with the highest price at which it does (highest first; at most 50). */
  pairs: PairThreshold[];
  pairCount: number;
}

export interface RankReversal {
  /** False for the bounds method (price points do not depend on other bids), without a price criterion that has weight, or with fewer than two valid bids. */
  applicable: boolean;
  /** `independent`: the method values each bid on its own (fictitious price, price per point, lowest price or cost). */
  reason: 'bounds' | 'no-price' | 'independent' | 'too-few-bids' | null;
  /** How many withdrawals were checked (the valid bids not ranked first). */
  checked: number;
  /** The withdrawals that change the order of the remaining bids. */
  withdrawals: Withdrawal[];
  addition: Addition | null;
}

export interface EvaluatorLeaveOut extends Standing {
  /** 1-based: the n-th score of each list of evaluators' scores is left out. */
  evaluator: number;
  changed: boolean;
}

export interface EvaluatorInfluence {
  /** The largest number of evaluators' scores for one criterion of one bid. */
  panel: number;
  /** False without panels (every score from one evaluator). */
  applicable: boolean;
  leaveOut: EvaluatorLeaveOut[];
}

/** Why the outcome is fragile. */
export type FragileReason =
  | { kind: 'tie'; tied: string[] }
  | ({ kind: 'weight'; target: WeightTargetKind; id: string; change: number } & Standing)
  | ({ kind: 'withdrawal'; vendor: string } & Standing)
  | ({ kind: 'addition'; price: number } & Standing);

export interface Robustness extends Standing {
  /** The award method ranked by. */
  method: AwardMethod;
  /** The unit of `lead` and of the margins' `behind`: points, cents (euro values) or the utility index. */
  unit: 'points' | 'cents' | 'index';
  /** False when the method has no weights (no weight thresholds then). */
  weighted: boolean;
  /** False when scores do not decide the ranking (lowest price, lowest cost): no score margins then. */
  scored: boolean;
  /** The margin in points used for `fragile`. */
  margin: number;
  maxPoints: number;
  tolerance: number;
  priceMethod: ResolvedTender['priceMethod'];
  /** The log formula's factor (2 unless the tender sets another). */
  priceFactor: number;
  /** Number of valid (not excluded) bids. */
  valid: number;
  /** The second place with a single winner, and the winner's lead over it (in `unit`); null otherwise. */
  runnerUp: string | null;
  lead: number | null;
  /** The first place changes with a weight change within the margin, by withdrawing or adding a bid (rank reversal), or is a tie already. */
  fragile: boolean;
  reasons: FragileReason[];
  weights: WeightSensitivity[];
  margins: ScoreMargin[];
  /** Every criterion's id and name (for the margins of a method without weights). */
  criteria: { id: string; name: string }[];
  /** Per labelled criterion on which the winner has a single label: the nearest lower label that changes the winner. */
  winnerLabels: WinnerLabel[];
  rankReversal: RankReversal;
  evaluators: EvaluatorInfluence;
  /**
   * On a tie for the first place that the tender's tie_break rules decide: the
   * bid they choose and the rule. The analysis itself stays in points (the tie
   * is what makes the outcome fragile); null otherwise.
   */
  tieBreak: Pick<TieBreak, 'winner' | 'rule' | 'decided'> | null;
}

// ---------------------------------------------------------------- context

interface Ctx {
  t: ResolvedTender;
  method: AwardMethod;
  /** True for the weighted method: the exact linear analyses apply. */
  linear: boolean;
  ranking: Ranking;
  nc: number;
  tol: number;
  /** Indexes of the valid bids, in the tender's order. */
  valid: number[];
  /** Fractions a_ij per bid (row-major, bids x criteria); NaN for an excluded bid. */
  frac: Float64Array;
  /** Indexes of the bids ranked first. */
  first: number[];
  key: string;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function standingOf(t: ResolvedTender, ranks: readonly (number | null)[], skip = -1): Standing {
  const first: string[] = [];
  ranks.forEach((r, i) => {
    if (r === 1 && i !== skip) first.push(t.bids[i]!.vendor);
  });
  first.sort(byName);
  return first.length === 1 ? { winner: first[0]!, tied: [] } : { winner: null, tied: first };
}

const standingKey = (s: Standing) =>
  s.winner !== null ? `1\u0000${s.winner}` : `0\u0000${s.tied.join('\u0000')}`;

function context(t: ResolvedTender): Ctx {
  const ranking = rankResolved(t);
  const nc = t.criteria.length;
  const frac = new Float64Array(t.bids.length * nc).fill(NaN);
  const valid: number[] = [];
  t.bids.forEach((b, i) => {
    if (ranking.totals[i] === null) return;
    valid.push(i);
    for (let k = 0; k < nc; k++) {
      const c = t.criteria[k]!;
      // A method that needs no score here (lowest price) may leave it out: it earns nothing.
      const scored = (b.evaluators[k]?.length ?? 0) > 0 || (b.consensus?.[k] ?? null) !== null;
      frac[i * nc + k] = c.price
        ? priceFraction(t, b.price, ranking.lowestPrice!)
        : scored
          ? countingScore(b, k) / c.scale
          : 0;
    }
  });
  const first = valid.filter((i) => ranking.ranks[i] === 1);
  const method = t.method ?? 'weighted';
  return {
    t,
    method,
    linear: method === 'weighted',
    ranking,
    nc,
    tol: ranking.tolerance,
    valid,
    frac,
    first,
    key: standingKey(standingOf(t, ranking.ranks)),
  };
}

// ---------------------------------------------------------------- weights

interface Target {
  kind: WeightTargetKind;
  id: string;
  name: string;
  /** Indexes into the flat criteria. */
  members: number[];
}

function targets(t: ResolvedTender): Target[] {
  const out: Target[] = [];
  for (const g of t.groups) {
    if (g.group) out.push({ kind: 'group', id: g.id, name: g.name, members: [...g.criteria] });
    for (const k of g.criteria)
      out.push({
        kind: 'criterion',
        id: t.criteria[k]!.id,
        name: t.criteria[k]!.name,
        members: [k],
      });
  }
  return out;
}

function findTarget(t: ResolvedTender, target: WeightTarget): Target {
  const found = targets(t).find((x) => x.kind === target.kind && x.id === target.id);
  if (!found) throw new Error(`no ${target.kind} "${target.id}" in this tender`);
  return found;
}

function splitWeights(
  t: ResolvedTender,
  members: readonly number[],
): { inside: number; outside: number; member: boolean[] } {
  const member = t.criteria.map(() => false);
  for (const k of members) member[k] = true;
  let inside = 0;
  let outside = 0;
  t.criteria.forEach((c, k) => {
    if (member[k]) inside += c.weight;
    else outside += c.weight;
  });
  return { inside, outside, member };
}

function reweigh(t: ResolvedTender, members: readonly number[], change: number): ResolvedTender {
  const { inside, outside, member } = splitWeights(t, members);
  if (change > outside * (1 + 1e-12) || change < -inside * (1 + 1e-12)) {
    throw new RangeError(
      `a change of ${change} is outside ${-inside}..${outside}: the weight runs from 0 to the maximum`,
    );
  }
  const inFactor = inside > 0 ? (inside + change) / inside : 0;
  const outFactor = outside > 0 ? (outside - change) / outside : 1;
  const criteria = t.criteria.map((c, k) => {
    let weight: number;
    // A group that weighs nothing now shares an increase equally among its criteria.
    if (member[k]) weight = inside > 0 ? c.weight * inFactor : change / members.length;
    else weight = c.weight * outFactor;
    return { ...c, weight: Math.max(0, weight) };
  });
  return { ...t, criteria };
}

/**
 * The tender with one weight changed by `change` points and the other
 * weights scaled so the maximum stays: a group's criteria change in
 * proportion (equally when the group weighs nothing). The change runs from
 * -weight to max - weight.
 */
export function applyWeightChange(
  t: ResolvedTender,
  target: WeightTarget,
  change: number,
): ResolvedTender {
  return reweigh(t, findTarget(t, target).members, change);
}

/** A target's sensitivity before any threshold is found: its weight and range. */
function noThreshold(target: Target, W: number, S: number): WeightSensitivity {
  return {
    kind: target.kind,
    id: target.id,
    name: target.name,
    weight: W,
    min: -W,
    max: S,
    applicable: S > 0,
    increase: null,
    decrease: null,
  };
}

function weightSensitivity(ctx: Ctx, target: Target): WeightSensitivity {
  const { t, nc, tol, valid, frac, ranking } = ctx;
  const { inside: W, outside: S, member } = splitWeights(t, target.members);
  const out = noThreshold(target, W, S);
  if (!(S > 0) || ctx.first.length !== 1 || valid.length < 2) return out;

  // Slope of each bid's total per point of change: x_i - R_i / S.
  const slope = new Map<number, number>();
  for (const i of valid) {
    let x = 0;
    let rest = 0;
    for (let k = 0; k < nc; k++) {
      const f = frac[i * nc + k]!;
      if (member[k]) x += W > 0 ? t.criteria[k]!.weight * f : f;
      else rest += t.criteria[k]!.weight * f;
    }
    x = W > 0 ? x / W : x / target.members.length;
    slope.set(i, x - rest / S);
  }
  const w = ctx.first[0]!;
  const Tw = ranking.totals[w]!;
  const Bw = slope.get(w)!;
  for (const dir of [1, -1] as const) {
    const limit = dir === 1 ? S : W;
    let best = Infinity;
    const roots: { i: number; r: number }[] = [];
    for (const i of valid) {
      if (i === w) continue;
      // The winner's lead over i at change dir * r: (Tw - Ti) - r * dir * (Bi - Bw).
      const gain = dir * (slope.get(i)! - Bw);
      if (!(gain > 0)) continue;
      const r = Math.max(0, Tw - ranking.totals[i]! - tol) / gain;
      if (r <= limit * (1 + 1e-12)) {
        roots.push({ i, r: Math.min(r, limit) });
        if (r < best) best = Math.min(r, limit);
      }
    }
    if (best === Infinity) continue;
    const r = confirm(ctx, target.members, dir, best, limit);
    // Who comes first just beyond the threshold: step past it until the challenger that climbs
    // fastest among those drawing level leads by more than the tie tolerance (or to the end of the range).
    let fastest = -Infinity;
    for (const x of roots)
      if (x.r <= best + 1e-9 * Math.max(1, best))
        fastest = Math.max(fastest, dir * (slope.get(x.i)! - Bw));
    const beyond = Math.min(limit, r + (4 * tol) / fastest + 1e-12 * Math.max(1, r));
    let after = standingOf(t, rankResolved(reweigh(t, target.members, dir * beyond)).ranks);
    if (standingKey(after) === ctx.key)
      after = standingOf(t, rankResolved(reweigh(t, target.members, dir * r)).ranks);
    const threshold: WeightThreshold = {
      change: dir * r,
      weight: W + dir * r,
      searched: null,
      ...after,
    };
    if (dir === 1) out.increase = threshold;
    else out.decrease = threshold;
  }
  return out;
}

/**
 * The root, checked by rescoring: in floating point the totals at the exact
 * root can miss the tie by a rounding error, so step past it by the smallest
 * amounts until the core sees the change.
 */
function confirm(
  ctx: Ctx,
  members: readonly number[],
  dir: 1 | -1,
  r: number,
  limit: number,
): number {
  let x = r;
  for (let k = 0; k < 64; k++) {
    const ranks = rankResolved(reweigh(ctx.t, members, dir * x)).ranks;
    if (standingKey(standingOf(ctx.t, ranks)) !== ctx.key) return x;
    const next = Math.min(limit, r + Math.max(r, 1e-9) * 1e-13 * 2 ** k);
    if (next <= x) break;
    x = next;
  }
  return r;
}

// ---------------------------------------------------------------- search (methods other than weighted)

/** Steps of the scan that precedes each bisection. */
const SCAN_STEPS = 200;

/**
 * The smallest x in (0, limit] at which `changed(x)` holds, found by a scan
 * of the range and a bisection between the last step without a change and
 * the first with one; null when no step changes anything. (The methods'
 * values move continuously and, for one bid's score or price, monotonically:
 * the first change the scan sees is the first there is, up to its step.)
 */
function firstChange(
  limit: number,
  changed: (x: number) => boolean,
  steps = SCAN_STEPS,
): { at: number; width: number } | null {
  if (!(limit > 0)) return null;
  const top = limit * (1 - 1e-9);
  let lo = 0;
  let hi = -1;
  for (let j = 1; j <= steps; j++) {
    const x = j === steps ? top : (limit * j) / steps;
    if (changed(x)) {
      hi = x;
      break;
    }
    lo = x;
  }
  if (hi < 0) return null;
  for (let k = 0; k < 60 && hi - lo > 1e-9 * Math.max(1, limit); k++) {
    const mid = (lo + hi) / 2;
    if (changed(mid)) hi = mid;
    else lo = mid;
  }
  return { at: hi, width: hi - lo };
}

/** The standing after a change; a change the method cannot rank (a weight of 0 it divides by) is none. */
function standingAfter(change: () => ResolvedTender): Standing | null {
  try {
    const t = change();
    const r = rankResolved(t);
    if (r.values.some((v) => v !== null && !Number.isFinite(v))) return null;
    return standingOf(t, r.ranks);
  } catch {
    return null;
  }
}

/** Weight thresholds by search, for a method that has weights but is not linear in them. */
function searchedWeight(ctx: Ctx, target: Target, range = Infinity): WeightSensitivity {
  const { t, valid } = ctx;
  const { inside: W, outside: S } = splitWeights(t, target.members);
  const out = noThreshold(target, W, S);
  if (!(S > 0) || ctx.first.length !== 1 || valid.length < 2) return out;
  const at = (d: number) => standingAfter(() => reweigh(t, target.members, d));
  for (const dir of [1, -1] as const) {
    const changed = (x: number) => {
      const s = at(dir * x);
      return s !== null && standingKey(s) !== ctx.key;
    };
    // Within a limited range a coarser scan suffices (the simulation asks only: within the margin?).
    const limit = Math.min(dir === 1 ? S : W, range);
    const found = firstChange(limit, changed, range < Infinity ? 20 : SCAN_STEPS);
    if (found === null) continue;
    const r = found.at;
    const threshold: WeightThreshold = {
      change: dir * r,
      weight: W + dir * r,
      searched: found.width,
      ...at(dir * r)!,
    };
    if (dir === 1) out.increase = threshold;
    else out.decrease = threshold;
  }
  return out;
}

/** The tender with one bid's score on criterion k set to x (a single score: no panel, consensus or label). */
function withScore(t: ResolvedTender, i: number, k: number, x: number): ResolvedTender {
  const b = t.bids[i]!;
  const set = <T>(list: readonly T[] | undefined, v: T) =>
    list?.map((old, j) => (j === k ? v : old));
  const bid: ResolvedBid = {
    ...b,
    evaluators: b.evaluators.map((ev, j) => (j === k ? [x] : ev)),
    consensus: set(b.consensus, null),
    labels: set(b.labels, null),
  };
  return { ...t, bids: t.bids.map((o, j) => (j === i ? bid : o)) };
}

/** The value that ranks, higher is better (a value where the lowest wins is negated). */
function merit(ctx: Ctx, i: number): number {
  const v = ctx.ranking.values[i]!;
  return lowerWins(ctx.method) ? -v : v;
}

/** The tender with one bid's label on criterion k set to `label` (its score or share `score`). */
function withLabel(
  t: ResolvedTender,
  i: number,
  k: number,
  label: string,
  score: number,
): ResolvedTender {
  const changed = withScore(t, i, k, score);
  const b = changed.bids[i]!;
  const labels = (b.labels ?? t.criteria.map(() => null)).map((l, j) => (j === k ? label : l));
  const bid: ResolvedBid = { ...b, labels };
  return { ...changed, bids: changed.bids.map((o, j) => (j === i ? bid : o)) };
}

/**
 * The increase of one bid's score on criterion k at which it draws level
 * with the first place, where a closed form exists (the other bids' values
 * do not move): fictitious price (the value earned is linear in the score,
 * rounded to the cent: round(value x s / scale) must reach the value earned
 * now plus the distance) and price per point (rounded to the cent, price /
 * quality must come down to the first's V: quality above price / (V + 0.5)). Null
 * for the utility index, whose best quality moves with the bid's score.
 */
function closedMargin(ctx: Ctx, i: number, k: number, score: number): number | null {
  const { t, ranking } = ctx;
  const c = t.criteria[k]!;
  const first = ctx.first.find((f) => ranking.values[f] !== null);
  if (first === undefined) return null;
  const bid = t.bids[i]!;
  if (ctx.method === 'fictitious_price' && c.value) {
    // Distance in whole cents; the value earned on k now, rounded as the core does.
    const behind = ranking.values[i]! - ranking.values[first]!;
    const target = earnedCents(c.value, score / c.scale) + behind;
    return Math.max(0, ((target - 0.5) * c.scale) / c.value - score);
  }
  if (ctx.method === 'price_per_point' && c.weight > 0) {
    // round(price / Q) <= V (the first's price per point, in cents) once Q > price / (V + 0.5).
    const needed = bid.price / (ranking.values[first]! + 0.5);
    return Math.max(0, ((needed - ranking.quality[i]!) * c.scale) / c.weight);
  }
  return null;
}

/** Score margins by search: the smallest score on one criterion at which the bid comes first. */
/**
 * A score margin on a labelled scale, in whole labels: `to` is the nearest
 * higher label that reaches the first place (undefined: none does; the
 * margin then runs to the top label and is not feasible).
 */
function labelMargin(
  c: ResolvedTender['criteria'][number],
  labels: readonly { label: string; score: number }[],
  score: number,
  now: string,
  to: { label: string; score: number } | undefined,
): CriterionMargin {
  const top = labels.reduce((m, l) => Math.max(m, l.score), -Infinity);
  return {
    criterion: c.id,
    score,
    scale: c.scale,
    increase: (to?.score ?? top) - score,
    needed: to?.score ?? top,
    feasible: to !== undefined,
    searched: null,
    label: { from: now, to: to?.label ?? null },
  };
}

function searchedMargins(ctx: Ctx): ScoreMargin[] {
  const { t, ranking, valid } = ctx;
  if (!ctx.first.length) return [];
  const top = Math.max(...ctx.first.map((i) => merit(ctx, i)));
  const out: ScoreMargin[] = [];
  for (const i of valid) {
    if (ranking.ranks[i] === 1) continue;
    const vendor = t.bids[i]!.vendor;
    const criteria: CriterionMargin[] = [];
    const standing = (change: () => ResolvedTender) => {
      const s = standingAfter(change);
      return s === null
        ? 'no'
        : s.winner === vendor
          ? 'win'
          : s.tied.includes(vendor)
            ? 'tie'
            : 'no';
    };
    t.criteria.forEach((c, k) => {
      // A criterion that earns nothing cannot help.
      if (c.price || !t.bids[i]!.evaluators[k]?.length) return;
      if (ctx.method === 'fictitious_price' ? !c.value : !(c.weight > 0)) return;
      const score = countingScore(t.bids[i]!, k);
      if (c.labels) {
        // A labelled scale moves by whole labels: the nearest higher label at which the bid comes first.
        const now = t.bids[i]!.labels?.[k];
        if (now === null || now === undefined) return;
        const up = c.labels.filter((l) => l.score > score).sort((a, b) => a.score - b.score);
        const to = up.find((l) => standing(() => withLabel(t, i, k, l.label, l.score)) !== 'no');
        criteria.push(labelMargin(c, c.labels, score, now, to));
        return;
      }
      const first = (x: number) => standing(() => withScore(t, i, k, x));
      if (!(c.scale > score) || first(c.scale) !== 'win') {
        // Even the top of the scale does not win: the whole rest of the scale would not do.
        criteria.push({
          criterion: c.id,
          score,
          scale: c.scale,
          increase: c.scale - score,
          needed: c.scale,
          feasible: false,
          searched: null,
        });
        return;
      }
      let increase: number;
      let searched: number | null = null;
      const exact = closedMargin(ctx, i, k, score);
      if (exact !== null && exact <= c.scale - score) {
        // Checked by rescoring; floating point may miss the tie by a hair: step past it.
        increase = exact;
        for (let n = 0; n < 64 && first(score + increase) === 'no'; n++)
          increase = exact + Math.max(exact, 1e-9) * 1e-13 * 2 ** n;
      } else {
        const found = firstChange(c.scale - score, (x) => first(score + x) !== 'no')!;
        increase = found.at;
        searched = found.width;
      }
      criteria.push({
        criterion: c.id,
        score,
        scale: c.scale,
        increase,
        needed: score + increase,
        feasible: true,
        searched,
      });
    });
    let best: CriterionMargin | null = null;
    for (const m of criteria)
      if (m.feasible && (!best || m.increase / m.scale < best.increase / best.scale)) best = m;
    out.push({ vendor, rank: ranking.ranks[i]!, behind: top - merit(ctx, i), best, criteria });
  }
  return out.sort((a, b) => a.rank - b.rank || byName(a.vendor, b.vendor));
}

/** The winner's labels: per labelled criterion, the nearest lower label that changes the winner. */
function winnerLabels(ctx: Ctx): WinnerLabel[] {
  const { t } = ctx;
  if (ctx.first.length !== 1 || ctx.valid.length < 2) return [];
  const w = ctx.first[0]!;
  const bid = t.bids[w]!;
  const out: WinnerLabel[] = [];
  t.criteria.forEach((c, k) => {
    const from = bid.labels?.[k];
    if (c.price || !c.labels || from === null || from === undefined) return;
    if (ctx.method === 'fictitious_price' ? !c.value : !(c.weight > 0)) return;
    const score = countingScore(bid, k);
    const down = c.labels.filter((l) => l.score < score).sort((a, b) => b.score - a.score);
    for (const l of down) {
      const s = standingAfter(() => withLabel(t, w, k, l.label, l.score));
      if (s !== null && standingKey(s) !== ctx.key) {
        out.push({ vendor: bid.vendor, criterion: c.id, from, to: l.label, ...s });
        return;
      }
    }
    out.push({ vendor: bid.vendor, criterion: c.id, from, to: null, winner: null, tied: [] });
  });
  return out;
}

// ---------------------------------------------------------------- score margins

function scoreMargins(ctx: Ctx): ScoreMargin[] {
  const { t, ranking, tol, valid } = ctx;
  if (!ctx.first.length) return [];
  const top = Math.max(...ctx.first.map((i) => ranking.totals[i]!));
  const out: ScoreMargin[] = [];
  for (const i of valid) {
    if (ranking.ranks[i] === 1) continue;
    const behind = top - ranking.totals[i]!;
    const criteria: CriterionMargin[] = [];
    t.criteria.forEach((c, k) => {
      if (c.price || !(c.weight > 0)) return;
      const score = countingScore(t.bids[i]!, k);
      const increase = (behind * c.scale) / c.weight;
      const needed = score + increase;
      const now = c.labels ? t.bids[i]!.labels?.[k] : undefined;
      if (c.labels && now !== null && now !== undefined) {
        // A labelled scale moves by whole labels: the nearest label that reaches the first place (tied or alone).
        const reach = needed - (tol * c.scale) / c.weight;
        const to = c.labels
          .filter((l) => l.score > score && l.score >= reach)
          .sort((a, b) => a.score - b.score)[0];
        criteria.push(labelMargin(c, c.labels, score, now, to));
        return;
      }
      // Winning needs a total above the first place by more than the tie tolerance.
      const feasible = needed + (tol * c.scale) / c.weight < c.scale;
      criteria.push({
        criterion: c.id,
        score,
        scale: c.scale,
        increase,
        needed,
        feasible,
        searched: null,
      });
    });
    let best: CriterionMargin | null = null;
    for (const m of criteria)
      if (m.feasible && (!best || m.increase / m.scale < best.increase / best.scale)) best = m;
    out.push({ vendor: t.bids[i]!.vendor, rank: ranking.ranks[i]!, behind, best, criteria });
  }
  return out.sort((a, b) => a.rank - b.rank || byName(a.vendor, b.vendor));
}

// ---------------------------------------------------------------- rank reversal

const relation = (ra: number, rb: number): Relation =>
  ra < rb ? 'ahead' : ra > rb ? 'behind' : 'tied';

/** Pairs of bids (indexes into t.bids) whose relation differs between two rankings; `after` maps a bid to its rank afterwards. */
function pairChanges(
  t: ResolvedTender,
  bids: readonly number[],
  before: (i: number) => number,
  after: (i: number) => number,
): { changes: PairChange[]; count: number } {
  const order = [...bids].sort(
    (x, y) => before(x) - before(y) || byName(t.bids[x]!.vendor, t.bids[y]!.vendor),
  );
  const changes: PairChange[] = [];
  let count = 0;
  for (let p = 0; p < order.length; p++) {
    const x = order[p]!;
    const bx = before(x);
    const ax = after(x);
    for (let q = p + 1; q < order.length; q++) {
      const y = order[q]!;
      const rb = relation(bx, before(y));
      const ra = relation(ax, after(y));
      if (ra === rb) continue;
      count++;
      if (changes.length < LIST_LIMIT)
        changes.push({ a: t.bids[x]!.vendor, b: t.bids[y]!.vendor, before: rb, after: ra });
    }
  }
  return { changes, count };
}

function anyPairChange(
  bids: readonly number[],
  before: (i: number) => number,
  after: (i: number) => number,
): boolean {
  for (let p = 0; p < bids.length; p++) {
    for (let q = p + 1; q < bids.length; q++) {
      if (
        relation(before(bids[p]!), before(bids[q]!)) !== relation(after(bids[p]!), after(bids[q]!))
      )
        return true;
    }
  }
  return false;
}

/** Bid `gone` withdrawn and the rest rescored; null when the order of the others stays. */
function withdrawal(ctx: Ctx, gone: number): Withdrawal | null {
  const { t, ranking, valid } = ctx;
  const rest = { ...t, bids: t.bids.filter((_, k) => k !== gone) };
  const after = rankResolved(rest);
  const map = (i: number) => (i < gone ? i : i - 1);
  const { changes, count } = pairChanges(
    t,
    valid.filter((i) => i !== gone),
    (i) => ranking.ranks[i]!,
    (i) => after.ranks[map(i)]!,
  );
  if (count === 0) return null;
  const standing = standingOf(rest, after.ranks);
  return {
    vendor: t.bids[gone]!.vendor,
    lowestPrice: after.lowestPrice!,
    winnerChanged: standingKey(standing) !== ctx.key,
    ...standing,
    changes,
    changeCount: count,
  };
}

/** The relative formula: only withdrawing the single bid with the lowest valid price can change anything. */
function withdrawals(ctx: Ctx, losers: readonly number[]): Withdrawal[] {
  const { t, ranking, valid } = ctx;
  const lowest = ranking.lowestPrice!;
  const atLowest = valid.filter((i) => t.bids[i]!.price === lowest);
  // Without any other bid the lowest price, and so every total, stays exactly the same.
  if (atLowest.length !== 1 || !losers.includes(atLowest[0]!)) return [];
  const w = withdrawal(ctx, atLowest[0]!);
  return w ? [w] : [];
}

/** A bid that meets every knock-out, scores 0 on every criterion, at this price. */
function addedBid(t: ResolvedTender, price: number): ResolvedBid {
  const knockouts: Record<string, boolean> = {};
  for (const r of t.knockouts) knockouts[r] = true;
  return {
    vendor: '\u0000added',
    index: t.bids.length,
    price,
    priceSource: { kind: 'price' },
    evaluators: t.criteria.map((c) => (c.price ? null : [0])),
    knockouts,
  };
}

function addition(ctx: Ctx, priceWeight: number): Addition {
  const { t, ranking, tol, valid, nc } = ctx;
  const lowest = ranking.lowestPrice!;
  const total = (i: number) => ranking.totals[i]!;
  // Points on everything but price; the price fraction is the same for every price criterion.
  const priceK = t.criteria.findIndex((c) => c.price);
  const quality = new Map(
    valid.map((i) => [i, total(i) - priceWeight * ctx.frac[i * nc + priceK]!]),
  );
  // The added bid earns all price points and nothing else; it must stay below some bid's total.
  let floor = Infinity;
  for (const i of valid)
    floor = Math.min(
      floor,
      (t.bids[i]!.price * (priceWeight + tol - quality.get(i)!)) / priceWeight,
    );
  floor = Math.max(0, floor);

  interface Candidate {
    x: number;
    y: number;
    before: Relation;
    p: number;
    cents: number;
  }
  const candidates: Candidate[] = [];
  const rank = (i: number) => ranking.ranks[i]!;
  for (let p = 0; p < valid.length; p++) {
    for (let q = p + 1; q < valid.length; q++) {
      let x = valid[p]!;
      let y = valid[q]!;
      let before = relation(rank(x), rank(y));
      if (before === 'behind') [x, y, before] = [y, x, 'ahead'];
      else if (before === 'tied' && byName(t.bids[x]!.vendor, t.bids[y]!.vendor) > 0)
        [x, y] = [y, x];
      // D(p') = alpha + (beta - alpha) p' / lowest: alpha at a price of 0, beta now.
      const alpha = quality.get(x)! - quality.get(y)!;
      const beta = total(x) - total(y);
      let pStar: number | null = null;
      if (before === 'ahead') {
        if (alpha < tol && beta > alpha) pStar = (lowest * (tol - alpha)) / (beta - alpha);
      } else if (alpha > tol && alpha > beta) pStar = (lowest * (alpha - tol)) / (alpha - beta);
      else if (alpha < -tol && beta > alpha) pStar = (lowest * (-tol - alpha)) / (beta - alpha);
      if (pStar === null || !(pStar > floor) || !(pStar < lowest)) continue;
      // In whole cents: at pStar itself a pair that is ordered now is level (a change); a tied pair parts only below it.
      const cents = Math.min(
        lowest - 1,
        before === 'tied' ? Math.ceil(pStar) - 1 : Math.floor(pStar),
      );
      if (cents < 1 || !(cents > floor)) continue;
      candidates.push({ x, y, before, p: pStar, cents });
    }
  }
  candidates.sort(
    (a, b) =>
      b.p - a.p ||
      byName(t.bids[a.x]!.vendor, t.bids[b.x]!.vendor) ||
      byName(t.bids[a.y]!.vendor, t.bids[b.y]!.vendor),
  );

  const trial = (cents: number) => withAdded(ctx, addedBid(t, cents));
  const after = (r: Ranking) => (i: number) => r.ranks[i]!;

  const out: Addition = {
    ...noAddition('cheaper'),
    floorPrice: Math.floor(floor),
    pairs: candidates.slice(0, LIST_LIMIT).map((c) => ({
      a: t.bids[c.x]!.vendor,
      b: t.bids[c.y]!.vendor,
      before: c.before,
      price: c.cents,
    })),
    pairCount: candidates.length,
  };
  // The highest price that changes the order, checked by rescoring (a cent lower when rounding gets in the way).
  const tries = (list: Candidate[]) =>
    list
      .slice(0, 10)
      .flatMap((c) => [c.cents, c.cents - 1, c.cents - 2].filter((v) => v >= 1 && v > floor));
  for (const cents of tries(candidates)) {
    const got = trial(cents);
    if (!got || !anyPairChange(valid, rank, after(got.r))) continue;
    const { changes, count } = pairChanges(t, valid, rank, after(got.r));
    Object.assign(out, { orderPrice: cents, orderChanges: changes, orderChangeCount: count });
    break;
  }
  const firsts = new Set(ctx.first);
  for (const cents of tries(candidates.filter((c) => firsts.has(c.x) || firsts.has(c.y)))) {
    const got = trial(cents);
    if (!got || standingKey(got.standing) === ctx.key) continue;
    Object.assign(out, {
      winnerPrice: cents,
      winner: got.standing.winner,
      tied: got.standing.tied,
    });
    break;
  }
  return out;
}

/** Withdrawing each bid that did not win in turn, rescoring the rest (any method). */
function searchedWithdrawals(ctx: Ctx, losers: readonly number[]): Withdrawal[] {
  return losers.map((gone) => withdrawal(ctx, gone)).filter((w): w is Withdrawal => w !== null);
}

/** Whether a tender with one bid added orders the others differently; null when the added bid comes first (or is excluded). */
function withAdded(ctx: Ctx, added: ResolvedBid) {
  const { t } = ctx;
  const bids = [...t.bids, added];
  const tender = { ...t, bids };
  const r = rankResolved(tender);
  const last = bids.length - 1;
  if (r.ranks[last] === null || r.ranks[last] === 1) return null;
  return { r, standing: standingOf(tender, r.ranks, last) };
}

/** An addition that changes nothing (yet). */
function noAddition(kind: Addition['kind']): Addition {
  return {
    kind,
    floorPrice: 0,
    orderPrice: null,
    orderChanges: [],
    orderChangeCount: 0,
    winnerPrice: null,
    winner: null,
    tied: [],
    pairs: [],
    pairCount: 0,
  };
}

/** A cheaper bid without quality points, by search over its price (weighted with the log formula). */
function searchedAddition(ctx: Ctx): Addition {
  const { t, ranking, valid } = ctx;
  const lowest = ranking.lowestPrice!;
  const rank = (i: number) => ranking.ranks[i]!;
  const out = noAddition('cheaper');
  if (lowest <= 1) return out;
  // Prices in whole cents below the lowest, from just below it down to 1 cent.
  const at = (d: number) => Math.max(1, lowest - Math.round(d));
  const span = lowest - 1;
  const trial = (d: number) => withAdded(ctx, addedBid(t, at(d)));
  // Prices are whole cents (at() rounds), so the bisection ends on the cent.
  const wins = firstChange(span, (d) => trial(d) === null)?.at ?? null;
  if (wins !== null) out.floorPrice = at(wins);
  const order =
    firstChange(span, (d) => {
      const got = trial(d);
      return got !== null && anyPairChange(valid, rank, (i) => got.r.ranks[i]!);
    })?.at ?? null;
  if (order !== null) {
    const got = trial(order)!;
    const { changes, count } = pairChanges(t, valid, rank, (i) => got.r.ranks[i]!);
    Object.assign(out, { orderPrice: at(order), orderChanges: changes, orderChangeCount: count });
  }
  const winner =
    firstChange(span, (d) => {
      const got = trial(d);
      return got !== null && standingKey(got.standing) !== ctx.key;
    })?.at ?? null;
  if (winner !== null) {
    const got = trial(winner)!;
    Object.assign(out, {
      winnerPrice: at(winner),
      winner: got.standing.winner,
      tied: got.standing.tied,
    });
  }
  return out;
}

/**
 * A bid with the top score on every criterion, at a price where it does not
 * win (the budget, else a thousand times the dearest valid price): under the
 * utility index the best quality moves every other bid's value.
 */
function betterAddition(ctx: Ctx): Addition {
  const { t, ranking, valid } = ctx;
  const dearest = Math.max(...valid.map((i) => t.bids[i]!.price));
  const price = t.budget ?? dearest * 1000;
  const bid: ResolvedBid = {
    ...addedBid(t, price),
    evaluators: t.criteria.map((c) => (c.price ? null : [c.scale])),
  };
  const out = noAddition('better');
  const got = withAdded(ctx, bid);
  if (!got) return out;
  const rank = (i: number) => ranking.ranks[i]!;
  const { changes, count } = pairChanges(t, valid, rank, (i) => got.r.ranks[i]!);
  if (count > 0)
    Object.assign(out, { orderPrice: price, orderChanges: changes, orderChangeCount: count });
  if (standingKey(got.standing) !== ctx.key)
    Object.assign(out, {
      winnerPrice: price,
      winner: got.standing.winner,
      tied: got.standing.tied,
    });
  return out;
}

function rankReversal(ctx: Ctx): RankReversal {
  const { t, valid } = ctx;
  const losers = valid.filter((i) => ctx.ranking.ranks[i] !== 1);
  const none = (reason: RankReversal['reason']): RankReversal => ({
    applicable: false,
    reason,
    checked: 0,
    withdrawals: [],
    addition: null,
  });
  if (ctx.method !== 'weighted' && ctx.method !== 'utility_index') return none('independent');
  if (ctx.method === 'weighted' && t.priceMethod === 'bounds') return none('bounds');
  let priceWeight = 0;
  for (const c of t.criteria) if (c.price) priceWeight += c.weight;
  if (!(priceWeight > 0)) return none('no-price');
  if (valid.length < 2) return none('too-few-bids');
  const exact = ctx.method === 'weighted' && t.priceMethod === 'relative';
  return {
    applicable: true,
    reason: null,
    checked: losers.length,
    withdrawals: exact ? withdrawals(ctx, losers) : searchedWithdrawals(ctx, losers),
    addition: exact
      ? addition(ctx, priceWeight)
      : ctx.method === 'weighted'
        ? searchedAddition(ctx)
        : betterAddition(ctx),
  };
}

// ---------------------------------------------------------------- evaluators

function evaluatorInfluence(ctx: Ctx): EvaluatorInfluence {
  const { t, valid } = ctx;
  let panel = 0;
  for (const i of valid)
    for (const ev of t.bids[i]!.evaluators) if (ev && ev.length > panel) panel = ev.length;
  if (panel < 2) return { panel, applicable: false, leaveOut: [] };
  const leaveOut: EvaluatorLeaveOut[] = [];
  for (let e = 0; e < panel; e++) {
    const bids = t.bids.map((b) => ({
      ...b,
      evaluators: b.evaluators.map((ev) =>
        ev && ev.length > 1 && e < ev.length ? ev.filter((_, k) => k !== e) : ev,
      ),
    }));
    const without = { ...t, bids };
    const standing = standingOf(without, rankResolved(without).ranks);
    leaveOut.push({ evaluator: e + 1, ...standing, changed: standingKey(standing) !== ctx.key });
  }
  return { panel, applicable: true, leaveOut };
}

// ---------------------------------------------------------------- all together

/**
 * The robustness of a scored tender: weight sensitivity, score margins, rank
 * reversal and evaluator influence, and whether the outcome is fragile (the
 * first place changes with a weight change within `margin` points, by
 * withdrawing a bid that did not win or adding a cheaper bid that does not
 * win itself, or is a tie). Throws a TenderInputError like `rankResolved`.
 */
export function analyseRobustness(t: ResolvedTender, options: RobustnessOptions = {}): Robustness {
  const margin = options.margin ?? DEFAULT_MARGIN;
  const ctx = context(t);
  const { ranking, valid } = ctx;
  const standing = standingOf(t, ranking.ranks);
  const all = targets(t);
  const steps = all.length + 3;
  const report = options.onProgress ?? (() => {});
  const weighted = usesWeights(ctx.method);
  const scored = ctx.method !== 'lowest_price' && ctx.method !== 'lowest_cost';
  const weights = weighted
    ? all.map((x, k) => {
        const w = ctx.linear
          ? weightSensitivity(ctx, x)
          : searchedWeight(ctx, x, options.weightRange);
        report(k + 1, steps);
        return w;
      })
    : [];
  const margins =
    !scored || options.scoreMargins === false
      ? []
      : ctx.linear
        ? scoreMargins(ctx)
        : searchedMargins(ctx);
  report(all.length + 1, steps);
  const rankRev = rankReversal(ctx);
  report(all.length + 2, steps);
  const evaluators = evaluatorInfluence(ctx);
  report(steps, steps);

  let runnerUp: string | null = null;
  let lead: number | null = null;
  if (standing.winner !== null && valid.length > 1) {
    const w = ctx.first[0]!;
    let second = -1;
    for (const i of valid) {
      if (i === w) continue;
      if (
        second < 0 ||
        merit(ctx, i) > merit(ctx, second) ||
        (merit(ctx, i) === merit(ctx, second) &&
          byName(t.bids[i]!.vendor, t.bids[second]!.vendor) < 0)
      )
        second = i;
    }
    runnerUp = t.bids[second]!.vendor;
    lead = merit(ctx, w) - merit(ctx, second);
  }

  const reasons: FragileReason[] = [];
  if (standing.tied.length) reasons.push({ kind: 'tie', tied: standing.tied });
  for (const ws of weights) {
    for (const th of [ws.increase, ws.decrease]) {
      if (th && Math.abs(th.change) <= margin)
        reasons.push({
          kind: 'weight',
          target: ws.kind,
          id: ws.id,
          change: th.change,
          winner: th.winner,
          tied: th.tied,
        });
    }
  }
  for (const w of rankRev.withdrawals)
    if (w.winnerChanged)
      reasons.push({ kind: 'withdrawal', vendor: w.vendor, winner: w.winner, tied: w.tied });
  const add = rankRev.addition;
  if (add && add.winnerPrice !== null)
    reasons.push({ kind: 'addition', price: add.winnerPrice, winner: add.winner, tied: add.tied });

  return {
    ...standing,
    method: ctx.method,
    unit: ctx.method === 'weighted' ? 'points' : ctx.method === 'utility_index' ? 'index' : 'cents',
    weighted,
    scored,
    margin,
    maxPoints: ranking.maxPoints,
    tolerance: ranking.tolerance,
    priceMethod: t.priceMethod,
    priceFactor: t.priceFactor ?? DEFAULT_LOG_FACTOR,
    valid: valid.length,
    runnerUp,
    lead,
    fragile: reasons.length > 0,
    reasons,
    weights,
    margins,
    criteria: t.criteria.map((c) => ({ id: c.id, name: c.name })),
    winnerLabels: !scored || options.scoreMargins === false ? [] : winnerLabels(ctx),
    rankReversal: rankRev,
    evaluators,
    tieBreak: decidedTie(t, standing),
  };
}
