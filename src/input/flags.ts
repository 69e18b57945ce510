/**
 * Parsing the command-line values that several commands share: dates,
 * amounts in euros, points. Each bad value is a UserError naming the flag.
 */
import { t } from '../i18n/index.js';
import { UserError } from '../lib/errors.js';
import { inlineSafe } from '../lib/text.js';

/**
 * "250000", "250000.50", "250000,50", "EUR 250000", "€ 250_000": euros with at
 * most two decimals, as cents. Thousands separators are refused: "250.000"
 * could be a quarter million or 250 euros, and a threshold verdict must not guess.
 */
export function parseAmount(text: string): number {
  const digits = text
    .trim()
    .replace(/^(EUR|€)\s*/i, '')
    .replace(/_/g, '');
  if (!/^\d+([.,]\d{1,2})?$/.test(digits)) {
    throw new UserError(t('drempel.errAmount', { text: inlineSafe(text) }));
  }
  const [int, frac = ''] = digits.split(/[.,]/);
  const cents = Number(int) * 100 + Number(frac.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents))
    throw new UserError(t('drempel.errTooLarge', { text: inlineSafe(text) }));
  return cents;
}

/** A calendar date written as YYYY-MM-DD (2026-02-30 is refused, not moved to March). */
export function parseDay(text: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !date || date.toISOString().slice(0, 10) !== text.trim()) {
    throw new UserError(t('drempel.errDate', { text: inlineSafe(text) }));
  }
  return date;
}

/** `--fail-under`: a number of points, 0 or more. */
export function parseFailUnder(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new UserError(t('score.badFailUnder', { value: inlineSafe(value) }));
  }
  return n;
}

/**
 * `--margin` (with `--robustness` or `--fail-if-fragile`): a number of
 * points, 0 or more; undefined when not given (the analysis has a default).
 */
export function parseMargin(opts: {
  margin?: string;
  robustness?: boolean;
  failIfFragile?: boolean;
}): number | undefined {
  const value = opts.margin;
  if (value === undefined) return undefined;
  if (!opts.robustness && !opts.failIfFragile) {
    throw new UserError(t('robustness.marginAlone'));
  }
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new UserError(t('robustness.badMargin', { value: inlineSafe(value) }));
  }
  return n;
}
