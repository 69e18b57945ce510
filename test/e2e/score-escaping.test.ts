/**
 * Hostile names in a tender file, end to end: `inkoop score` in every format
 * (and --explain, --robustness, the messages of --fail-under and
 * --fail-if-fragile on stderr), `inkoop criteria` and `inkoop design` never
 * pass an escape sequence, markup, a link or a formula through. The pure
 * renderers are property-tested in test/property/score-escaping.property.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { afterAll, describe, expect, it } from 'vitest';
import { inkoop, tempDir } from '../helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const ESC = '\u001b';
const OSC8 = `${ESC}]8;;https://evil.example\u0007click${ESC}]8;;\u0007`;
const RED = `${ESC}[31m`;

/** The names, written as YAML double-quoted strings (which can hold any character). */
const A = `A ${RED}red${OSC8} \u202eevil`;
const B = '=HYPERLINK("https://evil.example")';
const C = '<img src=x onerror=alert(1)> [x](https://evil.example)';
const D = '| broken | table |\n- item';
const CRIT = '**bold** <script>alert(1)</script>';
const KNOCKOUT = `@SUM(1) ${ESC}[2J`;

const TENDER = join(tmp.dir, 'tender.yaml');
writeFileSync(
  TENDER,
  `title: ${JSON.stringify(`Tender ${RED}${OSC8}`)}
criteria:
  - { id: q1, name: ${JSON.stringify(CRIT)}, weight: 30 }
  - { id: q2, name: Q2, weight: 20 }
  - { id: price, name: Prijs, weight: 50, price: true }
knockouts: [${JSON.stringify(KNOCKOUT)}]
price: { method: relative, budget: 400 }
bids:
  - { vendor: ${JSON.stringify(A)}, price: 100, knockouts: { ${JSON.stringify(KNOCKOUT)}: true }, scores: { q1: 5, q2: [2, 9, 5] } }
  - { vendor: ${JSON.stringify(B)}, price: 200, knockouts: { ${JSON.stringify(KNOCKOUT)}: true }, scores: { q1: 10, q2: 10 } }
  - { vendor: ${JSON.stringify(C)}, price: 150, knockouts: { ${JSON.stringify(KNOCKOUT)}: false }, scores: { q1: 1, q2: 1 } }
  - { vendor: ${JSON.stringify(D)}, price: 500, knockouts: { ${JSON.stringify(KNOCKOUT)}: true }, scores: { q1: 9, q2: 9 } }
`,
);

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

function terminalSafe(text: string): void {
  expect(text).not.toContain(ESC);
  expect(text.replace(/\n/g, '')).not.toMatch(UNSAFE);
}

describe('hostile names in a tender file', () => {
  it('the terminal report, --explain and --robustness: no control character reaches the terminal', async () => {
    const r = await inkoop(['score', TENDER, '--explain', '--robustness']);
    expect(r.exitCode).toBe(0);
    terminalSafe(r.stdout);
    expect(r.stdout).toContain('A \\x1b[31mred\\x1b]8;;https://evil.example\\x07click');
    expect(r.stdout).toContain('\\u202eevil');
    terminalSafe(r.stderr);
  });

  it('messages on stderr that quote a name show it safely', async () => {
    const under = await inkoop(['score', TENDER, '--fail-under', '99']);
    expect(under.exitCode).toBe(1);
    terminalSafe(under.stderr);
    expect(under.stderr).toContain('\\x1b[31mred');
    const fragile = await inkoop(['score', TENDER, '--fail-if-fragile', '--lang', 'en']);
    expect(fragile.exitCode).toBe(1);
    terminalSafe(fragile.stderr);
    expect(fragile.stderr).toContain('the outcome is fragile');
  });

  it('Markdown: no element, link, image or broken table from a name', async () => {
    const r = await inkoop(['score', TENDER, '--format', 'markdown', '--explain', '--robustness']);
    expect(r.exitCode).toBe(0);
    const html = marked.parse(r.stdout, { async: false, gfm: true });
    expect(html).not.toMatch(/<(a|img|script)\b/);
    expect(html).not.toMatch(/<strong>bold<\/strong>/);
    expect(r.stdout).not.toContain(ESC);
    // The ranking table keeps its columns: rank, vendor, price, two groups... and the total.
    const lines = r.stdout.split('\n');
    const start = lines.findIndex((l) => l.startsWith('| Rang'));
    const table = lines.slice(start, lines.indexOf('', start));
    const cells = (l: string) => l.split(/(?<!\\)\|/).length;
    expect(table.length).toBe(2 + 2);
    for (const line of table) expect(cells(line)).toBe(cells(table[0]!));
  });

  it('JSON: the names exactly as written, with no raw control or bidi character in the text', async () => {
    const r = await inkoop(['score', TENDER, '--format', 'json', '--robustness']);
    expect(r.exitCode).toBe(0);
    terminalSafe(r.stdout);
    const j = JSON.parse(r.stdout);
    expect(j.bids.map((b: { vendor: string }) => b.vendor).sort()).toEqual([A, B, C, D].sort());
    expect(j.winner).toBe(A);
  });

  it('CSV: no text cell starts a formula; numbers stay numbers', async () => {
    const r = await inkoop(['score', TENDER, '--format', 'csv', '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(`\r\n"'=HYPERLINK(""https://evil.example"")",2,`);
    const nl = await inkoop(['score', TENDER, '--format', 'csv']);
    expect(nl.stdout).toContain(`\r\n"'=HYPERLINK(""https://evil.example"")";2;75;nee;;200,00;`);
    expect(nl.stdout).toContain(';ja;knock-out niet gehaald: @SUM(1) \\x1b[2J;150,00;');
    expect(nl.stdout).not.toMatch(/(^|;|\r\n)"?[=+@]/);
    const robust = await inkoop([
      'score',
      TENDER,
      '--format',
      'csv',
      '--robustness',
      '--lang',
      'en',
    ]);
    expect(robust.stdout).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
    expect(robust.stdout).not.toMatch(/(^|,|\r\n)"?=/);
  });

  it('criteria and design show the names and the title safely', async () => {
    const text = await inkoop(['criteria', TENDER]);
    expect(text.exitCode).toBe(0);
    terminalSafe(text.stdout);
    const md = await inkoop(['criteria', TENDER, '--format', 'markdown']);
    expect(marked.parse(md.stdout, { async: false })).not.toMatch(/<(script|strong>bold)/);
    const design = await inkoop(['design', TENDER, '--runs', '5']);
    expect(design.exitCode).toBe(0);
    terminalSafe(design.stdout);
    terminalSafe(design.stderr);
    const designMd = await inkoop(['design', TENDER, '--runs', '5', '--format', 'markdown']);
    expect(marked.parse(designMd.stdout, { async: false })).not.toMatch(/<a\b/);
  });
});
