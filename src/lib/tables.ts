/**
 * Tables and other output formats shared by every command: aligned text tables, Markdown
 * tables, CSV and JSON. Pure string builders; commands decide where the
 * text goes.
 */
import { t } from '../i18n/index.js';
import { UserError } from './errors.js';
import type { Lang } from './i18n.js';
import { didYouMean } from './suggest.js';

export type Align = 'left' | 'right';

export interface Column {
  header: string;
  align?: Align;
}

/** Checks a --format value against the formats a command supports. */
export function parseFormat<F extends string>(
  value: string | undefined,
  allowed: readonly F[],
  fallback: F,
): F {
  if (value === undefined) return fallback;
  const v = value.toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as F;
  throw new UserError(
    t('common.unknownFormat', {
      value,
      suggestion: didYouMean(v, allowed),
      formats: allowed.join(', '),
    }),
  );
}

/** Display width of a string, ignoring ANSI colour codes. */
export function visibleWidth(s: string): number {
  // eslint-disable-next-line no-control-regex
  return [...s.replace(/\u001b\[[0-9;]*m/g, '')].length;
}

function pad(s: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - visibleWidth(s)));
  return align === 'right' ? fill + s : s + fill;
}

/** A plain-text table with aligned columns, a header and a rule under it. */
export function textTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  options: { footer?: readonly string[]; indent?: string } = {},
): string {
  const all = options.footer ? [...rows, options.footer] : rows;
  const widths = columns.map((c, i) =>
    Math.max(visibleWidth(c.header), ...all.map((r) => visibleWidth(r[i] ?? ''))),
  );
  const indent = options.indent ?? '';
  const line = (cells: readonly string[]) =>
    indent +
    columns
      .map((c, i) => pad(cells[i] ?? '', widths[i]!, c.align ?? 'left'))
      .join('  ')
      .trimEnd();
  const rule = indent + widths.map((w) => '─'.repeat(w)).join('  ');
  const out = [line(columns.map((c) => c.header)), rule, ...rows.map(line)];
  if (options.footer) out.push(rule, line(options.footer));
  return out.join('\n') + '\n';
}

/** Escapes text for a Markdown table cell. */
export function mdCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/**
 * A GitHub-flavoured Markdown table. `cell` escapes each body cell and
 * `header` each header; pass `(s) => s` when they are Markdown already
 * (escaped with mdCell from ./text.ts).
 */
export function markdownTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  cell: (s: string) => string = mdCell,
  header: (s: string) => string = mdCell,
): string {
  const head = `| ${columns.map((c) => header(c.header)).join(' | ')} |`;
  const rule = `|${columns.map((c) => (c.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`;
  const body = rows.map((r) => `| ${columns.map((_, i) => cell(r[i] ?? '')).join(' | ')} |`);
  return [head, rule, ...body].join('\n') + '\n';
}

/**
 * How CSV is written for a language: Dutch Excel expects `;` between fields,
 * a decimal comma and a UTF-8 byte order mark; English is RFC 4180 (commas,
 * decimal points, no BOM). `--csv-separator` overrides the separator only.
 */
export interface CsvDialect {
  separator: string;
  decimal: '.' | ',';
  bom: boolean;
}

/** RFC 4180: commas, decimal points, no byte order mark. */
export const RFC_CSV: CsvDialect = { separator: ',', decimal: '.', bom: false };

const CSV_DIALECTS: Record<Lang, CsvDialect> = {
  nl: { separator: ';', decimal: ',', bom: true },
  en: RFC_CSV,
};

/**
 * The CSV dialect of a language, with the separator of `--csv-separator`
 * when given; `--csv-separator` with another format than csv is a usage
 * error (exit 2), not silently ignored.
 */
export function csvDialect(lang: Lang, separator?: string, format = 'csv'): CsvDialect {
  if (separator !== undefined && format !== 'csv')
    throw new UserError(t('sheets.csvSeparatorFormat', { format }));
  const base = CSV_DIALECTS[lang];
  return separator === undefined ? base : { ...base, separator: parseCsvSeparator(separator) };
}

/** 'csv' when a run writes CSV anywhere (standard output or an --out file), else its --format: for csvDialect's check. */
export function csvFormat(plan: {
  format: string;
  stdout: boolean;
  files: readonly { format: string }[];
}): string {
  const csvOut =
    (plan.stdout && plan.format === 'csv') || plan.files.some((f) => f.format === 'csv');
  return csvOut ? 'csv' : plan.format;
}

const SEPARATOR_WORDS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';' };

/** Checks a `--csv-separator` value: one character (not a quote, letter, digit or line break), or tab. */
export function parseCsvSeparator(value: string): string {
  const v = SEPARATOR_WORDS[value.toLowerCase()] ?? (value === '\\t' ? '\t' : value);
  if ([...v].length !== 1 || /["\r\n\p{L}\p{N}.]/u.test(v) || v === ' ')
    throw new UserError(t('sheets.csvSeparator', { value: v.replace(/[^\x20-\x7e]/g, '?') }));
  return v;
}

/** A number written with a fixed number of decimals (money: two), in the dialect's decimal mark. */
export class CsvFixed {
  constructor(
    readonly value: number,
    readonly digits: number,
  ) {}
}

export type CsvCell = string | number | CsvFixed | null | undefined;

/** A number in the dialect: no exponent, the dialect's decimal mark. */
function csvNumber(value: number | CsvFixed, dialect: CsvDialect): string {
  const s =
    value instanceof CsvFixed
      ? value.value.toFixed(value.digits)
      : Number.isInteger(value) || Math.abs(value) >= 1e-6
        ? String(value)
        : value.toFixed(12).replace(/0+$/, '');
  return dialect.decimal === '.' ? s : s.replace('.', dialect.decimal);
}

/**
 * One CSV field per RFC 4180 (with the dialect's separator). Text cells that
 * a spreadsheet would run as a formula are prefixed with a quote.
 */
export function csvField(value: CsvCell, dialect: CsvDialect = RFC_CSV): string {
  if (value === null || value === undefined) return '';
  let s: string;
  if (typeof value === 'number' || value instanceof CsvFixed) s = csvNumber(value, dialect);
  else {
    s = value;
    if (/^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  }
  const special = s.includes(dialect.separator) || /["\r\n]/.test(s);
  return special ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text with CRLF line ends, as RFC 4180 asks; a byte order mark first when the dialect wants one. */
export function csv(rows: readonly (readonly CsvCell[])[], dialect: CsvDialect = RFC_CSV): string {
  const body = rows.map((r) => r.map((c) => csvField(c, dialect)).join(dialect.separator));
  return `${dialect.bom ? '\ufeff' : ''}${body.join('\r\n')}\r\n`;
}

/** Stable, pretty JSON with a final newline. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
