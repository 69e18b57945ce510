/**
 * The wrapper and the table shrinker, for any text and any width of at least
 * 20 columns: no line wider than the width unless it holds a single word (a
 * URL or another word longer than the width), words intact and none lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textTable } from '../../src/lib/tables.js';
import { displayWidth, fitText } from '../../src/lib/width.js';

const char = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzABC0123456789-.,:;()/éëöüçß€漢字한글👍'.split(/(?:)/u),
);
const word = fc
  .array(char, { minLength: 1, maxLength: 14 })
  .map((cs) => cs.join(''))
  .filter((w) => !/^\[\d+\]$/.test(w));
const longWord = fc.array(char, { minLength: 15, maxLength: 70 }).map((cs) => cs.join(''));
const url = fc
  .array(fc.constantFrom(...'abcdefghij/-_.'.split('')), { minLength: 10, maxLength: 90 })
  .map((cs) => `https://example.org/${cs.join('')}`);
const anyWord = fc.oneof({ weight: 8, arbitrary: word }, longWord, url);
const line = fc
  .tuple(
    fc.constantFrom('', '  ', '    ', '- ', '  ! ', '1. ', '[2] '),
    fc.array(anyWord, { minLength: 0, maxLength: 30 }),
  )
  .map(([lead, ws]) => lead + ws.join(' '));
const text = fc.array(line, { minLength: 1, maxLength: 6 }).map((ls) => ls.join('\n'));
const width = fc.integer({ min: 20, max: 140 });

const wordsOf = (s: string) => s.split(/\s+/).filter((w) => w !== '');

/** A line over the width holds one word (after its indent and list mark, or its `label:`). */
function overOk(l: string, w: number): boolean {
  if (displayWidth(l) <= w) return true;
  // The list marks the wrapper knows (src/lib/width.ts MARK), such as `-`, `1.`, `3)`, `[2]`.
  const rest = l.trim().replace(/^(?:[-*•·✓✗✔✘!?→]|\d{1,3}[.)]|\[\d{1,3}\]|\(\d{1,3}\))\s+/, '');
  return wordsOf(rest).length === 1;
}

describe('fitText', () => {
  it('keeps every line within the width unless it is one word, and keeps the words in order', () => {
    fc.assert(
      fc.property(text, width, (t, w) => {
        const out = fitText(t, w);
        for (const l of out.split('\n')) expect(overOk(l, w), l).toBe(true);
        expect(wordsOf(out)).toEqual(wordsOf(t));
      }),
      { numRuns: 400 },
    );
  });

  it('takes `3)` as a list mark: the mark and one long word stay on one line', () => {
    // fast-check found this (seed 1639510702): the test knew fewer marks than the wrapper.
    expect(fitText('3) https://example.org/aaaaaaaaaa\n', 20)).toBe(
      '3) https://example.org/aaaaaaaaaa\n',
    );
    expect(fitText('3) aaaa bbbb cccc dddd eeee', 20)).toBe('3) aaaa bbbb cccc\n   dddd eeee');
  });
});

describe('textTable', () => {
  const cell = fc.array(anyWord, { minLength: 0, maxLength: 8 }).map((ws) => ws.join(' '));
  const table = fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc.record({
      columns: fc.array(
        fc.record({ header: word, align: fc.constantFrom('left' as const, 'right' as const) }),
        { minLength: n, maxLength: n },
      ),
      rows: fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 6 }),
    }),
  );

  it('fits the width (lines over it hold one word or a URL reference), words intact, none lost', () => {
    fc.assert(
      fc.property(table, width, ({ columns, rows }, w) => {
        const out = textTable(columns, rows, { width: w });
        for (const l of out.split('\n')) {
          const bare = l.replace(/^\s*[^\s:]+:\s+/, '');
          expect(overOk(l, w) || overOk(bare, w - (displayWidth(l) - displayWidth(bare))), l).toBe(
            true,
          );
        }
        const got = new Set(wordsOf(out).map((x) => x.replace(/:$/, '')));
        // Headers count where they label something (a block leaves out empty cells).
        const labels = columns
          .filter((_, i) => rows.length === 0 || rows.some((r) => r[i]!.trim() !== ''))
          .map((c) => c.header);
        for (const c of [...labels, ...rows.flat()])
          for (const x of wordsOf(c))
            expect(got.has(x) || got.has(x.replace(/:$/, '')), x).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
