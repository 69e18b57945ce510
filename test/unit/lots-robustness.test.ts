/** The award of a lot under the cap: withdrawals and additions recomputed through the allocation (src/score/lots-robustness.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import { setRunLang } from '../../src/i18n/index.js';
import { scoreLots } from '../../src/score/lots.js';
import { lotsAwardRobustness } from '../../src/score/lots-robustness.js';
import { analyseRobustness } from '../../src/score/robustness.js';
import { type TenderDocument, tenderFileSchema } from '../../src/score/schema.js';

beforeAll(() => setRunLang('en'));

function parse(value: unknown): TenderDocument {
  const r = tenderFileSchema.safeParse(value);
  if (!r.success) throw new Error(r.error.issues.map((i) => i.message).join('\n'));
  return r.data;
}

function analyse(doc: TenderDocument) {
  const result = scoreLots(doc);
  const own = new Map(result.lots.map((l) => [l.id, analyseRobustness(l.resolved)]));
  return { result, award: lotsAwardRobustness(result, own) };
}

const criteria = [
  { id: 'q', name: 'Quality', weight: 60 },
  { id: 'p', name: 'Price', weight: 40, price: true },
];

/**
 * A first, then B, one lot per bidder. On A (bounds: no rank reversal by price):
 * Alfa 60*9/10 + 40 = 94 wins, Beta 60*8/10 + 40 = 88 second. On B: Alfa first
 * (passed over), Beta second (awarded), Gamma third.
 */
const doc = (max: number | undefined) =>
  parse({
    criteria,
    price: { method: 'bounds', best: 100, worst: 300 },
    ...(max === undefined ? {} : { max_lots_per_bidder: max }),
    lots: [
      { id: 'A', name: 'Lot A' },
      { id: 'B', name: 'Lot B' },
    ],
    bids: [
      {
        vendor: 'Alfa',
        lots: { A: { price: 100, scores: { q: 9 } }, B: { price: 100, scores: { q: 9 } } },
      },
      {
        vendor: 'Beta',
        lots: { A: { price: 100, scores: { q: 8 } }, B: { price: 100, scores: { q: 8 } } },
      },
      { vendor: 'Gamma', lots: { B: { price: 100, scores: { q: 5 } } } },
    ],
  });

describe('lotsAwardRobustness', () => {
  it('a withdrawal on an earlier lot moves a later lot; on the lot itself only bids not awarded', () => {
    const { result, award } = analyse(doc(1));
    expect(result.lots[1]!.award.winner).toBe('Beta');
    const b = award.get('B')!;
    // Alfa withdraws from A: Beta wins A and is passed over on B; Alfa wins B.
    // Beta withdraws from A: nothing changes for B (Alfa still wins A).
    // On B: Alfa (passed over) and Gamma may withdraw; with bounds nothing moves.
    expect(b.checkedWithdrawals).toBe(2 + 2);
    expect(b.withdrawals).toEqual([
      { kind: 'withdrawal', lot: 'A', vendor: 'Alfa', price: null, winner: 'Alfa', tied: [] },
    ]);
    // Bounds: no addition changes an order.
    expect(b.additions).toEqual([]);
    expect(b.fragile).toBe(true);
    const a = award.get('A')!;
    // On A, only Beta can withdraw (Alfa is awarded it), which changes nothing.
    expect(a.checkedWithdrawals).toBe(1);
    expect(a.withdrawals).toEqual([]);
    expect(a.fragile).toBe(false);
  });

  it('without a cap nothing is recomputed', () => {
    const { award } = analyse(doc(undefined));
    expect(award.get('B')).toMatchObject({
      capped: false,
      winner: 'Alfa',
      checkedWithdrawals: 0,
      withdrawals: [],
      additions: [],
      fragile: false,
    });
  });

  it('a withdrawal that empties an earlier lot lets its winner win the later lot', () => {
    const two = parse({
      criteria,
      max_lots_per_bidder: 1,
      lots: [
        { id: 'A', name: 'Lot A' },
        { id: 'B', name: 'Lot B' },
      ],
      bids: [
        {
          vendor: 'Alfa',
          lots: { A: { price: 100, scores: { q: 9 } }, B: { price: 100, scores: { q: 9 } } },
        },
        { vendor: 'Beta', lots: { B: { price: 100, scores: { q: 8 } } } },
      ],
    });
    const { award } = analyse(two);
    // Alfa alone on A: withdrawing it leaves A unawarded, so Alfa wins B.
    expect(award.get('B')!.withdrawals).toEqual([
      { kind: 'withdrawal', lot: 'A', vendor: 'Alfa', price: null, winner: 'Alfa', tied: [] },
    ]);
  });
});
