/**
 * The CI artefacts of one run: repeated --out (the format from each
 * extension), the JUnit report (validated against test/fixtures/junit.xsd
 * with xmllint), the gate in the JSON of `score`.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inkoop, ROOT, tempDir } from '../helpers.js';

const TENDER = join(ROOT, 'examples', 'tender.yaml');
const COSTS = join(ROOT, 'examples', 'costs.yaml');
const XSD = join(ROOT, 'test', 'fixtures', 'junit.xsd');
const XMLLINT = '/usr/bin/xmllint';
const hasXmllint = existsSync(XMLLINT);
if (!hasXmllint) console.warn(`skipped: JUnit schema validation needs ${XMLLINT} (libxml2-utils)`);

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let n = 0;
/** A fresh folder inside the temporary one. */
function folder(): string {
  const dir = join(tmp.dir, `d${++n}`);
  mkdirSync(dir);
  return dir;
}

/** xmllint's verdict on a JUnit file: '' when valid, else its messages. */
function schemaErrors(file: string): string {
  try {
    execFileSync(XMLLINT, ['--noout', '--nonet', '--schema', XSD, file], { stdio: 'pipe' });
    return '';
  } catch (err) {
    return String((err as { stderr?: Buffer }).stderr ?? err);
  }
}

describe('repeated --out: one run makes every artefact', () => {
  it('score writes each file in the format of its extension, the same bytes as --format gives', async () => {
    const dir = folder();
    const files = {
      html: join(dir, 'report.html'),
      json: join(dir, 'score.json'),
      markdown: join(dir, 'summary.md'),
      csv: join(dir, 'score.csv'),
      junit: join(dir, 'junit.xml'),
      table: join(dir, 'score.txt'),
    };
    const r = await inkoop(['score', TENDER, ...Object.values(files).flatMap((f) => ['--out', f])]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `${Object.values(files)
        .map((f) => `${f} geschreven`)
        .join('\n')}\n`,
    );
    for (const [format, file] of Object.entries(files)) {
      const alone = await inkoop(['score', TENDER, '--format', format]);
      expect(alone.exitCode).toBe(0);
      expect(readFileSync(file, 'utf8'), format).toBe(alone.stdout);
    }
  });

  it('--format keeps setting standard output next to the files; --out - is standard output', async () => {
    const dir = folder();
    const md = await inkoop([
      'score',
      TENDER,
      '--format',
      'markdown',
      '--out',
      join(dir, 'score.json'),
    ]);
    expect(md.exitCode).toBe(0);
    expect(md.stdout).toMatch(/^# Vervanging zaaksysteem/);
    expect(JSON.parse(readFileSync(join(dir, 'score.json'), 'utf8')).gate.passed).toBe(true);
    const dash = await inkoop(['tco', COSTS, '--out', join(dir, 'tco.html'), '--out', '-']);
    expect(dash.exitCode).toBe(0);
    expect(dash.stdout).toMatch(/^Total Cost of Ownership/);
    expect(readFileSync(join(dir, 'tco.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('tco writes html, json, markdown, csv and text at once', async () => {
    const dir = folder();
    const names = ['tco.html', 'tco.json', 'tco.md', 'tco.csv', 'tco.txt'];
    const r = await inkoop(['tco', COSTS, ...names.flatMap((f) => ['--out', join(dir, f)])]);
    expect(r.exitCode).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([...names].sort());
    const json = await inkoop(['tco', COSTS, '--format', 'json']);
    expect(readFileSync(join(dir, 'tco.json'), 'utf8')).toBe(json.stdout);
  });

  it('check takes --out too, and keeps its exit code when the strategy is incomplete', async () => {
    const dir = folder();
    const doc = join(dir, 'strategy.md');
    writeFileSync(doc, '# Strategie\n\n## Behoefteanalyse\n\nZaken digitaal afhandelen.\n');
    const r = await inkoop([
      'check',
      doc,
      '--out',
      join(dir, 'check.md'),
      '--out',
      join(dir, 'check.json'),
      '--out',
      join(dir, 'check.xml'),
    ]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'check.json'), 'utf8')).ok).toBe(false);
    expect(readFileSync(join(dir, 'check.md'), 'utf8')).toMatch(/Behoefteanalyse/);
    expect(readFileSync(join(dir, 'check.xml'), 'utf8')).toMatch(/<testsuites name="inkoop check"/);
  });

  it('an unknown extension, a format the command does not write, or a name given twice: exit 2, nothing written', async () => {
    const dir = folder();
    const unknown = await inkoop([
      'score',
      TENDER,
      '--out',
      join(dir, 'a.json'),
      '--out',
      join(dir, 'b.pdf'),
      '--lang',
      'en',
    ]);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toBe(
      `inkoop: --out ${join(dir, 'b.pdf')}: unknown extension .pdf; use .html, .json, .md, .csv, .txt, .xml, .xlsx\n`,
    );
    const unsupported = await inkoop(['tco', COSTS, '--out', join(dir, 'junit.xml')]);
    expect(unsupported.exitCode).toBe(2);
    expect(unsupported.stderr).toBe(
      `inkoop: --out ${join(dir, 'junit.xml')}: deze opdracht schrijft geen JUnit XML; gebruik .html, .json, .md, .csv, .txt, .xlsx\n`,
    );
    const bare = await inkoop(['score', TENDER, '--out', join(dir, 'report'), '--lang', 'en']);
    expect(bare.exitCode).toBe(2);
    expect(bare.stderr).toMatch(/the name has no extension to tell the format/);
    const twice = await inkoop([
      'score',
      TENDER,
      '--out',
      join(dir, 'a.json'),
      '--out',
      `${dir}/./a.json`,
      '--lang',
      'en',
    ]);
    expect(twice.exitCode).toBe(2);
    expect(twice.stderr).toMatch(/is given twice/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a file without an extension takes --format, as before', async () => {
    const dir = folder();
    const r = await inkoop(['score', TENDER, '--format', 'html', '--out', join(dir, 'report')]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'report'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('checks every target before computing: one existing file without --force writes none', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'score.json'), 'old');
    const r = await inkoop([
      'score',
      TENDER,
      '--out',
      join(dir, 'report.html'),
      '--out',
      join(dir, 'score.json'),
    ]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/score\.json bestaat al; gebruik --force/);
    expect(readdirSync(dir)).toEqual(['score.json']);
    expect(readFileSync(join(dir, 'score.json'), 'utf8')).toBe('old');
  });

  it('a write that fails leaves the other files as they were (all are written in full before any is moved into place)', async () => {
    const dir = folder();
    chmodSync(tmp.dir, 0o755);
    chmodSync(dir, 0o755);
    const open = join(dir, 'open');
    const locked = join(dir, 'locked');
    mkdirSync(open, { mode: 0o777 });
    mkdirSync(locked);
    chmodSync(open, 0o777);
    writeFileSync(join(open, 'score.json'), 'old', { mode: 0o666 });
    chmodSync(join(open, 'score.json'), 0o666);
    writeFileSync(join(locked, 'report.html'), 'old html');
    chmodSync(join(locked, 'report.html'), 0o666);
    chmodSync(locked, 0o555);
    // As root every folder is writable: run as nobody then.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = await inkoop(
      [
        'score',
        TENDER,
        '--force',
        '--out',
        join(open, 'score.json'),
        '--out',
        join(locked, 'report.html'),
        '--lang',
        'en',
      ],
      asUser,
    );
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      `inkoop: cannot write ${join(locked, 'report.html')}: permission denied (is the folder read-only?)\n`,
    );
    expect(readFileSync(join(open, 'score.json'), 'utf8')).toBe('old');
    expect(readFileSync(join(locked, 'report.html'), 'utf8')).toBe('old html');
    expect(readdirSync(open)).toEqual(['score.json']);
  });
});

describe('the gate in the JSON of score', () => {
  it('is there when no gate is asked: fail_under null, fail_if_fragile false, passed', async () => {
    const r = await inkoop(['score', TENDER, '--format', 'json']);
    expect(JSON.parse(r.stdout).gate).toEqual({
      fail_under: null,
      measure: null,
      measured: null,
      fail_if_fragile: false,
      passed: true,
      reasons: [],
    });
  });

  it('says why a gate failed, in stable English, and the exit code agrees', async () => {
    const r = await inkoop([
      'score',
      TENDER,
      '--format',
      'json',
      '--fail-under',
      '80',
      '--fail-if-fragile',
      '--lang',
      'nl',
    ]);
    expect(r.exitCode).toBe(1);
    const gate = JSON.parse(r.stdout).gate;
    expect(gate.fail_under).toBe(80);
    expect(gate.fail_if_fragile).toBe(true);
    expect(gate.passed).toBe(false);
    expect(gate.reasons[0]).toBe(
      'the best total, 78.191847 points (Digitaal Dossier Groep), is below 80',
    );
    expect(gate.reasons.slice(1).length).toBeGreaterThan(0);
    for (const reason of gate.reasons.slice(1)) expect(reason).toMatch(/^fragile: /);
    expect(r.stderr).toMatch(/^inkoop: --fail-under 80: het beste totaal is 78,19 punten/);
    expect(r.stderr).toMatch(/\n--fail-if-fragile: de uitkomst is kwetsbaar/);
    const passed = await inkoop(['score', TENDER, '--format', 'json', '--fail-under', '60']);
    expect(passed.exitCode).toBe(0);
    expect(JSON.parse(passed.stdout).gate).toEqual({
      fail_under: 60,
      measure: 'total_points',
      measured: 78.191847,
      fail_if_fragile: false,
      passed: true,
      reasons: [],
    });
  });
});

describe('--format junit', () => {
  it('score: each gate a test case; a failed gate a failure with its message; valid JUnit', async () => {
    const dir = folder();
    const file = join(dir, 'junit.xml');
    const r = await inkoop(['score', TENDER, '--fail-under', '80', '--out', file, '--lang', 'en']);
    expect(r.exitCode).toBe(1);
    const xml = readFileSync(file, 'utf8');
    expect(xml).toContain(
      '<testsuites name="inkoop score" tests="2" failures="1" errors="0" skipped="1" time="0">',
    );
    expect(xml).toContain(
      '<failure message="--fail-under 80: the best total is 78.19 points (Digitaal Dossier Groep), below the threshold" type="gate">',
    );
    expect(xml).toContain('<testcase name="--fail-if-fragile" classname="inkoop.score.gate"');
    expect(xml).toContain('<skipped message="not asked for in this run"/>');
    if (hasXmllint) expect(schemaErrors(file)).toBe('');
    const passing = await inkoop(['score', TENDER, '--format', 'junit', '--fail-under', '60']);
    expect(passing.exitCode).toBe(0);
    expect(passing.stdout).toContain('failures="0"');
    expect(passing.stdout).toContain(
      '<testcase name="--fail-under 60" classname="inkoop.score.gate" time="0"/>',
    );
  });

  it('check: each required part a test case, failed when missing, empty or (with --strict) a placeholder', async () => {
    const dir = folder();
    const doc = join(dir, 'strategy.md');
    writeFileSync(
      doc,
      '# Strategie\n\n## Behoefteanalyse\n\nZaken digitaal afhandelen.\n\n## Marktverkenning\n\n{{markt}} & <b>"x"</b>\n',
    );
    const r = await inkoop(['check', doc, '--format', 'junit', '--strict', '--lang', 'en']);
    expect(r.exitCode).toBe(1);
    const xml = r.stdout;
    const cases = [...xml.matchAll(/<testcase name="([^"]*)" classname="([^"]*)"/g)];
    expect(cases.filter((c) => c[2] === 'inkoop.check.condition')).toHaveLength(7);
    expect(cases.filter((c) => c[2] === 'inkoop.check.question')).toHaveLength(6);
    expect(cases.filter((c) => c[2] === 'inkoop.check.strict')).toHaveLength(1);
    expect(xml).toMatch(
      /<testcase name="1\. Needs analysis" classname="inkoop\.check\.condition" time="0">\n\s+<system-out>/,
    );
    expect(xml).toMatch(
      /<failure message="placeholder: [^"]*\{\{markt\}\}[^"]*" type="placeholder">/,
    );
    expect(xml).toMatch(/<failure message="missing: [^"]*" type="missing">/);
    const file = join(dir, 'check.xml');
    writeFileSync(file, xml);
    if (hasXmllint) expect(schemaErrors(file)).toBe('');
  });

  it('the schema itself rejects a malformed report (the validation can fail)', () => {
    if (!hasXmllint) return;
    const file = join(folder(), 'bad.xml');
    writeFileSync(
      file,
      '<testsuites><testsuite name="x" tests="two" failures="0" errors="0"/></testsuites>\n',
    );
    expect(schemaErrors(file)).toMatch(/tests.*not a valid value/);
  });
});

describe('on GitHub Actions', () => {
  const gh = { GITHUB_ACTIONS: 'true' };

  it('prints each input problem as a workflow command at file:line:col too, escaped as GitHub documents', async () => {
    const dir = folder();
    const broken = join(dir, 'broken, 100%.yaml');
    writeFileSync(
      broken,
      readFileSync(TENDER, 'utf8').replace('functioneel: [8, 7, 8]', 'functioneel: [8, 7, 11]'),
    );
    const r = await inkoop(['score', broken, '--lang', 'en'], { env: gh });
    expect(r.exitCode).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    const plain = lines.filter((l) => !l.startsWith('::'));
    const commands = lines.filter((l) => l.startsWith('::'));
    expect(plain[0]).toMatch(/^inkoop: .*broken, 100%\.yaml:\d+:\d+: /);
    expect(commands).toHaveLength(plain.length);
    const m = /^::error file=([^,]*),line=(\d+),col=(\d+),title=inkoop::(.*)$/.exec(commands[0]!);
    expect(m, commands[0]).not.toBeNull();
    expect(m![1]).toBe(broken.replace(/%/g, '%25').replace(/:/g, '%3A').replace(/,/g, '%2C'));
    expect(plain[0]).toContain(`:${m![2]}:${m![3]}: ${m![4]!.replace(/%25/g, '%')}`);
    // Without GITHUB_ACTIONS=true: no workflow commands.
    const local = await inkoop(['score', broken, '--lang', 'en']);
    expect(local.stderr).not.toMatch(/^::/m);
  });

  it('a failed gate is an error annotation too, its lines joined by %0A', async () => {
    const r = await inkoop(
      ['score', TENDER, '--fail-under', '80', '--fail-if-fragile', '--lang', 'en'],
      { env: gh },
    );
    expect(r.exitCode).toBe(1);
    const commands = r.stderr.split('\n').filter((l) => l.startsWith('::'));
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatch(
      /^::error title=inkoop::--fail-under 80: the best total is 78\.19 points \(Digitaal Dossier Groep\), below the threshold%0A--fail-if-fragile: /,
    );
  });
  it('text from an input that looks like a workflow command is printed as text (stop-commands)', async () => {
    const dir = folder();
    const tender = join(dir, 'tender.yaml');
    writeFileSync(
      tender,
      readFileSync(TENDER, 'utf8').replace('vendor: Zaakwerk BV', 'vendor: "::error::injected"'),
    );
    const plain = await inkoop(['score', tender, '--format', 'csv', '--lang', 'en']);
    expect(plain.stdout).toMatch(/^::error::injected,/m);
    const r = await inkoop(['score', tender, '--format', 'csv', '--lang', 'en'], { env: gh });
    expect(r.exitCode).toBe(0);
    const m = /^::stop-commands::([0-9a-f]{32})\n([\s\S]*)::\1::\n$/s.exec(r.stdout);
    expect(m, r.stdout).not.toBeNull();
    expect(m![2]).toBe(plain.stdout);
    // Redirected to a file, the report stays byte for byte the same.
    const file = join(dir, 'score.csv');
    execFileSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" "${join(ROOT, 'bin', 'inkoop.js')}" score "${tender}" --format csv --lang en > "${file}"`,
      ],
      {
        env: { ...process.env, GITHUB_ACTIONS: 'true', FORCE_COLOR: '0', INKOOP_LANG: '' },
      },
    );
    expect(readFileSync(file, 'utf8')).toBe(plain.stdout);
    const clean = await inkoop(['score', TENDER, '--format', 'csv'], { env: gh });
    expect(clean.stdout).not.toMatch(/stop-commands/);
  });
});

describe('--summary', () => {
  it('appends the Markdown report to $GITHUB_STEP_SUMMARY, keeping what is there', async () => {
    const dir = folder();
    const summary = join(dir, 'step_summary');
    writeFileSync(summary, '## Earlier step\n\nkeep me\n');
    const md = await inkoop(['score', TENDER, '--format', 'markdown']);
    const r = await inkoop(['score', TENDER, '--summary', '--fail-under', '80'], {
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^Vervanging zaaksysteem/);
    expect(r.stderr).toContain(`rapport toegevoegd aan de samenvatting van de stap (${summary})\n`);
    expect(readFileSync(summary, 'utf8')).toBe(`## Earlier step\n\nkeep me\n${md.stdout}\n`);
    const tco = await inkoop(['tco', COSTS, '--summary', '--out', join(dir, 'tco.json')], {
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(tco.exitCode).toBe(0);
    expect(tco.stdout).toBe('');
    const after = readFileSync(summary, 'utf8');
    expect(after.startsWith(`## Earlier step\n\nkeep me\n${md.stdout}\n`)).toBe(true);
    expect(after).toMatch(/# Total Cost of Ownership/);
  });

  it('creates the file when absent; check can publish too', async () => {
    const dir = folder();
    const summary = join(dir, 'new_summary');
    const doc = join(dir, 'strategy.md');
    writeFileSync(doc, '# Strategie\n\n## Behoefteanalyse\n\nZaken digitaal afhandelen.\n');
    const r = await inkoop(['check', doc, '--summary', '--lang', 'en'], {
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(r.exitCode).toBe(1);
    expect(readFileSync(summary, 'utf8')).toMatch(/Needs analysis/);
  });

  it('exits 2 with a clear message when $GITHUB_STEP_SUMMARY is not set or is a folder, before computing', async () => {
    const none = await inkoop(['score', TENDER, '--summary', '--lang', 'en']);
    expect(none.exitCode).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toBe(
      'inkoop: --summary appends the report to the file named by $GITHUB_STEP_SUMMARY, but that variable is not set; outside GitHub Actions write it with --out report.md\n',
    );
    const dir = folder();
    const asFolder = await inkoop(['score', TENDER, '--summary', '--lang', 'en'], {
      env: { GITHUB_STEP_SUMMARY: dir },
    });
    expect(asFolder.exitCode).toBe(2);
    expect(asFolder.stdout).toBe('');
    expect(asFolder.stderr).toMatch(/is a folder/);
  });
});
