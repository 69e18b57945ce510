/**
 * Robustness under every award method (issue 14): withdrawal and added-bid
 * reversal, score margins, evaluator influence for every method; weight
 * thresholds only where the method has weights. Each example is worked out
 * by hand in the comments from the formulas in src/score/methods.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  analyseRobustness,
  applyWeightChange,
  type Robustness,
} from '../../src/score/robustness.js';
import { robustnessJson } from '../../src/score/robustness-render.js';
import { tenderFileSchema } from '../../src/score/schema.js';
import { rankResolved, resolveTender, type ResolvedTender } from '../../src/score/score.js';

function tender(doc: Record<string, unknown>): ResolvedTender {
  return resolveTender(tenderFileSchema.parse(doc));
}

const first = (t: ResolvedTender) => {
  const r = rankResolved(t);
  return t.bids.filter((_, i) => r.ranks[i] === 1).map((b) => b.vendor);
};

describe('utility index: the best quality moves the others', () => {
  // WQ = WP = 50, so N = 1; Q = score / 10. U = ((1 - (Qbest - Qi)) / Pi) x Pbest.
  // With X (Q 1.0): A (0.5, 100): 0.5/100 x 100 = 0.5; B (0.8, 150): 0.8/150 x 100 = 0.533;
  // X (1.0, 300): 1/300 x 100 = 0.333. B wins, A second, X third.
  // Without X, Qbest = 0.8: A: 0.7/100 x 100 = 0.7; B: 1/150 x 100 = 0.667: A wins.
  const t = tender({
    method: 'utility_index',
    scale: 10,
    criteria: [
      { id: 'q', name: 'Kwaliteit', weight: 50 },
      { id: 'p', name: 'Prijs', weight: 50, price: true },
    ],
    bids: [
      { vendor: 'A', price: 100, scores: { q: 5 } },
      { vendor: 'B', price: 150, scores: { q: 8 } },
      { vendor: 'X', price: 300, scores: { q: 10 } },
    ],
  });
  const r = analyseRobustness(t);

  it('reports the lead in the utility index, and B as the winner', () => {
    expect(r.method).toBe('utility_index');
    expect(r.unit).toBe('index');
    expect(r.winner).toBe('B');
    expect(r.runnerUp).toBe('A');
    expect(r.lead).toBeCloseTo(0.8 / 1.5 - 0.5, 12);
  });

  it('finds that withdrawing X makes A the winner: fragile', () => {
    const rr = r.rankReversal;
    expect(rr.applicable).toBe(true);
    expect(rr.withdrawals.map((w) => [w.vendor, w.winner, w.winnerChanged])).toEqual([
      ['X', 'A', true],
    ]);
    expect(r.fragile).toBe(true);
    expect(r.reasons).toContainEqual({ kind: 'withdrawal', vendor: 'X', winner: 'A', tied: [] });
    // An added bid of the best quality changes nothing: X has it already.
    expect(rr.addition?.kind).toBe('better');
    expect(rr.addition?.orderPrice).toBeNull();
  });

  it('has weight thresholds, each of which changes the first place when rescored', () => {
    expect(r.weighted).toBe(true);
    const found = r.weights.flatMap((w) =>
      [w.increase, w.decrease].filter((x) => x !== null).map((x) => ({ w, x: x! })),
    );
    expect(found.length).toBeGreaterThan(0);
    for (const { w, x } of found) {
      const target = { kind: w.kind, id: w.id };
      expect(first(applyWeightChange(t, target, x.change))).not.toEqual(['B']);
      expect(first(applyWeightChange(t, target, x.change * (1 - 1e-6)))).toEqual(['B']);
    }
  });
});

describe('fictitious price: each bid on its own', () => {
  // Value of the criterion EUR 20,000 on a scale of 10: a score s earns 2,000 x s.
  // A: 100,000 - 10,000 = 90,000; B: 98,000 - 16,000 = 82,000: B wins by EUR 8,000.
  // A reaches 82,000 with 18,000 earned: a score of 9 (a tie), so it needs more than 4 added.
  const t = tender({
    method: 'fictitious_price',
    scale: 10,
    criteria: [{ id: 'q', name: 'Kwaliteit', value: 20_000 }],
    bids: [
      { vendor: 'A', price: 100_000, scores: { q: 5 } },
      { vendor: 'B', price: 98_000, scores: { q: 8 } },
    ],
  });
  const r = analyseRobustness(t);

  it('has no weights and cannot show rank reversal', () => {
    expect(r.weighted).toBe(false);
    expect(r.weights).toEqual([]);
    expect(r.rankReversal.applicable).toBe(false);
    expect(r.rankReversal.reason).toBe('independent');
    expect(r.fragile).toBe(false);
  });

  it('measures the lead and the margin in euros, and finds the score that ties', () => {
    expect(r.unit).toBe('cents');
    expect(r.lead).toBe(800_000);
    const [a] = r.margins;
    expect(a?.vendor).toBe('A');
    expect(a?.behind).toBe(800_000);
    // Within half a cent of EUR 18,000 earned the amount rounds to it: a tie (2,000 per point).
    expect(Math.abs(a!.best!.needed - 9)).toBeLessThanOrEqual(0.5 / 2000 + 1e-9);
    expect(a?.best?.increase).toBeCloseTo(a!.best!.needed - 5, 12);
    const json = robustnessJson(r);
    expect(json.unit).toBe('euros');
    expect(json.lead).toBe(8000);
    expect(json.score_margins[0]?.behind).toBe(8000);
  });
});

describe('lowest price: only the price decides', () => {
  const r: Robustness = analyseRobustness(
    tender({
      method: 'lowest_price',
      criteria: [{ id: 'q', name: 'Kwaliteit', min: 5 }],
      bids: [
        { vendor: 'A', price: 100, scores: { q: 6 } },
        { vendor: 'B', price: 120, scores: { q: 9 } },
        { vendor: 'C', price: 90, scores: { q: 4 } },
      ],
    }),
  );

  it('has neither weight thresholds nor score margins, and no rank reversal', () => {
    // C is excluded by the minimum; A (EUR 100) wins by EUR 20 over B.
    expect(r.winner).toBe('A');
    expect(r.lead).toBe(2000);
    expect(r.scored).toBe(false);
    expect(r.margins).toEqual([]);
    expect(r.weights).toEqual([]);
    expect(r.rankReversal.reason).toBe('independent');
  });
});

describe('evaluator influence under another method', () => {
  // Price per point: A 1000 / 60 = 16.67 per point; B 900 / 50 = 18.00.
  // Leaving out the first evaluator: A's mean of [2] -> 20 points: 50.00 per point: B wins.
  const r = analyseRobustness(
    tender({
      method: 'price_per_point',
      scale: 10,
      criteria: [{ id: 'q', name: 'Kwaliteit', weight: 100 }],
      bids: [
        { vendor: 'A', price: 1000, scores: { q: [10, 2] } },
        { vendor: 'B', price: 900, scores: { q: [5, 5] } },
      ],
    }),
  );

  it('finds the evaluator whose scores decide', () => {
    expect(r.winner).toBe('A');
    expect(r.evaluators.applicable).toBe(true);
    expect(r.evaluators.leaveOut.map((x) => [x.evaluator, x.winner, x.changed])).toEqual([
      [1, 'B', true],
      [2, 'A', false],
    ]);
  });
});

describe('closed forms, searched figures and labelled scales (issue 14, part 4)', () => {
  it('fictitious price: the score margin is solved to the half cent, not searched', () => {
    // A earns 20,000 x 5/10 = EUR 10,000 and is EUR 8,000 behind: it needs EUR 18,000 earned,
    // and round(2,000,000 cents x s / 10) reaches 1,800,000 from s = (1,800,000 - 0.5) x 10 / 2,000,000.
    const r = analyseRobustness(
      tender({
        method: 'fictitious_price',
        scale: 10,
        criteria: [{ id: 'q', name: 'Kwaliteit', value: 20_000 }],
        bids: [
          { vendor: 'A', price: 100_000, scores: { q: 5 } },
          { vendor: 'B', price: 98_000, scores: { q: 8 } },
        ],
      }),
    );
    const m = r.margins[0]!.best!;
    expect(m.searched).toBeNull();
    expect(m.needed).toBeCloseTo(((1_800_000 - 0.5) * 10) / 2_000_000, 9);
    expect(robustnessJson(r).score_margins[0]!.best!.searched).toBeNull();
  });

  // price_per_point: Alfa 500,000 / 76 = 6,578.947 -> 657,895 cents per point (rank 1);
  // Charlie 600,000 / 90. Rounded to the cent Charlie ties once its quality exceeds
  // 60,000,000 / 657,895.5 = 91.2010..., i.e. Kwaliteit (weight 60, scale 10) up by
  // (91.2010... - 90) x 10 / 60 = 0.20017.
  const ppp = tender({
    method: 'price_per_point',
    criteria: [
      { id: 'kwaliteit', name: 'Kwaliteit', weight: 60 },
      { id: 'service', name: 'Service', weight: 40 },
    ],
    bids: [
      { vendor: 'Alfa', price: 500_000, scores: { kwaliteit: 8, service: 7 } },
      { vendor: 'Charlie', price: 600_000, scores: { kwaliteit: 9, service: 9 } },
    ],
  });
  it('price per point: the score margin in closed form, to the cent, checked by rescoring', () => {
    const r = analyseRobustness(ppp);
    const m = r.margins[0]!.criteria.find((c) => c.criterion === 'kwaliteit')!;
    const expected = ((60_000_000 / 657_895.5 - 90) * 10) / 60;
    expect(m.searched).toBeNull();
    expect(m.increase).toBeCloseTo(expected, 9);
    expect(m.increase).toBeGreaterThan(expected - 1e-12);
  });

  it('price per point: weight thresholds are searched, and say so with their tolerance', () => {
    const r = analyseRobustness(ppp);
    const th = r.weights.find((w) => w.id === 'kwaliteit')!.decrease!;
    expect(th.searched).not.toBeNull();
    expect(th.searched!).toBeGreaterThan(0);
    expect(th.searched!).toBeLessThanOrEqual(1e-9 * 100);
    const json = robustnessJson(r).weights.find((w) => w.id === 'kwaliteit')!.decrease!;
    expect(json.searched).toEqual({ tolerance: th.searched });
  });

  it('weighted: thresholds and margins are exact (searched null)', () => {
    const r = analyseRobustness(
      tender({
        criteria: [
          { id: 'q', name: 'Kwaliteit', weight: 60 },
          { id: 'p', name: 'Prijs', weight: 40, price: true },
        ],
        bids: [
          { vendor: 'A', price: 100, scores: { q: 9 } },
          { vendor: 'B', price: 80, scores: { q: 6 } },
        ],
      }),
    );
    for (const w of r.weights)
      for (const th of [w.increase, w.decrease]) if (th) expect(th.searched).toBeNull();
    for (const m of r.margins) for (const c of m.criteria) expect(c.searched).toBeNull();
  });

  it('a labelled scale: the margin is the nearest higher label that reaches the first place', () => {
    // weighted: A goed (8) 60 x 0.8 + 40 x 90/100 = 84; B voldoende (6) 36 + 40 = 76.
    // B needs 8 more points: a score of 6 + 8 x 10 / 60 = 7.33, so the label goed (8).
    const weighted = analyseRobustness(
      tender({
        scale: [
          { label: 'onvoldoende', points: 0 },
          { label: 'voldoende', points: 6 },
          { label: 'goed', points: 8 },
          { label: 'uitstekend', points: 10 },
        ],
        criteria: [
          { id: 'q', name: 'Kwaliteit', weight: 60 },
          { id: 'p', name: 'Prijs', weight: 40, price: true },
        ],
        bids: [
          { vendor: 'A', price: 100, scores: { q: 'goed' } },
          { vendor: 'B', price: 90, scores: { q: 'voldoende' } },
        ],
      }),
    );
    expect(weighted.margins[0]!.best).toMatchObject({
      criterion: 'q',
      needed: 8,
      feasible: true,
      label: { from: 'voldoende', to: 'goed' },
    });
    // fictitious_price (examples/methods/fictitious-price.yaml, shares 0/25/60/100%, NR -50%):
    // C (EUR 110,000 behind) gains EUR 150,000 with plan NR -> 1 (-100,000 -> +50,000): first.
    const fp = analyseRobustness(
      tender({
        method: 'fictitious_price',
        scale: [
          { label: 0, share: 0 },
          { label: 1, share: 0.25 },
          { label: 2, share: 0.6 },
          { label: 3, share: 1 },
          { label: 'NR', share: -0.5 },
        ],
        criteria: [
          { id: 'plan', name: 'Plan van aanpak', value: 200_000 },
          { id: 'risico', name: 'Risicobeheersing', value: 100_000 },
        ],
        bids: [
          { vendor: 'A', price: 1_000_000, scores: { plan: 3, risico: 2 } },
          { vendor: 'C', price: 850_000, scores: { plan: 'NR', risico: 3 } },
        ],
      }),
    );
    const c = fp.margins[0]!;
    expect(c.best?.label).toEqual({ from: 'NR', to: '1' });
    expect(c.criteria.find((x) => x.criterion === 'risico')).toMatchObject({
      feasible: false,
      label: { from: '3', to: null },
    });
  });
});

describe("the winner's labels: the nearest lower label that changes the winner", () => {
  // examples/methods/fictitious-price.yaml without D: A 740,000 (plan 3, risico 2), B 755,000, C 850,000.
  // plan 3 -> 2: A earns 120,000 + 60,000, 820,000: B first. risico 2 -> 1: 200,000 + 25,000, 775,000: B first.
  const r = analyseRobustness(
    tender({
      method: 'fictitious_price',
      scale: [
        { label: 0, share: 0 },
        { label: 1, share: 0.25 },
        { label: 2, share: 0.6 },
        { label: 3, share: 1 },
        { label: 'NR', share: -0.5 },
      ],
      criteria: [
        { id: 'plan', name: 'Plan van aanpak', value: 200_000 },
        { id: 'risico', name: 'Risicobeheersing', value: 100_000 },
      ],
      bids: [
        { vendor: 'A', price: 1_000_000, scores: { plan: 3, risico: 2 } },
        { vendor: 'B', price: 900_000, scores: { plan: 2, risico: 1 } },
        { vendor: 'C', price: 850_000, scores: { plan: 'NR', risico: 3 } },
      ],
    }),
  );
  it('per labelled criterion, with who comes first then', () => {
    expect(r.winnerLabels).toEqual([
      { vendor: 'A', criterion: 'plan', from: '3', to: '2', winner: 'B', tied: [] },
      { vendor: 'A', criterion: 'risico', from: '2', to: '1', winner: 'B', tied: [] },
    ]);
    expect(robustnessJson(r).winner_labels[0]).toEqual({
      vendor: 'A',
      criterion: 'plan',
      from: '3',
      to: '2',
      winner: 'B',
      tied: [],
    });
  });

  it('none on a numeric scale', () => {
    const numeric = analyseRobustness(
      tender({
        criteria: [
          { id: 'q', name: 'Kwaliteit', weight: 60 },
          { id: 'p', name: 'Prijs', weight: 40, price: true },
        ],
        bids: [
          { vendor: 'A', price: 100, scores: { q: 9 } },
          { vendor: 'B', price: 80, scores: { q: 6 } },
        ],
      }),
    );
    expect(numeric.winnerLabels).toEqual([]);
  });
});
