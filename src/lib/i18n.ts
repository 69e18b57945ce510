/** Languages, and numbers, money and dates formatted per language. */
import { UserError } from './errors.js';
import { didYouMean } from './suggest.js';

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** `--lang`, else INKOOP_LANG, else Dutch. */
export function resolveLang(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  const raw = (option ?? (env.INKOOP_LANG || undefined) ?? 'nl').trim().toLowerCase();
  const value = raw.split(/[-_]/)[0] ?? raw;
  if ((LANGS as readonly string[]).includes(value)) return value as Lang;
  const from = option !== undefined ? '--lang' : 'INKOOP_LANG';
  throw new UserError(`${from}: unknown language "${raw}"${didYouMean(raw, LANGS)}; use nl or en`);
}

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, min: number, max: number, grouping = true): Intl.NumberFormat {
  const key = `${lang}:${min}:${max}:${grouping}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: grouping });
    numberFormats.set(key, f);
  }
  return f;
}

/** 1234.5 -> "1.234,5" (nl) or "1,234.5" (en). */
export function formatNumber(value: number, lang: Lang, decimals = 2, minDecimals = 0): string {
  return numberFormat(lang, minDecimals, decimals).format(value);
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
  const sep = lang === 'nl' ? ',' : '.';
  const body = `${numberFormat(lang, 0, 0).format(units)}${sep}${String(rest).padStart(2, '0')}`;
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

/** A date as "23 november 2026" (nl) or "23 November 2026" (en). */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Pick the text for a language from a pair. */
export function t(lang: Lang, texts: { nl: string; en: string }): string {
  return texts[lang];
}
