/**
 * Answers per field type: turning what a user typed (or wrote in an answers
 * file) into a value, validating it, and writing it back out per language.
 * Pure; numbers are parsed from their decimal text, never through floats
 * where cents are concerned.
 */
import { formatCents, formatDate, formatMoney, formatNumber, type Lang } from '../lib/i18n.js';
import { type Translate, translator } from '../i18n/index.js';
import { closest, quoteList } from '../lib/suggest.js';
import { hasContent } from './markdown.js';
import type { Field, FieldType, Localized, OutputMode, Value } from './types.js';

export type Coerced = { ok: true; value: Value | undefined } | { ok: false; message: string };

export interface CoerceContext {
  /** Today as yyyy-mm-dd, for `today` (the caller passes the clock in). */
  today: string;
  /**
   * The answer as written in the file, for a YAML scalar that was read as a
   * number or boolean: a text field keeps `1.10` as written, not as 1.1.
   */
  raw?: string | undefined;
  /** The language of messages (default en, for library callers; the command passes the run's). */
  lang?: Lang;
  /**
   * The language the answer was typed in by a person (the interview): in
   * Dutch `.` groups digits and `,` starts the fraction, so `450.000` is
   * 450000 and `450.000,50` is 450000.50. Files (answers, --set) leave it
   * unset: there a lone `450.000` stays ambiguous and is refused.
   */
  typed?: Lang;
}

const fail = (message: string): Coerced => ({ ok: false, message });

/** Largest amount in cents that stays exact. */
const MAX_CENTS = Number.MAX_SAFE_INTEGER;

function stripFinalNewlines(s: string): string {
  return s.replace(/(\r?\n)+$/, '');
}

export function isBlank(v: Value | undefined): boolean {
  if (v === undefined) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'string') return v.trim() === '';
  return false;
}

/** A decimal number as text: sign, integer digits, fraction digits. */
interface Decimal {
  negative: boolean;
  int: string;
  frac: string;
}

type Parsed = { ok: true; dec: Decimal } | { ok: false; message: string };

const GROUPED = (sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`);

/**
 * Parses "1234,56", "1.234,56", "1,234.56", "1 234,56" or "-12.5" without
 * guessing: a single separator followed by exactly three digits ("1.234")
 * could be a thousand or a fraction and is refused.
 */
export function parseDecimal(input: string, lang: Lang = 'en', typed?: Lang): Parsed {
  const t = translator(lang);
  let s = input.trim().replace(/[\u00a0\u202f\u2009]/g, ' ');
  let negative = false;
  if (/^[-\u2212]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) s = s.slice(1).trim();
  // Spaces between digit groups: "1 234 567,89".
  if (/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) s = s.replace(/ /g, '');
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s))
    return { ok: false, message: t('scaffold.value.notNumber', { input: input.trim() }) };
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots === 0 && commas === 0) return { ok: true, dec: { negative, int: s, frac: '' } };
  if (dots > 0 && commas > 0) {
    const decSep = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const groupSep = decSep === '.' ? ',' : '.';
    const at = s.lastIndexOf(decSep);
    const intPart = s.slice(0, at);
    const frac = s.slice(at + 1);
    if (s.indexOf(decSep) !== at || !GROUPED(groupSep).test(intPart)) {
      return { ok: false, message: t('scaffold.value.separators', { input: input.trim() }) };
    }
    return { ok: true, dec: { negative, int: intPart.split(groupSep).join(''), frac } };
  }
  const sep = dots > 0 ? '.' : ',';
  const count = dots + commas;
  if (count > 1) {
    if (!GROUPED(sep).test(s))
      return { ok: false, message: t('scaffold.value.notNumber', { input: input.trim() }) };
    return { ok: true, dec: { negative, int: s.split(sep).join(''), frac: '' } };
  }
  const [intPart, frac] = s.split(sep) as [string, string];
  // Typed in Dutch, "450.000" groups digits: four hundred and fifty thousand.
  // Typed in English, "450,000" does the same.
  const grouping = typed === 'nl' ? '.' : typed === 'en' ? ',' : undefined;
  if (sep === grouping && frac.length === 3 && /^[1-9]\d{0,2}$/.test(intPart))
    return { ok: true, dec: { negative, int: `${intPart}${frac}`, frac: '' } };
  if (frac.length === 3 && /^[1-9]\d{0,2}$/.test(intPart)) {
    return {
      ok: false,
      message: t('scaffold.value.ambiguous', {
        input: input.trim(),
        whole: `${intPart}${frac}`,
        fraction: `${intPart}.${frac}`,
        padded: `${intPart}${sep}${frac}0`,
      }),
    };
  }
  return { ok: true, dec: { negative, int: intPart.replace(/^0+(?=\d)/, ''), frac } };
}

function decimalFromNumber(n: number, t: Translate): Parsed {
  if (!Number.isFinite(n))
    return { ok: false, message: t('scaffold.value.notFinite', { value: n }) };
  const s = String(Math.abs(n));
  if (/e/i.test(s)) return { ok: false, message: t('scaffold.value.exponent', { value: n }) };
  const [int, frac = ''] = s.split('.') as [string, string?];
  return { ok: true, dec: { negative: n < 0, int, frac } };
}

function decimalToNumber(d: Decimal): number {
  const n = Number(`${d.int}${d.frac ? '.' + d.frac : ''}`);
  return d.negative && n !== 0 ? -n : n;
}

function toCents(
  d: Decimal,
  t: Translate,
): { ok: true; cents: number } | { ok: false; message: string } {
  if (d.frac.length > 2 && /[1-9]/.test(d.frac.slice(2))) {
    return { ok: false, message: t('scaffold.value.cents') };
  }
  const cents = Number(d.int) * 100 + Number((d.frac + '00').slice(0, 2));
  if (!Number.isSafeInteger(cents) || cents > MAX_CENTS)
    return { ok: false, message: t('scaffold.value.tooLarge') };
  return { ok: true, cents: d.negative && cents !== 0 ? -cents : cents };
}

/** yyyy-mm-dd for a valid calendar date, else undefined. */
function isoDate(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 9999) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseDate(input: string, today: string): string | undefined {
  const s = input.trim().toLowerCase();
  if (s === 'today' || s === 'vandaag') return today;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(s);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  return undefined;
}

function textOf(input: unknown, ctx: CoerceContext): string | undefined {
  if (typeof input === 'string') return input;
  if ((typeof input === 'number' || typeof input === 'boolean') && ctx.raw !== undefined)
    return ctx.raw;
  if (typeof input === 'number') return String(input);
  return undefined;
}

export function describeType(type: FieldType, lang: Lang = 'en'): string {
  return translator(lang)(`scaffold.type.${type}`);
}

function localizedMessage(m: Localized | undefined, lang: Lang, fallback: string): string {
  return m ? m[lang] : fallback;
}

/** Checks a coerced value against the field's validation; a message when it fails. */
export function validateValue(field: Field, value: Value, lang: Lang = 'en'): string | undefined {
  const t = translator(lang);
  const v = field.validation;
  switch (field.type) {
    case 'number':
    case 'percentage':
    case 'amount': {
      const n = value as number;
      const units = field.type === 'amount' ? n / 100 : n;
      const show = (x: number) =>
        field.type === 'percentage' ? `${x}%` : field.type === 'amount' ? `EUR ${x}` : String(x);
      if (v.integer && !Number.isInteger(n)) return t('scaffold.value.whole');
      if (v.min !== undefined && units < v.min)
        return t('scaffold.value.atLeast', { min: show(v.min) });
      if (v.max !== undefined && units > v.max)
        return t('scaffold.value.atMost', { max: show(v.max) });
      return undefined;
    }
    case 'text':
    case 'multiline': {
      const s = value as string;
      const len = [...s].length;
      if (v.min_length !== undefined && len < v.min_length)
        return t('scaffold.value.minLength', { min: v.min_length });
      if (v.max_length !== undefined && len > v.max_length)
        return t('scaffold.value.maxLength', { max: v.max_length });
      if (v.pattern !== undefined && !new RegExp(`^(?:${v.pattern})$`, 'u').test(s)) {
        return localizedMessage(
          v.message,
          lang,
          t('scaffold.value.pattern', { pattern: v.pattern }),
        );
      }
      return undefined;
    }
    case 'list': {
      const items = value as string[];
      if (v.min_items !== undefined && items.length < v.min_items)
        return t('scaffold.value.minItems', { count: v.min_items });
      if (v.max_items !== undefined && items.length > v.max_items)
        return t('scaffold.value.maxItems', { count: v.max_items });
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Turns an answer (typed text, or a value from an answers file) into the
 * field's value. Empty answers give `value: undefined` (unanswered); the
 * caller decides whether that is allowed.
 */
export function coerce(field: Field, input: unknown, ctx: CoerceContext): Coerced {
  if (input === null || input === undefined) return { ok: true, value: undefined };
  const result = coerceType(field, input, ctx);
  if (!result.ok || result.value === undefined) return result;
  const problem = validateValue(field, result.value, ctx.lang);
  return problem ? fail(problem) : result;
}

function coerceType(field: Field, input: unknown, ctx: CoerceContext): Coerced {
  const lang = ctx.lang ?? 'en';
  const t = translator(lang);
  const what = describeType(field.type, lang);
  const type = field.type;
  if (type === 'list') {
    let items: string[];
    if (Array.isArray(input)) {
      items = [];
      for (const item of input) {
        if (typeof item === 'string') items.push(stripFinalNewlines(item));
        else if (typeof item === 'number') items.push(String(item));
        else
          return fail(
            t('scaffold.value.listItem', {
              what:
                item === null
                  ? t('scaffold.value.emptyItem')
                  : typeof item === 'object'
                    ? t('scaffold.value.nested')
                    : String(item),
            }),
          );
      }
    } else {
      const s = textOf(input, ctx);
      if (s === undefined) return fail(t('scaffold.value.expected', { what }));
      items = s.split(/\r?\n/);
    }
    items = items.filter((i) => i.trim() !== '');
    const bare = items.findIndex((i) => !hasContent(i));
    if (bare >= 0) return fail(t('scaffold.value.itemNoContent', { number: bare + 1 }));
    return { ok: true, value: items.length ? items : undefined };
  }
  if (Array.isArray(input) || typeof input === 'object')
    return fail(
      t('scaffold.value.expectedGot', {
        what,
        got: t(Array.isArray(input) ? 'scaffold.value.list' : 'scaffold.value.mapping'),
      }),
    );
  if (typeof input === 'boolean' && ctx.raw === undefined)
    return fail(t('scaffold.value.boolean', { what, value: String(input) }));

  switch (type) {
    case 'text':
    case 'multiline': {
      const s = textOf(input, ctx);
      if (s === undefined) return fail(t('scaffold.value.expected', { what }));
      const text = stripFinalNewlines(s);
      if (text.trim() === '') return { ok: true, value: undefined };
      if (type === 'text' && /[\r\n\u2028\u2029]/.test(text))
        return fail(t('scaffold.value.singleLine'));
      if (!hasContent(text))
        return field.required
          ? fail(t('scaffold.value.noContent'))
          : { ok: true, value: undefined };
      return { ok: true, value: text };
    }
    case 'choice': {
      const s = textOf(input, ctx)?.trim();
      if (s === undefined) return fail(t('scaffold.value.expected', { what }));
      if (s === '') return { ok: true, value: undefined };
      const exact = field.choices.find((c) => c.value === s);
      if (exact) return { ok: true, value: exact.value };
      const lower = s.toLowerCase();
      const loose = field.choices.find((c) =>
        [c.value, c.label.nl, c.label.en].some((x) => x.toLowerCase() === lower),
      );
      if (loose) return { ok: true, value: loose.value };
      const values = field.choices.map((c) => c.value);
      const names = [
        ...new Set([...field.choices.flatMap((c) => [c.label.nl, c.label.en]), ...values]),
      ];
      const guess = closest(s, names);
      return fail(
        t('scaffold.value.notChoice', {
          input: s,
          suggestion: guess === undefined ? '' : t('scaffold.didYouMean', { name: guess }),
          list: quoteList(values),
        }),
      );
    }
    case 'date': {
      const s = textOf(input, ctx);
      if (s === undefined) return fail(t('scaffold.value.expected', { what }));
      if (s.trim() === '') return { ok: true, value: undefined };
      const iso = parseDate(s, ctx.today);
      return iso
        ? { ok: true, value: iso }
        : fail(t('scaffold.value.notDate', { input: s.trim() }));
    }
    case 'number':
    case 'percentage':
    case 'amount': {
      let parsed: Parsed;
      if (typeof input === 'number') parsed = decimalFromNumber(input, t);
      else {
        let s = textOf(input, ctx);
        if (s === undefined) return fail(t('scaffold.value.expected', { what }));
        s = s.trim();
        if (s === '') return { ok: true, value: undefined };
        if (type === 'percentage') s = s.replace(/\s*%$/, '');
        if (type === 'amount')
          s = s.replace(/^(-?)\s*(€|eur\b)\s*/i, '$1').replace(/\s*(€|eur)$/i, '');
        parsed = parseDecimal(s, lang, ctx.typed);
        if (!parsed.ok) return fail(`${parsed.message}; ${t('scaffold.value.expected', { what })}`);
      }
      if (!parsed.ok) return fail(parsed.message);
      if (type === 'amount') {
        const c = toCents(parsed.dec, t);
        return c.ok ? { ok: true, value: c.cents } : fail(c.message);
      }
      return { ok: true, value: decimalToNumber(parsed.dec) };
    }
  }
}

/** The choice's label in a language. */
export function choiceLabel(field: Field, value: string, lang: Lang): string {
  return field.choices.find((c) => c.value === value)?.label[lang] ?? value;
}

/** Numbers below 10,000 without a thousands separator (years, counts); larger ones grouped per language. */
function formatPlainNumber(n: number, lang: Lang): string {
  return formatNumber(n, lang, 20, 0, Math.abs(n) >= 10000);
}

/** Exact decimal text of integer cents: 123456 -> "1234.56", 100000 -> "1000". */
export function centsToDecimal(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100);
  const rest = abs - units * 100;
  const body = rest === 0 ? String(units) : `${units}.${String(rest).padStart(2, '0')}`;
  return negative ? `-${body}` : body;
}

function percentText(n: number): string {
  return String(n);
}

/** A value as shown in a Markdown document (one string; lists are handled by the fill engine). */
export function formatValue(field: Field, value: Value, lang: Lang): string {
  switch (field.type) {
    case 'amount':
      return formatMoney(value as number, lang);
    case 'percentage':
      return `${formatPlainNumber(value as number, lang)}%`;
    case 'number':
      return formatPlainNumber(value as number, lang);
    case 'date': {
      const [y, m, d] = (value as string).split('-').map(Number) as [number, number, number];
      return formatDate(new Date(Date.UTC(y, m - 1, d)), lang);
    }
    case 'choice':
      return choiceLabel(field, value as string, lang);
    case 'list':
      return (value as string[]).join(', ');
    default:
      return value as string;
  }
}

/** One item or a scalar as a JSON-style scalar, which is also valid YAML. */
export function structuredScalar(field: Field, value: Value): string {
  switch (field.type) {
    case 'amount':
      return centsToDecimal(value as number);
    case 'number':
      return String(value);
    case 'percentage':
      return JSON.stringify(`${percentText(value as number)}%`);
    case 'list':
      return `[${(value as string[]).map((i) => JSON.stringify(i)).join(', ')}]`;
    default:
      return JSON.stringify(value);
  }
}

const GROUP_SEPARATOR: Record<Lang, string> = { nl: '.', en: ',' };
const DECIMAL_SEPARATOR: Record<Lang, string> = { nl: ',', en: '.' };

/** A value as text to type or edit at a prompt; coerce() reads it back to the same value. */
export function formatInput(field: Field, value: Value, lang: Lang): string {
  switch (field.type) {
    case 'amount': {
      const text = formatCents(value as number, lang);
      // Grouping is dropped so that "1.234" never has to be guessed at.
      return text.split(GROUP_SEPARATOR[lang]).join('');
    }
    case 'number':
    case 'percentage': {
      const s = String(value);
      return s.replace('.', DECIMAL_SEPARATOR[lang]);
    }
    case 'choice':
      return choiceLabel(field, value as string, lang);
    case 'list':
      return (value as string[]).join('\n');
    default:
      return String(value);
  }
}

export function modeFor(extension: string): OutputMode {
  return ['yaml', 'yml', 'json'].includes(extension.toLowerCase()) ? 'structured' : 'text';
}
