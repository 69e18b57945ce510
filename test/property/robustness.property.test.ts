/**
 * Property-based tests of the robustness analysis (fast-check):
 * - a bid that is best on every criterion and cheapest is never fragile;
 * - a reported weight threshold, applied, changes the winner, and any smaller
 *   change in the same direction does not;
 * - the reported withdrawals and the added-bid price agree with rescoring, and a
 *   tender built to have a winner-changing added bid always reports its price.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseRobustness,
  applyWeightChange,
  type Robustness,
  type Standing,
} from '../../src/score/robustness.js';
import { tenderFileSchema } from '../../src/score/schema.js';
import {
  rankResolved,
  resolveTender,
  type ResolvedBid,
  type ResolvedTender,
} from '../../src/score/score.js';

const SCALES = [1, 4, 5, 10, 100];

interface CriterionGen {
  weight: number;
  scale: number;
  price: boolean;
}

const criteriaArb = fc
  .array(
    fc.record({
      // A weight is 0.01 to 1,000,000 points (src/score/schema.ts).
      weight: fc.oneof(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0.01, max: 60, noNaN: true }),
      ),
      scale: fc.constantFrom(...SCALES),
      price: fc.boolean(),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((cs) => {
    if (cs.every((c) => c.weight === 0)) cs[0]!.weight = 10;
    return cs;
  });

/** The criteria list of a tender file: the first `grouped` criteria in a group, the rest at the top level. */
function criteriaDoc(cs: readonly CriterionGen[], grouped: number) {
  const entry = (c: CriterionGen, k: number) => ({
    id: `c${k}`,
    name: `Criterion ${k}`,
    weight: c.weight,
    scale: c.scale,
    ...(c.price ? { price: true } : {}),
  });
  const n = Math.min(grouped, cs.length);
  const top = cs.slice(n).map((c, k) => entry(c, k + n));
  return n >= 1 ? [{ id: 'g', name: 'Group', criteria: cs.slice(0, n).map(entry) }, ...top] : top;
}

function resolve(doc: Record<string, unknown>): ResolvedTender {
  return resolveTender(tenderFileSchema.parse(doc));
}

const key = (s: Standing) => s.winner ?? `tie:${s.tied.join('|')}`;

function standing(t: ResolvedTender): Standing {
  const ranks = rankResolved(t).ranks;
  const first = t.bids
    .filter((_, i) => ranks[i] === 1)
    .map((b) => b.vendor)
    .sort();
  return first.length === 1 ? { winner: first[0]!, tied: [] } : { winner: null, tied: first };
}

// ---------------------------------------------------------------- a dominant bid

/**
 * A tender with one bid best on every criterion (for every evaluator, by at
 * least 5% of the scale) and cheapest (by at least 1%), and 1-6 other bids.
 * Under bounds, the dominant price is at `best` and the others below `worst`,
 * so it is strictly best on price too.
 */
const dominantArb = fc
  .record({
    criteria: criteriaArb,
    grouped: fc.nat({ max: 6 }),
    method: fc.constantFrom('relative' as const, 'bounds' as const),
    panel: fc.integer({ min: 1, max: 3 }),
    cheapest: fc.integer({ min: 100, max: 10_000_000 }),
    others: fc.array(
      fc.record({
        markup: fc.double({ min: 0.01, max: 3, noNaN: true }),
        fractions: fc.array(
          fc.array(fc.double({ min: 0, max: 0.9, noNaN: true }), { minLength: 3, maxLength: 3 }),
          { minLength: 6, maxLength: 6 },
        ),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    lift: fc.array(
      fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
      { minLength: 6, maxLength: 6 },
    ),
    order: fc.nat(),
  })
  .map((g) => {
    const cents = (c: number) => Math.round(c) / 100;
    const others = g.others.map((o, b) => ({
      vendor: `Other ${b}`,
      price: cents(Math.max(g.cheapest + 1, Math.ceil(g.cheapest * (1 + o.markup)))),
      scores: Object.fromEntries(
        g.criteria.flatMap((c, k) =>
          c.price ? [] : [[`c${k}`, o.fractions[k]!.slice(0, g.panel).map((f) => f * c.scale)]],
        ),
      ) as Record<string, number[]>,
    }));
    // Every evaluator's score of the dominant bid is above every score any other bid got on that criterion.
    const top = g.criteria.map((_c, k) =>
      Math.max(...g.others.flatMap((o) => o.fractions[k]!.slice(0, g.panel))),
    );
    const dominant = {
      vendor: 'Dominant',
      price: cents(g.cheapest),
      scores: Object.fromEntries(
        g.criteria.flatMap((c, k) =>
          c.price
            ? []
            : [
                [
                  `c${k}`,
                  g.lift[k]!.slice(0, g.panel)
                    .map((l) => Math.min(1, top[k]! + 0.05 + (1 - top[k]! - 0.05) * (l - 0.05)))
                    .map((f) => f * c.scale),
                ],
              ],
        ),
      ) as Record<string, number[]>,
    };
    const bids = [...others];
    bids.splice(g.order % (bids.length + 1), 0, dominant);
    const maxPrice = Math.max(...bids.map((b) => b.price));
    const price =
      g.method === 'bounds'
        ? { method: 'bounds', best: cents(g.cheapest), worst: maxPrice + 1 }
        : { method: 'relative' };
    return { criteria: criteriaDoc(g.criteria, g.grouped), price, bids };
  });

describe('a bid best on every criterion and cheapest', () => {
  it('is never fragile: it wins under any weights, and no withdrawal, added bid or left-out evaluator unseats it', () => {
    fc.assert(
      fc.property(dominantArb, (doc) => {
        const t = resolve(doc);
        const r = analyseRobustness(t);
        expect(r.winner).toBe('Dominant');
        expect(r.fragile).toBe(false);
        expect(r.reasons).toEqual([]);
        for (const w of r.weights) {
          expect(w.increase).toBeNull();
          expect(w.decrease).toBeNull();
        }
        expect(r.rankReversal.withdrawals.some((w) => w.winnerChanged)).toBe(false);
        expect(r.rankReversal.addition?.winnerPrice ?? null).toBeNull();
        expect(r.evaluators.leaveOut.every((x) => !x.changed)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('even with a huge margin', () => {
    fc.assert(
      fc.property(dominantArb, (doc) => {
        expect(analyseRobustness(resolve(doc), { margin: 1e9 }).fragile).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});

// ---------------------------------------------------------------- weight thresholds

/** Any tender: 2-6 bids, no exclusions, relative or bounds, panels of 1-3 evaluators. */
const tenderArb = fc
  .record({
    criteria: criteriaArb,
    grouped: fc.nat({ max: 6 }),
    method: fc.constantFrom('relative' as const, 'bounds' as const),
    best: fc.integer({ min: 100, max: 5_000_000 }),
    span: fc.integer({ min: 100, max: 5_000_000 }),
    panel: fc.integer({ min: 1, max: 3 }),
    bids: fc.array(
      fc.record({
        cents: fc.integer({ min: 100, max: 10_000_000 }),
        fractions: fc.array(
          fc.array(
            fc.oneof(
              fc.double({ min: 0, max: 1, noNaN: true }),
              fc.integer({ min: 0, max: 10 }).map((x) => x / 10),
            ),
            { minLength: 3, maxLength: 3 },
          ),
          { minLength: 6, maxLength: 6 },
        ),
      }),
      { minLength: 2, maxLength: 6 },
    ),
  })
  .map((g) => ({
    criteria: criteriaDoc(g.criteria, g.grouped),
    price:
      g.method === 'bounds'
        ? { method: 'bounds', best: g.best / 100, worst: (g.best + g.span) / 100 }
        : { method: 'relative' },
    bids: g.bids.map((b, i) => ({
      vendor: `Bid ${i}`,
      price: b.cents / 100,
      scores: Object.fromEntries(
        g.criteria.flatMap((c, k) =>
          c.price ? [] : [[`c${k}`, b.fractions[k]!.slice(0, g.panel).map((f) => f * c.scale)]],
        ),
      ),
    })),
  }));

describe('weight thresholds', () => {
  it('applied, the reported threshold changes the winner; any smaller change in the same direction does not', () => {
    let checked = 0;
    fc.assert(
      fc.property(tenderArb, (doc) => {
        const t = resolve(doc);
        const r = analyseRobustness(t);
        // A clear winner: leading by more than a millionth of the maximum beyond the tie tolerance.
        fc.pre(r.winner !== null && r.lead! - r.tolerance > 1e-6 * r.maxPoints);
        const base = key(r);
        for (const w of r.weights) {
          const target = { kind: w.kind, id: w.id };
          for (const [th, end] of [
            [w.increase, w.max],
            [w.decrease, w.min],
          ] as const) {
            if (!w.applicable) continue;
            if (th === null) {
              // No change within the range: nearly all the way to the end, the winner stays.
              if (end !== 0)
                expect(key(standing(applyWeightChange(t, target, end * 0.99)))).toBe(base);
              continue;
            }
            checked++;
            expect(Math.sign(th.change)).toBe(Math.sign(end));
            expect(Math.abs(th.change)).toBeLessThanOrEqual(Math.abs(end) * (1 + 1e-12));
            const at = standing(applyWeightChange(t, target, th.change));
            expect(key(at)).not.toBe(base);
            // Beyond the threshold the winner has lost sole first place for good: a challenger's line has
            // crossed its line. The reported outcome beyond it is another one.
            expect(key(th)).not.toBe(base);
            if (th.winner !== null) expect(th.winner).not.toBe(r.winner);
            for (const u of [0.001, 0.5, 1]) {
              expect(
                key(standing(applyWeightChange(t, target, th.change + (end - th.change) * u))),
              ).not.toBe(base);
            }
            for (const u of [0.25, 0.5, 0.9, 0.999, 1 - 1e-6]) {
              expect(key(standing(applyWeightChange(t, target, th.change * u)))).toBe(base);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(50);
  });

  it('the maximum stays when a weight changes, and other weights keep their ratios', () => {
    fc.assert(
      fc.property(tenderArb, fc.double({ min: 0, max: 1, noNaN: true }), (doc, u) => {
        const t = resolve(doc);
        const r = analyseRobustness(t);
        for (const w of r.weights) {
          if (!w.applicable) continue;
          const d = w.min + (w.max - w.min) * u;
          const changed = applyWeightChange(t, { kind: w.kind, id: w.id }, d);
          expect(changed.criteria.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(r.maxPoints, 8);
          for (const c of changed.criteria) expect(c.weight).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 100 },
    );
  });
});

// ---------------------------------------------------------------- rank reversal against rescoring

function withAdded(t: ResolvedTender, cents: number): ResolvedTender {
  const bid: ResolvedBid = {
    vendor: '~added',
    index: t.bids.length,
    price: cents,
    priceSource: { kind: 'price' },
    evaluators: t.criteria.map((c) => (c.price ? null : [0])),
    knockouts: {},
  };
  return { ...t, bids: [...t.bids, bid] };
}

const pricesArb = fc.array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), {
  minLength: 3,
  maxLength: 3,
});

/**
 * Checks the reported added-bid prices against rescoring: at the winner price
 * the winner changes and the added bid does not win; at prices from a few cents
 * above it (or above the floor when there is none) up to the lowest price
 * (chosen by `us`), the winner stays. Returns whether a winner price is reported.
 */
function agreesWithRescoring(t: ResolvedTender, r: Robustness, us: readonly number[]): boolean {
  const a = r.rankReversal.addition;
  if (!a || r.valid < 2) return false;
  const lowest = rankResolved(t).lowestPrice!;
  const check = (cents: number, changes: boolean) => {
    const added = withAdded(t, cents);
    const ranks = rankResolved(added).ranks;
    expect(ranks[ranks.length - 1]).not.toBe(1);
    // Who is first among the original bids, with the added bid in the scoring.
    const first = added.bids
      .slice(0, -1)
      .filter((_, i) => ranks[i] === 1)
      .map((b) => b.vendor)
      .sort();
    const k = first.length === 1 ? first[0]! : `tie:${first.join('|')}`;
    if (changes) expect(k).not.toBe(key(r));
    else expect(k).toBe(key(r));
  };
  const from = a.winnerPrice === null ? a.floorPrice + 2 : a.winnerPrice + 3;
  if (a.winnerPrice !== null) check(a.winnerPrice, true);
  for (const u of us) {
    const cents = Math.floor(from + (lowest - 1 - from) * u);
    if (cents > from && cents < lowest) check(cents, false);
  }
  return a.winnerPrice !== null;
}

/**
 * A tender in which an added bid that does not win itself provably changes the
 * winner (relative price method, price weight P, quality weight Q > P):
 *
 * - "Winner" is the cheapest (price p) with quality points q_W; "Challenger"
 *   costs p (1 + m) and has quality points q_C = q_W + g u, where
 *   g = P (1 - p / p_C) is the winner's lead on price, so the winner leads by
 *   g (1 - u) >= 0.0045 points, far beyond the tie tolerance;
 * - an added bid at p' < p gives the lead q_W - q_C + P p' (1/p - 1/p_C),
 *   which is at most the tolerance for p' <= pStar, about u p >= 5 cents;
 * - q_C > P, so the challenger alone beats the added bid (P points) at any
 *   price: the floor is 0;
 * - other bids are dearer than the winner (by at least 1%) with no more quality
 *   points, so they trail it by at least 0.0099 P.
 */
const winnerChangeArb = fc
  .record({
    price: fc.integer({ min: 1, max: 40 }),
    extra: fc.oneof(
      fc.integer({ min: 1, max: 60 }),
      fc.double({ min: 0.01, max: 60, noNaN: true }),
    ),
    scale: fc.constantFrom(...SCALES),
    priceFirst: fc.boolean(),
    cents: fc.integer({ min: 100, max: 10_000_000 }),
    markup: fc.double({ min: 0.1, max: 3, noNaN: true }),
    u: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
    v: fc.double({ min: 0.05, max: 1, noNaN: true }),
    others: fc.array(
      fc.record({
        markup: fc.double({ min: 0.01, max: 3, noNaN: true }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 4 },
    ),
    order: fc.nat(),
  })
  .map((g) => {
    const P = g.price;
    const Q = P + g.extra;
    const pW = g.cents;
    const pC = Math.max(pW + 1, Math.round(pW * (1 + g.markup)));
    const lead = P * (1 - pW / pC);
    // The challenger's quality points: above P, at most Q; the winner's: less by lead * u.
    const qC = P + (Q - P) * g.v;
    const qW = qC - lead * g.u;
    const tol = 1e-9 * (P + Q);
    const pStar = (qC - qW + tol) / (P * (1 / pW - 1 / pC));
    const score = (q: number) => Math.min(g.scale, (q / Q) * g.scale);
    const bids = [
      { vendor: 'Winner', price: pW / 100, scores: { q: score(qW) } },
      { vendor: 'Challenger', price: pC / 100, scores: { q: score(qC) } },
      ...g.others.map((o, i) => ({
        vendor: `Other ${i}`,
        price: Math.max(pW + 1, Math.round(pW * (1 + o.markup))) / 100,
        scores: { q: score(qW * o.share) },
      })),
    ];
    const at = g.order % bids.length;
    bids.push(...bids.splice(0, at));
    const criteria = [
      { id: 'p', name: 'Price', weight: P, price: true },
      { id: 'q', name: 'Quality', weight: Q, scale: g.scale },
    ];
    if (!g.priceFirst) criteria.reverse();
    return { doc: { criteria, price: { method: 'relative' }, bids }, pStar };
  });

describe('rank reversal agrees with rescoring', () => {
  it('withdrawals: exactly the reported ones change the order, and the winner as reported', () => {
    fc.assert(
      fc.property(tenderArb, (doc) => {
        const t = resolve({ ...doc, price: { method: 'relative' } });
        const r = analyseRobustness(t);
        if (!r.rankReversal.applicable) return;
        const ranks = rankResolved(t).ranks;
        for (let i = 0; i < t.bids.length; i++) {
          if (ranks[i] === 1) continue;
          const rest = { ...t, bids: t.bids.filter((_, k) => k !== i) };
          const after = rankResolved(rest).ranks;
          const idx = (k: number) => (k < i ? k : k - 1);
          let changed = false;
          for (let a = 0; a < t.bids.length; a++) {
            for (let b = a + 1; b < t.bids.length; b++) {
              if (a === i || b === i) continue;
              if (Math.sign(ranks[a]! - ranks[b]!) !== Math.sign(after[idx(a)]! - after[idx(b)]!))
                changed = true;
            }
          }
          const reported = r.rankReversal.withdrawals.find((w) => w.vendor === t.bids[i]!.vendor);
          expect(!!reported).toBe(changed);
          if (reported) expect(reported.winnerChanged).toBe(key(standing(rest)) !== key(r));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an added bid at the reported price changes the winner without winning itself; a higher price does not change it', () => {
    fc.assert(
      fc.property(tenderArb, pricesArb, (doc, us) => {
        const t = resolve({ ...doc, price: { method: 'relative' } });
        agreesWithRescoring(t, analyseRobustness(t), us);
      }),
      { numRuns: 300 },
    );
  });

  // The test above used to count the random tenders with a winner price and demand more
  // than 5 (`expect(found).toBeGreaterThan(5)`). Only about 3.5% of those tenders have one
  // (measured over 1.7 million runs), so with a random seed the count over 300 runs is
  // Binomial(300, 0.035): mean 10.5, and 5 or fewer in about 5% of runs. The test failed
  // now and then with no defect in the core (a brute-force scan of every cent agreed with
  // the reported winner price in 240,000 tenders, and no run broke a property). Instead, every
  // tender of winnerChangeArb provably has a price that changes the winner, so each one
  // must report it (and agree with rescoring): the count becomes "every run", which does
  // not depend on the seed and still fails when the core misses a winner change.
  it('a tender built to have a winner-changing added bid always reports its price', () => {
    fc.assert(
      fc.property(winnerChangeArb, pricesArb, ({ doc, pStar }, us) => {
        const t = resolve(doc);
        const r = analyseRobustness(t);
        expect(r.winner).toBe('Winner');
        const a = r.rankReversal.addition!;
        expect(a.winnerPrice).not.toBeNull();
        // At any price up to pStar the challenger draws level with the winner, so the highest price that
        // changes the winner is at least floor(pStar) (less 2 cents that the core may step down for rounding).
        expect(a.winnerPrice!).toBeGreaterThanOrEqual(Math.floor(pStar) - 2);
        expect(agreesWithRescoring(t, r, us)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
