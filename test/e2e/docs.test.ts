/**
 * The documentation keeps its promises.
 *
 * - Every fenced `sh` block in README.md and docs/*.md that follows the line
 *   `<!-- doctest: exit N -->` runs with `bash -e -o pipefail` in a fresh
 *   temporary folder that holds a copy of examples/, with the built CLI first
 *   on PATH as `inkoop`, and must exit with N. A marked `js` block runs there
 *   as an ES module with `node`, where `import ... from 'inkoop'` finds this
 *   package. Blocks without the marker (those that install, or need a
 *   terminal) are shown, not run.
 * - Every relative link points to a file (and heading) that exists.
 * - The README stays short and opens with the two Quick start lines; .ci/run
 *   runs the second one verbatim.
 */
import { execa } from 'execa';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from '../helpers.js';

const MARKER = /^<!--\s*doctest:\s*(.*?)\s*-->\s*$/;
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/;

interface Block {
  file: string;
  line: number;
  exit: number;
  lang: 'sh' | 'js';
  code: string;
}

/** The documentation files: README.md and every Markdown file in docs/. */
function docFiles(): string[] {
  const docs = join(ROOT, 'docs');
  const inDocs = existsSync(docs)
    ? readdirSync(docs)
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => join('docs', name))
    : [];
  return ['README.md', ...inDocs];
}

function read(file: string): string[] {
  return readFileSync(join(ROOT, file), 'utf8').split(/\r?\n/);
}

/** The lines outside fenced code blocks, with their 1-based numbers. */
function proseLines(lines: string[]): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let fence: string | null = null;
  lines.forEach((text, i) => {
    const m = FENCE.exec(text);
    if (fence === null) {
      if (m) fence = m[2]!;
      else out.push({ text, line: i + 1 });
    } else if (m && m[2]!.startsWith(fence) && m[3] === '') fence = null;
  });
  return out;
}

/** The runnable blocks of a file; a marker that is malformed or not followed by a sh fence throws. */
function runnableBlocks(file: string): Block[] {
  const lines = read(file);
  const blocks: Block[] = [];
  for (const { text, line } of proseLines(lines)) {
    const marker = MARKER.exec(text);
    if (!marker) continue;
    const where = `${file}:${line}`;
    const exit = /^exit (\d+)$/.exec(marker[1]!);
    if (!exit) throw new Error(`${where}: write the marker as <!-- doctest: exit N -->`);
    const fence = FENCE.exec(lines[line] ?? '');
    const lang = fence?.[3];
    if (!fence || (lang !== 'sh' && lang !== 'js'))
      throw new Error(
        `${where}: a doctest marker must be followed directly by a \`\`\`sh or \`\`\`js fence`,
      );
    const body: string[] = [];
    let end = line + 1;
    while (end < lines.length && !lines[end]!.trim().startsWith(fence[2]!))
      body.push(lines[end++]!);
    if (end >= lines.length) throw new Error(`${where}: the fenced block is not closed`);
    blocks.push({ file, line: line + 2, exit: Number(exit[1]), lang, code: body.join('\n') });
  }
  return blocks;
}

const files = docFiles();
const blocks = files.flatMap(runnableBlocks);

/** A folder with an `inkoop` command that runs the built CLI, as an installed package does. */
const bin = tempDir();
afterAll(() => bin.cleanup());
const wrapper = join(bin.dir, 'inkoop');
writeFileSync(wrapper, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
chmodSync(wrapper, 0o755);

async function runBlock(block: Block) {
  const work = tempDir();
  try {
    cpSync(join(ROOT, 'examples'), join(work.dir, 'examples'), { recursive: true });
    mkdirSync(join(work.dir, 'node_modules'));
    symlinkSync(ROOT, join(work.dir, 'node_modules', 'inkoop'), 'dir');
    const script = join(work.dir, block.lang === 'sh' ? '.doctest.sh' : '.doctest.mjs');
    writeFileSync(script, `${block.code}\n`);
    const [command, args] =
      block.lang === 'sh'
        ? ['bash', ['-e', '-o', 'pipefail', script]]
        : [process.execPath, [script]];
    return await execa(command, args, {
      cwd: work.dir,
      reject: false,
      stdin: 'ignore',
      timeout: 120_000,
      env: {
        PATH: `${bin.dir}:${process.env.PATH ?? ''}`,
        FORCE_COLOR: '0',
        NO_COLOR: '',
        CI: 'true',
        INKOOP_LANG: '',
        INKOOP_CONTENT: '',
        INKOOP_TEMPLATES: '',
        INKOOP_COMPILE_CACHE: '',
        INKOOP_MAX_INPUT_MB: '',
        GITHUB_ACTIONS: '',
        GITHUB_STEP_SUMMARY: '',
      },
    });
  } finally {
    work.cleanup();
  }
}

describe('runnable examples in the documentation', () => {
  it('the README has runnable examples', () => {
    expect(blocks.filter((b) => b.file === 'README.md').length).toBeGreaterThanOrEqual(5);
  });

  it.each(blocks.map((b) => [`${b.file}:${b.line} (exit ${b.exit})`, b] as const))(
    '%s',
    async (_name, block) => {
      const result = await runBlock(block);
      const shown = `${block.file}:${block.line} exited ${result.exitCode}, expected ${block.exit}\n--- stdout\n${String(result.stdout).slice(-2000)}\n--- stderr\n${String(result.stderr).slice(-2000)}`;
      expect(result.exitCode, shown).toBe(block.exit);
    },
  );
});

/** GitHub's heading anchors: lower case, punctuation removed, spaces as hyphens, -1, -2 for repeats. */
function anchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const { text } of proseLines(read(file))) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(text);
    if (!heading) continue;
    const plain = heading[1]!
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/[`*]/g, '');
    const slug = plain
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

interface Link {
  file: string;
  line: number;
  target: string;
}

function links(file: string): Link[] {
  const out: Link[] = [];
  for (const { text, line } of proseLines(read(file))) {
    const prose = text.replace(/(`+)(?:(?!\1).)+\1/g, '');
    for (const m of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
      out.push({ file, line, target: m[1]! });
    const def = /^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$/.exec(prose);
    if (def) out.push({ file, line, target: def[1]! });
  }
  return out;
}

describe('links in the documentation', () => {
  const relativeLinks = files
    .flatMap(links)
    .filter((l) => !/^[a-z][a-z0-9+.-]*:/i.test(l.target) && !l.target.startsWith('//'));

  it('there are links to check', () => {
    expect(relativeLinks.length).toBeGreaterThan(5);
  });

  it('every relative link points to a file and heading that exist', () => {
    const broken: string[] = [];
    for (const link of relativeLinks) {
      const [path = '', anchor] = link.target.split('#');
      const target = path === '' ? join(ROOT, link.file) : resolve(ROOT, dirname(link.file), path);
      const where = `${link.file}:${link.line}: ${link.target}`;
      if (relative(ROOT, target).startsWith(`..${sep}`) || relative(ROOT, target) === '..')
        broken.push(`${where} (leaves the repository)`);
      else if (!existsSync(target)) broken.push(`${where} (no such file)`);
      else if (
        anchor !== undefined &&
        statSync(target).isFile() &&
        target.endsWith('.md') &&
        !anchors(relative(ROOT, target)).has(decodeURIComponent(anchor))
      )
        broken.push(`${where} (no such heading)`);
    }
    expect(broken).toEqual([]);
  });
});

describe('the README', () => {
  const text = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('is at most about 15 KB', () => {
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(15_500);
  });

  it('opens with a Quick start of two command lines; the second is the test command .ci/run runs', () => {
    const lines = text.split('\n');
    const start = lines.findIndex((l) => /^## Quick start\s*$/.test(l));
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(0, start).some((l) => /^## /.test(l))).toBe(false);
    const open = lines.findIndex((l, i) => i > start && /^```sh\s*$/.test(l));
    const close = lines.findIndex((l, i) => i > open && /^```\s*$/.test(l));
    expect(lines.slice(start + 1, open).some((l) => /^#/.test(l))).toBe(false);
    const commands = lines.slice(open + 1, close);
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/^npm install && npx inkoop /);
    expect(commands[1]).toBe('npm install && npm test');
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).toContain(`\n${commands[1]}\n`);
  });

  it('links the documentation index, and the index links every topic in docs/', () => {
    expect(text).toContain('](docs/README.md)');
    const index = readFileSync(join(ROOT, 'docs', 'README.md'), 'utf8');
    const topics = readdirSync(join(ROOT, 'docs')).filter(
      (name) => name.endsWith('.md') && name !== 'README.md',
    );
    const missing = topics.filter((name) => !index.includes(`](${name})`));
    expect(missing).toEqual([]);
  });
});
