/**
 * Hostile input and output situations (issue 11, "Writing files" and
 * "Reading files"): one test per class, each asserting the exit code, the
 * message, that no stack trace or "internal error" appears, and that the
 * files involved are unchanged.
 */
import { execa } from 'execa';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BIN, inkoop, ROOT, type RunResult, tempDir } from '../helpers.js';

const TENDER = join(ROOT, 'examples', 'tender.yaml');
const COSTS = join(ROOT, 'examples', 'costs.yaml');
const ANSWERS = join(ROOT, 'test', 'fixtures', 'scaffold', 'contract-clause.answers.yaml');
const STACK = /\n\s+at .+:\d+:\d+|internal error|Maximum call stack/;
const isRoot = process.getuid?.() === 0;

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** Exit 2, one message on stderr, no stack trace, nothing on stdout. */
function refused(r: RunResult, message: string | RegExp): void {
  expect(r.stderr).not.toMatch(STACK);
  if (typeof message === 'string') expect(r.stderr).toContain(message);
  else expect(r.stderr).toMatch(message);
  expect(r.stderr).toMatch(/^inkoop: /);
  expect(r.stdout).toBe('');
  expect(r.exitCode).toBe(2);
}

/** No temporary file of inkoop's in a folder. */
function noTemp(folder: string): void {
  expect(readdirSync(folder).filter((n) => n.startsWith('.inkoop-'))).toEqual([]);
}

describe('writing: a failed write changes nothing', () => {
  let disk: string | undefined;
  beforeAll(() => {
    const reason = !isRoot
      ? 'not running as root'
      : (() => {
          const { dir: d } = tempDir();
          try {
            execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', d], {
              stdio: 'ignore',
            });
            disk = d;
            return undefined;
          } catch {
            return 'mount -t tmpfs failed';
          }
        })();
    if (reason) console.warn(`skipped: the disk-full tests need a small tmpfs (${reason})`);
  });
  afterAll(() => {
    if (disk) execFileSync('umount', [disk]);
  });

  it('a full disk: exit 2 naming the file and the reason, the old file byte for byte, no temporary file', async (ctx) => {
    if (!disk) return ctx.skip();
    const target = join(disk, 'report.html');
    const old = Buffer.from('oude inhoud \u00e9\n'.repeat(100));
    writeFileSync(target, old);
    // Fill the disk, leaving less room than the report needs.
    writeFileSync(join(disk, 'filler'), Buffer.alloc(40 * 1024, 1));
    const r = await inkoop(['score', TENDER, '--format', 'html', '--out', target, '--force']);
    refused(r, `inkoop: kan ${target} niet schrijven: de schijf is vol; er is niets veranderd`);
    expect(readFileSync(target).equals(old)).toBe(true);
    noTemp(disk);
    const en = await inkoop([
      'tco',
      COSTS,
      '--format',
      'html',
      '--out',
      target,
      '--force',
      '--lang',
      'en',
    ]);
    refused(en, `inkoop: cannot write ${target}: no space left on the device; nothing was changed`);
    expect(readFileSync(target).equals(old)).toBe(true);
    const scaffold = await inkoop([
      'scaffold',
      'strategy',
      '--defaults',
      '--set',
      'title=x',
      '--set',
      'needs=y',
      '--out',
      join(disk, 'new.md'),
    ]);
    expect(scaffold.stderr).not.toMatch(STACK);
    expect([0, 2]).toContain(scaffold.exitCode);
    if (scaffold.exitCode === 2) expect(existsSync(join(disk, 'new.md'))).toBe(false);
    noTemp(disk);
  });
});

describe('writing: permissions, targets that are not files, links, names', () => {
  it('--force keeps the permission bits; a new file follows the umask', async () => {
    const target = join(dir, 'r.html');
    writeFileSync(target, 'oud');
    chmodSync(target, 0o640);
    const r = await inkoop(['tco', COSTS, '--format', 'html', '--out', target, '--force']);
    expect(r.exitCode).toBe(0);
    expect(statSync(target).mode & 0o7777).toBe(0o640);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    for (const [umask, mode] of [
      ['077', 0o600],
      ['022', 0o644],
    ] as const) {
      const made = join(dir, `new-${umask}.html`);
      await execa('sh', [
        '-c',
        `umask ${umask}; exec "$0" "$@"`,
        process.execPath,
        BIN,
        'tco',
        COSTS,
        '--format',
        'html',
        '--out',
        made,
      ]);
      expect(statSync(made).mode & 0o777).toBe(mode);
    }
    noTemp(dir);
  });

  it('a folder, a device, a FIFO and a socket as target: exit 2, left as they were', async () => {
    const folder = join(dir, 'map');
    mkdirSync(folder);
    refused(
      await inkoop(['tco', COSTS, '--format', 'html', '--out', folder, '--force']),
      `inkoop: kan ${folder} niet schrijven: het is een map; geef een bestandsnaam, zoals ${join(folder, 'tco.html')}`,
    );
    expect(readdirSync(folder)).toEqual([]);
    refused(
      await inkoop([
        'score',
        TENDER,
        '--format',
        'html',
        '--out',
        '/dev/null',
        '--force',
        '--lang',
        'en',
      ]),
      'inkoop: cannot write /dev/null: it is a device, not a regular file; inkoop writes only regular files (use --out - for standard output)',
    );
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const fifo = join(dir, 'pijp');
    execFileSync('mkfifo', [fifo]);
    refused(
      await inkoop(['tco', COSTS, '--format', 'html', '--out', fifo, '--force'], {
        timeout: 20_000,
      }),
      `het is een named pipe (FIFO), geen gewoon bestand`,
    );
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    const socket = join(dir, 'sok');
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      refused(
        await inkoop([
          'scaffold',
          'contract-clause',
          '--answers',
          ANSWERS,
          '--out',
          socket,
          '--force',
        ]),
        'het is een socket, geen gewoon bestand',
      );
      expect(lstatSync(socket).isSocket()).toBe(true);
    } finally {
      server.close();
    }
    noTemp(dir);
  });

  it('a symbolic link is written through only with --force, and a note says so', async () => {
    const real = join(dir, 'echt.html');
    const link = join(dir, 'koppeling.html');
    writeFileSync(real, 'oud');
    chmodSync(real, 0o600);
    symlinkSync('echt.html', link);
    refused(
      await inkoop(['tco', COSTS, '--format', 'html', '--out', link, '--lang', 'en']),
      `inkoop: ${link} already exists as a symbolic link to echt.html; use --force to replace the file it points to`,
    );
    expect(readFileSync(real, 'utf8')).toBe('oud');
    const r = await inkoop([
      'tco',
      COSTS,
      '--format',
      'html',
      '--out',
      link,
      '--force',
      '--lang',
      'en',
    ]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain(
      `${link} is a symbolic link; the file it points to (${real}) was replaced, the link kept`,
    );
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('echt.html');
    expect(readFileSync(real, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(statSync(real).mode & 0o777).toBe(0o600);
    // A link to nowhere is never followed.
    symlinkSync(join(dir, 'nergens', 'x'), join(dir, 'los.html'));
    refused(
      await inkoop(['tco', COSTS, '--format', 'html', '--out', join(dir, 'los.html'), '--force']),
      'het is een symbolische koppeling naar',
    );
    noTemp(dir);
  });

  it('--out - is standard output for score, tco and scaffold', async () => {
    const score = await inkoop(['score', TENDER, '--format', 'html', '--out', '-']);
    expect(score.exitCode).toBe(0);
    expect(score.stdout).toMatch(/^<!DOCTYPE html>/);
    const tco = await inkoop(['tco', COSTS, '--format', 'html', '--out', '-']);
    expect(tco.exitCode).toBe(0);
    expect(tco.stdout).toMatch(/^<!DOCTYPE html>/);
    const json = await inkoop(['tco', COSTS, '--format', 'json', '--out', '-']);
    expect(JSON.parse(json.stdout)).toHaveProperty('options');
    const scaffold = await inkoop(
      ['scaffold', 'contract-clause', '--answers', ANSWERS, '--out', '-'],
      { cwd: dir },
    );
    expect(scaffold.exitCode).toBe(0);
    expect(scaffold.stdout.length).toBeGreaterThan(100);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--out dir/ and a missing folder are named as given', async () => {
    refused(
      await inkoop(['tco', COSTS, '--format', 'html', '--out', 'rapporten/'], { cwd: dir }),
      'inkoop: kan rapporten/ niet schrijven: de map rapporten/ bestaat niet',
    );
    mkdirSync(join(dir, 'rapporten'));
    refused(
      await inkoop(['tco', COSTS, '--format', 'html', '--out', 'rapporten/', '--lang', 'en'], {
        cwd: dir,
      }),
      'inkoop: cannot write rapporten/: it is a folder; give a file name, like rapporten/tco.html',
    );
    refused(
      await inkoop(['scaffold', 'contract-clause', '--answers', ANSWERS, '--out', 'a/b/c.md'], {
        cwd: dir,
      }),
      'inkoop: kan a/b/c.md niet schrijven: de map a/b bestaat niet',
    );
    expect(readdirSync(dir)).toEqual(['rapporten']);
  });

  it('a file name of 250 bytes works', async () => {
    const name = `${'a'.repeat(245)}.html`;
    const r = await inkoop(['tco', COSTS, '--format', 'html', '--out', name], { cwd: dir });
    expect(r.stderr).not.toMatch(STACK);
    expect(r.exitCode).toBe(0);
    expect(readdirSync(dir)).toEqual([name]);
  });
});

/** Milliseconds of CPU a process has used, from /proc (Linux). */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** Whether a process catches SIGINT and SIGTERM (Node itself does from the start, to reset the terminal). */
function catches(pid: number): boolean {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^SigCgt:\s*([0-9a-f]+)$/m);
  if (!line) return false;
  const mask = BigInt(`0x${line[1]}`);
  return (mask & (1n << 1n)) !== 0n && (mask & (1n << 14n)) !== 0n;
}

/** Whether a process catches SIGTERM (Node does from the start, inkoop's handler after). */
function catchesTerm(pid: number): boolean {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^SigCgt:\s*([0-9a-f]+)$/m);
  return !!line && (BigInt(`0x${line[1]}`) & (1n << 14n)) !== 0n;
}

/** A tender with many bids, so that scoring it takes seconds. */
function bigTender(bids: number): string {
  const criteria = [
    'functioneel',
    'architectuur',
    'interoperabiliteit',
    'prijs-prestatie',
    'financieel',
    'referenties',
    'implementatie-support',
  ];
  const lines = ['title: groot', 'scale: 10', 'price:', '  method: relative', 'bids:'];
  for (let i = 0; i < bids; i++) {
    lines.push(
      `  - vendor: Leverancier ${i}`,
      `    price: ${100_000 + ((i * 7919) % 1_900_000)}`,
      '    scores:',
    );
    for (const [k, c] of criteria.entries()) lines.push(`      ${c}: ${(i * (k + 3)) % 11}`);
  }
  return `${lines.join('\n')}\n`;
}

describe.runIf(existsSync('/proc/self/status'))('signals during long runs', () => {
  /** Starts inkoop, waits until it is busy computing, sends `signal`, and returns how it ended. */
  async function interrupt(args: string[], signal: NodeJS.Signals, busyMs: number) {
    const child = execa(process.execPath, [BIN, ...args], {
      cwd: dir,
      reject: false,
      forceKillAfterDelay: false,
      env: { FORCE_COLOR: '0', CI: 'true', INKOOP_LANG: '' },
    });
    const pid = child.pid!;
    const start = Date.now();
    for (;;) {
      await new Promise((r) => setTimeout(r, 20));
      if (Date.now() - start > 60_000) break;
      try {
        if (catches(pid) && cpuMs(pid) >= busyMs) break;
      } catch {
        break; // already ended
      }
    }
    child.kill(signal);
    const r = await child;
    return {
      exitCode: r.exitCode,
      signal: r.signal,
      stdout: String(r.stdout),
      stderr: String(r.stderr),
    };
  }

  it('SIGINT during a long score --format html --out: exit 130, no file, no temporary file', async () => {
    writeFileSync(join(dir, 'tender.yaml'), bigTender(8000));
    const r = await interrupt(
      ['score', 'tender.yaml', '--format', 'html', '--out', 'rapport.html'],
      'SIGINT',
      900,
    );
    expect(r.stderr).not.toMatch(STACK);
    expect(r.exitCode).toBe(130);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['tender.yaml']);
  }, 120_000);

  it('SIGTERM during a long score --format html to standard output: exit 143, nothing printed', async () => {
    writeFileSync(join(dir, 'tender.yaml'), bigTender(8000));
    const r = await interrupt(['score', 'tender.yaml', '--format', 'html'], 'SIGTERM', 900);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.exitCode).toBe(143);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['tender.yaml']);
  }, 120_000);

  it('SIGTERM during a long design run: exit 143 at once, nothing printed', async () => {
    const d = await interrupt(
      ['design', TENDER, '--runs', '100000', '--format', 'json'],
      'SIGTERM',
      700,
    );
    expect(d.stderr).not.toMatch(STACK);
    expect(d.exitCode).toBe(143);
    expect(d.stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  }, 120_000);
});

describe.runIf(existsSync('/proc/self/status'))('signals while reading', () => {
  it('SIGTERM while standard input stays open: the process ends at once', async () => {
    const child = execa(process.execPath, [BIN, 'tco', '-'], {
      stdin: 'pipe',
      reject: false,
      forceKillAfterDelay: false,
      env: { FORCE_COLOR: '0', CI: 'true', INKOOP_LANG: '' },
    });
    child.stdin!.write('title: half\n');
    // Wait until it reads: then it leaves SIGTERM to the system (no longer caught).
    const start = Date.now();
    let caught = false;
    while (Date.now() - start < 30_000) {
      await new Promise((r) => setTimeout(r, 20));
      const now = catchesTerm(child.pid!);
      if (caught && !now) break;
      caught ||= now;
    }
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.stdin!.end(), 10_000);
    const r = await child;
    clearTimeout(timer);
    // Ended by the signal itself (the shell sees 143), not by a handler after the input ended.
    expect(r.signal).toBe('SIGTERM');
    expect(String(r.stdout)).toBe('');
  }, 60_000);
});

describe('reading: only regular files, within the limit', () => {
  it('/dev/zero, a FIFO and a folder are refused at once', async () => {
    refused(
      await inkoop(['tco', '/dev/zero'], { timeout: 20_000 }),
      'inkoop: /dev/zero is een apparaat, geen gewoon bestand; inkoop leest alleen gewone bestanden en standaardinvoer (-)',
    );
    const fifo = join(dir, 'pijp.yaml');
    execFileSync('mkfifo', [fifo]);
    refused(
      await inkoop(['score', fifo, '--lang', 'en'], { timeout: 20_000 }),
      `inkoop: ${fifo} is a named pipe (FIFO), not a regular file; inkoop reads only regular files and standard input (-)`,
    );
    refused(
      await inkoop(['check', dir], { timeout: 20_000 }),
      `inkoop: ${dir} is een map; verwacht: een strategiedocument`,
    );
    refused(
      await inkoop(['scaffold', 'contract-clause', '--answers', '/dev/zero'], {
        cwd: dir,
        timeout: 20_000,
      }),
      'is een apparaat',
    );
    expect(readdirSync(dir)).toEqual(['pijp.yaml']);
  });

  it('a file or standard input over INKOOP_MAX_INPUT_MB: exit 2 before reading', async () => {
    const file = join(dir, 'groot.yaml');
    writeFileSync(file, `title: x\n${'# opvulling\n'.repeat(200_000)}`);
    refused(
      await inkoop(['tco', file, '--lang', 'en'], { env: { INKOOP_MAX_INPUT_MB: '1' } }),
      `inkoop: ${file} is 2.3 MiB, more than the input limit of 1 MiB; raise the limit with INKOOP_MAX_INPUT_MB if the file is right`,
    );
    refused(
      await inkoop(['tco', '-'], {
        env: { INKOOP_MAX_INPUT_MB: '1' },
        input: readFileSync(file, 'utf8'),
      }),
      'inkoop: standaardinvoer is groter dan de grens van 1 MiB voor invoer',
    );
    refused(
      await inkoop(['tco', COSTS], { env: { INKOOP_MAX_INPUT_MB: 'veel' } }),
      'inkoop: INKOOP_MAX_INPUT_MB: "veel" is geen positief aantal MiB',
    );
    // The default of 64 MiB passes an ordinary file.
    expect((await inkoop(['tco', COSTS])).exitCode).toBe(0);
  });
});

describe('reading: nesting, encodings, permissions', () => {
  it('YAML nested deeper than 64 levels: file:line:col, never a stack overflow', async () => {
    const flow = join(dir, 'diep.yaml');
    writeFileSync(flow, `title: x\noptions: ${'['.repeat(100_000)}\n`);
    refused(
      await inkoop(['tco', flow, '--lang', 'en']),
      `inkoop: ${flow}:2:73: nested deeper than 64 levels; no procurement file nests that deep`,
    );
    const block = join(dir, 'blok.yaml');
    writeFileSync(block, Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'));
    refused(await inkoop(['score', block]), `inkoop: ${block}:65:65: dieper genest dan 64 niveaus`);
  });

  it('Markdown lists nested deeper than 64 levels in a --content page: file:line:col', async () => {
    const page = join(dir, 'inkoop', 'index.md');
    mkdirSync(join(dir, 'inkoop'));
    const list = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- punt ${i}`).join('\n');
    writeFileSync(page, `---\ntitle: Diep\n---\n\n# Diep\n\n${list}\n`);
    refused(
      await inkoop(['show', 'inkoop', '--content', dir]),
      new RegExp(`^inkoop: ${page}:71:129: lijsten of citaten .*64 niveaus`),
    );
  });

  it('invalid UTF-8, UTF-16, UTF-32 and binary files: exit 2, saying what they are', async () => {
    const bad = join(dir, 'kapot.yaml');
    writeFileSync(
      bad,
      Buffer.concat([Buffer.from('title: Caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
    );
    refused(
      await inkoop(['tco', bad, '--lang', 'en']),
      `inkoop: ${bad}:1:11: not valid UTF-8 (byte 0xe9); save the file as UTF-8`,
    );
    const utf16 = join(dir, 'utf16.md');
    writeFileSync(
      utf16,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Strategie\n', 'utf16le')]),
    );
    refused(
      await inkoop(['check', utf16]),
      `inkoop: ${utf16}: het bestand is in UTF-16LE, niet in UTF-8; sla het op als UTF-8`,
    );
    const utf32 = join(dir, 'utf32.yaml');
    writeFileSync(utf32, Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x61]));
    refused(
      await inkoop(['score', utf32, '--lang', 'en']),
      'the file is in UTF-32BE, not UTF-8; save it as UTF-8',
    );
    const binary = join(dir, 'plaatje.md');
    writeFileSync(
      binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    refused(
      await inkoop(['check', binary, '--lang', 'en']),
      /plaatje\.md:\d+:\d+: not a text file/,
    );
    mkdirSync(join(dir, 'inkoop'));
    writeFileSync(join(dir, 'inkoop', 'index.md'), Buffer.from('# Titel\n\u0000\u0001'));
    refused(await inkoop(['show', 'inkoop', '--content', dir]), 'index.md:2:1: geen tekstbestand');
    // A UTF-8 byte-order mark is fine.
    const bom = join(dir, 'bom.yaml');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(COSTS)]));
    expect((await inkoop(['tco', bom])).exitCode).toBe(0);
  });

  it('an unreadable file or tender folder (EACCES): exit 2 with a message', async () => {
    chmodSync(dir, 0o755);
    const asUser = isRoot ? { uid: 65534, gid: 65534 } : {};
    const file = join(dir, 'geheim.yaml');
    writeFileSync(file, readFileSync(COSTS));
    chmodSync(file, 0o000);
    refused(
      await inkoop(['tco', file], asUser),
      `inkoop: ${file}: geen toegang (leesrechten ontbreken)`,
    );
    const folder = join(dir, 'aanbesteding');
    mkdirSync(folder);
    writeFileSync(join(folder, 'tender.yaml'), readFileSync(TENDER));
    chmodSync(folder, 0o311);
    try {
      refused(
        await inkoop(['score', folder, '--lang', 'en'], asUser),
        `inkoop: ${folder}: cannot list the folder: permission denied`,
      );
    } finally {
      chmodSync(folder, 0o755);
      chmodSync(file, 0o644);
    }
    expect(readFileSync(join(folder, 'tender.yaml')).equals(readFileSync(TENDER))).toBe(true);
  });
});

describe('numbers and names', () => {
  it('"too large to add up exactly" is located at file:line:col', async () => {
    const file = join(dir, 'kosten.yaml');
    writeFileSync(
      file,
      [
        'title: Te groot',
        'years: 10',
        'options:',
        '  - name: A',
        '    costs:',
        '      - name: klein',
        '        amount: 1',
        '      - name: enorm',
        '        amount: 90000000000000',
        '        every: year',
        '',
      ].join('\n'),
    );
    refused(
      await inkoop(['tco', file]),
      new RegExp(`^inkoop: ${file}:[89]:\\d+: .*te groot om tot op de cent exact`),
    );
  });

  it('a file name with escape sequences reaches stderr as visible text, not as bytes', async () => {
    const name = join(dir, 'x\u001b]8;;https:evil\u0007\u001b[31mrood\u202e.yaml');
    const r = await inkoop(['tco', name]);
    refused(r, 'bestaat niet');
    const bytes = Buffer.from(r.stderr);
    expect(bytes.includes(0x1b)).toBe(false);
    expect(bytes.includes(0x07)).toBe(false);
    expect(r.stderr).toContain('\\x1b]8;;https:evil\\x07\\x1b[31mrood\\u202e.yaml');
  });
});
