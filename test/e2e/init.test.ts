/**
 * `inkoop init`: a new user's first files, in the run's language; refusing
 * to overwrite; a starter tender with placeholder scores names no winner;
 * `--example` writes the bundled examples; score and tco without a file
 * point to init.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inkoop, ROOT, tempDir } from '../helpers.js';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const run = (args: string[]) => inkoop(args, { cwd: tmp.dir });
const read = (...parts: string[]) => readFileSync(join(tmp.dir, ...parts), 'utf8');

describe('inkoop init', () => {
  it('writes a starting costs.yaml and tender.yaml with Dutch comments; tco runs, score names the missing scores', async () => {
    const r = await run(['init']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('costs.yaml geschreven\ntender.yaml geschreven\n');
    expect(r.stderr).toContain('  inkoop tco costs.yaml\n  inkoop score tender.yaml\n');
    expect(readdirSync(tmp.dir).sort()).toEqual(['costs.yaml', 'tender.yaml']);
    expect(read('costs.yaml')).toContain('# Kostenbestand voor `inkoop tco`');
    expect(read('tender.yaml')).toContain('# Aanbesteding voor `inkoop score`');

    const tco = await run(['tco', 'costs.yaml', '--format', 'json']);
    expect(tco.exitCode).toBe(0);
    expect(JSON.parse(tco.stdout).options.map((o: { name: string }) => o.name)).toEqual([
      'Clouddienst',
      'Eigen beheer',
    ]);

    const score = await run(['score', 'tender.yaml']);
    expect(score.exitCode).toBe(2);
    expect(score.stdout).toBe('');
    expect(score.stdout).not.toMatch(/Winnaar/);
    const lines = score.stderr.trimEnd().split('\n');
    // Two bids, seven scored criteria each: every placeholder at its own line and column.
    expect(lines).toHaveLength(14);
    expect(lines[0]).toBe(
      'inkoop: tender.yaml:59:20: inschrijving "Leverancier A" heeft nog geen score voor "functioneel" (een getal van 0 tot de schaal, of een lijst met één per beoordelaar); zonder alle scores geen winnaar',
    );
    expect(lines[13]).toMatch(
      /^tender\.yaml:79:30: inschrijving "Leverancier B" heeft nog geen score voor "implementatie-support"/,
    );

    // Filled in, the same file names a winner.
    writeFileSync(join(tmp.dir, 'tender.yaml'), read('tender.yaml').replaceAll(': ~', ': 7'));
    const filled = await run(['score', 'tender.yaml', '--format', 'json']);
    expect(filled.exitCode).toBe(0);
    expect(JSON.parse(filled.stdout).winner).toBe('Leverancier A');
  });

  it('writes English files with --lang en, a tender folder with --tender-folder, into a new folder', async () => {
    const r = await run(['init', 'nieuw/project', '--tender-folder', '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('nieuw/project/tender/vendor-b.yaml written');
    expect(r.stderr).toContain('  inkoop score nieuw/project/tender/\n');
    expect(readdirSync(join(tmp.dir, 'nieuw', 'project', 'tender')).sort()).toEqual([
      'tender.yaml',
      'vendor-a.yaml',
      'vendor-b.yaml',
    ]);
    expect(read('nieuw', 'project', 'costs.yaml')).toContain('# A costs file for `inkoop tco`');
    const score = await run(['score', 'nieuw/project/tender/', '--lang', 'en']);
    expect(score.exitCode).toBe(2);
    expect(score.stderr).toMatch(
      /^inkoop: nieuw\/project\/tender\/vendor-a\.yaml:9:16: bid "Vendor A" has no score for "functioneel" yet/,
    );
    expect(score.stderr.trimEnd().split('\n')).toHaveLength(14);
  });

  it('refuses to overwrite anything, and then writes nothing at all', async () => {
    writeFileSync(join(tmp.dir, 'tender.yaml'), 'mine\n');
    const r = await run(['init']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      'inkoop: tender.yaml bestaat al; inkoop init overschrijft niets en heeft niets geschreven\nKies een andere map (inkoop init <map>), of verplaats of verwijder deze bestanden eerst.\n',
    );
    expect(existsSync(join(tmp.dir, 'costs.yaml'))).toBe(false);
    expect(read('tender.yaml')).toBe('mine\n');
    writeFileSync(join(tmp.dir, 'costs.yaml'), 'mine too\n');
    const two = await run(['init', '--lang', 'en']);
    expect(two.stderr).toMatch(/^inkoop: costs\.yaml, tender\.yaml exist already; /);
    writeFileSync(join(tmp.dir, 'file'), '');
    const file = await run(['init', 'file']);
    expect(file.exitCode).toBe(2);
    expect(file.stderr).toContain('file is een bestand, geen map');
  });

  it('--example writes the bundled examples to examples/, where every --help finds them', async () => {
    const r = await run(['init', '--example']);
    expect(r.exitCode).toBe(0);
    const bundled = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
        .sort();
    expect(bundled(join(tmp.dir, 'examples'))).toEqual(bundled(join(ROOT, 'examples')));
    expect(read('examples', 'costs.yaml')).toBe(
      readFileSync(join(ROOT, 'examples', 'costs.yaml'), 'utf8'),
    );
    const score = await run(['score', 'examples/tender.yaml', '--format', 'json']);
    expect(score.exitCode).toBe(0);
    expect(JSON.parse(score.stdout).winner).toBe('Digitaal Dossier Groep');
    expect((await run(['init', '--example'])).exitCode).toBe(2);
    const conflict = await run(['init', '--example', '--tender-folder']);
    expect(conflict.exitCode).toBe(2);
    expect(conflict.stderr).toContain('laat --tender-folder weg');
  });
});

describe('score and tco without a file point to init', () => {
  for (const [command, first] of [
    ['score', "inkoop: het argument 'aanbesteding' ontbreekt"],
    ['tco', 'inkoop: geen kostenbestand: geef er een als `inkoop tco kosten.yaml`'],
  ] as const) {
    it(command, async () => {
      mkdirSync(join(tmp.dir, 'leeg'));
      const r = await inkoop([command], { cwd: join(tmp.dir, 'leeg') });
      expect(r.exitCode).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.startsWith(first)).toBe(true);
      expect(r.stderr).toContain('`inkoop init` schrijft een begin van costs.yaml en tender.yaml');
      expect(r.stderr).toContain('`inkoop criteria --format yaml > tender.yaml`');
      const en = await inkoop([command, '--lang', 'en'], { cwd: join(tmp.dir, 'leeg') });
      expect(en.stderr).toContain('No file yet? `inkoop init` writes a starting costs.yaml');
    });
  }
});
