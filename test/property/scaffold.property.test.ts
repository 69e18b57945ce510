/** Property-based tests of the scaffold core: answers go in exactly as given, numbers round-trip, checks never crash. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { checkStrategy } from '../../src/scaffold/check.js';
import { fillTemplate } from '../../src/scaffold/fill.js';
import { parseTemplate } from '../../src/scaffold/template.js';
import { coerce, formatInput, parseDecimal } from '../../src/scaffold/values.js';

const FRONT = `title: T
description: D
fields:
  - { key: line, question: Q, type: text }
  - { key: block, question: Q, type: multiline }
  - { key: items, question: Q, type: list }
  - { key: money, question: Q, type: amount }
  - { key: pct, question: Q, type: percentage }`;

const markdown = parseTemplate(
  `---\n${FRONT}\n---\nA {{line}} B\n\n{{block}}\n\nZ {{money}} {{pct}} {{items}}\n`,
  't.md',
  't',
);
const yaml = parseTemplate(
  `---\n${FRONT}\n---\nline: {{line}}\nblock: {{block}}\nitems:\n  - {{items}}\nmoney: {{money}}\npct: {{pct}}\n`,
  't.yaml.md',
  't',
  'yaml',
);
const field = (key: string) => markdown.fields.find((f) => f.key === key)!;
const ctx = { today: '2026-11-23' };

/** Text as a user could give it: any characters, with the final line breaks a YAML block adds taken off. */
const oneLine = fc
  .string({ unit: 'binary', maxLength: 60 })
  .filter((s) => !/[\r\n]/.test(s) && s.trim() !== '');
const block = fc
  .string({ unit: 'binary', maxLength: 120 })
  .map((s) => s.replace(/\r/g, '').replace(/\n+$/, ''))
  .filter((s) => s.trim() !== '');

describe('the fill engine', () => {
  it('puts any answer into Markdown exactly as given', () => {
    fc.assert(
      fc.property(oneLine, block, (line, text) => {
        const l = coerce(field('line'), line, ctx);
        const b = coerce(field('block'), text, ctx);
        expect(l).toEqual({ ok: true, value: line });
        expect(b).toEqual({ ok: true, value: text });
        const out = fillTemplate(markdown, { line, block: text }, 'nl').text;
        expect(out.startsWith(`A ${line} B\n\n${text}\n`)).toBe(true);
      }),
    );
  });

  it('writes any answer into YAML so that it reads back unchanged and cannot add keys', () => {
    fc.assert(
      fc.property(
        oneLine,
        block,
        fc.array(oneLine, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 10 ** 13 }),
        (line, text, items, cents) => {
          const out = fillTemplate(
            yaml,
            { line, block: text, items, money: cents, pct: 2.25 },
            'en',
          ).text;
          const doc = parseYamlText(out) as Record<string, unknown>;
          expect(Object.keys(doc)).toEqual(['line', 'block', 'items', 'money', 'pct']);
          expect(doc.line).toBe(line);
          expect(doc.block).toBe(text);
          expect(doc.items).toEqual(items);
          expect(Math.round((doc.money as number) * 100)).toBe(cents);
          expect(doc.pct).toBe('2.25%');
        },
      ),
    );
  });
});

describe('numbers at the prompt', () => {
  it('an amount shown for editing reads back to the same cents, in both languages', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(10 ** 15), max: 10 ** 15 }),
        fc.constantFrom('nl' as const, 'en' as const),
        (cents, lang) => {
          expect(coerce(field('money'), formatInput(field('money'), cents, lang), ctx)).toEqual({
            ok: true,
            value: cents,
          });
        },
      ),
    );
  });

  it('a percentage shown for editing reads back unchanged', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10000, max: 10000 }),
        fc.constantFrom('nl' as const, 'en' as const),
        (hundredths, lang) => {
          const pct = hundredths / 100;
          expect(coerce(field('pct'), formatInput(field('pct'), pct, lang), ctx)).toEqual({
            ok: true,
            value: pct,
          });
        },
      ),
    );
  });

  it('parseDecimal never throws, and what it accepts has digits only', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const r = parseDecimal(s);
        if (r.ok) {
          expect(r.dec.int).toMatch(/^\d+$/);
          expect(r.dec.frac).toMatch(/^\d*$/);
        } else expect(r.message.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('checkStrategy', () => {
  it('never crashes, and counts every part once', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '# ',
        '## ',
        '### ',
        '- ',
        '1. ',
        '**',
        '```',
        '---',
        '===',
        '[',
        ']',
        '{{',
        '}}',
        ':',
        '\n',
        '\n\n',
        '<!--',
        '-->',
        'Exitstrategie',
        'Risk analysis',
        'TODO',
        '€X',
        'tekst',
      ),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.boolean(), (parts, strict) => {
        const r = checkStrategy(parts.join(''), { strict });
        expect(r.items).toHaveLength(13);
        expect(Object.values(r.summary).reduce((a, b) => a + b, 0)).toBe(13);
        expect(r.ok).toBe(
          r.summary.empty === 0 &&
            r.summary.missing === 0 &&
            (!strict || r.placeholders.length === 0),
        );
      }),
    );
  });
});
