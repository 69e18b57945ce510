// Makes the V8 code cache for <dist>/cli.cjs (see bin/code-cache.js): runs
// the commands people run most, on the bundled examples, in one process, so
// that every function they call has been compiled, then writes the cache.
// Output is thrown away by the build; a failing command fails the training.
import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cacheFile, compileCli } from '../bin/code-cache.js';

const dist = resolve(process.argv[2] ?? 'dist');
// The build renames its folder to dist/ when it is done.
const final = resolve('dist', 'cli.cjs');
const runs = [
  ['--help'],
  ['tco', '--help'],
  ['show', '--role', 'jurist'],
  ['show', '--role', 'inkoper', '--format', 'terminal'],
  ['show', '--format', 'json'],
  ['roles'],
  ['tco', 'examples/costs.yaml'],
  ['tco', 'examples/costs.yaml', '--format', 'json'],
  ['tco', 'examples/costs.yaml', '--format', 'markdown', '--detail'],
  ['score', 'examples/tender.yaml'],
  ['score', 'examples/tender.yaml', '--format', 'json', '--explain'],
  ['score', 'examples/tender/'],
  ['criteria'],
  ['drempel', '150000'],
];

const { script, exports } = compileCli(dist, undefined, final);
process.setMaxListeners(0);
process.stdout.setMaxListeners(0);
for (const args of runs) {
  await exports.main([process.execPath, 'inkoop', ...args]);
  if (process.exitCode) {
    console.error(`train-cache: inkoop ${args.join(' ')} exited ${process.exitCode}`);
    process.exit(1);
  }
}
const file = cacheFile(dist);
writeFileSync(`${file}.tmp`, script.createCachedData());
renameSync(`${file}.tmp`, file);
