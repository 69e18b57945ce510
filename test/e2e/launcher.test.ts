/**
 * bin/inkoop.js switches on Node's compile cache where Node has one
 * (module.enableCompileCache, Node 22.8 and later), and a run from that
 * cache behaves exactly like the first. On Node 20 there is none and the
 * same bundle runs without it.
 */
import { existsSync, readdirSync } from 'node:fs';
import module from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inkoop, ROOT, tempDir } from '../helpers.js';

const { dir, cleanup } = tempDir();
afterAll(() => cleanup());

// Only the variables a run needs, so NODE_COMPILE_CACHE from outside cannot
// switch the cache on by itself: the cache then goes to Node's default place,
// node-compile-cache in the temporary folder (TMPDIR).
const run = (args: string[]) =>
  inkoop(args, {
    cwd: ROOT,
    extendEnv: false,
    env: { PATH: process.env.PATH ?? '', TMPDIR: dir, FORCE_COLOR: '0' },
  });

describe('launcher', () => {
  const hasCache =
    typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

  it(`${hasCache ? 'fills' : 'runs without'} a compile cache on Node ${process.version}`, async () => {
    const first = await run(['tco', 'examples/costs.yaml', '--format', 'json']);
    expect(first.exitCode).toBe(0);
    expect(first.stderr).toBe('');
    const cache = join(dir, 'node-compile-cache');
    if (hasCache) expect(readdirSync(cache, { recursive: true }).length).toBeGreaterThan(0);
    else expect(existsSync(cache)).toBe(false);
    // The second run reads the cache (where there is one) and gives the same result.
    expect(await run(['tco', 'examples/costs.yaml', '--format', 'json'])).toEqual(first);
  });
});
