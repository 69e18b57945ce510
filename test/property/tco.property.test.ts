/** Property-based tests of the TCO arithmetic and of the costs-file reader. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { InputError } from '../../src/lib/errors.js';
import { readYaml } from '../../src/lib/yaml.js';
import { computeTco, TcoRangeError } from '../../src/tco/compute.js';
import { CATEGORIES, costsFileSchema, type CostsDocument } from '../../src/tco/schema.js';

const T = 12;
const amount = fc.integer({ min: 0, max: 100_000_000 }).map((c) => c / 1000); // up to three decimals
const item = fc.oneof(
  fc.record({
    name: fc.string({ minLength: 1, maxLength: 8 }),
    category: fc.constantFrom(...CATEGORIES),
    amount,
    quantity: fc.integer({ min: 0, max: 500 }),
    year: fc.integer({ min: 0, max: T }),
  }),
  fc
    .record({
      name: fc.string({ minLength: 1, maxLength: 8 }),
      category: fc.constantFrom(...CATEGORIES),
      amount,
      every: fc.constantFrom('year', 'month'),
      from: fc.integer({ min: 0, max: T }),
      span: fc.integer({ min: 0, max: T }),
      indexation: fc.oneof(
        fc.constant(undefined),
        fc.integer({ min: -50, max: 200 }).map((p) => `${p / 10}%`),
      ),
    })
    .map(({ span, indexation, ...rest }) => ({
      ...rest,
      to: Math.min(T, rest.from + span),
      ...(indexation ? { indexation } : {}),
    })),
);
const document = fc.record({
  years: fc.constant(T),
  discount_rate: fc.integer({ min: -99, max: 300 }).map((p) => `${p / 10}%`),
  indexation: fc.integer({ min: 0, max: 100 }).map((p) => p / 1000),
  options: fc.uniqueArray(
    fc.record({
      name: fc.string({ minLength: 1, maxLength: 6 }),
      costs: fc.array(item, { maxLength: 8 }),
    }),
    { minLength: 1, maxLength: 4, selector: (o) => o.name },
  ),
});

describe('computeTco', () => {
  it('totals equal the sum of the year rows, of the categories and of the items', () => {
    fc.assert(
      fc.property(document, (raw) => {
        const r = computeTco(costsFileSchema.parse(raw) as CostsDocument);
        for (const o of r.options) {
          expect(o.years.reduce((a, y) => a + y.total, 0)).toBe(o.total);
          expect(Object.values(o.categories).reduce((a, c) => a + c!, 0)).toBe(o.total);
          expect(o.items.reduce((a, i) => a + i.total, 0)).toBe(o.total);
          for (const i of o.items) expect(i.perYear.reduce((a, c) => a + c, 0)).toBe(i.total);
          expect(Number.isInteger(o.npv)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('without a discount rate the NPV is the nominal total; ranks follow the NPV', () => {
    fc.assert(
      fc.property(document, (raw) => {
        const r = computeTco(costsFileSchema.parse({ ...raw, discount_rate: 0 }) as CostsDocument);
        for (const o of r.options) expect(o.npv).toBe(o.total);
        for (const a of r.options)
          for (const b of r.options) if (a.npv < b.npv) expect(a.rank).toBeLessThan(b.rank);
      }),
      { numRuns: 100 },
    );
  });
});

describe('reading a costs file', () => {
  const anyValue = fc.oneof(
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.string({ maxLength: 6 }),
    fc.boolean(),
    fc.constant(null),
    fc.constant('2%'),
    fc.constant(-1),
  );
  const mutated = fc.record(
    {
      years: fc.oneof(fc.integer({ min: -2, max: 120 }), anyValue),
      discount_rate: anyValue,
      options: fc.array(
        fc.record({
          name: anyValue,
          costs: fc.array(
            fc.dictionary(
              fc.constantFrom(
                'name',
                'amount',
                'ammount',
                'year',
                'every',
                'from',
                'to',
                'category',
                'quantity',
                'indexation',
              ),
              anyValue,
            ),
            { maxLength: 3 },
          ),
        }),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: [] },
  );

  it('never crashes: any file either computes or fails with located input errors', () => {
    fc.assert(
      fc.property(mutated, (raw) => {
        const text = stringify(raw);
        try {
          const { data } = readYaml(text, 'c.yaml', costsFileSchema);
          const r = computeTco(data);
          expect(r.options.length).toBeGreaterThan(0);
        } catch (err) {
          // Amounts too large for exact cents are refused by the command as a user error too.
          if (err instanceof TcoRangeError) return;
          expect(err).toBeInstanceOf(InputError);
          for (const p of (err as InputError).problems) expect(p.file).toBe('c.yaml');
        }
      }),
      { numRuns: 400 },
    );
  });
});
