/**
 * The award methods Dutch tenders use, as pure formulas. Each method turns a
 * valid bid into one ranking value; `src/score/score.ts` (rankResolved) ranks
 * every method through these, so robustness, design and lots see one path.
 *
 *   weighted          total points: quality points + price points; highest wins
 *                     (price points: relative, bounds or log, see priceFraction)
 *   fictitious_price  price - sum of value x share earned, in cents; lowest wins
 *   price_per_point   price / quality points, in cents per point; lowest wins
 *   utility_index     ((1 - (Qbest - Qi) x N) / Pi) x Pbest; highest wins
 *                     (Q: quality points / their maximum; N = WQ / WP)
 *   lowest_price      the price in cents; lowest wins
 *   lowest_cost       the cost in cents (net present value of the tco link,
 *                     else the price); lowest wins
 *
 * API for analyses (robustness, design, lots):
 *   - `methodValue(setting, bid, field)`: a bid's ranking value, given the
 *     field (lowest valid price, highest quality share) of the valid bids.
 *   - `fieldOf(bids)`, `lowerWins(method)`, `methodTolerance(...)`.
 *   - `priceToWin(setting, bids, i, cap, tolerance)`: the highest price in
 *     cents at which bid i still ranks first (tied or alone), rescoring the
 *     whole field; null when no price > 0 suffices or when it wins at any
 *     price up to the cap.
 * Nothing here reads files or formats text.
 */

export const AWARD_METHODS = [
  'weighted',
  'fictitious_price',
  'price_per_point',
  'utility_index',
  'lowest_price',
  'lowest_cost',
] as const;

export type AwardMethod = (typeof AWARD_METHODS)[number];

export type PriceMethod = 'relative' | 'bounds' | 'log';

/** How price criteria earn points in the weighted method. */
export interface PriceRule {
  method: PriceMethod;
  /** bounds: best and worst price in cents. */
  bounds: { best: number; worst: number } | null;
  /** log: the price ratio to the lowest price at which no price points remain (default 2). */
  factor: number;
}

/** The log formula's default factor: at twice the lowest price a bid earns no price points. */
export const DEFAULT_LOG_FACTOR = 2;

/** True when the lowest value ranks first (every method whose value is in euros). */
export function lowerWins(method: AwardMethod): boolean {
  return method !== 'weighted' && method !== 'utility_index';
}

/** True when the method's value is an amount in cents (ties are equal to the cent). */
export function valueInCents(method: AwardMethod): boolean {
  return lowerWins(method);
}

/** The methods that add up weighted points (weights required). */
export function usesWeights(method: AwardMethod): boolean {
  return method === 'weighted' || method === 'price_per_point' || method === 'utility_index';
}

/**
 * The methods whose reports show points (the weighted ones); fictitious
 * price, lowest price and lowest cost rank in euros and leave points cells
 * empty, where a 0 would read as a score.
 */
export function givesPoints(method: AwardMethod): boolean {
  return usesWeights(method);
}

/** The methods that score price through a price criterion. */
export function usesPriceCriterion(method: AwardMethod): boolean {
  return method === 'weighted' || method === 'utility_index';
}

/**
 * Fraction of a price criterion's weight that a price earns, between 0 and 1:
 * relative lowest / price; bounds (worst - price) / (worst - best);
 * log max(0, 1 - ln(price / lowest) / ln(factor)).
 */
export function priceFraction(rule: PriceRule, price: number, lowest: number): number {
  if (rule.method === 'bounds' && rule.bounds) {
    const { best, worst } = rule.bounds;
    if (price <= best) return 1;
    if (price >= worst) return 0;
    return Math.min(1, Math.max(0, (worst - price) / (worst - best)));
  }
  if (rule.method === 'log') {
    if (price <= lowest) return 1;
    return Math.max(0, 1 - Math.log(price / lowest) / Math.log(rule.factor));
  }
  return Math.min(1, lowest / price);
}

/** What a valid bid brings to its method's formula. */
export interface MethodBid {
  /** Price (or cost) in cents, more than 0. */
  price: number;
  /** Quality points: the points of every criterion that is not a price criterion. */
  quality: number;
  /** fictitious_price: the quality value earned in cents (a malus makes it smaller). */
  earned: number;
}

/** A tender's method and what its formula needs besides the bids. */
export interface MethodSetting {
  method: AwardMethod;
  rule: PriceRule;
  /** Sum of the price criteria's weights (WP). */
  priceWeight: number;
  /** Sum of the quality criteria's weights (WQ): the most quality points a bid can earn. */
  qualityMax: number;
}

/** What the valid bids set together: the lowest price, the highest quality points. */
export interface MethodField {
  lowest: number;
  bestQuality: number;
}

export function fieldOf(bids: readonly MethodBid[]): MethodField {
  let lowest = Infinity;
  let bestQuality = -Infinity;
  for (const b of bids) {
    if (b.price < lowest) lowest = b.price;
    if (b.quality > bestQuality) bestQuality = b.quality;
  }
  return { lowest, bestQuality };
}

/** Fictitious price in cents: price minus the quality value earned. */
export function fictitiousPrice(price: number, earned: number): number {
  return price - earned;
}

/** The value a share earns of a criterion's value in cents, rounded to the cent (half away from zero). */
export function earnedCents(valueCents: number, share: number): number {
  const x = valueCents * share;
  // Half away from zero, with a guard against 0.49999... from binary fractions.
  const r = Math.sign(x) * Math.round(Math.abs(x) + 1e-9);
  return r === 0 ? 0 : r;
}

/** Price per quality point in cents, rounded to the cent; null when the bid has no quality points. */
export function pricePerPoint(price: number, quality: number): number | null {
  if (!(quality > 0)) return null;
  return Math.round(price / quality);
}

/** The utility index ((1 - (Qbest - Qi) x N) / Pi) x Pbest, with Q as a fraction of the quality maximum. */
export function utilityIndex(s: MethodSetting, b: MethodBid, f: MethodField): number {
  const q = b.quality / s.qualityMax;
  const qBest = f.bestQuality / s.qualityMax;
  const n = s.qualityMax / s.priceWeight;
  return ((1 - (qBest - q) * n) / b.price) * f.lowest;
}

/**
 * A valid bid's ranking value under its method. For `weighted` this is the
 * quality points plus the price points (the same sum the scorer makes per
 * criterion, up to rounding in the last bits). Null: the method gives this
 * bid no value (price_per_point without quality points).
 */
export function methodValue(s: MethodSetting, b: MethodBid, f: MethodField): number | null {
  switch (s.method) {
    case 'weighted':
      return b.quality + s.priceWeight * priceFraction(s.rule, b.price, f.lowest);
    case 'fictitious_price':
      return fictitiousPrice(b.price, b.earned);
    case 'price_per_point':
      return pricePerPoint(b.price, b.quality);
    case 'utility_index':
      return utilityIndex(s, b, f);
    case 'lowest_price':
    case 'lowest_cost':
      return b.price;
  }
}

/** Values within this distance are a tie: a fraction of the maximum for points, 0 for cents. */
export function methodTolerance(method: AwardMethod, maxPoints: number, relative: number): number {
  if (method === 'weighted') return relative * maxPoints;
  if (method === 'utility_index') return relative;
  return 0;
}

/** The largest price in cents the search considers without a budget ceiling (EUR 10 trillion). */
export const MAX_SEARCH_CENTS = 1e15;

/**
 * The highest price in cents (1 cent up to `cap`) at which bid `i` ranks
 * first, tied or alone, when every other bid stays as it is and the whole
 * field is rescored (a new lowest price moves the others' price points).
 * For the winner this is the price at which it would tie the runner-up; for
 * another bid the price at which it would tie the bid ranked first.
 * Null when there is no other valid bid, when even 1 cent does not suffice,
 * or when the bid ranks first at the cap (it wins at any admissible price).
 * Every formula is monotone in the bid's own price, so a bisection over
 * whole cents finds the exact boundary.
 */
export function priceToWin(
  s: MethodSetting,
  bids: readonly MethodBid[],
  i: number,
  cap: number,
  tolerance: number,
): number | null {
  if (bids.length < 2 || !(cap >= 1)) return null;
  const low = lowerWins(s.method);
  const others = bids.filter((_, j) => j !== i);
  let lowestOthers = Infinity;
  for (const b of others) if (b.price < lowestOthers) lowestOthers = b.price;
  const bestQuality = fieldOf(bids).bestQuality;
  const first = (p: number): boolean => {
    const me = { ...bids[i]!, price: p };
    const f: MethodField = { lowest: Math.min(p, lowestOthers), bestQuality };
    const mine = methodValue(s, me, f);
    if (mine === null) return false;
    let best: number | null = null;
    for (const o of others) {
      const v = methodValue(s, o, f);
      if (v === null) continue;
      if (best === null || (low ? v < best : v > best)) best = v;
    }
    if (best === null) return true;
    return low ? mine <= best + tolerance : mine >= best - tolerance;
  };
  const top = Math.floor(cap);
  if (!first(1)) return null;
  if (first(top)) return null;
  let lo = 1;
  let hi = top;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (first(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
