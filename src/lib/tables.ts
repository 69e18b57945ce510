/**
 * Tables and other output formats shared by every command: aligned text tables, Markdown
 * tables, CSV and JSON. Pure string builders; commands decide where the
 * text goes.
 */
import { t } from '../i18n/index.js';
import { UserError } from './errors.js';
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

/** One CSV field per RFC 4180. Cells that a spreadsheet would run as a formula are prefixed with a quote. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text with CRLF line ends, as RFC 4180 asks. */
export function csv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Stable, pretty JSON with a final newline. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
