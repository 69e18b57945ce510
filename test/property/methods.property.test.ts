/**
 * Property tests of the award methods (fast-check): price_to_win is the
 * exact boundary of the first place on rescoring; withdrawing a losing bid
 * never changes the winner where the method does not compare bids with each
 * other; a lower price or a higher score never lowers a bid's position.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tenderFileSchema, type TenderDocument } from '../../src/score/schema.js';
import { scoreTender } from '../../src/score/score.js';

type Method =
  | 'weighted'
  | 'fictitious_price'
  | 'price_per_point'
  | 'utility_index'
  | 'lowest_price'
  | 'lowest_cost';

interface Gen {
  method: Method;
  priceMethod: 'relative' | 'bounds' | 'log';
  weights: [number, number, number];
  values: [number, number];
  budget: number | null;
  bids: { price: number; scores: [number, number] }[];
}

const gen = (methods: readonly Method[], priceMethods = ['relative', 'bounds', 'log'] as const) =>
  fc.record({
    method: fc.constantFrom(...methods),
    priceMethod: fc.constantFrom(...priceMethods),
    weights: fc.tuple(
      fc.integer({ min: 1, max: 60 }),
      fc.integer({ min: 1, max: 60 }),
      fc.integer({ min: 1, max: 60 }),
    ),
    values: fc.tuple(fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 1, max: 200_000 })),
    budget: fc.option(fc.integer({ min: 50_000, max: 2_000_000 }), { nil: null }),
    bids: fc.array(
      fc.record({
        price: fc.integer({ min: 10_000, max: 1_000_000 }),
        scores: fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 })),
      }),
      { minLength: 2, maxLength: 5 },
    ),
  }) as fc.Arbitrary<Gen>;

function doc(g: Gen): TenderDocument {
  const weighted = g.method === 'weighted' || g.method === 'utility_index';
  const criteria: Record<string, unknown>[] = [
    { id: 'q1', name: 'Q1', weight: g.weights[0], value: g.values[0] },
    { id: 'q2', name: 'Q2', weight: g.weights[1], value: g.values[1] },
  ];
  if (weighted) criteria.push({ id: 'p', name: 'Prijs', weight: g.weights[2], price: true });
  const price: Record<string, unknown> = {
    method: g.method === 'weighted' ? g.priceMethod : 'relative',
  };
  if (price.method === 'bounds') Object.assign(price, { best: 50_000, worst: 1_200_000 });
  if (g.budget !== null) price.budget = g.budget;
  return tenderFileSchema.parse({
    method: g.method,
    criteria,
    price,
    bids: g.bids.map((b, i) => ({
      vendor: `V${i}`,
      price: b.price,
      scores: { q1: b.scores[0], q2: b.scores[1] },
    })),
  }) as TenderDocument;
}

const rankOf = (d: TenderDocument, vendor: string) =>
  scoreTender(d).bids.find((b) => b.vendor === vendor)!.rank;

const withBid = (d: TenderDocument, i: number, change: Record<string, unknown>) => ({
  ...d,
  bids: d.bids.map((b, j) => (j === i ? { ...b, ...change } : b)),
});

const ALL: Method[] = [
  'weighted',
  'fictitious_price',
  'price_per_point',
  'utility_index',
  'lowest_price',
  'lowest_cost',
];

describe('price_to_win', () => {
  it('is the highest price in cents at which the bid still ranks first, on rescoring', () => {
    fc.assert(
      fc.property(gen(ALL), (g) => {
        const d = doc(g);
        const r = scoreTender(d);
        for (const b of r.bids) {
          if (b.priceToWin === null) continue;
          const at = withBid(d, b.index, { price: b.priceToWin / 100 });
          expect(rankOf(at, b.vendor)).toBe(1);
          const above = b.priceToWin + 1;
          if (r.budget === null || above <= r.budget) {
            expect(rankOf(withBid(d, b.index, { price: above / 100 }), b.vendor)).not.toBe(1);
          }
          if (r.budget !== null) expect(b.priceToWin).toBeLessThanOrEqual(r.budget);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('ties exactly for the methods in euros: the value equals the best other value', () => {
    fc.assert(
      fc.property(gen(['fictitious_price', 'lowest_price']), (g) => {
        const d = doc(g);
        const r = scoreTender(d);
        for (const b of r.bids) {
          if (b.priceToWin === null) continue;
          const again = scoreTender(withBid(d, b.index, { price: b.priceToWin / 100 }));
          const me = again.bids.find((x) => x.vendor === b.vendor)!;
          const others = again.bids.filter((x) => x.vendor !== b.vendor && x.value !== null);
          const best = Math.min(...others.map((x) => x.value!));
          expect(me.value).toBe(best);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('withdrawing a losing bid', () => {
  it('never changes the winner for bounds, fictitious_price and lowest_price', () => {
    fc.assert(
      fc.property(
        gen(['weighted', 'fictitious_price', 'lowest_price'], ['bounds']),
        fc.nat(),
        (g, pick) => {
          const d = doc(g);
          const r = scoreTender(d);
          if (r.winner === null) return;
          const losers = r.bids.filter((b) => b.vendor !== r.winner);
          if (!losers.length) return;
          const gone = losers[pick % losers.length]!;
          const rest = { ...d, bids: d.bids.filter((b) => b.vendor.trim() !== gone.vendor) };
          expect(scoreTender(rest).winner).toBe(r.winner);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('monotonicity', () => {
  it('a lower price never lowers a bid position', () => {
    fc.assert(
      fc.property(
        gen(['weighted', 'fictitious_price', 'price_per_point', 'lowest_price', 'lowest_cost']),
        fc.nat(),
        fc.integer({ min: 1, max: 5000 }),
        (g, pick, cut) => {
          const d = doc(g);
          const r = scoreTender(d);
          const b = r.bids[pick % r.bids.length]!;
          if (b.rank === null) return;
          const cheaper = withBid(d, b.index, { price: Math.max(1, b.price / 100 - cut) });
          expect(rankOf(cheaper, b.vendor)!).toBeLessThanOrEqual(b.rank);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('a higher score never lowers a bid position', () => {
    fc.assert(
      fc.property(
        gen(['weighted', 'fictitious_price', 'price_per_point', 'utility_index']),
        fc.nat(),
        (g, pick) => {
          const d = doc(g);
          const r = scoreTender(d);
          const b = r.bids[pick % r.bids.length]!;
          if (b.rank === null) return;
          const s = g.bids[b.index]!.scores;
          const better = withBid(d, b.index, {
            scores: { q1: Math.min(10, s[0] + 1), q2: s[1] },
          });
          expect(rankOf(better, b.vendor)!).toBeLessThanOrEqual(b.rank);
        },
      ),
      { numRuns: 80 },
    );
  });
});
