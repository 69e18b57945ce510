/**
 * How wide the run's text output may be, and text fitted to that width. One
 * rule for every command (docs/terminal.md):
 * - standard output is a terminal: its width (`process.stdout.columns`),
 *   else `COLUMNS`, else 80;
 * - not a terminal (a pipe, a file): not wrapped, unless `COLUMNS` is set.
 * cli.ts works the width out once (`setOutputWidth`); text tables
 * (./tables.ts) and `emitText` (./output.ts) fit themselves to it. Widths
 * are measured with string-width, which knows East Asian wide characters,
 * emoji and combining marks; words and URLs are never broken.
 */
import stringWidth from 'string-width';
import { outputWidth } from './columns.js';

export { MIN_WIDTH, outputWidth, outputWidthFor, setOutputWidth } from './columns.js';

const ANSI = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
// Characters each one column wide (printable ASCII, Latin, Greek, Cyrillic, box drawing).
const SIMPLE =
  /^[\u0020-\u007e\u00a0-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u257f\u20ac]*$/;

/** Columns a string takes on a terminal: ANSI codes take none, wide characters two. */
export function displayWidth(s: string): number {
  const plain = s.includes('\u001b') ? s.replace(ANSI, '') : s;
  return SIMPLE.test(plain) ? plain.length : stringWidth(plain);
}

/** A line holding nothing but one URL, optionally after a reference mark such as `[1]`. */
export function isUrlLine(line: string): boolean {
  return /^\s*(?:\[\d+\]\s+)?[(<]?(?:https?|ftp|mailto):[^\s()<>]+[)>]?[.,;:]?\s*$/.test(
    line.replace(ANSI, ''),
  );
}

/** A word that is a URL (links become references when a table does not fit). */
export function isUrl(word: string): boolean {
  return /^(?:https?|ftp):\/\/\S+$/.test(word.replace(ANSI, ''));
}

/**
 * Words (split at spaces) laid out in lines of at most `width` columns; a
 * word wider than that stands alone on its line, unbroken. Runs of spaces
 * inside a line are kept; spaces at a break are dropped.
 */
export function wrapWords(text: string, width: number): string[] {
  // Leading spaces are kept, on every line (an indented item stays indented).
  const indent = /^ */.exec(text)![0];
  const room = Math.max(1, width - indent.length);
  const parts = text.slice(indent.length).split(/( +)/);
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i]!;
    const space = parts[i - 1] ?? '';
    if (word === '') continue;
    const w = displayWidth(word);
    if (line !== '' && lineWidth + space.length + w > room) {
      lines.push(line);
      line = word;
      lineWidth = w;
    } else {
      lineWidth += (line === '' ? 0 : space.length) + w;
      line = line === '' ? word : line + space + word;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines.map((l) => indent + l);
}

// A list mark at the start of a line: continuation lines are indented past it.
const MARK = /^(\s*)((?:[-*•·✓✗✔✘!?→]|\d{1,3}[.)]|\[\d{1,3}\]|\(\d{1,3}\))\s+)?/;

/**
 * One line fitted to `width`: wrapped at spaces, continuation lines indented
 * like the line (and past a list mark such as `-`, `1.` or `[1]`). A line that
 * fits, or holds nothing but one URL, is left as it is.
 */
export function fitLine(line: string, width: number): string {
  if (displayWidth(line) <= width || isUrlLine(line)) return line;
  const m = MARK.exec(line.replace(ANSI, ''))!;
  const indent = m[1]!.length;
  const lead = indent + (m[2] ? displayWidth(m[2]) : 0);
  // The lead itself as it appears in the line (it may hold colour codes: keep them).
  const head = takeColumns(line, lead);
  const rest = line.slice(head.length);
  // A lead so wide that little room is left: continue at the line's own indent.
  const hang = width - lead >= Math.min(20, width / 2) ? lead : indent;
  const pad = ' '.repeat(hang);
  const first = wrapWords(rest, width - lead);
  const restText = first.slice(1).join(' ');
  const more = restText === '' ? [] : wrapWords(restText, width - hang);
  return [head + first[0], ...more.map((l) => pad + l)].join('\n');
}

/** The start of `line` that covers `columns` visible columns (ANSI codes kept). */
function takeColumns(line: string, columns: number): string {
  let i = 0;
  let seen = 0;
  while (i < line.length && seen < columns) {
    if (line[i] === '\u001b') {
      ANSI.lastIndex = 0;
      const m = new RegExp(ANSI.source, 'y');
      m.lastIndex = i;
      const hit = m.exec(line);
      if (hit) {
        i += hit[0].length;
        continue;
      }
    }
    const ch = String.fromCodePoint(line.codePointAt(i)!);
    i += ch.length;
    seen += displayWidth(ch);
  }
  return line.slice(0, i);
}

/** Every line of a text fitted to `width` (see fitLine); without a width, the text as it is. */
export function fitText(text: string, width: number | undefined = outputWidth()): string {
  if (width === undefined) return text;
  return text
    .split('\n')
    .map((l) => fitLine(l, width))
    .join('\n');
}
