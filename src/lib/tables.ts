/**
 * Tables and other output formats shared by every command: aligned text tables, Markdown
 * tables, CSV and JSON. Pure string builders; commands decide where the
 * text goes.
 */
import { t } from '../i18n/index.js';
import { UserError } from './errors.js';
import type { Lang } from './i18n.js';
import { didYouMean } from './suggest.js';
import { csvText } from './text.js';
import { displayWidth, isUrl, outputWidth, wrapWords } from './width.js';

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

/** Display width of a string: ANSI colour codes take no room, wide characters two columns. */
export const visibleWidth = displayWidth;

function pad(s: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - visibleWidth(s)));
  return align === 'right' ? fill + s : s + fill;
}

export interface TextTableOptions {
  footer?: readonly string[];
  indent?: string;
  /**
   * The width to fit: by default the run's output width (./width.ts); `null`
   * never fits (the table as wide as its cells).
   */
  width?: number | null;
}

/** Cells shorter than this stay in the table even when they are URLs. */
const SHORT_URL = 12;

/**
 * A plain-text table with aligned columns, a header and a rule under it.
 * When it is wider than the width to fit, it shrinks: URLs become numbered
 * references listed below it, and cell text wraps at spaces (columns that
 * need little room keep what they need, the others share the rest). When
 * even the longest word of each column does not fit side by side, every
 * record becomes a block of `header: value` lines. Words are never broken.
 */
export function textTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  options: TextTableOptions = {},
): string {
  const width = options.width === undefined ? outputWidth() : (options.width ?? undefined);
  const indent = options.indent ?? '';
  const natural = naturalTable(columns, rows, options.footer, indent);
  if (width === undefined || natural.widest <= width) return natural.text;

  // Long URLs out of the cells, into numbered references below the table.
  const refs: string[] = [];
  const refOf = (cell: string): string => {
    const url = cell.trim();
    if (!isUrl(url) || visibleWidth(url) < SHORT_URL) return cell;
    let n = refs.indexOf(url);
    if (n < 0) n = refs.push(url) - 1;
    return `[${n + 1}]`;
  };
  const body = rows.map((r) => columns.map((_, i) => refOf(r[i] ?? '')));
  const footer = options.footer
    ? columns.map((_, i) => refOf(options.footer![i] ?? ''))
    : undefined;
  const refLines = refs.map((url, i) => `${indent}[${i + 1}] ${url}`);
  const after = refLines.length ? `\n${refLines.join('\n')}\n` : '';

  const all = footer ? [...body, footer] : body;
  const room = width - visibleWidth(indent) - 2 * (columns.length - 1);
  const longestWord = (s: string) => Math.max(0, ...s.split(/ +/).map(visibleWidth));
  const need = columns.map((c, i) =>
    Math.max(visibleWidth(c.header), ...all.map((r) => visibleWidth(r[i]!))),
  );
  const least = columns.map((c, i) =>
    Math.max(1, longestWord(c.header), ...all.map((r) => longestWord(r[i]!))),
  );
  if (least.reduce((a, b) => a + b, 0) > room)
    return blocks(columns, body, footer, indent, width) + after;

  // Water-filling: the columns that need least get all they need first.
  const widths = [...least];
  let left = room - widths.reduce((a, b) => a + b, 0);
  const order = columns
    .map((_, i) => i)
    .sort((a, b) => need[a]! - least[a]! - (need[b]! - least[b]!));
  order.forEach((col, k) => {
    const share = Math.floor(left / (order.length - k));
    const give = Math.min(need[col]! - widths[col]!, share);
    widths[col]! += give;
    left -= give;
  });

  const lines = (cells: readonly string[]): string[] => {
    const wrapped = columns.map((_, i) => wrapWords(cells[i] ?? '', widths[i]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    return Array.from(
      { length: height },
      (_, k) =>
        indent +
        columns
          .map((c, i) => pad(wrapped[i]![k] ?? '', widths[i]!, c.align ?? 'left'))
          .join('  ')
          .trimEnd(),
    );
  };
  const rule = indent + widths.map((w) => '─'.repeat(w)).join('  ');
  const bodyLines = body.map(lines);
  // Records that take more than one line are set apart by an empty line.
  const spaced = bodyLines.some((l) => l.length > 1);
  const out = [...lines(columns.map((c) => c.header)), rule];
  bodyLines.forEach((l, k) => {
    if (spaced && k > 0) out.push('');
    out.push(...l);
  });
  if (footer) out.push(rule, ...lines(footer));
  return out.join('\n') + '\n' + after;
}

/** The table at the width of its cells. */
function naturalTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  footer: readonly string[] | undefined,
  indent: string,
): { text: string; widest: number } {
  const all = footer ? [...rows, footer] : rows;
  const widths = columns.map((c, i) =>
    Math.max(visibleWidth(c.header), ...all.map((r) => visibleWidth(r[i] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    indent +
    columns
      .map((c, i) => pad(cells[i] ?? '', widths[i]!, c.align ?? 'left'))
      .join('  ')
      .trimEnd();
  const rule = indent + widths.map((w) => '─'.repeat(w)).join('  ');
  const out = [line(columns.map((c) => c.header)), rule, ...rows.map(line)];
  if (footer) out.push(rule, line(footer));
  return { text: out.join('\n') + '\n', widest: visibleWidth(rule) };
}

/**
 * Each record as a block: `header: value` of its first text column, then
 * (indented under it) the same for each other cell that is not empty, wrapped; blocks apart by an
 * empty line. A first cell indented (a child under a group) indents its block.
 */
function blocks(
  columns: readonly Column[],
  body: readonly (readonly string[])[],
  footer: readonly string[] | undefined,
  indent: string,
  width: number,
): string {
  const lines = (text: string, lead: string, hang: string): string[] => {
    const room = Math.max(1, width - visibleWidth(lead));
    const [first, ...rest] = wrapWords(text, room);
    const more = rest.length ? wrapWords(rest.join(' '), Math.max(1, room - hang.length)) : [];
    return [lead + first!, ...more.map((l) => lead + hang + l)];
  };
  // The title: the first column of text (not a number such as a rank).
  const at = Math.max(
    0,
    columns.findIndex((c) => c.align !== 'right'),
  );
  const block = (cells: readonly string[]): string[] => {
    const own = indent + /^ */.exec(cells[at] ?? '')![0];
    const title = (cells[at] ?? '').trim();
    const name = columns[at]!.header.trim();
    const head = title === '' ? [] : lines(name === '' ? title : `${name}: ${title}`, own, '  ');
    const fields = columns.flatMap((c, k) => {
      const value = k === at ? '' : (cells[k] ?? '').trim();
      if (value === '') return [];
      const label = c.header.trim() === '' ? '' : `${c.header.trim()}: `;
      return lines(label + value, title === '' ? own : `${own}  `, '  ');
    });
    return [...head, ...fields];
  };
  const records = [...body, ...(footer ? [footer] : [])].map(block);
  // No records: the headers, so that the reader still sees what the table holds.
  if (records.length === 0)
    records.push(lines(columns.map((c) => c.header).join('  '), indent, ''));
  return records.map((r) => r.join('\n')).join('\n\n') + '\n';
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
 * One CSV field per RFC 4180 (with the dialect's separator). Text cells go
 * through `csvText`: one that a spreadsheet would run as a formula is
 * prefixed with a quote.
 */
export function csvField(value: CsvCell, dialect: CsvDialect = RFC_CSV): string {
  if (value === null || value === undefined) return '';
  let s: string;
  if (typeof value === 'number' || value instanceof CsvFixed) s = csvNumber(value, dialect);
  // Text through the one rule for CSV text (./text.ts): a formula start gets a quote unless the
  // whole cell is a plain number; control characters show as escapes. Idempotent.
  else s = csvText(value);
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
