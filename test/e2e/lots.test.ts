/** Lots (percelen) from the command line: the two-lot example with a cap of one lot per bidder. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inkoop, ROOT, tempDir } from '../helpers.js';

const EXAMPLE = 'examples/lots/tender.yaml';
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('inkoop score with lots', () => {
  it('text: the cap passes Alfa over on software, which goes to Bravo', async () => {
    const r = await inkoop(['score', EXAMPLE], { cwd: ROOT });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      'De percelen worden gegund in deze volgorde: 1. Werkplekken, 2. Software en licenties. Een inschrijver mag ten hoogste 1 perceel winnen.',
    );
    expect(r.stdout).toContain('  Werkplekken: Alfa ICT\n');
    expect(r.stdout).toContain('  Software en licenties: Bravo Software (Alfa ICT gepasseerd)\n');
    expect(r.stdout).toContain('Winnaar: Alfa ICT, met 84,00 van 100 punten.');
    expect(r.stdout).toMatch(
      / 1\s+Alfa ICT \(gepasseerd\)\s+EUR 170\.000,00\s+36,00\s+16,00\s+40,00\s+92,00/,
    );
    expect(r.stdout).toContain(
      'Gegund aan: Bravo Software, de hoogst gerangschikte inschrijving die nog een perceel mag winnen (rang 2, 79,78 van 100 punten).',
    );
    expect(r.stdout).toContain(
      'Alfa ICT (rang 1) is gepasseerd: deze inschrijver heeft Werkplekken al gegund gekregen en mag ten hoogste 1 perceel winnen.',
    );
  });

  it('JSON: a lot per entry, the awarded winner, the passed-over bid with its reason', async () => {
    const r = await inkoop(['score', EXAMPLE, '--format', 'json'], { cwd: ROOT });
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.max_lots_per_bidder).toBe(1);
    expect(j.lot_order).toEqual(['werkplekken', 'software']);
    expect(j.winners).toEqual({ werkplekken: 'Alfa ICT', software: 'Bravo Software' });
    expect(j.lots.map((l: { id: string; winner: string }) => [l.id, l.winner])).toEqual([
      ['werkplekken', 'Alfa ICT'],
      ['software', 'Bravo Software'],
    ]);
    const software = j.lots[1];
    expect(software.scored_winner).toBe('Alfa ICT');
    expect(software.tie).toBe(false);
    const alfa = software.bids.find((b: { vendor: string }) => b.vendor === 'Alfa ICT');
    expect(alfa).toMatchObject({
      rank: 1,
      total: 92,
      excluded: false,
      passed_over: true,
      reasons: ['passed over: already won 1 lot (werkplekken), the maximum per bidder is 1'],
    });
    // Its price is still the lowest, and counts for Bravo's price points: 40 x 170000 / 180000.
    expect(software.lowest_price).toBe(170000);
    const bravo = software.bids.find((b: { vendor: string }) => b.vendor === 'Bravo Software');
    expect(bravo).toMatchObject({ rank: 2, passed_over: false, reasons: [] });
    expect(bravo.points.prijs).toBeCloseTo(37.777778, 6);
    const charlie = software.bids.find((b: { vendor: string }) => b.vendor === 'Charlie Systems');
    expect(charlie).toMatchObject({ excluded: true, passed_over: false });
    expect(j.lots[0].bids.every((b: { passed_over: boolean }) => !b.passed_over)).toBe(true);
  });

  it('--lot shows one lot as awarded in the full run', async () => {
    const r = await inkoop(['score', EXAMPLE, '--lot', 'software', '--format', 'json'], {
      cwd: ROOT,
    });
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.lots.map((l: { id: string }) => l.id)).toEqual(['software']);
    expect(j.lots[0].winner).toBe('Bravo Software');
    const text = await inkoop(['score', EXAMPLE, '--lot', 'software', '--lang', 'en'], {
      cwd: ROOT,
    });
    expect(text.stdout).toContain('Lot: Software en licenties');
    expect(text.stdout).not.toContain('Lot: Werkplekken');
    expect(text.stdout).toContain(
      'Alfa ICT (rank 1) is passed over: this bidder has already been awarded Werkplekken and may win at most 1 lot.',
    );
  });

  it('Markdown and CSV say who was passed over', async () => {
    const md = await inkoop(['score', EXAMPLE, '--format', 'markdown', '--lang', 'en'], {
      cwd: ROOT,
    });
    expect(md.stdout).toContain('## Lot: Software en licenties');
    expect(md.stdout).toContain('- Software en licenties: Bravo Software (Alfa ICT passed over)');
    expect(md.stdout).toContain('| 1 | Alfa ICT (passed over) |');
    const csv = await inkoop(['score', EXAMPLE, '--format', 'csv', '--lang', 'en'], {
      cwd: ROOT,
    });
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe(
      'lot,vendor,rank,total,excluded,passed_over,awarded,reasons,price,points.kwaliteit,points.prijs,points.functioneel,points.service,value,price_to_win',
    );
    expect(rows).toContain(
      'software,Alfa ICT,1,92,false,true,false,Alfa ICT (rank 1) is passed over: this bidder has already been awarded Werkplekken and may win at most 1 lot.,170000.00,,40,36,16,92,240000.00',
    );
    // The price to win of the first place by points, by hand: Alfa ICT (quality 36 + 16 = 52)
    // above 180,000 leaves Bravo the lowest price (40 price points, 42 + 40 = 82);
    // 52 + 40 x 180,000 / P = 82 gives P = 240,000.
    // Dutch: semicolons, a decimal comma, a byte order mark, Dutch headers.
    const nl = await inkoop(['score', EXAMPLE, '--format', 'csv'], { cwd: ROOT });
    expect(
      nl.stdout.startsWith('\ufeffperceel;inschrijver;rang;totaal;uitgesloten;gepasseerd;gegund;'),
    ).toBe(true);
    expect(nl.stdout).toContain('software;Bravo Software;2;79,777778;nee;nee;ja;;180000,00;');
  });

  it('HTML: one document with a section per lot', async () => {
    const r = await inkoop(['score', EXAMPLE, '--format', 'html', '--lang', 'en'], { cwd: ROOT });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('<h2 id="lot-2">Lot: Software en licenties</h2>');
    expect(r.stdout).toContain('Alfa ICT (rank 1) is passed over');
    const ids = [...r.stdout.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('--fail-under applies to each lot and names the lot that fails', async () => {
    const r = await inkoop(['score', EXAMPLE, '--fail-under', '80', '--lang', 'en'], { cwd: ROOT });
    expect(r.exitCode).toBe(1);
    // Software's awarded bid, Bravo, has 79.78; Alfa's 92 there does not count.
    expect(r.stderr).toMatch(/^inkoop: Lot Software en licenties: .*79\.78/m);
    expect(r.stderr).not.toContain('Werkplekken');
    const ok = await inkoop(['score', EXAMPLE, '--fail-under', '79', '--format', 'json'], {
      cwd: ROOT,
    });
    expect(ok.exitCode).toBe(0);
    const failed = await inkoop(['score', EXAMPLE, '--fail-under', '80', '--format', 'json'], {
      cwd: ROOT,
    });
    const j = JSON.parse(failed.stdout);
    expect(j.gate.passed).toBe(false);
    expect(j.gate.reasons).toEqual([
      'lot software: the best total, 79.777778 points (Bravo Software), is below 80 (the bid awarded after the cap)',
    ]);
    expect(j.lots[0].gate.passed).toBe(true);
    const junit = await inkoop(['score', EXAMPLE, '--fail-under', '80', '--format', 'junit'], {
      cwd: ROOT,
    });
    expect(junit.stdout).toContain(
      '<testsuite name="inkoop score: Software en licenties" tests="2" failures="1"',
    );
    expect(junit.stdout).toContain(
      '<testsuite name="inkoop score: Werkplekken" tests="2" failures="0"',
    );
  });

  it('--fail-if-fragile and --robustness per lot', async () => {
    const r = await inkoop(['score', EXAMPLE, '--robustness', '--format', 'json'], { cwd: ROOT });
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.lots.every((l: { robustness?: unknown }) => typeof l.robustness === 'object')).toBe(
      true,
    );
    const gate = await inkoop(
      ['score', EXAMPLE, '--fail-if-fragile', '--margin', '50', '--lang', 'en'],
      {
        cwd: ROOT,
      },
    );
    expect(gate.exitCode).toBe(1);
    expect(gate.stderr).toMatch(/^inkoop: Lot (Werkplekken|Software en licenties): /m);
  });

  it('--robustness --format csv: the findings of each lot behind a lot column, as for one lot', async () => {
    const r = await inkoop(['score', EXAMPLE, '--robustness', '--format', 'csv', '--lang', 'en'], {
      cwd: ROOT,
    });
    expect(r.exitCode).toBe(0);
    const rows = r.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe(
      'lot,analysis,subject,criterion,direction,change,value,winner,outcome,fragile',
    );
    // The rows of each lot are that lot's own analysis, as the single-lot CSV gives it.
    expect(rows).toContain(
      'werkplekken,addition,winner,,price at or below,,75000,Alfa ICT; Charlie Systems,winner changes,true',
    );
    expect(rows).toContain(
      'werkplekken,addition,order,,price at or below,,75000,,order changes: 1 pair,false',
    );
    expect(rows.filter((l) => l.startsWith('software,weight,')).length).toBe(6);
    const one = await inkoop(
      ['score', EXAMPLE, '--robustness', '--format', 'csv', '--lot', 'software'],
      { cwd: ROOT },
    );
    const nl = one.stdout
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(nl[0]).toBe(
      'perceel;analyse;onderwerp;criterium;richting;wijziging;waarde;winnaar;uitkomst;kwetsbaar',
    );
    expect(nl.slice(1).every((l) => l.startsWith('software;'))).toBe(true);
  });

  it('located errors: an unknown lot in a bid, lot_order, --lot', async () => {
    const bad = join(tmp.dir, 'bad.yaml');
    writeFileSync(
      bad,
      `criteria:
  - { id: q, name: Q, weight: 60 }
  - { id: p, name: P, weight: 40, price: true }
lot_order: [a]
lots:
  - { id: a, name: A }
  - { id: b, name: B }
bids:
  - vendor: X
    lots:
      c: { price: 10, scores: { q: 1 } }
`,
    );
    const r = await inkoop(['score', bad, '--lang', 'en']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(
      'bad.yaml:4:12: lot_order: lot_order does not name every lot: "b" is missing',
    );
    expect(r.stderr).toContain('bad.yaml:11:10: bids[0].lots.c: unknown lot "c"');
    const flag = await inkoop(['score', EXAMPLE, '--lot', 'sofware', '--lang', 'en'], {
      cwd: ROOT,
    });
    expect(flag.exitCode).toBe(2);
    expect(flag.stderr).toBe(
      'inkoop: --lot sofware: unknown lot (did you mean "software"?); the lots are: "werkplekken", "software"\n',
    );
  });
});

describe('inkoop criteria with lots', () => {
  it("shows each lot's criteria (a lot without its own has the tender's); --lot one", async () => {
    const r = await inkoop(['criteria', EXAMPLE, '--lang', 'en'], { cwd: ROOT });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Werkplekken en software gemeente Voorbeeldstad, lot Werkplekken\n');
    expect(r.stdout).toContain(
      'Werkplekken en software gemeente Voorbeeldstad, lot Software en licenties\n',
    );
    expect(r.stdout).toMatch(/Functionele eisen +functioneel +40 +40%/);
    const one = await inkoop(['criteria', EXAMPLE, '--lot', 'software', '--format', 'json'], {
      cwd: ROOT,
    });
    const j = JSON.parse(one.stdout);
    expect(j.lots.map((l: { id: string }) => l.id)).toEqual(['software']);
    expect(j.lots[0].criteria.map((c: { id: string }) => c.id)).toEqual([
      'functioneel',
      'service',
      'prijs',
    ]);
    expect(j.lots[0].max_points).toBe(100);
  });

  it('--format yaml starts a tender file from one lot, chosen with --lot', async () => {
    const none = await inkoop(['criteria', EXAMPLE, '--format', 'yaml', '--lang', 'en'], {
      cwd: ROOT,
    });
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toBe(
      'inkoop: --format yaml starts a tender file with the criteria of one lot: choose it with --lot\n',
    );
    const one = await inkoop(['criteria', EXAMPLE, '--format', 'yaml', '--lot', 'software'], {
      cwd: ROOT,
    });
    expect(one.exitCode).toBe(0);
    expect(one.stdout).toContain('  - { id: functioneel, name: Functionele eisen, weight: 40 }');
  });
});

describe('inkoop award with lots', () => {
  it('writes letters per bidder per lot; the passed-over bidder is told why', async () => {
    const out = join(tmp.dir, 'gunning');
    const r = await inkoop(['award', EXAMPLE, '--out', out], { cwd: ROOT });
    expect(r.stderr).toBe('16 bestanden geschreven in ' + out + '\n');
    expect(r.exitCode).toBe(0);
    const record = JSON.parse(readFileSync(join(out, 'award.json'), 'utf8'));
    expect(record.winners).toEqual({ werkplekken: 'Alfa ICT', software: 'Bravo Software' });
    expect(
      record.letters.map((l: { lot: string; vendor: string; kind: string }) =>
        [l.lot, l.vendor, l.kind].join(' '),
      ),
    ).toEqual([
      'werkplekken Alfa ICT award',
      'werkplekken Charlie Systems rejection',
      'werkplekken Bravo Software rejection',
      'software Alfa ICT rejection',
      'software Bravo Software award',
      'software Charlie Systems exclusion',
    ]);
    const alfa = readFileSync(join(out, 'software-alfa-ict.md'), 'utf8');
    expect(alfa).toContain(
      'Onderwerp: Gunningsbeslissing Werkplekken en software gemeente Voorbeeldstad, perceel Software en licenties',
    );
    expect(alfa).toContain('Wij zijn voornemens de opdracht te gunnen aan Bravo Software.');
    expect(alfa).toContain(
      'Een inschrijver mag ten hoogste 1 perceel winnen, en aan u is Werkplekken al gegund. Daarom bent u op dit perceel gepasseerd',
    );
    const bravo = readFileSync(join(out, 'software-bravo-software.md'), 'utf8');
    expect(bravo).toContain(
      'voornemens zijn dit perceel aan u te gunnen: uw inschrijving is de hoogst gerangschikte van een inschrijver die nog een perceel mag winnen (plaats 2, met 79,78 van de 100,00 punten)',
    );
    expect(readFileSync(join(out, 'werkplekken-alfa-ict.md'), 'utf8')).not.toContain('gepasseerd');
    const report = readFileSync(join(out, 'proces-verbaal.md'), 'utf8');
    expect(report).toMatch(/^# Proces-verbaal van beoordeling: Werkplekken en software/);
    expect(report).toContain('## Perceel: Werkplekken\n');
    expect(report).toContain('## Perceel: Software en licenties\n');
    expect(report).toContain(
      'Alfa ICT (rang 1) is gepasseerd: deze inschrijver heeft Werkplekken al gegund gekregen en mag ten hoogste 1 perceel winnen.',
    );
    const verify = await inkoop(['award', '--verify', out, '--lang', 'en']);
    expect(verify.exitCode).toBe(0);
  });

  it('--lot writes the letters of one lot, as awarded in the full run', async () => {
    const out = join(tmp.dir, 'software');
    const r = await inkoop(['award', EXAMPLE, '--out', out, '--lot', 'software', '--lang', 'en'], {
      cwd: ROOT,
    });
    expect(r.exitCode).toBe(0);
    const record = JSON.parse(readFileSync(join(out, 'award.json'), 'utf8'));
    expect(record.lot).toBe('software');
    expect(record.winners).toEqual({ software: 'Bravo Software' });
    expect(record.letters.every((l: { lot: string }) => l.lot === 'software')).toBe(true);
    expect(readFileSync(join(out, 'software-alfa-ict.md'), 'utf8')).toContain(
      'You are therefore passed over on this lot',
    );
    expect((await inkoop(['award', '--verify', out])).exitCode).toBe(0);
  });

  it('refuses a lot whose every valid bid is passed over, naming the lot', async () => {
    const file = join(tmp.dir, 'one-bidder.yaml');
    writeFileSync(
      file,
      `criteria:
  - { id: q, name: Q, weight: 60 }
  - { id: p, name: P, weight: 40, price: true }
max_lots_per_bidder: 1
award: { authority: { name: Gemeente }, dispatch_date: 2027-04-07 }
lots:
  - { id: a, name: Eerste }
  - { id: b, name: Tweede }
bids:
  - vendor: X
    lots:
      a: { price: 10, scores: { q: { score: 1, motivation: ok } } }
      b: { price: 10, scores: { q: { score: 1, motivation: ok } } }
`,
    );
    const r = await inkoop(['award', file, '--out', join(tmp.dir, 'none'), '--lang', 'en']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(
      'one-bidder.yaml:8:5: lot Tweede cannot be awarded: every valid bid is from a bidder that has already won the maximum number of lots',
    );
  });
});
