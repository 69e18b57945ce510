/** The lots layer (src/score/lots.ts, src/score/lots-expand.ts): expansion, paths, allocation with a cap, validation. */
import { beforeAll, describe, expect, it } from 'vitest';
import { setRunLang } from '../../src/i18n/index.js';
import { lotDocument, lotPath } from '../../src/score/lots-expand.js';
import { allocateLots, scoreLots } from '../../src/score/lots.js';
import { type TenderDocument, tenderFileSchema } from '../../src/score/schema.js';
import { scoreTender } from '../../src/score/score.js';

beforeAll(() => setRunLang('en'));

function parse(value: unknown): TenderDocument {
  const r = tenderFileSchema.safeParse(value);
  if (!r.success)
    throw new Error(r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  return r.data;
}

function problems(value: unknown): string[] {
  const r = tenderFileSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const criteria = [
  { id: 'q', name: 'Quality', weight: 60 },
  { id: 'p', name: 'Price', weight: 40, price: true },
];

/**
 * Two lots, A first. On A: Alfa 60*8/10 + 40 = 88, Beta 60*7/10 + 40*100/110 = 78.36.
 * On B: Alfa 60*9/10 + 40 = 94, Beta 60*8/10 + 40*200/210 = 86.10, Gamma 60*5/10 + 40*200/300 = 56.67.
 */
const TWO = {
  criteria,
  knockouts: ['ISO'],
  max_lots_per_bidder: 1,
  lots: [
    { id: 'A', name: 'Lot A', budget: 150 },
    { id: 'B', name: 'Lot B', knockouts: ['ISO', 'Exit'] },
  ],
  bids: [
    {
      vendor: 'Alfa',
      knockouts: { ISO: true },
      lots: {
        A: { price: 100, scores: { q: 8 } },
        B: { price: 200, scores: { q: 9 }, knockouts: { Exit: true } },
      },
    },
    {
      vendor: 'Beta',
      knockouts: { ISO: true },
      lots: {
        A: { price: 110, scores: { q: 7 } },
        B: { price: 210, scores: { q: 8 }, knockouts: { Exit: true } },
      },
    },
    {
      vendor: 'Gamma',
      knockouts: { ISO: true, Exit: true },
      lots: { B: { price: 300, scores: { q: 5 } } },
    },
  ],
};

describe('lotDocument', () => {
  it('gives each lot the tender settings it does not override, and only the bids on it', () => {
    const doc = parse(TWO);
    const a = lotDocument(doc, 0);
    expect(a.document.criteria).toEqual(doc.criteria);
    expect(a.document.price).toEqual({ method: 'relative', budget: 150 });
    expect(a.document.knockouts).toEqual(['ISO']);
    expect(a.document.bids.map((b) => b.vendor)).toEqual(['Alfa', 'Beta']);
    expect(a.bids).toEqual([0, 1]);
    expect(a.document).not.toHaveProperty('lots');
    expect(a.document).not.toHaveProperty('max_lots_per_bidder');
    const b = lotDocument(doc, 1);
    expect(b.document.knockouts).toEqual(['ISO', 'Exit']);
    expect(b.document.price).toBeUndefined();
    // The bid's tender-level answer and its answer for the lot, together.
    expect(b.document.bids[0]!.knockouts).toEqual({ ISO: true, Exit: true });
    expect(b.document.bids[2]!.knockouts).toEqual({ ISO: true, Exit: true });
    expect(b.bids).toEqual([0, 1, 2]);
  });

  it('keeps settings it does not know of (a later award method, say) for every lot', () => {
    const doc = { ...parse(TWO), some_future_setting: 'x' } as TenderDocument;
    expect((lotDocument(doc, 1).document as Record<string, unknown>).some_future_setting).toBe('x');
  });

  it('maps paths in a lot back to the tender file', () => {
    const doc = parse(TWO);
    const b = lotDocument(doc, 1);
    expect(lotPath(doc, b, ['bids', 2, 'scores', 'q'])).toEqual([
      'bids',
      2,
      'lots',
      'B',
      'scores',
      'q',
    ]);
    expect(lotPath(doc, b, ['bids', 1, 'vendor'])).toEqual(['bids', 1, 'vendor']);
    expect(lotPath(doc, b, ['bids', 0])).toEqual(['bids', 0, 'lots', 'B']);
    expect(lotPath(doc, b, ['knockouts', 1])).toEqual(['lots', 1, 'knockouts', 1]);
    expect(lotPath(doc, b, ['criteria', 0, 'weight'])).toEqual(['criteria', 0, 'weight']);
    const a = lotDocument(doc, 0);
    expect(lotPath(doc, a, ['price', 'budget'])).toEqual(['lots', 0, 'budget']);
    expect(lotPath(doc, a, ['bids', 1, 'knockouts', 'ISO'])).toEqual([
      'bids',
      1,
      'knockouts',
      'ISO',
    ]);
  });
});

describe('scoreLots', () => {
  it('passes over a bidder that already won the maximum; the next-ranked bid wins', () => {
    const r = scoreLots(parse(TWO));
    const [a, b] = r.lots;
    expect(a!.award.winner).toBe('Alfa');
    expect(a!.award.passedOver).toEqual([]);
    expect(b!.result.winner).toBe('Alfa');
    expect(b!.award.winner).toBe('Beta');
    expect(b!.award.passedOver).toEqual([{ vendor: 'Alfa', won: ['A'], max: 1 }]);
    // The passed-over bid keeps its rank and its price still sets the lowest price.
    const alfa = b!.result.bids.find((x) => x.vendor === 'Alfa')!;
    expect(alfa.rank).toBe(1);
    expect(alfa.excluded).toBe(false);
    expect(b!.result.lowestPrice).toBe(20000);
    expect(r.won).toEqual({ Alfa: ['A'], Beta: ['B'] });
  });

  it('awards in lot_order: B first gives B to Alfa and A to Beta', () => {
    const r = scoreLots(parse({ ...TWO, lot_order: ['B', 'A'] }));
    expect(r.lots.map((l) => l.award.winner)).toEqual(['Beta', 'Alfa']);
    expect(r.lotOrder).toEqual(['B', 'A']);
    expect(r.lots[0]!.order).toBe(2);
  });

  it('without a cap every lot goes to its own winner', () => {
    const { max_lots_per_bidder: _, ...free } = TWO;
    const r = scoreLots(parse(free));
    expect(r.lots.map((l) => l.award.winner)).toEqual(['Alfa', 'Alfa']);
    expect(r.maxLotsPerBidder).toBeNull();
    // Each lot scored as a tender of its own gives the same result.
    const alone = scoreTender(lotDocument(parse(free), 1).document);
    expect(alone.bids).toEqual(r.lots[1]!.result.bids);
  });

  it('reports a missing score at the bid entry of the lot', () => {
    const doc = parse({
      ...TWO,
      bids: [{ vendor: 'Alfa', knockouts: { ISO: true }, lots: { A: { price: 100 } } }],
    });
    expect(() => scoreLots(doc)).toThrow(/bids\[0\]\.lots\.A\.scores/);
  });
});

describe('allocateLots', () => {
  const doc = parse({
    criteria,
    lots: [
      { id: 'A', name: 'A' },
      { id: 'B', name: 'B' },
    ],
    bids: [
      {
        vendor: 'Alfa',
        lots: { A: { price: 100, scores: { q: 10 } }, B: { price: 100, scores: { q: 10 } } },
      },
      { vendor: 'Beta', lots: { B: { price: 100, scores: { q: 5 } } } },
      { vendor: 'Gamma', lots: { B: { price: 100, scores: { q: 5 } } } },
    ],
  });

  it('leaves a tie for the place that is left when no rule separates the bids', () => {
    const r = scoreLots({ ...doc, max_lots_per_bidder: 1 });
    const b = r.lots[1]!.award;
    expect(b.winner).toBeNull();
    expect(b.tie).toBe(true);
    expect(b.tied).toEqual(['Beta', 'Gamma']);
    expect(b.passedOver.map((p) => p.vendor)).toEqual(['Alfa']);
  });

  it("breaks that tie with the lot's rules", () => {
    const ruled = parse({
      ...doc,
      max_lots_per_bidder: 1,
      lots: [
        { id: 'A', name: 'A' },
        {
          id: 'B',
          name: 'B',
          tie_break: [{ lot: { winner: 'Gamma', drawn_on: '2027-01-05', by: 'notaris' } }],
        },
      ],
    });
    const b = scoreLots(ruled).lots[1]!.award;
    expect(b.winner).toBe('Gamma');
    expect(b.tieBreak?.rule).toBe('lot');
  });

  it('awards nothing when every valid bid is passed over', () => {
    const one = scoreLots(
      parse({
        criteria,
        max_lots_per_bidder: 1,
        lots: [
          { id: 'A', name: 'A' },
          { id: 'B', name: 'B' },
        ],
        bids: [
          {
            vendor: 'Alfa',
            lots: { A: { price: 100, scores: { q: 10 } }, B: { price: 100, scores: { q: 10 } } },
          },
        ],
      }),
    );
    expect(one.lots[1]!.award).toMatchObject({ winner: null, tie: false });
    expect(one.lots[1]!.award.passedOver.map((p) => p.vendor)).toEqual(['Alfa']);
  });

  it('skips ids not among the lots', () => {
    expect(allocateLots([], ['X'], 1).awards.size).toBe(0);
  });
});

describe('validation', () => {
  it('locates an unknown lot in a bid, with a suggestion', () => {
    const bad = structuredClone(TWO) as { bids: { lots: Record<string, unknown> }[] };
    bad.bids[0]!.lots.b = bad.bids[0]!.lots.B;
    expect(problems(bad)).toContain(
      'bids.0.lots.b: unknown lot "b" (did you mean "B"?); the lots are: "A", "B"',
    );
  });

  it('asks lot_order to name every lot once', () => {
    expect(problems({ ...TWO, lot_order: ['A', 'A'] })).toEqual([
      'lot_order.1: lot "A" appears twice in lot_order; name every lot exactly once',
      'lot_order: lot_order does not name every lot: "B" is missing; name every lot exactly once, in the order of award',
    ]);
  });

  it('refuses a price or scores outside the lots, and a bid on no lot', () => {
    const bad = structuredClone(TWO) as { bids: Record<string, unknown>[] };
    bad.bids[0]!.price = 5;
    delete bad.bids[1]!.lots;
    const found = problems(bad);
    expect(found).toContain(
      'bids.0.price: in a tender with lots, price is given per lot, under lots: and the lot id (bid "Alfa")',
    );
    expect(found.some((p) => p.startsWith('bids.1: bid "Beta" bids on no lot'))).toBe(true);
  });

  it("checks each lot as a tender: a score for another lot's criterion", () => {
    const bad = structuredClone(TWO) as { lots: Record<string, unknown>[] };
    bad.lots[1]!.criteria = [
      { id: 'r', name: 'R', weight: 10 },
      { id: 'p', name: 'P', weight: 5, price: true },
    ];
    const found = problems(bad);
    expect(found.some((p) => p.startsWith('bids.0.lots.B.scores.q: unknown criterion "q"'))).toBe(
      true,
    );
  });

  it('refuses lot settings in a tender without lots', () => {
    expect(
      problems({
        criteria,
        max_lots_per_bidder: 1,
        bids: [{ vendor: 'A', price: 1, scores: { q: 1 } }],
      }),
    ).toEqual([
      'max_lots_per_bidder: max_lots_per_bidder belongs to a tender with lots; add lots (lots: a list with id and name) or remove max_lots_per_bidder',
    ]);
  });
});
