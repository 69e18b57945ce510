/**
 * Exact decimal arithmetic for money: a number from a YAML file is read back
 * as the decimal the user wrote (the shortest string that round-trips, as
 * JavaScript prints it), and calculations run on BigInt fractions, so
 * 1.005 x 3 is 3.015 and rounds to 3.02, not to 3.01 as floating point does.
 */

/** A fraction num/den with den > 0. */
export interface Ratio {
  num: bigint;
  den: bigint;
}

export const ONE: Ratio = { num: 1n, den: 1n };

/** The exact decimal value of a finite JavaScript number as written ("1.005" -> 1005/1000). */
export function ratioOf(value: number): Ratio {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return ratioOfDecimal(String(value));
}

/** Parses "12", "-0.0225", "1.5e-7" exactly. */
export function ratioOfDecimal(text: string): Ratio {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === ''))
    throw new RangeError(`not a decimal number: ${text}`);
  const sign = m[1] === '-' ? -1n : 1n;
  const frac = m[3] ?? '';
  const exp = Number(m[4] ?? '0') - frac.length;
  let num = BigInt((m[2] || '0') + frac) * sign;
  let den = 1n;
  if (exp >= 0) num *= 10n ** BigInt(exp);
  else den = 10n ** BigInt(-exp);
  return { num, den };
}

export function mul(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.num, den: a.den * b.den };
}

export function pow(a: Ratio, n: number): Ratio {
  if (n === 0) return ONE;
  const e = BigInt(n);
  return n > 0
    ? { num: a.num ** e, den: a.den ** e }
    : normalize({ num: a.den ** -e, den: a.num ** -e });
}

/** Keeps the denominator positive. */
export function normalize(a: Ratio): Ratio {
  return a.den < 0n ? { num: -a.num, den: -a.den } : a;
}

/** Rounds num/den to the nearest integer, halves away from zero. */
export function roundHalfAway(a: Ratio): bigint {
  const { num, den } = normalize(a);
  const abs = num < 0n ? -num : num;
  const q = (2n * abs + den) / (2n * den);
  return num < 0n ? -q : q;
}

/**
 * An amount in currency units as whole cents: the exact decimal written
 * (1.005, not the float just below it), rounded once, half away from zero
 * (1.005 -> 101 cents).
 */
export function centsOf(amount: number): number {
  return Number(roundHalfAway(mul(ratioOf(amount), { num: 100n, den: 1n })));
}
