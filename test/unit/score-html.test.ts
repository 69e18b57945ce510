import { describe, expect, it } from 'vitest';
import { tenderFileSchema } from '../../src/score/schema.js';
import { scoreTender } from '../../src/score/score.js';
import { scoreHtml, scoreViewHtml, type ScoreHtmlRobustness } from '../../src/score/html.js';
import { roundPoints, scoreView } from '../../src/score/render.js';

const tender = tenderFileSchema.parse({
  title: 'Zaaksysteem <2026> & co',
  price: { method: 'relative', budget: 1_500_000 },
  knockouts: ['ISO 27001'],
  criteria: [
    {
      id: 'kwaliteit',
      name: 'Kwaliteit',
      criteria: [
        { id: 'functioneel', name: 'Functioneel', weight: 40 },
        { id: 'plan', name: 'Plan van aanpak', weight: 20 },
      ],
    },
    { id: 'prijs', name: 'Prijs', weight: 40, price: true },
  ],
  bids: [
    {
      vendor: 'Alpha <b>BV</b>',
      price: 1_000_000,
      knockouts: { 'ISO 27001': true },
      scores: { functioneel: [8, 4, 9], plan: 6 },
    },
    {
      vendor: 'Beta',
      price: 1_234_567.89,
      knockouts: { 'ISO 27001': true },
      scores: { functioneel: 9, plan: 8 },
    },
    { vendor: 'Gamma', price: 900_000, knockouts: { 'ISO 27001': false } },
    {
      vendor: 'Delta',
      price: 1_600_000,
      knockouts: { 'ISO 27001': true },
      scores: { functioneel: 9, plan: 9 },
    },
  ],
});
const result = scoreTender(tender);

/** Attributes of each element with this class. */
function elements(doc: string, tag: string, cls: string): Record<string, string>[] {
  return [...doc.matchAll(new RegExp(`<${tag} class="${cls}"([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((p) => [p[1]!, p[2]!])),
  );
}

/** The text of the cell with these data attributes. */
function cell(doc: string, data: Record<string, string>): string {
  const sel = Object.entries(data)
    .map(([k, v]) => `data-${k}="${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`)
    .join(' ');
  const m = new RegExp(`<td[^>]* ${sel}>(.*?)</td>`).exec(doc);
  if (!m) throw new Error(`no cell ${sel}`);
  return m[1]!.replace(/<[^>]*>/g, '');
}

describe('scoreHtml', () => {
  const nl = scoreHtml(result, 'nl', { version: '9.9.9' });
  const en = scoreHtml(result, 'en');

  it('is built from the view alone: plain data that survives JSON gives the same document', () => {
    const view = JSON.parse(JSON.stringify(scoreView(result, 'nl')));
    expect(scoreViewHtml(view, { version: '9.9.9' })).toBe(nl);
    // The view's numbers are already formatted in the report's language.
    expect(view.ranked[0].total).toMatch(/^\d+,\d{2}$/);
    expect(view.excluded.map((b: { price: string }) => b.price)).toEqual([
      'EUR 1.600.000,00',
      'EUR 900.000,00',
    ]);
  });

  it('is one document in the report language, with the title escaped', () => {
    expect(nl).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(en).toMatch(/<html lang="en">/);
    expect(nl).toContain('<title>Zaaksysteem &lt;2026&gt; &amp; co</title>');
    expect(nl).toContain('<h1>Zaaksysteem &lt;2026&gt; &amp; co</h1>');
    expect(nl).toContain('Gemaakt met inkoop 9.9.9');
    expect(nl).not.toMatch(/<script|<b>BV/);
    expect(nl).toContain('Alpha &lt;b&gt;BV&lt;/b&gt;');
  });

  it('states the verdict and how bids were scored, with Dutch and English notation of money', () => {
    expect(nl).toContain('<p class="verdict">Winnaar: Beta, met');
    expect(en).toContain('<p class="verdict">Winner: Beta, with');
    expect(nl).toContain('EUR 1.234.567,89');
    expect(en).toContain('EUR 1,234,567.89');
    expect(nl).toContain(
      '<dt>Laagste geldige prijs</dt><dd>EUR 1.000.000,00 (Alpha &lt;b&gt;BV&lt;/b&gt;)</dd>',
    );
    expect(en).toContain(
      '<dt>Budget (ceiling)</dt><dd>EUR 1,500,000.00; a higher price excludes the bid</dd>',
    );
  });

  it('uses the report language for every label', () => {
    for (const word of [
      'Rangorde',
      'Punten per criterium',
      'Uitgesloten inschrijvingen',
      'Spreiding tussen beoordelaars',
      'Inschrijver',
    ])
      expect(nl).toContain(word);
    for (const word of [
      'Ranking',
      'Points per criterion',
      'Excluded bids',
      'Spread between evaluators',
      'Vendor',
    ])
      expect(en).toContain(word);
    for (const word of ['Rangorde', 'Uitgesloten', 'Spreiding', 'Inschrijver', 'Winnaar', 'punten'])
      expect(en).not.toContain(word);
  });

  it('draws a bar per bid and group with the group points, and lists the same figures in the ranking table', () => {
    const bars = elements(nl, 'rect', 'bar');
    const ranked = result.bids.filter((b) => !b.excluded);
    expect(bars).toHaveLength(ranked.length * 2);
    for (const b of ranked) {
      for (const g of ['kwaliteit', 'prijs']) {
        const bar = bars.find(
          (x) =>
            x['data-category'] === b.vendor.replace(/</g, '&lt;').replace(/>/g, '&gt;') &&
            x['data-series'] === g,
        )!;
        // The view rounds points to 6 decimals, as the JSON output does.
        expect(Number(bar['data-value'])).toBe(roundPoints(b.groups[g]!));
      }
    }
    const ratios = bars.map((b) => Number(b.width) / Number(b['data-value']));
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0]!, 2);
    expect(cell(nl, { vendor: 'Beta', field: 'total' })).toBe(
      result.bids[0]!.total!.toFixed(2).replace('.', ','),
    );
    expect(cell(en, { vendor: 'Beta', group: 'prijs' })).toBe(
      result.bids[0]!.groups.prijs!.toFixed(2),
    );
  });

  it('shows the points per criterion with the score, and a total row', () => {
    expect(cell(nl, { vendor: 'Beta', criterion: 'functioneel' })).toBe('36,00 (9)');
    expect(cell(nl, { vendor: 'Alpha &lt;b&gt;BV&lt;/b&gt;', criterion: 'functioneel' })).toBe(
      '28,00 (7)',
    );
    expect(nl).toMatch(/<tr class="group"><th scope="row">Kwaliteit<\/th>/);
    expect(nl).toMatch(/<tr class="sub"><th scope="row">Functioneel<\/th>/);
    expect(nl).toContain('Prijs (prijs)');
  });

  it('lists excluded bids with every reason in words', () => {
    expect(cell(nl, { vendor: 'Gamma', field: 'reasons' })).toBe(
      'knock-out niet gehaald: ISO 27001',
    );
    expect(cell(en, { vendor: 'Delta', field: 'reasons' })).toBe(
      'price EUR 1,600,000.00 above the budget of EUR 1,500,000.00',
    );
  });

  it('marks an evaluator spread larger than a third of the scale', () => {
    expect(nl).toMatch(
      /<tr class="flag"><th scope="row">Alpha &lt;b&gt;BV&lt;\/b&gt;<\/th><th scope="row">Functioneel<\/th><td class="num">8; 4; 9<\/td><td class="num">7<\/td><td class="num" data-vendor="[^"]*" data-criterion="functioneel">5<\/td><td class="num">3,33<\/td><td><strong>⚠ groot: bespreken<\/strong><\/td><\/tr>/,
    );
    expect(nl).toContain('1 spreiding is groter dan een derde van de schaal.');
  });

  it('explains every point only when asked', () => {
    expect(nl).not.toContain('Toelichting per inschrijving');
    const explained = scoreHtml(result, 'nl', { explain: true });
    expect(explained).toContain('<h2 id="explain">Toelichting per inschrijving</h2>');
    expect(explained).toContain('40 × (8 + 4 + 9) / 3 / 10');
  });

  it('renders robustness findings when given, and no such section otherwise', () => {
    expect(nl).not.toContain('id="robustness"');
    const robustness: ScoreHtmlRobustness = {
      fragile: true,
      summary: 'De winnaar wisselt als <Alpha> zich terugtrekt.',
      sections: [
        {
          title: 'Gewichten',
          findings: [
            { level: 'fragile', text: 'Prijs 3 punten lager: Alpha wint.' },
            { level: 'ok', text: 'Kwaliteit: geen wisseling binnen het bereik.' },
          ],
          table: {
            caption: 'Drempels',
            columns: [{ header: 'Criterium' }, { header: 'Punten', numeric: true }],
            rows: [['prijs', '-3']],
          },
        },
      ],
    };
    const doc = scoreHtml(result, 'nl', { robustness });
    expect(doc).toContain('<h2 id="robustness">Robuustheid van de uitkomst</h2>');
    expect(doc).toContain(
      '<div class="callout warn"><p><strong>Kwetsbaar:</strong> De winnaar wisselt als &lt;Alpha&gt; zich terugtrekt.</p></div>',
    );
    expect(doc).toContain(
      '<li class="fragile"><span aria-hidden="true">⚠ </span><span class="sr-only">Kwetsbaar: </span>Prijs 3 punten lager: Alpha wint.</li>',
    );
    expect(doc).toContain('<caption id="robustness-0-caption">Drempels</caption>');
  });

  it('says so plainly when every bid is excluded', () => {
    const none = scoreTender(tenderFileSchema.parse({ ...tender, bids: [tender.bids[2]] }));
    const doc = scoreHtml(none, 'en');
    expect(doc).toContain(
      '<div class="callout bad"><p class="verdict">No valid bid: every bid is excluded. There is no winner.</p></div>',
    );
    expect(doc).not.toContain('class="bar"');
  });

  it('splits the points of many bids over tables of six bids, in order of rank', () => {
    const many = tenderFileSchema.parse({
      ...tender,
      knockouts: [],
      price: undefined,
      bids: Array.from({ length: 8 }, (_, i) => ({
        vendor: `V${i}`,
        price: 1000 + i,
        scores: { functioneel: 10 - i, plan: 8 },
      })),
    });
    const doc = scoreHtml(scoreTender(many), 'en');
    expect(doc).toContain(
      '<caption id="points-table-caption">Points per criterion and bid (score in brackets): ranks 1 to 6</caption>',
    );
    expect(doc).toContain(
      '<caption id="points-table-2-caption">Points per criterion and bid (score in brackets): ranks 7 to 8</caption>',
    );
    expect(doc).toMatch(
      /<table id="points-table-2" class="points"><caption[^>]*>[^<]*<\/caption><thead><tr><th scope="col">Criterion<\/th><th scope="col" class="num">Max\.<\/th><th scope="col" class="num">V6<\/th><th scope="col" class="num">V7<\/th><\/tr>/,
    );
    expect(elements(doc, 'rect', 'bar').length).toBe(16);
  });
});

describe('scoreHtml: a chart of the ranking value for the methods other than weighted', () => {
  const methodTender = (method: string, extra: Record<string, unknown> = {}) =>
    tenderFileSchema.parse({
      method,
      criteria: [
        { id: 'q', name: 'Kwaliteit', weight: 60, value: 100_000 },
        ...(method === 'utility_index'
          ? [{ id: 'p', name: 'Prijs', weight: 40, price: true }]
          : []),
      ],
      bids: [
        { vendor: 'Alpha <b>BV</b>', price: 500_000, scores: { q: 8 } },
        { vendor: 'Beta & Co', price: 450_000, scores: { q: 5 } },
        { vendor: 'Gamma', price: 700_000, scores: { q: 10 } },
      ],
      ...extra,
    });

  // fictitious_price: Alpha 500,000 - 80,000 = 420,000; Beta 450,000 - 50,000 = 400,000;
  // Gamma 700,000 - 100,000 = 600,000. Beta first, bars in euros.
  // price_per_point: quality 60 x 8/10 = 48, 30, 60: Alpha 10,416.67, Beta 15,000, Gamma 11,666.67.
  // utility_index (N = 1.5, Pbest 450,000, Qbest 1): Alpha (1 - 0.2 x 1.5) / 500,000 x 450,000 = 0.63,
  // Beta (1 - 0.5 x 1.5) = 0.25, Gamma 1 / 700,000 x 450,000 = 0.642857.
  it.each([
    [
      'fictitious_price',
      ['Beta & Co', 'Alpha <b>BV</b>', 'Gamma'],
      [400_000, 420_000, 600_000],
      'euro',
    ],
    [
      'price_per_point',
      ['Alpha <b>BV</b>', 'Gamma', 'Beta & Co'],
      [10_416.67, 11_666.67, 15_000],
      'euro',
    ],
    ['utility_index', ['Gamma', 'Alpha <b>BV</b>', 'Beta & Co'], [0.642857, 0.63, 0.25], 'index'],
    [
      'lowest_price',
      ['Beta & Co', 'Alpha <b>BV</b>', 'Gamma'],
      [450_000, 500_000, 700_000],
      'euro',
    ],
  ])('%s: one bar per ranked bid with its value, names escaped', (method, order, values, unit) => {
    const doc = scoreHtml(scoreTender(methodTender(method)), 'nl');
    expect(doc).toContain('id="method-chart"');
    expect(doc).not.toContain('id="ranking-chart"');
    const bars = elements(doc, 'rect', 'bar');
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(bars.map((b) => b['data-category'])).toEqual(order.map(esc));
    expect(bars.map((b) => Number(b['data-value']))).toEqual(values);
    expect(doc).not.toContain('<b>BV</b>');
    const ratios = bars.map((b) => Number(b.width) / Number(b['data-value']));
    for (const r of ratios) expect(r / ratios[0]!).toBeCloseTo(1, 3);
    const desc = /<desc id="method-chart-desc">([^<]*)<\/desc>/.exec(doc)![1]!;
    expect(desc).toContain(`1. ${esc(order[0]!)}: `);
    expect(desc).toContain(
      method === 'utility_index'
        ? 'De hoogste waarde staat eerst.'
        : 'De laagste waarde staat eerst.',
    );
    if (unit === 'euro') expect(desc).toContain('EUR ');
    else expect(desc).toContain('1. Gamma: 0,6429');
  });

  it('in English', () => {
    const doc = scoreHtml(scoreTender(methodTender('fictitious_price')), 'en');
    expect(doc).toContain('<figcaption>Fictitious price per bid, in order of rank</figcaption>');
    expect(doc).toContain('Fictitious price (euros)');
    expect(doc).toContain('The lowest value ranks first.');
  });
});
