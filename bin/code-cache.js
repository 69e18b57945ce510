// The fast start of the command line, shared by bin/inkoop.js and the build
// (scripts/train-cache.mjs). Plain JavaScript: it runs before any bundle.
//
// dist/cli.cjs is the whole CLI in one CommonJS file; beside it the build
// leaves a V8 code cache made by running the bundled examples through it.
// Compiling from the cache skips parsing and compiling the code those runs
// touched, which is most of a cold start. A cache only fits the V8 that made
// it, so its name carries the V8 version and the architecture; V8 also
// checks it and compiles from source when it does not fit.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** The cache file for this V8 in a dist folder. */
export function cacheFile(dist) {
  return join(dist, `cli.v8-${process.versions.v8}-${process.arch}.cache`);
}

/**
 * Compiles dist/cli.cjs (with `cachedData` when given) and runs its module
 * body; returns the script, for createCachedData(), and the module's exports.
 * `filename` is where the file will be when it runs: V8 keeps the name it
 * was trained under in the cache, and stack traces show it.
 */
export function compileCli(dist, cachedData, filename = join(dist, 'cli.cjs')) {
  const source = readFileSync(join(dist, 'cli.cjs'), 'utf8');
  // The same wrapper as Node's CommonJS loader.
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) { ${source}\n});`,
    {
      filename,
      cachedData,
    },
  );
  const module = { exports: {} };
  script.runInThisContext()(
    module.exports,
    createRequire(filename),
    module,
    filename,
    dirname(filename),
  );
  return { script, exports: module.exports };
}

/**
 * The CLI's exports from dist/cli.cjs when this V8 has a cache for it, or
 * null (no cache for this V8, or INKOOP_COMPILE_CACHE=0): then the caller
 * loads the ES module build.
 */
export function loadCached(dist) {
  if (process.env.INKOOP_COMPILE_CACHE === '0') return null;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile(dist));
  } catch {
    return null;
  }
  // A cache V8 refuses (other flags) is ignored by V8: the file is then
  // compiled from source, which is correct and only slower.
  return compileCli(dist, cachedData).exports;
}
