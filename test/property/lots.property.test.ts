/** Property tests of the lots layer (src/score/lots.ts), fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreLots } from '../../src/score/lots.js';
import { type TenderDocument, tenderFileSchema } from '../../src/score/schema.js';
import { scoreTender } from '../../src/score/score.js';

const criteria = [
  { id: 'q', name: 'Quality', weight: 60 },
  { id: 'p', name: 'Price', weight: 40, price: true },
];

interface Gen {
  lots: number;
  order: number[];
  max: number | null;
  /** Per vendor, per lot: null (no bid) or a price and a score. */
  bids: ({ price: number; score: number; ok: boolean } | null)[][];
}

const genArb: fc.Arbitrary<Gen> = fc.integer({ min: 1, max: 4 }).chain((lots) =>
  fc.record({
    lots: fc.constant(lots),
    order: fc.shuffledSubarray(
      Array.from({ length: lots }, (_, i) => i),
      { minLength: lots, maxLength: lots },
    ),
    max: fc.option(fc.integer({ min: 1, max: lots }), { nil: null }),
    bids: fc.array(
      fc.array(
        fc.option(
          fc.record({
            price: fc.integer({ min: 1, max: 1000 }),
            // Few distinct scores, so ties happen.
            score: fc.integer({ min: 0, max: 4 }),
            ok: fc.boolean(),
          }),
          { nil: null, freq: 3 },
        ),
        { minLength: lots, maxLength: lots },
      ),
      { minLength: 1, maxLength: 5 },
    ),
  }),
);

const vendor = (v: number) => `V${v}`;
const lotId = (l: number) => `L${l}`;

/** A tender with lots; every vendor bids on at least one lot. */
function tender(g: Gen): TenderDocument {
  const bids = g.bids
    .map((row, v) => ({ v, row }))
    .filter(({ row }) => row.some((b) => b !== null))
    .map(({ v, row }) => ({
      vendor: vendor(v),
      lots: Object.fromEntries(
        row.flatMap((b, l) =>
          b ? [[lotId(l), { price: b.price, scores: { q: b.score }, knockouts: { K: b.ok } }]] : [],
        ),
      ),
    }));
  const doc = {
    criteria,
    knockouts: ['K'],
    lots: Array.from({ length: g.lots }, (_, l) => ({ id: lotId(l), name: `Lot ${l}` })),
    lot_order: g.order.map(lotId),
    ...(g.max === null ? {} : { max_lots_per_bidder: g.max }),
    bids: bids.length ? bids : [{ vendor: 'V0', lots: { L0: { price: 1, scores: { q: 1 } } } }],
  };
  const r = tenderFileSchema.safeParse(doc);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data;
}

/** The same lot written as a tender without lots. */
function alone(doc: TenderDocument, l: number): TenderDocument {
  const id = lotId(l);
  const bids = doc.bids
    .filter((b) => b.lots?.[id])
    .map((b) => ({ vendor: b.vendor, ...b.lots![id]! }));
  return {
    criteria: doc.criteria,
    knockouts: doc.knockouts,
    scale: doc.scale,
    bids,
  } as TenderDocument;
}

describe('scoreLots', () => {
  it('without a cap, each lot goes to the winner of that lot scored alone', () => {
    fc.assert(
      fc.property(genArb, (g) => {
        const doc = tender({ ...g, max: null });
        const r = scoreLots(doc);
        r.lots.forEach((lot, l) => {
          const bids = alone(doc, l).bids;
          const single = bids.length ? scoreTender(alone(doc, l)) : null;
          expect(lot.award.winner).toBe(single ? single.winner : null);
          expect(lot.award.passedOver).toEqual([]);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('the cap never gives a bidder more lots than the maximum; no bid vanishes; ranks stay', () => {
    fc.assert(
      fc.property(genArb, (g) => {
        const doc = tender(g);
        const r = scoreLots(doc);
        const count = new Map<string, number>();
        for (const lot of r.lots)
          if (lot.award.winner !== null)
            count.set(lot.award.winner, (count.get(lot.award.winner) ?? 0) + 1);
        if (g.max !== null) for (const n of count.values()) expect(n).toBeLessThanOrEqual(g.max);
        const free = scoreLots({ ...doc, max_lots_per_bidder: undefined });
        r.lots.forEach((lot, l) => {
          // Every bid on the lot is in its result, with the rank and total it has without the cap.
          const bidders = doc.bids.filter((b) => b.lots?.[lotId(l)]).map((b) => b.vendor);
          expect(lot.result.bids.map((b) => b.vendor).sort()).toEqual(bidders.sort());
          expect(lot.result.bids).toEqual(free.lots[l]!.result.bids);
          // The awarded bid is valid, and no bid ahead of it was left out without being passed over.
          const w = lot.award.winner;
          if (w !== null) {
            const bid = lot.result.bids.find((b) => b.vendor === w)!;
            expect(bid.excluded).toBe(false);
            const passed = new Set(lot.award.passedOver.map((p) => p.vendor));
            for (const b of lot.result.bids)
              if (b.rank !== null && b.rank < bid.rank!) expect(passed.has(b.vendor)).toBe(true);
          }
          for (const p of lot.award.passedOver) {
            expect(p.won.length).toBe(g.max);
            expect(lot.result.bids.find((b) => b.vendor === p.vendor)!.excluded).toBe(false);
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
