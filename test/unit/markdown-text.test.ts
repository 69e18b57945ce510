/**
 * The small page renderer (src/lib/markdown-text.ts) against its reference,
 * marked with marked-terminal: wherever the small one takes a page, the text
 * must be the same, character for character. It may refuse (null); it may
 * never differ.
 */
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePrinciple } from '../../src/content/parse.js';
import { renderOverview, renderRole } from '../../src/content/render.js';
import type { Principle } from '../../src/content/types.js';
import type { Lang } from '../../src/lib/i18n.js';
import { plainInline, plainMarkdown } from '../../src/lib/markdown-text.js';
import { renderTerminal, terminalSource } from '../../src/lib/terminal.js';
import { ROOT, SHARED, sharedAvailable } from '../helpers.js';

const reference = (md: string, width?: number) =>
  renderTerminal(md, { color: false, engine: 'marked', width });
const fast = (md: string, width?: number) => renderTerminal(md, { color: false, width });

/** Every text `inkoop show` renders for a page: the overview and each role's tab. */
function pageTexts(p: Principle, lang: Lang): string[] {
  return [
    renderOverview(p, lang),
    ...p.tabs.filter((t) => t.role !== null).map((t) => renderRole(p, t, lang, t.role!)),
  ];
}

function load(path: string, slug: string, lang: Lang): Principle {
  return parsePrinciple(readFileSync(path, 'utf8'), { slug, lang });
}

describe('plainMarkdown: the bundled pages', () => {
  const pages = [
    load(join(ROOT, 'content/inkoop/index.md'), 'inkoop', 'nl'),
    load(join(ROOT, 'content/inkoop/index.en.md'), 'inkoop', 'en'),
  ];

  it('takes every bundled text (so `show` in a pipe never loads marked) and prints what marked-terminal prints', async () => {
    let count = 0;
    for (const p of pages) {
      for (const md of pageTexts(p, p.lang)) {
        expect(plainMarkdown(terminalSource(md)), md.slice(0, 80)).not.toBeNull();
        expect(await fast(md)).toBe(await reference(md));
        expect(await fast(md, 60)).toBe(await reference(md, 60));
        count += 1;
      }
    }
    // The Dutch page: overview and six role tabs; the English page: the overview only.
    expect(count).toBe(8);
  });
});

describe('plainMarkdown: the NeRDS pages in ../shared', () => {
  const dir = join(SHARED, 'nerds', 'principes');
  const available = sharedAvailable(join('nerds', 'principes'));
  it.skipIf(!available)(
    'prints exactly what marked-terminal prints wherever it takes a text',
    async () => {
      let taken = 0;
      let refused = 0;
      for (const slug of readdirSync(dir).sort()) {
        for (const [file, lang] of [
          ['index.md', 'nl'],
          ['index.en.md', 'en'],
        ] as const) {
          const path = join(dir, slug, file);
          if (!existsSync(path)) continue;
          for (const md of pageTexts(load(path, slug, lang), lang)) {
            if (plainMarkdown(terminalSource(md)) === null) {
              refused += 1;
              continue;
            }
            taken += 1;
            expect(await fast(md), `${slug} ${lang}`).toBe(await reference(md));
          }
        }
      }
      console.info(`markdown-text: ${taken} texts taken, ${refused} left to marked-terminal`);
      expect(taken).toBeGreaterThan(10);
    },
  );
});

describe('plainMarkdown: hand-checked cases', () => {
  it.each([
    ['# 12. Titel\n\nTekst.', '12. Titel\n\nTekst.\n'],
    ['**Stappen:**\n1. **Een** - een\n2. Twee', 'Stappen:\n\n  1. Een - een\n  2. Twee\n'],
    ['- [PIANOo](https://www.pianoo.nl/nl)', '  * PIANOo (https://www.pianoo.nl/nl)\n'],
    ['- Zie <https://example.org/a>', '  * Zie https://example.org/a\n'],
    ['> Citaat\n\n_cursief_', '  Citaat\n\ncursief\n'],
    ['```\nArtikel X\n\n1. Lid\n```', '  Artikel X\n  \n  1. Lid\n'],
    ['a \\*b\\* `c*d`', 'a *b* c*d\n'],
  ])('%j', async (md, text) => {
    expect(await fast(md)).toBe(text);
    expect(await reference(md)).toBe(text);
  });

  it.each([
    '| a | b |\n|---|---|\n| 1 | 2 |',
    '- a\n  - nested',
    '3. starts at three',
    'R&amp;D',
    'a <b>html</b>',
    '- a\n- b\n\n- c',
    'Title\n===',
    'snake_case_word',
    'mail a@b.nl',
    'www.example.org',
  ])('leaves %j to marked-terminal', (md) => {
    expect(plainMarkdown(md)).toBeNull();
  });

  it('reads an inline escape the way marked does', () => {
    expect(plainInline('1\\. a \\\\ b')).toBe('1. a \\ b');
  });
});

// Generated documents from pieces that are easy to get wrong: every marker
// the small renderer knows, in and out of place, and the characters it must refuse.
const word = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'inkoop',
      'Artikel',
      'EU-richtlijn',
      "DPIA's",
      '2014/24/EU',
      '(hoog)',
      'a.b',
      'x:',
      '"q"',
      'é',
      'https://example.org/a?b=1',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '1.',
      '-',
      '*',
      '_',
      '**',
      '`',
      '\\',
      '\\*',
      '#',
      '>',
      '<',
      '&',
      'R&amp;D',
      '&#42;',
      'a@b.nl',
      '@',
      '[',
      ']',
      '~',
      '|',
      'http://x.nl).',
      'www.x.nl',
    ),
  },
);
const plainWords = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const inline = fc
  .array(
    fc.oneof(
      plainWords,
      plainWords.map((t) => `**${t}**`),
      plainWords.map((t) => `_${t}_`),
      plainWords.map((t) => `*${t}*`),
      plainWords.map((t) => `\`${t}\``),
      plainWords.map((t) => `[${t}](https://example.org/p)`),
      fc.constant('<https://example.org/x>'),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .chain((parts) =>
    fc
      .array(fc.constantFrom(' ', '', ': ', ', ', '\n'), {
        minLength: parts.length,
        maxLength: parts.length,
      })
      .map((seps) => parts.map((p, k) => p + (k < parts.length - 1 ? seps[k] : '')).join('')),
  );
const block = fc.oneof(
  inline,
  inline.map((t) => `# ${t}`),
  inline.map((t) => `### ${t}`),
  inline.map((t) => `> ${t.replace(/\n/g, '\n> ')}`),
  fc
    .tuple(fc.array(inline, { minLength: 1, maxLength: 4 }), fc.constantFrom('', ' ', '   '))
    .map(([items, pad]) =>
      items.map((t) => `${pad}- ${t.replace(/\n/g, `\n${pad}  `)}`).join('\n'),
    ),
  fc
    .array(inline, { minLength: 1, maxLength: 4 })
    .map((items) =>
      items
        .map((t, k) => `${k + 1}. ${t.replace(/\n/g, `\n${' '.repeat(`${k + 1}. `.length)}`)}`)
        .join('\n'),
    ),
  fc
    .array(plainWords, { minLength: 1, maxLength: 3 })
    .map((l) => `\`\`\`\n${l.join('\n')}\n\`\`\``),
);
const documents = fc
  .array(fc.tuple(block, fc.constantFrom('\n\n', '\n', '\n\n\n')), { minLength: 1, maxLength: 5 })
  .map((bs) => bs.map(([b, sep]) => b + sep).join(''));

describe('plainMarkdown: generated documents', () => {
  it('either refuses or prints exactly what marked-terminal prints', async () => {
    let taken = 0;
    await fc.assert(
      fc.asyncProperty(documents, async (md) => {
        if (plainMarkdown(terminalSource(md)) !== null) taken += 1;
        expect(await fast(md)).toBe(await reference(md));
      }),
      { numRuns: 1500 },
    );
    // The generator must exercise the small renderer, not only its refusals.
    expect(taken).toBeGreaterThan(150);
  });
});
