/**
 * One language per run: every command, its help and a few mistakes, run in
 * Dutch and in English; stdout and stderr together may hold no tell-tale
 * word of the other language. Text that is not ours to translate is masked
 * first: names and values from the input files, the bundled principle's own
 * Dutch (titles of the NeRDS principles, which exist only in Dutch), URLs,
 * file paths.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { inkoop, ROOT, tempDir } from '../helpers.js';

type Lang = 'nl' | 'en';

/** Words that give a sentence of the other language away (whole words, any case). */
const TELLS: Record<Lang, readonly string[]> = {
  // Looked for in an English run.
  nl: [
    'de',
    'het',
    'een',
    'niet',
    'geen',
    'wordt',
    'zijn',
    'voor',
    'naar',
    'bij',
    'geschreven',
    'inschrijving',
    'inschrijvingen',
    'punten',
    'winnaar',
    'gebruik',
    'opties',
    'standaard',
    'bestand',
    'onbekende',
    'bedoelde',
    'waarschuwing',
    'totaal',
    'jaar',
  ],
  // Looked for in a Dutch run.
  en: [
    'the',
    'and',
    'with',
    'not',
    'is not',
    'written',
    'wrote',
    'bid',
    'bids',
    'points',
    'winner',
    'usage',
    'options',
    'default',
    'file',
    'unknown',
    'did you mean',
    'warning',
    'total',
    'year',
    'years',
    'which',
    'should',
  ],
};

let dir: string;
let cleanup: () => void;
const strategy: Record<Lang, string> = { nl: '', en: '' };
let answers: string;
let badCosts: string;
let bigCosts: string;
let templates: string;
let emptyStrategy: string;
/** Text from input files and bundled content that is the same in both runs. */
let masks: string[] = [];

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  // Answers in no language at all, so the document is the template's own words only.
  const fixture = parse(
    readFileSync(join(ROOT, 'test/fixtures/scaffold/strategy.answers.yaml'), 'utf8'),
  ) as Record<string, unknown>;
  const neutral = Object.fromEntries(
    Object.entries(fixture).map(([k, v]) => [
      k,
      typeof v === 'string' && /\s/.test(v.trim()) ? 'Xyz' : v,
    ]),
  );
  answers = join(dir, 'answers.yaml');
  writeFileSync(answers, stringify(neutral));
  for (const lang of ['nl', 'en'] as const) {
    strategy[lang] = join(dir, `strategy-${lang}.md`);
    const made = await inkoop([
      'scaffold',
      'strategy',
      '--answers',
      answers,
      '--out',
      strategy[lang],
      '--lang',
      lang,
    ]);
    expect(made.exitCode, made.stderr).toBe(0);
  }
  badCosts = join(dir, 'costs.yaml');
  writeFileSync(badCosts, 'years: 5\ncosts:\n  - name: x\n    ammount: 1\n    category: licence\n');
  // Amounts too large to add up to the cent.
  bigCosts = join(dir, 'big.yaml');
  writeFileSync(
    bigCosts,
    'years: 1\ncosts:\n  - { name: x, amount: 90071992547409 }\n  - { name: y, amount: 90071992547409 }\n',
  );
  // A template with a mistake of its author in every part: front matter and body.
  templates = join(dir, 'templates');
  mkdirSync(templates);
  writeFileSync(
    join(templates, 'kapot.md'),
    [
      '---',
      'title: K',
      'description: K',
      'fields:',
      '  - { key: a, question: Q, type: text, validation: { min: 1, pattern: "(" } }',
      '  - { key: b, question: Q, type: choice }',
      '  - { key: c, question: Q, type: text, fill: tco }',
      '  - { key: c, question: Q, type: number, validation: { min: 5, max: 1 } }',
      '---',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(templates, 'leeg.md'),
    [
      '---',
      'title: L',
      'description: L',
      'fields:',
      '  - { key: a, question: Q, type: text }',
      '---',
      'Tekst',
      '<!-- inkoop:lang fr -->',
      '<!-- inkoop:lang nl -->',
      '{{b}} {{ a-b }} {{a',
      '<!-- inkoop:lang en -->',
      '<!-- inkoop:lang en -->',
      '',
    ].join('\n'),
  );
  // A strategy without any part: every part reported missing, with a heading to add.
  emptyStrategy = join(dir, 'empty.md');
  writeFileSync(emptyStrategy, '# Xyz\n\nXyz\n');

  const principles = JSON.parse((await inkoop(['principles', '--format', 'json'])).stdout) as {
    title: string;
  }[];
  // Every text in the example files: names, notes, requirements (ours to show, not to translate).
  const texts = (v: unknown): unknown[] =>
    typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(texts) : [];
  const examples = ['examples/tender.yaml', 'examples/costs.yaml'].flatMap((f) =>
    texts(parse(readFileSync(join(ROOT, f), 'utf8'))),
  );
  masks = [...principles.map((p) => p.title), ...examples]
    .filter((s): s is string => typeof s === 'string' && s.length > 3)
    .sort((a, b) => b.length - a.length);
});
afterAll(() => cleanup());

/** Every command (and a few mistakes) with arguments that run it to its end. */
const RUNS = (lang: Lang): string[][] => [
  ['show', '--role', 'jurist', '--format', 'markdown'],
  ['roles'],
  ['principles'],
  ['tools'],
  ['tco', 'examples/costs.yaml', '--detail'],
  ['tco', 'examples/costs.yaml', '--format', 'markdown'],
  ['drempel', '180000', '--date', '2026-06-01'],
  ['termijn', '2027-04-07'],
  ['score', 'examples/tender.yaml'],
  ['score', 'examples/tender.yaml', '--explain'],
  ['score', 'examples/tender.yaml', '--robustness'],
  ['design', 'examples/tender.yaml', '--runs', '20'],
  ['criteria'],
  ['scaffold', '--list'],
  ['scaffold', 'strategy', '--answers', answers, '--stdout'],
  ['check', strategy[lang]],
  // Mistakes.
  ['tco', badCosts],
  ['score', 'examples/tender.yaml', '--format', 'jsno'],
  ['forms', 'examples/tender.yaml'],
  ['forms', 'examples/tender.yaml', '--out', 'examples/tender.yaml'],
  ['score', 'examples/tender.yaml', '--scores', 'examples/costs.yaml'],
  ['show', '--role', 'jurst'],
  ['show', '--rol', 'jurist'],
  ['check'],
  ['drempel', 'veel'],
  ['tco', bigCosts],
  ['scaffold', 'kapot', '--templates', templates, '--stdout'],
  ['scaffold', 'leeg', '--templates', templates, '--stdout'],
  ['check', emptyStrategy],
  ['score'],
  ['tco'],
  ['init', '--example', '--tender-folder'],
  // Help.
  ['--help'],
  ...[
    'init',
    'completion',
    'show',
    'roles',
    'principles',
    'tools',
    'tco',
    'drempel',
    'termijn',
    'score',
    'criteria',
    'scaffold',
    'check',
    'design',
    'award',
  ].map((c) => [c, '--help']),
];

/** The text of a run with what is not ours to translate taken out. */
function masked(text: string): string {
  let out = text;
  for (const m of masks) out = out.split(m).join(' ');
  return out
    .replace(/^\s*(?:\$ )?inkoop .*$/gm, ' ') // example command lines
    .replace(/\{[^}\n]*\}/g, ' ') // placeholders: { file }, {{key}}
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(?:\/[\w.@-]+)+\/?/g, ' ') // paths
    .replace(/`[^`\n]*`/g, ' ') // commands and code
    .replace(/--[a-z][a-z-]*/g, ' ') // flags
    .replace(/\bXyz\b/g, ' ')
    .replace(/total cost of ownership/gi, ' ') // the term Dutch tenders use as well
    .replace(/(?:toegestane sleutels|allowed keys): .*$/gm, ' '); // key names of the file format
}

function tells(text: string, lang: Lang): string[] {
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  const found: string[] = [];
  for (const line of masked(text).split('\n')) {
    for (const word of TELLS[other]) {
      const re = new RegExp(`(?<![\\p{L}\\d_-])${word}(?![\\p{L}\\d_-])`, 'iu');
      if (re.test(line)) found.push(`${word}: ${line.trim()}`);
    }
  }
  return found;
}

describe('every command speaks one language', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`in ${lang === 'nl' ? 'Dutch' : 'English'}`, async () => {
      const stragglers: string[] = [];
      for (const args of RUNS(lang)) {
        const r = await inkoop([...args, '--lang', lang], { cwd: ROOT });
        expect(r.stderr, `inkoop ${args.join(' ')}`).not.toMatch(/internal error/);
        // The English page has no role tabs: the guidance itself is the Dutch original.
        const onlyDutch = lang === 'en' && args[0] === 'show' && args.includes('--role');
        for (const hit of tells((onlyDutch ? '' : r.stdout) + r.stderr, lang))
          stragglers.push(`inkoop ${args.join(' ')} --lang ${lang}: ${hit}`);
      }
      // SHOW_STRAGGLERS=1 prints every line found, for a quick look.
      if (process.env.SHOW_STRAGGLERS) console.log(stragglers.join('\n'));
      expect(stragglers).toEqual([]);
    }, 180_000);
  }
});
