/**
 * Property-based tests of the scaffold core: answers go in as given (escaped
 * in Markdown so that they cannot break the document), a strategy made from
 * any complete answers passes `inkoop check`, numbers round-trip, checks
 * never crash.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { checkStrategy } from '../../src/scaffold/check.js';
import { fillTemplate } from '../../src/scaffold/fill.js';
import { hasContent, markdownAnswer } from '../../src/scaffold/markdown.js';
import { parseTemplate } from '../../src/scaffold/template.js';
import { coerce, formatInput, parseDecimal } from '../../src/scaffold/values.js';
import type { Answers } from '../../src/scaffold/types.js';
import { ROOT } from '../helpers.js';

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
  .filter((s) => !/[\r\n\u2028\u2029]/.test(s) && s.trim() !== '' && hasContent(s));
const block = fc
  .string({ unit: 'binary', maxLength: 120 })
  .map((s) => s.replace(/\r/g, '').replace(/\n+$/, ''))
  .filter((s) => s.trim() !== '' && hasContent(s));

/** The text as a reader sees it once the Markdown escapes that scaffold adds are taken off. */
function unescaped(s: string): string {
  return s
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/\\/g, '');
}

/** Text that tries to break a Markdown document: fences, comments, headings, template syntax. */
const hostilePiece = fc.constantFrom(
  '```',
  '~~~',
  '<!--',
  '-->',
  '# ',
  '## ',
  '---',
  '===',
  '{{',
  '}}',
  '{{needs}}',
  '\\',
  '<div>',
  '<script>',
  '**',
  ':',
  '- ',
  '1. ',
  '> ',
  '    ',
  '\n',
  '\r',
  '\u2028',
  '[a]',
  '|',
);
const hostileText = fc
  .array(fc.oneof(hostilePiece, fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('the fill engine', () => {
  it('puts any answer into Markdown as given, escaped so that it reads as typed', () => {
    fc.assert(
      fc.property(oneLine, block, (line, text) => {
        const l = coerce(field('line'), line, ctx);
        const b = coerce(field('block'), text, ctx);
        expect(l).toEqual({ ok: true, value: line });
        expect(b).toEqual({ ok: true, value: text });
        const out = fillTemplate(markdown, { line, block: text }, 'nl').text;
        expect(out.startsWith(`A ${markdownAnswer(line)} B\n\n${markdownAnswer(text)}\n`)).toBe(
          true,
        );
        expect(unescaped(out)).toContain(unescaped(line));
        expect(unescaped(out)).toContain(unescaped(text.replace(/\r\n?/g, '\n')));
      }),
    );
  });

  it('makes a strategy that passes `inkoop check` from any complete answers, each answer in it', () => {
    const file = join(ROOT, 'templates', 'strategy.md');
    const strategy = parseTemplate(readFileSync(file, 'utf8'), file, 'strategy');
    const texts = strategy.fields.filter((f) => f.type === 'text' || f.type === 'multiline');
    const answer = (multiline: boolean) =>
      fc
        .tuple(
          hostileText,
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
          hostileText,
        )
        .map(([a, b, c]) => `${a}${b}${c}`)
        .map((s) => (multiline ? s.replace(/\n+$/, '') : s.replace(/[\r\n\u2028\u2029]/g, ' ')))
        .filter((s) => s.trim() !== '' && hasContent(s));
    const arbitrary = fc.record(
      Object.fromEntries(texts.map((f) => [f.key, answer(f.type === 'multiline')])),
    );
    fc.assert(
      fc.property(arbitrary, fc.constantFrom('nl' as const, 'en' as const), (given, lang) => {
        const answers: Answers = {};
        for (const f of strategy.fields) {
          const value =
            f.key in given
              ? (given as Record<string, string>)[f.key]
              : f.type === 'choice'
                ? f.choices[0]!.value
                : f.type === 'date'
                  ? '2026-03-31'
                  : f.type === 'list'
                    ? ['x']
                    : '1';
          const r = coerce(f, value, { ...ctx, lang });
          expect(r.ok).toBe(true);
          if (r.ok && r.value !== undefined) answers[f.key] = r.value;
        }
        const doc = fillTemplate(strategy, answers, lang).text;
        const result = checkStrategy(doc);
        expect(result.ok).toBe(true);
        const seen = unescaped(doc);
        for (const f of texts) {
          const v = answers[f.key];
          if (typeof v === 'string') expect(seen).toContain(unescaped(v.replace(/\r\n?/g, '\n')));
        }
      }),
      { numRuns: 200 },
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
