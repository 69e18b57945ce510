import { describe, expect, it } from 'vitest';
import { computeTco, ranksLowestFirst } from '../../src/tco/compute.js';
import { ratioOf, ratioOfDecimal, roundHalfAway } from '../../src/tco/decimal.js';
import { tcoCsv, tcoJson, tcoMarkdown, tcoText, tcoView } from '../../src/tco/render.js';
import { costsFileSchema, parseRate, type CostsDocument } from '../../src/tco/schema.js';
import { thresholdVerdict } from '../../src/tco/thresholds.js';

const doc = (d: unknown): CostsDocument => costsFileSchema.parse(d);
const DAY = new Date('2026-11-23T00:00:00Z');

describe('present value against published worked examples', () => {
  it('NumPy npv documentation (Gitman, Principles of Managerial Finance, p. 346): npv(0.281, [-100, 39, 59, 55, 20]) = -0.0084785916384548798', () => {
    // Scaled by 1,000,000 so the result is visible in cents: -8,478.59 as an income NPV,
    // +8,478.59 as a cost NPV (the investment is a cost, the returns are entered as residual value).
    const r = computeTco(
      doc({
        years: 4,
        discount_rate: 0.281,
        costs: [
          { name: 'investment', amount: 100_000_000, category: 'acquisition' },
          { name: 'return 1', amount: 39_000_000, category: 'residual', year: 1 },
          { name: 'return 2', amount: 59_000_000, category: 'residual', year: 2 },
          { name: 'return 3', amount: 55_000_000, category: 'residual', year: 3 },
          { name: 'return 4', amount: 20_000_000, category: 'residual', year: 4 },
        ],
      }),
    );
    expect(r.options[0]!.npv).toBe(847859);
    expect(r.options[0]!.total).toBe(100_000_000 * 100 - 173_000_000 * 100);
  });

  it('numpy-financial npv documentation: investment 40,000, returns 5,000, 8,000, 12,000, 30,000 at 8% give NPV 3,065.22', () => {
    const r = computeTco(
      doc({
        years: 4,
        discount_rate: '8%',
        costs: [
          { name: 'investment', amount: 40000 },
          ...[5000, 8000, 12000, 30000].map((amount, i) => ({
            name: `return ${i + 1}`,
            amount,
            category: 'residual',
            year: i + 1,
          })),
        ],
      }),
    );
    expect(r.options[0]!.npv).toBe(-306522);
    expect(r.options[0]!.years.map((y) => y.presentValue)).toEqual([
      4000000, -462963, -685871, -952599, -2205090,
    ]);
  });
});

describe('computation', () => {
  it('indexes recurring costs from their first year and rounds each item-year to the cent once', () => {
    const r = computeTco(
      doc({
        years: 3,
        indexation: '2.5%',
        costs: [{ name: 'licence', amount: 1000.01, every: 'year' }],
      }),
    );
    // 1000.01, 1000.01 x 1.025 = 1025.01025 -> 1025.01, x 1.025^2 = 1050.6355... -> 1050.64
    expect(r.options[0]!.years.map((y) => y.total)).toEqual([0, 100001, 102501, 105064]);
    expect(r.options[0]!.total).toBe(100001 + 102501 + 105064);
  });

  it('rounds half away from zero on exact decimals, where floating point would round down', () => {
    // 1.005 x 3 = 3.015 exactly -> 3.02; in floating point 1.005 * 3 * 100 = 301.49999999999994.
    const r = computeTco(doc({ years: 1, costs: [{ name: 'x', amount: 1.005, quantity: 3 }] }));
    expect(r.options[0]!.total).toBe(302);
    expect(roundHalfAway({ num: -5n, den: 2n })).toBe(-3n);
    expect(roundHalfAway({ num: 5n, den: 2n })).toBe(3n);
    expect(roundHalfAway({ num: 7n, den: 3n })).toBe(2n);
  });

  it('counts a monthly amount twelve times a year, from `from` to `to`', () => {
    const r = computeTco(
      doc({
        years: 4,
        costs: [{ name: 'hosting', amount: 99.99, every: 'month', from: 2, to: 3, quantity: 2 }],
      }),
    );
    expect(r.options[0]!.years.map((y) => y.total)).toEqual([0, 0, 239976, 239976, 0]);
  });

  it('uses an item indexation over the file default, and subtracts residual value', () => {
    const r = computeTco(
      doc({
        years: 2,
        indexation: 0.1,
        costs: [
          { name: 'a', amount: 100, every: 'year', from: 0, indexation: 0 },
          { name: 'b', amount: 100, every: 'year', from: 0 },
          { name: 'resale', amount: 50, category: 'residual', year: 2 },
        ],
      }),
    );
    expect(r.options[0]!.years.map((y) => y.total)).toEqual([20000, 21000, 22100 - 5000]);
    expect(r.options[0]!.categories).toEqual({ residual: -5000, other: 63100 });
    expect(r.options[0]!.contractValue).toBe(63100);
  });

  it('ranks by NPV, lowest first, equal NPVs sharing a rank', () => {
    const r = computeTco(
      doc({
        years: 1,
        options: [
          { name: 'A', costs: [{ name: 'x', amount: 10 }] },
          { name: 'B', costs: [{ name: 'x', amount: 5 }] },
          { name: 'C', costs: [{ name: 'y', amount: 10 }] },
        ],
      }),
    );
    expect(r.options.map((o) => [o.name, o.rank])).toEqual([
      ['A', 2],
      ['B', 1],
      ['C', 2],
    ]);
    expect(ranksLowestFirst([3, 1, 1, 2])).toEqual([4, 1, 1, 3]);
  });

  it('reports totals including VAT', () => {
    const r = computeTco(
      doc({
        years: 1,
        vat: '21%',
        discount_rate: 0.1,
        costs: [{ name: 'x', amount: 100, year: 1 }],
      }),
    );
    expect(r.options[0]).toMatchObject({
      total: 10000,
      npv: 9091,
      totalInclVat: 12100,
      npvInclVat: 11000,
    });
  });

  it('a single option from a top-level costs list is named after the title', () => {
    expect(computeTco(doc({ title: 'Werkplek', years: 1, costs: [] })).options[0]!.name).toBe(
      'Werkplek',
    );
    expect(computeTco(doc({ years: 1, costs: [] })).options[0]!.name).toBe('default');
  });

  it('leaves out items beyond a shorter horizon, with a warning', () => {
    const d = doc({
      years: 5,
      costs: [
        { name: 'exit', amount: 10, year: 5 },
        { name: 'lic', amount: 1, every: 'year', to: 5 },
        { name: 'late', amount: 1, every: 'year', from: 4 },
      ],
    });
    const r = computeTco(d, { years: 3 });
    expect(r.years).toBe(3);
    expect(r.options[0]!.years.map((y) => y.total)).toEqual([0, 100, 100, 100]);
    expect(r.warnings).toEqual([
      { kind: 'dropped', option: 'default', item: 'exit', years: 3 },
      { kind: 'cut', option: 'default', item: 'lic', years: 3 },
      { kind: 'dropped', option: 'default', item: 'late', years: 3 },
    ]);
  });

  it('gives the EU threshold verdict on the contract value', () => {
    const r = computeTco(
      doc({ years: 1, authority: 'centraal', costs: [{ name: 'x', amount: 140000 }] }),
      { today: DAY },
    );
    expect(r.options[0]!.threshold).toMatchObject({
      reached: true,
      threshold: 14000000,
      period: '2026-2027',
      outdated: false,
      type: 'diensten',
    });
  });
});

describe('EU thresholds', () => {
  it('uses the 2026-2027 figures from 2026 and the 2024-2025 figures before', () => {
    expect(thresholdVerdict(21600000, 'diensten', 'decentraal', DAY)).toMatchObject({
      threshold: 21600000,
      reached: true,
    });
    expect(thresholdVerdict(21599999, 'leveringen', 'decentraal', DAY).reached).toBe(false);
    expect(thresholdVerdict(0, 'werken', 'centraal', DAY).threshold).toBe(540400000);
    expect(thresholdVerdict(0, 'diensten', 'speciale-sector', DAY).threshold).toBe(43200000);
    expect(thresholdVerdict(0, 'sociale-diensten', 'centraal', DAY).threshold).toBe(75000000);
    expect(thresholdVerdict(0, 'sociale-diensten', 'speciale-sector', DAY).threshold).toBe(
      100000000,
    );
    const old = thresholdVerdict(
      14000000,
      'diensten',
      'centraal',
      new Date('2025-06-01T00:00:00Z'),
    );
    expect(old).toMatchObject({ threshold: 14300000, reached: false, period: '2024-2025' });
  });

  it('marks the verdict outdated after the last known period', () => {
    expect(
      thresholdVerdict(0, 'werken', 'centraal', new Date('2028-01-01T00:00:00Z')),
    ).toMatchObject({ period: '2026-2027', outdated: true });
  });
});

describe('rates and decimals', () => {
  it('reads fractions and percentage strings exactly', () => {
    expect(parseRate('2.25%', 'r')).toEqual({ ok: true, decimal: '0.0225', value: 0.0225 });
    expect(parseRate('-1%', 'r')).toMatchObject({ ok: true, decimal: '-0.01' });
    expect(parseRate('3,5%', 'r')).toMatchObject({ ok: true, decimal: '0.035' });
    expect(parseRate(0.0225, 'r')).toMatchObject({ ok: true, decimal: '0.0225' });
  });

  it('says a bare number above 1 is probably a percentage', () => {
    expect(parseRate(3, 'discount_rate')).toEqual({
      ok: false,
      message: 'discount_rate: 3 would be 300%; did you mean 3%? Write "3%" or 0.03',
    });
    expect(parseRate('-100%', 'discount_rate')).toEqual({
      ok: false,
      message: 'discount_rate: must be above -100%',
    });
    expect(parseRate('-1%', 'vat', { min: 0 })).toEqual({
      ok: false,
      message: 'vat: may not be negative',
    });
    expect(parseRate('abc', 'vat')).toMatchObject({ ok: false });
  });

  it('suggests only spellings that work, with the percentage computed exactly', () => {
    for (const input of [3, 1.005, 2.25, 100, 150, 1234.5]) {
      const r = parseRate(input, 'indexation');
      if (r.ok) throw new Error(`${input} should be refused`);
      const spellings = r.message.replace(/^.*Write /, '').split(' or ');
      expect(spellings.length).toBeGreaterThan(0);
      for (const s of spellings) {
        const written = s.startsWith('"') ? s.slice(1, -1) : Number(s);
        expect(parseRate(written, 'indexation')).toMatchObject({ ok: true });
      }
    }
    expect(parseRate(1.005, 'r')).toMatchObject({
      message: 'r: 1.005 would be 100.5%; did you mean 1.005%? Write "1.005%" or 0.01005',
    });
    expect(parseRate(150, 'r')).toMatchObject({
      message: 'r: 150 would be 15000%; did you mean 150%? Write "150%"',
    });
  });

  it('reads back the decimal a number was written as', () => {
    expect(ratioOf(1.005)).toEqual({ num: 1005n, den: 1000n });
    expect(ratioOf(1e-7)).toEqual({ num: 1n, den: 10000000n });
    expect(ratioOf(1e21)).toEqual({ num: 10n ** 21n, den: 1n });
    expect(ratioOfDecimal('-0.5')).toEqual({ num: -5n, den: 10n });
  });
});

describe('renderers', () => {
  const r = computeTco(
    doc({
      title: 'T',
      years: 1,
      vat: '21%',
      options: [
        { name: 'A', costs: [{ name: 'x', amount: 1234.56, category: 'license' }] },
        { name: 'B|C', costs: [{ name: 'y', amount: 1000 }] },
      ],
    }),
  );

  it('gives the JSON contract in currency units', () => {
    const j = tcoJson(r);
    expect(Object.keys(j)).toEqual([
      'title',
      'currency',
      'years',
      'discount_rate',
      'indexation',
      'vat',
      'options',
    ]);
    expect(j.options[0]).toEqual({
      name: 'A',
      rank: 2,
      total: 1234.56,
      npv: 1234.56,
      total_incl_vat: 1493.82,
      npv_incl_vat: 1493.82,
      contract_value: 1234.56,
      internal_costs: 0,
      residual_value: 0,
      years: [
        { year: 0, total: 1234.56, present_value: 1234.56 },
        { year: 1, total: 0, present_value: 0 },
      ],
      categories: { license: 1234.56 },
      items: [{ name: 'x', category: 'license', internal: false, total: 1234.56, npv: 1234.56 }],
    });
  });

  it('writes Markdown with escaped cells and Dutch amounts', () => {
    const md = tcoMarkdown(r, 'nl');
    expect(md).toContain('| 1 | B\\|C | 1.000,00 | 1.000,00 | 1.210,00 | - |');
    expect(md).toContain('| 2 | A | 1.234,56 | 1.234,56 | 1.493,82 | +234,56 |');
    // The name is escaped in the sentence too (it renders as B|C).
    expect(md).toContain('B\\|C is het goedkoopst: EUR 234,56 minder dan A');
  });

  it('writes CSV with a decimal point', () => {
    expect(tcoCsv(r).split('\r\n').slice(0, 2)).toEqual([
      'option,rank,year,total,present_value',
      'A,2,0,1234.56,1234.56',
    ]);
  });
});

describe('the estimated contract value counts only what is paid to suppliers', () => {
  // Sub-central services threshold 2026-2027: EUR 216,000.
  const file = (extra: Record<string, unknown>[]) =>
    doc({
      years: 4,
      discount_rate: '2.25%',
      authority: 'decentraal',
      costs: [
        // 4 x 50,000 = 200,000 paid to the supplier.
        { name: 'subscription', category: 'license', amount: 50000, every: 'year' },
        ...extra,
      ],
    });

  it('leaves out personnel (internal by default) and items marked internal, before residual value', () => {
    const r = computeTco(
      file([
        // Own staff: 4 x 30,000 = 120,000, internal by default.
        { name: 'own staff', category: 'personnel', amount: 30000, every: 'year' },
        // Own data centre: 4 x 12 x 500 = 24,000, marked internal.
        { name: 'own hosting', category: 'hosting', amount: 500, every: 'month', internal: true },
        // Hired consultant: 20,000 once, personnel but paid to a supplier.
        { name: 'consultant', category: 'personnel', amount: 20000, internal: false },
        // Resale: 5,000 subtracted from the total, not from the contract value.
        { name: 'resale', category: 'residual', amount: 5000, year: 4 },
      ]),
      { today: DAY },
    );
    const o = r.options[0]!;
    // 200,000 + 120,000 + 24,000 + 20,000 - 5,000
    expect(o.total).toBe(35_900_000);
    // 200,000 + 20,000 = 220,000: reaches the threshold of 216,000.
    expect(o.contractValue).toBe(22_000_000);
    expect(o.internalCosts).toBe(14_400_000);
    expect(o.residualValue).toBe(500_000);
    expect(o.total).toBe(o.contractValue + o.internalCosts - o.residualValue);
    expect(o.threshold?.reached).toBe(true);
    expect(o.items.map((i) => [i.name, i.internal])).toEqual([
      ['subscription', false],
      ['own staff', true],
      ['own hosting', true],
      ['consultant', false],
      ['resale', false],
    ]);
    const j = tcoJson(r).options[0]!;
    expect([j.total, j.contract_value, j.internal_costs, j.residual_value]).toEqual([
      359000, 220000, 144000, 5000,
    ]);
    expect(j.items.map((i) => i.internal)).toEqual([false, true, true, false, false]);
  });

  it('the internal costs can decide the threshold verdict', () => {
    // 200,000 to the supplier plus 120,000 of own staff: the old count (320,000) reached
    // the threshold; what is paid to suppliers (200,000) stays below it.
    const r = computeTco(
      file([{ name: 'own staff', category: 'personnel', amount: 30000, every: 'year' }]),
      { today: DAY },
    );
    expect(r.options[0]!.contractValue).toBe(20_000_000);
    expect(r.options[0]!.threshold?.reached).toBe(false);
  });

  it('says on screen why the contract value differs from the total, in each language', () => {
    const r = computeTco(
      file([
        { name: 'own staff', category: 'personnel', amount: 30000, every: 'year' },
        { name: 'resale', category: 'residual', amount: 5000, year: 4 },
      ]),
      { today: DAY },
    );
    const en = tcoView(r, 'en').options[0]!.contractValue;
    expect(en).toBe(
      "Estimated contract value EUR 200,000.00: the total EUR 315,000.00 without the authority's own costs (EUR 120,000.00), which are not paid to a supplier, and before the residual value (EUR 5,000.00) is subtracted.",
    );
    expect(tcoView(r, 'nl').options[0]!.contractValue).toContain(
      'Geraamde opdrachtwaarde EUR 200.000,00: het totaal EUR 315.000,00',
    );
    expect(tcoText(r, 'en')).toContain(en!);
    // Equal to the total: nothing to explain.
    const plain = computeTco(file([]), { today: DAY });
    expect(tcoView(plain, 'en').options[0]!.contractValue).toBeNull();
  });

  it('rejects internal on a residual value, at the item', () => {
    const res = costsFileSchema.safeParse({
      years: 1,
      costs: [{ name: 'resale', category: 'residual', amount: 1, internal: true }],
    });
    expect(res.success).toBe(false);
    expect(res.error!.issues[0]!.path).toEqual(['costs', 0, 'internal']);
  });
});
