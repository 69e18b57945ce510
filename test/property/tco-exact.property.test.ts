/**
 * Property-based tests of the TCO core: the figures equal those of a plain
 * BigInt computation (the core takes a floating-point shortcut where an error
 * bound proves it rounds the same, see src/tco/compute.ts), and every total
 * equals the sum of its rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTco } from '../../src/tco/compute.js';
import {
  CATEGORIES,
  costsFileSchema,
  parseRate,
  type CostItem,
  type CostsDocument,
} from '../../src/tco/schema.js';

// ---------------------------------------------------------------- the oracle: exact fractions, nothing else

type Frac = [bigint, bigint];

function fracOf(decimalText: string): Frac {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(decimalText)!;
  const [, sign, whole, frac = '', exp = '0'] = m;
  const shift = Number(exp) - frac.length;
  let num = BigInt(whole! + frac);
  let den = 1n;
  if (shift >= 0) num *= 10n ** BigInt(shift);
  else den = 10n ** BigInt(-shift);
  return [sign ? -num : num, den];
}

const rateFrac = (r: number | string | undefined): Frac =>
  r === undefined ? [0n, 1n] : fracOf((parseRate(r, 'r') as { decimal: string }).decimal);

function roundHalfAway(num: bigint, den: bigint): bigint {
  if (den < 0n) [num, den] = [-num, -den];
  const q = (2n * (num < 0n ? -num : num) + den) / (2n * den);
  return num < 0n ? -q : q;
}

/** Cents per year of one item, by the contract's formula, exactly. */
function oracleItem(item: CostItem, T: number, fileIndexation: Frac): bigint[] {
  const out = new Array<bigint>(T + 1).fill(0n);
  const sign = item.category === 'residual' ? -1n : 1n;
  const [an, ad] = fracOf(String(item.amount));
  const [qn, qd] = fracOf(String(item.quantity ?? 1));
  const m = item.every === 'month' ? 12n : 1n;
  if (item.every === undefined) {
    if ((item.year ?? 0) <= T) out[item.year ?? 0] = sign * roundHalfAway(an * qn * 100n, ad * qd);
    return out;
  }
  const [gn, gd] = item.indexation !== undefined ? rateFrac(item.indexation) : fileIndexation;
  const from = item.from ?? 1;
  const to = Math.min(item.to ?? T, T);
  for (let t = from; t <= to; t++) {
    const k = BigInt(t - from);
    out[t] = sign * roundHalfAway(an * qn * m * 100n * (gd + gn) ** k, ad * qd * gd ** k);
  }
  return out;
}

/** Present value of cash flows at a discount rate d = dn/dd, rounded once. */
function oraclePv(flows: readonly bigint[], [dn, dd]: Frac): bigint {
  // sum c_t / ((dd + dn) / dd)^t = sum c_t dd^t (dd + dn)^(T - t) / (dd + dn)^T
  const T = flows.length - 1;
  let num = 0n;
  for (const [t, c] of flows.entries()) num += c * dd ** BigInt(t) * (dd + dn) ** BigInt(T - t);
  return roundHalfAway(num, (dd + dn) ** BigInt(T));
}

// ---------------------------------------------------------------- generated documents

const amount = fc.oneof(
  fc.integer({ min: 0, max: 100_000_000 }).map((c) => c / 1000),
  fc.integer({ min: 0, max: 2_000_000_000 }).map((c) => c / 100),
  // Half cents, where a float lands just beside the half.
  fc.integer({ min: 0, max: 20_000 }).map((c) => c / 200 + 0.005),
  fc.constantFrom(1.005, 1.015, 0.285, 0.005, 1000, 14.5, 0.125, 99.995, 12345.675),
);
const quantity = fc.oneof(fc.integer({ min: 0, max: 500 }), fc.constantFrom(0.5, 1.5, 0.25, 3, 12));
const rate = fc.oneof(
  fc.integer({ min: -9_990, max: 30_000 }).map((p) => `${p / 1000}%`),
  fc.constantFrom('2.5%', '2.25%', '5%', '10%', '-1%', '-50%', '-95%', 0.025, 0.05, -0.99, 0),
);
const horizon = fc.constantFrom(1, 5, 12, 30, 100);

const item = (T: number) =>
  fc.oneof(
    fc.record({
      name: fc.constant('once'),
      category: fc.constantFrom(...CATEGORIES),
      amount,
      quantity,
      year: fc.integer({ min: 0, max: T }),
    }),
    fc
      .record({
        name: fc.constant('recurring'),
        category: fc.constantFrom(...CATEGORIES),
        amount,
        quantity,
        every: fc.constantFrom('year', 'month'),
        from: fc.integer({ min: 0, max: T }),
        span: fc.option(fc.integer({ min: 0, max: T }), { nil: undefined }),
        indexation: fc.option(rate, { nil: undefined }),
      })
      .map(({ span, indexation, ...r }) => ({
        ...r,
        ...(span !== undefined ? { to: Math.min(T, r.from + span) } : {}),
        ...(indexation !== undefined ? { indexation } : {}),
      })),
  );

const documentArb = horizon.chain((T) =>
  fc.record({
    years: fc.constant(T),
    discount_rate: rate,
    indexation: rate,
    vat: fc.constantFrom('21%', '9%', 0, undefined),
    options: fc
      .array(fc.array(item(T), { maxLength: 8 }), { minLength: 1, maxLength: 3 })
      .map((os) => os.map((costs, i) => ({ name: `option ${i + 1}`, costs }))),
  }),
);

const parse = (raw: unknown): CostsDocument =>
  costsFileSchema.parse(JSON.parse(JSON.stringify(raw)));

/** computeTco, or the name of the error it refused with (amounts beyond exact cents). */
function compute(d: CostsDocument) {
  try {
    return computeTco(d, { today: new Date('2026-06-01T00:00:00Z') });
  } catch (err) {
    if (err instanceof RangeError) return undefined;
    throw err;
  }
}

describe('the TCO core is exact', () => {
  it('every item-year, year, present value and NPV equals the plain BigInt computation', () => {
    fc.assert(
      fc.property(documentArb, (raw) => {
        const d = parse(raw);
        const r = compute(d);
        if (!r) return;
        const T = d.years;
        const disc = rateFrac(d.discount_rate);
        const fileIdx = rateFrac(d.indexation);
        d.options!.forEach((o, i) => {
          const got = r.options[i]!;
          const flows = o.costs.map((item) => oracleItem(item, T, fileIdx));
          flows.forEach((f, j) => {
            expect(got.items[j]!.perYear).toEqual(f.map(Number));
            expect(got.items[j]!.npv).toBe(Number(oraclePv(f, disc)));
          });
          const years = Array.from({ length: T + 1 }, (_, t) =>
            flows.reduce((a, f) => a + f[t]!, 0n),
          );
          expect(got.years.map((y) => y.total)).toEqual(years.map(Number));
          expect(got.years.map((y) => y.presentValue)).toEqual(
            years.map((c, t) => Number(oraclePv([...new Array<bigint>(t).fill(0n), c], disc))),
          );
          expect(got.npv).toBe(Number(oraclePv(years, disc)));
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('totals equal the sum of the year rows, of the categories and of the items; the NPV is near the sum of the rounded years', () => {
    fc.assert(
      fc.property(documentArb, (raw) => {
        const r = compute(parse(raw));
        if (!r) return;
        for (const o of r.options) {
          const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
          expect(sum(o.years.map((y) => y.total))).toBe(o.total);
          expect(sum(Object.values(o.categories) as number[])).toBe(o.total);
          expect(sum(o.items.map((i) => i.total))).toBe(o.total);
          for (const i of o.items) expect(sum(i.perYear)).toBe(i.total);
          // Each year's present value is rounded on its own, the NPV once: they differ by at most half a cent a year.
          expect(Math.abs(sum(o.years.map((y) => y.presentValue)) - o.npv)).toBeLessThanOrEqual(
            (r.years + 1) / 2,
          );
          if (r.discountRate === 0) expect(o.npv).toBe(o.total);
          if (r.vat !== null)
            expect(Math.abs(o.totalInclVat! - o.total * (1 + r.vat))).toBeLessThanOrEqual(
              0.5 + Math.abs(o.total) * 1e-12,
            );
        }
        const ranked = [...r.options].sort((a, b) => a.npv - b.npv);
        for (const o of ranked) expect(o.rank).toBe(1 + ranked.findIndex((p) => p.npv === o.npv));
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------- the command's reader never crashes

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

describe('no generated costs file crashes inkoop tco', () => {
  it('reading and computing any file either works or fails with a UserError (an InputError for problems in the file)', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { stringify } = await import('yaml');
    const { UserError } = await import('../../src/lib/errors.js');
    const { readCostsFile, computeFile } = await import('../../src/input/costs.js');
    const dir = mkdtempSync(join(tmpdir(), 'inkoop-tco-prop-'));
    const value = fc.oneof(
      fc.integer({ min: -3, max: 120 }),
      fc.double(),
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        '2%',
        '-100%',
        '300%',
        '1e999',
        '12.500',
        'year',
        'month',
        'residual',
        'licence',
        null,
        true,
        [],
        {},
        1e300,
        MAX_SAFE,
      ),
    );
    const keys = [
      'name',
      'amount',
      'ammount',
      'quantity',
      'year',
      'every',
      'from',
      'to',
      'category',
      'indexation',
      'extra',
    ];
    const itemLike = fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 7 });
    const validish = documentArb.map((d) => JSON.parse(JSON.stringify(d)));
    const doc = fc.oneof(
      validish,
      // A valid document with one value replaced.
      fc
        .tuple(
          validish,
          fc.constantFrom(
            'years',
            'discount_rate',
            'indexation',
            'vat',
            'authority',
            'type',
            'currency',
            'options',
            'costs',
            'title',
          ),
          value,
        )
        .map(([d, k, v]) => ({ ...d, [k]: v })),
      fc
        .tuple(validish, itemLike)
        .map(([d, item]) => ({ ...d, options: [{ name: 'x', costs: [item] }, ...d.options] })),
      fc.record(
        {
          years: value,
          options: fc.array(
            fc.record(
              { name: value, costs: fc.array(itemLike, { maxLength: 3 }) },
              { requiredKeys: [] },
            ),
            { maxLength: 2 },
          ),
          costs: fc.array(itemLike, { maxLength: 2 }),
        },
        { requiredKeys: [] },
      ),
    );
    // Text that is not YAML of a document at all, or YAML with anchors.
    const text = fc.oneof(
      doc.map((d) => stringify(d)),
      fc.string({ maxLength: 80 }),
      fc.constantFrom(
        'a: &a [1, 2]\nb: *a\nyears: *a\n',
        'years: 1\nyears: 2\n',
        '{',
        'years: 1\ncosts: [\n',
        '--- !!binary x',
        'years: 0x10\ncosts: []\n',
        'years: 1.000\ncosts: []\n',
      ),
    );
    let n = 0;
    try {
      await fc.assert(
        fc.asyncProperty(text, async (t) => {
          const path = join(dir, `c${n++}.yaml`);
          writeFileSync(path, t);
          try {
            const { document, overrides } = readCostsFile(path);
            const r = computeFile(document, path, overrides);
            expect(r.options.length).toBeGreaterThan(0);
          } catch (err) {
            expect(err).toBeInstanceOf(UserError);
            expect((err as Error).message.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 400 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
