/** `inkoop design`: simulating the price method before a tender is published. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inkoop, ROOT, tempDir } from '../helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

let n = 0;
function file(text: string): string {
  const path = join(tmp.dir, `design-${++n}.yaml`);
  writeFileSync(path, text);
  return path;
}

// Criteria only: no bids yet.
const CRITERIA = `
title: Cloudwerkplek
criteria:
  - { id: kwaliteit, name: Kwaliteit, weight: 60 }
  - { id: prijs, name: Prijs, weight: 40, price: true }
`;

describe('inkoop design', () => {
  it('simulates a tender without bids and compares the relative and the bounds method', async () => {
    const r = await inkoop(['design', file(CRITERIA), '--runs', '300']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      /^Cloudwerkplek\nOntwerp van de gunning: simulatie van de prijsmethode\n300 gegenereerde sets van 5 inschrijvingen; prijzen van EUR 100\.000,00 tot EUR 130\.000,00 \(spreiding 30%\); seed 1\./,
    );
    expect(r.stdout).toMatch(/In hoeveel sets\s+Relatief \(gekozen\)\s+Tussen grenzen/);
    // Rank reversal cannot happen with bounds.
    expect(r.stdout).toMatch(
      /Winnaar verandert als een verliezer zich terugtrekt\s+\S+% \(\d+\)\s+0,0% \(0\)/,
    );
    expect(r.stdout).toMatch(
      /Volgorde verandert als er een goedkopere inschrijving bijkomt\s+\S+% \(\d+\)\s+0,0% \(0\)/,
    );
    expect(r.stdout).toContain('Met de methode tussen grenzen kan dat niet');
  });

  it('is reproducible: the same seed gives the same report, another seed another', async () => {
    const path = file(CRITERIA);
    const a = await inkoop(['design', path, '--runs', '200', '--seed', '7', '--format', 'json']);
    const b = await inkoop(['design', path, '--runs', '200', '--seed', '7', '--format', 'json']);
    const c = await inkoop(['design', path, '--runs', '200', '--seed', '8', '--format', 'json']);
    expect(a.exitCode).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(c.stdout).methods).not.toEqual(JSON.parse(a.stdout).methods);
  });

  it('writes documented JSON: counts and shares per method', async () => {
    const r = await inkoop([
      'design',
      file(CRITERIA),
      '--runs',
      '250',
      '--bids',
      '4',
      '--spread',
      '50%',
      '--format',
      'json',
    ]);
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      title: 'Cloudwerkplek',
      method: 'relative',
      bids: 4,
      runs: 250,
      seed: 1,
      spread: 0.5,
      margin: 5,
      low_price: 100000,
      high_price: 150000,
      bounds: { best: 100000, worst: 200000 },
      max_points: 100,
      price_weight: 40,
    });
    for (const m of ['relative', 'bounds'] as const) {
      expect(Object.keys(j.methods[m])).toEqual([
        'award_method',
        'price_method',
        'rank_reversal_possible',
        'sets',
        'ties',
        'withdrawal_winner',
        'withdrawal_order',
        'addition_winner',
        'addition_order',
        'reversal_winner',
        'weight_winner',
        'fragile',
        'shares',
      ]);
      expect(j.methods[m].sets).toBe(250);
    }
    expect(j.methods.bounds).toMatchObject({
      withdrawal_winner: 0,
      withdrawal_order: 0,
      addition_winner: 0,
      addition_order: 0,
      reversal_winner: 0,
    });
    // With 40% of the points on price, the relative method reverses ranks in some of the sets.
    expect(j.methods.relative.addition_order).toBeGreaterThan(0);
    expect(j.methods.relative.shares.addition_order).toBeCloseTo(
      j.methods.relative.addition_order / 250,
      6,
    );
  });

  it('reads the default model, the tender folder, bounds from the tender, and says that bids are ignored', async () => {
    // examples/tender.yaml has no criteria: the model of principle 12, with Total Cost of Ownership (20 points) as price.
    const r = await inkoop(['design', 'examples/tender.yaml', '--runs', '50', '--lang', 'en'], {
      cwd: ROOT,
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Price criteria: 20 of 100 points.');
    expect(r.stderr).toMatch(
      /^inkoop design: the \d+ bids in the tender file are ignored; the simulation generates its own\n$/,
    );
    const folder = await inkoop(['design', 'examples/tender/', '--runs', '50', '--lang', 'en'], {
      cwd: ROOT,
    });
    expect(folder.exitCode).toBe(0);
    expect(folder.stdout).toMatch(
      /In how many sets\s+Relative( \(chosen\))?\s+Bounds( \(chosen\))?\n/,
    );
    const bounds = await inkoop(['design', '-', '--runs', '50', '--format', 'json'], {
      input: `${CRITERIA}price: { method: bounds, best: 80000, worst: 160000 }\nbids:\n  - { vendor: A, price: 1 }\n`,
    });
    expect(bounds.exitCode).toBe(0);
    expect(bounds.stderr).toBe(
      'inkoop design: de 1 inschrijving in het aanbestedingsbestand telt niet mee; de simulatie maakt haar eigen inschrijvingen\n',
    );
    expect(JSON.parse(bounds.stdout)).toMatchObject({
      method: 'bounds',
      low_price: 80000,
      bounds: { best: 80000, worst: 160000 },
    });
  });

  it('Markdown and CSV', async () => {
    const md = await inkoop([
      'design',
      file(CRITERIA),
      '--runs',
      '50',
      '--format',
      'markdown',
      '--lang',
      'en',
    ]);
    expect(md.exitCode).toBe(0);
    expect(md.stdout).toMatch(/^# Cloudwerkplek: Award design: simulation of the price method\n/);
    expect(md.stdout).toMatch(/\| In how many sets \| Relative \(chosen\) \| Bounds \|/);
    const csv = await inkoop(['design', file(CRITERIA), '--runs', '50', '--format', 'csv']);
    // Dutch (the default): a byte order mark, semicolons (Dutch Excel), Dutch headers.
    expect(csv.stdout.split('\r\n').slice(0, 3)).toEqual([
      '\ufeffmaatstaf;relative;relative_aandeel;bounds;bounds_aandeel',
      'reeksen;50;1;50;1',
      'gelijke_stand;0;0;0;0',
    ]);
    const en = await inkoop([
      'design',
      file(CRITERIA),
      '--runs',
      '50',
      '--format',
      'csv',
      '--lang',
      'en',
    ]);
    expect(en.stdout.split('\r\n').slice(0, 2)).toEqual([
      'metric,relative,relative_share,bounds,bounds_share',
      'sets,50,1,50,1',
    ]);
  });

  it('bad input is exit 2 with a clear message', async () => {
    const typo = await inkoop(['design', file('criteria:\n  - { id: q, name: Q, wieght: 10 }\n')]);
    expect(typo.exitCode).toBe(2);
    expect(typo.stderr).toMatch(/design-\d+\.yaml:2:\d+: .*wieght/);
    const spread = await inkoop(['design', file(CRITERIA), '--spread', '-5%']);
    expect(spread.exitCode).toBe(2);
    expect(spread.stderr).toContain(
      '--spread: verwacht de spreiding van de prijzen als percentage of als fractie',
    );
    const bids = await inkoop(['design', file(CRITERIA), '--bids', '1']);
    expect(bids.exitCode).toBe(2);
    expect(bids.stderr).toContain(
      '--bids: verwacht een geheel aantal inschrijvingen per set, 2 tot en met 200, niet "1"',
    );
    const half = await inkoop(['design', file(CRITERIA), '--best', '1000']);
    expect(half.exitCode).toBe(2);
    expect(half.stderr).toContain('--best en --worst horen bij elkaar');
  });
});

describe('inkoop design --methods', () => {
  it('simulates award methods side by side on the same sets: JSON one entry per method', async () => {
    const r = await inkoop([
      'design',
      file(CRITERIA),
      '--methods',
      'weighted, fictitious_price,utility_index',
      '--runs',
      '40',
      '--format',
      'json',
    ]);
    expect(r.exitCode, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as {
      compared: string[];
      methods: Record<string, { sets: number; rank_reversal_possible: boolean }>;
    };
    expect(j.compared).toEqual(['weighted', 'fictitious_price', 'utility_index']);
    expect(Object.keys(j.methods)).toEqual(j.compared);
    for (const m of j.compared) expect(j.methods[m]!.sets).toBe(40);
    expect(j.methods.fictitious_price).toMatchObject({
      award_method: 'fictitious_price',
      rank_reversal_possible: false,
      reversal_winner: 0,
    });
    expect(j.methods.utility_index!.rank_reversal_possible).toBe(true);
  });

  it("says in words which methods can show rank reversal, in the run's language", async () => {
    const r = await inkoop([
      'design',
      file(CRITERIA),
      '--methods',
      'weighted,lowest_price',
      '--runs',
      '20',
    ]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      'Ontwerp van de gunning: simulatie van gunningsmethoden naast elkaar',
    );
    expect(r.stdout).toMatch(/^Gewogen factorenmethode \(relatief\): rangomkering kan\./m);
    expect(r.stdout).toContain(
      'Laagste prijs: geen rangomkering: elke inschrijving wordt los van de andere gewaardeerd.',
    );
  });

  it('refuses an unknown method with a suggestion (exit 2)', async () => {
    const r = await inkoop(['design', file(CRITERIA), '--methods', 'weighted,utilty_index']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      'inkoop: --methods: onbekende gunningsmethode "utilty_index" (bedoelde je "utility_index"?); kies uit weighted, fictitious_price, price_per_point, utility_index, lowest_price, lowest_cost\n',
    );
  });
});

describe('inkoop design: which bid the addition rows add, per method', () => {
  it('the utility index alone: a bid of the highest quality, in both languages', async () => {
    const nl = await inkoop([
      'design',
      file(CRITERIA),
      '--runs',
      '20',
      '--methods',
      'utility_index',
    ]);
    expect(nl.exitCode).toBe(0);
    expect(nl.stdout).toMatch(
      /\nWinnaar verandert als er een inschrijving met de hoogste kwaliteit bijkomt\s+\S+% \(\d+\)\n/,
    );
    expect(nl.stdout).not.toContain('goedkopere');
    const en = await inkoop([
      'design',
      file(CRITERIA),
      '--runs',
      '20',
      '--methods',
      'utility_index',
      '--lang',
      'en',
    ]);
    expect(en.stdout).toMatch(/\nOrder changes when a bid of the highest quality is added\s+/);
    expect(en.stdout).not.toContain('cheaper');
  });

  it('mixed columns: "a bid is added (*)" and a note per method under the table', async () => {
    const r = await inkoop([
      'design',
      file(CRITERIA),
      '--runs',
      '20',
      '--methods',
      'weighted,utility_index',
      '--lang',
      'en',
      '--format',
      'markdown',
    ]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('| Winner changes when a bid is added (*) |');
    expect(r.stdout).toContain(
      '(*) The bid added: under the utility index one with the top score on every criterion (it moves the best quality), under the other methods a cheaper one without quality (it moves the lowest price).',
    );
  });

  it('without the utility index: a cheaper bid, no note', async () => {
    const r = await inkoop([
      'design',
      file(CRITERIA),
      '--runs',
      '20',
      '--methods',
      'weighted,fictitious_price',
      '--lang',
      'en',
    ]);
    expect(r.stdout).toContain('Winner changes when a cheaper bid is added');
    expect(r.stdout).not.toContain('(*)');
  });
});
