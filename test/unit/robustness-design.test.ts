/**
 * `simulateDesign` (inkoop design): seeded generation, and the counts checked
 * against rescoring every generated set by brute force.
 */
import { describe, expect, it } from 'vitest';
import { flattenCriteria, type CriteriaEntry } from '../../src/score/criteria.js';
import { generateBidSet, seededRandom, simulateDesign } from '../../src/score/design.js';
import { designConclusion, designJson, designText } from '../../src/score/design-render.js';
import { rankResolved, type ResolvedTender } from '../../src/score/score.js';

const CRITERIA: CriteriaEntry[] = [
  {
    id: 'kwaliteit',
    name: 'Kwaliteit',
    criteria: [
      { id: 'a', name: 'A', weight: 40 },
      { id: 'b', name: 'B', weight: 20, scale: 5 },
    ],
  },
  { id: 'prijs', name: 'Prijs', weight: 40, price: true },
];

describe('the generator', () => {
  it('is seeded: the same seed gives the same numbers', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    expect(seededRandom(43)()).not.toBe(xs[0]);
  });

  it('draws prices in whole euros within the spread, and scores within the scale in tenths of it', () => {
    const { criteria } = flattenCriteria(CRITERIA, 10);
    const rand = seededRandom(3);
    for (let i = 0; i < 200; i++) {
      for (const bid of generateBidSet(criteria, rand, { bids: 6, low: 10_000_000, spread: 0.3 })) {
        expect(bid.price % 100).toBe(0);
        expect(bid.price).toBeGreaterThanOrEqual(10_000_000);
        expect(bid.price).toBeLessThanOrEqual(13_000_000);
        criteria.forEach((c, k) => {
          if (c.price) {
            expect(bid.evaluators[k]).toBeNull();
            return;
          }
          const [s] = bid.evaluators[k]!;
          expect(s! >= 0 && s! <= c.scale).toBe(true);
          expect(Math.abs(s! / (c.scale / 10) - Math.round(s! / (c.scale / 10)))).toBeLessThan(
            1e-9,
          );
        });
      }
    }
  });
});

/** Who is first, by rank. */
const firstOf = (t: ResolvedTender) => {
  const ranks = rankResolved(t).ranks;
  return t.bids
    .filter((_, i) => ranks[i] === 1)
    .map((b) => b.vendor)
    .sort()
    .join('|');
};

describe('simulateDesign', () => {
  const options = { runs: 60, bids: 5, seed: 1, spread: 0.4 };
  const report = simulateDesign(CRITERIA, options);

  it('counts withdrawals and ties as rescoring every set by brute force does', () => {
    const { criteria, groups } = flattenCriteria(CRITERIA, 10);
    const rand = seededRandom(options.seed);
    let ties = 0;
    let orderChanged = 0;
    let winnerChanged = 0;
    for (let run = 0; run < options.runs; run++) {
      const bids = generateBidSet(criteria, rand, {
        bids: options.bids,
        low: 10_000_000,
        spread: options.spread,
      });
      const t: ResolvedTender = {
        title: null,
        criteria,
        groups,
        priceMethod: 'relative',
        bounds: null,
        budget: null,
        knockouts: [],
        bids,
      };
      const ranks = rankResolved(t).ranks;
      const first = firstOf(t);
      if (first.includes('|')) ties++;
      let order = false;
      let winner = false;
      bids.forEach((_, i) => {
        if (ranks[i] === 1) return;
        const rest = { ...t, bids: bids.filter((__, k) => k !== i) };
        const after = rankResolved(rest).ranks;
        const idx = (k: number) => (k < i ? k : k - 1);
        for (let a = 0; a < bids.length; a++)
          for (let b = a + 1; b < bids.length; b++)
            if (
              a !== i &&
              b !== i &&
              Math.sign(ranks[a]! - ranks[b]!) !== Math.sign(after[idx(a)]! - after[idx(b)]!)
            )
              order = true;
        if (firstOf(rest) !== first) winner = true;
      });
      if (order) orderChanged++;
      if (winner) winnerChanged++;
    }
    expect(report.methods.relative).toMatchObject({
      sets: 60,
      ties,
      withdrawalOrder: orderChanged,
      withdrawalWinner: winnerChanged,
    });
    // The seed was chosen so the check is not vacuous: with it, 5 sets change order and 2 change winner.
    expect(orderChanged).toBe(5);
    expect(winnerChanged).toBe(2);
  });

  it('never counts rank reversal for the bounds method', () => {
    expect(report.methods.bounds).toMatchObject({
      sets: 60,
      withdrawalWinner: 0,
      withdrawalOrder: 0,
      additionWinner: 0,
      additionOrder: 0,
      reversalWinner: 0,
    });
  });

  it('is reproducible, and the seed matters', () => {
    expect(simulateDesign(CRITERIA, options)).toEqual(report);
    expect(simulateDesign(CRITERIA, { ...options, seed: 2 }).methods).not.toEqual(report.methods);
  });

  it('without a price criterion both methods count the same', () => {
    const r = simulateDesign(
      [
        { id: 'q', name: 'Q', weight: 10 },
        { id: 'r', name: 'R', weight: 5 },
      ],
      { runs: 30 },
    );
    // The counts are the same; only the column and its price formula differ (bounds cannot reverse ranks).
    expect({
      ...r.methods.bounds,
      method: 'relative',
      price: 'relative',
      reversible: false,
    }).toEqual({ ...r.methods.relative, reversible: false });
    expect(designConclusion(r, 'en')[0]).toBe(
      'No price criterion with weight: the price method makes no difference to the outcome.',
    );
  });

  it('uses default bounds of the lowest price and 1 + 2 x spread times it', () => {
    expect(report).toMatchObject({
      low: 10_000_000,
      bounds: { best: 10_000_000, worst: 18_000_000 },
      maxPoints: 100,
      priceWeight: 40,
      criteria: 3,
      priceCriteria: 1,
    });
    expect(designJson(report)).toMatchObject({
      low_price: 100000,
      high_price: 140000,
      bounds: { best: 100000, worst: 180000 },
    });
  });

  it('renders the table and the conclusion', () => {
    const text = designText(report, 'en', 'Test');
    expect(text).toContain(
      '60 generated sets of 5 bids; prices from EUR 100,000.00 to EUR 140,000.00 (spread 40%); seed 1.',
    );
    expect(text).toMatch(
      /Winner changes when a losing bid withdraws\s+[\d.]+% \(\d+\)\s+0\.0% \(0\)/,
    );
  });

  it('rejects impossible options', () => {
    expect(() => simulateDesign(CRITERIA, { bids: 1 })).toThrow(RangeError);
    expect(() => simulateDesign(CRITERIA, { spread: 0 })).toThrow(RangeError);
    expect(() => simulateDesign(CRITERIA, { bounds: { best: 5, worst: 5 } })).toThrow(RangeError);
  });
});

describe('simulateDesign with award methods side by side (--methods)', () => {
  const CRIT = [
    { id: 'q', name: 'Kwaliteit', weight: 60 },
    { id: 'p', name: 'Prijs', weight: 40, price: true },
  ];
  const r = simulateDesign(CRIT, {
    runs: 40,
    seed: 3,
    methods: ['weighted', 'fictitious_price', 'price_per_point', 'utility_index', 'lowest_price'],
  });

  it('has one column per method, in the order asked, each on the same number of sets', () => {
    expect(r.compared).toBe(true);
    expect(Object.keys(r.methods)).toEqual([
      'weighted',
      'fictitious_price',
      'price_per_point',
      'utility_index',
      'lowest_price',
    ]);
    for (const s of Object.values(r.methods)) expect(s.sets).toBe(40);
  });

  it('knows which methods can show rank reversal, and never counts it for the others', () => {
    const reversible = Object.fromEntries(
      Object.entries(r.methods).map(([k, s]) => [k, s.reversible]),
    );
    expect(reversible).toEqual({
      weighted: true,
      fictitious_price: false,
      price_per_point: false,
      utility_index: true,
      lowest_price: false,
    });
    for (const k of ['fictitious_price', 'price_per_point', 'lowest_price'])
      expect(r.methods[k]).toMatchObject({
        withdrawalWinner: 0,
        withdrawalOrder: 0,
        additionWinner: 0,
        additionOrder: 0,
        reversalWinner: 0,
      });
    // Lowest price has no weights: no weight change can move its winner.
    expect(r.methods.lowest_price!.weightWinner).toBe(0);
    // The weighted column is the same analysis as the relative column without --methods.
    const plain = simulateDesign(CRIT, { runs: 40, seed: 3 });
    expect({ ...r.methods.weighted, method: 'relative' }).toEqual(plain.methods.relative);
  });

  it('says per method whether rank reversal can happen', () => {
    const lines = designConclusion(r, 'en');
    expect(lines[0]).toMatch(/^Weighted factor method \(relative\): rank reversal can happen/);
    expect(lines[1]).toBe('Fictitious price: no rank reversal: each bid is valued on its own.');
    expect(lines[3]).toMatch(/^Utility index: rank reversal can happen/);
  });
});
