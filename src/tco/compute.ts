/**
 * Total cost of ownership: nominal totals, present values and the ranking of
 * alternatives. Pure and exact:
 * - every item-year amount is amount x quantity x (12 if monthly) x
 *   (1 + indexation)^(t - from), rounded to the cent once, half away from
 *   zero, from the exact decimals written in the file;
 * - every total is a sum of those cents (integers), so each table adds up;
 * - the present value of year t is its total / (1 + r)^t, and the NPV is the
 *   exact sum of those fractions (BigInt), rounded to the cent at the end;
 *   the present value of each year and of each item is rounded once too.
 * Figures that a float with an error bound settles are computed in floating
 * point; the rest (values at a half cent) exactly with BigInt fractions. See
 * "exact rounding, quickly" below; test/property checks both paths agree.
 */
import { mul, pow, ratioOf, ratioOfDecimal, roundHalfAway, type Ratio } from './decimal.js';
import {
  CATEGORIES,
  parseRate,
  type Category,
  type CostItem,
  type CostsDocument,
  type RateInput,
} from './schema.js';
import {
  thresholdVerdict,
  type Authority,
  type ContractType,
  type ThresholdVerdict,
} from './thresholds.js';

export interface TcoYear {
  year: number;
  /** Nominal total in cents. */
  total: number;
  /** Present value in cents (rounded for display; the NPV is summed exactly). */
  presentValue: number;
}

export interface TcoItemResult {
  name: string;
  category: Category;
  /** null for a one-off item. */
  every: 'year' | 'month' | null;
  /** Cents per year 0..T (negative for residual value). */
  perYear: number[];
  total: number;
  npv: number;
  /** A cost of the authority's own organisation, left out of the contract value (`internal`, default for personnel). */
  internal: boolean;
}

export interface TcoOptionResult {
  name: string;
  description: string | null;
  rank: number;
  total: number;
  npv: number;
  totalInclVat: number | null;
  npvInclVat: number | null;
  years: TcoYear[];
  /** Totals per category in cents, in the order of CATEGORIES, only categories that occur. */
  categories: Partial<Record<Category, number>>;
  items: TcoItemResult[];
  /**
   * Estimated contract value: the nominal costs excluding VAT that are paid to
   * suppliers (internal costs left out), before residual value is subtracted.
   * total = contractValue + internalCosts - residualValue.
   */
  contractValue: number;
  /** Nominal costs of internal items (the authority's own staff), left out of the contract value. */
  internalCosts: number;
  /** The residual value subtracted from the total, as a positive amount (0 when none). */
  residualValue: number;
  threshold: ThresholdVerdict | null;
}

export interface TcoResult {
  title: string | null;
  currency: string;
  years: number;
  discountRate: number;
  indexation: number;
  vat: number | null;
  authority: Authority | null;
  type: ContractType | null;
  /** In the file's order; `rank` orders them by NPV, lowest first. */
  options: TcoOptionResult[];
  /** Remarks such as items left out by a shorter horizon (the renderers word them). */
  warnings: TcoWarning[];
}

/**
 * An item that a shorter horizon (`--years`) leaves out (`dropped`) or cuts
 * off after the last year (`cut`). Data, not a sentence: the report words it
 * in its own language.
 */
export interface TcoWarning {
  kind: 'dropped' | 'cut';
  option: string;
  item: string;
  /** The horizon in years: the last year counted. */
  years: number;
}

export interface TcoOverrides {
  /** A shorter or longer horizon than the file's (what-if). */
  years?: number;
  /** Another discount rate than the file's (what-if). */
  discountRate?: RateInput;
  /** The date the EU thresholds are taken for (default: now). */
  today?: Date;
}

/**
 * Which amount grew too large: an item's amount (`name` is the item), or an
 * option's total, contract value, net present value, one year's present
 * value (`name` is the option; null for the one option of a file without
 * options or title), or an amount including VAT.
 */
export type TcoAmount =
  | { kind: 'item'; name: string }
  | { kind: 'total' | 'contractValue' | 'npv'; name: string | null }
  | { kind: 'year'; name: string | null; year: number }
  | { kind: 'vat' };

function amountEn(a: TcoAmount): string {
  if (a.kind === 'vat') return 'an amount including VAT';
  if (a.kind === 'item') return `"${a.name}"`;
  const of = a.name ?? 'the costs';
  if (a.kind === 'year') return `year ${a.year} of ${of}`;
  return `${{ total: 'the total', contractValue: 'the contract value', npv: 'the NPV' }[a.kind]} of ${of}`;
}

/**
 * An amount too large for exact cents in a JavaScript number. `amount` says
 * which (a command words it in the run's language); the message is a stable
 * English reason for library callers.
 */
export class TcoRangeError extends RangeError {
  /** Where in the costs file: the item, or the option whose total it is (set by computeTco). */
  path: (string | number)[] | undefined;
  readonly amount: TcoAmount;

  constructor(amount: TcoAmount) {
    super(`${amountEn(amount)} is too large to add up exactly to the cent`);
    this.amount = amount;
  }
}

/** Runs `f`; a TcoRangeError without a place gets `path`. */
function at<T>(path: (string | number)[], f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof TcoRangeError && err.path === undefined) err.path = path;
    throw err;
  }
}

interface Rate {
  /** The exact fraction as written. */
  ratio: Ratio;
  /** The same as a number (for display and for the fast path). */
  value: number;
}

function rateRatio(value: RateInput | undefined, key: string, min?: number): Rate {
  if (value === undefined) return { ratio: { num: 0n, den: 1n }, value: 0 };
  const r = parseRate(value, key, { min });
  if (!r.ok) throw new RangeError(r.message);
  return { ratio: ratioOfDecimal(r.decimal), value: r.value };
}

const onePlus = (r: Ratio): Ratio => ({ num: r.den + r.num, den: r.den });

const MAX_CENTS = Number.MAX_SAFE_INTEGER;

function toCents(value: bigint, what: TcoAmount): number {
  if (value > BigInt(MAX_CENTS) || value < -BigInt(MAX_CENTS)) {
    throw new TcoRangeError(what);
  }
  return Number(value);
}

/** a + b for integer cents, refusing a sum that a JavaScript number cannot hold exactly. */
function addCents(a: number, b: number, what: TcoAmount): number {
  const sum = a + b;
  // Both are safe integers, so the sum is exact unless it passes the largest safe integer.
  if (sum > MAX_CENTS || sum < -MAX_CENTS) throw new TcoRangeError(what);
  return sum;
}

// ---------------------------------------------------------------- exact rounding, quickly
//
// Every figure is the exact value rounded to the cent, half away from zero.
// Computing each with BigInt fractions is exact but slow (a thousand options
// of a hundred items over fifty years are five million item-years), so the
// value is first computed in floating point together with a bound on its
// rounding error. Rounding to the nearest cent only changes at a half cent:
// when the float lies farther than its error bound from a half cent, the
// exact value lies on the same side and the float rounds the same way. Only
// when it does not (a value at or next to a half cent, like 1.005 x 3 =
// 3.015) is the figure recomputed exactly with BigInt.
//
// The bound: every input (amount, quantity, rate) is the decimal written, as
// the nearest double (relative error u = 2^-53); every multiplication,
// division and addition adds at most u. 1 + r carries the error of r scaled
// by c = |r| / (1 + r), large only for rates near -100%. A value built from
// k growth factors thus has a relative error below (6 + k (2 + c)) u, and a
// sum of same-signed discounted terms over T years below
// (4 + T (3 + c)) u. FAST_PATH_SAFETY multiplies these bounds; rates with
// c > MAX_C always take the exact path.

const U = 2 ** -53;
const FAST_PATH_SAFETY = 4;
const MAX_C = 9;
/** Above this a double no longer holds the fraction of a cent exactly: take the exact path. */
const FAST_LIMIT = 2 ** 50;

/** The nearest integer to a non-negative float `v`, or undefined when `v` is within `relError` of a half. */
function quickRound(v: number, relError: number): number | undefined {
  // A bound of Infinity or NaN (a rate near -100%) means: always exact.
  if (!(v >= 0 && v < FAST_LIMIT && relError < 1e-9)) return undefined;
  const n = Math.floor(v);
  const f = v - n;
  if (Math.abs(f - 0.5) <= v * relError * FAST_PATH_SAFETY + Number.MIN_VALUE) return undefined;
  return f > 0.5 ? n + 1 : n;
}

/** `quickRound` for a value of either sign, halves away from zero. */
function quickRoundSigned(v: number, relError: number): number | undefined {
  if (v >= 0) return quickRound(v, relError);
  const r = quickRound(-v, relError);
  return r === undefined ? undefined : 0 - r; // never -0
}

/** How much the float of 1 + rate magnifies the rate's own rounding error. */
function conditionOf(rate: number): number {
  return Math.abs(rate) / (1 + rate);
}

interface Growth {
  ratio: Ratio;
  /** The float of 1 + rate. */
  factor: number;
  /** conditionOf(rate), or Infinity to always compute exactly. */
  c: number;
}

function growthOf(rate: Rate): Growth {
  const c = conditionOf(rate.value);
  return {
    ratio: onePlus(rate.ratio),
    factor: 1 + rate.value,
    c: c > MAX_C || !Number.isFinite(c) ? Infinity : c,
  };
}

/** Cents of each year 0..T for one item, signed (residual value is negative). */
function itemYears(
  item: CostItem,
  T: number,
  fileIndexation: Rate,
  shortened: { dropped: boolean; cut: boolean },
  fileT: number,
): number[] {
  const out = new Array<number>(T + 1).fill(0);
  // Residual value is subtracted; `0 - x` rather than `-x`, so a zero is never -0.
  const signed = item.category === 'residual' ? (x: number) => 0 - x : (x: number) => x;
  const monthly = item.every === 'month' ? 12 : 1;
  const quantity = item.quantity ?? 1;
  const what: TcoAmount = { kind: 'item', name: item.name };
  let exactBase: Ratio | undefined;
  const base = (): Ratio =>
    (exactBase ??= mul(mul(ratioOf(item.amount), ratioOf(quantity)), {
      num: BigInt(100 * monthly),
      den: 1n,
    }));
  const floatBase = item.amount * quantity * monthly * 100;

  if (item.every === undefined) {
    const year = item.year ?? 0;
    if (year > T) shortened.dropped = true;
    else out[year] = signed(quickRound(floatBase, 6 * U) ?? toCents(roundHalfAway(base()), what));
    return out;
  }
  const from = item.from ?? 1;
  const fileTo = item.to ?? fileT;
  // Without an explicit `to`, a recurring item runs to the horizon in force.
  const to = item.to === undefined ? T : Math.min(fileTo, T);
  if (from > T) {
    shortened.dropped = true;
    return out;
  }
  if (item.to !== undefined && fileTo > T) shortened.cut = true;
  const growth = growthOf(
    item.indexation !== undefined ? rateRatio(item.indexation, 'indexation') : fileIndexation,
  );
  if (growth.ratio.num === growth.ratio.den) {
    const cents = signed(quickRound(floatBase, 6 * U) ?? toCents(roundHalfAway(base()), what));
    for (let t = from; t <= to; t++) out[t] = cents;
    return out;
  }
  let power = 1;
  for (let t = from; t <= to; t++) {
    const k = t - from;
    const quick = quickRound(floatBase * power, (6 + k * (2 + growth.c)) * U);
    out[t] = signed(quick ?? toCents(roundHalfAway(mul(base(), pow(growth.ratio, k))), what));
    power *= growth.factor;
  }
  return out;
}

/**
 * The exact present value of cash flows c_0..c_T (cents) at 1 + r = P/Q,
 * rounded to the cent: sum of c_t Q^t P^(T-t), divided by P^T (Horner's rule).
 */
function npvCents(flows: readonly number[], growth: Ratio): bigint {
  if (growth.num === growth.den) return flows.reduce((a, b) => a + BigInt(b), 0n);
  const P = growth.num;
  const Q = growth.den;
  let acc = 0n;
  let qPow = 1n;
  for (let t = 0; t < flows.length; t++) {
    acc = acc * P + (flows[t] ? BigInt(flows[t]!) * qPow : 0n);
    qPow *= Q;
  }
  return roundHalfAway({ num: acc, den: P ** BigInt(flows.length - 1) });
}

/** Discounting at one rate over years 0..T: float factors for the fast path, exact fractions for the rest. */
interface Discounting {
  growth: Growth;
  /** 1 / (1 + r)^t as floats. */
  factors: number[];
  /** Whether the rate is 0 (present value = nominal). */
  none: boolean;
}

function discounting(rate: Rate, T: number): Discounting {
  const growth = growthOf(rate);
  const factors = [1];
  let p = 1;
  for (let t = 1; t <= T; t++) {
    p *= growth.factor;
    factors.push(1 / p);
  }
  return { growth, factors, none: growth.ratio.num === growth.ratio.den };
}

/**
 * The present value in cents of one item's cash flows (all of one sign), rounded
 * once; the float sum of same-signed terms is well conditioned, so the fast path
 * applies (see above), with the exact sum as the fallback.
 */
function itemNpv(flows: readonly number[], d: Discounting, what: TcoAmount): number {
  if (d.none) return flows.reduce((a, b) => addCents(a, b, what), 0);
  let pv = 0;
  for (let t = 0; t < flows.length; t++) if (flows[t]) pv += flows[t]! * d.factors[t]!;
  const T = flows.length - 1;
  return (
    quickRoundSigned(pv, (4 + T * (3 + d.growth.c)) * U) ??
    toCents(npvCents(flows, d.growth.ratio), what)
  );
}

/** The present value in cents of one year's total, rounded once. */
function yearPv(cents: number, t: number, d: Discounting, what: TcoAmount): number {
  if (d.none || cents === 0) return cents;
  const quick = quickRoundSigned(cents * d.factors[t]!, (3 + t * (2 + d.growth.c)) * U);
  if (quick !== undefined) return quick;
  const g = d.growth.ratio;
  return toCents(
    roundHalfAway({ num: BigInt(cents) * g.den ** BigInt(t), den: g.num ** BigInt(t) }),
    what,
  );
}

/** Competition ranks (1, 1, 3) of values, lowest first. */
export function ranksLowestFirst(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  for (const [k, [v, i]] of order.entries())
    ranks[i] = k > 0 && order[k - 1]![0] === v ? ranks[order[k - 1]![1]]! : k + 1;
  return ranks;
}

/** Computes the TCO of every option in a validated costs document. */
export function computeTco(document: CostsDocument, overrides: TcoOverrides = {}): TcoResult {
  const fileT = document.years;
  const T = overrides.years ?? fileT;
  if (!Number.isInteger(T) || T < 1 || T > 100)
    throw new RangeError('years: the horizon is 1 to 100 years');
  const discount = rateRatio(overrides.discountRate ?? document.discount_rate, 'discount_rate');
  const indexation = rateRatio(document.indexation, 'indexation');
  const vat = document.vat === undefined ? null : rateRatio(document.vat, 'vat', 0);
  const d = discounting(discount, T);
  const warnings: TcoWarning[] = [];
  const today = overrides.today ?? new Date();
  const authority = document.authority ?? null;
  const type = document.type ?? (authority ? 'diensten' : null);

  const options = document.options ?? [
    { name: document.title ?? 'default', costs: document.costs ?? [] },
  ];
  const computed = options.map((option, i) =>
    at(document.options ? ['options', i, 'name'] : ['costs'], () => computeOption(option, i)),
  );
  function computeOption(option: (typeof options)[number], i: number) {
    const yearTotals = new Array<number>(T + 1).fill(0);
    const categoryTotals = new Map<Category, number>();
    // The one option of a file without options or title has no name of its own.
    const named = document.options || document.title ? option.name : null;
    const what: TcoAmount = { kind: 'total', name: named };
    let positive = 0;
    let internalCosts = 0;
    let residualValue = 0;
    const items: TcoItemResult[] = option.costs.map((item, j) =>
      at(document.options ? ['options', i, 'costs', j] : ['costs', j], () => computeItem(item)),
    );
    function computeItem(item: CostItem): TcoItemResult {
      const shortened = { dropped: false, cut: false };
      const flows = itemYears(item, T, indexation, shortened, fileT);
      if (shortened.dropped || shortened.cut)
        warnings.push({
          kind: shortened.dropped ? 'dropped' : 'cut',
          option: option.name,
          item: item.name,
          years: T,
        });
      const itemWhat: TcoAmount = { kind: 'item', name: item.name };
      const category = item.category ?? 'other';
      // Costs of the authority's own staff are not paid to a supplier: not part of the contract value.
      const internal = category !== 'residual' && (item.internal ?? category === 'personnel');
      let total = 0;
      for (let t = 0; t <= T; t++) {
        const c = flows[t]!;
        if (c === 0) continue;
        yearTotals[t] = addCents(yearTotals[t]!, c, what);
        total = addCents(total, c, itemWhat);
        if (c < 0) residualValue = addCents(residualValue, 0 - c, what);
        else if (internal) internalCosts = addCents(internalCosts, c, what);
        else positive = addCents(positive, c, { kind: 'contractValue', name: named });
      }
      categoryTotals.set(category, addCents(categoryTotals.get(category) ?? 0, total, what));
      return {
        name: item.name,
        category,
        every: item.every ?? null,
        perYear: flows,
        total,
        npv: itemNpv(flows, d, itemWhat),
        internal,
      };
    }
    const total = yearTotals.reduce((a, b) => addCents(a, b, what), 0);
    // The NPV sums years of either sign (residual value), so it is always computed exactly.
    const npv = toCents(npvCents(yearTotals, d.growth.ratio), { kind: 'npv', name: named });
    const years: TcoYear[] = yearTotals.map((c, year) => ({
      year,
      total: c,
      presentValue: yearPv(c, year, d, { kind: 'year', name: named, year }),
    }));
    const categories: Partial<Record<Category, number>> = {};
    for (const c of CATEGORIES) if (categoryTotals.has(c)) categories[c] = categoryTotals.get(c)!;
    const withVat = (cents: number) =>
      vat
        ? toCents(roundHalfAway(mul({ num: BigInt(cents), den: 1n }, onePlus(vat.ratio))), {
            kind: 'vat',
          })
        : null;
    const contractValue = positive;
    return {
      name: option.name,
      description: ('description' in option ? option.description : undefined) ?? null,
      rank: 0,
      total,
      npv,
      totalInclVat: withVat(total),
      npvInclVat: withVat(npv),
      years,
      categories,
      items,
      contractValue,
      internalCosts,
      residualValue,
      threshold: authority
        ? thresholdVerdict(contractValue, type ?? 'diensten', authority, today)
        : null,
    } satisfies TcoOptionResult;
  }
  const ranks = ranksLowestFirst(computed.map((o) => o.npv));
  for (const [i, o] of computed.entries()) o.rank = ranks[i]!;

  return {
    title: document.title ?? null,
    currency: document.currency ?? 'EUR',
    years: T,
    discountRate: discount.value,
    indexation: indexation.value,
    vat: vat ? vat.value : null,
    authority,
    type,
    options: computed,
    warnings,
  };
}

/** The options ordered by rank (NPV, lowest first), file order within a rank. */
export function byRank(result: TcoResult): TcoOptionResult[] {
  return [...result.options].sort((a, b) => a.rank - b.rank);
}
