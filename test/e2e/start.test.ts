/**
 * The two ways `inkoop` starts (bin/code-cache.js): the one-file build with
 * a V8 code cache, and the ES module build when there is no cache for this
 * V8 or INKOOP_COMPILE_CACHE=0. Both must behave the same, byte for byte,
 * and a cache that does not fit must never break a run.
 */
import { cpSync, existsSync, readdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheFile, loadCached } from '../../bin/code-cache.js';
import { inkoop, ROOT, tempDir } from '../helpers.js';

const dist = join(ROOT, 'dist');

const runs: string[][] = [
  ['--help'],
  ['--version'],
  ['show', '--role', 'jurist'],
  ['show', '--role', 'jurist', '--format', 'terminal', '--lang', 'en'],
  ['tco', 'examples/costs.yaml', '--format', 'json'],
  ['tco', 'examples/costs.yaml', '--detail'],
  ['score', 'examples/tender.yaml', '--format', 'json', '--explain'],
  ['score', 'examples/tender.yaml', '--fail-under', '99'],
  ['score', 'examples/tender/'],
  ['tco', 'no-such-file.yaml'],
  ['bogus-command'],
];

describe('code cache', () => {
  it('the build made a cache for this V8', () => {
    expect(existsSync(cacheFile(dist))).toBe(true);
  });

  it('is not used when INKOOP_COMPILE_CACHE=0', () => {
    const before = process.env.INKOOP_COMPILE_CACHE;
    process.env.INKOOP_COMPILE_CACHE = '0';
    try {
      expect(loadCached(dist)).toBeNull();
    } finally {
      if (before === undefined) delete process.env.INKOOP_COMPILE_CACHE;
      else process.env.INKOOP_COMPILE_CACHE = before;
    }
  });

  it('gives the CLI entry when the cache is there', () => {
    const cli = loadCached(dist) as { main?: unknown } | null;
    expect(typeof cli?.main).toBe('function');
  });

  it.each(runs.map((args) => [args.join(' '), args]))(
    '`inkoop %s` is the same with and without the cache',
    async (_name, args) => {
      const fast = await inkoop(args, { cwd: ROOT });
      const plain = await inkoop(args, { cwd: ROOT, env: { INKOOP_COMPILE_CACHE: '0' } });
      expect(fast).toEqual(plain);
    },
  );
});

describe('a cache that does not fit', () => {
  let root: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir: root, cleanup } = tempDir());
    // A copy of the package: its own bin/ and dist/, the rest linked.
    cpSync(join(ROOT, 'bin'), join(root, 'bin'), { recursive: true });
    cpSync(dist, join(root, 'dist'), { recursive: true });
    for (const name of ['package.json', 'content', 'templates', 'examples', 'node_modules'])
      symlinkSync(join(ROOT, name), join(root, name));
  });
  afterAll(() => cleanup());

  const run = (args: string[]) => inkoop(args, { cwd: ROOT, bin: join(root, 'bin', 'inkoop.js') });

  it('a damaged cache is refused by V8 and the file is compiled from source', async () => {
    writeFileSync(cacheFile(join(root, 'dist')), Buffer.alloc(4096, 7));
    const args = ['tco', 'examples/costs.yaml', '--format', 'json'];
    const [damaged, good] = await Promise.all([run(args), inkoop(args, { cwd: ROOT })]);
    expect(damaged).toEqual(good);
    expect(damaged.exitCode).toBe(0);
  });

  it('a cache made by another V8 is not read, and the ES module build runs', async () => {
    const mine = cacheFile(join(root, 'dist'));
    renameSync(mine, join(root, 'dist', 'cli.v8-0.0.0-other.cache'));
    expect(readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.cache'))).toEqual([
      'cli.v8-0.0.0-other.cache',
    ]);
    expect(loadCached(join(root, 'dist'))).toBeNull();
    const args = ['score', 'examples/tender.yaml', '--format', 'json'];
    const [other, good] = await Promise.all([run(args), inkoop(args, { cwd: ROOT })]);
    expect(other).toEqual(good);
  });
});
