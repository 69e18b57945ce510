/** `inkoop design` on a tender with lots: each lot simulated with its own criteria and price settings. */
import { describe, expect, it } from 'vitest';
import { inkoop, ROOT } from '../helpers.js';

const EXAMPLE = 'examples/lots/tender.yaml';
const run = (...args: string[]) =>
  inkoop(['design', EXAMPLE, '--runs', '40', ...args], { cwd: ROOT });

describe('inkoop design with lots', () => {
  it('text: a report per lot, titled by the lot, and the cap said to be not simulated', async () => {
    const r = await run();
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('de 3 inschrijvingen');
    expect(r.stdout).toContain(
      'Elk perceel is op zichzelf gesimuleerd; het maximum van 1 perceel per inschrijver is niet gesimuleerd.',
    );
    const werk = r.stdout.indexOf(
      'Werkplekken en software gemeente Voorbeeldstad, perceel Werkplekken',
    );
    const soft = r.stdout.indexOf(
      'Werkplekken en software gemeente Voorbeeldstad, perceel Software en licenties',
    );
    expect(werk).toBeGreaterThan(0);
    expect(soft).toBeGreaterThan(werk);
    // Werkplekken's budget (EUR 150.000) sets its generated prices; software has no budget.
    expect(r.stdout.slice(werk, soft)).toContain('EUR 115.384,00');
    expect(r.stdout.slice(soft)).toContain('EUR 100.000,00');
  });

  it('JSON: a lot per entry, each with its own price settings', async () => {
    const r = await run('--format', 'json');
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.title).toBe('Werkplekken en software gemeente Voorbeeldstad');
    expect(j.max_lots_per_bidder).toBe(1);
    expect(j.lots.map((l: { id: string; name: string }) => [l.id, l.name])).toEqual([
      ['werkplekken', 'Werkplekken'],
      ['software', 'Software en licenties'],
    ]);
    expect(j.lots[0].low_price).toBe(115384);
    expect(j.lots[1].low_price).toBe(100000);
    expect(j.lots[0].methods.relative.sets).toBe(40);
    expect(j.lots[1].price_weight).toBe(40);
  });

  it('CSV: a lot column first, in the run language', async () => {
    const en = await run('--format', 'csv', '--lang', 'en');
    expect(en.exitCode).toBe(0);
    const rows = en.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('lot,metric,relative,relative_share,bounds,bounds_share');
    expect(rows[1]).toBe('werkplekken,sets,40,1,40,1');
    expect(rows.filter((row) => row.startsWith('software,'))).toHaveLength(9);
    const nl = await run('--format', 'csv');
    expect(nl.stdout.startsWith('\ufeffperceel;')).toBe(true);
  });

  it('Markdown: the tender title once, a section per lot', async () => {
    const r = await run('--format', 'markdown', '--lang', 'en');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.startsWith('# Werkplekken en software gemeente Voorbeeldstad\n')).toBe(true);
    expect(r.stdout).toMatch(/^## Lot Werkplekken: /m);
    expect(r.stdout).toMatch(/^## Lot Software en licenties: /m);
    expect(r.stdout.match(/^# /gm)).toHaveLength(1);
  });

  it('--lot simulates one lot; an unknown lot or a tender without lots is refused', async () => {
    const one = await run('--lot', 'software', '--format', 'json');
    expect(one.exitCode).toBe(0);
    expect(JSON.parse(one.stdout).lots.map((l: { id: string }) => l.id)).toEqual(['software']);
    const text = await run('--lot', 'software');
    expect(text.stdout).not.toContain('perceel Werkplekken');
    const bad = await run('--lot', 'sofware');
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--lot sofware: onbekend perceel');
    expect(bad.stderr).toContain('"software"');
    const none = await inkoop(['design', 'examples/tender.yaml', '--lot', 'software'], {
      cwd: ROOT,
    });
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('--lot software: deze aanbesteding heeft geen percelen');
  });

  it('--methods compares award methods per lot', async () => {
    const r = await run('--methods', 'weighted,lowest_price', '--format', 'json');
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    for (const lot of j.lots) expect(lot.compared).toEqual(['weighted', 'lowest_price']);
  });
});
