/**
 * Every command's terminal output fits 60, 80, 100 and 120 columns: no line
 * wider than the width (measured with string-width) except a line holding
 * nothing but one URL, and no word broken or lost (the words of the fitted
 * output against those of the same output unwrapped). Width from COLUMNS
 * here (standard output is a pipe); test/e2e/terminal-pty.test.ts runs the
 * same under a pseudo-terminal, where the terminal's own width counts.
 */
import { execFileSync } from 'node:child_process';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inkoop, tempDir } from '../helpers.js';
import { commands, tooWide, WIDTHS, wordDiff, halfStrategy } from '../terminal-helpers.js';

let dir: string;
let cleanup: () => void;
let strategy: string;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  strategy = await halfStrategy(dir);
});
afterAll(() => cleanup());

describe('text output fits COLUMNS', () => {
  test.each(commands('STRATEGY').map((c) => [c.join(' '), c]))('%s', async (_name, args) => {
    const argv = args.map((a) => (a === 'STRATEGY' ? strategy : a));
    const plain = await inkoop(argv, { env: { COLUMNS: '' } });
    expect(plain.exitCode, plain.stderr).toBeLessThan(2);
    for (const width of WIDTHS) {
      const r = await inkoop(argv, { env: { COLUMNS: String(width) } });
      expect(r.exitCode).toBe(plain.exitCode);
      expect(tooWide(r.stdout, width), `${width} columns`).toEqual([]);
      expect(wordDiff(r.stdout, plain.stdout), `${width} columns`).toEqual({
        broken: [],
        lost: [],
      });
    }
  });

  test('without COLUMNS output that is not for a terminal is not wrapped', async () => {
    const r = await inkoop(['principles'], { env: { COLUMNS: '' } });
    expect(r.stdout).toContain('https://minbzk.github.io/NeRDS/principes/gebruikersbehoeften/');
    expect(Math.max(...r.stdout.split('\n').map((l) => stringWidth(l)))).toBeGreaterThan(100);
  });

  test('a narrow table shrinks: long URLs become numbered references below it', async () => {
    const r = await inkoop(['tools', 'inkoop'], { env: { COLUMNS: '80' } });
    expect(r.stdout).toMatch(/\[1\]\n/);
    expect(r.stdout).toMatch(/^\[1\] https:\/\/www\.pianoo\.nl\/\S+$/m);
  });

  test('below the width a table needs, each record is a block', async () => {
    const r = await inkoop(['criteria', '--lang', 'en'], { env: { COLUMNS: '40' } });
    expect(r.stdout).toContain('Technical suitability\n  Id: technisch\n');
  });

  test('a terminal narrower than 20 columns is laid out at 20', async () => {
    const r = await inkoop(['termijn', '2026-04-20'], { env: { COLUMNS: '5' } });
    expect(tooWide(r.stdout, 20)).toEqual([]);
  });
});

// Guards against a silent pass: the unwrapped output really is wider than 60 columns.
test('the commands above do print lines wider than 60 columns when not wrapped', () => {
  const out = execFileSync(process.execPath, ['bin/inkoop.js', 'scaffold', '--list'], {
    env: { ...process.env, COLUMNS: '', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  expect(tooWide(out, 60).length).toBeGreaterThan(0);
});
