/**
 * One language per run: `--lang` before or after any command, INKOOP_LANG,
 * and the command line's own words (help, commander's errors, schema errors)
 * in the run's language.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inkoop, ROOT, tempDir } from '../helpers.js';

let dir: string;
let cleanup: () => void;
let strategy: string;
beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  strategy = join(dir, 'strategy.md');
  const r = await inkoop([
    'scaffold',
    'strategy',
    '--answers',
    join(ROOT, 'test/fixtures/scaffold/strategy.answers.yaml'),
    '--out',
    strategy,
  ]);
  expect(r.exitCode).toBe(0);
});
afterAll(() => cleanup());

const run = (args: string[], env: Record<string, string> = {}) => inkoop(args, { cwd: ROOT, env });

/** Every command, with arguments that run it to the end quickly. */
const COMMANDS: Record<string, () => string[]> = {
  show: () => ['show', '--role', 'jurist', '--format', 'markdown'],
  roles: () => ['roles'],
  principles: () => ['principles'],
  tools: () => ['tools'],
  tco: () => ['tco', 'examples/costs.yaml'],
  drempel: () => ['drempel', '180000', '--date', '2026-06-01'],
  termijn: () => ['termijn', '2027-04-07'],
  score: () => ['score', 'examples/tender.yaml'],
  criteria: () => ['criteria'],
  scaffold: () => ['scaffold', '--list'],
  check: () => ['check', strategy],
  design: () => ['design', 'examples/tender.yaml', '--runs', '20'],
};

describe('--lang before or after the command', () => {
  it.each(Object.keys(COMMANDS))('%s', async (name) => {
    const [command, ...rest] = COMMANDS[name]!();
    const before = await run(['--lang', 'en', command!, ...rest]);
    const after = await run([command!, ...rest, '--lang', 'en']);
    const equals = await run([command!, '--lang=en', ...rest]);
    const env = await run([command!, ...rest], { INKOOP_LANG: 'en' });
    expect(before.exitCode, before.stderr).toBe(0);
    expect(after).toEqual(before);
    expect(equals).toEqual(before);
    expect(env).toEqual(before);
    // --lang on the command line wins over INKOOP_LANG.
    const nl = await run([command!, ...rest, '--lang', 'nl'], { INKOOP_LANG: 'en' });
    expect(nl).toEqual(await run([command!, ...rest]));
    if (name !== 'principles') expect(nl.stdout).not.toBe(before.stdout);
  });

  it('the last --lang counts, and a --lang after -- is an argument', async () => {
    const last = await run(['--lang', 'nl', 'roles', '--lang', 'en']);
    expect(last).toEqual(await run(['roles', '--lang', 'en']));
    const dashes = await run(['check', '--', '--lang']);
    expect(dashes.exitCode).toBe(2);
    expect(dashes.stderr).toMatch(/^inkoop: --lang: /);
    expect(dashes.stderr).not.toMatch(/taal/);
  });

  it('refuses an unknown or missing language, in INKOOP_LANG’s language or Dutch', async () => {
    expect(await run(['show', '--lang', 'de'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'inkoop: --lang: onbekende taal "de"; kies nl of en\n',
    });
    expect((await run(['--lang', 'eb', 'show'], { INKOOP_LANG: 'en' })).stderr).toBe(
      'inkoop: --lang: unknown language "eb" (did you mean "en"?); use nl or en\n',
    );
    expect(await run(['show'], { INKOOP_LANG: 'fr' })).toMatchObject({
      exitCode: 2,
      stderr: 'inkoop: INKOOP_LANG: onbekende taal "fr"; kies nl of en\n',
    });
    expect(await run(['show', '--lang'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'inkoop: --lang: geef een taal op: nl of en\n',
    });
  });
});

describe('help in the run’s language', () => {
  it('inkoop --help', async () => {
    const nl = await run(['--help']);
    const en = await run(['--help', '--lang', 'en']);
    expect(nl.exitCode).toBe(0);
    expect(en.exitCode).toBe(0);
    for (const word of ['Gebruik: inkoop [opties] [opdracht]', 'Opties:', 'Opdrachten:'])
      expect(nl.stdout).toContain(word);
    expect(nl.stdout).toContain('Afsluitcodes:\n  0    gelukt');
    expect(nl.stdout).toContain('130  onderbroken (Ctrl-C)');
    expect(nl.stdout).toContain('score [opties] <aanbesteding>');
    expect(nl.stdout).toContain('help [opdracht]');
    for (const word of ['Usage: inkoop [options] [command]', 'Options:', 'Commands:'])
      expect(en.stdout).toContain(word);
    expect(en.stdout).toContain('Exit codes:\n  0    success');
    expect(en.stdout).toContain('130  interrupted (Ctrl-C)');
    expect(en.stdout).toContain('score [options] <tender>');
    expect(await run(['--lang', 'en', '-h'])).toEqual(en);
    expect(await run(['--help'], { INKOOP_LANG: 'en' })).toEqual(en);
  });

  it('inkoop <command> --help, with arguments, defaults, global options and examples', async () => {
    const nl = await run(['score', '--help']);
    const en = await run(['score', '--help', '--lang', 'en']);
    expect(nl.stdout).toMatch(/^Gebruik: inkoop score \[opties\] <aanbesteding>\n/);
    expect(nl.stdout).toContain('\nArgumenten:\n  aanbesteding ');
    expect(nl.stdout).toContain('\nAlgemene opties:\n');
    expect(nl.stdout).toMatch(/\(standaard:\s+"table"\)/);
    expect(nl.stdout).toContain('--fail-under <punten>');
    expect(nl.stdout).toContain('\nVoorbeelden:\n  inkoop score examples/tender.yaml\n');
    expect(en.stdout).toMatch(/^Usage: inkoop score \[options\] <tender>\n/);
    expect(en.stdout).toContain('\nArguments:\n  tender ');
    expect(en.stdout).toContain('\nGlobal Options:\n');
    expect(en.stdout).toMatch(/\(default:\s+"table"\)/);
    expect(en.stdout).toContain('\nExamples:\n  inkoop score examples/tender.yaml\n');
    expect(await run(['help', 'score'])).toEqual(nl);
    const principles = await run(['principles', '--help', '--lang', 'en']);
    expect(principles.stdout).toContain('--lang <lang>');
  });
});

describe('commander’s errors in the run’s language', () => {
  it('an unknown option, with a suggestion', async () => {
    expect(await run(['show', '--rol', 'jurist'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        "inkoop: onbekende optie '--rol'\n(bedoelde je --role?)\n(gebruik --help voor uitleg)\n",
    });
    expect(await run(['show', '--rol', 'jurist', '--lang', 'en'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        "inkoop: unknown option '--rol'\n(did you mean --role?)\n(run with --help for usage)\n",
    });
  });

  it('an unknown command, a missing argument, too many arguments, a missing value', async () => {
    const both = async (args: string[]) => [
      (await run(args)).stderr.split('\n')[0],
      (await run([...args, '--lang', 'en'])).stderr.split('\n')[0],
    ];
    expect(await both(['shw'])).toEqual([
      "inkoop: onbekende opdracht 'shw'",
      "inkoop: unknown command 'shw'",
    ]);
    expect(await both(['check'])).toEqual([
      "inkoop: het argument 'strategie' ontbreekt",
      "inkoop: missing required argument 'strategy'",
    ]);
    expect(await both(['drempel', '1', '2'])).toEqual([
      "inkoop: te veel argumenten voor 'drempel': 1 verwacht, 2 gekregen",
      "inkoop: too many arguments for 'drempel': expected 1 argument, got 2",
    ]);
    expect(await both(['tco', '--file'])).toEqual([
      "inkoop: de optie '--file <bestand>' mist een waarde",
      "inkoop: option '--file <file>' argument missing",
    ]);
    expect((await run(['shw'])).exitCode).toBe(2);
  });
});

describe('schema errors in the run’s language', () => {
  it('a costs file with a typo, a wrong type and a value that is not allowed', async () => {
    const file = join(dir, 'costs.yaml');
    writeFileSync(file, 'years: "5"\ncosts:\n  - name: x\n    ammount: 1\n    category: licence\n');
    const nl = await run(['tco', file]);
    const en = await run(['tco', file, '--lang', 'en']);
    expect(nl.exitCode).toBe(2);
    expect(en.exitCode).toBe(2);
    expect(nl.stderr).toBe(
      [
        `inkoop: ${file}:1:8: years: moet een getal zijn, niet de tekst "5"; schrijf getallen zonder aanhalingstekens, zoals 1234.56`,
        `${file}:4:5: onbekende sleutel "ammount" (bedoelde je "amount"?); toegestane sleutels: name, category, amount, internal, quantity, year, every, from, to, indexation`,
        `${file}:5:15: costs[0].category: de tekst "licence" is niet toegestaan (bedoelde je "license"?); kies uit "acquisition", "implementation", "migration", "license", "hosting", "support", "personnel", "training", "exit", "residual", "other"`,
        '',
      ].join('\n'),
    );
    expect(en.stderr).toBe(
      [
        `inkoop: ${file}:1:8: years: expected a number, got the text "5"; write numbers without quotes, like 1234.56`,
        `${file}:4:5: unknown key "ammount" (did you mean "amount"?); allowed keys: name, category, amount, internal, quantity, year, every, from, to, indexation`,
        `${file}:5:15: costs[0].category: the text "licence" is not allowed (did you mean "license"?); use one of "acquisition", "implementation", "migration", "license", "hosting", "support", "personnel", "training", "exit", "residual", "other"`,
        '',
      ].join('\n'),
    );
  });

  it('a YAML syntax error and a missing key', async () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'years: 5\nyears: 6\ncosts: []\n');
    expect((await run(['tco', broken])).stderr).toBe(
      `inkoop: ${broken}:2:1: ongeldige YAML: deze sleutel staat er al; elke sleutel mag één keer voorkomen\n`,
    );
    expect((await run(['tco', broken, '--lang', 'en'])).stderr).toBe(
      `inkoop: ${broken}:2:1: invalid YAML: Map keys must be unique\n`,
    );
    const missing = join(dir, 'missing.yaml');
    writeFileSync(missing, 'costs: []\n');
    expect((await run(['tco', missing])).stderr).toBe(
      `inkoop: ${missing}:1:1: years: is verplicht (een getal)\n`,
    );
    expect((await run(['tco', missing, '--lang', 'en'])).stderr).toBe(
      `inkoop: ${missing}:1:1: years: is required (a number)\n`,
    );
  });

  it('an unknown --format', async () => {
    expect((await run(['roles', '-f', 'jsno'])).stderr).toBe(
      'inkoop: --format: onbekend formaat "jsno" (bedoelde je "json"?); kies uit table, markdown, json\n',
    );
    expect((await run(['roles', '-f', 'jsno', '--lang', 'en'])).stderr).toBe(
      'inkoop: --format: unknown format "jsno" (did you mean "json"?); use one of table, markdown, json\n',
    );
  });
});
