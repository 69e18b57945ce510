// Builds dist/: an ES module bundle split per command (esbuild) and type
// declarations for the library entry (tsc). Dependencies are bundled so a
// cold start reads a few files instead of hundreds; each command is its own
// chunk, loaded with `await import()` only when that command runs.
//
// The command line is bundled a second time as one CommonJS file,
// dist/cli.cjs, with a V8 code cache made by running the bundled examples
// through it (scripts/train-cache.mjs). bin/inkoop.js runs that file with
// the cache when it was made by this V8, so a cold start skips parsing and
// compiling; otherwise it loads the ES module build above. Node 22 has
// module.enableCompileCache() for this; Node 20, which our users have, has not.
//
// The build goes to a fresh folder that then replaces dist/ in one rename,
// so a test run that is using dist/ never sees half a build, and the
// bundle and its cache are always from the same build.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const out = `.build-${process.pid}`;
const old = '.dist-old';

rmSync(out, { recursive: true, force: true });
try {
  const shared = {
    bundle: true,
    platform: 'node',
    target: 'node20.18',
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: true,
    legalComments: 'linked',
    logLevel: 'warning',
    alias: {
      // yaml's ES module build (the same source as its CommonJS one), so the
      // bundle keeps only the parts we use.
      yaml: './node_modules/yaml/browser/dist/index.js',
      // Code blocks are shown as written: see src/lib/plain-highlight.ts.
      'cli-highlight': './src/lib/plain-highlight.ts',
      'node-emoji': './src/lib/no-emoji.ts',
    },
  };
  const result = await build({
    ...shared,
    metafile: true,
    entryPoints: ['src/cli.ts', 'src/index.ts'],
    outdir: out,
    splitting: true,
    format: 'esm',
    chunkNames: 'chunks/[name]-[hash]',
    define: { __INKOOP_VERSION__: JSON.stringify(version) },
    // CommonJS dependencies (commander, cli-table3 and friends) call require() for Node
    // built-ins; give the ES module bundle a real require.
    banner: {
      js: "import { createRequire as __inkoopCreateRequire } from 'node:module'; const require = __inkoopCreateRequire(import.meta.url);",
    },
  });
  // One file for the fast start: esbuild turns each command's `await
  // import()` into a lazy initialiser, so a command still runs only its own
  // modules' top-level code.
  await build({
    ...shared,
    entryPoints: ['src/cli.ts'],
    outfile: join(out, 'cli.cjs'),
    format: 'cjs',
    define: {
      __INKOOP_VERSION__: JSON.stringify(version),
      'import.meta.url': '__inkoopImportMetaUrl',
    },
    banner: {
      js: "var __inkoopImportMetaUrl = require('node:url').pathToFileURL(__filename).href;",
    },
  });
  const trained = spawnSync(process.execPath, ['scripts/train-cache.mjs', out], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 120_000,
  });
  if (trained.status !== 0) {
    // Not fatal: without a cache bin/inkoop.js loads the ES module build.
    console.error(
      `build: no code cache (${String(trained.stderr).trim().split('\n')[0] || `exit ${trained.status}`}); the CLI will start more slowly`,
    );
  }
  // Kept for the test that `inkoop --help` loads no heavy dependency.
  writeFileSync(
    join(out, 'meta.json'),
    JSON.stringify(result.metafile).replaceAll(`${out}/`, 'dist/'),
  );
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json', '--outDir', join(out, 'types')],
    {
      stdio: 'inherit',
    },
  );
} catch (err) {
  rmSync(out, { recursive: true, force: true });
  console.error(
    err instanceof Error && err.message
      ? `build failed: ${err.message.split('\n')[0]}`
      : 'build failed',
  );
  process.exit(1);
}

mkdirSync(old, { recursive: true });
if (existsSync('dist')) renameSync('dist', join(old, `${Date.now()}-${process.pid}`));
renameSync(out, 'dist');
// Old builds stay a minute for processes still loading chunks from them.
for (const name of readdirSync(old)) {
  const retired = Number(name.split('-')[0]);
  if (!(Date.now() - retired < 60_000)) rmSync(join(old, name), { recursive: true, force: true });
}
