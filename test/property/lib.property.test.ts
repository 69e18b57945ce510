/** Property-based tests of the shared parsers and formatters. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageError, parsePrinciple } from '../../src/content/parse.js';
import { renderOverview } from '../../src/content/render.js';
import { InputError } from '../../src/lib/errors.js';
import { formatCents, formatNumber } from '../../src/lib/i18n.js';
import { editDistance } from '../../src/lib/suggest.js';
import { parseYaml } from '../../src/lib/yaml.js';

describe('formatCents', () => {
  it('prints exactly the integer it was given, in both languages', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        (cents) => {
          const nl = formatCents(cents, 'nl');
          const en = formatCents(cents, 'en');
          expect(nl).toMatch(/^-?\d{1,3}(\.\d{3})*,\d{2}$/);
          expect(BigInt(nl.replace(/[.,]/g, ''))).toBe(BigInt(cents));
          expect(BigInt(en.replace(/[.,]/g, ''))).toBe(BigInt(cents));
          expect(en.replace(/,/g, '#').replace('.', ',').replace(/#/g, '.')).toBe(nl);
        },
      ),
    );
  });
});

describe('editDistance', () => {
  it('is a symmetric measure that is zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('parseYaml', () => {
  it('either parses or throws an InputError with a position, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        try {
          parseYaml(text, 'x.yaml');
        } catch (err) {
          expect(err).toBeInstanceOf(InputError);
          expect((err as InputError).message).toMatch(/^x\.yaml(:\d+:\d+)?: /);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('parsePrinciple', () => {
  const line = fc.oneof(
    fc.constantFrom(
      '# T',
      '## Waarom is het belangrijk?',
      '## Hoe pas je het toe?',
      '=== "Jurist"',
      '!!! tip "X"',
      '<div class="action-card">',
      '</div>',
      '```',
      '    - item',
      '    **Stappen:**',
      '',
      '<script>',
      '</script>',
      '---',
    ),
    fc.string({ maxLength: 30 }),
  );
  it('parses any page of Markdown, HTML and tab fragments, or names its broken front matter', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        let p: ReturnType<typeof parsePrinciple>;
        try {
          p = parsePrinciple(lines.join('\n'), { slug: 'x', lang: 'nl' });
        } catch (err) {
          expect(err).toBeInstanceOf(PageError);
          expect(lines[0]).toBe('---');
          return;
        }
        const md = renderOverview(p, 'nl');
        // Outside code fences no HTML block survives.
        if (!lines.some((l) => l.includes('```'))) expect(md).not.toMatch(/<\/?(div|script)\b/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatNumber', () => {
  // The hand-written formatter must agree with Intl.NumberFormat (which it
  // replaces to save the ICU start-up cost) for every value and precision.
  const intl = {
    nl: (d: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: d }),
    en: (d: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: d }),
  };
  it('agrees with Intl.NumberFormat in Dutch and English', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e15, max: 1e15, noNaN: true }),
          fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 1000),
          fc.constantFrom(2.675, 1.005, 0.5, -0.5, 1e-7, 123456.785, 0.045, 9.995),
        ),
        fc.integer({ min: 0, max: 6 }),
        (value, decimals) => {
          // One deliberate difference: no "-0" for a value that rounds to zero.
          const noNegativeZero = (s: string) =>
            s.replace(/\u2212/g, '-').replace(/^-(?=0(?:[.,]0*)?$)/, '');
          expect(formatNumber(value, 'nl', decimals)).toBe(
            noNegativeZero(intl.nl(decimals).format(value)),
          );
          expect(formatNumber(value, 'en', decimals)).toBe(
            noNegativeZero(intl.en(decimals).format(value)),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });
});
