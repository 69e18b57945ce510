/**
 * The costs file of `inkoop tco` as a zod schema: the contract that other
 * tools (`inkoop score` with `tco: { file, option }`, `inkoop scaffold --tco`)
 * and editors (schemas/costs.schema.json) rely on. Shapes are checked per
 * field; checks that depend on other fields (a year beyond the horizon,
 * `from` after `to`, duplicate option names) are in `superRefine`, so each
 * problem is reported at its own line and column.
 *
 * Rates stay as written (a fraction or a percentage text, `RateInput`) in the
 * validated document; `parseRate` turns them into exact decimals for the core.
 */
import * as z from 'zod/mini';
import { excerpt } from '../lib/text.js';
import { AUTHORITIES, CONTRACT_TYPES } from './thresholds.js';

// zod/mini rather than the classic API: the same validation, but only the
// parts used are bundled, which keeps `inkoop tco` quick to start.

/** Cost categories, in the order reports list them. */
export const CATEGORIES = [
  'acquisition',
  'implementation',
  'migration',
  'license',
  'hosting',
  'support',
  'personnel',
  'training',
  'exit',
  'residual',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The longest horizon in years. */
export const MAX_YEARS = 100;

/** The largest amount in currency units whose cents are still exact integers. */
export const MAX_AMOUNT = Math.floor(Number.MAX_SAFE_INTEGER / 100);

/** A rate as written in a file or on the command line: a fraction (0.0225) or a percentage text ("2.25%"). */
export type RateInput = number | string;

export type RateParse =
  | { ok: true; decimal: string; value: number }
  | { ok: false; message: string };

const PERCENT = /^\s*([+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+))\s*%\s*$/;
const NUMBER_TEXT = /^\s*[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[+-]?\d+)?\s*$/i;

/** Shifts the decimal point of a plain decimal text `places` to the left: ("2.25", 2) -> "0.0225". */
function shiftLeft(text: string, places: number): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m) return 'NaN';
  const [, sign, whole = '', frac = ''] = m;
  const digits = whole + frac;
  const point = whole.length - places;
  const padded = point <= 0 ? '0'.repeat(1 - point) + digits : digits;
  const at = point <= 0 ? 1 : point;
  return canonical(`${sign}${padded.slice(0, at)}.${padded.slice(at)}`);
}

/** Shifts the decimal point of a plain decimal text `places` to the right, exactly: ("1.005", 2) -> "100.5". */
function shiftRight(text: string, places: number): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m) return 'NaN';
  const [, sign, whole = '', frac = ''] = m;
  const padded = frac.padEnd(places, '0');
  return canonical(`${sign}${whole}${padded.slice(0, places)}.${padded.slice(places)}`);
}

/** "-0.0100" -> "-0.01", "007" -> "7", "-0" -> "0". */
function canonical(text: string): string {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m) return text;
  const [, sign, whole = '', frac = ''] = m;
  const w = whole.replace(/^0+(?=\d)/, '') || '0';
  const f = frac.replace(/0+$/, '');
  const body = f ? `${w}.${f}` : w;
  return sign === '-' && /[1-9]/.test(body) ? `-${body}` : body;
}

/** The shortest decimal text of a number, without exponent: 1e-7 -> "0.0000001". */
function plainDecimal(x: number): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(x));
  if (!m) return String(x);
  const [, sign, whole = '', frac = '', exp = '0'] = m;
  const e = Number(exp);
  if (e === 0) return canonical(`${sign}${whole}.${frac}`);
  const digits = whole + frac;
  const point = whole.length + e;
  if (point <= 0) return canonical(`${sign}0.${'0'.repeat(-point)}${digits}`);
  if (point >= digits.length)
    return canonical(`${sign}${digits}${'0'.repeat(point - digits.length)}`);
  return canonical(`${sign}${digits.slice(0, point)}.${digits.slice(point)}`);
}

/**
 * Reads a rate: a fraction (0.0225) or a percentage text ("2.25%", "2,25%"),
 * exactly: `decimal` is the fraction as a decimal text ("0.0225"), `value`
 * the same as a number. A bare number above 1 is refused with the percentage
 * it probably meant; a rate must be above -100%, and at least `min` when given.
 * Messages start with `key`.
 */
export function parseRate(
  input: RateInput,
  key: string,
  options: { min?: number } = {},
): RateParse {
  let decimal: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input))
      return { ok: false, message: `${key}: expected a rate, got ${String(input)}` };
    if (input > 1) {
      // Both spellings offered must work: the fraction only when it is 1 or less.
      const fraction = shiftLeft(plainDecimal(input), 2);
      const spellings = Number(fraction) <= 1 ? `"${input}%" or ${fraction}` : `"${input}%"`;
      return {
        ok: false,
        message: `${key}: ${input} would be ${shiftRight(plainDecimal(input), 2)}%; did you mean ${input}%? Write ${spellings}`,
      };
    }
    decimal = plainDecimal(input);
  } else if (typeof input === 'string') {
    const m = PERCENT.exec(input);
    if (m) decimal = shiftLeft(m[1]!.replace(',', '.'), 2);
    else if (NUMBER_TEXT.test(input)) {
      return {
        ok: false,
        message: `${key}: the text "${excerpt(input.trim())}" is a number in quotes; write a fraction without quotes (0.0225) or a percentage with a % sign ("2.25%")`,
      };
    } else {
      const shown = excerpt(input);
      return {
        ok: false,
        message: `${key}: expected a rate, a fraction like 0.0225 or a percentage like "2.25%", got the text "${shown}"`,
      };
    }
  } else {
    return {
      ok: false,
      message: `${key}: expected a rate, a fraction like 0.0225 or a percentage like "2.25%"`,
    };
  }
  const value = Number(decimal);
  if (!Number.isFinite(value))
    return {
      ok: false,
      message: `${key}: expected a rate, a fraction like 0.0225 or a percentage like "2.25%"`,
    };
  if (options.min === 0 && value < 0) return { ok: false, message: `${key}: may not be negative` };
  if (options.min !== undefined && value < options.min)
    return { ok: false, message: `${key}: must be at least ${options.min}` };
  if (!(value > -1)) return { ok: false, message: `${key}: must be above -100%` };
  return { ok: true, decimal, value: value === 0 ? 0 : value };
}

const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.describe(description)) as T;

/** A JSON Schema `default` for editors; the core applies the value itself. */
const withDefault = <T extends z.ZodMiniType>(schema: T, value: unknown): T =>
  schema.check(z.meta({ default: value })) as T;

/** A rate field: a fraction or a percentage text, kept as written; checked with parseRate. */
function rate(key: string, description: string, options: { min?: number } = {}) {
  const nonNegative = options.min === 0;
  return described(
    z
      .union(
        [
          z
            .number()
            .check(
              z.meta({ maximum: 1, ...(nonNegative ? { minimum: 0 } : { exclusiveMinimum: -1 }) }),
            ),
          z.string().check(
            z.meta({
              pattern: nonNegative
                ? '^\\s*\\+?(\\d+([.,]\\d*)?|[.,]\\d+)\\s*%\\s*$'
                : '^\\s*[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)\\s*%\\s*$',
            }),
          ),
        ],
        {
          error: (iss) =>
            iss.input === undefined
              ? undefined
              : `expected a rate, a fraction like 0.0225 or a percentage like "2.25%"`,
        },
      )
      .check(
        z.superRefine((v, ctx) => {
          const r = parseRate(v, key, options);
          if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message, input: v });
        }),
      ),
    description,
  );
}

function nonNegative(what: string, max: number, why = '') {
  return z.number().check(
    z.superRefine((v, ctx) => {
      if (v < 0)
        ctx.addIssue({
          code: 'custom',
          message: `${what}: may not be negative, got ${v}${why}`,
          input: v,
        });
      else if (v > max)
        ctx.addIssue({
          code: 'custom',
          message: `${what}: ${v} is too large (at most ${max})`,
          input: v,
        });
    }),
    z.meta({ minimum: 0, maximum: max }),
  );
}

function wholeYear(what: string, description: string) {
  return described(
    z.number().check(
      z.superRefine((v, ctx) => {
        if (!Number.isInteger(v))
          ctx.addIssue({
            code: 'custom',
            message: `${what}: expected a whole year, got ${v}`,
            input: v,
          });
        else if (v < 0)
          ctx.addIssue({
            code: 'custom',
            message: `${what}: a year is 0 (the moment of purchase) or later, got ${v}`,
            input: v,
          });
      }),
      z.meta({ type: 'integer', minimum: 0 }),
    ),
    description,
  );
}

const itemObject = () =>
  z.strictObject({
    name: described(
      z.string().check(z.minLength(1)),
      'Name of the cost item, as it appears in the report.',
    ),
    category: z.optional(
      withDefault(
        described(
          z.enum(CATEGORIES),
          'What the cost is for (default other). residual is a resale or residual value: entered as a positive amount and subtracted.',
        ),
        'other',
      ),
    ),
    amount: described(
      nonNegative(
        'amount',
        MAX_AMOUNT,
        '; enter every cost as a positive amount (a residual value too: category residual is subtracted)',
      ),
      'Amount in currency units, excluding VAT: per year with every: year, per month with every: month, once otherwise. 0 or more.',
    ),
    internal: z.optional(
      described(
        z.boolean(),
        "true: a cost of the authority's own organisation (its staff, its own hardware), not paid to a supplier, so left out of the estimated contract value and the EU threshold verdict. Default: true for category personnel, false otherwise.",
      ),
    ),
    quantity: z.optional(
      withDefault(
        described(
          nonNegative('quantity', 1e9),
          'Number of units (licences, users, servers, FTE); the amount is per unit. Default 1.',
        ),
        1,
      ),
    ),
    year: z.optional(
      withDefault(
        wholeYear(
          'year',
          'A one-off cost: the year it falls in, 0 (the moment of purchase) to years. Default 0. Not together with every.',
        ),
        0,
      ),
    ),
    every: z.optional(
      described(
        z.enum(['year', 'month']),
        'A recurring cost: the amount is due every year, or every month (12 times a year). Not together with year.',
      ),
    ),
    from: z.optional(
      withDefault(wholeYear('from', 'A recurring cost: its first year (default 1).'), 1),
    ),
    to: z.optional(
      wholeYear('to', 'A recurring cost: its last year (default: the last year of the horizon).'),
    ),
    indexation: z.optional(
      rate(
        'indexation',
        'A recurring cost: its yearly escalation, a fraction (0.02) or a percentage ("2%"); default the file\'s indexation. Year t costs amount x (1 + indexation)^(t - from).',
      ),
    ),
  });

type Ctx = z.core.$RefinementCtx<unknown>;

function issue(ctx: Ctx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

/** Checks within one item: one-off or recurring, and from <= to. */
function checkItem(item: z.output<ReturnType<typeof itemObject>>, ctx: Ctx): void {
  if (item.category === 'residual' && item.internal !== undefined)
    issue(
      ctx,
      ['internal'],
      'internal: marks a cost that is not paid to a supplier; a residual value is no cost, so remove internal here',
    );
  if (item.every !== undefined) {
    if (item.year !== undefined) {
      issue(
        ctx,
        ['year'],
        'an item is either one-off (year) or recurring (every), not both; remove year, or give from and to for the years of a recurring cost',
      );
    }
    if (typeof item.from === 'number' && typeof item.to === 'number' && item.from > item.to) {
      issue(
        ctx,
        ['from'],
        `from ${item.from} is after to ${item.to}; a recurring cost runs from its first year to its last`,
      );
    }
  } else {
    for (const key of ['from', 'to', 'indexation'] as const) {
      if (item[key] !== undefined) {
        issue(
          ctx,
          [key],
          `${key} belongs to a recurring cost; add every: year (or every: month), or remove ${key} for a one-off cost`,
        );
      }
    }
  }
}

export const costItemSchema = z.lazy(() =>
  described(
    itemObject().check(z.superRefine((item, ctx) => checkItem(item, ctx))),
    'A cost item: one-off (year) or recurring (every: year | month, from, to).',
  ),
);

export const costOptionSchema = z.lazy(() =>
  described(
    z.strictObject({
      name: described(
        z.string().check(z.minLength(1)),
        'Name of the alternative; unique within the file (inkoop score refers to it).',
      ),
      description: z.optional(
        described(z.string(), 'What this alternative is, shown with its name.'),
      ),
      costs: described(z.array(costItemSchema), 'The cost items of this alternative.'),
    }),
    'An alternative: { name, description, costs }.',
  ),
);

const costsObject = () =>
  z.strictObject({
    title: z.optional(
      described(
        z.string(),
        'Title of the comparison, shown in the report; also the name of the single option of a file with a top-level costs list.',
      ),
    ),
    currency: z.optional(
      withDefault(
        described(
          z.string().check(
            z.regex(/^[A-Z]{3}$/, {
              error: (iss) =>
                `a currency is a three-letter code in capitals, like EUR, got "${excerpt(String(iss.input))}"`,
            }),
          ),
          'Three-letter currency code (default EUR); for display only, nothing is converted.',
        ),
        'EUR',
      ),
    ),
    years: described(
      z.number().check(
        z.superRefine((v, ctx) => {
          if (!Number.isInteger(v) || v < 1 || v > MAX_YEARS) {
            ctx.addIssue({
              code: 'custom',
              message: `the horizon is a whole number of years from 1 to ${MAX_YEARS}, got ${v}`,
              input: v,
            });
          }
        }),
        z.meta({ type: 'integer', minimum: 1, maximum: MAX_YEARS }),
      ),
      'The horizon T in whole years, 1 to 100. Costs fall in years 0 (the moment of purchase) to T.',
    ),
    discount_rate: z.optional(
      withDefault(
        rate(
          'discount_rate',
          'Yearly discount rate for the present value: a fraction (0.0225) or a percentage ("2.25%"); default 0; above -100%. The Dutch rate for cost-benefit analysis is 2.25% (real).',
        ),
        0,
      ),
    ),
    indexation: z.optional(
      withDefault(
        rate(
          'indexation',
          'Default yearly escalation of recurring costs: a fraction (0.02) or a percentage ("2%"); default 0.',
        ),
        0,
      ),
    ),
    vat: z.optional(
      rate(
        'vat',
        'VAT rate; amounts are excluding VAT. A fraction (0.21) or a percentage ("21%"). When given, totals including VAT are reported too.',
        { min: 0 },
      ),
    ),
    authority: z.optional(
      described(
        z.enum(AUTHORITIES),
        'Kind of contracting authority, for the EU threshold verdict: centraal (central government), decentraal (provinces, municipalities, water boards and other bodies), speciale-sector (utilities).',
      ),
    ),
    type: z.optional(
      withDefault(
        described(
          z.enum(CONTRACT_TYPES),
          'Kind of contract for the EU threshold verdict (default diensten): diensten, leveringen, werken or sociale-diensten.',
        ),
        'diensten',
      ),
    ),
    options: z.optional(
      described(
        z.array(costOptionSchema).check(z.minLength(1)),
        'The alternatives to compare (one or more). Give options or costs, not both.',
      ),
    ),
    costs: z.optional(
      described(
        z.array(costItemSchema),
        'A single alternative: its cost items, named after title (or "default"). Give options or costs, not both.',
      ),
    ),
  });

export type CostsDocument = z.output<ReturnType<typeof costsObject>>;
export type CostItem = z.output<ReturnType<typeof itemObject>>;
export type CostOption = z.output<typeof costOptionSchema>;

/** Checks across the file: options or costs, unique names, years within the horizon. */
function checkDocument(doc: CostsDocument, ctx: Ctx): void {
  const hasOptions = doc.options !== undefined;
  const hasCosts = doc.costs !== undefined;
  if (hasOptions && hasCosts)
    issue(
      ctx,
      ['costs'],
      'give options (a list of alternatives) or costs (a single alternative), not both',
    );
  if (!hasOptions && !hasCosts)
    issue(
      ctx,
      [],
      'no costs: add options (a list of alternatives, each with name and costs) or costs (the items of a single alternative)',
    );

  const names = new Map<string, number>();
  (Array.isArray(doc.options) ? doc.options : []).forEach((o, i) => {
    if (!o || typeof o.name !== 'string') return;
    const prev = names.get(o.name);
    if (prev !== undefined)
      issue(
        ctx,
        ['options', i, 'name'],
        `duplicate option name "${excerpt(o.name)}": option ${prev + 1} has it already; every option needs its own name`,
      );
    else names.set(o.name, i);
  });

  const T = doc.years;
  if (typeof T !== 'number' || !Number.isInteger(T) || T < 1 || T > MAX_YEARS) return;
  const checkItems = (items: unknown, base: (string | number)[]) => {
    if (!Array.isArray(items)) return;
    items.forEach((item: Partial<CostItem> | null, j) => {
      if (!item || typeof item !== 'object') return;
      for (const key of ['year', 'from', 'to'] as const) {
        const v = item[key];
        if (typeof v === 'number' && Number.isInteger(v) && v > T) {
          issue(
            ctx,
            [...base, j, key],
            `${key} ${v} is beyond the horizon: years is ${T}, so a year is 0..${T}`,
          );
        }
      }
    });
  };
  if (Array.isArray(doc.options))
    for (const [i, o] of doc.options.entries()) checkItems(o?.costs, ['options', i, 'costs']);
  checkItems(doc.costs, ['costs']);
}

/** The costs file of `inkoop tco`: shape and cross-field checks. */
export const costsFileSchema = z.lazy(() =>
  described(
    costsObject().check(z.superRefine((doc, ctx) => checkDocument(doc, ctx))),
    'A costs file: alternatives and their costs over a horizon of years, for a Total Cost of Ownership comparison (inkoop tco).',
  ),
);
