/**
 * The same commands under a pseudo-terminal (util-linux `script`), where
 * standard output is a terminal and its own width counts (COLUMNS is unset):
 * no line wider than the terminal, no word broken or lost, colour codes
 * taking no room. And progress on stderr only when stderr is a terminal.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BIN, inkoop, ROOT, tempDir } from '../helpers.js';
import { commands, tooWide, WIDTHS, wordDiff, halfStrategy } from '../terminal-helpers.js';

const hasScript = spawnSync('script', ['--version']).status === 0;

/** Runs inkoop with its output on a terminal `cols` wide; returns what the terminal received. */
function onTerminal(
  args: string[],
  cols: number,
  env: Record<string, string> = {},
  stderr: 'terminal' | 'dropped' = 'dropped',
): string {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`);
  // Notes on stderr are not wrapped (docs/terminal.md): left out where the layout is checked.
  const drop = stderr === 'dropped' ? ' 2>/dev/null' : '';
  const run = spawnSync(
    'script',
    ['-qfec', `stty cols ${cols} rows 50; exec ${quoted.join(' ')}${drop}`, '/dev/null'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        COLUMNS: '',
        LINES: '',
        CI: '',
        NO_COLOR: '',
        FORCE_COLOR: '',
        INKOOP_LANG: '',
        TERM: 'xterm-256color',
        ...env,
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  // The terminal turns \n into \r\n.
  return run.stdout.replace(/\r\n/g, '\n');
}

let dir: string;
let cleanup: () => void;
let strategy: string;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  strategy = await halfStrategy(dir);
});
afterAll(() => cleanup());

describe.skipIf(!hasScript)('text output on a terminal fits its width', () => {
  test.each(commands('STRATEGY').map((c) => [c.join(' '), c]))('%s', async (_name, args) => {
    const argv = args.map((a) => (a === 'STRATEGY' ? strategy : a));
    const plain = await inkoop(argv, { env: { COLUMNS: '' } });
    for (const width of WIDTHS) {
      const out = onTerminal(argv, width);
      expect(tooWide(out, width), `${width} columns`).toEqual([]);
      expect(wordDiff(out, plain.stdout), `${width} columns`).toEqual({ broken: [], lost: [] });
    }
  });

  test('the terminal width wins over COLUMNS', () => {
    const out = onTerminal(['principles'], 60, { COLUMNS: '200' });
    expect(tooWide(out, 60)).toEqual([]);
    expect(out).toContain('[1] https://');
  });
});

describe.skipIf(!hasScript)('progress on stderr', () => {
  test('a design run shows a bar on a terminal and removes it when done', () => {
    const out = onTerminal(
      ['design', 'examples/tender.yaml', '--runs', '2000', '--format', 'json'],
      80,
      {},
      'terminal',
    );
    expect(out).toMatch(/Simuleren [=-]+ \d+% \d+\/2000/);
    // What is left on the screen is the JSON (the bar line was cleared).
    expect(out).toContain('"runs": 2000');
  });

  test('nothing when standard error is not a terminal, or in CI', async () => {
    const piped = await inkoop(['design', 'examples/tender.yaml', '--runs', '2000'], {
      env: { CI: '' },
    });
    expect(piped.stderr).not.toMatch(/Simuleren|%/);
    const ci = onTerminal(
      ['design', 'examples/tender.yaml', '--runs', '2000'],
      80,
      { CI: 'true' },
      'terminal',
    );
    expect(ci).not.toContain('Simuleren');
  });

  test('robustness and award letters show a bar too', () => {
    const score = onTerminal(
      ['score', 'examples/tender.yaml', '--robustness', '--format', 'json'],
      80,
      {},
      'terminal',
    );
    expect(score).toMatch(/Robuustheid [=-]+ \d+%/);
    const out = join(dir, 'award');
    const award = onTerminal(
      ['award', 'examples/award/tender.yaml', '--out', out, '--date', '2026-03-02'],
      80,
      {},
      'terminal',
    );
    expect(award).toMatch(/Brieven en rapport [=-]+ \d+%/);
  });
});
