/**
 * A costs file whose names carry terminal escapes, bidi overrides, Markdown,
 * HTML and spreadsheet formulas, run through the built CLI in every format:
 * the bytes on stdout and stderr show the names, never act on them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { inkoop, tempDir } from '../helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const EVIL_OPTION =
  '=HYPERLINK("https://evil.example")\u001b[2J\u001b]8;;https://evil.example\u0007x';
const EVIL_ITEM = '<img src=x onerror=alert(1)>\n| broken | table |\u202eexe.txt';
const costs = join(tmp.dir, 'costs.yaml');
writeFileSync(
  costs,
  stringify({
    title: '[click](https://evil.example) <script>alert(1)</script>',
    years: 3,
    authority: 'centraal',
    options: [
      {
        name: EVIL_OPTION,
        description: '\u001b[31mred\u001b[0m',
        costs: [
          { name: EVIL_ITEM, amount: 100, every: 'year' },
          { name: '@SUM(A1:A9)', amount: 10, year: 3 },
        ],
      },
      { name: '-2+3', costs: [{ name: 'plain', amount: 50, every: 'year' }] },
    ],
  }),
);
const run = (...args: string[]) => inkoop(['tco', costs, '--date', '2026-11-23', ...args]);
const ESC = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('names from a costs file in every format of inkoop tco, through the CLI', () => {
  it('table and --detail: control characters shown as \\x1b and \\u202e, never sent raw', async () => {
    for (const r of [await run(), await run('--detail', '--lang', 'en')]) {
      expect(r.exitCode).toBe(0);
      expect(r.stdout.replace(/\n/g, '')).not.toMatch(ESC);
      expect(r.stdout).toContain('\\x1b[2J\\x1b]8;;https://evil.example\\x07x');
    }
    expect((await run('--detail')).stdout).toContain('\\u202eexe.txt');
  });

  it('warnings on stderr that quote a name are safe too', async () => {
    const r = await run('--years', '2', '--format', 'json');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('waarschuwing: ');
    expect(r.stderr.replace(/\n/g, '')).not.toMatch(ESC);
    expect(r.stderr).toContain('\\x1b[2J');
  });

  it('Markdown: rendered, no element, link or image comes from a name; tables stay whole', async () => {
    const r = await run('--format', 'markdown', '--detail');
    expect(r.exitCode).toBe(0);
    const html = marked.parse(r.stdout, { async: false });
    expect(html).not.toMatch(/<(a|img|script)\b/);
    expect(r.stdout.replace(/\n/g, '')).not.toMatch(ESC);
    for (const table of r.stdout.split(/\n\n/).filter((b) => b.startsWith('|'))) {
      const widths = table
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(/(?<!\\)\|/).length);
      expect(new Set(widths).size).toBe(1);
    }
  });

  it('CSV: a name that a spreadsheet would run is neutralised; amounts stay numbers', async () => {
    const out = (await run('--format', 'csv', '--lang', 'en')).stdout;
    expect(out).not.toMatch(/[\u001b\u0007]/);
    const plain = out.split('\r\n');
    expect(plain).toContain(
      // Control characters shown as escapes: CSV often goes to a terminal.
      '"\'=HYPERLINK(""https://evil.example"")\\x1b[2J\\x1b]8;;https://evil.example\\x07x",2,1,100.00,100.00',
    );
    expect(plain).toContain("'-2+3,1,1,50.00,50.00");
    const detail = (await run('--format', 'csv', '--detail', '--lang', 'en')).stdout;
    expect(detail).toContain("'@SUM(A1:A9)");
  });

  it('HTML: everything escaped, no script', async () => {
    const r = await run('--format', 'html');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toMatch(/<script|<img/);
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
