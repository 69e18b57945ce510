/**
 * What a cold start loads, read from the bundle graph (build-info/meta.json,
 * written by scripts/build.mjs). Speed itself is measured by `npm run bench`,
 * never asserted in a test; these tests hold the structure that makes it:
 * few files per run, and no heavy library on a command's usual path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

interface Output {
  imports: Array<{ path: string; kind: string; external?: boolean }>;
  inputs: Record<string, unknown>;
}
const meta = (): Record<string, Output> =>
  (
    JSON.parse(readFileSync(join(ROOT, 'build-info/meta.json'), 'utf8')) as {
      outputs: Record<string, Output>;
    }
  ).outputs;

/** The files a start loads before it runs: `entry` and what it imports statically. */
function loaded(outputs: Record<string, Output>, entry: string): string[] {
  const seen = new Set<string>();
  const walk = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const i of outputs[f]!.imports)
      if (i.kind === 'import-statement' && !i.external) walk(i.path);
  };
  walk(entry);
  return [...seen];
}

const packagesIn = (outputs: Record<string, Output>, files: string[]) =>
  new Set(
    files
      .flatMap((f) => Object.keys(outputs[f]!.inputs))
      .filter((p) => p.includes('node_modules/'))
      .map((p) => {
        const [scope, name] = p.split('node_modules/').pop()!.split('/');
        return scope!.startsWith('@') ? `${scope}/${name}` : scope!;
      }),
  );

/** Libraries that only some outputs need: loaded with `await import()` when they are. */
const HEAVY = [
  'exceljs',
  'docx',
  'jszip',
  'cli-progress',
  'marked',
  'marked-terminal',
  'highlight.js',
  '@inquirer/prompts',
  '@inquirer/core',
  'chalk',
  // Not heavy, but most runs never need it: the plain reader reads most files, and
  // src/lib/yaml-full.ts loads yaml when a reading needs it.
  'yaml',
];

describe('start-up (bundle graph)', () => {
  it('`inkoop --help` loads one file: commander and the runtime', () => {
    const outputs = meta();
    const files = loaded(outputs, 'dist/cli.js');
    expect([...packagesIn(outputs, files)]).toEqual(['commander']);
    expect(files.length).toBeLessThanOrEqual(2);
  });

  for (const command of ['show', 'tco', 'score']) {
    it(`\`inkoop ${command}\` loads a few files and no heavy library`, () => {
      const outputs = meta();
      const files = loaded(outputs, `dist/commands/${command}.js`);
      const heavy = [...packagesIn(outputs, files)].filter((p) => HEAVY.includes(p));
      expect(heavy).toEqual([]);
      // The command's own file (scripts/build.mjs builds each command as one layer), and
      // at most a chunk it shares with the packages it loads later.
      expect(files.length).toBeLessThanOrEqual(2);
      // The runtime (errors, the language, the output queue) is imported from dist/cli.js,
      // never bundled a second time.
      const runtime = files.flatMap((f) => Object.keys(outputs[f]!.inputs));
      expect(
        runtime.filter((p) => /^src\/(i18n\/index|lib\/errors|lib\/signals)\.ts$/.test(p)),
      ).toEqual([]);
    });
  }

  it('makes no Intl object at load: string-width makes its segmenter on first use', () => {
    // The first Intl object of a process loads ICU's data (8 to 11 ms, docs/speed.md);
    // scripts/build.mjs (lazySegmenter) moves string-width's segmenter out of its load.
    const files = readdirSync(join(ROOT, 'dist'), { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.js'),
    );
    let made = 0;
    for (const f of files) {
      const code = readFileSync(join(ROOT, 'dist', f), 'utf8');
      for (const m of code.matchAll(/(.{4})new Intl\.Segmenter/g)) {
        made += 1;
        expect(m[1], f).toMatch(/\?\?=\s*$/);
      }
    }
    expect(made).toBeGreaterThan(0);
  });
});
