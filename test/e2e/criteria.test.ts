/** `inkoop criteria`: the default model of principle 12, a tender's criteria, and a starting tender file. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inkoop, ROOT, tempDir } from '../helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('inkoop criteria', () => {
  it('prints the default model with weights', async () => {
    const r = await inkoop(['criteria']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Gunningscriteria\n\nCriterium\s+Id\s+Punten\s+Aandeel\n/);
    for (const line of [
      /\nTechnische geschiktheid\s+technisch\s+40\s+40%\n/,
      /\n {2}Functionele requirements\s+functioneel\s+20\s+20%\n/,
      /\n {2}Total Cost of Ownership \(prijs\)\s+tco\s+20\s+20%\n/,
      /\nLeverancierscapaciteit\s+leverancier\s+30\s+30%\n/,
      /\n {2}Implementatie- en supportcapaciteit\s+implementatie-support\s+10\s+10%\n/,
      /\nTotaal\s+100\s+100%\n$/,
    ]) {
      expect(r.stdout).toMatch(line);
    }
  });

  it('prints English names with --lang en, and JSON', async () => {
    const en = await inkoop(['criteria', '--lang', 'en']);
    expect(en.stdout).toMatch(/\nSupplier capacity\s+leverancier\s+30\s+30%\n/);
    const j = JSON.parse((await inkoop(['criteria', '--format', 'json'])).stdout);
    expect(j.max_points).toBe(100);
    expect(j.criteria.map((g: { id: string; weight: number }) => [g.id, g.weight])).toEqual([
      ['technisch', 40],
      ['prijs-kwaliteit', 30],
      ['leverancier', 30],
    ]);
  });

  it('writes a starting tender file that inkoop score accepts', async () => {
    const y = await inkoop(['criteria', '--format', 'yaml']);
    expect(y.exitCode).toBe(0);
    expect(y.stdout).toContain(
      '  - { id: tco, name: Total Cost of Ownership, weight: 20, price: true }',
    );
    const path = join(tmp.dir, 'start.yaml');
    writeFileSync(path, y.stdout);
    // Its scores are placeholders (~): no winner, every missing score named at its place.
    const r = await inkoop(['score', path, '--format', 'json']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    const missing = r.stderr.match(
      /start\.yaml:\d+:\d+: inschrijving "Leverancier A" heeft nog geen score voor "[a-z-]+"/g,
    );
    expect(missing).toHaveLength(7);
    writeFileSync(path, y.stdout.replaceAll(': ~', ': 7'));
    const filled = await inkoop(['score', path, '--format', 'json']);
    expect(filled.exitCode).toBe(0);
    expect(JSON.parse(filled.stdout)).toMatchObject({ max_points: 100, winner: 'Leverancier A' });
  });

  it("prints a tender's own criteria, as Markdown", async () => {
    const r = await inkoop(['criteria', 'examples/tender/', '--format', 'markdown'], { cwd: ROOT });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      '| **Kwaliteit van de dienstverlening** | `kwaliteit` | **50** | **50%** |',
    );
    // The name comes from the tender file: escaped, so that it cannot become a link.
    expect(r.stdout).toContain('| Prijs \\(vier jaar\\) (prijs) | `prijs` | 35 | 35% |');
  });

  it('rejects an unknown format', async () => {
    const r = await inkoop(['criteria', '--format', 'yml']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('onbekend formaat "yml" (bedoelde je "yaml"?)');
  });
});
