/** Property-based tests of the scoring core (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreJson } from '../../src/score/render.js';
import { tenderFileSchema, type TenderDocument } from '../../src/score/schema.js';
import { scoreTender } from '../../src/score/score.js';

const SCALES = [1, 4, 5, 10, 100, 0.5];

interface Gen {
  criteria: { weight: number; scale: number; price: boolean }[];
  grouped: number;
  method: 'relative' | 'bounds';
  best: number;
  span: number;
  budget: number | null;
  requirements: number;
  bids: { cents: number; knockouts: boolean[]; scores: number[][] }[];
}

/** A valid tender: 1-6 criteria (some scored from the price, some in a group), 1-8 bids, evaluator panels, knock-outs, a budget. */
const tenderArb: fc.Arbitrary<Gen> = fc
  .record({
    criteria: fc.array(
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
    ),
    grouped: fc.nat({ max: 6 }),
    method: fc.constantFrom('relative' as const, 'bounds' as const),
    best: fc.integer({ min: 0, max: 5_000_000 }),
    span: fc.integer({ min: 1, max: 5_000_000 }),
    budget: fc.option(fc.integer({ min: 1, max: 100_000_000 }), { nil: null }),
    requirements: fc.nat({ max: 2 }),
    nbids: fc.integer({ min: 1, max: 8 }),
    seed: fc.array(
      fc.record({
        cents: fc.integer({ min: 1, max: 1_000_000_000 }),
        knockouts: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
        fractions: fc.array(
          fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
          { minLength: 6, maxLength: 6 },
        ),
      }),
      { minLength: 8, maxLength: 8 },
    ),
  })
  .map(({ criteria, nbids, seed, ...rest }) => {
    if (criteria.every((c) => c.weight === 0)) criteria[0]!.weight = 1;
    return {
      ...rest,
      criteria,
      bids: seed.slice(0, nbids).map((s) => ({
        cents: s.cents,
        knockouts: s.knockouts,
        scores: criteria.map((c, k) => s.fractions[k]!.map((f) => Math.min(c.scale, f * c.scale))),
      })),
    };
  });

function toDocument(g: Gen): TenderDocument {
  const crit = g.criteria.map((c, k) => ({
    id: `c${k}`,
    name: `Criterion ${k}`,
    weight: c.weight,
    scale: c.scale,
    ...(c.price ? { price: true } : {}),
  }));
  const inGroup = Math.min(g.grouped, crit.length);
  const criteria =
    inGroup > 0
      ? [{ id: 'group', name: 'Group', criteria: crit.slice(0, inGroup) }, ...crit.slice(inGroup)]
      : crit;
  const requirements = ['R1', 'R2'].slice(0, g.requirements);
  const raw = {
    criteria,
    price: {
      method: g.method,
      ...(g.method === 'bounds' ? { best: g.best / 100, worst: (g.best + g.span) / 100 } : {}),
      ...(g.budget !== null ? { budget: g.budget / 100 } : {}),
    },
    knockouts: requirements,
    bids: g.bids.map((b, i) => ({
      vendor: `Vendor ${i}`,
      price: b.cents / 100,
      knockouts: Object.fromEntries(requirements.map((r, j) => [r, b.knockouts[j]!])),
      scores: Object.fromEntries(
        g.criteria.flatMap((c, k) =>
          c.price ? [] : [[`c${k}`, b.scores[k]!.length === 1 ? b.scores[k]![0]! : b.scores[k]!]],
        ),
      ),
    })),
  };
  return tenderFileSchema.parse(raw);
}

describe('scoreTender properties', () => {
  it('never gives a total above the maximum, nor below 0', () => {
    fc.assert(
      fc.property(tenderArb, (g) => {
        const r = scoreTender(toDocument(g));
        for (const b of r.bids) {
          if (b.total === null) continue;
          expect(b.total).toBeLessThanOrEqual(r.maxPoints);
          expect(b.total).toBeGreaterThanOrEqual(0);
          for (const p of Object.values(b.points)) expect(p).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never lowers a bid's total when one of its scores goes up, and leaves the others alone", () => {
    fc.assert(
      fc.property(
        tenderArb,
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (g, bi, ci, ei, step) => {
          const scored = g.criteria.map((_c, k) => k).filter((k) => !g.criteria[k]!.price);
          fc.pre(scored.length > 0);
          const b = bi % g.bids.length;
          const k = scored[ci % scored.length]!;
          const before = scoreTender(toDocument(g));
          const panel = g.bids[b]!.scores[k]!;
          const e = ei % panel.length;
          const scale = g.criteria[k]!.scale;
          const raised: Gen = structuredClone(g);
          raised.bids[b]!.scores[k]![e] = Math.min(scale, panel[e]! + step * scale);
          const after = scoreTender(toDocument(raised));
          const total = (r: typeof before, i: number) =>
            r.bids.find((x) => x.vendor === `Vendor ${i}`)!.total;
          if (total(before, b) !== null)
            expect(total(after, b)!).toBeGreaterThanOrEqual(total(before, b)!);
          g.bids.forEach((_, i) => {
            if (i !== b) expect(total(after, i)).toBe(total(before, i));
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never lowers a bid's total when its price goes down", () => {
    fc.assert(
      fc.property(tenderArb, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (g, bi, cut) => {
        const b = bi % g.bids.length;
        const before = scoreTender(toDocument(g));
        const cheaper: Gen = structuredClone(g);
        cheaper.bids[b]!.cents = Math.max(1, Math.floor(g.bids[b]!.cents * (1 - cut)));
        const after = scoreTender(toDocument(cheaper));
        const total = (r: typeof before) =>
          r.bids.find((x) => x.vendor === `Vendor ${b}`)!.total ?? -Infinity;
        expect(total(after)).toBeGreaterThanOrEqual(total(before));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result whatever the order of the bids in the file', () => {
    fc.assert(
      fc.property(
        tenderArb.chain((g) =>
          fc.tuple(
            fc.constant(g),
            fc.shuffledSubarray(
              g.bids.map((_, i) => i),
              { minLength: g.bids.length, maxLength: g.bids.length },
            ),
          ),
        ),
        ([g, order]) => {
          const doc = toDocument(g);
          const shuffled = { ...doc, bids: order.map((i) => doc.bids[i]!) };
          expect(scoreJson(scoreTender(shuffled), { explain: true })).toEqual(
            scoreJson(scoreTender(doc), { explain: true }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ranks consistently: a clearly higher total ranks better, and a winner is alone in first place', () => {
    fc.assert(
      fc.property(tenderArb, (g) => {
        const r = scoreTender(toDocument(g));
        const ranked = r.bids.filter((b) => b.total !== null);
        for (const a of ranked) {
          for (const b of ranked) {
            if (a.total! > b.total! + r.tolerance) expect(a.rank!).toBeLessThan(b.rank!);
            if (a.total === b.total) expect(a.rank).toBe(b.rank);
          }
        }
        const first = ranked.filter((b) => b.rank === 1);
        expect(r.winner).toBe(first.length === 1 ? first[0]!.vendor : null);
        expect(r.tie).toBe(first.length > 1);
        if (ranked.length)
          expect(ranked.every((b) => b.total! <= first[0]!.total! + r.tolerance)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
