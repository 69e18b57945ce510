// Fetches an official Node binary of another major version from the npm
// registry: the node-<platform>-<arch> packages are what the `node` package
// installs, a tarball with package/bin/node. Used by .ci/run (the tests on
// Node 22 and 24) and by `npm run bench` (cold starts on Node 24).
//
//   node scripts/fetch-node.mjs <major> <folder>
//
// prints the bin folder holding that node (to put first on PATH). A folder
// that already holds it is reused.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bin folder of Node `major` under `folder`, fetched when not there yet. */
export function fetchNode(major, folder) {
  const dir = resolve(folder, `node-${major}`);
  const bin = join(dir, 'package', 'bin');
  if (existsSync(join(bin, 'node'))) return bin;
  if (process.platform === 'win32') throw new Error('fetch-node: not for Windows');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const spec = `node-${process.platform}-${process.arch}@${major}`;
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', spec, '--json', '--pack-destination', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  execFileSync('tar', ['-xzf', join(dir, filename), '-C', dir]);
  rmSync(join(dir, filename));
  return bin;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [major, folder] = process.argv.slice(2);
  if (!/^\d+$/.test(major ?? '') || !folder) {
    console.error('usage: node scripts/fetch-node.mjs <major> <folder>');
    process.exit(2);
  }
  console.log(fetchNode(major, folder));
}
