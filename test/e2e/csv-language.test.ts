/** The robustness and design CSV files speak the run's language, as the score CSV does. */
import { describe, expect, it } from 'vitest';
import { inkoop, ROOT } from '../helpers.js';

describe('CSV headers in the run language', () => {
  it('score --robustness --format csv: Dutch headers and cells under nl, the stable names under en', async () => {
    const nl = await inkoop(['score', 'examples/tender.yaml', '--robustness', '--format', 'csv'], {
      cwd: ROOT,
    });
    expect(nl.exitCode).toBe(0);
    const rows = nl.stdout.split('\r\n');
    expect(rows[0]).toBe(
      '\ufeffanalyse;onderwerp;criterium;richting;wijziging;waarde;winnaar;uitkomst;kwetsbaar',
    );
    expect(rows[1]).toMatch(/^gewicht;[^;]+;[^;]*;verhoging;/);
    expect(nl.stdout).not.toMatch(/;(true|false)\r\n/);
    expect(nl.stdout).not.toContain('winner changes');
    const en = await inkoop(
      ['score', 'examples/tender.yaml', '--robustness', '--format', 'csv', '--lang', 'en'],
      { cwd: ROOT },
    );
    expect(en.stdout.split('\r\n')[0]).toBe(
      'analysis,subject,criterion,direction,change,value,winner,outcome,fragile',
    );
    expect(en.stdout.split('\r\n')[1]).toMatch(/^weight,[^,]+,[^,]*,increase,/);
  });

  it('design --format csv: Dutch headers and measures under nl', async () => {
    const nl = await inkoop(['design', 'examples/tender.yaml', '--runs', '20', '--format', 'csv'], {
      cwd: ROOT,
    });
    expect(nl.exitCode).toBe(0);
    const rows = nl.stdout.split('\r\n');
    expect(rows[0]).toBe('\ufeffmaatstaf;relative;relative_aandeel;bounds;bounds_aandeel');
    expect(rows.map((r) => r.split(';')[0]).slice(1, -1)).toEqual([
      'reeksen',
      'gelijke_stand',
      'terugtrekking_winnaar',
      'terugtrekking_volgorde',
      'toevoeging_winnaar',
      'toevoeging_volgorde',
      'rangomkering_winnaar',
      'gewicht_winnaar',
      'kwetsbaar',
    ]);
  });
});
