/** Languages, and numbers, money and dates formatted per language. */
import { t } from '../i18n/index.js';
import { UserError } from './errors.js';
import { didYouMean } from './suggest.js';

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** `--lang`, else INKOOP_LANG, else Dutch. */
export function resolveLang(
  option: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Lang {
  const raw = (option ?? (env.INKOOP_LANG || undefined) ?? 'nl').trim().toLowerCase();
  const value = raw.split(/[-_]/)[0] ?? raw;
  if ((LANGS as readonly string[]).includes(value)) return value as Lang;
  const from = option !== undefined ? '--lang' : 'INKOOP_LANG';
  throw new UserError(
    t('common.unknownLang', { from, value: raw, suggestion: didYouMean(raw, LANGS) }),
  );
}

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  nl: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * Digits of a non-negative number rounded to at most `max` decimals, half
 * away from zero on the number as written (its shortest round-trip decimal,
 * as Intl.NumberFormat does): 2.675 -> "2.68". Exact, without Intl: loading
 * the ICU locale data costs 20-35 ms of every cold start.
 */
function roundedDigits(value: number, max: number, min: number): { int: string; frac: string } {
  let [int = '0', frac = ''] = plainDecimal(value).split('.');
  if (frac.length > max) {
    const up = frac.charCodeAt(max) >= 53; // the next digit is 5 or more
    let digits = int + frac.slice(0, max);
    if (up) {
      const arr = digits.split('').map(Number);
      let i = arr.length - 1;
      for (; i >= 0; i--) {
        if (arr[i]! < 9) {
          arr[i]!++;
          break;
        }
        arr[i] = 0;
      }
      digits = (i < 0 ? '1' : '') + arr.join('');
    }
    int = digits.slice(0, digits.length - max) || '0';
    frac = digits.slice(digits.length - max);
  }
  frac = frac.replace(/0+$/, '');
  if (frac.length < min) frac = frac.padEnd(min, '0');
  return { int: int.replace(/^0+(?=\d)/, ''), frac };
}

/** A non-negative finite number as a plain decimal string, without exponent: 1e-7 -> "0.0000001". */
function plainDecimal(value: number): string {
  const s = String(value);
  const m = /^(\d+)(?:\.(\d*))?e([+-]\d+)$/i.exec(s);
  if (!m) return s;
  const digits = m[1]! + (m[2] ?? '');
  const point = m[1]!.length + Number(m[3]);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

function group(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** 1234.5 -> "1.234,5" (nl) or "1,234.5" (en); at most `decimals` decimals, at least `minDecimals`. */
export function formatNumber(
  value: number,
  lang: Lang,
  decimals = 2,
  minDecimals = 0,
  grouping = true,
): string {
  if (!Number.isFinite(value)) return String(value);
  const { group: g, decimal } = SEPARATORS[lang];
  const { int, frac } = roundedDigits(Math.abs(value), decimals, minDecimals);
  const body = (grouping ? group(int, g) : int) + (frac ? decimal + frac : '');
  return value < 0 && /[1-9]/.test(int + frac) ? `-${body}` : body;
}

/** Points with a fixed number of decimals (two unless said): 78.1944 -> "78,19" (nl). */
export function formatPoints(value: number, lang: Lang, decimals = 2): string {
  return formatNumber(value, lang, decimals, decimals);
}

/** A weight, scale or score as written, up to four decimals: 7.5 -> "7,5" (nl). */
export function formatPlain(value: number, lang: Lang): string {
  return formatNumber(value, lang, 4, 0);
}

/**
 * Integer cents as an amount with two decimals: 123456 -> "1.234,56" (nl).
 * Exact: formats the integer parts, never a float.
 */
export function formatCents(cents: number, lang: Lang): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100);
  const rest = abs - units * 100;
  const { group: g, decimal } = SEPARATORS[lang];
  const body = `${group(String(units), g)}${decimal}${String(rest).padStart(2, '0')}`;
  return negative ? `-${body}` : body;
}

/** "EUR 1.234,56" (nl) or "EUR 1,234.56" (en); the currency code always first, as in Dutch tender documents. */
export function formatMoney(cents: number, lang: Lang, currency = 'EUR'): string {
  const body = formatCents(cents, lang);
  return body.startsWith('-') ? `-${currency} ${body.slice(1)}` : `${currency} ${body}`;
}

/** A fraction as a percentage: 0.0225 -> "2,25%" (nl). */
export function formatPercent(fraction: number, lang: Lang, decimals = 2): string {
  return `${formatNumber(fraction * 100, lang, decimals)}%`;
}

const MONTHS: Record<Lang, readonly string[]> = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** A date as "23 november 2026" (nl) or "23 November 2026" (en), in UTC. */
export function formatDate(date: Date, lang: Lang): string {
  return `${date.getUTCDate()} ${MONTHS[lang][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

const WEEKDAYS: Record<Lang, readonly string[]> = {
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** A date with its weekday: "woensdag 28 april 2027" (nl), "Wednesday 28 April 2027" (en). */
export function formatLongDate(date: Date, lang: Lang): string {
  return `${WEEKDAYS[lang][date.getUTCDay()]} ${formatDate(date, lang)}`;
}
