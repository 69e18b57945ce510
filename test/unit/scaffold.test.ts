import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setRunLang } from '../../src/i18n/index.js';
import { parse as parseYamlText } from 'yaml';
import { InputError } from '../../src/lib/errors.js';
import {
  answersFileSchema,
  exampleAnswers,
  missingFields,
  missingMessage,
  parseSets,
  resolveAnswers,
} from '../../src/scaffold/answers.js';
import { fillTemplate } from '../../src/scaffold/fill.js';
import { parseTemplate, templateName } from '../../src/scaffold/template.js';
import type { Answers, Field, Template } from '../../src/scaffold/types.js';
import {
  centsToDecimal,
  coerce,
  formatInput,
  formatValue,
  parseDecimal,
} from '../../src/scaffold/values.js';

// These tests read the English messages (the run's language decides; Dutch is the default).
beforeAll(() => setRunLang('en'));
afterAll(() => setRunLang('nl'));

const TODAY = '2026-11-23';

function tpl(front: string, body: string, ext = 'md'): Template {
  return parseTemplate(`---\n${front}\n---\n${body}`, 'test.md', 'test', ext);
}

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not found: ${needle}`);
  return text.slice(0, at).split('\n').length;
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError)
      return err.problems.map((p) => `${p.line ?? '-'}:${p.col ?? '-'} ${p.message}`);
    throw err;
  }
  throw new Error('expected an InputError');
}

const FRONT = `title: { nl: Test, en: Test }
description: Een test
fields:
  - key: name
    question: { nl: Naam?, en: Name? }
    type: text
    required: true
  - key: notes
    question: Notes
    type: multiline
  - key: items
    question: Items
    type: list
  - key: budget
    question: Budget
    type: amount
  - key: rate
    question: Rate
    type: percentage
  - key: when
    question: When
    type: date
  - key: size
    question: Size
    type: choice
    choices:
      - { value: s, label: { nl: klein, en: small } }
      - { value: l, label: { nl: groot, en: large } }`;

const BODY = `<!-- inkoop:lang nl -->
# {{name}}

- Budget: {{budget}}
- Tarief: {{rate}}
- Wanneer: {{when}}
- Maat: {{size}}

{{notes}}

Lijst: {{items}}

- {{items}}
<!-- inkoop:lang en -->
# {{name}}

- Budget: {{budget}}
- Rate: {{rate}}
- When: {{when}}
- Size: {{size}}

{{notes}}

List: {{items}}

1. {{items}}
`;

const t = tpl(FRONT, BODY);
const field = (key: string): Field => t.fields.find((f) => f.key === key)!;

describe('template file names', () => {
  it('takes the kind from the name and the output extension from a middle part', () => {
    expect(templateName('strategy.md')).toEqual({ kind: 'strategy', extension: 'md' });
    expect(templateName('costs.yaml.md')).toEqual({ kind: 'costs', extension: 'yaml' });
    expect(templateName('README.md')).toBeUndefined();
    expect(templateName('Strategy.md')).toBeUndefined();
    expect(templateName('notes.txt')).toBeUndefined();
  });
});

describe('parseTemplate', () => {
  it('reads fields, questions per language and a body per language', () => {
    expect(t.fields.map((f) => [f.key, f.type, f.required])).toEqual([
      ['name', 'text', true],
      ['notes', 'multiline', false],
      ['items', 'list', false],
      ['budget', 'amount', false],
      ['rate', 'percentage', false],
      ['when', 'date', false],
      ['size', 'choice', false],
    ]);
    expect(field('name').question).toEqual({ nl: 'Naam?', en: 'Name?' });
    expect(field('notes').question).toEqual({ nl: 'Notes', en: 'Notes' });
    expect(t.description).toEqual({ nl: 'Een test', en: 'Een test' });
    expect(t.bodies.nl![0]!.line).toBe(lineOf(`---\n${FRONT}\n---\n${BODY}`, '# {{name}}'));
    expect(t.mode).toBe('text');
  });

  it('names file:line:col for a placeholder of an unknown field, with a suggestion', () => {
    const body = BODY.replace('- Maat: {{size}}', '- Maat: {{sise}} {{size}}');
    const problems = problemsOf(() => tpl(FRONT, body));
    const line = lineOf(`---\n${FRONT}\n---\n${body}`, '- Maat: {{sise}}');
    expect(problems).toEqual([
      `${line}:9 unknown field "sise" in {{sise}} (did you mean "size"?); declare it under fields:`,
    ]);
  });

  it('rejects malformed placeholders and unused fields', () => {
    const body = BODY.replace('# {{name}}\n\n- Budget', '# {{ name | upper }} {{name\n\n- Budget');
    const problems = problemsOf(() => tpl(FRONT, body));
    const line = lineOf(`---\n${FRONT}\n---\n${body}`, '# {{ name');
    expect(problems).toContain(
      `${line}:3 invalid placeholder "{{ name | upper }}": write {{key}} with a field's key, or \\{{ for literal braces`,
    );
    expect(problems).toContain(
      `${line}:22 unclosed placeholder "{{": write {{key}}, or \\{{ for literal braces`,
    );
    // Neither counts as a use of the field.
    expect(problems).toContain(
      '5:1 field "name" is not used in the nl body; add {{name}} or remove the field',
    );
    const unused = problemsOf(() => tpl(FRONT, BODY.replace('{{notes}}\n\nList', 'List')));
    expect(unused).toEqual([
      `${lineOf(FRONT, 'key: notes') + 1}:1 field "notes" is not used in the en body; add {{notes}} or remove the field`,
    ]);
  });

  it('checks the front matter with positions: types and typos first', () => {
    const front = `title: T
description: D
fields:
  - key: a
    question: Q
    type: choise
  - key: b
    question: Q
    type: text
    questoin: typo`;
    expect(problemsOf(() => tpl(front, '{{a}} {{b}}'))).toEqual([
      '7:11 fields[0].type: the text "choise" is not allowed (did you mean "choice"?); use one of "text", "multiline", "number", "amount", "percentage", "date", "choice", "list"',
      '11:5 unknown key "questoin" (did you mean "question"?); allowed keys: key, question, help, type, default, required, choices, validation, fill',
    ]);
  });

  it('checks choices, defaults, validation and duplicate keys, each at its place', () => {
    const front = `title: T
description: D
fields:
  - key: b
    question: Q
    type: choice
  - key: c
    question: Q
    type: amount
    default: veel
  - key: c
    question: Q
    type: text
    validation: { min: 3, pattern: "(" }
  - key: d
    question: Q
    type: text
    fill: tco`;
    const problems = problemsOf(() => tpl(front, '{{b}} {{c}} {{d}}'));
    expect(problems).toEqual([
      '7:11 fields[0].type: a choice field needs `choices:`, a list of values',
      '11:14 fields[1].default: default: "veel" is not a number; expected an amount in euros, like 1234.56 or 1.234,56',
      '12:10 fields[2].key: duplicate key "c"',
      '15:24 fields[2].validation.min: min does not apply to a text field; it takes pattern, min_length, max_length, message',
      expect.stringMatching(
        /^15:36 fields\[2\]\.validation\.pattern: not a valid regular expression/,
      ),
      '19:11 fields[3].fill: fill: tco needs a multiline field; this one is text',
    ]);
  });

  it('needs front matter, and text before the first language marker belongs nowhere', () => {
    expect(problemsOf(() => parseTemplate('# Just Markdown\n', 'x.md', 'x'))).toEqual([
      '1:1 a template starts with front matter: a line "---", the fields in YAML, and another "---"',
    ]);
    expect(problemsOf(() => parseTemplate('---\ntitle: T\n', 'x.md', 'x'))).toEqual([
      '1:1 the front matter is not closed: add a line "---" after the fields',
    ]);
    const stray = problemsOf(() =>
      tpl(
        'title: T\ndescription: D\nfields:\n  - { key: a, question: Q, type: text }',
        'hello\n<!-- inkoop:lang nl -->\n{{a}}\n<!-- inkoop:lang de -->\n{{a}}',
      ),
    );
    expect(stray).toEqual([
      '7:1 text before the first <!-- inkoop:lang ... --> marker belongs to no language; move it below a marker',
      '10:1 unknown language "de" in the marker; use <!-- inkoop:lang nl --> or <!-- inkoop:lang en -->',
    ]);
  });

  it('keeps defaults per language, coerced to the field type', () => {
    const d = tpl(
      'title: T\ndescription: D\nfields:\n  - { key: a, question: Q, type: amount, default: "1.234,56" }\n  - { key: b, question: Q, type: list, default: { nl: [een, twee], en: [one] } }\n  - { key: c, question: Q, type: date, default: today }',
      '{{a}} {{b}} {{c}}',
    );
    expect(d.fields[0]!.default).toEqual({ nl: 123456, en: 123456 });
    expect(d.fields[1]!.default).toEqual({ nl: ['een', 'twee'], en: ['one'] });
    expect(d.fields[2]!.defaultToday).toBe(true);
  });
});

describe('answers per type', () => {
  const ctx = { today: TODAY };
  const ok = (key: string, input: unknown) => {
    const r = coerce(field(key), input, ctx);
    if (!r.ok) throw new Error(r.message);
    return r.value;
  };
  const err = (key: string, input: unknown) => {
    const r = coerce(field(key), input, ctx);
    if (r.ok)
      throw new Error(
        `expected an error for ${JSON.stringify(input)}, got ${JSON.stringify(r.value)}`,
      );
    return r.message;
  };

  it('reads amounts exactly to the cent in Dutch and English notation', () => {
    expect(ok('budget', '1.234,56')).toBe(123456);
    expect(ok('budget', '1,234.56')).toBe(123456);
    expect(ok('budget', '€ 1.234.567,89')).toBe(123456789);
    expect(ok('budget', 'EUR 12.345.678')).toBe(1234567800);
    expect(ok('budget', '1 234 567,8')).toBe(123456780);
    expect(ok('budget', '0,29')).toBe(29);
    expect(ok('budget', 0.29)).toBe(29);
    expect(ok('budget', 1234.56)).toBe(123456);
    expect(ok('budget', '-12,50')).toBe(-1250);
    expect(ok('budget', '1234.500')).toBe(123450);
    expect(ok('budget', '')).toBeUndefined();
    expect(err('budget', '1.234')).toBe(
      '"1.234" is ambiguous: is it 1234 or 1.234? Write it without a thousands separator (1234), or as 1.2340 for the fraction; expected an amount in euros, like 1234.56 or 1.234,56',
    );
    expect(err('budget', '12,345')).toMatch(/ambiguous/);
    expect(err('budget', '1234.567')).toBe('an amount has at most two decimals (cents)');
    expect(err('budget', 'veel')).toMatch(/^"veel" is not a number/);
    expect(err('budget', '1.234.56')).toMatch(/is not a number/);
    expect(err('budget', true)).toMatch(/put it in quotes/);
  });

  it('reads percentages, dates and choices', () => {
    expect(ok('rate', '2,25%')).toBe(2.25);
    expect(ok('rate', '12.5 %')).toBe(12.5);
    expect(ok('rate', 3)).toBe(3);
    expect(ok('when', '2026-03-31')).toBe('2026-03-31');
    expect(ok('when', '31-3-2026')).toBe('2026-03-31');
    expect(ok('when', 'vandaag')).toBe(TODAY);
    expect(err('when', '2026-02-30')).toMatch(
      /is not a date; write a date like 2026-03-31 or 31-03-2026/,
    );
    expect(err('when', '03/31/2026')).toMatch(/is not a date/);
    expect(ok('size', 's')).toBe('s');
    expect(ok('size', 'Groot')).toBe('l');
    expect(ok('size', 'LARGE')).toBe('l');
    expect(err('size', 'smal')).toBe(
      '"smal" is not one of the choices (did you mean "small"?); use one of "s", "l"',
    );
  });

  it('keeps text exactly, refuses line breaks in a one-line field, keeps a number as written', () => {
    expect(ok('name', '  [x] **b** {{y}} ')).toBe('  [x] **b** {{y}} ');
    expect(ok('name', 'titel\n')).toBe('titel');
    expect(err('name', 'a\nb')).toBe('takes a single line; this field has no line breaks');
    expect(coerce(field('name'), 1.1, { today: TODAY, raw: '1.10' })).toEqual({
      ok: true,
      value: '1.10',
    });
    expect(ok('notes', 'a\n\n  b\n')).toBe('a\n\n  b');
    expect(ok('items', ['a', 2, ''])).toEqual(['a', '2']);
    expect(ok('items', 'a\nb\n')).toEqual(['a', 'b']);
    expect(ok('items', [])).toBeUndefined();
    expect(err('items', [{ a: 1 }])).toMatch(/expected a list of texts/);
  });

  it('validates bounds, whole numbers, patterns and list sizes', () => {
    const v = tpl(
      `title: T
description: D
fields:
  - { key: n, question: Q, type: number, validation: { integer: true, min: 1, max: 72 } }
  - { key: a, question: Q, type: amount, validation: { min: 0.01 } }
  - { key: p, question: Q, type: text, validation: { pattern: "[0-9]+", message: { nl: een getal, en: a number } } }
  - { key: l, question: Q, type: list, validation: { min_items: 2 } }`,
      '{{n}} {{a}} {{p}} {{l}}',
    );
    const c = (key: string, input: unknown) =>
      coerce(v.fields.find((f) => f.key === key)!, input, ctx);
    expect(c('n', '24')).toEqual({ ok: true, value: 24 });
    expect(c('n', '2,5')).toEqual({ ok: false, message: 'must be a whole number' });
    expect(c('n', '73')).toEqual({ ok: false, message: 'must be at most 72' });
    expect(c('a', '0')).toEqual({ ok: false, message: 'must be at least EUR 0.01' });
    expect(c('p', '12a')).toEqual({ ok: false, message: 'a number' });
    expect(c('l', ['one'])).toEqual({ ok: false, message: 'needs at least 2 items' });
  });

  it('parses decimals without floats and refuses what it would have to guess', () => {
    expect(parseDecimal('0.125')).toEqual({
      ok: true,
      dec: { negative: false, int: '0', frac: '125' },
    });
    expect(parseDecimal('1.234').ok).toBe(false);
    expect(parseDecimal('1,2,3').ok).toBe(false);
    expect(centsToDecimal(123456)).toBe('1234.56');
    expect(centsToDecimal(100000)).toBe('1000');
    expect(centsToDecimal(-5)).toBe('-0.05');
  });

  it('formats values per language, and back into what can be typed', () => {
    expect(formatValue(field('budget'), 123456789, 'nl')).toBe('EUR 1.234.567,89');
    expect(formatValue(field('budget'), 123456789, 'en')).toBe('EUR 1,234,567.89');
    expect(formatValue(field('rate'), 2.25, 'nl')).toBe('2,25%');
    expect(formatValue(field('when'), '2026-03-31', 'nl')).toBe('31 maart 2026');
    expect(formatValue(field('when'), '2026-03-31', 'en')).toBe('31 March 2026');
    expect(formatValue(field('size'), 'l', 'nl')).toBe('groot');
    for (const [key, value] of [
      ['budget', 123456789],
      ['rate', 2.25],
      ['when', '2026-03-31'],
      ['size', 'l'],
    ] as const) {
      for (const lang of ['nl', 'en'] as const) {
        expect(coerce(field(key), formatInput(field(key), value, lang), ctx)).toEqual({
          ok: true,
          value,
        });
      }
    }
  });
});

describe('fillTemplate', () => {
  const answers: Answers = {
    name: 'Werkplek *nieuw* <b>&amp; {{name}} \\{{x}} [link](http://x) | a',
    notes: 'Regel 1\n\n  - ingesprongen\n# geen kop meer\n{{budget}}',
    items: ['een', 'twee, drie', '{{x}}'],
    budget: 123456,
    rate: 12.5,
    when: '2026-03-31',
    size: 'l',
  };

  it('inserts answers as Markdown that cannot break the document: HTML, headings and {{ as text', () => {
    const { text } = fillTemplate(t, answers, 'nl');
    expect(text).toBe(
      [
        '# Werkplek *nieuw* &lt;b>&amp; {\\{name}} \\{\\{x}} [link](http://x) | a',
        '',
        '- Budget: EUR 1.234,56',
        '- Tarief: 12,5%',
        '- Wanneer: 31 maart 2026',
        '- Maat: groot',
        '',
        'Regel 1\n\n  - ingesprongen\n\\# geen kop meer\n{\\{budget}}',
        '',
        'Lijst: een, twee, drie, {\\{x}}',
        '',
        '- een',
        '- twee, drie',
        '- {\\{x}}',
        '',
      ].join('\n'),
    );
  });

  it('repeats ordered list lines with their numbers, in the language asked', () => {
    const { text, lang, fallback } = fillTemplate(t, answers, 'en');
    expect(lang).toBe('en');
    expect(fallback).toBe(false);
    expect(text).toContain('- Size: large\n');
    expect(text).toContain('- Budget: EUR 1,234.56\n');
    expect(text.endsWith('1. een\n2. twee, drie\n3. {\\{x}}\n')).toBe(true);
  });

  it('leaves out label lines of unanswered fields without doubling blank lines', () => {
    const { text } = fillTemplate(t, { name: 'X' }, 'nl');
    expect(text).toBe('# X\n');
    const kept = tpl(
      'title: T\ndescription: D\nfields:\n  - { key: a, question: Q, type: text }',
      'A\n\n- Label: {{a}}\n\n{{a}}\n\nSpent {{a}} per year\n\nB',
    );
    expect(fillTemplate(kept, {}, 'nl').text).toBe('A\n\nSpent  per year\n\nB\n');
  });

  it('writes a literal {{ for \\{{ in a template', () => {
    const e = tpl(
      'title: T\ndescription: D\nfields:\n  - { key: a, question: Q, type: text }',
      'Write \\{{a}} for {{a}}.',
    );
    expect(fillTemplate(e, { a: 'b' }, 'nl').text).toBe('Write {{a}} for b.\n');
    // In an answer, {{ is escaped so that it reads as typed but is no placeholder.
    expect(fillTemplate(e, { a: '{{a}}' }, 'nl').text).toBe('Write {{a}} for {\\{a}}.\n');
  });

  it('falls back to the other language when a template has one body only', () => {
    const e = tpl(
      'title: T\ndescription: D\nfields:\n  - { key: a, question: Q, type: text }',
      '<!-- inkoop:lang nl -->\nHallo {{a}}',
    );
    expect(fillTemplate(e, { a: 'x' }, 'en')).toEqual({
      text: 'Hallo x\n',
      lang: 'nl',
      fallback: true,
    });
  });

  it('writes YAML answers as quoted scalars, so no answer can change the structure', () => {
    const y = tpl(
      `title: T
description: D
fields:
  - { key: title, question: Q, type: text }
  - { key: notes, question: Q, type: multiline }
  - { key: price, question: Q, type: amount }
  - { key: rate, question: Q, type: percentage }
  - { key: n, question: Q, type: number }
  - { key: reqs, question: Q, type: list }
  - { key: opt, question: Q, type: text }`,
      'title: {{title}}\nnotes: {{notes}}\nprice: {{price}}\nrate: {{rate}}\nn: {{n}}\ninline: {{reqs}}\nlist:\n  - {{reqs}}\nmap:\n  {{reqs}}: true\nopt: {{opt}}',
      'yaml',
    );
    expect(y.mode).toBe('structured');
    const evil = 'x\nbids: []\n# "quoted" \\ \t end';
    const { text } = fillTemplate(
      y,
      {
        title: evil,
        notes: 'a: b\n- c',
        price: 99999950,
        rate: 2.25,
        n: 3,
        reqs: ['ISO 27001', 'key: value', '*alias'],
      },
      'nl',
    );
    expect(parseYamlText(text)).toEqual({
      title: evil,
      notes: 'a: b\n- c',
      price: 999999.5,
      rate: '2.25%',
      n: 3,
      inline: ['ISO 27001', 'key: value', '*alias'],
      list: ['ISO 27001', 'key: value', '*alias'],
      map: { 'ISO 27001': true, 'key: value': true, '*alias': true },
    });
    expect(text).toContain('price: 999999.50\n');
  });
});

describe('answers from a file, --set and --defaults', () => {
  it('combines the sources: --set after the file, lists collect --set, --defaults last', () => {
    const d = tpl(
      'title: T\ndescription: D\nfields:\n  - { key: a, question: Q, type: text, default: standaard }\n  - { key: b, question: Q, type: list }\n  - { key: c, question: Q, type: amount, required: true }\n  - { key: s, question: Q, type: multiline, fill: tco, required: true }',
      '{{a}} {{b}} {{c}} {{s}}',
    );
    const r = resolveAnswers(d, 'nl', {
      file: { values: { a: 'uit bestand', c: 5 }, where: () => 'a.yaml:1:1' },
      sets: [
        { key: 'b', value: 'een' },
        { key: 'c', value: '1.000,50' },
        { key: 'b', value: 'twee' },
      ],
      fills: { tco: '| tabel |' },
      today: TODAY,
    });
    expect(r).toEqual({
      answers: { a: 'uit bestand', b: ['een', 'twee'], c: 100050, s: '| tabel |' },
      filled: ['s'],
      errors: [],
    });
    const withDefaults = resolveAnswers(d, 'nl', {
      sets: [{ key: 'c', value: '1' }],
      defaults: true,
      today: TODAY,
    });
    expect(withDefaults.answers).toEqual({ a: 'standaard', c: 100 });
    expect(missingFields(d, withDefaults.answers).map((f) => f.key)).toEqual(['s']);
  });

  it('names unknown keys with a suggestion and bad values with their place', () => {
    const r = resolveAnswers(t, 'en', {
      file: {
        values: { nmae: 'x', budget: 'veel' },
        where: (key, atKey) => `a.yaml:${key === 'nmae' ? 2 : 3}:${atKey ? 1 : 9}`,
      },
      sets: [
        { key: 'sise', value: 's' },
        { key: 'when', value: 'morgen' },
      ],
      today: TODAY,
    });
    expect(r.errors).toEqual([
      'a.yaml:2:1: unknown key "nmae" (did you mean "name"?); template "test" has name, notes, items, budget, rate, when, size',
      'a.yaml:3:9: budget: "veel" is not a number; expected an amount in euros, like 1234.56 or 1.234,56',
      '--set sise=...: unknown key "sise" (did you mean "size"?); template "test" has name, notes, items, budget, rate, when, size',
      '--set when=morgen: "morgen" is not a date; write a date like 2026-03-31 or 31-03-2026 (day-month-year), or "today"',
    ]);
  });

  it('parses --set key=value, keeping = and spaces in the value', () => {
    expect(parseSets(['a=b=c', 'x= y ', 'bad'])).toEqual({
      sets: [
        { key: 'a', value: 'b=c' },
        { key: 'x', value: ' y ' },
      ],
      errors: ['--set bad: expected key=value, like --set budget=250000'],
    });
  });

  it('says which keys are missing and which flags give them', () => {
    const d = tpl(
      'title: T\ndescription: D\nfields:\n  - { key: a, question: Vraag A?, type: text, required: true }\n  - { key: b, question: Vraag B?, type: choice, choices: [x, y], default: x, required: true }',
      '{{a}} {{b}}',
    );
    const m = missingMessage(d, missingFields(d, {}), 'en', false);
    expect(m.message).toBe(
      'missing answers for 2 required fields of "test": a, b\n  a  Vraag A? (a line of text)\n  b  Vraag B? (one of: x, y)',
    );
    expect(m.hint).toContain('--answers answers.yaml');
    expect(m.hint).toContain('--set key=value');
    expect(m.hint).toContain('--defaults (b has one)');
    const nl = missingMessage(d, missingFields(d, {}), 'nl', false);
    expect(nl.message).toBe(
      'geen antwoord op 2 verplichte vragen van "test": a, b\n  a  Vraag A? (een regel tekst)\n  b  Vraag B? (een van: x, y)',
    );
    expect(nl.hint).toContain('--defaults (b heeft er een)');
  });

  it('prints an answers file that reads back', () => {
    const text = exampleAnswers(t, 'en', TODAY);
    expect(text).toContain('# Name? (a line of text; required)\nname: ""');
    const values = answersFileSchema.parse(parseYamlText(text));
    const r = resolveAnswers(t, 'en', { file: { values, where: () => 'x' }, today: TODAY });
    expect(r.errors).toEqual([]);
    expect(missingFields(t, r.answers).map((f) => f.key)).toEqual(['name']);
  });

  it('the answers file schema accepts scalars and lists and refuses mappings and bad keys', () => {
    expect(
      answersFileSchema.safeParse({ a: 'x', b: 1, c: null, d: ['x', 2], e: true }).success,
    ).toBe(true);
    expect(answersFileSchema.safeParse({ a: { b: 1 } }).success).toBe(false);
    expect(answersFileSchema.safeParse({ 'Bad Key': 'x' }).success).toBe(false);
  });
});
