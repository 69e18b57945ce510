/**
 * Names from a tender file can never be turned against the reader of a
 * score report: random vendor names, criterion and group names, knock-out
 * requirements and titles (any Unicode, control characters, Markdown and
 * HTML syntax, formula starters) go through every output format of
 * `inkoop score` (with --explain and --robustness), `inkoop criteria` and
 * `inkoop design`, and
 * - the Markdown, rendered by marked, has exactly the elements that the same
 *   report with harmless names has: none comes from a name;
 * - the terminal output with colour off holds no ESC byte and no other
 *   control or bidi character; with colour on, every ESC starts one of
 *   chalk's SGR sequences;
 * - no CSV text cell starts with a formula character, and numbers stay numbers;
 * - the HTML has no element that the report with harmless names lacks;
 * - the JSON figures are the same whatever the names.
 */
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { hostileName, parseCsv, tags, UNSAFE_TERMINAL } from './hostile.js';
import type { Lang } from '../../src/i18n/index.js';
import type { CriteriaEntry } from '../../src/score/criteria.js';
import { simulateDesign } from '../../src/score/design.js';
import { designMarkdown, designText } from '../../src/score/design-render.js';
import { scoreHtml } from '../../src/score/html.js';
import {
  criteriaMarkdown,
  criteriaText,
  scoreCsv,
  scoreJson,
  scoreMarkdown,
  scoreText,
  type TextStyle,
} from '../../src/score/render.js';
import { analyseRobustness } from '../../src/score/robustness.js';
import {
  fragileMessage,
  robustnessCsv,
  robustnessMarkdown,
  robustnessText,
  robustnessView,
} from '../../src/score/robustness-render.js';
import { inlineSafe } from '../../src/lib/text.js';
import { tenderFileSchema } from '../../src/score/schema.js';
import { resolveTender, scoreTender } from '../../src/score/score.js';

const name = hostileName(4);

const key = (s: string) => s.trim().toLowerCase();

const names = fc.record({
  title: name,
  vendors: fc.uniqueArray(name, { minLength: 4, maxLength: 4, selector: key }),
  criteria: fc.array(name, { minLength: 3, maxLength: 3 }),
  group: name,
  knockout: name,
});

type Names = {
  title: string;
  vendors: string[];
  criteria: string[];
  group: string;
  knockout: string;
};

/** The same harmless names: the reference report. */
const harmless = (n: Names): Names => ({
  title: 'Title',
  vendors: n.vendors.map((_, i) => `Vendor${i}`),
  criteria: n.criteria.map((_, i) => `Criterion${i}`),
  group: 'Group',
  knockout: 'Requirement',
});

function tender(n: Names) {
  const yes = { [n.knockout.trim()]: true };
  const no = { [n.knockout.trim()]: false };
  return tenderFileSchema.parse({
    title: n.title,
    criteria: [
      {
        id: 'quality',
        name: n.group,
        criteria: [
          { id: 'q1', name: n.criteria[0], weight: 30 },
          { id: 'q2', name: n.criteria[1], weight: 20 },
        ],
      },
      { id: 'price', name: n.criteria[2], weight: 50, price: true },
    ],
    knockouts: [n.knockout],
    price: { method: 'relative', budget: 400 },
    bids: [
      // Scores chosen so that the outcome is fragile, evaluators disagree widely,
      // one bid fails the knock-out and one is above the budget.
      { vendor: n.vendors[0], price: 100, knockouts: yes, scores: { q1: 5, q2: [2, 9, 5] } },
      { vendor: n.vendors[1], price: 200, knockouts: yes, scores: { q1: 10, q2: 10 } },
      { vendor: n.vendors[2], price: 150, knockouts: no, scores: { q1: 1, q2: 1 } },
      { vendor: n.vendors[3], price: 500, knockouts: yes, scores: { q1: 9, q2: 9 } },
    ],
  });
}

const render = (n: Names, lang: Lang) => {
  const document = tender(n);
  const result = scoreTender(document);
  const robustness = analyseRobustness(resolveTender(document), { margin: 5 });
  return { document, result, robustness, lang };
};

/** The opening tags of an HTML text, in order. */

const md = (text: string) => marked.parse(text, { async: false, gfm: true });

const RUNS = { numRuns: 30 };

function markdownOf(n: Names, lang: Lang): string {
  const { result, robustness, document } = render(n, lang);
  return [
    scoreMarkdown(result, lang, { explain: true }),
    robustnessMarkdown(robustness, lang),
    criteriaMarkdown(document.criteria as CriteriaEntry[], lang),
  ].join('\n');
}

function terminalOf(n: Names, lang: Lang, style?: TextStyle): string[] {
  const { result, robustness, document } = render(n, lang);
  return [
    scoreText(result, lang, { explain: true, style }),
    scoreText(result, lang, { style, width: 40 }),
    robustnessText(robustnessView(robustness, lang, inlineSafe), lang, { style }),
    // A view built without escaping is made safe by the terminal adapter all the same.
    robustnessText(robustnessView(robustness, lang), lang, { width: 50 }),
    fragileMessage(robustness, lang),
    criteriaText(document.criteria as CriteriaEntry[], lang, document.title),
  ];
}

describe('names from a tender file in every output format of inkoop score', () => {
  it('the outcome the test relies on: fragile, a wide spread, two exclusions', () => {
    const sample = {
      title: '',
      vendors: ['', '', '', ''],
      criteria: ['', '', ''],
      group: '',
      knockout: '',
    };
    const { result, robustness } = render(harmless(sample), 'en');
    expect(robustness.fragile, JSON.stringify(robustness.reasons)).toBe(true);
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(result.bids.filter((b) => b.excluded).length).toBe(2);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`Markdown (${lang}): marked renders no element that did not come from inkoop`, () => {
      fc.assert(
        fc.property(names, (n) => {
          const text = markdownOf(n, lang);
          const html = md(text);
          expect(tags(html)).toEqual(tags(md(markdownOf(harmless(n), lang))));
          expect(html).not.toMatch(/<(a|img|script)\b/);
          // Every table row has as many cells as its header: no name breaks a table.
          const rows = text.split('\n').filter((l) => l.startsWith('|'));
          const cells = (l: string) => l.split(/(?<!\\)\|/).length;
          for (const line of rows) expect(cells(line)).toBeGreaterThan(2);
          const reference = markdownOf(harmless(n), lang)
            .split('\n')
            .filter((l) => l.startsWith('|'));
          expect(rows.map(cells)).toEqual(reference.map(cells));
        }),
        RUNS,
      );
    });
  }

  it('terminal with colour off: no ESC byte, no control or bidi character', () => {
    fc.assert(
      fc.property(names, (n) => {
        for (const lang of ['nl', 'en'] as const)
          for (const text of terminalOf(n, lang)) {
            expect(text).not.toContain('\u001b');
            expect(text.replace(/\n/g, '')).not.toMatch(UNSAFE_TERMINAL);
          }
      }),
      RUNS,
    );
  });

  it("terminal with colour on: every ESC starts one of chalk's SGR sequences", () => {
    const chalk = new Chalk({ level: 1 });
    const style: TextStyle = {
      bold: chalk.bold,
      dim: chalk.dim,
      red: chalk.red,
      yellow: chalk.yellow,
      green: chalk.green,
    };
    fc.assert(
      fc.property(names, (n) => {
        for (const text of terminalOf(n, 'nl', style)) {
          const rest = text.replace(/\u001b\[[0-9;]*m/g, '');
          expect(rest).not.toContain('\u001b');
          expect(rest.replace(/\n/g, '')).not.toMatch(UNSAFE_TERMINAL);
        }
      }),
      RUNS,
    );
  });

  it('CSV: no text cell starts with a formula character; figures stay numbers', () => {
    fc.assert(
      fc.property(names, (n) => {
        const { result, robustness } = render(n, 'nl');
        const reference = render(harmless(n), 'nl');
        const score = parseCsv(scoreCsv(result));
        const scoreRef = parseCsv(scoreCsv(reference.result));
        expect(score.length).toBe(scoreRef.length);
        // rank, total, excluded, price and the points do not depend on the names (rows in any order).
        const figures = (rows: string[][]) =>
          rows.map((row) => [row[1], row[2], row[3], ...row.slice(5)].join(',')).sort();
        expect(figures(score)).toEqual(figures(scoreRef));
        const rob = parseCsv(robustnessCsv(robustness));
        const robRef = parseCsv(robustnessCsv(reference.robustness));
        expect(rob.map((r) => r.length)).toEqual(robRef.map((r) => r.length));
        for (const row of [...score.slice(1), ...rob.slice(1)])
          for (const cell of row)
            if (!/^-?\d+(\.\d+)?$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      RUNS,
    );
  });

  it('HTML: no element beyond those of the report with harmless names, no script', () => {
    fc.assert(
      fc.property(names, (n) => {
        const { result, robustness } = render(n, 'nl');
        const reference = render(harmless(n), 'nl');
        const page = scoreHtml(result, 'nl', {
          explain: true,
          robustness: robustnessView(robustness, 'nl'),
        });
        const known = new Set(
          tags(
            scoreHtml(reference.result, 'nl', {
              explain: true,
              robustness: robustnessView(reference.robustness, 'nl'),
            }),
          ),
        );
        for (const tag of tags(page)) expect(known.has(tag)).toBe(true);
        expect(page).not.toMatch(/<script/i);
        for (const [, attrs] of page.matchAll(/<[A-Za-z][A-Za-z0-9-]*([^>]*)>/g))
          expect(attrs!.replace(/"[^"]*"/g, '""')).not.toMatch(/\son[a-z]+\s*=/i);
      }),
      { numRuns: 25 },
    );
  });

  it('design: the title is shown safely in text and Markdown', () => {
    fc.assert(
      fc.property(name, (title) => {
        const report = simulateDesign(
          [
            { id: 'q', name: 'Q', weight: 50 },
            { id: 'p', name: 'P', weight: 50, price: true },
          ] as CriteriaEntry[],
          { runs: 3, seed: 1 },
        );
        const text = designText(report, 'nl', title);
        expect(text).not.toContain('\u001b');
        expect(text.replace(/\n/g, '')).not.toMatch(UNSAFE_TERMINAL);
        expect(tags(md(designMarkdown(report, 'en', title)))).toEqual(
          tags(md(designMarkdown(report, 'en', 'Title'))),
        );
      }),
      { numRuns: 30 },
    );
  });

  it('the JSON figures do not depend on the names', () => {
    fc.assert(
      fc.property(names, (n) => {
        // Bids in any order (names decide the order among equals).
        const strip = (result: ReturnType<typeof render>['result']) => {
          const j = scoreJson(result, { explain: true });
          const keep = (v: unknown) =>
            JSON.stringify(v, (k, x) =>
              ['vendor', 'name', 'title', 'reasons', 'tied', 'winner'].includes(k) ? undefined : x,
            );
          return { ...JSON.parse(keep({ ...j, bids: [] })), bids: j.bids.map(keep).sort() };
        };
        expect(strip(render(n, 'nl').result)).toEqual(strip(render(harmless(n), 'nl').result));
      }),
      RUNS,
    );
  });
});
