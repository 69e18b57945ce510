/** Issue 13 leftover: a tie in points that the tender's rule decides is not "no winner" in the robustness summary. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inkoop, ROOT, tempDir } from '../helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const TENDER = 'examples/award/tender.yaml';

describe('robustness summary on a tie broken by the tender rule', () => {
  it('the award report names the rule winner and says why the outcome is fragile', async () => {
    const out = join(tmp.dir, 'nl');
    const r = await inkoop(['award', TENDER, '--out', out, '--robustness'], { cwd: ROOT });
    expect(r.exitCode).toBe(0);
    const md = readFileSync(join(out, 'proces-verbaal.md'), 'utf8');
    const section = md.slice(md.indexOf('## Robuustheid'), md.indexOf('## Opschortende termijn'));
    expect(section).toContain(
      'Alfa Hosting B.V. en Bravo Cloud staan gelijk op de eerste plaats in punten; Alfa Hosting B.V. wint volgens de regel voor een gelijke stand (de meeste punten op Kwaliteit). Die uitkomst is kwetsbaar: de kleinste wijziging in de punten beslist de eerste plaats zonder de regel.',
    );
    expect(section).not.toContain('geen winnaar');
    // The letters name the same winner.
    const letter = readFileSync(join(out, 'alfa-hosting-b-v.md'), 'utf8');
    expect(letter).toContain('Alfa Hosting B.V.');
  });

  it('in English, and in score --robustness (text and JSON)', async () => {
    const out = join(tmp.dir, 'en');
    const r = await inkoop(['award', TENDER, '--out', out, '--robustness', '--lang', 'en'], {
      cwd: ROOT,
    });
    expect(r.exitCode).toBe(0);
    const md = readFileSync(join(out, 'evaluation-report.md'), 'utf8');
    expect(md).toContain(
      'Alfa Hosting B.V. and Bravo Cloud tie for first place in points; Alfa Hosting B.V. wins by the tie-break rule (the most points on Kwaliteit).',
    );
    expect(md).not.toContain('there is no winner');
    const text = await inkoop(['score', TENDER, '--robustness', '--lang', 'en'], { cwd: ROOT });
    expect(text.stdout).toContain(
      'Fragile: Alfa Hosting B.V. and Bravo Cloud tie for first place in points; Alfa Hosting B.V. wins by the tie-break rule',
    );
    const json = JSON.parse(
      (await inkoop(['score', TENDER, '--robustness', '--format', 'json'], { cwd: ROOT })).stdout,
    );
    expect(json.robustness.tie_break).toEqual({
      winner: 'Alfa Hosting B.V.',
      rule: 'highest:kwaliteit',
    });
    expect(json.robustness.fragile).toBe(true);
    expect(json.winner).toBe('Alfa Hosting B.V.');
  });

  it('a tie without a rule still says there is no winner', async () => {
    const file = join(tmp.dir, 'tie.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      file,
      readFileSync(join(ROOT, TENDER), 'utf8').replace(/^tie_break:\n( {2}- .*\n)+/m, ''),
    );
    const r = await inkoop(['score', file, '--robustness', '--lang', 'en'], { cwd: ROOT });
    expect(r.stdout).toContain(
      'tie for first place: there is no winner, and the smallest change decides.',
    );
  });
});
