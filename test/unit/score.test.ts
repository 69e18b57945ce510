/** The scoring core: formulas, exclusions, ranking, ties, and the tender schema's checks. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors.js';
import { readYaml } from '../../src/lib/yaml.js';
import { DEFAULT_CRITERIA, flattenCriteria } from '../../src/score/criteria.js';
import {
  criteriaJson,
  criteriaMarkdown,
  criteriaYaml,
  scoreCsv,
  scoreJson,
  scoreMarkdown,
  scoreText,
  totalDecimals,
} from '../../src/score/render.js';
import { tenderFileSchema, type TenderDocument } from '../../src/score/schema.js';
import {
  competitionRanks,
  meanScore,
  rankResolved,
  resolveTender,
  scoreResolved,
  scoreTender,
  TenderInputError,
} from '../../src/score/score.js';

/** Parses and validates a tender written as YAML. */
function tender(text: string): TenderDocument {
  return readYaml(text, 'tender.yaml', tenderFileSchema).data as TenderDocument;
}

/** The problems a tender has, as "line:col: message" strings. */
function problems(text: string): string[] {
  try {
    readYaml(text, 'tender.yaml', tenderFileSchema);
  } catch (err) {
    if (err instanceof InputError)
      return err.problems.map((p) => `${p.line}:${p.col}: ${p.message}`);
    throw err;
  }
  throw new Error('expected problems, the tender is valid');
}

const bid = (result: ReturnType<typeof scoreTender>, vendor: string) =>
  result.bids.find((b) => b.vendor === vendor)!;

describe('relative price formula: a published worked example', () => {
  // Negometrix (Mercell) help centre, "Low Bid Scoring Formula":
  // https://support-us.negometrix.com/support/solutions/articles/44001761046-low-bid-scoring-formula
  // 200 points: Experience 60, Quality assurance 40, Time to completion 30, Price 70.
  // Bidder A scores 40 (of 60), 30 (of 40), 20 (of 30) at $10,000; bidder B 32, 20, 22 at $8,000.
  // Price points: A 8,000 / 10,000 x 70 = 56, B 8,000 / 8,000 x 70 = 70. Totals: A 146, B 144; A wins.
  const doc = tender(`
title: Negometrix low bid scoring example
criteria:
  - { id: experience, name: Experience, weight: 60, scale: 60 }
  - { id: quality, name: Extent of quality control / quality assurance, weight: 40, scale: 40 }
  - { id: time, name: Time to completion, weight: 30, scale: 30 }
  - { id: price, name: Price score, weight: 70, price: true }
bids:
  - { vendor: Bidder A, price: 10000, scores: { experience: 40, quality: 30, time: 20 } }
  - { vendor: Bidder B, price: 8000, scores: { experience: 32, quality: 20, time: 22 } }
`);
  const result = scoreTender(doc);

  it('gives the published price points and totals', () => {
    expect(result.maxPoints).toBe(200);
    expect(bid(result, 'Bidder A').points.price).toBe(56);
    expect(bid(result, 'Bidder B').points.price).toBe(70);
    expect(bid(result, 'Bidder A').total).toBe(146);
    expect(bid(result, 'Bidder B').total).toBe(144);
  });

  it('ranks A first and names it the winner', () => {
    expect(result.winner).toBe('Bidder A');
    expect(result.tie).toBe(false);
    expect(result.bids.map((b) => [b.vendor, b.rank])).toEqual([
      ['Bidder A', 1],
      ['Bidder B', 2],
    ]);
    expect(result.lowestPrice).toBe(800000);
  });

  it('halves the price points at twice the lowest price', () => {
    // Negometrix help centre, "Relate price score to lowest price (EU)":
    // https://help.negometrix.com/en/support/solutions/articles/9000183874-relate-price-score-to-lowest-price-eu-
    // "if the price of offer i is twice as high as the lowest price, then i gets half of the maximum number of price points"
    const twice = scoreTender(
      tender(`
criteria: [{ id: q, name: Q, weight: 60 }, { id: p, name: P, weight: 40, price: true }]
bids:
  - { vendor: Low, price: 50000, scores: { q: 5 } }
  - { vendor: Double, price: 100000, scores: { q: 5 } }
`),
    );
    expect(bid(twice, 'Double').points.p).toBe(20);
    expect(bid(twice, 'Low').points.p).toBe(40);
  });
});

describe('the 50/50 pitfall: cheapest and best tie, the middle bid loses', () => {
  // With price relative to the lowest price (weight x lowest / price), price points are convex in the
  // price. Bid Middle lies exactly halfway between Cheap and Best in both price and quality, yet scores
  // below both; Cheap and Best tie exactly. Background on the odd behaviour of relative price scoring:
  // Schotanus, Van den Engh, Nijenhuis and Telgen (2022), J. Purchasing and Supply Management 28(2) 100744.
  //   Cheap:  price 100, quality 5  -> 50 x 100/100 + 50 x 5/10   = 50 + 25     = 75
  //   Middle: price 150, quality 7.5 -> 50 x 100/150 + 50 x 7.5/10 = 33.33 + 37.5 = 70.83
  //   Best:   price 200, quality 10 -> 50 x 100/200 + 50 x 10/10  = 25 + 50     = 75
  const text = `
title: Pitfall 50/50
criteria:
  - { id: kwaliteit, name: Kwaliteit, weight: 50 }
  - { id: prijs, name: Prijs, weight: 50, price: true }
bids:
  - { vendor: Cheap, price: 100, scores: { kwaliteit: 5 } }
  - { vendor: Middle, price: 150, scores: { kwaliteit: 7.5 } }
  - { vendor: Best, price: 200, scores: { kwaliteit: 10 } }
`;
  const result = scoreTender(tender(text));

  it('ties the cheapest and the best bid and puts the middle bid third', () => {
    expect(bid(result, 'Cheap').total).toBe(75);
    expect(bid(result, 'Best').total).toBe(75);
    expect(bid(result, 'Middle').total).toBeCloseTo(70.8333333333, 9);
    expect(result.bids.map((b) => [b.vendor, b.rank])).toEqual([
      ['Best', 1],
      ['Cheap', 1],
      ['Middle', 3],
    ]);
  });

  it('reports the tie plainly: no winner, both vendors named', () => {
    expect(result.winner).toBeNull();
    expect(result.tie).toBe(true);
    expect(result.tied).toEqual(['Best', 'Cheap']);
    const json = scoreJson(result);
    expect(json.winner).toBeNull();
    expect(json.tie).toBe(true);
    const nl = scoreText(result, 'nl');
    expect(nl).toContain(
      'Gelijke stand: Best en Cheap delen de eerste plaats met 75,00 punten. Er is geen winnaar',
    );
    expect(nl).not.toMatch(/Winnaar/);
    expect(scoreMarkdown(result, 'en')).toContain(
      '**Tie: Best and Cheap share first place with 75.00 points. There is no winner',
    );
  });
});

describe('bounds price formula', () => {
  const doc = (price: number) =>
    tender(`
criteria: [{ id: q, name: Q, weight: 65 }, { id: p, name: P, weight: 35, price: true }]
price: { method: bounds, best: 400000, worst: 900000 }
bids: [{ vendor: V, price: ${price}, scores: { q: 0 } }]
`);
  it('is linear between best and worst', () => {
    // 35 x (900,000 - 489,000) / (900,000 - 400,000) = 35 x 411,000 / 500,000 = 28.77
    expect(bid(scoreTender(doc(489000)), 'V').points.p).toBeCloseTo(28.77, 10);
    expect(bid(scoreTender(doc(650000)), 'V').points.p).toBe(17.5);
  });
  it('gives all points at or below best and none at or above worst', () => {
    expect(bid(scoreTender(doc(400000)), 'V').points.p).toBe(35);
    expect(bid(scoreTender(doc(120000)), 'V').points.p).toBe(35);
    expect(bid(scoreTender(doc(900000)), 'V').points.p).toBe(0);
    expect(bid(scoreTender(doc(1500000)), 'V').points.p).toBe(0);
  });
  it('explains the clamp', () => {
    const r = scoreTender(doc(120000));
    expect(scoreText(r, 'en', { explain: true })).toContain('35 (price ≤ 400,000.00: all points)');
  });
});

describe('exclusions', () => {
  const text = `
criteria: [{ id: q, name: Q, weight: 60 }, { id: p, name: P, weight: 40, price: true }]
price: { budget: 1000 }
knockouts: [ISO 27001, EU data]
bids:
  - { vendor: Valid, price: 800, knockouts: { ISO 27001: true, EU data: true }, scores: { q: 6 } }
  - { vendor: Cheap but no ISO, price: 100, knockouts: { ISO 27001: false, EU data: true } }
  - { vendor: Silent, price: 200, knockouts: { ISO 27001: true } }
  - { vendor: Too dear, price: 1000.01, knockouts: { ISO 27001: true, EU data: true }, scores: { q: 10 } }
  - { vendor: At budget, price: 1000, knockouts: { ISO 27001: true, EU data: true }, scores: { q: 10 } }
`;
  const result = scoreTender(tender(text));

  it('gives an excluded bid no total and no rank, with the reason', () => {
    expect(bid(result, 'Cheap but no ISO')).toMatchObject({
      excluded: true,
      rank: null,
      total: null,
      reasons: [{ kind: 'knockout', requirement: 'ISO 27001', answer: false }],
    });
    expect(bid(result, 'Silent').reasons).toEqual([
      { kind: 'knockout', requirement: 'EU data', answer: null },
    ]);
    expect(bid(result, 'Too dear').reasons).toEqual([
      { kind: 'budget', price: 100001, budget: 100000 },
    ]);
    expect(bid(result, 'At budget').excluded).toBe(false);
    const json = scoreJson(result);
    expect(json.bids.find((b) => b.vendor === 'Silent')).toMatchObject({
      rank: null,
      total: null,
      excluded: true,
      reasons: ['knock-out not answered: EU data'],
      points: {},
      groups: {},
    });
    expect(json.bids.find((b) => b.vendor === 'Too dear')!.reasons).toEqual([
      'price 1000.01 is above the budget of 1000.00',
    ]);
  });

  it('does not take the lowest price from an excluded bid', () => {
    expect(result.lowestPrice).toBe(80000);
    expect(bid(result, 'Valid').points.p).toBe(40);
    expect(bid(result, 'At budget').points.p).toBe(32);
  });

  it('lists ranked bids first, then excluded bids, each by vendor', () => {
    expect(result.bids.map((b) => b.vendor)).toEqual([
      'At budget',
      'Valid',
      'Cheap but no ISO',
      'Silent',
      'Too dear',
    ]);
  });

  it('says so in the report', () => {
    const nl = scoreText(result, 'nl');
    expect(nl).toContain('Cheap but no ISO: knock-out niet gehaald: ISO 27001');
    expect(nl).toContain('Silent: knock-out niet beantwoord: EU data');
    expect(nl).toContain('Too dear: prijs EUR 1.000,01 boven het budget van EUR 1.000,00');
  });

  it('has no winner when every bid is excluded', () => {
    const none = scoreTender(
      tender(`
criteria: [{ id: q, name: Q, weight: 100 }]
knockouts: [ISO 27001]
bids: [{ vendor: A, price: 5, knockouts: { ISO 27001: false } }]
`),
    );
    expect(none.winner).toBeNull();
    expect(none.tie).toBe(false);
    expect(none.lowestPrice).toBeNull();
    expect(scoreText(none, 'en')).toContain(
      'No valid bid: every bid is excluded. There is no winner.',
    );
  });
});

describe('evaluator panels', () => {
  it('counts the mean and flags a spread above a third of the scale', () => {
    const result = scoreTender(
      tender(`
criteria: [{ id: a, name: A, weight: 30 }, { id: b, name: B, weight: 30 }, { id: c, name: C, weight: 40, scale: 9 }]
bids:
  - { vendor: V, price: 1, scores: { a: [9, 5, 8], b: [8, 7, 8], c: [6, 3, 5] } }
`),
    );
    const v = bid(result, 'V');
    expect(v.lines[0]).toMatchObject({ criterion: 'a', evaluators: [9, 5, 8], spread: 4 });
    expect(v.lines[0]!.score).toBeCloseTo(22 / 3, 12);
    expect(v.points.a).toBeCloseTo((30 * (22 / 3)) / 10, 12);
    // Spread 4 > 10/3 is flagged; 1 is not; 3 is exactly a third of scale 9, not more: not flagged.
    expect(result.warnings.map((w) => [w.criterion, w.spread])).toEqual([['a', 4]]);
    expect(scoreText(result, 'nl')).toContain('V, A: 9, 5, 8 (spreiding 4 > 3,33)');
    expect(scoreText(result, 'en', { explain: true })).toContain('30 × (9 + 5 + 8) / 3 / 10');
    expect(scoreJson(result).bids[0]!.evaluators).toEqual({
      a: [9, 5, 8],
      b: [8, 7, 8],
      c: [6, 3, 5],
    });
  });

  it("keeps a mean within the evaluators' lowest and highest score", () => {
    expect(meanScore([0.1, 0.1, 0.1])).toBe(0.1);
    expect(meanScore([7])).toBe(7);
    expect(meanScore([2, 4])).toBe(3);
  });
});

describe('ranking', () => {
  it('uses standard competition ranking (1, 1, 3)', () => {
    expect(competitionRanks([80, 75, 80, null, 60], 1e-7)).toEqual([1, 3, 1, null, 4]);
    expect(competitionRanks([], 0)).toEqual([]);
  });

  it('ties totals closer than 1e-9 of the maximum, and only those', () => {
    expect(competitionRanks([0.1 + 0.2, 0.3], 1e-9 * 100)).toEqual([1, 1]);
    expect(competitionRanks([75, 75 - 2e-7], 1e-9 * 100)).toEqual([1, 2]);
  });

  it('shows enough decimals to tell apart totals that are not tied', () => {
    const r = scoreTender(
      tender(`
criteria: [{ id: q, name: Q, weight: 100 }]
bids:
  - { vendor: A, price: 1, scores: { q: 7.0831 } }
  - { vendor: B, price: 1, scores: { q: 7.0834 } }
`),
    );
    expect(totalDecimals(r)).toBe(3);
    expect(scoreText(r, 'en')).toMatch(/B\s.*70\.834\n/);
  });

  it('reports a shared lower place', () => {
    const r = scoreTender(
      tender(`
criteria: [{ id: q, name: Q, weight: 100 }]
bids:
  - { vendor: A, price: 1, scores: { q: 9 } }
  - { vendor: B, price: 1, scores: { q: 5 } }
  - { vendor: C, price: 1, scores: { q: 5 } }
`),
    );
    expect(r.winner).toBe('A');
    expect(scoreText(r, 'en')).toContain('Tie at place 2: B and C.');
  });
});

describe('the terminal report', () => {
  it('becomes a list when the ranking table is wider than the terminal', () => {
    const r = scoreTender(
      tender(`
bids:
  - { vendor: Alfa, price: 1000, scores: { functioneel: 10, architectuur: 5, interoperabiliteit: 5, prijs-prestatie: 10, financieel: 0, referenties: 10, implementatie-support: 5 } }
`),
    );
    const wide = scoreText(r, 'en');
    expect(wide).toMatch(/Rank\s+Vendor\s+Price\s+Technical suitability \(40\)/);
    const narrow = scoreText(r, 'en', { width: 60 });
    expect(narrow).not.toContain('Rank');
    expect(narrow).toContain(
      ' 1. Alfa: 75.00 points, EUR 1,000.00\n    Technical suitability 30.00/40;\n    Price-quality ratio 30.00/30; Supplier capacity 15.00/30\n',
    );
    for (const line of narrow.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });
});

describe('missing scores', () => {
  it('are an error with the path of the bid, unless the bid is excluded', () => {
    const doc = tender(`
criteria: [{ id: q, name: Q, weight: 50 }, { id: r, name: R, weight: 50 }]
knockouts: [K]
bids:
  - { vendor: A, price: 1, knockouts: { K: true }, scores: { q: 5 } }
  - { vendor: B, price: 1, knockouts: { K: false } }
`);
    let err: unknown;
    try {
      scoreTender(doc);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TenderInputError);
    expect((err as TenderInputError).issues).toEqual([
      { path: ['bids', 0, 'scores', 'r'], message: expect.stringMatching(/"A".*"r"/) },
    ]);
  });

  it('a placeholder (~) is a missing score, reported once per score', () => {
    const doc = tender(`
criteria: [{ id: q, name: Q, weight: 50 }, { id: r, name: R, weight: 50 }]
bids:
  - { vendor: A, price: 1, scores: { q: ~, r: ~ } }
  - { vendor: B, price: 2, scores: { q: 5, r: ~ } }
  - { vendor: C, price: 3, scores: { q: 5, r: 5 } }
`);
    expect(() => scoreTender(doc)).toThrow(TenderInputError);
    try {
      scoreTender(doc);
    } catch (e) {
      expect((e as TenderInputError).issues.map((i) => i.path)).toEqual([
        ['bids', 0, 'scores', 'q'],
        ['bids', 0, 'scores', 'r'],
        ['bids', 1, 'scores', 'r'],
      ]);
    }
  });
});

describe('the default model of principle 12', () => {
  it("has the issue's ids and weights, 100 points in all", () => {
    const { criteria, groups } = flattenCriteria(DEFAULT_CRITERIA, 10);
    expect(groups.map((g) => [g.id, g.weight])).toEqual([
      ['technisch', 40],
      ['prijs-kwaliteit', 30],
      ['leverancier', 30],
    ]);
    expect(criteria.map((c) => [c.id, c.weight, c.price])).toEqual([
      ['functioneel', 20, false],
      ['architectuur', 10, false],
      ['interoperabiliteit', 10, false],
      ['tco', 20, true],
      ['prijs-prestatie', 10, false],
      ['financieel', 10, false],
      ['referenties', 10, false],
      ['implementatie-support', 10, false],
    ]);
    expect(Object.isFrozen(DEFAULT_CRITERIA[0]!.criteria[0])).toBe(true);
  });

  it('applies when a tender has no criteria, with points per group', () => {
    const r = scoreTender(
      tender(`
bids:
  - vendor: A
    price: 1000
    scores: { functioneel: 10, architectuur: 5, interoperabiliteit: 5, prijs-prestatie: 10, financieel: 0, referenties: 10, implementatie-support: 5 }
`),
    );
    expect(r.maxPoints).toBe(100);
    expect(bid(r, 'A').groups).toEqual({ technisch: 30, 'prijs-kwaliteit': 30, leverancier: 15 });
    expect(bid(r, 'A').total).toBe(75);
    expect(scoreText(r, 'en')).toContain('Technical suitability (40)');
    expect(scoreText(r, 'nl')).toContain('Technische geschiktheid (40)');
  });

  it('renders as a Markdown table and as JSON', () => {
    const md = criteriaMarkdown(DEFAULT_CRITERIA, 'nl');
    expect(md).toContain('| **Technische geschiktheid** | `technisch` | **40** | **40%** |');
    expect(md).toContain('| Total Cost of Ownership (prijs) | `tco` | 20 | 20% |');
    expect(md).toContain('| **Totaal** |  | **100** | **100%** |');
    expect(criteriaMarkdown(DEFAULT_CRITERIA, 'en')).toContain(
      '| **Supplier capacity** | `leverancier` | **30** | **30%** |',
    );
    expect(criteriaJson(DEFAULT_CRITERIA, 'nl').max_points).toBe(100);
  });

  it('writes a starting tender file whose scores are placeholders, scored once filled in', () => {
    for (const lang of ['nl', 'en'] as const) {
      const text = criteriaYaml(DEFAULT_CRITERIA, lang);
      // Every scored criterion is ~ (not scored yet): no result, seven missing scores.
      expect(() => scoreTender(tender(text))).toThrow(TenderInputError);
      try {
        scoreTender(tender(text));
      } catch (e) {
        expect((e as TenderInputError).issues).toHaveLength(7);
      }
      const r = scoreTender(tender(text.replaceAll(': ~', ': 0')));
      expect(r.maxPoints).toBe(100);
      expect(r.bids).toHaveLength(1);
      expect(r.bids[0]!.total).toBe(20); // all scores 0, the only bid earns all TCO points
    }
  });
});

describe('tender file checks', () => {
  const base = (criteria: string, bids: string, extra = '') =>
    `${extra}criteria:\n${criteria}\nbids:\n${bids}\n`;
  const q = '  - { id: q, name: Q, weight: 60 }\n  - { id: p, name: P, weight: 40, price: true }';

  it('rejects a score outside 0..scale', () => {
    expect(problems(base(q, '  - { vendor: A, price: 1, scores: { q: 11 } }'))).toEqual([
      '5:41: bids[0].scores.q: score 11 is outside 0..10 (the scale of "q")',
    ]);
    expect(problems(base(q, '  - { vendor: A, price: 1, scores: { q: [5, -1] } }'))).toEqual([
      '5:45: bids[0].scores.q[1]: score -1 is outside 0..10 (the scale of "q")',
    ]);
  });

  it('rejects an unknown criterion id with a suggestion', () => {
    expect(problems(base(q, '  - { vendor: A, price: 1, scores: { qq: 5 } }'))[0]).toContain(
      'unknown criterion "qq" (bedoelde je "q"?)',
    );
  });

  it('rejects a weight that is not a finite number of points from 0.01 to 1,000,000', () => {
    for (const w of ['-1', '0', '5e-324', '1e308', '1000001']) {
      expect(
        problems(base(`  - { id: q, name: Q, weight: ${w} }`, '  - { vendor: A, price: 1 }'))[0],
      ).toBe(
        `2:31: criteria[0].weight: gewicht ${Number(w)}: een gewicht is een aantal punten, minstens 0.01 en hoogstens 1000000`,
      );
    }
    expect(
      problems(base('  - { id: q, name: Q, weight: .nan }', '  - { vendor: A, price: 1 }'))[0],
    ).toMatch(/^2:31: criteria\[0\]\.weight: moet een getal zijn, niet het getal NaN/);
  });

  it('rejects weights that add up to more than 1,000,000 points, and a scale out of range', () => {
    expect(
      problems(
        base(
          '  - { id: q, name: Q, weight: 600000 }\n  - { id: r, name: R, weight: 600000 }',
          '  - { vendor: A, price: 1, scores: { q: 1, r: 1 } }',
        ),
      ),
    ).toContain(
      '2:3: criteria: de gewichten tellen op tot 1200000 punten; een aanbesteding heeft hoogstens 1000000 punten in totaal',
    );
    expect(problems(base(q, '  - { vendor: A, price: 1 }', 'scale: 0\n'))[0]).toBe(
      '1:8: scale: schaal 0: een schaal loopt van 0 tot een getal van minstens 0.01 en hoogstens 1000000',
    );
  });

  it('rejects duplicate vendors and ids', () => {
    expect(
      problems(
        base(
          q,
          '  - { vendor: A, price: 1, scores: { q: 1 } }\n  - { vendor: a, price: 2, scores: { q: 1 } }',
        ),
      ),
    ).toEqual([
      '6:15: bids[1].vendor: duplicate vendor "a": bid 1 has the same vendor; every vendor bids once',
    ]);
    expect(
      problems(
        base(`${q}\n  - { id: Q, name: Again, weight: 1 }`, '  - { vendor: A, price: 1 }'),
      )[0],
    ).toContain('duplicate id "Q"');
  });

  it('rejects a price of 0 or below, saying why', () => {
    const p = problems(base(q, '  - { vendor: A, price: 0, scores: { q: 1 } }'));
    expect(p[0]).toContain(
      'price 0: must be more than 0; the relative price formula (weight x lowest price / price) divides by the price, so 0 would divide by zero',
    );
    expect(problems(base(q, '  - { vendor: A, price: -5, scores: { q: 1 } }'))[0]).toContain(
      'price -5: must be more than 0',
    );
    // More decimals than cents are the exact decimal written (rounded once when scored).
    expect(() =>
      readYaml(
        base(q, '  - { vendor: A, price: 10.5555, scores: { q: 1 } }'),
        'tender.yaml',
        tenderFileSchema,
      ),
    ).not.toThrow();
  });

  it('rejects bounds without best < worst', () => {
    expect(
      problems(
        base(
          q,
          '  - { vendor: A, price: 1, scores: { q: 1 } }',
          'price: { method: bounds, best: 10, worst: 10 }\n',
        ),
      )[0],
    ).toContain('method bounds needs best < worst, got best 10 and worst 10');
    expect(
      problems(
        base(
          q,
          '  - { vendor: A, price: 1, scores: { q: 1 } }',
          'price: { method: bounds, worst: 10 }\n',
        ),
      )[0],
    ).toContain('method bounds needs best');
    expect(
      problems(base(q, '  - { vendor: A, price: 1, scores: { q: 1 } }', 'price: { best: 5 }\n'))[0],
    ).toContain('best belongs to method: bounds');
  });

  it('rejects unknown keys, knock-outs and price scores', () => {
    expect(problems(base(q, '  - { vendor: A, price: 1, scroes: { q: 1 } }'))[0]).toContain(
      'onbekende sleutel "scroes" (bedoelde je "scores"?)',
    );
    expect(
      problems(
        base(q, '  - { vendor: A, price: 1, knockouts: { ISO: true }, scores: { q: 1 } }'),
      )[0],
    ).toContain('the tender lists no knockouts');
    expect(problems(base(q, '  - { vendor: A, price: 1, scores: { q: 1, p: 3 } }'))[0]).toContain(
      'criterion "p" is scored from the bid\'s price',
    );
    expect(problems(base(q, '  - { vendor: A, scores: { q: 1 } }'))[0]).toContain('has no price');
  });

  it("checks a group's weight against its criteria", () => {
    expect(
      problems(
        base(
          '  - id: g\n    name: G\n    weight: 50\n    criteria: [{ id: q, name: Q, weight: 40 }]',
          '  - { vendor: A, price: 1, scores: { q: 1 } }',
        ),
      )[0],
    ).toContain("group weight 50 differs from the sum of its criteria's weights (40)");
  });
});

describe('the core in two steps', () => {
  it('rescores resolved bids with other weights without reading anything', () => {
    const resolved = resolveTender(
      tender(`
criteria: [{ id: q, name: Q, weight: 50 }, { id: p, name: P, weight: 50, price: true }]
bids:
  - { vendor: Cheap, price: 100, scores: { q: 5 } }
  - { vendor: Best, price: 200, scores: { q: 10 } }
`),
    );
    expect(rankResolved(resolved).ranks).toEqual([1, 1]);
    const moreQuality = {
      ...resolved,
      criteria: resolved.criteria.map((c) =>
        c.id === 'q' ? { ...c, weight: 60 } : { ...c, weight: 40 },
      ),
    };
    expect(rankResolved(moreQuality).ranks).toEqual([2, 1]);
    expect(scoreResolved(moreQuality).winner).toBe('Best');
    const withoutBest = { ...resolved, bids: resolved.bids.filter((b) => b.vendor !== 'Best') };
    expect(scoreResolved(withoutBest).winner).toBe('Cheap');
  });

  it('needs the prices of tco bids', () => {
    const doc = tender(`
criteria: [{ id: p, name: P, weight: 100, price: true }]
bids: [{ vendor: A, tco: { file: costs.yaml, option: Cloud } }]
`);
    expect(() => scoreTender(doc)).toThrow(TenderInputError);
    expect(scoreTender(doc, { tcoPrices: new Map([[0, 123456]]) }).bids[0]).toMatchObject({
      price: 123456,
      priceSource: { kind: 'tco', file: 'costs.yaml', option: 'Cloud' },
      total: 100,
    });
  });
});

describe('CSV and JSON', () => {
  const r = scoreTender(
    tender(`
title: T
criteria:
  - { id: g, name: G, criteria: [{ id: q, name: Q, weight: 60 }] }
  - { id: p, name: P, weight: 40, price: true }
knockouts: [K]
bids:
  - { vendor: A, price: 300, knockouts: { K: true }, scores: { q: [6, 7] } }
  - { vendor: "=B", price: 100, knockouts: { K: false } }
`),
  );
  it('writes one CSV row per bid with points per criterion and group', () => {
    expect(scoreCsv(r).split('\r\n')).toEqual([
      // The only valid bid wins at any price: no price to win.
      'vendor,rank,total,excluded,reasons,price,points.q,points.p,groups.g,value,price_to_win',
      'A,1,79,false,,300.00,39,40,39,79,',
      "'=B,,,true,knock-out not met: K,100.00,,,,,",
      '',
    ]);
  });
  it('leaves the points cells empty for a method that ranks without points', () => {
    // Fictitious price (PIANOo): price minus the quality value earned; value and price to win in euros.
    const f = scoreTender({
      method: 'fictitious_price',
      criteria: [{ id: 'q', name: 'Q', scale: 10, value: 1000 }],
      bids: [
        { vendor: 'A', price: 5000, scores: { q: 10 } },
        { vendor: 'B', price: 4500, scores: { q: 4 } },
      ],
    } as never);
    // A: 5000 - 1000 = 4000; B: 4500 - 400 = 4100. B ties A at 4400 (4400 - 400 = 4000).
    // A ties B at 5100 (5100 - 1000 = 4100).
    expect(scoreCsv(f).split('\r\n')).toEqual([
      'vendor,rank,total,excluded,reasons,price,points.q,value,price_to_win',
      'A,1,,false,,5000.00,,4000.00,5100.00',
      'B,2,,false,,4500.00,,4100.00,4400.00',
      '',
    ]);
  });
  it('has the documented keys', () => {
    const j = scoreJson(r);
    expect(Object.keys(j)).toEqual([
      'title',
      'method',
      'max_points',
      'price_method',
      'winner',
      'tie',
      'tied',
      'tie_break',
      'lowest_price',
      'budget',
      'bounds',
      'criteria',
      'groups',
      'bids',
      'warnings',
    ]);
    expect(Object.keys(j.bids[0]!)).toEqual([
      'vendor',
      'rank',
      'total',
      'excluded',
      'reasons',
      'price',
      'price_source',
      'points',
      'groups',
      'scores',
      'evaluators',
      'consensus',
      'motivations',
      'value',
      'price_to_win',
    ]);
    expect(j.bids[0]).toMatchObject({
      vendor: 'A',
      rank: 1,
      total: 79,
      price: 300,
      points: { q: 39, p: 40 },
      groups: { g: 39, p: 40 },
      scores: { q: 6.5 },
    });
    expect(scoreJson(r, { explain: true }).bids[0]!.explanation).toEqual([
      { criterion: 'q', score: 6.5, formula: '60 x (6 + 7) / 2 / 10', points: 39 },
      { criterion: 'p', score: null, formula: '40 x 300.00 / 300.00', points: 40 },
    ]);
  });
});
