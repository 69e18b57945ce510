import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inkoop, tempDir } from '../helpers.js';

const STACK = /\n\s+at .+:\d+:\d+/;
const tmp = tempDir();
afterAll(() => tmp.cleanup());
let n = 0;
function file(text: string): string {
  const p = join(tmp.dir, `costs-${++n}.yaml`);
  writeFileSync(p, text);
  return p;
}

describe('inkoop tco on the example', () => {
  it('compares the two alternatives readably', async () => {
    const r = await inkoop(['tco', '--file', 'examples/costs.yaml']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Total Cost of Ownership: Zaaksysteem gemeente Voorbeeldstad');
    expect(r.stdout).toMatch(
      /Looptijd: 5 jaar .* Discontovoet: 4,25% .* Indexatie: 2% .* Btw: 21%/,
    );
    expect(r.stdout).toMatch(/1 +SaaS +458\.905,04 +411\.028,52 +497\.344,51 +-\n/);
    expect(r.stdout).toMatch(
      /2 +On-premise +721\.638,76 +659\.647,00 +798\.172,87 +\+248\.618,48\n/,
    );
    expect(r.stdout).toContain(
      'SaaS is het goedkoopst: EUR 248.618,48 minder dan On-premise (NCW).',
    );
    expect(r.stdout).toContain(
      'bereikt de Europese drempel van EUR 216.000,00 voor diensten (decentrale overheid, drempels 2026-2027',
    );
  });

  it('gives the documented JSON, whose figures add up', async () => {
    const r = await inkoop(['tco', 'examples/costs.yaml', '--format', 'json']);
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      title: 'Zaaksysteem gemeente Voorbeeldstad',
      currency: 'EUR',
      years: 5,
      discount_rate: 0.0425,
    });
    const saas = j.options[0];
    expect(Object.keys(saas)).toEqual([
      'name',
      'description',
      'rank',
      'total',
      'npv',
      'total_incl_vat',
      'npv_incl_vat',
      'contract_value',
      'internal_costs',
      'residual_value',
      'threshold',
      'years',
      'categories',
      'items',
    ]);
    expect(saas).toMatchObject({
      name: 'SaaS',
      rank: 1,
      total: 458905.04,
      npv: 411028.52,
      npv_incl_vat: 497344.51,
    });
    const cents = (x: number) => Math.round(x * 100);
    expect(saas.years.reduce((a: number, y: { total: number }) => a + cents(y.total), 0)).toBe(
      cents(saas.total),
    );
    expect(
      Object.values(saas.categories as Record<string, number>).reduce((a, v) => a + cents(v), 0),
    ).toBe(cents(saas.total));
    // Year 1 by hand: 250 users x 14.50 x 12 months + 32,000 management = 75,500.00; discounted at 4.25%.
    expect(saas.years[1]).toEqual({ year: 1, total: 75500, present_value: 72422.06 });
    // The contract value: what is paid to suppliers, before residual value. SaaS leaves out
    // its own functional management (personnel, internal by default); On-premise also its
    // own data centre (internal: true) and keeps the 3,000.00 resale in.
    expect(
      saas.items
        .filter((i: { internal: boolean }) => i.internal)
        .map((i: { name: string }) => i.name),
    ).toEqual(['Functional management (0.4 FTE)']);
    expect([saas.contract_value, saas.internal_costs, saas.residual_value]).toEqual([
      292375.75, 166529.29, 0,
    ]);
    // Licences by hand: 43,500.00 x (1 + 1.02 + 1.02^2 + 1.02^3 + 1.02^4), each year rounded:
    // 43,500 + 44,370 + 45,257.40 + 46,162.55 + 47,085.80 = 226,375.75; plus implementation
    // 38,500, migration 12,000, training 6,000, exit 9,500 = 292,375.75.
    expect(cents(saas.contract_value)).toBe(
      cents(saas.categories.license) + 3850000 + 1200000 + 600000 + 950000,
    );
    const onPrem = j.options[1];
    expect([onPrem.contract_value, onPrem.internal_costs, onPrem.residual_value]).toEqual([
      319764.44, 404874.32, 3000,
    ]);
    for (const o of j.options)
      expect(cents(o.total)).toBe(
        cents(o.contract_value) + cents(o.internal_costs) - cents(o.residual_value),
      );
  });

  it('writes Markdown, CSV and details', async () => {
    const md = await inkoop(['tco', 'examples/costs.yaml', '--format', 'markdown', '--lang', 'en']);
    expect(md.stdout).toMatch(/^## Total cost of ownership: Zaaksysteem/);
    expect(md.stdout).toContain('| 1 | SaaS | 458,905.04 | 411,028.52 | 497,344.51 | - |');
    const csv = await inkoop(['tco', 'examples/costs.yaml', '--format', 'csv', '--lang', 'en']);
    expect(csv.stdout.split('\r\n')[2]).toBe('SaaS,1,1,75500.00,72422.06');
    // Dutch: what Dutch Excel opens right (semicolons, a decimal comma, a byte order mark).
    const nl = await inkoop(['tco', 'examples/costs.yaml', '--format', 'csv']);
    expect(nl.stdout.split('\r\n').slice(0, 3)).toEqual([
      '\ufeffalternatief;rang;jaar;totaal;contante_waarde',
      'SaaS;1;0;56500,00;56500,00',
      'SaaS;1;1;75500,00;72422,06',
    ]);
    const tab = await inkoop([
      'tco',
      'examples/costs.yaml',
      '--format',
      'csv',
      '--csv-separator',
      'tab',
    ]);
    expect(tab.stdout.split('\r\n')[2]).toBe('SaaS\t1\t1\t75500,00\t72422,06');
    const detail = await inkoop(['tco', 'examples/costs.yaml', '--detail']);
    expect(detail.stdout).toMatch(/1 +Subscription \(250 users\) +Licenties +43\.500,00/);
    expect(detail.stdout).toMatch(/2 +Subscription \(250 users\) +Licenties +44\.370,00/);
  });

  it('reads standard input and overrides the horizon and rate for what-if runs', async () => {
    const r = await inkoop(
      ['tco', '-', '--years', '3', '--discount-rate', '0', '--format', 'json'],
      {
        input:
          'years: 5\ncosts:\n  - name: exit\n    amount: 100\n    year: 5\n  - name: fee\n    amount: 10\n    every: year\n',
      },
    );
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe(
      'waarschuwing: default: "exit" valt buiten de looptijd van 3 jaar en is weggelaten\n',
    );
    expect(JSON.parse(r.stdout).options[0]).toMatchObject({ total: 30, npv: 30 });
  });
});

// The English messages; test/e2e/lang.test.ts has them in Dutch.
describe('bad costs files exit 2 with file:line:col', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['YAML syntax', 'years: 5\ncosts: [\n', /costs-\d+\.yaml:3:1: invalid YAML/],
    ['missing years', 'costs: []\n', /costs-\d+\.yaml:1:1: years: is required \(a number\)/],
    [
      'negative amount',
      'years: 2\ncosts:\n  - name: x\n    amount: -5\n',
      /costs-\d+\.yaml:4:13: costs\[0\]\.amount: amount: may not be negative, got -5/,
    ],
    [
      'unknown category',
      'years: 2\ncosts:\n  - name: x\n    amount: 5\n    category: licence\n',
      /:5:15: costs\[0\]\.category: the text "licence" is not allowed \(did you mean "license"\?\)/,
    ],
    [
      'year beyond horizon',
      'years: 2\ncosts:\n  - name: x\n    amount: 5\n    year: 3\n',
      /:5:11: costs\[0\]\.year: year 3 is beyond the horizon: years is 2, so a year is 0\.\.2/,
    ],
    [
      'from after to',
      'years: 5\ncosts:\n  - name: x\n    amount: 5\n    every: year\n    from: 4\n    to: 2\n',
      /:6:11: costs\[0\]\.from: from 4 is after to 2/,
    ],
    [
      'year and every',
      'years: 5\ncosts:\n  - name: x\n    amount: 5\n    every: year\n    year: 1\n',
      /:6:11: costs\[0\]\.year: an item is either one-off \(year\) or recurring \(every\), not both/,
    ],
    [
      'duplicate options',
      'years: 1\noptions:\n  - name: A\n    costs: []\n  - name: A\n    costs: []\n',
      /:5:11: options\[1\]\.name: duplicate option name "A"/,
    ],
    [
      'typo in a key',
      'years: 1\ncosts:\n  - name: x\n    ammount: 5\n',
      /:4:5: unknown key "ammount" \(did you mean "amount"\?\)/,
    ],
    [
      'number as text',
      'years: 1\ncosts:\n  - name: x\n    amount: "1.234,50"\n',
      /:4:13: costs\[0\]\.amount: expected a number, got the text "1\.234,50"/,
    ],
    [
      'bare rate above 1',
      'years: 1\ndiscount_rate: 3\ncosts: []\n',
      /:2:16: discount_rate: discount_rate: 3 would be 300%; did you mean 3%\?/,
    ],
    [
      'rate at -100%',
      'years: 1\ndiscount_rate: "-100%"\ncosts: []\n',
      /:2:16: discount_rate: discount_rate: must be above -100%/,
    ],
    [
      'Dutch thousands',
      'years: 1\ncosts:\n  - name: x\n    amount: 12.500\n',
      /:4:13: ambiguous number 12\.500/,
    ],
    ['no options', 'years: 1\n', /:1:1: no costs: add options/],
    [
      'a list as a key',
      'years: 3\n? [a, b]\n: 1\ncosts: []\n',
      /^inkoop: \S+costs-\d+\.yaml:2:3: a key must be a name, not a list or a mapping\n$/,
    ],
  ];
  it.each(cases)('%s', async (_name, text, message) => {
    const r = await inkoop(['tco', file(text), '--lang', 'en']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^inkoop: /);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('a billion-laughs file ends quickly with an error', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 0; i < 9; i++)
      lines.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
      );
    const r = await inkoop([
      'tco',
      file(lines.join('\n') + '\nyears: 1\ncosts: []\n'),
      '--lang',
      'en',
    ]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/too many alias references/);
  });

  it('bad flags and missing files', async () => {
    expect((await inkoop(['tco'])).stderr).toMatch(/^inkoop: geen kostenbestand/);
    const missing = await inkoop(['tco', 'nope.yaml']);
    expect(missing).toMatchObject({
      exitCode: 2,
      stderr: 'inkoop: nope.yaml: bestaat niet (verwacht: een kostenbestand)\n',
    });
    expect((await inkoop(['tco', 'examples/costs.yaml', '--years', '0'])).exitCode).toBe(2);
    const rate = await inkoop(['tco', 'examples/costs.yaml', '--discount-rate', '4']);
    expect(rate.exitCode).toBe(2);
    expect(rate.stderr).toContain('did you mean 4%?');
    expect((await inkoop(['tco', 'examples/costs.yaml', '--format', 'xml'])).exitCode).toBe(2);
  });
});
