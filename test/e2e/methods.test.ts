/**
 * Every award method through the built CLI, on the tenders in
 * examples/methods/ (their figures are worked out by hand in
 * test/unit/methods.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inkoop, ROOT } from '../helpers.js';

const ex = (name: string) => join(ROOT, 'examples', 'methods', name);
const work = mkdtempSync(join(tmpdir(), 'inkoop-methods-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function json(file: string) {
  const r = await inkoop(['score', ex(file), '--format', 'json', '--explain']);
  expect(r.exitCode).toBe(0);
  return JSON.parse(r.stdout) as {
    method: string;
    winner: string | null;
    bids: {
      vendor: string;
      rank: number | null;
      value: number | null;
      price_to_win: number | null;
      reasons: string[];
      method_formula?: string;
    }[];
  };
}

describe('score per method (JSON)', () => {
  it.each([
    ['fictitious-price.yaml', 'fictitious_price', 'Aannemer A', 740000, 1015000],
    ['price-per-point.yaml', 'price_per_point', 'Alfa', 6578.95, 506667.29],
    ['utility-index.yaml', 'utility_index', 'Charlie', 0.75, 130434.78],
    ['weighted-log.yaml', 'weighted', 'Alfa', 88, 108150.05],
    ['lowest-cost', 'lowest_cost', 'Alfa', 58923.7, 60000],
  ])('%s: %s, winner %s', async (file, method, winner, value, toWin) => {
    const j = await json(file);
    expect(j.method).toBe(method);
    expect(j.winner).toBe(winner);
    expect(j.bids[0]).toMatchObject({ vendor: winner, rank: 1, value, price_to_win: toWin });
    for (const b of j.bids.filter((x) => x.rank === null)) {
      expect(b.value).toBeNull();
      expect(b.price_to_win).toBeNull();
    }
  });

  it('lowest price: a tie at the same price, and a minimum label excludes the cheapest', async () => {
    const j = await json('lowest-price.yaml');
    expect(j.method).toBe('lowest_price');
    expect(j.winner).toBeNull();
    expect(j.bids.filter((b) => b.rank === 1).map((b) => b.vendor)).toEqual(['Alfa', 'Delta']);
    expect(j.bids.find((b) => b.vendor === 'Bravo')!.reasons).toEqual([
      'minimum not met: criterion plan: "matig" < "voldoende"',
    ]);
  });

  it('--explain gives the method formula with the bid numbers', async () => {
    const j = await json('fictitious-price.yaml');
    expect(j.bids[0]!.method_formula).toBe('1000000.00 - 260000.00 = 740000.00');
  });
});

describe('score per method (reports)', () => {
  it('text in Dutch: the method, the value, the minimum and the price to win', async () => {
    const r = await inkoop(['score', ex('fictitious-price.yaml'), '--explain']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Fictieve inschrijfprijs (gunnen op waarde)');
    expect(r.stdout).toContain(
      'Winnaar: Aannemer A, met een fictieve inschrijfprijs van EUR 740.000,00.',
    );
    expect(r.stdout).toContain('Aannemer D: minimum niet gehaald: Risicobeheersing 0 < 1');
    expect(r.stdout).toContain(
      'Aannemer B: komt gelijk met de nummer één bij een prijs van EUR 885.000,00',
    );
    expect(r.stdout).toContain('Fictieve prijs: 1.000.000,00 − 260.000,00 = 740.000,00');
    expect(r.stdout).toContain('Plan van aanpak      NR  200.000,00 × -50%');
  });

  it('text in English for the utility index', async () => {
    const r = await inkoop(['score', ex('utility-index.yaml'), '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Winner: Charlie, with a utility index of 0.7500.');
    expect(r.stdout).toContain('Charlie: stays first up to a price of EUR 130,434.78');
  });

  it('Markdown and HTML show the price to win', async () => {
    const md = await inkoop(['score', ex('price-per-point.yaml'), '--format', 'markdown']);
    expect(md.exitCode).toBe(0);
    expect(md.stdout).toContain('## Omslagprijs');
    expect(md.stdout).toContain(
      '- **Alfa**: blijft eerste tot en met een prijs van EUR 506.667,29',
    );
    const out = join(work, 'ppp.html');
    const h = await inkoop([
      'score',
      ex('price-per-point.yaml'),
      '--format',
      'html',
      '--out',
      out,
      '--force',
    ]);
    expect(h.exitCode).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('id="price-to-win"');
    expect(html).toContain('prijs per kwaliteitspunt');
    expect(html).toContain('EUR 6.578,95');
  });

  it('notes weights that the method does not use', async () => {
    const file = join(work, 'fp-weights.yaml');
    writeFileSync(
      file,
      'method: fictitious_price\ncriteria:\n  - { id: a, name: A, weight: 10, value: 100 }\nbids:\n  - { vendor: X, price: 1000, scores: { a: 5 } }\n',
    );
    const r = await inkoop(['score', file, '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe(
      'note: method fictitious_price uses no weights; the weights in the tender file do not count\n',
    );
  });

  it('an unknown label is an input error at its place, naming the labels', async () => {
    const file = join(work, 'bad-label.yaml');
    writeFileSync(
      file,
      readFileSync(ex('lowest-price.yaml'), 'utf8').replace('plan: goed', 'plan: prima'),
    );
    const r = await inkoop(['score', file, '--lang', 'en']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /bad-label\.yaml:\d+:\d+: bids\[0\]\.scores\.plan: unknown label "prima" for "plan"; the labels are: "onvoldoende", "matig", "voldoende", "goed", "uitstekend"\n$/,
    );
  });
});

describe('award letters per method', () => {
  it('name the method and explain the position in its terms', async () => {
    const dir = join(work, 'award');
    const tender = readFileSync(ex('utility-index.yaml'), 'utf8')
      .replace(
        'bids:\n',
        'award:\n  authority: { name: Gemeente Voorbeeldstad }\n  dispatch_date: 2027-04-07\nbids:\n',
      )
      .replace(/kwaliteit: (\d+) \}/g, 'kwaliteit: { score: $1, motivation: Goed onderbouwd. } }');
    writeFileSync(join(work, 'award-tender.yaml'), tender);
    const r = await inkoop(['award', join(work, 'award-tender.yaml'), '--out', dir]);
    expect(r.exitCode).toBe(0);
    const alfa = readFileSync(join(dir, 'alfa.md'), 'utf8');
    expect(alfa).toContain(
      'de gunningsmethode uit de aanbestedingsstukken: nutsindex (waarde voor geld)',
    );
    expect(alfa).toContain(
      'Uw inschrijving is als 2e geëindigd, met een nutsindex van 0,6900; de inschrijving van Charlie had een nutsindex van 0,7500.',
    );
    expect(alfa).toContain('Bij een prijs van EUR 92.000,00 was uw inschrijving');
    const report = readFileSync(join(dir, 'proces-verbaal.md'), 'utf8');
    expect(report).toContain('Gunningsmethode: nutsindex (waarde voor geld).');
    expect(report).toContain(
      'De winnende inschrijving is die van Charlie, met een nutsindex van 0,7500.',
    );
  });
});

describe('--fail-under per method (src/score/gate.ts)', () => {
  async function gate(file: string, threshold: string, ...more: string[]) {
    const r = await inkoop(['score', ex(file), '--fail-under', threshold, ...more]);
    const asJson = more.includes('json') && r.exitCode !== 2;
    return { ...r, gate: asJson ? JSON.parse(r.stdout).gate : null };
  }

  // price_per_point: the bid ranked first, Alfa, has 60 x 8/10 + 40 x 7/10 = 76 quality points.
  it('price_per_point holds the quality points of the bid ranked first: exit 1 / 0', async () => {
    const below = await gate('price-per-point.yaml', '80', '--format', 'json', '--lang', 'en');
    expect(below.exitCode).toBe(1);
    expect(below.gate).toEqual({
      fail_under: 80,
      measure: 'quality_points',
      measured: 76,
      fail_if_fragile: false,
      passed: false,
      reasons: ['the quality points of the bid ranked first, 76 (Alfa), are below 80'],
    });
    expect(below.stderr).toBe(
      'inkoop: --fail-under 80: the bid ranked first has 76.00 quality points (Alfa), below the threshold\n',
    );
    const above = await gate('price-per-point.yaml', '76', '--format', 'json');
    expect(above.exitCode).toBe(0);
    expect(above.gate).toMatchObject({ measure: 'quality_points', measured: 76, passed: true });
  });

  // utility_index: Charlie ranks first with 70 x 9/10 = 63 quality points (of 70).
  it('utility_index: the winner quality points; above the quality maximum is exit 2', async () => {
    const pass = await gate('utility-index.yaml', '63', '--format', 'json');
    expect(pass.exitCode).toBe(0);
    expect(pass.gate).toMatchObject({ measure: 'quality_points', measured: 63, passed: true });
    const fail = await gate('utility-index.yaml', '63.5', '--format', 'json');
    expect(fail.exitCode).toBe(1);
    const high = await gate('utility-index.yaml', '71');
    expect(high.exitCode).toBe(2);
    expect(high.stderr).toBe(
      'inkoop: --fail-under 71 is meer dan de 70 kwaliteitspunten die een inschrijving in deze aanbesteding kan halen; geen inschrijving kan de drempel halen\n',
    );
  });

  it.each([
    ['fictitious-price.yaml', 'fictitious_price', 'fictitious price (award on value)'],
    ['lowest-price.yaml', 'lowest_price', 'lowest price'],
    ['lowest-cost', 'lowest_cost', 'lowest cost on a life-cycle basis'],
  ])('%s: refused with exit 2, naming the method', async (file, method, name) => {
    const r = await gate(file, '0', '--lang', 'en');
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `inkoop: --fail-under 0: the award method ${method}, ${name}, gives no points, so there is nothing to hold against the threshold; leave out --fail-under, or use a method with points (weighted, price_per_point, utility_index)\n`,
    );
  });

  it('weighted keeps the best total', async () => {
    const r = await gate('weighted-log.yaml', '88', '--format', 'json');
    expect(r.exitCode).toBe(0);
    expect(r.gate).toMatchObject({ measure: 'total_points', measured: 88, passed: true });
    expect((await gate('weighted-log.yaml', '88.5')).exitCode).toBe(1);
  });
});

describe('HTML report: a chart of the value that ranks', () => {
  // utility-index.yaml: Charlie 0.75, Alfa 0.69, Bravo 0.5333 (worked out in test/unit/methods.test.ts).
  it('utility index: bars of the index in order of rank', async () => {
    const r = await inkoop(['score', ex('utility-index.yaml'), '--format', 'html', '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('<figcaption>Utility index per bid, in order of rank</figcaption>');
    const bars = [...r.stdout.matchAll(/data-category="([^"]*)" data-value="([^"]*)"/g)].map(
      (m) => [m[1], Number(m[2])],
    );
    expect(bars.map((b) => b[0])).toEqual(['Charlie', 'Alfa', 'Bravo']);
    expect(bars[0]![1]).toBe(0.75);
  });
});

describe('robustness per method: labels, closed forms and searched figures', () => {
  // fictitious-price.yaml: B (EUR 15,000 behind) comes first with risico 1 -> 2 (+EUR 35,000);
  // C (EUR 110,000 behind) with plan NR -> 1 (+EUR 150,000). Worked out in the unit tests.
  it('fictitious price: margins in labels, in words and in JSON', async () => {
    const text = await inkoop([
      'score',
      ex('fictitious-price.yaml'),
      '--robustness',
      '--lang',
      'en',
    ]);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toContain(
      'Aannemer B (rank 2, EUR 15,000.00 behind): comes first with the label 2 on Risicobeheersing (now 1).',
    );
    expect(text.stdout).toContain(
      'Aannemer C (rank 3, EUR 110,000.00 behind): comes first with the label 1 on Plan van aanpak (now NR).',
    );
    const r = await inkoop([
      'score',
      ex('fictitious-price.yaml'),
      '--robustness',
      '--format',
      'json',
    ]);
    const m = JSON.parse(r.stdout).robustness.score_margins;
    expect(m[1].best).toMatchObject({
      criterion: 'plan',
      label: { from: 'NR', to: '1' },
      searched: null,
    });
    const csv = await inkoop([
      'score',
      ex('fictitious-price.yaml'),
      '--robustness',
      '--format',
      'csv',
      '--lang',
      'en',
    ]);
    expect(csv.stdout).toContain('score_margin,Aannemer C,plan,increase,0.75,1,,can win,false');
    expect(csv.stdout).toContain(
      'score_margin,Aannemer C,risico,increase,0,,,cannot win on this criterion,false',
    );
  });

  it('utility index: the report says the thresholds were searched, with the tolerance', async () => {
    const r = await inkoop(['score', ex('utility-index.yaml'), '--robustness']);
    expect(r.stdout).toMatch(
      /Bij deze gunningsmethode zijn de gewichtsdrempels gezocht, niet uitgerekend: .* nauwkeurig tot op 0,0+\d+ punt\./,
    );
    const j = await inkoop(['score', ex('utility-index.yaml'), '--robustness', '--format', 'json']);
    const w = JSON.parse(j.stdout).robustness.weights[0];
    expect(w.decrease.searched.tolerance).toBeGreaterThan(0);
    expect(w.decrease.searched.tolerance).toBeLessThan(1e-6);
  });
});
