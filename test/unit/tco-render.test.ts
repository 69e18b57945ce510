/** The TCO renderers: what a buyer reads in the terminal and in a business case. */
import { describe, expect, it } from 'vitest';
import { computeTco } from '../../src/tco/compute.js';
import { roundingNote, tcoCsv, tcoJson, tcoMarkdown, tcoText } from '../../src/tco/render.js';
import { costsFileSchema } from '../../src/tco/schema.js';

const DAY = new Date('2026-11-23T00:00:00Z');
const compute = (d: unknown) => computeTco(costsFileSchema.parse(d), { today: DAY });

// numpy-financial's npv example: the years, each rounded, add up to 3,065.23; the NPV is 3,065.22.
const numpy = compute({
  years: 4,
  discount_rate: '8%',
  costs: [
    { name: 'returned', category: 'residual', amount: 40000 },
    ...[5000, 8000, 12000, 30000].map((amount, i) => ({
      name: `flow ${i + 1}`,
      amount,
      year: i + 1,
    })),
  ],
});

const two = compute({
  title: 'Werkplek',
  years: 3,
  vat: '21%',
  authority: 'centraal',
  options: [
    {
      name: 'Huren',
      costs: [{ name: 'Abonnement', category: 'license', amount: 40000, every: 'year' }],
    },
    {
      name: 'Kopen',
      description: 'eigen beheer',
      costs: [
        { name: 'Aanschaf', category: 'acquisition', amount: 100000 },
        { name: 'Restwaarde', category: 'residual', amount: 10000, year: 3 },
      ],
    },
  ],
});

describe('tcoText', () => {
  it('shows per option the years and categories, then the comparison with the difference to the cheapest', () => {
    const text = tcoText(two, 'nl');
    const at = (s: string) => text.indexOf(s);
    expect(at('Total Cost of Ownership: Werkplek')).toBe(0);
    expect(at('Huren')).toBeLessThan(at('Kopen — eigen beheer'));
    expect(at('Kopen — eigen beheer')).toBeLessThan(at('Vergelijking'));
    expect(text).toMatch(/ +3 +-10\.000,00 +-10\.000,00\n/);
    expect(text).toMatch(/Restwaarde +-10\.000,00/);
    expect(text).toMatch(/1 +Kopen +90\.000,00 +90\.000,00 +108\.900,00 +-\n/);
    expect(text).toMatch(/2 +Huren +120\.000,00 +120\.000,00 +145\.200,00 +\+30\.000,00\n/);
    expect(text).toContain('Kopen is het goedkoopst: EUR 30.000,00 minder dan Huren');
    // The contract value of Kopen is its costs before the residual value is subtracted: 100,000, below 140,000.
    expect(text).toContain(
      'Geraamde opdrachtwaarde EUR 100.000,00 excl. btw blijft onder de Europese drempel van EUR 140.000,00',
    );
    expect(text).toContain(
      'Geraamde opdrachtwaarde EUR 120.000,00 excl. btw blijft onder de Europese drempel',
    );
  });

  it('adds the items per year with detail, and only then', () => {
    expect(tcoText(two, 'en')).not.toContain('Abonnement');
    expect(tcoText(two, 'en', { detail: true })).toMatch(/ 2 +Abonnement +Licences +40,000\.00/);
  });

  it('says so when the rounded years do not add up to the NPV', () => {
    expect(roundingNote(numpy.options[0]!, 'en')).toBe(
      'The present values per year are each rounded to the cent; their sum differs by 1 cent from the net present value, which is summed exactly and rounded at the end.',
    );
    expect(tcoText(numpy, 'nl')).toContain('hun som wijkt 1 cent af van de netto contante waarde');
    expect(roundingNote(two.options[0]!, 'en')).toBeNull();
    expect(tcoText(two, 'en')).not.toContain('rounded to the cent;');
  });

  it('names a tie for the cheapest instead of a winner', () => {
    const tie = compute({
      years: 1,
      options: [
        { name: 'A', costs: [{ name: 'x', amount: 5 }] },
        { name: 'B', costs: [{ name: 'y', amount: 5 }] },
      ],
    });
    expect(tie.options.map((o) => o.rank)).toEqual([1, 1]);
    expect(tcoText(tie, 'en')).toContain('A and B cost the same');
  });
});

describe('tcoMarkdown and tcoCsv', () => {
  it('the Markdown for a business case has no top-level heading of its own', () => {
    const md = tcoMarkdown(two, 'en');
    expect(md).not.toMatch(/^#/m);
    expect(md).toContain('| 1 | Kopen | 90,000.00 | 90,000.00 | 108,900.00 | - |');
    expect(tcoMarkdown(numpy, 'en', { full: true })).toContain(
      '_The present values per year are each rounded',
    );
  });

  it('CSV uses a decimal point whatever the language, one row per option and year', () => {
    const rows = tcoCsv(two).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + 2 * 4);
    expect(rows).toContain('Kopen,1,3,-10000.00,-10000.00');
  });

  it('JSON keeps the file order and gives the rank', () => {
    const j = tcoJson(two);
    expect(j.options.map((o) => [o.name, o.rank, o.total, o.npv])).toEqual([
      ['Huren', 2, 120000, 120000],
      ['Kopen', 1, 90000, 90000],
    ]);
    expect(j.options[1]!.categories).toEqual({ acquisition: 100000, residual: -10000 });
  });
});
