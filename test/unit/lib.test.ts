import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { setRunLang } from '../../src/i18n/index.js';
import { InputError, UserError } from '../../src/lib/errors.js';
import {
  csv,
  CsvFixed,
  csvDialect,
  markdownTable,
  parseFormat,
  textTable,
} from '../../src/lib/tables.js';
import { formatCents, formatMoney, formatPercent, resolveLang } from '../../src/lib/i18n.js';
import { colorEnabled } from '../../src/lib/color.js';
import { closest, didYouMean } from '../../src/lib/suggest.js';
import { writeFileSafe } from '../../src/lib/write.js';
import { parseYaml, readYaml } from '../../src/lib/yaml.js';
import { tempDir } from '../helpers.js';

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

/** Messages are in the run's language; these tests read the English ones unless they say so. */
const inEnglish = () => setRunLang('en');
afterEach(() => setRunLang('nl'));

describe('yaml with positions', () => {
  beforeEach(inEnglish);
  const item = z.strictObject({
    name: z.string(),
    amount: z.number().min(0),
    category: z.enum(['license', 'hosting']).default('license'),
  });
  const schema = z.strictObject({ years: z.number().int(), costs: z.array(item) });

  it('reports a syntax error at its line and column', () => {
    const err = inputError(() => parseYaml('years: 5\ncosts: [\n', 'c.yaml'));
    expect(err.problems[0]).toMatchObject({ file: 'c.yaml', line: 3 });
    expect(err.message).toMatch(/^c\.yaml:3:\d+: invalid YAML/);
  });

  it('names an unknown key with a suggestion, and not the missing key it replaces', () => {
    const err = inputError(() =>
      readYaml('years: 5\ncosts:\n  - name: x\n    ammount: 3\n', 'c.yaml', schema),
    );
    expect(err.message).toBe(
      'c.yaml:4:5: unknown key "ammount" (did you mean "amount"?); allowed keys: name, amount, category',
    );
  });

  it('points at the value for a wrong type, and says a number was given as text', () => {
    const err = inputError(() =>
      readYaml('years: 5\ncosts:\n  - name: x\n    amount: "1234,50"\n', 'c.yaml', schema),
    );
    expect(err.message).toBe(
      'c.yaml:4:13: costs[0].amount: expected a number, got the text "1234,50"; write numbers without quotes, like 1234.56',
    );
  });

  it('points at the parent mapping for a missing key', () => {
    const err = inputError(() => readYaml('costs: []\n', 'c.yaml', schema));
    expect(err.message).toBe('c.yaml:1:1: years: is required (a number)');
  });

  it('suggests the closest allowed value', () => {
    const err = inputError(() =>
      readYaml(
        'years: 1\ncosts:\n  - name: x\n    amount: 1\n    category: licence\n',
        'c.yaml',
        schema,
      ),
    );
    expect(err.message).toBe(
      'c.yaml:5:15: costs[0].category: the text "licence" is not allowed (did you mean "license"?); use one of "license", "hosting"',
    );
  });

  it('lists several problems in file order', () => {
    const err = inputError(() =>
      readYaml('years: 1.5\ncosts:\n  - name: 1\n    amount: -1\n', 'c.yaml', schema),
    );
    expect(err.problems.map((p) => p.line)).toEqual([1, 3, 4]);
  });

  it('rejects a Dutch thousands separator that YAML would read as a decimal point', () => {
    const err = inputError(() => parseYaml('amount: 12.500\n', 'c.yaml'));
    expect(err.message).toBe(
      'c.yaml:1:9: ambiguous number 12.500: YAML reads it as 12.5; write 12500 without thousands separators, or 12.5 if you meant that',
    );
    expect(parseYaml('amount: 12.5\nrate: 0.025\n', 'c.yaml').value).toEqual({
      amount: 12.5,
      rate: 0.025,
    });
  });

  it('stops an alias bomb quickly', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const err = inputError(() => parseYaml(lines.join('\n') + '\n', 'bomb.yaml'));
    expect(err.message).toMatch(/^bomb\.yaml: too many alias references/);
  });

  it('rejects duplicate keys', () => {
    const err = inputError(() => parseYaml('years: 1\nyears: 2\n', 'c.yaml'));
    expect(err.message).toMatch(/^c\.yaml:2:1: invalid YAML: Map keys must be unique/);
  });

  it('speaks Dutch in a Dutch run: syntax, unknown keys, types, values, numbers', () => {
    setRunLang('nl');
    const syntax = (text: string) => inputError(() => parseYaml(text, 'c.yaml')).message;
    expect(syntax('years: 1\nyears: 2\n')).toBe(
      'c.yaml:2:1: ongeldige YAML: deze sleutel staat er al; elke sleutel mag één keer voorkomen',
    );
    expect(syntax('a:\n\tb: 1\n')).toMatch(/ongeldige YAML: tabs mogen niet als inspringing/);
    expect(syntax('a: "x\n')).toMatch(/ongeldige YAML: het afsluitende " ontbreekt/);
    expect(syntax('amount: 12.500\n')).toBe(
      'c.yaml:1:9: dubbelzinnig getal 12.500: YAML leest het als 12.5; schrijf 12500 zonder scheidingstekens voor duizendtallen, of 12.5 als je dat bedoelde',
    );
    const read = (text: string) => inputError(() => readYaml(text, 'c.yaml', schema)).message;
    expect(read('years: 5\ncosts:\n  - name: x\n    ammount: 3\n')).toBe(
      'c.yaml:4:5: onbekende sleutel "ammount" (bedoelde je "amount"?); toegestane sleutels: name, amount, category',
    );
    expect(read('years: 5\ncosts:\n  - name: x\n    amount: "1234,50"\n')).toBe(
      'c.yaml:4:13: costs[0].amount: moet een getal zijn, niet de tekst "1234,50"; schrijf getallen zonder aanhalingstekens, zoals 1234.56',
    );
    expect(read('costs: []\n')).toBe('c.yaml:1:1: years: is verplicht (een getal)');
    expect(read('years: 1\ncosts:\n  - name: x\n    amount: -1\n    category: licence\n')).toBe(
      [
        'c.yaml:4:13: costs[0].amount: moet minstens 0 zijn, niet het getal -1',
        'c.yaml:5:15: costs[0].category: de tekst "licence" is niet toegestaan (bedoelde je "license"?); kies uit "license", "hosting"',
      ].join('\n'),
    );
    expect(read('- 1\n')).toBe(
      'c.yaml:1:1: moet sleutel-waardeparen (sleutel: waarde) zijn, niet een lijst',
    );
  });

  it('names a bad date in Dutch', () => {
    setRunLang('nl');
    const when = z.strictObject({ when: z.iso.date() });
    expect(inputError(() => readYaml('when: gisteren\n', 'c.yaml', when)).message).toBe(
      'c.yaml:1:7: when: de tekst "gisteren" is geen geldige datum; schrijf jjjj-mm-dd',
    );
  });

  it("falls back to zod's own messages in the run's language", () => {
    const positive = z.strictObject({ n: z.number().refine((v) => v > 0) });
    setRunLang('nl');
    expect(inputError(() => readYaml('n: -1\n', 'c.yaml', positive)).message).toBe(
      'c.yaml:1:4: n: Ongeldige invoer',
    );
    setRunLang('en');
    expect(inputError(() => readYaml('n: -1\n', 'c.yaml', positive)).message).toBe(
      'c.yaml:1:4: n: Invalid input',
    );
  });
});

describe('formats', () => {
  beforeEach(inEnglish);
  it('aligns a text table', () => {
    expect(
      textTable(
        [{ header: 'A' }, { header: 'Bedrag', align: 'right' }],
        [
          ['x', '1,00'],
          ['yy', '10,00'],
        ],
      ),
    ).toBe('A   Bedrag\n──  ──────\nx     1,00\nyy   10,00\n');
  });

  it('escapes Markdown table cells', () => {
    expect(
      markdownTable([{ header: 'a|b' }, { header: 'n', align: 'right' }], [['x\ny', '1']]),
    ).toBe('| a\\|b | n |\n| --- | ---: |\n| x<br>y | 1 |\n');
  });

  it('quotes CSV per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(
      csv([
        ['a,b', 'say "hi"', 3, null],
        ['=SUM(A1)', '-5', '@x', ''],
      ]),
    ).toBe('"a,b","say ""hi""",3,\r\n\'=SUM(A1),-5,\'@x,\r\n');
  });

  it('writes CSV per language: Dutch Excel gets semicolons, decimal commas and a BOM', () => {
    const rows = [['a;b', 1.5, new CsvFixed(1234.5, 2), null]];
    expect(csv(rows, csvDialect('nl'))).toBe('\ufeff"a;b";1,5;1234,50;\r\n');
    expect(csv(rows, csvDialect('en'))).toBe('a;b,1.5,1234.50,\r\n');
    expect(csv(rows, csvDialect('nl', 'tab'))).toBe('\ufeffa;b\t1,5\t1234,50\t\r\n');
    expect(csv(rows, csvDialect('nl', ','))).toBe('\ufeffa;b,"1,5","1234,50",\r\n');
    expect(csv([[1e-7, 0.000001]], csvDialect('en'))).toBe('0.0000001,0.000001\r\n');
    inEnglish();
    expect(() => csvDialect('en', 'ab')).toThrow('--csv-separator: "ab" cannot be used');
    expect(() => csvDialect('en', 'x')).toThrow('--csv-separator');
    expect(() => csvDialect('en', ';', 'json')).toThrow('--csv-separator goes with --format csv');
  });

  it('checks --format values', () => {
    expect(parseFormat(undefined, ['json', 'csv'] as const, 'json')).toBe('json');
    expect(parseFormat('CSV', ['json', 'csv'] as const, 'json')).toBe('csv');
    expect(() => parseFormat('jsno', ['json', 'csv'] as const, 'json')).toThrow(
      '--format: unknown format "jsno" (did you mean "json"?); use one of json, csv',
    );
    setRunLang('nl');
    expect(() => parseFormat('jsno', ['json', 'csv'] as const, 'json')).toThrow(
      '--format: onbekend formaat "jsno" (bedoelde je "json"?); kies uit json, csv',
    );
  });
});

describe('languages and numbers', () => {
  beforeEach(inEnglish);
  it('formats cents exactly per language', () => {
    expect(formatCents(123456789, 'nl')).toBe('1.234.567,89');
    expect(formatCents(123456789, 'en')).toBe('1,234,567.89');
    expect(formatCents(-5, 'nl')).toBe('-0,05');
    expect(formatCents(0, 'en')).toBe('0.00');
    expect(formatMoney(-100000, 'nl')).toBe('-EUR 1.000,00');
    expect(formatPercent(0.0225, 'nl')).toBe('2,25%');
  });

  it('resolves the language from the option, then INKOOP_LANG, then Dutch', () => {
    expect(resolveLang(undefined, {})).toBe('nl');
    expect(resolveLang(undefined, { INKOOP_LANG: 'en' })).toBe('en');
    expect(resolveLang('nl', { INKOOP_LANG: 'en' })).toBe('nl');
    expect(resolveLang('en-GB', {})).toBe('en');
    expect(() => resolveLang('de', {})).toThrow(UserError);
    expect(() => resolveLang(undefined, { INKOOP_LANG: 'fr' })).toThrow(
      /INKOOP_LANG: unknown language "fr"/,
    );
    setRunLang('nl');
    expect(() => resolveLang('de', {})).toThrow('--lang: onbekende taal "de"; kies nl of en');
  });
});

describe('colour', () => {
  it('follows --no-color, NO_COLOR, FORCE_COLOR and the terminal', () => {
    expect(colorEnabled(undefined, { isTTY: true }, {})).toBe(true);
    expect(colorEnabled(undefined, { isTTY: false }, {})).toBe(false);
    expect(colorEnabled(false, { isTTY: true }, {})).toBe(false);
    expect(colorEnabled(undefined, { isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled(undefined, { isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(colorEnabled(undefined, { isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled(undefined, { isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled(undefined, { isTTY: false }, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(
      false,
    );
  });
});

describe('suggestions', () => {
  beforeEach(inEnglish);
  it('suggests close names only', () => {
    expect(closest('jurst', ['jurist', 'inkoper'])).toBe('jurist');
    expect(closest('xyz', ['jurist', 'inkoper'])).toBeUndefined();
    expect(didYouMean('inkoopr', ['inkoper'])).toBe(' (did you mean "inkoper"?)');
    setRunLang('nl');
    expect(didYouMean('inkoopr', ['inkoper'])).toBe(' (bedoelde je "inkoper"?)');
  });
});

describe('safe writing', () => {
  const dirs: Array<() => void> = [];
  afterEach(() => {
    for (const c of dirs.splice(0)) c();
  });
  const dir = () => {
    const t = tempDir();
    dirs.push(t.cleanup);
    return t.dir;
  };

  it('writes a new file and leaves no temporary file', async () => {
    const d = dir();
    await writeFileSafe(join(d, 'a.md'), 'hello\n');
    expect(readFileSync(join(d, 'a.md'), 'utf8')).toBe('hello\n');
    expect(readdirSync(d)).toEqual(['a.md']);
  });

  it('never overwrites without force', async () => {
    const d = dir();
    writeFileSync(join(d, 'a.md'), 'mine');
    await expect(writeFileSafe(join(d, 'a.md'), 'new')).rejects.toThrow(
      /bestaat al; gebruik --force/,
    );
    expect(readFileSync(join(d, 'a.md'), 'utf8')).toBe('mine');
    await writeFileSafe(join(d, 'a.md'), 'new', { force: true });
    expect(readFileSync(join(d, 'a.md'), 'utf8')).toBe('new');
    expect(readdirSync(d)).toEqual(['a.md']);
  });

  it('explains a missing folder', async () => {
    const d = dir();
    await expect(writeFileSafe(join(d, 'nope', 'a.md'), 'x')).rejects.toThrow(
      /de map .* bestaat niet/,
    );
  });
  // A read-only folder is tested end to end in test/e2e/scaffold.test.ts, as an unprivileged user
  // (root may write anywhere).
});
