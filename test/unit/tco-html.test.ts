import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/lib/yaml.js';
import { computeTco } from '../../src/tco/compute.js';
import { costsFileSchema } from '../../src/tco/schema.js';
import { tcoHtml } from '../../src/tco/html.js';

const TODAY = new Date('2026-06-01T00:00:00Z');

function tco(yaml: string) {
  return computeTco(readYaml(yaml, 'costs.yaml', costsFileSchema).data, { today: TODAY });
}

/** Attributes of each element with this class. */
function elements(doc: string, tag: string, cls: string): Record<string, string>[] {
  return [...doc.matchAll(new RegExp(`<${tag} class="${cls}"([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((p) => [p[1]!, p[2]!])),
  );
}

function cell(doc: string, within: string, data: Record<string, string>): string {
  const table = new RegExp(`<table id="${within}"[\\s\\S]*?</table>`).exec(doc)?.[0];
  if (!table) throw new Error(`no table ${within}`);
  const sel = Object.entries(data)
    .map(([k, v]) => `data-${k}="${v}"`)
    .join(' ');
  const m = new RegExp(`<td[^>]* ${sel}[^>]*>(.*?)</td>`).exec(table);
  if (!m) throw new Error(`no cell ${sel} in ${within}`);
  return m[1]!.replace(/<[^>]*>/g, '');
}

// Two options over 3 years; B costs more up front and less later, so it
// becomes cheaper in cumulative cost in year 2 (break-even).
const TWO = `
title: Werkplek <test> & co
years: 3
vat: "21%"
authority: centraal
options:
  - name: A
    costs:
      - { name: Licentie, category: license, amount: 1000, every: year, from: 0 }
  - name: B
    costs:
      - { name: Aanschaf, category: acquisition, amount: 1500 }
      - { name: Beheer, category: support, amount: 100, every: year }
      - { name: Restwaarde, category: residual, amount: 234.56, year: 3 }
`;

describe('tcoHtml', () => {
  const result = tco(TWO);
  const nl = tcoHtml(result, 'nl', { version: '9.9.9' });
  const en = tcoHtml(result, 'en');

  it('is one document in the report language with the title escaped, and no script', () => {
    expect(nl).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(en).toMatch(/<html lang="en">/);
    expect(nl).toContain('<title>Werkplek &lt;test&gt; &amp; co</title>');
    expect(nl).not.toMatch(/<script|<link|<img/);
    expect(nl).toContain('Gemaakt met inkoop 9.9.9');
  });

  it('puts the assumptions first', () => {
    const h2 = [...nl.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1]);
    expect(h2[0]).toBe('assumptions');
    expect(nl).toContain('<dt>Looptijd</dt><dd>3 jaar: jaar 0 (aanschaf) tot en met jaar 3</dd>');
    expect(nl).toContain(
      '<dt>Discontovoet</dt><dd>geen (0%): de netto contante waarde is gelijk aan het nominale totaal</dd>',
    );
    expect(en).toContain(
      '<dt>VAT</dt><dd>21%; amounts exclude VAT, the comparison also shows the totals including VAT</dd>',
    );
    expect(en).toContain('<dt>Contracting authority</dt><dd>central government</dd>');
  });

  it('shows amounts in Dutch and English notation', () => {
    // A: 4 x 1000 = 4000; B: 1500 + 3 x 100 - 234.56 = 1565.44
    expect(cell(nl, 'comparison-table', { option: 'B', field: 'total' })).toBe('EUR 1.565,44');
    expect(cell(en, 'comparison-table', { option: 'A', field: 'total' })).toBe('EUR 4,000.00');
    expect(cell(nl, 'comparison-table', { option: 'B', field: 'total_incl_vat' })).toBe(
      'EUR 1.894,18',
    );
    expect(cell(nl, 'comparison-table', { option: 'A', field: 'difference' })).toBe(
      '+EUR 2.434,56',
    );
  });

  it('draws the year bars from the category amounts, with the residual value below the axis', () => {
    const svgA = /<svg[^>]*id="costs-chart-0"[\s\S]*?<\/svg>/.exec(nl)![0];
    expect(elements(svgA, 'rect', 'bar').map((x) => x['data-value'])).toEqual([
      '1000',
      '1000',
      '1000',
      '1000',
    ]);
    const svgB = /<svg[^>]*id="costs-chart-1"[\s\S]*?<\/svg>/.exec(nl)![0];
    const barsB = elements(svgB, 'rect', 'bar');
    expect(
      barsB.map((x) => `${x['data-category']}:${x['data-series']}:${x['data-value']}`),
    ).toEqual([
      '0:acquisition:1500',
      '1:support:100',
      '2:support:100',
      '3:support:100',
      '3:residual:-234.56',
    ]);
    const zero = Number(/<line class="zero"[^>]* y1="([\d.]+)"/.exec(svgB)![1]);
    const residual = barsB[4]!;
    expect(Number(residual.y)).toBeCloseTo(zero, 1);
    expect(Number(barsB[0]!.height) / 1500).toBeCloseTo(Number(residual.height) / 234.56, 2);
  });

  it('plots the cumulative cost of every option and names the break-even year', () => {
    const points = elements(nl, 'circle', 'point');
    expect(
      points.filter((p) => p['data-series'] === 'option-0').map((p) => p['data-value']),
    ).toEqual(['1000', '2000', '3000', '4000']);
    expect(
      points.filter((p) => p['data-series'] === 'option-1').map((p) => p['data-value']),
    ).toEqual(['1500', '1600', '1700', '1565.44']);
    expect(nl).toContain(
      '<li>B is vanaf jaar 1 cumulatief goedkoper dan A (break-even in jaar 1).</li>',
    );
    expect(en).toContain(
      '<li>B is cumulatively cheaper than A from year 1 on (break-even in year 1).</li>',
    );
    expect(cell(nl, 'cumulative-table', { option: 'B', year: '3', field: 'cumulative' })).toBe(
      '1.565,44',
    );
  });

  it('has the tables by year and by category, adding up', () => {
    expect(cell(nl, 'years-1', { year: '3', field: 'total' })).toBe('-134,56');
    expect(cell(nl, 'years-1', { year: '3', field: 'residual' })).toBe('-234,56');
    expect(cell(nl, 'years-1', { year: 'all', field: 'total' })).toBe('1.565,44');
    expect(cell(en, 'categories-1', { category: 'residual' })).toBe('-234.56');
    expect(nl).toContain(
      '<caption id="years-1-caption">B: kosten per jaar en categorie, nominaal en contant (bedragen in EUR, excl. btw)</caption>',
    );
  });

  it('gives the EU threshold verdict when the file names an authority, and none otherwise', () => {
    expect(cell(nl, 'threshold-table', { option: 'A', field: 'threshold' })).toBe('EUR 140.000,00');
    expect(cell(en, 'threshold-table', { option: 'A', field: 'reached' })).toBe('not required');
    expect(nl).toContain(
      'Drempels: Gedelegeerde Verordeningen (EU) 2025/2150, 2025/2151, 2025/2152, geldig van 1 januari 2026 tot en met 31 december 2027.',
    );
    const without = tcoHtml(tco(TWO.replace('authority: centraal\n', '')), 'nl');
    expect(without).not.toContain('id="threshold"');
  });

  it('reports a single option without a comparison column or break-even', () => {
    const one = tcoHtml(tco('years: 2\ncosts:\n  - { name: X, amount: 10, every: year }\n'), 'en');
    expect(one).toContain(
      '<p class="verdict">default: total EUR 20.00, net present value EUR 20.00.</p>',
    );
    expect(one).not.toContain('Difference to the cheapest');
    expect(one).not.toContain('class="break-even"');
  });

  it('shows at most eight lines on the cumulative chart and says so', () => {
    const options = Array.from(
      { length: 10 },
      (_, i) => `  - name: O${i}\n    costs:\n      - { name: X, amount: ${100 + i} }\n`,
    ).join('');
    const doc = tcoHtml(tco(`years: 1\noptions:\n${options}`), 'en');
    const svg = /<svg[^>]*id="cumulative-chart"[\s\S]*?<\/svg>/.exec(doc)![0];
    expect(svg.match(/<polyline /g)).toHaveLength(8);
    expect(doc).toContain('The chart shows the 8 cheapest of 10 options.');
    expect(doc.match(/<section aria-labelledby="option-\d+" class="option">/g)).toHaveLength(10);
  });
});
