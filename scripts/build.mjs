// Builds dist/: an ES module bundle split per command (esbuild) and type
// declarations for the library entry (tsc). Dependencies are bundled so a
// cold start reads a few files instead of hundreds; each command is its own
// chunk, loaded with `await import()` only when that command runs.
//
// The build goes to a fresh folder that then replaces dist/ in one rename,
// so a test run that is using dist/ never sees half a build.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const out = `.build-${process.pid}`;
const old = '.dist-old';

rmSync(out, { recursive: true, force: true });
try {
  const result = await build({
    metafile: true,
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
    // Code blocks are shown as written: see src/lib/plain-highlight.ts.
    alias: { 'cli-highlight': './src/lib/plain-highlight.ts', 'node-emoji': './src/lib/no-emoji.ts' },
    define: { __INKOOP_VERSION__: JSON.stringify(version) },
    // CommonJS dependencies (gray-matter and friends) call require() for Node
    // built-ins; give the ES module bundle a real require.
    banner: {
      js: "import { createRequire as __inkoopCreateRequire } from 'node:module'; const require = __inkoopCreateRequire(import.meta.url);",
    },
  });
  // Kept for the test that `inkoop --help` loads no heavy dependency.
  writeFileSync(join(out, 'meta.json'), JSON.stringify(result.metafile).replaceAll(`${out}/`, 'dist/'));
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json', '--outDir', join(out, 'types')], {
    stdio: 'inherit',
  });
} catch (err) {
  rmSync(out, { recursive: true, force: true });
  console.error(err instanceof Error && err.message ? `build failed: ${err.message.split('\n')[0]}` : 'build failed');
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
