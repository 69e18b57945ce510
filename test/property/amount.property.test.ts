/**
 * Amounts typed in the interview, in its language: what inkoop formats, it
 * reads back to the same cents; in Dutch `.` groups digits (`450.000` is
 * 450000, never 450) and `,` starts the cents.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCents, formatMoney, type Lang } from '../../src/lib/i18n.js';
import type { Field } from '../../src/scaffold/types.js';
import { coerce } from '../../src/scaffold/values.js';

const amount: Field = {
  key: 'budget',
  question: { nl: 'Budget', en: 'Budget' },
  help: null,
  type: 'amount',
  required: true,
  default: { nl: undefined, en: undefined },
  defaultToday: false,
  choices: [],
  validation: {},
  fill: null,
  line: 1,
};

const typed = (text: string, lang: Lang) =>
  coerce(amount, text, { today: '2026-11-25', lang, typed: lang });
const cents = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });
const lang = fc.constantFrom<Lang>('nl', 'en');

describe('amounts typed in the interview', () => {
  it('format, then parse, gives the amount back (with and without the currency)', () => {
    fc.assert(
      fc.property(cents, lang, (c, l) => {
        expect(typed(formatCents(c, l), l)).toEqual({ ok: true, value: c });
        expect(typed(formatMoney(c, l), l)).toEqual({ ok: true, value: c });
      }),
      { numRuns: 1000 },
    );
  });

  it('reads whole euros with thousands separators as thousands, in Dutch and in English', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 10_000_000_000 }), lang, (euros, l) => {
        const text = formatCents(euros * 100, l).replace(/[.,]00$/, '');
        expect(text).toMatch(l === 'nl' ? /^\d{1,3}(\.\d{3})+$/ : /^\d{1,3}(,\d{3})+$/);
        expect(typed(text, l)).toEqual({ ok: true, value: euros * 100 });
      }),
      { numRuns: 1000 },
    );
  });

  it('reads 450.000 in Dutch as four hundred and fifty thousand, never 450', () => {
    expect(typed('450.000', 'nl')).toEqual({ ok: true, value: 45_000_000 });
    expect(typed('450.000,50', 'nl')).toEqual({ ok: true, value: 45_000_050 });
    expect(typed('EUR 450.000', 'nl')).toEqual({ ok: true, value: 45_000_000 });
    expect(typed('€ 1.250', 'nl')).toEqual({ ok: true, value: 125_000 });
    expect(typed('450,5', 'nl')).toEqual({ ok: true, value: 45_050 });
    expect(typed('450,000', 'en')).toEqual({ ok: true, value: 45_000_000 });
  });

  it('keeps refusing a lone 450.000 where no person typed it in a language (answers files, --set)', () => {
    const r = coerce(amount, '450.000', { today: '2026-11-25', lang: 'nl' });
    expect(r.ok).toBe(false);
  });
});
