/**
 * `inkoop tco` as a buyer and a CI script use it: the example, the JSON
 * contract, what-if overrides, and every kind of bad costs file (exit 2 with
 * file:line:col, never a stack trace).
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { inkoop, tempDir } from '../helpers.js';

const STACK = /\n\s+at .+:\d+:\d+/;
const tmp = tempDir();
afterAll(() => tmp.cleanup());
let n = 0;
function file(text: string, name = `costs-${++n}.yaml`): string {
  const p = join(tmp.dir, name);
  writeFileSync(p, text);
  return p;
}

// numpy-financial's documented npv example (https://numpy.org/numpy-financial/latest/npv.html):
// npf.npv(0.08, [-40_000, 5_000, 8_000, 12_000, 30_000]) = 3065.22267. The investment is
// entered as a residual value, so the four flows are costs.
const NUMPY = [
  'title: numpy-financial npv example',
  'years: 4',
  'discount_rate: "8%"',
  'costs:',
  '  - { name: Investment returned, category: residual, amount: 40000 }',
  '  - { name: Flow 1, amount: 5000, year: 1 }',
  '  - { name: Flow 2, amount: 8000, year: 2 }',
  '  - { name: Flow 3, amount: 12000, year: 3 }',
  '  - { name: Flow 4, amount: 30000, year: 4 }',
  '',
].join('\n');

const cents = (x: number) => Math.round(x * 100);

describe('inkoop tco, tried as a new user would', () => {
  it('compares the two alternatives of the example: per option by year and category, then the comparison', async () => {
    const r = await inkoop(['tco', 'examples/costs.yaml', '--date', '2026-11-23']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    // Per option: a table by year with nominal amounts and present values, a table by category.
    for (const name of ['SaaS', 'On-premise']) expect(out).toMatch(new RegExp(`^${name} — `, 'm'));
    expect(out.match(/Jaar +Nominaal +Contante waarde/g)).toHaveLength(2);
    expect(out.match(/Categorie +Totaal/g)).toHaveLength(2);
    // Then the comparison, ranked, with the difference to the cheapest.
    expect(out.indexOf('Vergelijking')).toBeGreaterThan(out.lastIndexOf('Categorie'));
    expect(out).toMatch(/Rang +Alternatief +Totaal +NCW +NCW incl\. btw +Verschil met goedkoopste/);
    expect(out).toMatch(/SaaS is het goedkoopst: EUR [\d.]+,\d\d minder dan On-premise/);
    // The EU threshold verdict, since the example names its authority.
    expect(
      out.match(
        /Europese drempel van EUR 216\.000,00 voor diensten \(decentrale overheid, drempels 2026-2027/g,
      ),
    ).toHaveLength(2);
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('writes English labels and amounts with --lang en', async () => {
    const r = await inkoop([
      'tco',
      '--file',
      'examples/costs.yaml',
      '--lang',
      'en',
      '--date',
      '2026-11-23',
    ]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/Year +Nominal +Present value/);
    expect(r.stdout).toMatch(/Total +\d{3},\d{3}\.\d\d +\d{3},\d{3}\.\d\d/);
    expect(r.stdout).toContain('SaaS is the cheapest');
  });

  it('--detail adds every item per year', async () => {
    const plain = await inkoop(['tco', 'examples/costs.yaml']);
    const r = await inkoop(['tco', 'examples/costs.yaml', '--detail', '--lang', 'en']);
    expect(plain.stdout).not.toContain('Subscription (250 users)');
    // 14.50 per user per month x 250 users x 12 = 43,500.00 in year 1, then +2% a year.
    expect(r.stdout).toMatch(/ 1 +Subscription \(250 users\) +Licences +43,500\.00/);
    expect(r.stdout).toMatch(/ 2 +Subscription \(250 users\) +Licences +44,370\.00/);
    expect(r.stdout).toMatch(/ 5 +Resale of hardware +Residual value +-3,000\.00/);
  });
});

describe('the figures', () => {
  it('reproduces the numpy-financial npv example, and says why the rounded years add up to a cent more', async () => {
    const r = await inkoop(['tco', '-', '--format', 'json'], { input: NUMPY });
    expect(r.exitCode).toBe(0);
    const o = JSON.parse(r.stdout).options[0];
    expect(o).toMatchObject({
      name: 'numpy-financial npv example',
      rank: 1,
      total: 15000,
      npv: 3065.22,
    });
    expect(o.years.map((y: { present_value: number }) => y.present_value)).toEqual([
      -40000, 4629.63, 6858.71, 9525.99, 22050.9,
    ]);
    const text = await inkoop(['tco', '-', '--lang', 'en'], { input: NUMPY });
    expect(text.stdout).toMatch(/Total +15,000\.00 +3,065\.22/);
    expect(text.stdout).toContain(
      'their sum differs by 1 cent from the net present value, which is summed exactly and rounded at the end',
    );
  });

  it('gives the JSON contract: amounts in currency units to the cent, years 0..T, sums that add up', async () => {
    const r = await inkoop([
      'tco',
      'examples/costs.yaml',
      '--format',
      'json',
      '--date',
      '2026-11-23',
    ]);
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      title: expect.any(String),
      currency: 'EUR',
      years: 5,
      discount_rate: 0.0425,
    });
    expect(j.options).toHaveLength(2);
    const amounts: number[] = [];
    for (const o of j.options) {
      for (const key of [
        'name',
        'rank',
        'total',
        'npv',
        'total_incl_vat',
        'npv_incl_vat',
        'years',
        'categories',
        'items',
      ])
        expect(o).toHaveProperty(key);
      expect(o.years.map((y: { year: number }) => y.year)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(o.years.reduce((a: number, y: { total: number }) => a + cents(y.total), 0)).toBe(
        cents(o.total),
      );
      expect(
        Object.values(o.categories as Record<string, number>).reduce((a, v) => a + cents(v), 0),
      ).toBe(cents(o.total));
      expect(o.items.reduce((a: number, i: { total: number }) => a + cents(i.total), 0)).toBe(
        cents(o.total),
      );
      expect(cents(o.total_incl_vat)).toBe(Math.round(cents(o.total) * 1.21));
      amounts.push(
        o.total,
        o.npv,
        ...o.years.flatMap((y: { total: number; present_value: number }) => [
          y.total,
          y.present_value,
        ]),
      );
    }
    for (const a of amounts) expect(Math.abs(a * 100 - Math.round(a * 100))).toBeLessThan(1e-6);
    const ranked = [...j.options].sort((a, b) => a.rank - b.rank);
    expect(ranked[0].npv).toBeLessThan(ranked[1].npv);
    // The same JSON whatever the language.
    const en = await inkoop([
      'tco',
      'examples/costs.yaml',
      '--format',
      'json',
      '--lang',
      'en',
      '--date',
      '2026-11-23',
    ]);
    expect(en.stdout).toBe(r.stdout);
  });

  it('writes CSV (one row per option and year) and Markdown fit for a business case', async () => {
    const csv = await inkoop(['tco', 'examples/costs.yaml', '--format', 'csv', '--lang', 'en']);
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('option,rank,year,total,present_value');
    expect(rows).toHaveLength(1 + 2 * 6);
    const md = await inkoop(['tco', 'examples/costs.yaml', '--format', 'markdown', '--lang', 'en']);
    expect(md.stdout).toMatch(/^## /);
    expect(md.stdout).toMatch(
      /^\| Rank \| Option \| Total \| NPV \| NPV incl\. VAT \| Difference to cheapest \|$/m,
    );
    expect(md.stdout).toMatch(/^### SaaS$/m);
  });
});

describe('what-if runs', () => {
  const FILE =
    'years: 5\ndiscount_rate: 0\ncosts:\n  - { name: licence, amount: 100, every: year }\n  - { name: exit, amount: 1000, year: 5 }\n  - { name: support, amount: 10, every: year, from: 2, to: 5 }\n';

  it('--years shortens the horizon; items beyond it are left out with a warning on stderr', async () => {
    const r = await inkoop(['tco', file(FILE), '--years', '3', '--format', 'json']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain(
      'waarschuwing: default: "exit" valt buiten de looptijd van 3 jaar en is weggelaten',
    );
    expect(r.stderr).toContain('waarschuwing: default: "support" is afgekapt na jaar 3');
    const en = await inkoop([
      'tco',
      file(FILE),
      '--years',
      '3',
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    expect(en.stderr).toContain(
      'warning: default: "exit" falls outside the horizon of 3 years and is left out',
    );
    expect(en.stderr).toContain('warning: default: "support" is cut off at year 3');
    const j = JSON.parse(r.stdout);
    expect(j.years).toBe(3);
    // licence in years 1..3, support in years 2..3.
    expect(j.options[0]).toMatchObject({ total: 320, npv: 320 });
  });

  it("--discount-rate replaces the file's rate; a bare number above 1 suggests the percentage", async () => {
    const r = await inkoop(['tco', file(FILE), '--discount-rate', '10%', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ discount_rate: 0.1 });
    // 100/1.1 + 110/1.1^2 + 110/1.1^3 + 110/1.1^4 + 1110/1.1^5 = 1,091.41...
    expect(JSON.parse(r.stdout).options[0].npv).toBe(
      Math.round(
        (100 / 1.1 + 110 / 1.1 ** 2 + 110 / 1.1 ** 3 + 110 / 1.1 ** 4 + 1110 / 1.1 ** 5) * 100,
      ) / 100,
    );
    const bad = await inkoop(['tco', file(FILE), '--discount-rate', '3']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('did you mean 3%?');
    expect((await inkoop(['tco', file(FILE), '--years', '101'])).exitCode).toBe(2);
  });
});

// The English messages; test/e2e/lang.test.ts has them in Dutch.
describe('bad costs files: exit 2, one clear line per problem with file:line:col', () => {
  const cases: Array<[string, string, RegExp]> = [
    [
      'YAML syntax',
      'years: 3\ncosts:\n  - name: "unclosed\n',
      /costs-\d+\.yaml:\d+:\d+: invalid YAML/,
    ],
    ['missing years', 'costs:\n  - { name: x, amount: 1 }\n', /:1:1: years: is required/],
    [
      'negative quantity',
      'years: 2\ncosts:\n  - name: x\n    amount: 5\n    quantity: -1\n',
      /:5:15: costs\[0\]\.quantity: quantity: may not be negative, got -1/,
    ],
    [
      'unknown every',
      'years: 2\ncosts:\n  - name: x\n    amount: 5\n    every: yearly\n',
      /:5:12: costs\[0\]\.every: the text "yearly" is not allowed \(did you mean "year"\?\)/,
    ],
    [
      'from beyond the horizon',
      'years: 2\ncosts:\n  - { name: x, amount: 5, every: year, from: 3 }\n',
      /:3:46: costs\[0\]\.from: from 3 is beyond the horizon: years is 2, so a year is 0\.\.2/,
    ],
    [
      'indexation on a one-off cost',
      'years: 2\ncosts:\n  - name: x\n    amount: 5\n    indexation: 2%\n',
      /:5:17: costs\[0\]\.indexation: indexation belongs to a recurring cost/,
    ],
    [
      'a rate as a quoted number',
      'years: 2\nindexation: "0.02"\ncosts: []\n',
      /:2:13: indexation: indexation: the text "0\.02" is a number in quotes/,
    ],
    [
      'options and costs both',
      'years: 1\ncosts: []\noptions:\n  - { name: A, costs: [] }\n',
      /:2:8: costs: give options \(a list of alternatives\) or costs \(a single alternative\), not both/,
    ],
    [
      'typo in a top-level key',
      'years: 1\ndiscount: 2%\ncosts: []\n',
      /:2:1: unknown key "discount" \(did you mean "discount_rate"\?\)/,
    ],
    [
      'lower-case currency',
      'years: 1\ncurrency: eur\ncosts: []\n',
      /:2:11: currency: a currency is a three-letter code in capitals, like EUR/,
    ],
    [
      'a list instead of a mapping',
      '- years: 1\n',
      /:1:1: expected a mapping \(key: value\), got a list/,
    ],
    ['an empty file', '', /: expected a mapping \(key: value\), got an empty value/],
  ];

  it.each(cases)('%s', async (_name, text, message) => {
    const r = await inkoop(['tco', file(text), '--lang', 'en']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^inkoop: /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('reports every problem of a file at once, in file order', async () => {
    const r = await inkoop([
      'tco',
      file(
        'years: 2\ncosts:\n  - { name: a, amount: -1 }\n  - { name: b, amount: 1, category: licence }\n',
      ),
      '--lang',
      'en',
    ]);
    expect(r.exitCode).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/:3:\d+: costs\[0\]\.amount/);
    expect(lines[1]).toMatch(/:4:\d+: costs\[1\]\.category: .*did you mean "license"/);
  });

  it('a "billion laughs" file of nested aliases ends with an error instead of filling memory', async () => {
    const lines = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i <= 9; i++)
      lines.push(
        `l${i}: &l${i} [${Array(10)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    const r = await inkoop([
      'tco',
      file(`${lines.join('\n')}\nyears: 1\ncosts: []\n`),
      '--lang',
      'en',
    ]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/too many alias references/);
  });

  it('a missing file, a folder, no file at all, and a bad flag', async () => {
    expect(await inkoop(['tco', 'does-not-exist.yaml'])).toMatchObject({
      exitCode: 2,
      stderr: 'inkoop: does-not-exist.yaml: bestaat niet (verwacht: een kostenbestand)\n',
    });
    expect((await inkoop(['tco', 'examples'])).stderr).toMatch(/is een map/);
    const none = await inkoop(['tco']);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toMatch(/^inkoop: geen kostenbestand/);
    expect((await inkoop(['tco', 'examples/costs.yaml', '--format', 'yaml'])).stderr).toMatch(
      /--format: onbekend formaat "yaml"/,
    );
    expect((await inkoop(['tco', 'examples/costs.yaml', '--date', '2026-02-30'])).exitCode).toBe(2);
  });
});

describe('generated costs files never crash the command', () => {
  const value = fc.oneof(
    fc.integer({ min: -5, max: 200 }),
    fc.double({ noNaN: true }),
    fc.string({ maxLength: 5 }),
    fc.constantFrom(
      '2%',
      '-100%',
      '1e400',
      'month',
      'year',
      'residual',
      'licence',
      null,
      true,
      [],
      {},
    ),
  );
  const itemLike = fc.dictionary(
    fc.constantFrom(
      'name',
      'amount',
      'ammount',
      'quantity',
      'year',
      'every',
      'from',
      'to',
      'category',
      'indexation',
    ),
    value,
    { maxKeys: 6 },
  );
  const doc = fc.record(
    {
      years: fc.oneof(fc.integer({ min: 0, max: 101 }), value),
      discount_rate: value,
      indexation: value,
      vat: value,
      authority: fc.constantFrom('centraal', 'decentraal', 'central', 1),
      options: fc.array(
        fc.record(
          { name: value, costs: fc.array(itemLike, { maxLength: 3 }) },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
      costs: fc.array(itemLike, { maxLength: 3 }),
    },
    { requiredKeys: [] },
  );

  it('exits 0 or 2, never with an internal error', async () => {
    const samples = fc.sample(doc, { numRuns: 20, seed: 12 });
    for (const d of samples) {
      const r = await inkoop(['tco', '-', '--format', 'json'], { input: stringify(d) });
      expect([0, 2]).toContain(r.exitCode);
      expect(r.stderr).not.toContain('internal error');
      if (r.exitCode === 0) expect(() => JSON.parse(r.stdout)).not.toThrow();
      else expect(r.stderr).toMatch(/^inkoop: /);
    }
  });
});
