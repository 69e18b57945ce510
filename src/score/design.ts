/**
 * Before a tender is published: simulate its award criteria on generated
 * bid sets and count how often the outcome is fragile, with the relative and
 * the bounds price method side by side (`inkoop design`).
 *
 * Each run draws a set of bids from a seeded generator (the same seed gives
 * the same sets): a price between the lowest price and (1 + spread) times it,
 * in whole euros; a quality level between 40% and 90% of the scale, half of
 * it following the price (a dearer bid tends to score higher, the trade-off
 * that makes price formulas matter) and half of it independent; per criterion
 * that level plus or minus 15% of the scale, rounded to a tenth of the scale.
 * Every set is scored with both methods and analysed with analyseRobustness.
 *
 * With `methods` (`inkoop design --methods weighted,fictitious_price,...`)
 * the columns are award methods instead, each scoring the same generated
 * sets: `weighted` with the tender's own price formula; `fictitious_price`
 * with each criterion's `value`, or, where a criterion has none, a value in
 * proportion to its weight (the lowest price x weight / maximum);
 * `lowest_cost` is the price here (generated bids have no TCO). For the
 * methods other than weighted the analysis searches weight changes only
 * within the margin and skips score margins (the simulation counts neither).
 * Pure: no files, no output.
 */
import { flattenCriteria, maxPoints, type CriteriaEntry, type FlatCriterion } from './criteria.js';
import type { AwardMethod } from './methods.js';
import { analyseRobustness, DEFAULT_MARGIN } from './robustness.js';
import type { PriceMethod, ResolvedBid, ResolvedTender } from './score.js';

export interface DesignOptions {
  /** The tender's scale (default 10); a criterion's own scale overrides it. */
  scale?: number;
  /** Bids per set (default 5, at least 2). */
  bids?: number;
  /** Number of generated sets (default 1000). */
  runs?: number;
  /** Seed of the generator (default 1). */
  seed?: number;
  /** Prices run from the lowest price to (1 + spread) times it (default 0.3). */
  spread?: number;
  /** The weight margin in points for "fragile" (default 5). */
  margin?: number;
  /** The lowest price a bid can have, in cents (default 10,000,000: EUR 100,000). */
  low?: number;
  /** Bounds for the bounds method, in cents (default: best = low, worst = low x (1 + 2 x spread) in whole euros). */
  bounds?: { best: number; worst: number };
  /** The tender's own price method, to mark in the report (default relative). */
  method?: PriceMethod;
  /** The log formula's factor (default 2). */
  priceFactor?: number;
  /** The tender's own award method (default weighted). */
  award?: AwardMethod;
  /** Award methods to compare side by side instead of the two price formulas. */
  methods?: readonly AwardMethod[];
}

/** How often something happened in the generated sets, for one price method. */
export interface DesignStats {
  /** The column: a price formula (relative, bounds), or an award method with --methods. */
  method: string;
  /** The award method and price formula the column scores with. */
  award: AwardMethod;
  price: PriceMethod;
  /** Whether the method can show rank reversal at all (withdrawing or adding a bid reorders the others). */
  reversible: boolean;
  /** Sets simulated. */
  sets: number;
  /** Sets with a tie for first place. */
  ties: number;
  /** Sets where withdrawing a bid that did not win changes the winner. */
  withdrawalWinner: number;
  /** Sets where withdrawing a bid that did not win changes the order of the others. */
  withdrawalOrder: number;
  /** Sets where adding a cheaper bid (that does not win itself) changes the winner. */
  additionWinner: number;
  /** Sets where adding such a bid changes the order. */
  additionOrder: number;
  /** Sets where withdrawing or adding one bid changes the winner (either). */
  reversalWinner: number;
  /** Sets where a weight change within the margin changes the winner. */
  weightWinner: number;
  /** Sets that are fragile as `inkoop score --fail-if-fragile` judges it. */
  fragile: number;
}

export interface DesignReport {
  /** Number of criteria that earn points, and of those scored from the price. */
  criteria: number;
  priceCriteria: number;
  maxPoints: number;
  /** Sum of the weights of the price criteria. */
  priceWeight: number;
  bids: number;
  runs: number;
  seed: number;
  spread: number;
  margin: number;
  /** Cents. */
  low: number;
  bounds: { best: number; worst: number };
  /** The tender's own price method and award method. */
  method: PriceMethod;
  award: AwardMethod;
  /** True with --methods: the columns are award methods. */
  compared: boolean;
  /** The counts per column (relative and bounds, or the award methods asked for), in order. */
  methods: Record<string, DesignStats>;
}

/** A small, fast, seeded generator (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One generated set of bids (see the top of this file): prices in whole
 * euros from `low` to (1 + spread) x low, one evaluator's score per scored
 * criterion. Draws from `rand` in a fixed order, so a seed fixes the sets.
 */
export function generateBidSet(
  criteria: readonly FlatCriterion[],
  rand: () => number,
  options: { bids: number; low: number; spread: number },
): ResolvedBid[] {
  const bids: ResolvedBid[] = [];
  for (let b = 0; b < options.bids; b++) {
    const u = rand();
    const v = rand();
    const price = Math.max(100, Math.round((options.low * (1 + options.spread * u)) / 100) * 100);
    const level = 0.4 + 0.5 * (0.5 * u + 0.5 * v);
    const evaluators = criteria.map((c) => {
      if (c.price) return null;
      const x = Math.min(1, Math.max(0, level + 0.3 * (rand() - 0.5)));
      const step = c.scale / 10;
      return [Math.min(c.scale, Math.round((x * c.scale) / step) * step)];
    });
    bids.push({
      vendor: `Bid ${b + 1}`,
      index: b,
      price,
      priceSource: { kind: 'price' },
      evaluators,
      knockouts: {},
    });
  }
  return bids;
}

function emptyStats(method: string, award: AwardMethod, price: PriceMethod): DesignStats {
  return {
    method,
    award,
    price,
    reversible: false,
    sets: 0,
    ties: 0,
    withdrawalWinner: 0,
    withdrawalOrder: 0,
    additionWinner: 0,
    additionOrder: 0,
    reversalWinner: 0,
    weightWinner: 0,
    fragile: 0,
  };
}

/**
 * Simulates the award criteria on generated bid sets and counts ties, rank
 * reversal and weight sensitivity for the relative and the bounds method.
 */
export function simulateDesign(
  criteriaEntries: readonly CriteriaEntry[],
  options: DesignOptions = {},
): DesignReport {
  const steps = designSteps(criteriaEntries, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, awaiting `pause()` every few hundred sets, so that a caller can
 * let other work in (the CLI: a Ctrl-C or SIGTERM during a long run).
 */
export async function simulateDesignPausing(
  criteriaEntries: readonly CriteriaEntry[],
  options: DesignOptions,
  pause: () => Promise<void>,
  onProgress?: (done: number, total: number) => void,
): Promise<DesignReport> {
  const steps = designSteps(criteriaEntries, options);
  const total = options.runs ?? 1000;
  for (;;) {
    const step = steps.next();
    if (step.done) {
      onProgress?.(total, total);
      return step.value;
    }
    onProgress?.(step.value + 1, total);
    await pause();
  }
}

/** The simulation, yielding after every PAUSE_EVERY sets. */
const PAUSE_EVERY = 50;

function* designSteps(
  criteriaEntries: readonly CriteriaEntry[],
  options: DesignOptions = {},
): Generator<number, DesignReport> {
  const scale = options.scale ?? 10;
  const nbids = options.bids ?? 5;
  const runs = options.runs ?? 1000;
  const seed = options.seed ?? 1;
  const spread = options.spread ?? 0.3;
  const margin = options.margin ?? DEFAULT_MARGIN;
  const low = options.low ?? 10_000_000;
  const bounds = options.bounds ?? {
    best: low,
    worst: Math.round((low * (1 + 2 * spread)) / 100) * 100,
  };
  if (!(nbids >= 2) || !Number.isInteger(nbids)) throw new RangeError('bids: at least 2 per set');
  if (!(runs >= 1) || !Number.isInteger(runs)) throw new RangeError('runs: at least 1');
  if (!(spread > 0)) throw new RangeError('spread: more than 0');
  if (!(low >= 100)) throw new RangeError('low: at least 100 cents');
  if (!(bounds.best < bounds.worst)) throw new RangeError('bounds: best < worst');

  const { criteria, groups } = flattenCriteria(criteriaEntries, scale);
  const rand = seededRandom(seed);
  const own = options.method ?? 'relative';
  const award = options.award ?? 'weighted';
  const max = maxPoints(criteria);
  // A criterion without a value earns, under fictitious price, in proportion to its weight.
  const valued = criteria.map((c) =>
    c.price || (c.value !== undefined && c.value !== null) || !(max > 0)
      ? c
      : { ...c, value: Math.round((low * c.weight) / max) },
  );
  const columns: { stats: DesignStats; tender: Omit<ResolvedTender, 'bids'> }[] = (
    options.methods
      ? options.methods.map((m) => ({
          key: m,
          award: m,
          price: m === 'weighted' ? own : ('relative' as PriceMethod),
        }))
      : (['relative', 'bounds'] as const).map((p) => ({
          key: p,
          award: 'weighted' as AwardMethod,
          price: p as PriceMethod,
        }))
  ).map((v) => ({
    stats: emptyStats(v.key, v.award, v.price),
    tender: {
      title: null,
      criteria: v.award === 'fictitious_price' ? valued : criteria,
      groups,
      budget: null,
      knockouts: [],
      priceMethod: v.price,
      bounds: v.price === 'bounds' ? bounds : null,
      method: v.award,
      priceFactor: options.priceFactor,
    },
  }));

  for (let run = 0; run < runs; run++) {
    const bids = generateBidSet(criteria, rand, { bids: nbids, low, spread });
    for (const { stats, tender } of columns) {
      const t: ResolvedTender = { ...tender, bids };
      // The simulation counts no score margins, and weight changes only within the margin.
      const r = analyseRobustness(t, { margin, scoreMargins: false, weightRange: margin });
      const rr = r.rankReversal;
      if (stats.sets === 0) stats.reversible = rr.applicable || rr.reason === 'too-few-bids';
      stats.sets++;
      if (r.tied.length) stats.ties++;
      const withdrawal = rr.withdrawals.some((w) => w.winnerChanged);
      const added = !!rr.addition && rr.addition.winnerPrice !== null;
      if (withdrawal) stats.withdrawalWinner++;
      if (rr.withdrawals.length) stats.withdrawalOrder++;
      if (added) stats.additionWinner++;
      if (withdrawal || added) stats.reversalWinner++;
      if (rr.addition && rr.addition.orderPrice !== null) stats.additionOrder++;
      if (r.reasons.some((x) => x.kind === 'weight')) stats.weightWinner++;
      if (r.fragile) stats.fragile++;
    }
    if (run % PAUSE_EVERY === PAUSE_EVERY - 1) yield run;
  }
  let priceWeight = 0;
  for (const c of criteria) if (c.price) priceWeight += c.weight;
  return {
    criteria: criteria.length,
    priceCriteria: criteria.filter((c) => c.price).length,
    maxPoints: maxPoints(criteria),
    priceWeight,
    bids: nbids,
    runs,
    seed,
    spread,
    margin,
    low,
    bounds,
    method: own,
    award,
    compared: options.methods !== undefined,
    methods: Object.fromEntries(columns.map((c) => [c.stats.method, c.stats])),
  };
}
