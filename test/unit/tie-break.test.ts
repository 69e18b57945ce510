/** Scores with motivations, a panel's consensus, and the tender's tie-break rules. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setRunLang } from '../../src/i18n/index.js';
import { InputError } from '../../src/lib/errors.js';
import { readYaml } from '../../src/lib/yaml.js';
import { scoreJson } from '../../src/score/render.js';
import { type TenderDocument, tenderFileSchema } from '../../src/score/schema.js';
import { scoreTender } from '../../src/score/score.js';

// These tests read the English messages (the run's language decides; Dutch is the default).
beforeAll(() => setRunLang('en'));
afterAll(() => setRunLang('nl'));

const tender = (text: string) =>
  readYaml(text, 'tender.yaml', tenderFileSchema).data as TenderDocument;

function problems(text: string): string[] {
  try {
    readYaml(text, 'tender.yaml', tenderFileSchema);
  } catch (err) {
    if (err instanceof InputError)
      return err.problems.map((p) => `${p.line}:${p.col}: ${p.message}`);
    throw err;
  }
  throw new Error('expected problems');
}

// Quality 60 points (two criteria of 30 on a 0-10 scale), price 40, relative formula.
const HEAD = `
criteria:
  - id: kwaliteit
    name: Kwaliteit
    criteria:
      - { id: plan, name: Plan van aanpak, weight: 30 }
      - { id: team, name: Team, weight: 30 }
  - { id: prijs, name: Prijs, weight: 40, price: true }
`;

describe('motivations and consensus', () => {
  it('carries each motivation, and a consensus counts instead of the mean', () => {
    const r = scoreTender(
      tender(`${HEAD}
bids:
  - vendor: Alfa
    price: 100000
    scores:
      plan: { score: 8, motivation: "Helder plan met mijlpalen." }
      team: { evaluators: [9, 5, 8], consensus: 8, motivation: "Ervaren team; na overleg 8." }
  - vendor: Bravo
    price: 100000
    scores: { plan: 6, team: [6, 7] }
`),
    );
    const alfa = r.bids.find((b) => b.vendor === 'Alfa')!;
    // plan: 30 x 8/10 = 24; team: consensus 8 (not the mean 7.33) -> 30 x 8/10 = 24; price 40.
    expect(alfa.total).toBe(88);
    expect(alfa.lines[1]).toMatchObject({
      criterion: 'team',
      score: 8,
      evaluators: [9, 5, 8],
      consensus: 8,
      spread: 4,
      motivation: 'Ervaren team; na overleg 8.',
    });
    // The spread warning stays, on the individual scores.
    expect(r.warnings).toEqual([
      expect.objectContaining({ vendor: 'Alfa', criterion: 'team', spread: 4 }),
    ]);
    const j = scoreJson(r).bids.find((b) => b.vendor === 'Alfa')!;
    expect(j.consensus).toEqual({ team: 8 });
    expect(j.motivations).toEqual({
      plan: 'Helder plan met mijlpalen.',
      team: 'Ervaren team; na overleg 8.',
    });
    expect(j.scores).toEqual({ plan: 8, team: 8 });
  });

  it('checks a consensus and the scores inside an object against the scale, at their place', () => {
    expect(
      problems(`${HEAD}
bids:
  - vendor: Alfa
    price: 1
    scores:
      plan: { score: 11 }
      team: { evaluators: [9, 12], consensus: -1 }
`),
    ).toEqual([
      '14:22: bids[0].scores.plan.score: score 11 is outside 0..10 (the scale of "plan")',
      '15:31: bids[0].scores.team.evaluators[1]: score 12 is outside 0..10 (the scale of "team")',
      '15:47: bids[0].scores.team.consensus: score -1 is outside 0..10 (the scale of "team")',
    ]);
  });
});

describe('tie-break rules', () => {
  // Alfa: plan 8 (24), team 6 (18), price 100,000 -> 40: total 82.
  // Bravo: plan 6 (18), team 8 (24), price 100,000 -> 40: total 82. Tied.
  // Charlie: plan 5 (15), team 5 (15), price 125,000 -> 40 x 100/125 = 32: total 62.
  const bids = `
bids:
  - { vendor: Alfa, price: 100000, scores: { plan: 8, team: 6 } }
  - { vendor: Bravo, price: 100000, scores: { plan: 6, team: 8 } }
  - { vendor: Charlie, price: 125000, scores: { plan: 5, team: 5 } }
`;

  it('without rules, a tie has no winner', () => {
    const r = scoreTender(tender(HEAD + bids));
    expect(r).toMatchObject({ winner: null, tie: true, tieBreak: null, tieUnresolved: true });
    expect(r.bids.map((b) => [b.vendor, b.rank])).toEqual([
      ['Alfa', 1],
      ['Bravo', 1],
      ['Charlie', 3],
    ]);
  });

  it('{ highest: team } picks the bid with more points on that criterion and gives distinct ranks', () => {
    const r = scoreTender(tender(`${HEAD}${bids}tie_break:\n  - highest: team\n`));
    expect(r.winner).toBe('Bravo');
    expect(r.tie).toBe(true);
    expect(r.tieUnresolved).toBe(false);
    expect(r.bids.map((b) => [b.vendor, b.rank])).toEqual([
      ['Bravo', 1],
      ['Alfa', 2],
      ['Charlie', 3],
    ]);
    expect(scoreJson(r).tie_break).toEqual({
      rule: 'highest:team',
      detail: 'Bravo has the most points on "team" among the bids tied for the first place (Alfa)',
    });
  });

  it('a group id works, and a rule that does not separate passes to the next', () => {
    // Both have 42 points on the group "kwaliteit" and the same price; the lot decides.
    const r = scoreTender(
      tender(`${HEAD}${bids}tie_break:
  - highest: kwaliteit
  - lowest: price
  - lot: { winner: Alfa, drawn_on: 2027-03-01, by: "notaris mr. J. de Vries" }
`),
    );
    expect(r.winner).toBe('Alfa');
    expect(r.tieBreak).toMatchObject({
      rule: 'lot',
      detail: 'lots drawn on 2027-03-01 by notaris mr. J. de Vries: Alfa was drawn',
    });
  });

  it('rules that do not separate leave the tie unresolved: lots must be drawn', () => {
    const r = scoreTender(
      tender(`${HEAD}${bids}tie_break:\n  - highest: kwaliteit\n  - lowest: price\n`),
    );
    expect(r).toMatchObject({ winner: null, tieBreak: null, tieUnresolved: true });
  });

  it('{ lowest: price } among tied bids', () => {
    // A tie at different prices: with the bounds method every price at or below "best"
    // earns all 40 price points, so Alfa (110,000) and Bravo (100,000) both total 82.
    const r = scoreTender(
      tender(`${HEAD}
price: { method: bounds, best: 120000, worst: 200000 }
bids:
  - { vendor: Alfa, price: 110000, scores: { plan: 8, team: 6 } }
  - { vendor: Bravo, price: 100000, scores: { plan: 6, team: 8 } }
tie_break:
  - lowest: price
`),
    );
    expect(r.winner).toBe('Bravo');
    expect(r.tieBreak?.rule).toBe('lowest:price');
  });

  it('reports unknown ids, a lot for an unknown vendor, and a lot not last, at their place', () => {
    expect(
      problems(`${HEAD}${bids}tie_break:
  - lot: { winner: Zulu, drawn_on: 2027-02-30, by: x }
  - highest: teem
`),
    ).toEqual([
      '15:5: tie_break[0]: a drawing of lots decides everything: put it last',
      '15:20: tie_break[0].lot.winner: "Zulu" is not a vendor of this tender; the lot names the bidder that was drawn',
      '15:36: tie_break[0].lot.drawn_on: a date is written YYYY-MM-DD, like 2027-04-07, and must exist',
      '16:14: tie_break[1].highest: unknown criterion or group "teem" (did you mean "team"?); the ids are: kwaliteit, plan, team, prijs',
    ]);
  });
});
