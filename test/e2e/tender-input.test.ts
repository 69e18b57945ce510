/**
 * Hostile and careless input to `inkoop score` and `inkoop tco` (issue 11):
 * every YAML file in a tender folder accounted for, linked costs files kept
 * inside the folder, values that make no sense refused at file:line:col, and
 * amounts with more decimals than cents taken as the exact decimal written.
 * Each case asserts the exit code, the located message, no stack trace, no
 * "internal error", and that no bid is dropped.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inkoop, ROOT, tempDir } from '../helpers.js';

const STACK = /\n\s+at .+:\d+:\d+/;
const tmp = tempDir();
afterAll(() => tmp.cleanup());

let n = 0;
/** A copy of examples/tender in a fresh folder. */
function exampleFolder(): string {
  const dir = join(tmp.dir, `t${++n}`);
  cpSync(join(ROOT, 'examples', 'tender'), dir, { recursive: true });
  return dir;
}

function write(path: string, text: string): string {
  writeFileSync(path, text);
  return path;
}

/** Exit 2, a message naming `located` (a path, or path:line:col), nothing a user must not see. */
function expectUserError(
  r: { exitCode: number; stderr: string; stdout: string },
  located: string | RegExp,
) {
  expect(r.exitCode).toBe(2);
  if (typeof located === 'string') expect(r.stderr).toContain(located);
  else expect(r.stderr).toMatch(located);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stderr.toLowerCase()).not.toContain('internal error');
  expect(r.stdout).toBe('');
}

const VENDORS = [
  'Alfa Hosting BV',
  'Bravo Cloud Services',
  'Charlie IT Groep',
  'Delta Datacenters',
];

describe('a tender folder: every YAML file is accounted for', () => {
  it('scores every bid of the example folder (the costs file linked by tco: is no bid)', async () => {
    const r = await inkoop(['score', exampleFolder(), '--format', 'json']);
    expect(r.exitCode).toBe(0);
    const vendors = JSON.parse(r.stdout).bids.map((b: { vendor: string }) => b.vendor);
    expect([...vendors].sort()).toEqual(VENDORS);
  });

  it('refuses a costs file that no bid links', async () => {
    const dir = exampleFolder();
    cpSync(join(dir, 'delta-tco.yaml'), join(dir, 'spare-costs.yaml'));
    const r = await inkoop(['score', dir]);
    expectUserError(r, `${join(dir, 'spare-costs.yaml')}: `);
    expect(r.stderr).toContain('tco: file: spare-costs.yaml');
  });

  it('refuses a file that is neither a bid nor a costs file, naming it', async () => {
    const dir = exampleFolder();
    write(join(dir, 'notes.yaml'), 'remark: to do\n');
    const r = await inkoop(['score', dir]);
    expectUserError(r, `${join(dir, 'notes.yaml')}:1:1: onbekende sleutel "remark"`);
    expect(r.stderr).toContain(`${join(dir, 'notes.yaml')}: elk YAML-bestand naast tender.yaml`);
  });

  it('refuses a bid file that another bid links as its costs file (both)', async () => {
    const dir = exampleFolder();
    const delta = join(dir, 'delta-datacenters.yaml');
    write(
      delta,
      readFileSync(delta, 'utf8').replace('file: delta-tco.yaml', 'file: bravo-cloud.yaml'),
    );
    const r = await inkoop(['score', dir]);
    expectUserError(r, `${join(dir, 'bravo-cloud.yaml')}:`);
    expect(r.stderr).toContain('is een inschrijving (vendor) en ook het kostenbestand van');
  });

  it('refuses a hidden YAML file and a second tender file instead of skipping them', async () => {
    const dir = exampleFolder();
    cpSync(join(dir, 'alfa-hosting.yaml'), join(dir, '.echo.yaml'));
    expectUserError(
      await inkoop(['score', dir]),
      `${join(dir, '.echo.yaml')}: verborgen YAML-bestand`,
    );

    const two = exampleFolder();
    cpSync(join(two, 'tender.yaml'), join(two, 'tender.yml'));
    expectUserError(
      await inkoop(['score', two]),
      `${join(two, 'tender.yml')}: deze map bevat zowel tender.yaml als tender.yml`,
    );
  });

  it('refuses a folder named like a YAML file', async () => {
    const dir = exampleFolder();
    mkdirSync(join(dir, 'archive.yaml'));
    expectUserError(
      await inkoop(['score', dir]),
      `${join(dir, 'archive.yaml')}: is geen gewoon bestand`,
    );
  });
});

describe('tco: { file } stays inside the tender folder unless --allow-outside', () => {
  /**
   * A copy of the example folder whose Delta bid links `link` instead of
   * delta-tco.yaml (which goes); `costs(dir)` says where to put that costs file.
   */
  function linked(link: string, costs?: (dir: string) => string): { dir: string; bid: string } {
    const dir = exampleFolder();
    const bid = join(dir, 'delta-datacenters.yaml');
    if (costs) {
      const to = costs(dir);
      mkdirSync(dirname(to), { recursive: true });
      cpSync(join(dir, 'delta-tco.yaml'), to);
    }
    rmSync(join(dir, 'delta-tco.yaml'));
    write(bid, readFileSync(bid, 'utf8').replace('file: delta-tco.yaml', `file: ${link}`));
    return { dir, bid };
  }

  it('accepts a costs file in a subfolder', async () => {
    const { dir } = linked('kosten/delta.yaml', (d) => join(d, 'kosten', 'delta.yaml'));
    const r = await inkoop(['score', dir, '--format', 'json']);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).bids).toHaveLength(4);
  });

  it('refuses a path outside the folder, and takes it with --allow-outside', async () => {
    const name = `outside-${++n}`;
    const { dir, bid } = linked(`../${name}/delta.yaml`, () => join(tmp.dir, name, 'delta.yaml'));
    const r = await inkoop(['score', dir]);
    expectUserError(r, `${bid}:5:1: tco: "../${name}/delta.yaml" ligt buiten de map`);
    expect(r.stderr).toContain('--allow-outside');
    const ok = await inkoop(['score', dir, '--allow-outside', '--format', 'json']);
    expect(ok.exitCode).toBe(0);
    expect(JSON.parse(ok.stdout).bids).toHaveLength(4);
  });

  it('refuses an absolute path, naming the flag that allows it', async () => {
    const { bid, dir } = linked('/etc/hostname');
    const r = await inkoop(['score', dir]);
    expectUserError(r, `${bid}:5:1: tco: "/etc/hostname" is een absoluut pad`);
    expect(r.stderr).toContain('--allow-outside');
  });

  it('refuses a symbolic link that leaves the folder', async () => {
    const outside = join(tmp.dir, `outside-${++n}`, 'delta.yaml');
    const { dir, bid } = linked('delta-link.yaml', () => outside);
    symlinkSync(outside, join(dir, 'delta-link.yaml'));
    const r = await inkoop(['score', dir]);
    expectUserError(r, `${bid}:5:1: tco: "delta-link.yaml" is een symbolische koppeling`);
    expect((await inkoop(['score', dir, '--allow-outside'])).exitCode).toBe(0);
  });

  it('reports a linked file that is not a costs file without echoing its contents', async () => {
    const secret = `wachtwoord-${'x'.repeat(200)}\u001b]8;;https://evil.example\u0007klik\u001b]8;;\u0007`;
    const dir = exampleFolder();
    write(join(dir, 'delta-tco.yaml'), `a${secret}: 1\n"b${secret}": 2\ncurrency: "${secret}"\n`);
    const r = await inkoop(['score', dir]);
    expectUserError(r, `${join(dir, 'delta-datacenters.yaml')}:5:1: tco: het kostenbestand`);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).not.toContain('\u0007');
    expect(r.stderr).not.toContain('x'.repeat(41));
    // Every quoted excerpt is at most 40 characters.
    for (const m of r.stderr.matchAll(/"([^"]*)"/g)) expect(m[1]!.length).toBeLessThanOrEqual(40);
  });

  it('is in --help', async () => {
    const r = await inkoop(['score', '--help']);
    expect(r.stdout).toContain('--allow-outside');
  });
});

const TENDER = (criteria: string, bids: string, extra = '') =>
  `${extra}criteria:\n${criteria}\nbids:\n${bids}\n`;
const Q = (w: string) =>
  `  - { id: q, name: Q, weight: ${w} }\n  - { id: p, name: P, weight: 40, price: true }`;
const BIDS =
  '  - { vendor: A, price: 100, scores: { q: 5 } }\n  - { vendor: B, price: 120, scores: { q: 6 } }';

describe('values that make no sense are refused at file:line:col', () => {
  for (const w of ['1e308', '5e-324', '0', '-60', '.nan', '.inf', '1000001']) {
    it(`a weight of ${w}`, async () => {
      const path = write(join(tmp.dir, `w${++n}.yaml`), TENDER(Q(w), BIDS));
      const r = await inkoop(['score', path]);
      expectUserError(r, `${path}:2:31: criteria[0].weight: `);
      expect(r.stderr).not.toContain('Infinity punten');
    });
  }

  for (const s of ['0', '-1', '5e-324', '1e308', '.nan']) {
    it(`a scale of ${s}`, async () => {
      const path = write(join(tmp.dir, `s${++n}.yaml`), TENDER(Q('60'), BIDS, `scale: ${s}\n`));
      expectUserError(await inkoop(['score', path]), `${path}:1:8: scale: `);
    });
  }

  it('weights that add up to more than 1,000,000 points', async () => {
    const path = write(
      join(tmp.dir, `sum${++n}.yaml`),
      TENDER(
        '  - { id: q, name: Q, weight: 999999 }\n  - { id: p, name: P, weight: 999999, price: true }',
        BIDS,
      ),
    );
    expectUserError(
      await inkoop(['score', path]),
      `${path}:2:3: criteria: de gewichten tellen op tot 1999998 punten; een aanbesteding heeft hoogstens 1000000 punten in totaal`,
    );
  });

  it('a number with more significant digits than can be read exactly, with a spelling that works', async () => {
    const path = write(
      join(tmp.dir, `d${++n}.yaml`),
      TENDER(Q('60'), '  - { vendor: A, price: 100.00000000000000001, scores: { q: 5 } }'),
    );
    const r = await inkoop(['score', path]);
    expectUserError(
      r,
      `${path}:5:25: 100.00000000000000001 heeft meer dan 15 significante cijfers`,
    );
    expect(r.stderr).toContain('zoals 100');
    const fixed = write(path, readFileSync(path, 'utf8').replace('100.00000000000000001', '100'));
    expect((await inkoop(['score', fixed])).exitCode).toBe(0);
  });

  it('an amount too large to add up exactly in a costs file', async () => {
    const path = write(
      join(tmp.dir, `big${++n}.yaml`),
      'years: 1\ncosts:\n  - { name: x, amount: 90071992547409 }\n  - { name: y, amount: 90071992547409 }\n',
    );
    expectUserError(
      await inkoop(['tco', path]),
      `${path}:4:5: het totaal van de kosten is te groot om tot op de cent exact op te tellen`,
    );
  });
});

describe('amounts with three decimals are the exact decimal written, rounded to the cent once', () => {
  it('tco: 1.005 x 3 = 3.015, rounded half away from zero to 3.02', async () => {
    const path = write(
      join(tmp.dir, `r${++n}.yaml`),
      'years: 1\ncosts:\n  - { name: Licentie, amount: 1.005, quantity: 3 }\n',
    );
    const r = await inkoop(['tco', path, '--format', 'json']);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).options[0].total).toBe(3.02);
  });

  it('score: a price of 1.005 is 1.01; 1.000 stays ambiguous with spellings that both work', async () => {
    const path = write(
      join(tmp.dir, `p${++n}.yaml`),
      TENDER(Q('60'), '  - { vendor: A, price: 1.005, scores: { q: 5 } }'),
    );
    const r = await inkoop(['score', path, '--format', 'json']);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout).bids[0].price).toBe(1.01);

    const amb = write(path, readFileSync(path, 'utf8').replace('1.005', '1.000'));
    const bad = await inkoop(['score', amb]);
    expectUserError(bad, `${amb}:5:25: dubbelzinnig getal 1.000`);
    expect(bad.stderr).toContain(
      'schrijf 1000 zonder scheidingstekens voor duizendtallen, of 1 als je dat bedoelde',
    );
    for (const spelling of ['1000', '1']) {
      const ok = write(path, readFileSync(amb, 'utf8').replace('1.000', spelling));
      expect((await inkoop(['score', ok])).exitCode).toBe(0);
    }
  });
});
