/** `inkoop score --robustness`, `--fail-if-fragile` and `--margin` as a buyer and a CI job run them. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inkoop, ROOT, tempDir } from '../helpers.js';

const STACK = /\n\s+at .+:\d+:\d+/;
const tmp = tempDir();
afterAll(() => tmp.cleanup());

let n = 0;
function file(text: string): string {
  const path = join(tmp.dir, `tender-${++n}.yaml`);
  writeFileSync(path, text);
  return path;
}

// B wins; withdrawing A (the cheapest, losing bid) raises the lowest price and hands the win to C
// (worked out in test/unit/robustness.test.ts).
const WITHDRAW = file(`
title: Rangomkering
criteria:
  - { id: kwaliteit, name: Kwaliteit, weight: 50, scale: 100 }
  - { id: prijs, name: Prijs, weight: 50, price: true }
bids:
  - { vendor: A, price: 100000, scores: { kwaliteit: 20 } }
  - { vendor: B, price: 150000, scores: { kwaliteit: 80 } }
  - { vendor: C, price: 120000, scores: { kwaliteit: 62 } }
`);

// P is best on every criterion, for every evaluator, and cheapest; Q and R follow in the same order.
const DOMINANT = file(`
criteria:
  - id: kwaliteit
    name: Kwaliteit
    criteria:
      - { id: functioneel, name: Functioneel, weight: 30 }
      - { id: service, name: Service, weight: 20 }
  - { id: prijs, name: Prijs, weight: 50, price: true }
bids:
  - { vendor: P, price: 90000, scores: { functioneel: [9, 9, 8], service: [8, 9, 9] } }
  - { vendor: Q, price: 100000, scores: { functioneel: [7, 7, 6], service: [7, 6, 7] } }
  - { vendor: R, price: 120000, scores: { functioneel: [5, 4, 5], service: [5, 5, 4] } }
`);

// Y wins; lowering the quality weight by 340/19 = 17.89 points makes Z win (worked out in the unit test).
const PAPER = file(`
criteria:
  - { id: kwaliteit, name: Kwaliteit, weight: 60 }
  - { id: prijs, name: Prijs, weight: 40, price: true }
bids:
  - { vendor: X, price: 100000, scores: { kwaliteit: 6 } }
  - { vendor: Y, price: 125000, scores: { kwaliteit: 9 } }
  - { vendor: Z, price: 110000, scores: { kwaliteit: 7.5 } }
`);

describe('inkoop score --robustness', () => {
  it('tells in plain words, after the ranking, how firm the example tender is', async () => {
    const r = await inkoop(['score', 'examples/tender.yaml', '--robustness'], { cwd: ROOT });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    const at = r.stdout.indexOf('Robuustheid van de uitkomst');
    expect(at).toBeGreaterThan(r.stdout.indexOf('Winnaar: Digitaal Dossier Groep'));
    const tail = r.stdout.slice(at);
    expect(tail).toContain(
      'Kwetsbaar: Digitaal Dossier Groep wint met 0,86 punten voorsprong op OpenZaak Coöperatie. De winnaar verandert: bij 2,06 punten meer gewicht voor Prijs-kwaliteit verhouding wint OpenZaak Coöperatie in plaats van Digitaal Dossier Groep',
    );
    expect(tail).toContain(
      '! Total Cost of Ownership (20 punten): bij 2,07 punten meer gewicht (22,07) wint OpenZaak Coöperatie in plaats van Digitaal Dossier Groep.',
    );
    expect(tail).toMatch(/Technische architectuur\s+10\s+geen wisseling\s+geen wisseling/);
    expect(tail).toContain(
      'OpenZaak Coöperatie (rang 2, 0,86 punten achter): wint met meer dan 0,43 erbij op Functionele requirements',
    );
    expect(tail).toContain(
      'Het terugtrekken van een inschrijving die niet won, verandert de volgorde van de andere niet.',
    );
    expect(tail).toContain(
      'Zonder de scores van beoordelaar 2 (de 2e score van elke lijst) wint OpenZaak Coöperatie in plaats van Digitaal Dossier Groep.',
    );
    for (const title of ['Gewichten', 'Scoremarges', 'Rangomkering', 'Beoordelaars'])
      expect(tail).toContain(`\n${title}\n`);
  });

  it('in English with --lang en', async () => {
    const r = await inkoop(['score', WITHDRAW, '--robustness', '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      'How firm is the outcome\nFragile: B wins by 0.67 points over C. The winner changes:',
    );
    expect(r.stdout).toContain(
      '! If A withdraws, the lowest price becomes EUR 120,000.00 and C wins instead of B.',
    );
  });

  it('says firm when one bid dominates', async () => {
    const r = await inkoop(['score', DOMINANT, '--robustness', '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(
      /Firm: P wins by [\d.]+ points over Q\. No weight change of up to 5 points changes the winner, and neither does withdrawing or adding a bid\./,
    );
    expect(r.stdout).not.toMatch(/^\s+! /m);
  });

  it('skips rank reversal for the bounds method and says why', async () => {
    const bounds = file(`
criteria:
  - { id: kwaliteit, name: Kwaliteit, weight: 50, scale: 100 }
  - { id: prijs, name: Prijs, weight: 50, price: true }
price: { method: bounds, best: 100000, worst: 200000 }
bids:
  - { vendor: A, price: 100000, scores: { kwaliteit: 20 } }
  - { vendor: B, price: 150000, scores: { kwaliteit: 80 } }
`);
    const r = await inkoop(['score', bounds, '--robustness', '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      'The bounds price formula scores each price independently of the other bids',
    );
  });

  it('puts the analysis under a documented robustness key in the JSON', async () => {
    const r = await inkoop(['score', WITHDRAW, '--robustness', '--format', 'json']);
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.winner).toBe('B');
    expect(Object.keys(j.robustness)).toEqual([
      'method',
      'unit',
      'margin',
      'fragile',
      'reasons',
      'winner',
      'tied',
      'tie_break',
      'runner_up',
      'lead',
      'weights',
      'score_margins',
      'winner_labels',
      'rank_reversal',
      'evaluators',
    ]);
    expect(j.robustness).toMatchObject({
      margin: 5,
      fragile: true,
      winner: 'B',
      runner_up: 'C',
      lead: 0.666667,
    });
    expect(j.robustness.reasons).toContainEqual({
      kind: 'withdrawal',
      vendor: 'A',
      winner: 'C',
      tied: [],
    });
    expect(j.robustness.rank_reversal).toMatchObject({
      applicable: true,
      reason: null,
      withdrawals_checked: 2,
    });
    expect(j.robustness.rank_reversal.withdrawals).toEqual([
      {
        vendor: 'A',
        lowest_price: 120000,
        winner_changed: true,
        winner: 'C',
        tied: [],
        changes: [{ a: 'B', b: 'C', before: 'ahead', after: 'behind' }],
        change_count: 1,
      },
    ]);
    // Without --robustness there is no such key.
    const plain = JSON.parse((await inkoop(['score', WITHDRAW, '--format', 'json'])).stdout);
    expect(plain.robustness).toBeUndefined();
  });

  it('reports the weight threshold worked out on paper in the JSON', async () => {
    const j = JSON.parse(
      (await inkoop(['score', PAPER, '--robustness', '--format', 'json'])).stdout,
    );
    const q = j.robustness.weights.find((w: { id: string }) => w.id === 'kwaliteit');
    expect(q).toMatchObject({
      kind: 'criterion',
      weight: 60,
      range: { min: -60, max: 40 },
      increase: null,
    });
    expect(q.decrease.change).toBeCloseTo(-340 / 19, 5);
    expect(q.decrease.winner).toBe('Z');
  });

  it('in Markdown, CSV and HTML too', async () => {
    const md = await inkoop([
      'score',
      WITHDRAW,
      '--robustness',
      '--format',
      'markdown',
      '--lang',
      'en',
    ]);
    expect(md.exitCode).toBe(0);
    expect(md.stdout).toContain(
      '\n## How firm is the outcome\n\n**Fragile:** B wins by 0.67 points over C.',
    );
    expect(md.stdout).toContain(
      '- ⚠ **If A withdraws, the lowest price becomes EUR 120,000.00 and C wins instead of B.**',
    );
    const csv = await inkoop([
      'score',
      WITHDRAW,
      '--robustness',
      '--format',
      'csv',
      '--lang',
      'en',
    ]);
    expect(csv.exitCode).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe(
      'analysis,subject,criterion,direction,change,value,winner,outcome,fragile',
    );
    expect(csv.stdout).toContain('\r\nwithdrawal,A,,,,120000,C,winner changes,true\r\n');
    const html = await inkoop([
      'score',
      WITHDRAW,
      '--robustness',
      '--format',
      'html',
      '--lang',
      'en',
    ]);
    expect(html.exitCode).toBe(0);
    expect(html.stdout).toContain('<h2 id="robustness">How firm is the outcome</h2>');
    expect(html.stdout).toContain(
      'If A withdraws, the lowest price becomes EUR 120,000.00 and C wins instead of B.',
    );
  });
});

describe('inkoop score --fail-if-fragile', () => {
  it('exits 1 when withdrawing a losing bid changes the winner, with the report on stdout and the reason on stderr', async () => {
    const r = await inkoop(['score', WITHDRAW, '--fail-if-fragile']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('Winnaar: B');
    expect(r.stdout).toContain('Kwetsbaar: B wint met 0,67 punten voorsprong op C.');
    expect(r.stderr).toMatch(
      /^inkoop: --fail-if-fragile: de uitkomst is kwetsbaar \(marge 5 punten\): .*trekt A zich terug, dan wint C in plaats van B/,
    );
    expect(r.stderr).not.toMatch(STACK);
  });

  it('exits 0 when nothing is fragile', async () => {
    const r = await inkoop(['score', DOMINANT, '--fail-if-fragile', '--format', 'json']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).robustness).toMatchObject({ fragile: false, reasons: [] });
  });

  it('--margin sets the weight change that counts: 17 points passes, 18 fails (the threshold is 17.89)', async () => {
    const pass = await inkoop(['score', PAPER, '--fail-if-fragile', '--margin', '17']);
    expect(pass.exitCode).toBe(0);
    const fail = await inkoop(['score', PAPER, '--fail-if-fragile', '--margin', '18']);
    expect(fail.exitCode).toBe(1);
    expect(fail.stderr).toContain(
      'inkoop: --fail-if-fragile: de uitkomst is kwetsbaar (marge 18 punten): bij 17,89 punten minder gewicht voor Kwaliteit wint Z in plaats van Y',
    );
  });

  it('a tie for first place is fragile', async () => {
    const tie = file(`
criteria:
  - { id: q, name: Q, weight: 50 }
  - { id: p, name: P, weight: 50, price: true }
bids:
  - { vendor: Cheap, price: 100, scores: { q: 5 } }
  - { vendor: Good, price: 200, scores: { q: 10 } }
`);
    const r = await inkoop(['score', tie, '--fail-if-fragile', '--lang', 'en']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('there is a tie already (Cheap and Good)');
  });

  it('bad options are usage errors (exit 2)', async () => {
    const alone = await inkoop(['score', PAPER, '--margin', '3']);
    expect(alone.exitCode).toBe(2);
    expect(alone.stderr).toBe(
      'inkoop: --margin werkt met --robustness of --fail-if-fragile: voeg er een toe, bijvoorbeeld inkoop score tender.yaml --fail-if-fragile --margin 3\n',
    );
    const bad = await inkoop(['score', PAPER, '--robustness', '--margin', 'five']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('inkoop: --margin: verwacht een aantal punten, 0 of meer');
    expect(bad.stdout).toBe('');
  });

  it('a bad tender file is still exit 2 with file:line:col', async () => {
    const broken = file(`
criteria:
  - { id: q, name: Q, weight: 50 }
bids:
  - { vendor: A, price: 100, scores: { q: 11 } }
`);
    const r = await inkoop(['score', broken, '--fail-if-fragile']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/tender-\d+\.yaml:5:\d+: .*score 11 is outside 0\.\.10/);
  });
});

describe('--robustness under every award method', () => {
  // Utility index, worked out in test/unit/robustness-methods.test.ts: B wins; withdrawing X
  // (the best quality) lowers Qbest and A wins instead.
  const UTILITY = file(`
method: utility_index
scale: 10
criteria:
  - { id: q, name: Kwaliteit, weight: 50 }
  - { id: p, name: Prijs, weight: 50, price: true }
bids:
  - { vendor: A, price: 100, scores: { q: 5 } }
  - { vendor: B, price: 150, scores: { q: 8 } }
  - { vendor: X, price: 300, scores: { q: 10 } }
`);
  const FICTITIOUS = file(`
method: fictitious_price
scale: 10
criteria:
  - { id: q, name: Kwaliteit, value: 20000 }
bids:
  - { vendor: A, price: 100000, scores: { q: 5 } }
  - { vendor: B, price: 98000, scores: { q: 8 } }
`);

  it('utility index: a withdrawal that changes the winner is fragile, and --fail-if-fragile fails', async () => {
    const r = await inkoop(['score', UTILITY, '--robustness', '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Fragile: B wins by 0.0333 (utility index) over A.');
    expect(r.stdout).toContain('If X withdraws');
    const gate = await inkoop(['score', UTILITY, '--fail-if-fragile', '--format', 'json']);
    expect(gate.exitCode).toBe(1);
    const json = JSON.parse(gate.stdout) as { robustness: Record<string, unknown> };
    expect(json.robustness).toMatchObject({
      method: 'utility_index',
      unit: 'index',
      fragile: true,
    });
    expect(gate.stderr).toMatch(/^inkoop: --fail-if-fragile: .*X/);
    expect(gate.stderr).not.toMatch(STACK);
  });

  it('fictitious price: leads in euros, no weights, no rank reversal; firm', async () => {
    const r = await inkoop(['score', FICTITIOUS, '--robustness', '--fail-if-fragile']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Stevig: B wint met EUR 8.000,00 voorsprong op A.');
    expect(r.stdout).toContain('Deze gunningsmethode kent geen gewichten');
    expect(r.stdout).toContain(
      'Deze gunningsmethode waardeert elke inschrijving los van de andere',
    );
    const json = JSON.parse(
      (await inkoop(['score', FICTITIOUS, '--robustness', '--format', 'json'])).stdout,
    ) as { robustness: { unit: string; lead: number; weights: unknown[] } };
    expect(json.robustness).toMatchObject({ unit: 'euros', lead: 8000, weights: [] });
  });
});
