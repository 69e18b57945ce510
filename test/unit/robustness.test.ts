/**
 * The robustness core on cases worked out by hand: a weight threshold, rank
 * reversal by withdrawing and by adding a bid, a dominant bid with nothing
 * fragile, score margins and evaluator influence.
 */
import { describe, expect, it } from 'vitest';
import {
  analyseRobustness,
  applyWeightChange,
  DEFAULT_MARGIN,
  type Robustness,
} from '../../src/score/robustness.js';
import {
  robustnessCsv,
  robustnessJson,
  robustnessMarkdown,
  robustnessText,
  robustnessView,
} from '../../src/score/robustness-render.js';
import { tenderFileSchema } from '../../src/score/schema.js';
import {
  rankResolved,
  resolveTender,
  scoreResolved,
  type ResolvedTender,
} from '../../src/score/score.js';

function tender(doc: Record<string, unknown>): ResolvedTender {
  return resolveTender(tenderFileSchema.parse(doc));
}

/** Who is first after rescoring: the winner, or the tied vendors joined with " = ". */
function first(t: ResolvedTender): string {
  const r = scoreResolved(t);
  return r.winner ?? r.tied.join(' = ');
}

const weightsOf = (r: Robustness, kind: 'criterion' | 'group', id: string) =>
  r.weights.find((w) => w.kind === kind && w.id === id)!;

// ---------------------------------------------------------------- a weight threshold on paper

/*
 * Quality 60 points (scale 10), price 40 points (relative), maximum 100.
 *
 *   bid  price     quality  quality points  price points           total
 *   X    100,000   6        36              40 x 100/100 = 40       76
 *   Y    125,000   9        54              40 x 100/125 = 32       86      winner
 *   Z    110,000   7.5      45              40 x 100/110 = 36.3636  81.3636
 *
 * Lower the quality weight by d (d > 0) and raise price by d, so the maximum
 * stays 100. The fractions do not change (X: 0.6 and 1; Y: 0.9 and 0.8; Z:
 * 0.75 and 10/11), so the totals are straight lines in d:
 *
 *   T_Y(d) = 0.9 (60 - d) + 0.8 (40 + d)   = 86      - 0.1 d
 *   T_Z(d) = 0.75 (60 - d) + 10/11 (40 + d) = 81.3636 + (10/11 - 3/4) d = 81.3636 + 7/44 d
 *   T_X(d) = 0.6 (60 - d) + 1 (40 + d)      = 76      + 0.4 d
 *
 * Z draws level with Y where 86 - 0.1 d = 41 + 400/11 + 7/44 d, i.e.
 * 51/11 = (1/10 + 7/44) d = 57/220 d, d = 51/11 x 220/57 = 340/19 = 17.894737.
 * X draws level with Y at 10 = 0.5 d, d = 20: later. So at a quality weight
 * of 60 - 340/19 = 800/19 = 42.105 (price 1100/19 = 57.895) Y and Z tie at
 * 1600/19 = 84.2105 points (X: 1580/19 = 83.16), and below it Z wins.
 * Raising the quality weight only widens Y's lead (its slope +0.1 is the
 * highest): no change within the range. For the price criterion the same
 * happens the other way round: +340/19 makes Z win, lowering it changes nothing.
 */
const PAPER = {
  criteria: [
    { id: 'kwaliteit', name: 'Kwaliteit', weight: 60 },
    { id: 'prijs', name: 'Prijs', weight: 40, price: true },
  ],
  bids: [
    { vendor: 'X', price: 100000, scores: { kwaliteit: 6 } },
    { vendor: 'Y', price: 125000, scores: { kwaliteit: 9 } },
    { vendor: 'Z', price: 110000, scores: { kwaliteit: 7.5 } },
  ],
};

describe('weight sensitivity: a threshold worked out on paper', () => {
  const t = tender(PAPER);
  const r = analyseRobustness(t);

  it('finds the winner, the runner-up and the lead', () => {
    expect(r.winner).toBe('Y');
    expect(r.runnerUp).toBe('Z');
    expect(r.lead).toBeCloseTo(51 / 11, 10);
  });

  it('lowering the quality weight by 340/19 points makes Z win; raising it changes nothing', () => {
    const q = weightsOf(r, 'criterion', 'kwaliteit');
    expect(q).toMatchObject({ weight: 60, min: -60, max: 40, applicable: true, increase: null });
    expect(q.decrease!.change).toBeCloseTo(-340 / 19, 6);
    expect(q.decrease!.weight).toBeCloseTo(800 / 19, 6);
    expect(q.decrease!.winner).toBe('Z');
  });

  it('raising the price weight by 340/19 points makes Z win; lowering it changes nothing', () => {
    const p = weightsOf(r, 'criterion', 'prijs');
    expect(p.increase!.change).toBeCloseTo(340 / 19, 6);
    expect(p.increase!.winner).toBe('Z');
    expect(p.decrease).toBeNull();
  });

  it('at the threshold Y and Z tie at 1600/19 points; a little before it Y wins, a little beyond it Z', () => {
    const d = weightsOf(r, 'criterion', 'kwaliteit').decrease!.change;
    const at = scoreResolved(applyWeightChange(t, { kind: 'criterion', id: 'kwaliteit' }, d));
    expect(at.tied).toEqual(['Y', 'Z']);
    expect(at.bids.find((b) => b.vendor === 'Y')!.total).toBeCloseTo(1600 / 19, 6);
    expect(at.bids.find((b) => b.vendor === 'X')!.total).toBeCloseTo(1580 / 19, 6);
    expect(first(applyWeightChange(t, { kind: 'criterion', id: 'kwaliteit' }, -17.89))).toBe('Y');
    expect(first(applyWeightChange(t, { kind: 'criterion', id: 'kwaliteit' }, -17.9))).toBe('Z');
  });

  it('keeps the maximum when a weight changes', () => {
    const changed = applyWeightChange(t, { kind: 'criterion', id: 'kwaliteit' }, -10);
    expect(changed.criteria.map((c) => c.weight)).toEqual([50, 50]);
    expect(() => applyWeightChange(t, { kind: 'criterion', id: 'kwaliteit' }, 41)).toThrow(
      RangeError,
    );
  });

  it('is not fragile with the default margin of 5 points, and fragile with a margin of 18', () => {
    expect(DEFAULT_MARGIN).toBe(5);
    expect(r.fragile).toBe(false);
    const wide = analyseRobustness(t, { margin: 18 });
    expect(wide.fragile).toBe(true);
    expect(wide.reasons.map((x) => [x.kind, 'id' in x ? x.id : null])).toEqual([
      ['weight', 'kwaliteit'],
      ['weight', 'prijs'],
    ]);
  });

  it('score margins: Z needs more than 51/66 on quality, X more than 10/6', () => {
    // Z is 51/11 points behind; a quality point is worth 60/10 = 6 points: 51/11 / 6 = 51/66.
    const [z, x] = r.margins;
    expect(z!.vendor).toBe('Z');
    expect(z!.behind).toBeCloseTo(51 / 11, 10);
    expect(z!.best!.criterion).toBe('kwaliteit');
    expect(z!.best!.increase).toBeCloseTo(51 / 66, 10);
    expect(z!.best!.needed).toBeCloseTo(7.5 + 51 / 66, 10);
    expect(x!.vendor).toBe('X');
    expect(x!.best!.increase).toBeCloseTo(10 / 6, 10);
    // Just above the margin Z wins; just below it Y still does.
    const raise = (by: number) => ({
      ...t,
      bids: t.bids.map((b) => (b.vendor === 'Z' ? { ...b, evaluators: [[7.5 + by], null] } : b)),
    });
    expect(first(raise(51 / 66 + 1e-6))).toBe('Z');
    expect(first(raise(51 / 66 - 1e-6))).toBe('Y');
  });

  it('no rank reversal: the order of quality matches the order of the totals', () => {
    expect(r.rankReversal.applicable).toBe(true);
    expect(r.rankReversal.checked).toBe(2);
    expect(r.rankReversal.withdrawals).toEqual([]);
    expect(r.rankReversal.addition).toMatchObject({
      winnerPrice: null,
      orderPrice: null,
      pairs: [],
      pairCount: 0,
    });
  });
});

// ---------------------------------------------------------------- withdrawing the cheapest losing bid

/*
 * Quality 50 points (scale 100), price 50 points (relative).
 *
 *   bid  price     quality  with A (lowest 100,000)           without A (lowest 120,000)
 *   A    100,000   20       10 + 50            = 60
 *   B    150,000   80       40 + 50 x 100/150  = 73.3333 (1)  40 + 50 x 120/150 = 80
 *   C    120,000   62       31 + 50 x 100/120  = 72.6667 (2)  31 + 50           = 81   (1)
 *
 * A cannot win, but it sets the lowest price. When A withdraws, the lowest
 * price rises to 120,000: C's price points rise by 8.33, B's by 6.67, and C
 * overtakes B (Telgen and Timmer 2016: the quality order, C below B, is
 * opposite to the order of the prices).
 */
const WITHDRAW = {
  criteria: [
    { id: 'kwaliteit', name: 'Kwaliteit', weight: 50, scale: 100 },
    { id: 'prijs', name: 'Prijs', weight: 50, price: true },
  ],
  bids: [
    { vendor: 'A', price: 100000, scores: { kwaliteit: 20 } },
    { vendor: 'B', price: 150000, scores: { kwaliteit: 80 } },
    { vendor: 'C', price: 120000, scores: { kwaliteit: 62 } },
  ],
};

describe('rank reversal: withdrawing the cheapest losing bid hands the win to another bid', () => {
  const t = tender(WITHDRAW);
  const r = analyseRobustness(t);

  it('scores B first with A in', () => {
    expect(r.winner).toBe('B');
    expect(r.lead).toBeCloseTo(2 / 3, 10);
  });

  it('reports that withdrawing A makes C win, with the new lowest price', () => {
    expect(r.rankReversal.withdrawals).toEqual([
      {
        vendor: 'A',
        lowestPrice: 12_000_000,
        winnerChanged: true,
        winner: 'C',
        tied: [],
        changes: [{ a: 'B', b: 'C', before: 'ahead', after: 'behind' }],
        changeCount: 1,
      },
    ]);
    // Cross-check by rescoring without A.
    expect(first({ ...t, bids: t.bids.filter((b) => b.vendor !== 'A') })).toBe('C');
  });

  it('is fragile for that reason', () => {
    expect(r.fragile).toBe(true);
    expect(r.reasons).toContainEqual({ kind: 'withdrawal', vendor: 'A', winner: 'C', tied: [] });
  });

  it('withdrawing C (not the lowest price) changes nothing, and adding a cheaper bid does not reverse B and C', () => {
    // B has the better quality; a lower lowest price only widens B's lead over C.
    expect(r.rankReversal.checked).toBe(2);
    expect(r.rankReversal.addition!.winnerPrice).toBeNull();
    expect(r.rankReversal.addition!.pairs).toEqual([]);
  });

  it('says it in plain words, in Dutch and in English', () => {
    const nl = robustnessText(robustnessView(r, 'nl'), 'nl');
    expect(nl).toContain(
      'Kwetsbaar: B wint met 0,67 punten voorsprong op C. De winnaar verandert:',
    );
    expect(nl).toContain('trekt A zich terug, dan wint C in plaats van B');
    expect(nl).toContain(
      '! Trekt A zich terug, dan wordt de laagste prijs EUR 120.000,00 en wint C in plaats van B.',
    );
    const en = robustnessText(robustnessView(r, 'en'), 'en');
    expect(en).toContain('Fragile: B wins by 0.67 points over C. The winner changes:');
    expect(en).toContain(
      '! If A withdraws, the lowest price becomes EUR 120,000.00 and C wins instead of B.',
    );
  });
});

// ---------------------------------------------------------------- adding a cheaper bid

/*
 * Quality 50 points (scale 10), price 50 points (relative).
 *
 *   A  100,000  quality 6.5  32.5 + 50               = 82.5      winner (cheapest)
 *   B  130,000  quality 8.5  42.5 + 50 x 100/130     = 80.9615
 *
 * A new bid at price p below 100,000 becomes the lowest price:
 *   T_A(p) - T_B(p) = (32.5 - 42.5) + 50 p (1/100,000 - 1/130,000) = -10 + 50 p x 3/1,300,000.
 * That is 0 at p = 10 x 1,300,000 / 150 = 86,666.67. At EUR 86,666.66 B is
 * ahead by 7.7e-7 points (more than the tie tolerance of 1e-7), at 86,666.67
 * A is ahead by 3.8e-7. The new bid earns the 50 price points and nothing
 * else, less than A's 32.5 + 43.3 = 75.8 there: it does not win itself.
 */
describe('rank reversal: adding a cheaper bid of poor quality', () => {
  const t = tender({
    criteria: [
      { id: 'kwaliteit', name: 'Kwaliteit', weight: 50 },
      { id: 'prijs', name: 'Prijs', weight: 50, price: true },
    ],
    bids: [
      { vendor: 'A', price: 100000, scores: { kwaliteit: 6.5 } },
      { vendor: 'B', price: 130000, scores: { kwaliteit: 8.5 } },
    ],
  });
  const r = analyseRobustness(t);

  it('finds the highest price, to the cent, at which B overtakes A', () => {
    expect(r.winner).toBe('A');
    const a = r.rankReversal.addition!;
    expect(a.winnerPrice).toBe(8_666_666);
    expect(a.winner).toBe('B');
    expect(a.orderPrice).toBe(8_666_666);
    expect(a.orderChanges).toEqual([{ a: 'A', b: 'B', before: 'ahead', after: 'behind' }]);
    expect(a.pairs).toEqual([{ a: 'A', b: 'B', before: 'ahead', price: 8_666_666 }]);
    // The new bid earns 50 points. B stays above that while 42.5 + 50 p / 130,000 > 50, i.e. p > 19,500
    // (A only while p > 35,000): priced at 19,500 or less, the new bid would come first itself.
    expect(a.floorPrice).toBe(1_950_000);
    expect(r.reasons).toContainEqual({ kind: 'addition', price: 8_666_666, winner: 'B', tied: [] });
  });

  it('agrees with rescoring: a cent more and A still wins', () => {
    const add = (cents: number) => ({
      ...t,
      bids: [
        ...t.bids,
        {
          vendor: 'New',
          index: 2,
          price: cents,
          priceSource: { kind: 'price' as const },
          evaluators: [[0], null],
          knockouts: {},
        },
      ],
    });
    expect(first(add(8_666_666))).toBe('B');
    expect(first(add(8_666_667))).toBe('A');
  });
});

// ---------------------------------------------------------------- one bid dominates

/*
 * Three criteria (two scored by a panel of three, one price) and three bids
 * in a chain: P is best on every criterion (for every evaluator) and
 * cheapest, Q second on everything, R third. P wins under any weights; no
 * withdrawal moves the lowest price (P holds it and does not withdraw); a
 * new lowest price cannot reverse a pair whose quality order agrees with its
 * price order; leaving out an evaluator leaves P best. Nothing is fragile.
 */
describe('one bid dominates on every criterion: nothing is fragile', () => {
  const t = tender({
    criteria: [
      {
        id: 'kwaliteit',
        name: 'Kwaliteit',
        criteria: [
          { id: 'functioneel', name: 'Functioneel', weight: 30 },
          { id: 'service', name: 'Service', weight: 20 },
        ],
      },
      { id: 'prijs', name: 'Prijs', weight: 50, price: true },
    ],
    bids: [
      { vendor: 'P', price: 90000, scores: { functioneel: [9, 9, 8], service: [8, 9, 9] } },
      { vendor: 'Q', price: 100000, scores: { functioneel: [7, 7, 6], service: [7, 6, 7] } },
      { vendor: 'R', price: 120000, scores: { functioneel: [5, 4, 5], service: [5, 5, 4] } },
    ],
  });
  const r = analyseRobustness(t);

  it('is firm', () => {
    expect(r.winner).toBe('P');
    expect(r.fragile).toBe(false);
    expect(r.reasons).toEqual([]);
  });

  it('no weight of any criterion or group changes the winner within the whole range', () => {
    expect(r.weights.map((w) => `${w.kind}:${w.id}`)).toEqual([
      'group:kwaliteit',
      'criterion:functioneel',
      'criterion:service',
      'criterion:prijs',
    ]);
    for (const w of r.weights)
      expect(w).toMatchObject({ applicable: true, increase: null, decrease: null });
  });

  it('no rank reversal and no evaluator who decides', () => {
    expect(r.rankReversal.withdrawals).toEqual([]);
    expect(r.rankReversal.addition).toMatchObject({
      winnerPrice: null,
      orderPrice: null,
      pairCount: 0,
    });
    expect(r.evaluators.panel).toBe(3);
    expect(r.evaluators.leaveOut.map((x) => [x.evaluator, x.winner, x.changed])).toEqual([
      [1, 'P', false],
      [2, 'P', false],
      [3, 'P', false],
    ]);
  });

  it('says so in plain words', () => {
    const view = robustnessView(r, 'en');
    expect(view.fragile).toBe(false);
    expect(view.summary).toMatch(
      /^P wins by [\d.]+ points over Q\. No weight change of up to 5 points changes the winner, and neither does withdrawing or adding a bid\.$/,
    );
    expect(view.sections.flatMap((s) => s.findings).some((f) => f.level === 'fragile')).toBe(false);
    const nl = robustnessView(r, 'nl');
    expect(nl.summary).toContain(
      'Geen gewichtswijziging tot 5 punten verandert de winnaar, en het terugtrekken of toevoegen van een inschrijving ook niet.',
    );
  });
});

// ---------------------------------------------------------------- other cases

describe('the bounds method, ties, evaluators, groups', () => {
  it('skips rank reversal for bounds and says why', () => {
    const r = analyseRobustness(
      tender({ ...WITHDRAW, price: { method: 'bounds', best: 100000, worst: 200000 } }),
    );
    expect(r.rankReversal).toEqual({
      applicable: false,
      reason: 'bounds',
      checked: 0,
      withdrawals: [],
      addition: null,
    });
    const view = robustnessView(r, 'en');
    expect(view.sections.find((s) => s.title === 'Rank reversal')!.findings[0]!.text).toContain(
      'The bounds price formula scores each price independently of the other bids',
    );
  });

  it('a firm outcome under bounds says that the bounds formula cannot reverse ranks', () => {
    const r = analyseRobustness(
      tender({
        criteria: [
          { id: 'q', name: 'Q', weight: 50 },
          { id: 'p', name: 'P', weight: 50, price: true },
        ],
        price: { method: 'bounds', best: 100, worst: 200 },
        bids: [
          { vendor: 'A', price: 100, scores: { q: 9 } },
          { vendor: 'B', price: 180, scores: { q: 4 } },
        ],
      }),
    );
    expect(r.fragile).toBe(false);
    expect(robustnessView(r, 'en').summary).toBe(
      'A wins by 65.00 points over B. No weight change of up to 5 points changes the winner; the bounds price formula cannot reverse ranks.',
    );
  });

  it('skips rank reversal without a price criterion', () => {
    const r = analyseRobustness(
      tender({
        criteria: [{ id: 'q', name: 'Q', weight: 10 }],
        bids: [
          { vendor: 'A', price: 1, scores: { q: 5 } },
          { vendor: 'B', price: 2, scores: { q: 4 } },
        ],
      }),
    );
    expect(r.rankReversal.reason).toBe('no-price');
  });

  it('a tie for first place is fragile', () => {
    // The 50/50 pitfall: the cheap and the good bid both score 75.
    const r = analyseRobustness(
      tender({
        criteria: [
          { id: 'q', name: 'Q', weight: 50 },
          { id: 'p', name: 'P', weight: 50, price: true },
        ],
        bids: [
          { vendor: 'Cheap', price: 100, scores: { q: 5 } },
          { vendor: 'Good', price: 200, scores: { q: 10 } },
          { vendor: 'Middle', price: 150, scores: { q: 7.5 } },
        ],
      }),
    );
    expect(r.winner).toBeNull();
    expect(r.tied).toEqual(['Cheap', 'Good']);
    expect(r.fragile).toBe(true);
    expect(r.reasons[0]).toEqual({ kind: 'tie', tied: ['Cheap', 'Good'] });
    for (const w of r.weights) expect(w.increase ?? w.decrease).toBeNull();
  });

  it('leaving out one evaluator can change the winner', () => {
    // A: (9 + 5 + 5) / 3 = 6.33, B: (4 + 7 + 7) / 3 = 6; without evaluator 1: A 5, B 7.
    const r = analyseRobustness(
      tender({
        criteria: [
          { id: 'q', name: 'Q', weight: 70 },
          { id: 'p', name: 'P', weight: 30, price: true },
        ],
        bids: [
          { vendor: 'A', price: 1000, scores: { q: [9, 5, 5] } },
          { vendor: 'B', price: 1000, scores: { q: [4, 7, 7] } },
        ],
      }),
    );
    expect(r.winner).toBe('A');
    expect(r.evaluators.leaveOut.map((x) => [x.evaluator, x.winner, x.changed])).toEqual([
      [1, 'B', true],
      [2, 'A', false],
      [3, 'A', false],
    ]);
    // Reported, but not part of the fragility gate.
    expect(r.reasons.some((x) => (x.kind as string) === 'evaluator')).toBe(false);
    const nl = robustnessText(robustnessView(r, 'nl'), 'nl');
    expect(nl).toContain(
      'Zonder de scores van beoordelaar 1 (de 1e score van elke lijst) wint B in plaats van A.',
    );
  });

  it('a score margin beyond the scale means the bid cannot win on one criterion', () => {
    // B is 30 points behind; 30 points on q (weight 40, scale 10) is 7.5 more than its 5: 12.5 > 10.
    const r = analyseRobustness(
      tender({
        criteria: [
          { id: 'q', name: 'Q', weight: 40 },
          { id: 'p', name: 'P', weight: 60, price: true },
        ],
        bids: [
          { vendor: 'A', price: 100, scores: { q: 8 } },
          { vendor: 'B', price: 300, scores: { q: 5 } },
        ],
      }),
    );
    // A: 32 + 60 = 92; B: 20 + 20 = 40, 52 behind: 13 more on q.
    expect(r.margins[0]).toMatchObject({ vendor: 'B', rank: 2, best: null });
    expect(r.margins[0]!.criteria[0]).toMatchObject({
      criterion: 'q',
      score: 5,
      scale: 10,
      feasible: false,
    });
    expect(r.margins[0]!.criteria[0]!.increase).toBeCloseTo(13, 10);
    expect(robustnessText(robustnessView(r, 'en'), 'en')).toContain(
      'B (rank 2, 52.00 points behind): cannot win on one criterion.',
    );
  });

  it('a group moves its criteria in proportion; the threshold applied changes the winner', () => {
    const t = tender({
      criteria: [
        {
          id: 'kwaliteit',
          name: 'Kwaliteit',
          criteria: [
            { id: 'a', name: 'A', weight: 30 },
            { id: 'b', name: 'B', weight: 10 },
          ],
        },
        { id: 'prijs', name: 'Prijs', weight: 60, price: true },
      ],
      bids: [
        { vendor: 'Cheap', price: 100, scores: { a: 4, b: 4 } },
        { vendor: 'Good', price: 140, scores: { a: 9, b: 8 } },
      ],
    });
    const r = analyseRobustness(t);
    const g = weightsOf(r, 'group', 'kwaliteit');
    const th = g.increase ?? g.decrease!;
    const changed = applyWeightChange(t, { kind: 'group', id: 'kwaliteit' }, th.change);
    // The group's criteria keep their 3:1 ratio; the maximum stays 100.
    expect(changed.criteria[0]!.weight / changed.criteria[1]!.weight).toBeCloseTo(3, 10);
    expect(changed.criteria.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(100, 10);
    expect(first(changed)).not.toBe(r.winner);
    expect(first(applyWeightChange(t, { kind: 'group', id: 'kwaliteit' }, th.change * 0.999))).toBe(
      r.winner,
    );
  });

  it('excluded bids take no part', () => {
    const r = analyseRobustness(
      tender({
        ...WITHDRAW,
        knockouts: ['ISO'],
        bids: WITHDRAW.bids.map((b) => ({ ...b, knockouts: { ISO: b.vendor !== 'A' } })),
      }),
    );
    // Without A, C wins and nothing is withdrawn.
    expect(r.winner).toBe('C');
    expect(r.valid).toBe(2);
    expect(r.rankReversal.withdrawals).toEqual([]);
  });

  it('nothing to analyse without a valid bid', () => {
    const r = analyseRobustness(tender({ ...WITHDRAW, knockouts: ['ISO'] }));
    expect(r).toMatchObject({ valid: 0, winner: null, tied: [], fragile: false, margins: [] });
    expect(robustnessView(r, 'nl')).toEqual({
      fragile: false,
      summary: 'Geen geldige inschrijving: er is niets te analyseren.',
      sections: [],
    });
  });
});

describe('rendering', () => {
  const r = analyseRobustness(tender(WITHDRAW));

  it('JSON: documented keys, prices in euros, points rounded', () => {
    const j = robustnessJson(r);
    expect(Object.keys(j)).toEqual([
      'method',
      'unit',
      'margin',
      'fragile',
      'reasons',
      'winner',
      'tied',
      'tie_break',
      'runner_up',
      'lead',
      'weights',
      'score_margins',
      'winner_labels',
      'rank_reversal',
      'evaluators',
    ]);
    expect(j.lead).toBe(0.666667);
    expect([j.method, j.unit]).toEqual(['weighted', 'points']);
    expect(j.rank_reversal.withdrawals[0]).toMatchObject({
      vendor: 'A',
      lowest_price: 120000,
      winner_changed: true,
      winner: 'C',
    });
    expect(j.weights[0]).toMatchObject({
      kind: 'criterion',
      id: 'kwaliteit',
      weight: 50,
      range: { min: -50, max: 50 },
      applicable: true,
    });
  });

  it('Markdown: a section per analysis, fragile findings in bold', () => {
    const md = robustnessMarkdown(robustnessView(r, 'en'), 'en');
    expect(md).toMatch(
      /^## How firm is the outcome\n\n\*\*Fragile:\*\* B wins by 0\.67 points over C\./,
    );
    expect(md).toContain('### Weights');
    expect(md).toContain('### Rank reversal');
    expect(md).toContain(
      '- ⚠ **If A withdraws, the lowest price becomes EUR 120,000.00 and C wins instead of B.**',
    );
    expect(md).toContain('| Criterion or group | Weight | More weight | Less weight |');
  });

  it('CSV: one row per finding', () => {
    const lines = robustnessCsv(r).split('\r\n');
    expect(lines[0]).toBe(
      'analysis,subject,criterion,direction,change,value,winner,outcome,fragile',
    );
    expect(lines).toContain('withdrawal,A,,,,120000,C,winner changes,true');
  });

  it('rankResolved agrees with the analysis on the first place', () => {
    expect(rankResolved(tender(WITHDRAW)).ranks).toEqual([3, 1, 2]);
  });
});
