// Builds dist/: the command line as ES modules (esbuild), the library entry,
// and type declarations for the library (tsc). Dependencies are bundled, so
// the installed package needs no runtime dependency and a cold start reads a
// few files instead of hundreds.
//
// The command line is built so that a run loads as few files as possible
// (each file costs Node's ES module loader time; see docs/speed.md):
// - dist/cli.js: src/cli.ts with everything it imports statically (commander,
//   the message catalogue, errors, signals): the runtime every command shares.
//   It loads dist/commands/<name>.js with `await import()` when that command
//   runs.
// - dist/commands/<name>.js: one file per command, built on its own with every
//   module the command imports statically. The modules that belong to the
//   runtime are not copied in: they are imported from dist/cli.js (one
//   instance of the run's language, the output queue and the error classes).
//   What a command loads with `await import()` (HTML reports, spreadsheets,
//   the Markdown renderer, the prompts) stays in chunks of its own under
//   dist/chunks/, so a command's usual path never parses them.
// - dist/index.js: the library entry, built apart, with its chunks in dist/lib/.
// One esbuild build with every command as an entry point would split the code
// the commands share into a chunk per combination of commands (about 20 files
// for `inkoop tco`); building per command duplicates shared code on disk
// instead, which costs nothing at run time.
//
// The bundle graph goes to build-info/meta.json (not published) for the tests
// of what a command loads.
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
import { join, relative, resolve } from 'node:path';

const require = createRequire(import.meta.url);
// CommonJS dependencies (commander, cli-table3 and friends) call require() for Node
// built-ins; the chunk that holds esbuild's require shim gets a real require.
const banner =
  "import { createRequire as __inkoopCreateRequire } from 'node:module'; const require = __inkoopCreateRequire(import.meta.url);";
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const out = `.build-${process.pid}`;
const old = '.dist-old';

const options = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.18',
  splitting: true,
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
};

const CLI = 'src/cli.ts';
const RUNTIME = 'inkoop:runtime';

/** src/cli.ts's `import('./commands/<name>.js')` stay imports of dist/commands/<name>.js. */
const commandsApart = {
  name: 'commands-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/[\w-]+\.js$/ }, (args) =>
      resolve(args.importer) === resolve(CLI) ? { path: args.path, external: true } : undefined,
    );
  },
};

/** The inputs reached from `entry` by static imports, in a metafile's input graph. */
function staticClosure(inputs, entry) {
  const seen = new Set();
  const walk = (p) => {
    if (seen.has(p) || !inputs[p]) return;
    seen.add(p);
    for (const i of inputs[p].imports)
      if (i.kind === 'import-statement' && !i.external) walk(i.path);
  };
  walk(entry);
  return [...seen];
}

/**
 * src/i18n/tables.ts as made at build time: each language's table of the
 * message catalogue as JSON text, parsed when the run first asks for that
 * language. A start then reads one language's texts, as JSON, instead of
 * evaluating the object literals of every message in every language.
 */
async function catalogueTables() {
  const made = await build({
    ...options,
    splitting: false,
    metafile: false,
    banner: undefined,
    write: false,
    outdir: out,
    stdin: {
      contents:
        "export { tableFor } from './src/i18n/tables.ts'; export { LANGS } from './src/i18n/types.ts';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
  });
  const code = made.outputFiles[0].text;
  const { tableFor, LANGS } = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  const json = Object.fromEntries(LANGS.map((lang) => [lang, JSON.stringify(tableFor(lang))]));
  const contents = `const json = ${JSON.stringify(json)};
const tables = {};
export function tableFor(lang) {
  return (tables[lang] ??= JSON.parse(json[lang]));
}`;
  return {
    name: 'catalogue-tables',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]i18n[\\/]tables\.ts$/ }, () => ({ contents, loader: 'js' }));
    },
  };
}

/**
 * In a command's build, src/lib/yaml-full.ts loads the yaml package on its
 * first call, from dist/chunks/yaml.cjs (made below): most runs read only
 * plain YAML (src/lib/yaml-plain.ts) and never evaluate yaml. A CommonJS file,
 * because the readers are synchronous; commands and chunks both sit one
 * folder below dist/, so the path holds for both.
 */
const lazyYaml = {
  name: 'lazy-yaml',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]lib[\\/]yaml-full\.ts$/ }, () => ({
      contents: `import { createRequire } from 'node:module';
let lib;
export function yamlLib() {
  return (lib ??= createRequire(import.meta.url)('../chunks/yaml.cjs'));
}`,
      loader: 'js',
    }));
  },
};

/** A module's name in the runtime's exports: `__rt<n>_<name>`. */
const alias = (n, name) => `__rt${n}_${name}`;

rmSync(out, { recursive: true, force: true });
let meta;
try {
  // 1. The runtime: the project's modules that src/cli.ts imports statically, and their exports.
  const tables = await catalogueTables();
  const probe = await build({
    ...options,
    entryPoints: [CLI],
    outdir: out,
    write: false,
    plugins: [tables, commandsApart],
  });
  const runtime = staticClosure(probe.metafile.inputs, CLI).filter(
    (p) => p.startsWith('src/') && p !== CLI,
  );
  const exported = await build({
    ...options,
    entryPoints: runtime,
    outdir: out,
    outbase: '.',
    write: false,
  });
  const exportsOf = new Map(
    Object.values(exported.metafile.outputs)
      .filter((o) => o.entryPoint)
      .map((o) => [o.entryPoint, o.exports]),
  );
  const index = new Map(runtime.map((p, n) => [resolve(p), n]));

  // 2. dist/cli.js: src/cli.ts, and the runtime's exports under names of their own.
  const cliEntry = [
    `export * from './${CLI}';`,
    ...runtime.map(
      (p, n) =>
        `export { ${exportsOf
          .get(p)
          .map((name) => `${name} as ${alias(n, name)}`)
          .join(', ')} } from './${p}';`,
    ),
  ].join('\n');
  const entryPlugin = {
    name: 'cli-entry',
    setup(b) {
      b.onResolve({ filter: /^inkoop:cli-entry$/ }, () => ({ path: 'cli', namespace: 'entry' }));
      b.onLoad({ filter: /.*/, namespace: 'entry' }, () => ({
        contents: cliEntry,
        resolveDir: process.cwd(),
        loader: 'ts',
      }));
    },
  };
  // 3. In a command's build, a runtime module is a stand-in that re-exports it from dist/cli.js.
  const fromRuntime = {
    name: 'from-runtime',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${RUNTIME}$`) }, () => ({
        path: '../cli.js',
        external: true,
      }));
      b.onResolve({ filter: /^\./ }, async (args) => {
        if (args.pluginData?.fromRuntime) return undefined;
        const r = await b.resolve(args.path, {
          resolveDir: args.resolveDir,
          importer: args.importer,
          kind: args.kind,
          pluginData: { fromRuntime: true },
        });
        const n = r.errors.length === 0 ? index.get(r.path) : undefined;
        return n === undefined
          ? undefined
          : { path: relative(process.cwd(), r.path), namespace: 'runtime', pluginData: n };
      });
      b.onLoad({ filter: /.*/, namespace: 'runtime' }, (args) => {
        const n = args.pluginData;
        const names = exportsOf.get(runtime[n]);
        return {
          contents: `export { ${names.map((name) => `${alias(n, name)} as ${name}`).join(', ')} } from '${RUNTIME}';`,
          loader: 'js',
        };
      });
    },
  };
  const commands = readdirSync('src/commands')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3));
  const results = await Promise.all([
    build({
      ...options,
      entryPoints: { cli: 'inkoop:cli-entry' },
      outdir: out,
      chunkNames: 'chunks/[name]-[hash]',
      plugins: [tables, entryPlugin, commandsApart],
    }),
    ...commands.map((name) =>
      build({
        ...options,
        entryPoints: { [`commands/${name}`]: `src/commands/${name}.ts` },
        outdir: out,
        chunkNames: 'chunks/[name]-[hash]',
        plugins: [tables, lazyYaml, fromRuntime],
      }),
    ),
    build({
      ...options,
      format: 'cjs',
      splitting: false,
      banner: undefined,
      stdin: { contents: "export * from 'yaml';", resolveDir: process.cwd() },
      outfile: join(out, 'chunks/yaml.cjs'),
    }),
    build({
      ...options,
      entryPoints: ['src/index.ts'],
      outdir: out,
      chunkNames: 'lib/[name]-[hash]',
      plugins: [tables],
    }),
  ]);
  const graph = { inputs: {}, outputs: {} };
  for (const r of results) {
    Object.assign(graph.inputs, r.metafile.inputs);
    Object.assign(graph.outputs, r.metafile.outputs);
  }
  // esbuild puts the banner on every chunk; only chunks that mention require
  // keep it (making a require costs a little on every chunk loaded).
  for (const file of Object.keys(graph.outputs).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(file, 'utf8');
    const rest = text.replace(banner, '');
    if (!/\brequire\b/.test(rest)) writeFileSync(file, rest);
  }
  meta = JSON.stringify(graph).replaceAll(`${out}/`, 'dist/');
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
