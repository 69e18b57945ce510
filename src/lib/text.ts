import { displayWidth as visibleWidth } from './width.js';

/**
 * Text from input files, made safe for where it goes. Names, motivations
 * and other user text pass through one of these on their way to a
 * terminal, Markdown or CSV, so that no escape sequence, markup, link or
 * formula can come from an input file. (HTML has its own escaping in
 * ./html.ts; JSON needs none: JSON.stringify escapes control characters.)
 */

/** Control characters that must never reach a terminal raw. */
// C0 controls except tab and newline, DEL, C1 controls, and the Unicode
// bidirectional and invisible formatting characters (Trojan Source, CVE-2021-42574).
const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

function visible(ch: string): string {
  const code = ch.codePointAt(0)!;
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Shows control characters as visible escapes: ESC becomes `\x1b`, U+202E
 * becomes `\u202e`. Tabs and newlines stay, a lone CR does not.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** Line breaks (and tabs) as single spaces: for names in tables, lists and one-line messages. */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ');
}

/** A name or other short text from input, for a terminal line or a message on stderr. */
export function inlineSafe(text: string): string {
  return terminalSafe(oneLine(text));
}

/**
 * A short excerpt of text from an input file for a message: made safe with
 * inlineSafe and cut to at most `max` characters (ending in "..."), so that
 * a message never echoes more of a file than that.
 */
export function excerpt(text: string, max = 40): string {
  const safe = inlineSafe(text);
  return safe.length > max ? `${safe.slice(0, max - 3)}...` : safe;
}

/**
 * Inline text for Markdown: every character that could start markup,
 * a link, an image, an autolink, an HTML element or entity, or a table
 * break is escaped, line breaks become spaces, and control characters are
 * shown as escapes. Rendered (CommonMark, GFM, marked) it reads as written.
 */
export function mdText(text: string): string {
  return (
    inlineSafe(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_{}[\]()#+!|~@])/g, '\\$1')
      // Autolinks (GFM extended: scheme:, www., bare e-mail addresses).
      .replace(/([A-Za-z0-9]):/g, '$1\\:')
      .replace(/(^|[^A-Za-z0-9])(www)\./gi, '$1$2\\.')
      // Block markers at the start: a list item, an ordered item, a heading
      // or a code block made of indentation.
      .replace(/^\s+/, '')
      .replace(/^([-+])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** Text for a Markdown table cell: as mdText (which already escapes `|`). */
export function mdCell(text: string): string {
  return mdText(text);
}

/**
 * Text for a CSV cell that a spreadsheet must not run: a cell that starts
 * with `=`, `+`, `-`, `@`, a tab or a CR gets a leading apostrophe (the
 * OWASP CSV injection rule), unless it is a plain number such as `-12.5`.
 */
export function csvText(text: string): string {
  // Control characters are shown as escapes too: CSV often goes to a terminal.
  const safe = terminalSafe(text);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(?:[.,]\d+)?$/.test(text)) return `'${safe}`;
  return safe;
}

/** "a, b and c" (en) or "a, b en c" (nl). */
export function listJoin(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/**
 * JSON text (from JSON.stringify, which escapes only C0 controls) with every
 * other control, bidirectional or invisible formatting character written as
 * a `\uXXXX` escape: the same data, and nothing a terminal would act on.
 */
export function jsonSafe(jsonText: string): string {
  return jsonText.replace(UNSAFE, (ch) => `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/**
 * Words joined with spaces, a new line (starting with `indent`) begun before
 * a word that would pass `width` columns; the first line starts with
 * `first`. A string is split at its spaces; a list keeps each item whole.
 * Without a width, the words on one line.
 */
export function wrap(
  words: string | readonly string[],
  width: number | undefined,
  indent = '',
  first = indent,
): string {
  const list = typeof words === 'string' ? words.split(' ') : words;
  if (width === undefined) return first + list.join(' ');
  const lines: string[] = [];
  let line = '';
  let lead = first;
  for (const word of list) {
    if (line && visibleWidth(lead + line + ' ' + word) > width) {
      lines.push(lead + line);
      line = word;
      lead = indent;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(lead + line);
  return lines.join('\n');
}

/** A file-name slug: lower case letters, digits and hyphens, at most 60 characters ("Café Noël B.V." -> "cafe-noel-b-v"); `fallback` when nothing is left. */
export function slug(name: string, fallback: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || fallback;
}
