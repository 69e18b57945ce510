/**
 * The TCO arithmetic against published worked examples, and the cases where
 * floating point would be a cent off. Amounts in the core are integer cents.
 */
import { describe, expect, it } from 'vitest';
import { computeTco, ranksLowestFirst, TcoRangeError } from '../../src/tco/compute.js';
import {
  costsFileSchema,
  MAX_AMOUNT,
  parseRate,
  type CostsDocument,
} from '../../src/tco/schema.js';
import { THRESHOLD_PERIODS, thresholdPeriod, thresholdVerdict } from '../../src/tco/thresholds.js';

const doc = (d: unknown): CostsDocument => costsFileSchema.parse(d);
const DAY = new Date('2026-11-23T00:00:00Z');

describe('published worked examples of the net present value', () => {
  // numpy-financial, documentation of numpy_financial.npv, "Examples"
  // (https://numpy.org/numpy-financial/latest/npv.html): "a potential project
  // with an initial investment of $40 000 and projected cashflows of $5 000,
  // $8 000, $12 000 and $30 000 at the end of each period discounted at a rate
  // of 8% per period": npf.npv(0.08, [-40_000, 5_000, 8_000, 12_000, 30_000])
  // .round(5) == 3065.22267. In a costs file the cash flows are costs: the
  // four flows are costs in years 1 to 4, the investment is entered as a
  // residual value (subtracted) in year 0.
  const numpy = computeTco(
    doc({
      years: 4,
      discount_rate: 0.08,
      costs: [
        { name: 'initial investment (as income)', category: 'residual', amount: 40000, year: 0 },
        { name: 'flow 1', amount: 5000, year: 1 },
        { name: 'flow 2', amount: 8000, year: 2 },
        { name: 'flow 3', amount: 12000, year: 3 },
        { name: 'flow 4', amount: 30000, year: 4 },
      ],
    }),
  ).options[0]!;

  it('numpy-financial: NPV of [-40000, 5000, 8000, 12000, 30000] at 8% is 3065.22267, so 3,065.22', () => {
    expect(numpy.npv).toBe(306522);
    expect(numpy.total).toBe(-4000000 + 500000 + 800000 + 1200000 + 3000000);
  });

  it('numpy-financial: each year is discounted on its own and rounded to the cent', () => {
    // 5000 / 1.08 = 4629.6296..., 8000 / 1.08^2 = 6858.7105..., 12000 / 1.08^3 = 9525.9869...,
    // 30000 / 1.08^4 = 22050.8961...
    expect(numpy.years.map((y) => y.presentValue)).toEqual([
      -4000000, 462963, 685871, 952599, 2205090,
    ]);
  });

  it('the NPV is rounded once at the end, not summed from the rounded years', () => {
    // The rounded years add up to 3,065.23; the exact sum 3,065.22267 rounds to 3,065.22.
    const sumOfRounded = numpy.years.reduce((a, y) => a + y.presentValue, 0);
    expect(sumOfRounded).toBe(306523);
    expect(numpy.npv).toBe(306522);
  });

  // NumPy 1.10 to 1.17 documentation of numpy.npv (deprecated since 1.18 for
  // numpy-financial), citing L. J. Gitman, "Principles of Managerial Finance,
  // Brief", 3rd ed., Addison-Wesley, 2003, p. 346:
  // np.npv(0.281, [-100, 39, 59, 55, 20]) == -0.0084785916384548798.
  it('Gitman via NumPy: NPV of [-100, 39, 59, 55, 20] at 28.1% is -0.00848, which rounds to -0.01 (half away from zero)', () => {
    const r = computeTco(
      doc({
        years: 4,
        discount_rate: '28.1%',
        costs: [
          { name: 'investment (as income)', category: 'residual', amount: 100 },
          ...[39, 59, 55, 20].map((amount, i) => ({ name: `flow ${i + 1}`, amount, year: i + 1 })),
        ],
      }),
    ).options[0]!;
    expect(r.npv).toBe(-1);
    // Scaled by a million the digits show: -8,478.59 (-0.0084785916... x 10^6).
    const scaled = computeTco(
      doc({
        years: 4,
        discount_rate: '28.1%',
        costs: [
          { name: 'investment (as income)', category: 'residual', amount: 100_000_000 },
          ...[39, 59, 55, 20].map((amount, i) => ({
            name: `flow ${i + 1}`,
            amount: amount * 1_000_000,
            year: i + 1,
          })),
        ],
      }),
    ).options[0]!;
    expect(scaled.npv).toBe(-847859);
  });
});

describe('every item-year rounded once, exactly', () => {
  const years = (d: unknown) => computeTco(doc(d)).options[0]!.years.map((y) => y.total);

  it('an indexed amount that lands on a half cent rounds up, where floating point falls just below it', () => {
    // 1000 x 1.025^2 = 1050.625 exactly, so 105,062.5 cents -> 1050.63; in cents, 100000 * 1.025 * 1.025 is 105062.49999999997.
    expect(100000 * 1.025 * 1.025).toBeLessThan(105062.5);
    expect(
      years({
        years: 2,
        indexation: '2.5%',
        costs: [{ name: 'fee', amount: 1000, every: 'year', from: 0 }],
      }),
    ).toEqual([100000, 102500, 105063]);
  });

  it('amounts at a half cent: 1.005 x 3 = 3.015 -> 3.02, 1.015 -> 1.02, 0.285 -> 0.29', () => {
    // In floating point: 1.005 * 3 * 100 = 301.49999999999994, 1.015 * 100 = 101.49999999999999, 0.285 * 100 = 28.499999999999996.
    expect(1.005 * 3 * 100).toBeLessThan(301.5);
    expect(1.015 * 100).toBeLessThan(101.5);
    expect(0.285 * 100).toBeLessThan(28.5);
    expect(
      years({
        years: 1,
        costs: [
          { name: 'a', amount: 1.005, quantity: 3 },
          { name: 'b', amount: 1.015, year: 1 },
          { name: 'c', amount: 0.285, year: 1 },
        ],
      }),
    ).toEqual([302, 102 + 29]);
  });

  it('a residual value at a half cent rounds away from zero: -0.015 -> -0.02', () => {
    expect(
      years({
        years: 1,
        costs: [{ name: 'resale', category: 'residual', amount: 0.005, quantity: 3, year: 1 }],
      }),
    ).toEqual([0, -2]);
  });

  it('a monthly amount counts twelve times a year, indexed from its first year', () => {
    // 14.50 x 250 users x 12 = 43,500.00; then x 1.02 = 44,370.00; x 1.02^2 = 45,257.40.
    expect(
      years({
        years: 3,
        indexation: 0.02,
        costs: [{ name: 'subscription', amount: 14.5, quantity: 250, every: 'month' }],
      }),
    ).toEqual([0, 4350000, 4437000, 4525740]);
  });

  it('a negative indexation and a negative discount rate (the Dutch risk-free rate, -1%)', () => {
    const r = computeTco(
      doc({
        years: 2,
        discount_rate: '-1%',
        costs: [{ name: 'x', amount: 100, every: 'year', indexation: '-10%' }],
      }),
    ).options[0]!;
    expect(r.years.map((y) => y.total)).toEqual([0, 10000, 9000]);
    // 100 / 0.99 = 101.0101..., 90 / 0.99^2 = 91.8273...
    expect(r.years.map((y) => y.presentValue)).toEqual([0, 10101, 9183]);
    expect(r.npv).toBe(Math.round((100 / 0.99 + 90 / 0.99 ** 2) * 100));
  });

  it('totals including VAT are the totals times (1 + VAT), rounded to the cent', () => {
    // 2.50 x 1.21 = 3.025 -> 3.03 (floating point: 2.5 * 1.21 = 3.0249999999999995).
    const r = computeTco(doc({ years: 1, vat: '21%', costs: [{ name: 'x', amount: 2.5 }] }))
      .options[0]!;
    expect(r).toMatchObject({ total: 250, totalInclVat: 303, npvInclVat: 303 });
  });

  it('a horizon of 100 years with a rate near -100% is computed exactly (no floating point shortcut)', () => {
    const r = computeTco(
      doc({
        years: 100,
        indexation: '-95%',
        costs: [{ name: 'x', amount: 0.005, quantity: 3, every: 'year', from: 0 }],
      }),
    ).options[0]!;
    // Year 0: 0.015 -> 0.02; year 1: 0.00075 -> 0.00.
    expect(r.years.slice(0, 3).map((y) => y.total)).toEqual([2, 0, 0]);
  });

  it('refuses amounts whose cents a JavaScript number cannot hold exactly', () => {
    const big = doc({ years: 1, costs: [{ name: 'x', amount: MAX_AMOUNT, quantity: 2 }] });
    expect(() => computeTco(big)).toThrow(TcoRangeError);
    const sum = doc({
      years: 1,
      costs: [
        { name: 'x', amount: MAX_AMOUNT },
        { name: 'y', amount: MAX_AMOUNT },
      ],
    });
    expect(() => computeTco(sum)).toThrow(TcoRangeError);
  });
});

describe('ranking', () => {
  it('gives equal NPVs the same rank, and the next a rank that counts them (1, 1, 3)', () => {
    expect(ranksLowestFirst([5, 5, 7])).toEqual([1, 1, 3]);
    expect(ranksLowestFirst([7, 5, 5, 1])).toEqual([4, 2, 2, 1]);
    expect(ranksLowestFirst([])).toEqual([]);
  });

  it('ranks by NPV, not by the nominal total', () => {
    // Early cost A: 1000 now; late cost B: 1050 in year 5, worth 1050 / 1.0225^5 = 1050 / 1.11767769... = 939.4479... today.
    const r = computeTco(
      doc({
        years: 5,
        discount_rate: '2.25%',
        options: [
          { name: 'A', costs: [{ name: 'x', amount: 1000 }] },
          { name: 'B', costs: [{ name: 'x', amount: 1050, year: 5 }] },
        ],
      }),
    );
    expect(r.options.map((o) => [o.name, o.total, o.npv, o.rank])).toEqual([
      ['A', 100000, 100000, 2],
      ['B', 105000, 93945, 1],
    ]);
  });
});

describe('rates', () => {
  it('takes a fraction or a percentage text, exactly as written', () => {
    expect(parseRate('2.25%', 'r')).toEqual({ ok: true, decimal: '0.0225', value: 0.0225 });
    expect(parseRate('0.5%', 'r')).toMatchObject({ ok: true, decimal: '0.005' });
    expect(parseRate('150%', 'r')).toMatchObject({ ok: true, decimal: '1.5' });
    expect(parseRate(1, 'r')).toMatchObject({ ok: true, value: 1 });
    expect(parseRate(1e-7, 'r')).toMatchObject({ ok: true, decimal: '0.0000001' });
  });

  it('refuses a bare number above 1, a rate at or below -100%, a number in quotes', () => {
    expect(parseRate(3, 'discount_rate')).toMatchObject({
      ok: false,
      message: expect.stringContaining('did you mean 3%?'),
    });
    expect(parseRate(2.25, 'discount_rate')).toMatchObject({
      ok: false,
      message: expect.stringContaining('Write "2.25%" or 0.0225'),
    });
    expect(parseRate(-1, 'r')).toMatchObject({ ok: false, message: 'r: must be above -100%' });
    expect(parseRate('0.03', 'r')).toMatchObject({
      ok: false,
      message: expect.stringContaining('a number in quotes'),
    });
    expect(parseRate('-5%', 'vat', { min: 0 })).toEqual({
      ok: false,
      message: 'vat: may not be negative',
    });
  });
});

describe('EU thresholds', () => {
  it('has the figures of 2024-2025 and 2026-2027 for every kind of contract and authority', () => {
    expect(THRESHOLD_PERIODS.map((p) => [p.label, p.from, p.to])).toEqual([
      ['2024-2025', '2024-01-01', '2025-12-31'],
      ['2026-2027', '2026-01-01', '2027-12-31'],
    ]);
    const [old, now] = THRESHOLD_PERIODS;
    expect(now!.euros).toEqual({
      diensten: { centraal: 140000, decentraal: 216000, 'speciale-sector': 432000 },
      leveringen: { centraal: 140000, decentraal: 216000, 'speciale-sector': 432000 },
      werken: { centraal: 5404000, decentraal: 5404000, 'speciale-sector': 5404000 },
      'sociale-diensten': { centraal: 750000, decentraal: 750000, 'speciale-sector': 1000000 },
    });
    expect(old!.euros.diensten).toEqual({
      centraal: 143000,
      decentraal: 221000,
      'speciale-sector': 443000,
    });
    expect(old!.euros.werken.centraal).toBe(5538000);
    expect(old!.euros['sociale-diensten'].decentraal).toBe(750000);
  });

  it('reaches the threshold at exactly the threshold, not a cent below', () => {
    expect(thresholdVerdict(21600000, 'diensten', 'decentraal', DAY).reached).toBe(true);
    expect(thresholdVerdict(21599999, 'diensten', 'decentraal', DAY).reached).toBe(false);
  });

  it('takes the period from the date given, and marks a date after the last period', () => {
    expect(thresholdPeriod(new Date('2025-12-31T23:00:00Z')).label).toBe('2024-2025');
    expect(thresholdPeriod(new Date('2026-01-01T00:00:00Z')).label).toBe('2026-2027');
    expect(
      thresholdVerdict(1, 'diensten', 'centraal', new Date('2027-12-31T12:00:00Z')).outdated,
    ).toBe(false);
    expect(
      thresholdVerdict(1, 'diensten', 'centraal', new Date('2028-01-01T00:00:00Z')),
    ).toMatchObject({ period: '2026-2027', outdated: true });
  });

  it('judges each option of a costs file with authority on its contract value', () => {
    const r = computeTco(
      doc({
        years: 4,
        authority: 'decentraal',
        options: [
          { name: 'small', costs: [{ name: 'fee', amount: 50000, every: 'year' }] },
          {
            name: 'large',
            costs: [
              { name: 'fee', amount: 54000, every: 'year' },
              { name: 'resale', category: 'residual', amount: 100, year: 4 },
            ],
          },
        ],
      }),
      { today: DAY },
    );
    expect(
      r.options.map((o) => [o.name, o.contractValue, o.threshold?.threshold, o.threshold?.reached]),
    ).toEqual([
      ['small', 20000000, 21600000, false],
      // The residual value does not lower the contract value: 4 x 54,000 = 216,000 reaches the threshold.
      ['large', 21600000, 21600000, true],
    ]);
    expect(
      computeTco(doc({ years: 1, costs: [{ name: 'x', amount: 1 }] })).options[0]!.threshold,
    ).toBeNull();
  });
});

describe('the JSON Schema for editors', () => {
  it('schemas/costs.schema.json is generated from costsFileSchema and current (npm run schemas)', async () => {
    const { readFileSync } = await import('node:fs');
    const z = await import('zod');
    const onDisk = JSON.parse(
      readFileSync(new URL('../../schemas/costs.schema.json', import.meta.url), 'utf8'),
    );
    const { $schema: _s, ...generated } = z.toJSONSchema(costsFileSchema, {
      io: 'input',
      unrepresentable: 'any',
    }) as Record<string, unknown>;
    const { $schema: _d, $id: _i, title: _t, ...stored } = onDisk;
    expect(stored).toEqual(generated);
    expect(onDisk.title).toBe('inkoop costs file (inkoop tco)');
  });

  it('accepts rates as fractions or percentage texts, and offers every category', async () => {
    const { readFileSync } = await import('node:fs');
    const s = JSON.parse(
      readFileSync(new URL('../../schemas/costs.schema.json', import.meta.url), 'utf8'),
    );
    const pattern = new RegExp(s.properties.discount_rate.anyOf[1].pattern);
    for (const ok of ['2.25%', '-1%', '3,5%', '100%']) expect(pattern.test(ok)).toBe(true);
    for (const bad of ['2.25', 'abc', '%']) expect(pattern.test(bad)).toBe(false);
    expect(s.properties.options.items.properties.costs.items.properties.category.enum).toContain(
      'residual',
    );
    expect(s.properties.options.items.properties.costs.items.required).toEqual(['name', 'amount']);
  });
});
