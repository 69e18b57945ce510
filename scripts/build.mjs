// Builds dist/: an ES module bundle split per command (esbuild) and type
// declarations for the library entry (tsc). Dependencies are bundled, so the
// installed package needs no runtime dependency and a cold start reads a few
// files instead of hundreds; each command is its own chunk, loaded with
// `await import()` only when that command runs.
//
// The bundle graph goes to build-info/meta.json (not published) for the test
// that `inkoop --help` loads almost nothing.
//
// The build goes to a fresh folder that then replaces dist/ in one rename,
// so a test run that is using dist/ never sees half a build.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
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
// CommonJS dependencies (commander, cli-table3 and friends) call require() for Node
// built-ins; the chunk that holds esbuild's require shim gets a real require.
const banner =
  "import { createRequire as __inkoopCreateRequire } from 'node:module'; const require = __inkoopCreateRequire(import.meta.url);";
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const out = `.build-${process.pid}`;
const old = '.dist-old';

rmSync(out, { recursive: true, force: true });
let meta;
try {
  const result = await build({
    entryPoints: ['src/cli.ts', 'src/index.ts'],
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.18',
    chunkNames: 'chunks/[name]-[hash]',
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: true,
    legalComments: 'linked',
    logLevel: 'warning',
    metafile: true,
    define: { __INKOOP_VERSION__: JSON.stringify(version) },
    alias: {
      // yaml's ES module build (the same source as its CommonJS one), so the
      // bundle keeps only the parts we use.
      yaml: './node_modules/yaml/browser/dist/index.js',
      // Code blocks are shown as written: see src/lib/plain-highlight.ts.
      'cli-highlight': './src/lib/plain-highlight.ts',
      'node-emoji': './src/lib/no-emoji.ts',
      'node:child_process': './scripts/shims/child-process.cjs',
    },
    banner: { js: banner },
  });
  // esbuild puts the banner on every chunk; only chunks that mention require
  // keep it (making a require costs a little on every chunk loaded).
  for (const file of Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(file, 'utf8');
    const rest = text.replace(banner, '');
    if (!/\brequire\b/.test(rest)) writeFileSync(file, rest);
  }
  meta = JSON.stringify(result.metafile).replaceAll(`${out}/`, 'dist/');
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json', '--outDir', join(out, 'types')],
    { stdio: 'inherit' },
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
mkdirSync('build-info', { recursive: true });
writeFileSync(`build-info/meta.json.${process.pid}`, meta);
renameSync(`build-info/meta.json.${process.pid}`, 'build-info/meta.json');
// Old builds stay a minute for processes still loading chunks from them.
for (const name of readdirSync(old)) {
  const retired = Number(name.split('-')[0]);
  if (!(Date.now() - retired < 60_000)) rmSync(join(old, name), { recursive: true, force: true });
}
