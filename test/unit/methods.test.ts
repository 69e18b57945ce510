/**
 * The award methods (src/score/methods.ts through scoreTender): worked
 * examples computed by hand in the comments, minimums, labelled scales and
 * the schema's checks per method.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setRunLang } from '../../src/i18n/index.js';
import { InputError } from '../../src/lib/errors.js';
import { readYaml } from '../../src/lib/yaml.js';
import { priceFraction, priceToWin, utilityIndex } from '../../src/score/methods.js';
import { reasonText, scoreJson } from '../../src/score/render.js';
import { tenderFileSchema, type TenderDocument } from '../../src/score/schema.js';
import { scoreTender } from '../../src/score/score.js';

function tender(text: string): TenderDocument {
  return readYaml(text, 'tender.yaml', tenderFileSchema).data as TenderDocument;
}

function problems(text: string): string[] {
  try {
    readYaml(text, 'tender.yaml', tenderFileSchema);
  } catch (err) {
    if (err instanceof InputError)
      return err.problems.map((p) => `${p.line}:${p.col}: ${p.message}`);
    throw err;
  }
  return [];
}

const example = (name: string) =>
  tender(readFileSync(new URL(`../../examples/methods/${name}`, import.meta.url), 'utf8'));

/** vendor -> [rank, value] of a scored tender. */
function ranking(doc: TenderDocument) {
  const r = scoreTender(doc);
  return Object.fromEntries(r.bids.map((b) => [b.vendor, [b.rank, b.value]]));
}

describe('fictitious price (Rijkswaterstaat 0-3 scale with NR malus)', () => {
  // Gunnen op Waarde (Rijkswaterstaat): a score earns a share of the
  // criterion's value: 0 -> 0, 1 -> 25%, 2 -> 60%, 3 -> 100%, NR -> -50%.
  // plan is worth EUR 200,000, risico EUR 100,000 (minimum 1).
  //   A: 1,000,000 - (200,000 x 1 + 100,000 x 0.6)  = 1,000,000 - 260,000 = 740,000
  //   B:   900,000 - (200,000 x 0.6 + 100,000 x 0.25) = 900,000 - 145,000 = 755,000
  //   C:   850,000 - (200,000 x -0.5 + 100,000 x 1)  = 850,000 - 0       = 850,000
  //   D: risico 0 < minimum 1: excluded.
  it('ranks by the lowest fictitious price, in cents', () => {
    const r = scoreTender(example('fictitious-price.yaml'));
    expect(r.method).toBe('fictitious_price');
    expect(ranking(example('fictitious-price.yaml'))).toEqual({
      'Aannemer A': [1, 74_000_000],
      'Aannemer B': [2, 75_500_000],
      'Aannemer C': [3, 85_000_000],
      'Aannemer D': [null, null],
    });
    expect(r.bids.find((b) => b.vendor === 'Aannemer A')!.earned).toBe(26_000_000);
  });

  // price_to_win: A ties B at a fictitious price of 755,000: 755,000 + 260,000 = 1,015,000;
  // B ties A at 740,000: 740,000 + 145,000 = 885,000; C: 740,000 + 0 = 740,000.
  it('gives the price at which each bid ties the first (the winner: the runner-up)', () => {
    const r = scoreTender(example('fictitious-price.yaml'));
    const toWin = Object.fromEntries(r.bids.map((b) => [b.vendor, b.priceToWin]));
    expect(toWin).toEqual({
      'Aannemer A': 101_500_000,
      'Aannemer B': 88_500_000,
      'Aannemer C': 74_000_000,
      'Aannemer D': null,
    });
  });

  it('excludes a bid below a minimum label, with the reason in words and in JSON', () => {
    const r = scoreTender(example('fictitious-price.yaml'));
    const d = r.bids.find((b) => b.vendor === 'Aannemer D')!;
    expect(reasonText(d.reasons[0]!, 'nl')).toBe('minimum niet gehaald: Risicobeheersing 0 < 1');
    const json = scoreJson(r).bids.find((b) => b.vendor === 'Aannemer D')!;
    expect(json.reasons).toEqual(['minimum not met: criterion risico: "0" < "1"']);
    expect(json.value).toBeNull();
    expect(json.price_to_win).toBeNull();
  });
});

describe('price per quality point', () => {
  // Quality points = 60 x kwaliteit / 10 + 40 x service / 10.
  //   Alfa:    500,000 / (48 + 28 = 76) = 6,578.947... -> EUR 6,578.95
  //   Bravo:   450,000 / (36 + 24 = 60) = 7,500.00
  //   Charlie: 600,000 / (54 + 36 = 90) = 6,666.666... -> EUR 6,666.67
  //   Delta:   kwaliteit 3 < minimum 5: excluded.
  it('ranks by the lowest price per point, to the cent', () => {
    expect(ranking(example('price-per-point.yaml'))).toEqual({
      Alfa: [1, 657_895],
      Charlie: [2, 666_667],
      Bravo: [3, 750_000],
      Delta: [null, null],
    });
  });

  // Alfa ties Charlie while round(p / 76) <= 666,667 cents, so p / 76 < 666,667.5:
  // p <= 50,666,729 cents (EUR 506,667.29).
  it('price_to_win ties to the cent', () => {
    const r = scoreTender(example('price-per-point.yaml'));
    expect(r.bids[0]!.priceToWin).toBe(50_666_729);
  });
});

describe('utility index', () => {
  // N = 70 / 30; Q = score / 10; Qbest = 0.9 (Charlie); Pbest = 90,000 (Bravo).
  //   Alfa:    (1 - (0.9 - 0.8) x 7/3) / 100,000 x 90,000 = 0.76667 x 0.9 = 0.69
  //   Bravo:   (1 - (0.9 - 0.7) x 7/3) /  90,000 x 90,000 = 0.53333
  //   Charlie: (1 - 0) / 120,000 x 90,000 = 0.75
  it('ranks by the highest index', () => {
    const r = ranking(example('utility-index.yaml'));
    expect(r.Charlie![0]).toBe(1);
    expect(r.Alfa![0]).toBe(2);
    expect(r.Bravo![0]).toBe(3);
    expect(r.Charlie![1]).toBeCloseTo(0.75, 12);
    expect(r.Alfa![1]).toBeCloseTo(0.69, 12);
    expect(r.Bravo![1]).toBeCloseTo(1 - 0.2 * (7 / 3), 12);
  });

  // Charlie's index 90,000 / p equals Alfa's 0.69 at p = 130,434.78...; Alfa's
  // 0.76667 x 90,000 / p equals 0.75 at p = 92,000.
  it('price_to_win', () => {
    const r = scoreTender(example('utility-index.yaml'));
    const toWin = Object.fromEntries(r.bids.map((b) => [b.vendor, b.priceToWin]));
    expect(toWin.Charlie).toBe(13_043_478);
    expect(toWin.Alfa).toBe(9_200_000);
  });

  it('matches the formula', () => {
    const s = {
      method: 'utility_index' as const,
      rule: { method: 'relative' as const, bounds: null, factor: 2 },
      priceWeight: 30,
      qualityMax: 70,
    };
    expect(
      utilityIndex(s, { price: 100, quality: 56, earned: 0 }, { lowest: 90, bestQuality: 63 }),
    ).toBeCloseTo(0.69, 12);
  });
});

describe('lowest price with a labelled minimum', () => {
  // Bravo's plan "matig" (4) is below "voldoende" (6): excluded although it is the cheapest.
  // Alfa and Delta both bid 300,000: a tie for the first place; Charlie 310,000 is third.
  it('ranks by price, ties equal to the cent, and excludes below the minimum', () => {
    const r = scoreTender(example('lowest-price.yaml'));
    expect(ranking(example('lowest-price.yaml'))).toEqual({
      Alfa: [1, 30_000_000],
      Delta: [1, 30_000_000],
      Charlie: [3, 31_000_000],
      Bravo: [null, null],
    });
    expect(r.tie).toBe(true);
    expect(r.winner).toBeNull();
    const bravo = r.bids.find((b) => b.vendor === 'Bravo')!;
    expect(reasonText(bravo.reasons[0]!, 'nl')).toBe(
      'minimum niet gehaald: Plan van aanpak matig < voldoende',
    );
  });
});

describe('weighted with the log price formula', () => {
  // price points = 40 x max(0, 1 - ln(P / 100,000) / ln 2), quality 60 x score / 10.
  //   Alfa:    48 + 40 x 1 = 88
  //   Bravo:   54 + 40 x (1 - ln 1.2 / ln 2) = 54 + 29.4786... = 83.4786...
  //   Charlie: 60 + 40 x max(0, 1 - 1) = 60
  //   Delta: 24 quality points < quality_min 30: excluded (so the lowest valid price is Alfa's).
  it('scores and ranks', () => {
    const r = ranking(example('weighted-log.yaml'));
    expect(r.Alfa).toEqual([1, 88]);
    expect(r.Bravo![1]).toBeCloseTo(54 + 40 * (1 - Math.log(1.2) / Math.log(2)), 9);
    expect(r.Charlie).toEqual([3, 60]);
    expect(r.Delta).toEqual([null, null]);
  });

  it('priceFraction log: all points at the lowest, none at factor x lowest', () => {
    const rule = { method: 'log' as const, bounds: null, factor: 2 };
    expect(priceFraction(rule, 100, 100)).toBe(1);
    expect(priceFraction(rule, 200, 100)).toBe(0);
    expect(priceFraction(rule, 300, 100)).toBe(0);
    expect(priceFraction({ ...rule, factor: 4 }, 200, 100)).toBeCloseTo(0.5, 12);
  });
});

describe('price_to_win edge cases', () => {
  const s = {
    method: 'lowest_price' as const,
    rule: { method: 'relative' as const, bounds: null, factor: 2 },
    priceWeight: 0,
    qualityMax: 0,
  };
  it('is null for a single bid and when the winner wins up to the cap', () => {
    expect(priceToWin(s, [{ price: 100, quality: 0, earned: 0 }], 0, 1000, 0)).toBeNull();
    const bids = [
      { price: 100, quality: 0, earned: 0 },
      { price: 5000, quality: 0, earned: 0 },
    ];
    // With a cap of 1000 cents the cheaper bid wins at any admissible price.
    expect(priceToWin(s, bids, 0, 1000, 0)).toBeNull();
    expect(priceToWin(s, bids, 0, 10_000, 0)).toBe(5000);
    expect(priceToWin(s, bids, 1, 10_000, 0)).toBe(100);
  });
});

describe('schema per method', () => {
  it('names the valid labels for an unknown one, at its place', () => {
    setRunLang('en');
    const doc = readFileSync(
      new URL('../../examples/methods/fictitious-price.yaml', import.meta.url),
      'utf8',
    ).replace('plan: NR', 'plan: 4');
    expect(problems(doc)).toEqual([
      '29:21: bids[2].scores.plan: unknown label "4" for "plan"; the labels are: "0", "1", "2", "3", "NR"',
    ]);
    setRunLang('nl');
  });

  it('requires weights for weighted methods and values for fictitious_price', () => {
    setRunLang('en');
    expect(
      problems(
        'method: price_per_point\ncriteria:\n  - { id: a, name: A }\nbids:\n  - { vendor: X, price: 1 }\n',
      ).join('\n'),
    ).toMatch(/weight: is required \(a number of points\) for method price_per_point/);
    expect(
      problems(
        'method: fictitious_price\ncriteria:\n  - { id: a, name: A, weight: 10 }\nbids:\n  - { vendor: X, price: 1 }\n',
      ).join('\n'),
    ).toMatch(/value: is required for method fictitious_price/);
    setRunLang('nl');
  });

  it('accepts a tender without criteria for lowest_price, and notes unused weights', () => {
    const r = scoreTender(tender('method: lowest_price\nbids:\n  - { vendor: X, price: 10 }\n'));
    expect(r.winner).toBe('X');
    const w = scoreTender(
      tender(
        'method: fictitious_price\ncriteria:\n  - { id: a, name: A, weight: 10, value: 100 }\nbids:\n  - { vendor: X, price: 1000, scores: { a: 5 } }\n',
      ),
    );
    expect(w.unused.weights).toBe(true);
    // 1000 - 100 x 5 / 10 = 950
    expect(w.bids[0]!.value).toBe(95_000);
  });

  it('factor belongs to log', () => {
    setRunLang('en');
    expect(
      problems('price: { method: relative, factor: 3 }\nbids:\n  - { vendor: X, price: 1 }\n').join(
        '\n',
      ),
    ).toMatch(/factor belongs to method: log/);
    setRunLang('nl');
  });
});

describe('--fail-under per method (evaluateGate)', () => {
  // price_per_point, a tie: A 1,000 / 50 points = 20.00, B 1,600 / 80 points = 20.00.
  // Either may be awarded, so the lower quality, A's 50 points, is held against 60.
  const tie = tender(`
method: price_per_point
criteria:
  - { id: q, name: Kwaliteit, weight: 100 }
bids:
  - { vendor: A, price: 1000, scores: { q: 5 } }
  - { vendor: B, price: 1600, scores: { q: 8 } }
`);
  it('on a tie for first, the lowest quality points of the tied bids count', async () => {
    const { evaluateGate, failUnderProblem } = await import('../../src/score/gate.js');
    const r = scoreTender(tie);
    expect(r.tie).toBe(true);
    const g = evaluateGate(r, { failUnder: 60 }, 'en');
    expect(g.json).toMatchObject({ measure: 'quality_points', measured: 50, passed: false });
    expect(g.json.reasons).toEqual([
      'the quality points of the bid ranked first, 50 (A), are below 60',
    ]);
    expect(evaluateGate(r, { failUnder: 50 }, 'en').passed).toBe(true);
    expect(failUnderProblem(r, 100, 'en')).toBeNull();
    expect(failUnderProblem(r, 100.5, 'en')).toMatch(/more than the 100 quality points/);
  });
});
