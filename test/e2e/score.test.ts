/** `inkoop score` as a user and a CI script run it: output, exit codes, and every bad-input case. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inkoop, ROOT, tempDir } from '../helpers.js';

const STACK = /\n\s+at .+:\d+:\d+/;
const tmp = tempDir();
afterAll(() => tmp.cleanup());

let n = 0;
/** Writes a tender file into the temporary folder and returns its path. */
function file(text: string, name = `tender-${++n}.yaml`): string {
  const path = join(tmp.dir, name);
  writeFileSync(path, text);
  return path;
}

const SIMPLE = `
criteria:
  - { id: kwaliteit, name: Kwaliteit, weight: 60 }
  - { id: prijs, name: Prijs, weight: 40, price: true }
bids:
  - { vendor: Alfa, price: 1000, scores: { kwaliteit: 8 } }
  - { vendor: Beta, price: 800, scores: { kwaliteit: 6 } }
`;

describe('inkoop score examples/tender.yaml', () => {
  it('shows the ranking, the excluded bid, the spread warning and the winner', async () => {
    const r = await inkoop(['score', 'examples/tender.yaml'], { cwd: ROOT });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Vervanging zaaksysteem gemeente Voorbeeldstad 2026');
    expect(r.stdout).toMatch(
      /Rang\s+Inschrijver\s+Prijs\s+Technische geschiktheid \(40\)\s+Prijs-kwaliteit verhouding \(30\)\s+Leverancierscapaciteit \(30\)\s+Totaal \(100\)/,
    );
    expect(r.stdout).toMatch(
      / 1\s+Digitaal Dossier Groep\s+EUR 1\.390\.000,00\s+32,67\s+19,53\s+26,00\s+78,19/,
    );
    expect(r.stdout).toMatch(
      / 2\s+OpenZaak Coöperatie\s+EUR 940\.000,00\s+30,33\s+28,00\s+19,00\s+77,33/,
    );
    expect(r.stdout).toMatch(
      / 3\s+Zaakwerk BV\s+EUR 1\.180\.000,00\s+31,33\s+22,93\s+23,00\s+77,27/,
    );
    expect(r.stdout).toContain(
      'CloudCase Inc.: knock-out niet gehaald: Gegevensopslag binnen de EER',
    );
    expect(r.stdout).toContain(
      'OpenZaak Coöperatie, Technische architectuur: 9, 5, 8 (spreiding 4 > 3,33)',
    );
    expect(r.stdout).toContain('Winnaar: Digitaal Dossier Groep, met 78,19 van 100 punten.');
  });

  it('explains every point with --explain, in English with --lang en', async () => {
    const r = await inkoop(['score', 'examples/tender.yaml', '--explain', '--lang', 'en'], {
      cwd: ROOT,
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Digitaal Dossier Groep (rank 1, 78.19 points)');
    expect(r.stdout).toMatch(
      /Functional requirements\s+8\.6667 \(9, 9, 8\)\s+20 × \(9 \+ 9 \+ 8\) \/ 3 \/ 10\s+17\.33/,
    );
    expect(r.stdout).toMatch(
      /Total Cost of Ownership\s+EUR 1,390,000\.00\s+20 × 940,000\.00 \/ 1,390,000\.00\s+13\.53/,
    );
    expect(r.stdout).toContain(
      'CloudCase Inc.: excluded: knock-out not met: Gegevensopslag binnen de EER',
    );
  });

  it('writes the documented JSON', async () => {
    const r = await inkoop(['score', 'examples/tender.yaml', '--format', 'json'], { cwd: ROOT });
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      title: 'Vervanging zaaksysteem gemeente Voorbeeldstad 2026',
      max_points: 100,
      price_method: 'relative',
      winner: 'Digitaal Dossier Groep',
      tie: false,
    });
    expect(j.bids.map((b: { vendor: string; rank: number | null }) => [b.vendor, b.rank])).toEqual([
      ['Digitaal Dossier Groep', 1],
      ['OpenZaak Coöperatie', 2],
      ['Zaakwerk BV', 3],
      ['CloudCase Inc.', null],
    ]);
    expect(j.bids[0]).toMatchObject({
      total: 78.191847,
      excluded: false,
      reasons: [],
      price: 1390000,
      groups: { technisch: 32.666667, 'prijs-kwaliteit': 19.52518, leverancier: 26 },
    });
    expect(j.bids[0].points).toEqual({
      functioneel: 17.333333,
      architectuur: 8,
      interoperabiliteit: 7.333333,
      tco: 13.52518,
      'prijs-prestatie': 6,
      financieel: 9,
      referenties: 9,
      'implementatie-support': 8,
    });
    expect(j.bids[3]).toMatchObject({
      vendor: 'CloudCase Inc.',
      rank: null,
      total: null,
      excluded: true,
      reasons: ['knock-out not met: Gegevensopslag binnen de EER'],
      price: 720000,
    });
    expect(j.warnings).toEqual([
      {
        vendor: 'OpenZaak Coöperatie',
        criterion: 'architectuur',
        evaluators: [9, 5, 8],
        spread: 4,
      },
    ]);
  });

  it('writes CSV and Markdown', async () => {
    const c = await inkoop(['score', 'examples/tender.yaml', '--format', 'csv', '--lang', 'en'], {
      cwd: ROOT,
    });
    expect(c.exitCode).toBe(0);
    expect(c.stdout.split('\r\n')[0]).toBe(
      'vendor,rank,total,excluded,reasons,price,points.functioneel,points.architectuur,points.interoperabiliteit,points.tco,points.prijs-prestatie,points.financieel,points.referenties,points.implementatie-support,groups.technisch,groups.prijs-kwaliteit,groups.leverancier,value,price_to_win',
    );
    expect(c.stdout.split('\r\n')[1]).toBe(
      // value (points under the weighted method) and the price at which the winner would tie the runner-up (as in the JSON).
      'Digitaal Dossier Groep,1,78.191847,false,,1390000.00,17.333333,8,7.333333,13.52518,6,9,9,8,32.666667,19.52518,26,78.191847,1484210.53',
    );
    // Dutch Excel: a byte order mark, semicolons, decimal commas, Dutch headers.
    const nl = await inkoop(['score', 'examples/tender.yaml', '--format', 'csv'], { cwd: ROOT });
    expect(nl.stdout.split('\r\n').slice(0, 2)).toEqual([
      '\ufeffinschrijver;rang;totaal;uitgesloten;redenen;prijs;punten.functioneel;punten.architectuur;punten.interoperabiliteit;punten.tco;punten.prijs-prestatie;punten.financieel;punten.referenties;punten.implementatie-support;groepen.technisch;groepen.prijs-kwaliteit;groepen.leverancier;waarde;omslagprijs',
      'Digitaal Dossier Groep;1;78,191847;nee;;1390000,00;17,333333;8;7,333333;13,52518;6;9;9;8;32,666667;19,52518;26;78,191847;1484210,53',
    ]);
    const sep = await inkoop(
      ['score', 'examples/tender.yaml', '--format', 'csv', '--csv-separator', ','],
      { cwd: ROOT },
    );
    // A comma separator with decimal commas: the numbers are quoted (RFC 4180).
    expect(sep.stdout.split('\r\n')[1]).toMatch(/^Digitaal Dossier Groep,1,"78,191847",nee,,/);
    const wrong = await inkoop(['score', 'examples/tender.yaml', '--csv-separator', ';'], {
      cwd: ROOT,
    });
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stderr).toBe(
      'inkoop: --csv-separator hoort bij --format csv, niet bij --format table\n',
    );
    const bad = await inkoop(
      ['score', 'examples/tender.yaml', '--format', 'csv', '--csv-separator', '"'],
      { cwd: ROOT },
    );
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--csv-separator: """ kan niet');
    const m = await inkoop(['score', 'examples/tender.yaml', '--format', 'markdown'], {
      cwd: ROOT,
    });
    expect(m.stdout).toMatch(
      /^# Vervanging zaaksysteem gemeente Voorbeeldstad 2026\n\n\*\*Winnaar: Digitaal Dossier Groep, met 78,19 van 100 punten\.\*\*\n/,
    );
    expect(m.stdout).toContain(
      '| 1 | Digitaal Dossier Groep | EUR 1.390.000,00 | 32,67 | 19,53 | 26,00 | 78,19 |',
    );
    expect(m.stdout).toContain(
      '- **CloudCase Inc.**: knock-out niet gehaald: Gegevensopslag binnen de EER',
    );
  });
});

describe('a tender folder', () => {
  it('reads tender.yaml plus one file per bid', async () => {
    const r = await inkoop(['score', 'examples/tender/', '--format', 'json'], { cwd: ROOT });
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.price_method).toBe('bounds');
    expect(j.bounds).toEqual({ best: 400000, worst: 900000 });
    expect(j.winner).toBe('Delta Datacenters');
    expect(
      j.bids.map((b: { vendor: string; total: number | null }) => [b.vendor, b.total]),
    ).toEqual([
      ['Delta Datacenters', 74.585081],
      ['Bravo Cloud Services', 72.77],
      ['Alfa Hosting BV', 69.16],
      ['Charlie IT Groep', null],
    ]);
    expect(j.bids[3].reasons).toEqual(['price 874500.00 is above the budget of 850000.00']);
  });

  it('takes a price from inkoop tco, and does not read the costs file as a bid', async () => {
    const score = JSON.parse(
      (await inkoop(['score', 'examples/tender/', '--format', 'json'], { cwd: ROOT })).stdout,
    );
    const tco = JSON.parse(
      (await inkoop(['tco', 'examples/tender/delta-tco.yaml', '--format', 'json'], { cwd: ROOT }))
        .stdout,
    );
    const option = tco.options.find((o: { name: string }) => o.name === 'Hosting en beheer');
    const delta = score.bids.find((b: { vendor: string }) => b.vendor === 'Delta Datacenters');
    expect(delta.price).toBe(option.npv);
    expect(delta.price).toBe(558308.36);
    expect(delta.price_source).toEqual({
      tco: { file: 'delta-tco.yaml', option: 'Hosting en beheer' },
    });
    // 35 x (900,000 - 558,308.36) / (900,000 - 400,000) = 23.917 price points
    expect(delta.points.prijs).toBeCloseTo((35 * (90000000 - 55830836)) / 50000000, 6);
    expect(score.bids).toHaveLength(4);
  });

  it('lets a CI job add a bid as a file, and locates its mistakes in that file', async () => {
    const dir = join(tmp.dir, 'folder');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'tender.yaml'),
      'criteria:\n  - { id: q, name: Q, weight: 70 }\n  - { id: p, name: P, weight: 30, price: true }\n',
    );
    writeFileSync(join(dir, 'a.yaml'), 'vendor: A\nprice: 100\nscores:\n  q: 7\n');
    const one = await inkoop(['score', dir, '--format', 'json']);
    expect(JSON.parse(one.stdout).winner).toBe('A');
    writeFileSync(join(dir, 'b.yml'), 'vendor: B\nprice: 90\nscores:\n  q: 12\n');
    const bad = await inkoop(['score', dir]);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toBe(
      `inkoop: ${join(dir, 'b.yml')}:4:6: scores.q: score 12 is outside 0..10 (the scale of "q")\n`,
    );
    writeFileSync(join(dir, 'b.yml'), 'vendor: B\nprice: 90\nscores:\n  q: 8\n');
    const two = await inkoop(['score', dir, '--format', 'json']);
    expect(JSON.parse(two.stdout).winner).toBe('B');
    writeFileSync(join(dir, 'c.yaml'), 'vendor: a\nprice: 90\nscores: {}\n');
    const dup = await inkoop(['score', dir]);
    expect(dup.exitCode).toBe(2);
    expect(dup.stderr).toContain(`${join(dir, 'c.yaml')}:1:9: vendor: duplicate vendor "a"`);
  });

  it('needs a tender.yaml', async () => {
    const dir = join(tmp.dir, 'empty');
    mkdirSync(dir);
    const r = await inkoop(['score', dir]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('deze map bevat geen tender.yaml');
  });
});

describe('--fail-under: a gate for CI', () => {
  it('exits 0 when the best total reaches the threshold', async () => {
    const r = await inkoop(['score', 'examples/tender.yaml', '--fail-under', '78'], { cwd: ROOT });
    expect(r.exitCode).toBe(0);
  });

  it('exits 1 below it, after printing the report', async () => {
    const r = await inkoop(
      ['score', 'examples/tender.yaml', '--fail-under', '80', '--format', 'json'],
      { cwd: ROOT },
    );
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.stdout).winner).toBe('Digitaal Dossier Groep');
    expect(r.stderr).toBe(
      'inkoop: --fail-under 80: het beste totaal is 78,19 punten (Digitaal Dossier Groep), onder de drempel\n',
    );
  });

  it('exits 1 when no bid is valid', async () => {
    const path = file(
      'criteria: [{ id: q, name: Q, weight: 10 }]\nknockouts: [K]\nbids: [{ vendor: A, price: 1, knockouts: { K: false } }]\n',
    );
    const r = await inkoop(['score', path, '--fail-under', '0']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('geen geldige inschrijving');
    expect(r.stdout).toContain('Geen geldige inschrijving');
  });

  it('exits 2 for a threshold that is not a number or above the maximum', async () => {
    const a = await inkoop(['score', 'examples/tender.yaml', '--fail-under', 'abc'], { cwd: ROOT });
    expect(a.exitCode).toBe(2);
    expect(a.stderr).toContain('--fail-under: verwacht een aantal punten');
    const b = await inkoop(['score', 'examples/tender.yaml', '--fail-under', '101'], { cwd: ROOT });
    expect(b.exitCode).toBe(2);
    expect(b.stderr).toContain('meer dan de 100 punten');
  });
});

describe('the 50/50 pitfall end to end', () => {
  it('reports the tie plainly and names no winner', async () => {
    const path = file(`
criteria:
  - { id: kwaliteit, name: Kwaliteit, weight: 50 }
  - { id: prijs, name: Prijs, weight: 50, price: true }
bids:
  - { vendor: Cheap, price: 100, scores: { kwaliteit: 5 } }
  - { vendor: Middle, price: 150, scores: { kwaliteit: 7.5 } }
  - { vendor: Best, price: 200, scores: { kwaliteit: 10 } }
`);
    const r = await inkoop(['score', path, '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      'Tie: Best and Cheap share first place with 75.00 points. There is no winner; decide by the tie-break rule in the tender documents.',
    );
    expect(r.stdout).not.toContain('Winner');
    const j = JSON.parse((await inkoop(['score', path, '--format', 'json'])).stdout);
    expect(j).toMatchObject({ winner: null, tie: true, tied: ['Best', 'Cheap'] });
    expect(j.bids.map((b: { rank: number }) => b.rank)).toEqual([1, 1, 3]);
  });
});

describe('bad input exits 2 with file:line:col and no stack trace', () => {
  const cases: [string, string, string][] = [
    [
      'a score outside 0..scale',
      SIMPLE.replace('kwaliteit: 8', 'kwaliteit: 11'),
      ':6:55: bids[0].scores.kwaliteit: score 11 is outside 0..10 (the scale of "kwaliteit")',
    ],
    [
      'an evaluator score outside the scale',
      SIMPLE.replace('kwaliteit: 8', 'kwaliteit: [7, -2]'),
      ':6:59: bids[0].scores.kwaliteit[1]: score -2 is outside 0..10',
    ],
    [
      'a missing score',
      SIMPLE.replace('scores: { kwaliteit: 8 }', 'scores: {}'),
      ':6:42: inschrijving "Alfa" heeft nog geen score voor "kwaliteit"',
    ],
    [
      'a placeholder score (~), not yet filled in',
      SIMPLE.replace('kwaliteit: 8', 'kwaliteit: ~'),
      ':6:55: inschrijving "Alfa" heeft nog geen score voor "kwaliteit"',
    ],
    [
      'an unknown criterion id',
      SIMPLE.replace('kwaliteit: 8', 'kwalitiet: 8'),
      ':6:55: bids[0].scores.kwalitiet: unknown criterion "kwalitiet" (bedoelde je "kwaliteit"?)',
    ],
    [
      'a negative weight',
      SIMPLE.replace('weight: 60', 'weight: -60'),
      ':3:47: criteria[0].weight: gewicht -60: een gewicht is een aantal punten, minstens 0.01 en hoogstens 1000000',
    ],
    [
      'weights that are all zero',
      SIMPLE.replace('weight: 60', 'weight: 0').replace('weight: 40', 'weight: 0'),
      ':3:47: criteria[0].weight: gewicht 0: een gewicht is een aantal punten, minstens 0.01',
    ],
    [
      'duplicate vendors',
      SIMPLE.replace('vendor: Beta', 'vendor: Alfa'),
      ':7:15: bids[1].vendor: duplicate vendor "Alfa"',
    ],
    [
      'duplicate ids',
      SIMPLE.replace('id: prijs', 'id: kwaliteit'),
      ':4:11: criteria[1].id: duplicate id "kwaliteit"',
    ],
    [
      'a price of 0',
      SIMPLE.replace('price: 800', 'price: 0'),
      ':7:28: bids[1].price: price 0: must be more than 0; the relative price formula (weight x lowest price / price) divides by the price, so 0 would divide by zero',
    ],
    [
      'a negative price',
      SIMPLE.replace('price: 800', 'price: -800'),
      ':7:28: bids[1].price: price -800: must be more than 0; the relative price formula (weight x lowest price / price) divides by the price\n',
    ],
    [
      'bounds without best < worst',
      `price: { method: bounds, best: 900, worst: 500 }\n${SIMPLE}`,
      ':1:44: price.worst: method bounds needs best < worst, got best 900 and worst 500',
    ],
    [
      'bounds without best',
      `price: { method: bounds, worst: 500 }\n${SIMPLE}`,
      ':1:8: price: method bounds needs best',
    ],
    [
      'an unknown key',
      SIMPLE.replace('scores: { kwaliteit: 8 }', 'socres: { kwaliteit: 8 }'),
      'onbekende sleutel "socres" (bedoelde je "scores"?)',
    ],
    [
      'a knock-out that the tender does not list',
      `knockouts: [ISO 27001]\n${SIMPLE.replace('price: 1000,', 'price: 1000, knockouts: { ISO 27001: true, ISO 9001: true },')}`,
      'unknown knock-out requirement "ISO 9001" (bedoelde je "ISO 27001"?)',
    ],
    ['invalid YAML', 'bids: [\n', ':2:1: ongeldige YAML'],
  ];
  for (const [what, text, expected] of cases) {
    it(what, async () => {
      const path = file(text);
      const r = await inkoop(['score', path]);
      expect(r.exitCode).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(expected.startsWith(':') ? `${path}${expected}` : expected);
      expect(r.stderr).toMatch(/^inkoop: /);
      expect(r.stderr).not.toMatch(STACK);
    });
  }

  it('a missing file, an unknown format', async () => {
    const a = await inkoop(['score', join(tmp.dir, 'nope.yaml')]);
    expect(a.exitCode).toBe(2);
    expect(a.stderr).toContain('nope.yaml: bestaat niet (verwacht: een aanbestedingsbestand)');
    const b = await inkoop(['score', 'examples/tender.yaml', '--format', 'jsno'], { cwd: ROOT });
    expect(b.exitCode).toBe(2);
    expect(b.stderr).toContain('onbekend formaat "jsno" (bedoelde je "json"?)');
  });
});

describe('prices from inkoop tco', () => {
  const dir = join(tmp.dir, 'tco');
  mkdirSync(dir);
  writeFileSync(
    join(dir, 'costs.yaml'),
    'years: 2\noptions:\n  - name: Cloud\n    costs:\n      - { name: Subscription, amount: 1000, every: year }\n  - name: Eigen beheer\n    costs:\n      - { name: Servers, amount: 1500 }\n  - name: Gratis\n    costs:\n      - { name: Niets, amount: 0 }\n',
  );
  writeFileSync(
    join(dir, 'bad-costs.yaml'),
    'years: 2\noptions:\n  - name: Cloud\n    costs:\n      - { name: Subscription, ammount: 1000, every: year }\n',
  );
  const TENDER = `criteria:
  - { id: q, name: Q, weight: 60 }
  - { id: p, name: P, weight: 40, price: true }
bids:
  - vendor: A
    tco: { file: costs.yaml, option: Cloud }
    scores: { q: 6 }
  - vendor: B
    tco: { file: costs.yaml, option: Eigen beheer }
    scores: { q: 7 }
`;
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it("uses the option's net present value as the price, relative to the tender file", async () => {
    const r = await inkoop(['score', write('t.yaml', TENDER), '--format', 'json']);
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    // Cloud: 1,000 in years 1 and 2, no discounting: 2,000. Eigen beheer: 1,500 in year 0.
    expect(j.bids.map((b: { vendor: string; price: number }) => [b.vendor, b.price])).toEqual([
      ['B', 1500],
      ['A', 2000],
    ]);
    expect(j.bids[1].points.p).toBe(30);
  });

  it('reports an unknown option at the tco: entry, with a suggestion', async () => {
    const path = write('t2.yaml', TENDER.replace('option: Cloud }', 'option: Clod }'));
    const r = await inkoop(['score', path]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      `inkoop: ${path}:6:5: tco: onbekende optie "Clod" in costs.yaml (bedoelde je "Cloud"?); de opties zijn: "Cloud", "Eigen beheer", "Gratis"\n`,
    );
  });

  it('reports a missing costs file at the tco: entry', async () => {
    const path = write(
      't3.yaml',
      TENDER.replace('file: costs.yaml, option: Eigen', 'file: nope.yaml, option: Eigen'),
    );
    const r = await inkoop(['score', path]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`inkoop: ${path}:9:5: tco: kostenbestand "nope.yaml" niet gevonden`);
    expect(r.stderr).not.toMatch(STACK);
  });

  it("reports a broken costs file's problems in that file", async () => {
    const path = write(
      't4.yaml',
      TENDER.replace('file: costs.yaml, option: Cloud', 'file: bad-costs.yaml, option: Cloud'),
    );
    const r = await inkoop(['score', path]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(`${path}:6:5: tco: het kostenbestand `);
    expect(r.stderr).toMatch(
      /bad-costs\.yaml:5:31: onbekende sleutel "ammount" \(bedoelde je "amount"\?\)/,
    );
  });

  it('rejects a net present value of 0 as a price', async () => {
    const r = await inkoop([
      'score',
      write('t5.yaml', TENDER.replace('option: Cloud }', 'option: Gratis }')),
    ]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(
      ':6:5: tco: optie "Gratis" in costs.yaml heeft een contante waarde van 0.00; een prijs moet meer dan 0 zijn',
    );
  });
});

describe('colour', () => {
  it('colours only when asked, never against NO_COLOR or --no-color', async () => {
    const ANSI = /\u001b\[/;
    expect((await inkoop(['score', 'examples/tender.yaml'], { cwd: ROOT })).stdout).not.toMatch(
      ANSI,
    );
    expect(
      (await inkoop(['score', 'examples/tender.yaml'], { cwd: ROOT, env: { FORCE_COLOR: '1' } }))
        .stdout,
    ).toMatch(ANSI);
    expect(
      (
        await inkoop(['score', 'examples/tender.yaml'], {
          cwd: ROOT,
          env: { FORCE_COLOR: '1', NO_COLOR: '1' },
        })
      ).stdout,
    ).not.toMatch(ANSI);
    expect(
      (
        await inkoop(['--no-color', 'score', 'examples/tender.yaml'], {
          cwd: ROOT,
          env: { FORCE_COLOR: '1' },
        })
      ).stdout,
    ).not.toMatch(ANSI);
  });
});

describe('standard input', () => {
  it('reads the tender from - ', async () => {
    const r = await inkoop(['score', '-', '--format', 'json'], { input: SIMPLE });
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).winner).toBe('Alfa');
  });
  it('names <stdin> in errors', async () => {
    const r = await inkoop(['score', '-'], {
      input: SIMPLE.replace('kwaliteit: 8', 'kwaliteit: 18'),
    });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('<stdin>:6:55: ');
  });
});
