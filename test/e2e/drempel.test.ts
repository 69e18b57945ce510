/**
 * `inkoop drempel <amount>`: does an estimated contract value (excluding VAT)
 * reach the European thresholds? Figures: Delegated Regulations (EU)
 * 2025/2150, 2025/2151, 2025/2152 (2026-2027) and 2023/2495, 2023/2496,
 * 2023/2497 (2024-2025).
 */
import { describe, expect, it } from 'vitest';
import { inkoop } from '../helpers.js';

const json = async (args: string[]) => {
  const r = await inkoop(['drempel', ...args, '--format', 'json']);
  expect(r.exitCode).toBe(0);
  return JSON.parse(r.stdout);
};

describe('inkoop drempel', () => {
  it('has the 2026-2027 thresholds for every kind of contract and authority', async () => {
    const day = ['--date', '2026-06-15'];
    const cases: Array<[string, string, number]> = [
      ['diensten', 'centraal', 140000],
      ['diensten', 'decentraal', 216000],
      ['diensten', 'speciale-sector', 432000],
      ['leveringen', 'decentraal', 216000],
      ['werken', 'centraal', 5404000],
      ['werken', 'speciale-sector', 5404000],
      ['sociale-diensten', 'decentraal', 750000],
      ['sociale-diensten', 'speciale-sector', 1000000],
    ];
    for (const [type, authority, threshold] of cases) {
      const j = await json(['1', '--type', type, '--authority', authority, ...day]);
      expect(j).toMatchObject({
        type,
        period: '2026-2027',
        outdated: false,
        verdicts: [{ authority, threshold, reached: false }],
      });
    }
  });

  it('and the 2024-2025 thresholds for a date in that period', async () => {
    const j = await json(['221000', '--date', '2025-12-31']);
    expect(j).toMatchObject({
      period: '2024-2025',
      period_from: '2024-01-01',
      period_to: '2025-12-31',
    });
    expect(j.verdicts).toEqual([
      { authority: 'centraal', threshold: 143000, reached: true },
      { authority: 'decentraal', threshold: 221000, reached: true },
      { authority: 'speciale-sector', threshold: 443000, reached: false },
    ]);
    expect(
      (
        await json([
          '5538000',
          '--type',
          'werken',
          '--authority',
          'decentraal',
          '--date',
          '2024-01-01',
        ])
      ).verdicts[0],
    ).toEqual({ authority: 'decentraal', threshold: 5538000, reached: true });
  });

  it('reaches a threshold at exactly its amount, not a cent below', async () => {
    const at = await inkoop([
      'drempel',
      '216000',
      '--authority',
      'decentraal',
      '--date',
      '2026-03-01',
    ]);
    expect(at.exitCode).toBe(0);
    expect(at.stdout).toContain(
      'bereikt de Europese drempel van EUR 216.000,00 voor diensten (decentrale overheid, drempels 2026-2027',
    );
    expect(at.stdout).toContain('Europees aanbesteden is verplicht');
    const below = await inkoop([
      'drempel',
      '215999,99',
      '--authority',
      'decentraal',
      '--date',
      '2026-03-01',
      '--lang',
      'en',
    ]);
    expect(below.stdout).toContain(
      'Estimated contract value EUR 215,999.99 excl. VAT stays below the EU threshold of EUR 216,000.00',
    );
  });

  it('without --authority, a table of all three kinds of authority, naming the period and its source', async () => {
    const r = await inkoop(['drempel', '180000', '--date', '2026-11-23', '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      'thresholds 2026-2027 (Delegated Regulations (EU) 2025/2150, 2025/2151, 2025/2152)',
    );
    // The kind of authority in words, with the value --authority takes.
    expect(r.stdout).toMatch(/^central government \(centraal\) +EUR 140,000\.00 +yes$/m);
    expect(r.stdout).toMatch(/^sub-central authority \(decentraal\) +EUR 216,000\.00 +no$/m);
    expect(r.stdout).toMatch(/^utilities \(speciale-sector\) +EUR 432,000\.00 +no$/m);
    const nl = await inkoop(['drempel', '180000', '--date', '2026-11-23']);
    expect(nl.stdout).toMatch(/^decentrale overheid \(decentraal\) +EUR 216\.000,00 +nee$/m);
  });

  it('warns on stderr when the date is past the newest period it knows', async () => {
    const r = await inkoop([
      'drempel',
      '500000',
      '--authority',
      'centraal',
      '--date',
      '2028-01-02',
    ]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(
      /^waarschuwing: de nieuwste drempels die inkoop kent \(2026-2027\) golden tot en met 31 december 2027; er kunnen nieuwere drempels gelden\n$/,
    );
    expect(r.stdout).toContain('drempels 2026-2027');
    const today = await inkoop(['drempel', '500000', '--format', 'json']);
    expect(today.exitCode).toBe(0);
    expect(JSON.parse(today.stdout).period).toMatch(/^\d{4}-\d{4}$/);
  });

  it('refuses an amount it would have to guess, and unknown kinds with a suggestion', async () => {
    for (const amount of ['250.000', '250,000', '1.234.567', '-5', 'abc', '12.345']) {
      const r = await inkoop(['drempel', amount]);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toBe(
        `inkoop: "${amount}" is geen bedrag; schrijf het in euro zonder scheidingstekens voor duizendtallen, zoals 250000 of 250000,50\n`,
      );
    }
    expect((await json(['EUR 250000.5', '--date', '2026-01-01'])).amount).toBe(250000.5);
    const a = await inkoop(['drempel', '1', '--authority', 'central']);
    expect(a).toMatchObject({
      exitCode: 2,
      stderr:
        'inkoop: --authority: onbekende waarde "central" (bedoelde je "centraal"?); gebruik een van centraal, decentraal, speciale-sector\n',
    });
    expect((await inkoop(['drempel', '1', '--date', '2026-13-01'])).stderr).toMatch(
      /--date: "2026-13-01" is geen datum/,
    );
    expect((await inkoop(['drempel'])).exitCode).toBe(2);
  });
});
