/**
 * Pieces of hostile text and the checks the escaping property tests share
 * (score, tco): what a name from an input file may hold, and how a report
 * is searched for anything that came through live.
 */
import fc from 'fast-check';

/** Syntax of every output format, control and bidi characters, formula starters. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!--',
  '[link](https://evil.example)',
  '![image](https://evil.example/x.png)',
  '[ref]: https://evil.example',
  'https://evil.example',
  'www.evil.example',
  'mail@evil.example',
  'javascript:alert(1)',
  '|',
  '| --- |',
  '\n',
  '\r\n',
  '\n\n# heading\n',
  '\n- item',
  '\n1. item',
  '\n> quote',
  '\n    code',
  '```',
  '~~~',
  '---',
  '***',
  '**bold**',
  '_em_',
  '~~del~~',
  '`code`',
  '\\',
  '&amp;',
  '&#60;b&#62;',
  '\u001b[31m',
  '\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007',
  '\u0007',
  '\u009b31m',
  '\u202e',
  '\u2066',
  '\u200b',
  '\ufeff',
  '\u0000',
  '=1+2',
  '+1',
  '-1+2',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  '"',
  ',',
  "'",
  '#',
  '1. ',
  '{{x}}',
  '  ',
];

/** A name: pieces of hostile syntax and any Unicode, with something left after trimming. */
export const hostileName = (maxLength: number) =>
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 6 })), {
      minLength: 1,
      maxLength,
    })
    .map((parts) => parts.join(''))
    .filter((s) => s.trim().length > 0);

/** The element names in an HTML text. */
export const tags = (html: string) =>
  [...html.matchAll(/<([A-Za-z][A-Za-z0-9-]*)/g)].map((m) => m[1]);

export const UNSAFE_TERMINAL =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/** RFC 4180 fields of a CSV text. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}
