/** A lot's verdict and --fail-under after the cap, for every award method; a failure names the lot. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inkoop, ROOT, tempDir } from '../helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const EXAMPLE = readFileSync(join(ROOT, 'examples/lots/tender.yaml'), 'utf8');

/** The example with an award method for every lot. */
function withMethod(method: string): string {
  const file = join(tmp.dir, `${method}.yaml`);
  writeFileSync(file, EXAMPLE.replace(/^scale: 10$/m, `scale: 10\nmethod: ${method}`));
  return file;
}

/** Lot B: Alfa 94 (passed over), Beta and Gamma tied at 68; the tender's rule (lowest price) chooses Gamma. */
const TIE = `title: Gelijke stand na het maximum
scale: 10
criteria:
  - { id: q, name: Kwaliteit, weight: 60 }
  - { id: p, name: Prijs, weight: 40, price: true }
tie_break:
  - { lowest: price }
max_lots_per_bidder: 1
lots:
  - { id: A, name: Netwerk }
  - { id: B, name: Telefonie }
bids:
  - vendor: Alfa
    lots:
      A: { price: 100, scores: { q: 9 } }
      B: { price: 100, scores: { q: 9 } }
  - vendor: Beta
    lots:
      B: { price: 200, scores: { q: 8 } }
  - vendor: Gamma
    lots:
      B: { price: 125, scores: { q: 6 } }
`;

describe('lots: verdict and --fail-under after the cap', () => {
  it('price per point: the verdict in the method terms; --fail-under on the awarded bid', async () => {
    const file = withMethod('price_per_point');
    const r = await inkoop(['score', file, '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      'Awarded to: Bravo Software, the highest-ranked bid still allowed to win a lot (rank 2, with a price per quality point of EUR 4,285.71).',
    );
    // Alfa, passed over on Software, has 52 quality points there; Bravo, awarded, 42.
    const fail = await inkoop(['score', file, '--fail-under', '45']);
    expect(fail.exitCode).toBe(1);
    expect(fail.stderr).toBe(
      'inkoop: Perceel Software en licenties: --fail-under 45: de inschrijving op de eerste plaats heeft 42,00 kwaliteitspunten (Bravo Software), onder de drempel (de inschrijving die na het maximum per inschrijver is gegund)\n',
    );
    const j = JSON.parse(
      (await inkoop(['score', file, '--fail-under', '45', '--format', 'json'])).stdout,
    );
    expect(j.gate.reasons).toEqual([
      'lot software: the quality points of the bid ranked first, 42 (Bravo Software), are below 45 (the bid awarded after the cap)',
    ]);
    expect(j.lots[1].gate).toMatchObject({
      measure: 'quality_points',
      measured: 42,
      passed: false,
    });
    expect(j.lots[0].gate).toMatchObject({ measured: 48, passed: true });
    expect((await inkoop(['score', file, '--fail-under', '42'])).exitCode).toBe(0);
  });

  it('utility index: --fail-under compares the quality points of the awarded bid', async () => {
    const file = withMethod('utility_index');
    const j = JSON.parse(
      (await inkoop(['score', file, '--fail-under', '45', '--format', 'json'])).stdout,
    );
    const software = j.lots.find((l: { id: string }) => l.id === 'software');
    expect(software.gate.measure).toBe('quality_points');
    // Alfa (52 quality points) is passed over; Bravo, awarded, has 42.
    expect(software.winner).toBe('Bravo Software');
    expect(software.scored_winner).toBe('Alfa ICT');
    expect(software.gate).toMatchObject({ measured: 42, passed: false });
  });

  it('methods without points refuse --fail-under, naming the lot', async () => {
    for (const method of ['lowest_price', 'fictitious_price']) {
      const file = withMethod(method);
      const r = await inkoop(['score', file, '--fail-under', '40', '--lang', 'en']);
      if (method === 'fictitious_price' && r.stderr.includes('value')) {
        // The example has no criterion values for the fictitious price: refused as input.
        expect(r.exitCode).toBe(2);
        continue;
      }
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toMatch(/^inkoop: Lot Werkplekken: --fail-under 40: the award method/);
    }
  });

  it('a tie among the bids left is broken by the lot rule; the gate holds the chosen bid', async () => {
    const file = join(tmp.dir, 'tie.yaml');
    writeFileSync(file, TIE);
    const r = await inkoop(['score', file, '--lot', 'B', '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      'Awarded to: Gamma, the highest-ranked bid still allowed to win a lot (rank 2, 68.00 of 100 points). Of the bids still allowed to win a lot, Beta and Gamma share the best place; the tie-break rule (the lowest price) chooses Gamma.',
    );
    const fail = await inkoop(['score', file, '--fail-under', '70', '--lang', 'en']);
    expect(fail.exitCode).toBe(1);
    expect(fail.stderr).toMatch(/^inkoop: Lot Telefonie: --fail-under 70: .*68\.00.*\(Gamma\)/m);
    expect(fail.stderr).not.toContain('Beta');
    expect(fail.stderr).not.toContain('Netwerk');
    const j = JSON.parse((await inkoop(['score', file, '--format', 'json'])).stdout);
    expect(j.winners).toEqual({ A: 'Alfa', B: 'Gamma' });
    expect(j.lots[1].tie_break.rule).toBe('lowest:price');
  });
});
