// Builds dist/: the command line as ES modules (esbuild), the library entry,
// and type declarations for the library (tsc). Dependencies are bundled, so
// the installed package needs no runtime dependency and a cold start reads a
// few files instead of hundreds.
//
// The command line is built in layers, so that a run loads as few files as
// possible (each file costs Node's ES module loader time; see docs/speed.md):
// - dist/cli.js: src/cli.ts with everything it imports statically (commander,
//   the message catalogue, errors, signals): the runtime every command shares.
// - dist/commands/<name>.js: what src/cli.ts loads with `await import()`, one
//   file per command with every module it imports statically.
// - dist/chunks/<layer>~<module>.js: what a command loads with `await import()`
//   (HTML reports, spreadsheets, the Markdown renderer, the prompts), a layer
//   above the command, built the same way; packages loaded with `await import()`
//   get chunks of their own (dist/chunks/<name>-<hash>.js).
// A module that a layer below already holds is not copied in: a stand-in
// re-exports it from that layer's file (which exports its modules under
// names of its own, `__m<id>_<name>`), so a run has one instance of each
// module of the project: one language, one output queue, one set of error
// classes. One esbuild build with every command as an entry point would
// split the code the commands share into a chunk per combination of commands
// (about 20 files for `inkoop tco`); building per layer copies shared code
// into each command's file instead, which costs disk space, not time.
// - dist/index.js: the library entry, built apart, with its chunks in dist/lib/.
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
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

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

/**
 * string-width makes an Intl.Segmenter when it is loaded, and the first Intl
 * object of a process loads ICU's data: 8 to 11 ms of every cold start of a
 * command that prints text, though most text is measured without it
 * (src/lib/width.ts, SIMPLE). Here the segmenter is made on first use. The
 * build stops if string-width no longer makes it that way, so that an
 * upgrade cannot silently drop this (docs/speed.md).
 */
const lazySegmenter = {
  name: 'lazy-segmenter',
  setup(b) {
    // Only the project's own string-width (src/lib/width.ts); cli-progress has an older one of its own.
    const own = resolve('node_modules/string-width/index.js');
    b.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, ({ path }) => {
      if (path !== own) return undefined;
      const source = readFileSync(path, 'utf8');
      const made = 'const segmenter = new Intl.Segmenter();';
      if (!source.includes(made) || !source.includes('segmenter.segment('))
        throw new Error(
          `${path}: string-width no longer makes its segmenter at load; review lazySegmenter in scripts/build.mjs`,
        );
      return {
        contents: source
          .replace(made, 'let segmenter;')
          .replace(/segmenter\.segment\(/g, '(segmenter ??= new Intl.Segmenter()).segment('),
        loader: 'js',
        resolveDir: dirname(path),
      };
    });
  },
};

/** Every TypeScript module of the project under `dir`. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

const SRC = resolve('src');
const inProject = (abs) => abs.startsWith(SRC + sep);

rmSync(out, { recursive: true, force: true });
let meta;
try {
  const tables = await catalogueTables();
  // The exports of every module of the project: a layer re-exports its modules
  // for the layers above it under names of their own, `__m<id>_<name>`.
  const exported = await build({
    ...options,
    entryPoints: sources('src'),
    outdir: out,
    outbase: '.',
    write: false,
    plugins: [tables],
  });
  const exportsOf = new Map(
    Object.values(exported.metafile.outputs)
      .filter((o) => o.entryPoint)
      .map((o) => [resolve(o.entryPoint), o.exports]),
  );
  const ids = new Map();
  const id = (abs) => {
    if (!ids.has(abs)) ids.set(abs, ids.size);
    return ids.get(abs);
  };
  const alias = (abs, name) => `__m${id(abs)}_${name}`;
  const results = [];

  /**
   * One layer: `entry` and every module of the project that it imports
   * statically and no layer below it holds, in one file (`name`.js), with
   * packages it loads with `await import()` in chunks. `provided` maps the
   * modules that layers below hold to their file: a stand-in re-exports them
   * from there. Each module of the project that the layer loads with
   * `await import()` becomes a layer of its own above it.
   */
  async function layer(name, entry, provided, plugins) {
    const up = name.includes('/') ? '../' : './';
    const leaf = name.split('/').pop();
    const child = (abs) =>
      dirname(abs) === join(SRC, 'commands')
        ? `commands/${basename(abs, '.ts')}`
        : `chunks/${leaf}~${relative(SRC, abs).replace(/\.ts$/, '').replaceAll(sep, '-')}`;
    const standIn = (abs, holder) => ({
      path: relative(process.cwd(), abs),
      namespace: 'provided',
      pluginData: { abs, holder },
    });
    const layered = (own) => ({
      name: 'layer',
      setup(b) {
        b.onResolve({ filter: /^[./]/ }, async (args) => {
          if (args.namespace === 'provided') return { path: args.path, external: true };
          if (args.pluginData?.layer) return undefined;
          const r = await b.resolve(args.path, {
            resolveDir: args.resolveDir,
            importer: args.importer,
            kind: args.kind,
            pluginData: { layer: true },
          });
          if (r.errors.length > 0 || r.external || !inProject(r.path)) return undefined;
          if (provided.has(r.path)) return standIn(r.path, provided.get(r.path));
          if (args.kind !== 'dynamic-import' || r.path === entry) return undefined;
          // A module this layer holds, loaded again with `await import()`: from this file.
          if (own?.has(r.path)) return standIn(r.path, name);
          return { path: `${up}${child(r.path)}.js`, external: true };
        });
        b.onLoad({ filter: /.*/, namespace: 'provided' }, ({ pluginData: { abs, holder } }) => ({
          contents: `export { ${exportsOf
            .get(abs)
            .map((n) => `${alias(abs, n)} as ${n}`)
            .join(', ')} } from '${up}${holder}.js';`,
          loader: 'js',
        }));
      },
    });
    const probe = await build({
      ...options,
      entryPoints: [entry],
      outdir: out,
      write: false,
      plugins: [...plugins, layered(undefined)],
    });
    const rel = relative(process.cwd(), entry);
    const inputs = probe.metafile.inputs;
    const own = new Set(
      staticClosure(inputs, rel)
        .map((p) => resolve(p))
        .filter(inProject),
    );
    const lazy = new Set();
    for (const p of Object.keys(inputs))
      for (const i of inputs[p].imports)
        if (i.kind === 'dynamic-import' && i.external && i.path.startsWith(up)) lazy.add(i.path);
    const facade = [
      `export * from './${rel}';`,
      ...[...own]
        .filter((abs) => abs !== entry && exportsOf.get(abs)?.length)
        .map(
          (abs) =>
            `export { ${exportsOf
              .get(abs)
              .map((n) => `${n} as ${alias(abs, n)}`)
              .join(', ')} } from './${relative(process.cwd(), abs)}';`,
        ),
      ...(exportsOf.get(entry) ?? []).map(
        (n) => `export { ${n} as ${alias(entry, n)} } from './${rel}';`,
      ),
    ].join('\n');
    results.push(
      await build({
        ...options,
        stdin: {
          contents: facade,
          resolveDir: process.cwd(),
          loader: 'ts',
          sourcefile: `${name}.layer.ts`,
        },
        entryNames: name,
        outdir: out,
        chunkNames: 'chunks/[name]-[hash]',
        plugins: [...plugins, layered(own)],
      }),
    );
    const above = new Map(provided);
    for (const abs of own) above.set(abs, name);
    const children = [...exportsOf.keys()].filter(
      (abs) => lazy.has(`${up}${child(abs)}.js`) && !own.has(abs) && !provided.has(abs),
    );
    await Promise.all(
      children.map((abs) => layer(child(abs), abs, above, [tables, lazyYaml, lazySegmenter])),
    );
  }

  await Promise.all([
    layer('cli', resolve(CLI), new Map(), [tables, lazySegmenter]),
    build({
      ...options,
      format: 'cjs',
      splitting: false,
      banner: undefined,
      stdin: { contents: "export * from 'yaml';", resolveDir: process.cwd() },
      outfile: join(out, 'chunks/yaml.cjs'),
    }).then((r) => results.push(r)),
    build({
      ...options,
      entryPoints: ['src/index.ts'],
      outdir: out,
      chunkNames: 'lib/[name]-[hash]',
      plugins: [tables, lazySegmenter],
    }).then((r) => results.push(r)),
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
