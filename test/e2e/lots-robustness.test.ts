/** --robustness per lot with the cap: does the award of this lot change? (examples/lots/tender.yaml) */
import { describe, expect, it } from 'vitest';
import { inkoop, ROOT } from '../helpers.js';

const EXAMPLE = 'examples/lots/tender.yaml';
const score = (...args: string[]) => inkoop(['score', EXAMPLE, ...args], { cwd: ROOT });

describe('robustness of a lot award under the cap', () => {
  it('JSON: a withdrawal and an addition on Werkplekken move Software back to Alfa', async () => {
    const r = await score('--robustness', '--format', 'json');
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    const software = j.lots.find((l: { id: string }) => l.id === 'software');
    expect(software.robustness.award).toEqual({
      capped: true,
      winner: 'Bravo Software',
      tied: [],
      fragile: true,
      checked_withdrawals: 4,
      checked_additions: 2,
      // Without Alfa on Werkplekken, Charlie wins it; Alfa has won nothing and wins Software.
      withdrawals: [{ lot: 'werkplekken', vendor: 'Alfa ICT', winner: 'Alfa ICT', tied: [] }],
      // At EUR 75,000 Alfa and Charlie tie on Werkplekken (48 + 30 = 54 + 24 = 78): not awarded,
      // so Alfa is not passed over on Software.
      additions: [{ lot: 'werkplekken', price: 75000, winner: 'Alfa ICT', tied: [] }],
    });
    // The lot's own analysis of its ranking stays: Alfa first, firm.
    expect(software.robustness.fragile).toBe(false);
    const werkplekken = j.lots.find((l: { id: string }) => l.id === 'werkplekken');
    expect(werkplekken.robustness.award.withdrawals).toEqual([]);
    expect(werkplekken.robustness.award.additions).toEqual([
      { lot: 'werkplekken', price: 75000, winner: null, tied: ['Alfa ICT', 'Charlie Systems'] },
    ]);
  });

  it('text and Markdown: the award analysis first, with the lot where the change happens', async () => {
    const text = await score('--robustness', '--lot', 'software');
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toContain('Gunning van dit perceel met het maximum per inschrijver');
    expect(text.stdout).toContain(
      'Kwetsbaar: De gunning van dit perceel verandert: wordt de inschrijving van Alfa ICT op perceel Werkplekken ingetrokken, dan gaat dit perceel naar Alfa ICT;',
    );
    expect(text.stdout).toContain('Rangschikking van dit perceel: Alfa ICT wint');
    const md = await score(
      '--robustness',
      '--lot',
      'software',
      '--format',
      'markdown',
      '--lang',
      'en',
    );
    expect(md.stdout).toContain('\n#### Award of this lot under the cap per bidder\n');
    expect(md.stdout).toContain(
      '- ⚠ **if a cheaper bid is added on lot Werkplekken \\(at or below EUR 75,000.00, not winning that lot itself\\), this lot goes to Alfa ICT**',
    );
  });

  it('--fail-if-fragile fails Software on its award, naming the lot and the change', async () => {
    const r = await score('--fail-if-fragile', '--lot', 'software', '--lang', 'en');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(
      'inkoop: Lot Software en licenties: --fail-if-fragile: the outcome is fragile (margin 5 points): if the bid of Alfa ICT on lot Werkplekken is withdrawn, this lot goes to Alfa ICT',
    );
    const j = JSON.parse(
      (await score('--fail-if-fragile', '--lot', 'software', '--format', 'json')).stdout,
    );
    expect(j.gate.reasons).toContain(
      'lot software: fragile: if Alfa ICT withdraws from lot werkplekken, the outcome is Alfa ICT',
    );
  });

  it('without a cap each lot keeps its own analysis', async () => {
    const { readFileSync, writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'inkoop-lots-'));
    const file = join(dir, 'tender.yaml');
    writeFileSync(
      file,
      readFileSync(join(ROOT, EXAMPLE), 'utf8').replace('max_lots_per_bidder: 1\n', ''),
    );
    const r = await inkoop(['score', file, '--robustness', '--format', 'json'], { cwd: ROOT });
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.winners).toEqual({ werkplekken: 'Alfa ICT', software: 'Alfa ICT' });
    expect(j.lots[1].robustness.award.capped).toBe(false);
    expect(j.lots[1].robustness.award.withdrawals).toEqual([]);
    const text = await inkoop(['score', file, '--robustness'], { cwd: ROOT });
    expect(text.stdout).not.toContain('met het maximum per inschrijver');
  });
});
