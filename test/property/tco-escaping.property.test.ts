/**
 * Names from a costs file can never be turned against the reader of a TCO
 * report: random option names, item names, descriptions and titles (any
 * Unicode, control characters, Markdown and HTML syntax, formula starters)
 * go through every output format of `inkoop tco`, and
 * - the Markdown, rendered by marked, has exactly the elements that the same
 *   report with harmless names has: none comes from a name;
 * - the terminal output (colour off) and the warnings hold no ESC byte and
 *   no other control or bidi character;
 * - no CSV text cell starts with a formula character;
 * - the HTML has no element that the report with harmless names lacks;
 * - the figures are the same whatever the names.
 */
import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { hostileName, parseCsv, tags, UNSAFE_TERMINAL } from './hostile.js';
import type { Lang } from '../../src/i18n/index.js';
import { toTerminal } from '../../src/lib/rich.js';
import { computeTco } from '../../src/tco/compute.js';
import { tcoHtml } from '../../src/tco/html.js';
import {
  tcoCsv,
  tcoJson,
  tcoMarkdownReport,
  tcoText,
  tcoView,
  warningText,
} from '../../src/tco/render.js';
import { costsFileSchema } from '../../src/tco/schema.js';

const DAY = new Date('2026-11-23T00:00:00Z');

const name = hostileName(5);

const names = fc.record({
  title: name,
  options: fc.uniqueArray(name, { minLength: 3, maxLength: 3 }),
  items: fc.array(name, { minLength: 6, maxLength: 6 }),
  description: name,
});

type Names = { title: string; options: string[]; items: string[]; description: string };

/** The same harmless name for every one: the reference report. */
const harmless = (n: Names): Names => ({
  title: 'Title',
  options: n.options.map((_, i) => `Option${i}`),
  items: n.items.map((_, i) => `Item${i}`),
  description: 'Description',
});

function compute(n: Names) {
  const document = costsFileSchema.parse({
    title: n.title,
    years: 4,
    discount_rate: '3%',
    indexation: '2%',
    vat: '21%',
    authority: 'centraal',
    options: n.options.map((option, o) => ({
      name: option,
      ...(o === 0 ? { description: n.description } : {}),
      costs: [
        { name: n.items[2 * o]!, category: 'license', amount: 1000 * (o + 1), every: 'year' },
        { name: n.items[2 * o + 1]!, category: 'exit', amount: 5000 + o, year: 4 },
      ],
    })),
  });
  // A shorter horizon leaves the exit items out: warnings that quote the names.
  return computeTco(document, { years: 3, today: DAY });
}

/** The opening tags of an HTML text, in order. */

/** The view without the text that came from input: what the names must not change. */
function figures(n: Names, lang: Lang) {
  const strip = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(strip)
      : v && typeof v === 'object'
        ? 'input' in v
          ? '<input>'
          : Object.fromEntries(
              Object.entries(v)
                .filter(([k]) => k !== 'name')
                .map(([k, x]) => [k, strip(x)]),
            )
        : v;
  return strip(tcoView(compute(n), lang, { detail: true }));
}

const RUNS = { numRuns: 60 };

describe('names from a costs file in every output format of inkoop tco', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`Markdown (${lang}): marked renders no element that did not come from inkoop`, () => {
      fc.assert(
        fc.property(names, (n) => {
          const md = tcoMarkdownReport(compute(n), lang, { detail: true });
          const reference = tcoMarkdownReport(compute(harmless(n)), lang, { detail: true });
          const html = marked.parse(md, { async: false, gfm: true });
          expect(tags(html)).toEqual(tags(marked.parse(reference, { async: false, gfm: true })));
          expect(html).not.toMatch(/<(a|img|script)\b/);
          // Every table row has as many cells as the header: no name breaks a table.
          for (const line of md.split('\n').filter((l) => l.startsWith('|'))) {
            const cells = line.split(/(?<!\\)\|/).length;
            expect(cells).toBeGreaterThan(2);
          }
        }),
        RUNS,
      );
    });
  }

  it('terminal (colour off) and warnings: no ESC byte, no control or bidi character', () => {
    fc.assert(
      fc.property(names, (n) => {
        const result = compute(n);
        for (const text of [
          tcoText(result, 'nl'),
          tcoText(result, 'en', { detail: true }),
          ...result.warnings.map((w) => toTerminal(warningText(w, 'nl'))),
        ]) {
          expect(text).not.toContain('\u001b');
          expect(text.replace(/\n/g, '')).not.toMatch(UNSAFE_TERMINAL);
        }
        expect(result.warnings.length).toBe(3);
      }),
      RUNS,
    );
  });

  it('CSV: no text cell starts with a formula character; amounts stay numbers', () => {
    fc.assert(
      fc.property(names, (n) => {
        const result = compute(n);
        const plain = parseCsv(tcoCsv(result));
        const detail = parseCsv(tcoCsv(result, { detail: true }));
        const reference = parseCsv(tcoCsv(compute(harmless(n))));
        expect(plain.length).toBe(reference.length);
        for (const [i, row] of plain.entries()) {
          expect(row.length).toBe(5);
          expect(row.slice(1)).toEqual(reference[i]!.slice(1));
        }
        for (const row of plain.slice(1)) expect(row[0]).not.toMatch(/^[=+\-@\t\r]/);
        for (const row of detail.slice(1)) {
          expect(row.length).toBe(6);
          expect(row[0]).not.toMatch(/^[=+\-@\t\r]/);
          expect(row[3]).not.toMatch(/^[=+\-@\t\r]/);
          expect(row[5]).toMatch(/^-?\d+\.\d\d$/);
        }
      }),
      RUNS,
    );
  });

  it('HTML: no element beyond those of the report with harmless names, no script', () => {
    fc.assert(
      fc.property(names, (n) => {
        const page = tcoHtml(compute(n), 'nl');
        const known = new Set(tags(tcoHtml(compute(harmless(n)), 'nl')));
        for (const tag of tags(page)) expect(known.has(tag)).toBe(true);
        expect(page).not.toMatch(/<script/i);
        // Escaped text and quoted values may read `onerror=`; no tag carries an event handler.
        for (const [, attrs] of page.matchAll(/<[A-Za-z][A-Za-z0-9-]*([^>]*)>/g))
          expect(attrs!.replace(/"[^"]*"/g, '""')).not.toMatch(/\son[a-z]+\s*=/i);
      }),
      { numRuns: 30 },
    );
  });

  it('the figures do not depend on the names', () => {
    fc.assert(
      fc.property(names, (n) => {
        const strip = (j: ReturnType<typeof tcoJson>) =>
          JSON.stringify(j, (k, v) =>
            k === 'name' || k === 'title' || k === 'description' ? undefined : v,
          );
        expect(strip(tcoJson(compute(n)))).toBe(strip(tcoJson(compute(harmless(n)))));
        for (const lang of ['nl', 'en'] as const)
          expect(figures(n, lang)).toEqual(figures(harmless(n), lang));
      }),
      RUNS,
    );
  });
});
