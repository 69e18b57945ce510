/**
 * The real interview in a real terminal: the built `inkoop scaffold` runs in
 * a tmux pane, the test reads the screen and types the answers as a user
 * would, and checks the written file. Skips with a printed reason when tmux
 * is not installed (.ci/run installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { answersFileSchema, resolveAnswers } from '../../src/scaffold/answers.js';
import { fillTemplate } from '../../src/scaffold/fill.js';
import { parseTemplate } from '../../src/scaffold/template.js';
import type { Answers, Field } from '../../src/scaffold/types.js';
import { BIN, inkoop, ROOT, tempDir } from '../helpers.js';

const tmuxVersion = spawnSync('tmux', ['-V'], { encoding: 'utf8' });
const hasTmux = tmuxVersion.status === 0;
if (!hasTmux)
  console.warn(
    'skipped: the terminal interview tests need tmux, which is not installed (apt-get install tmux; .ci/run installs it)',
  );

/** A tmux server of its own for every command, on its own socket in a folder of this test; killed after each test. */
const socketDir = hasTmux ? mkdtempSync(join(tmpdir(), 'inkoop-tmux-')) : '';
const sockets: string[] = [];
let socket = '';
let started = 0;
const SESSION = 'interview';
const WAIT_MS = 20_000;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-S', socket, ...args], { encoding: 'utf8' });
}

/** Every line the pane has shown, history included. */
function screen(): string {
  return tmux('capture-pane', '-p', '-J', '-S', '-', '-t', SESSION);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The folder the current command runs in (its exit code and stderr land there). */
let running = '';

function ended(): string | undefined {
  const file = join(running, 'exit-code');
  if (!running || !existsSync(file)) return undefined;
  const stderr = existsSync(join(running, 'stderr.txt'))
    ? readFileSync(join(running, 'stderr.txt'), 'utf8')
    : '';
  return `the command ended with exit code ${readFileSync(file, 'utf8').trim()}; stderr:\n${stderr}`;
}

async function waitFor(what: string, test: (s: string) => boolean): Promise<string> {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const s = screen();
    if (test(s)) return s;
    const end = ended();
    if (end !== undefined || Date.now() > until)
      throw new Error(`waited in vain for ${what}; ${end ?? 'the screen shows:'}\n${s}`);
    await sleep(40);
  }
}

/** Answered prompts turn from "? question" into "✔ question answer". */
const answered = (s: string) => s.split('\n').filter((l) => l.startsWith('✔')).length;

function type(text: string): void {
  if (text !== '') tmux('send-keys', '-t', SESSION, '-l', '--', text);
}

/** Presses a key and waits until the prompt it answers is done. */
async function press(key: string, what: string): Promise<void> {
  const before = answered(screen());
  tmux('send-keys', '-t', SESSION, key);
  await waitFor(what, (s) => answered(s) > before);
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Starts `inkoop <args>` in a fresh tmux pane, without CI=true, in `cwd`; its exit code goes to a file. */
function start(cwd: string, args: string[], env: Record<string, string> = {}): void {
  const vars = Object.entries({
    TERM: 'xterm-256color',
    NO_COLOR: '1',
    INKOOP_LANG: '',
    ...env,
  }).map(([k, v]) => `${k}=${shellQuote(v)}`);
  // The pane stays after the command ends, so its last screen can still be read.
  const command = `cd ${shellQuote(cwd)} && env -u CI ${vars.join(' ')} ${shellQuote(process.execPath)} ${shellQuote(BIN)} ${args.map(shellQuote).join(' ')} 2>stderr.txt; echo $? > exit-code.tmp && mv exit-code.tmp exit-code; exec sleep 3600`;
  running = cwd;
  socket = join(socketDir, `s${++started}`);
  sockets.push(socket);
  tmux('-u', 'new-session', '-d', '-s', SESSION, '-x', '250', '-y', '50', command);
  tmux('set-option', '-t', SESSION, 'history-limit', '10000');
}

async function exitCode(cwd: string): Promise<number> {
  const file = join(cwd, 'exit-code');
  const until = Date.now() + WAIT_MS;
  while (!existsSync(file)) {
    if (Date.now() > until)
      throw new Error(`the command did not end; the screen shows:\n${screen()}`);
    await sleep(40);
  }
  return Number(readFileSync(file, 'utf8').trim());
}

const template = parseTemplate(
  readFileSync(join(ROOT, 'templates/strategy.md'), 'utf8'),
  'templates/strategy.md',
  'strategy',
);

/** What a user types for a value at the prompt. */
function typed(field: Field, value: Answers[string]): string[] {
  if (field.type === 'list') return value as string[];
  if (field.type === 'multiline') return (value as string).split('\n');
  if (field.key === 'current_spend') return ['1.250.000,50'];
  if (field.key === 'savings') return ['12,5%'];
  if (field.type === 'amount') return [String((value as number) / 100)];
  return [String(value)];
}

describe.skipIf(!hasTmux)('the interview in a real terminal (tmux)', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => rmSync(socketDir, { recursive: true, force: true }));
  afterEach(() => {
    // Only the tmux servers this test started, each on its own socket.
    for (const s of sockets.splice(0)) spawnSync('tmux', ['-S', s, 'kill-server']);
    cleanup();
  });

  it('leads through `inkoop scaffold strategy` and writes a strategy that `inkoop check` accepts', {
    timeout: 180_000,
  }, async () => {
    const values = answersFileSchema.parse(
      parseYamlText(
        readFileSync(join(ROOT, 'test/fixtures/scaffold/strategy.answers.yaml'), 'utf8'),
      ),
    );
    const answers = resolveAnswers(template, 'en', {
      file: { values, where: () => '' },
      today: '2026-11-23',
    }).answers;
    answers.title = 'Cloud **workplace** {{title}} [2026] | pipe';

    start(dir, ['scaffold', 'strategy', '--lang', 'en']);
    const total = template.fields.length;
    await waitFor('the first question', (s) =>
      s.includes(`? (question 1 of ${total}) ${template.fields[0]!.question.en}`),
    );
    expect(screen()).toContain(
      `Purchasing strategy: ${total} questions. Ctrl-C stops without writing anything.`,
    );
    // What could have been filled in from a file, said before the first question.
    expect(screen()).toContain('You can fill answers in from a file with --tco costs.yaml');

    for (const [i, field] of template.fields.entries()) {
      const question = `? (question ${i + 1} of ${total}) ${field.question.en}${field.required ? '' : ' (optional)'}`;
      await waitFor(`the question "${field.key}"`, (s) => s.includes(question));
      const value = answers[field.key];
      if (field.type === 'choice') {
        const at = field.choices.findIndex((c) => c.value === value);
        for (let i = 0; i < at; i++) tmux('send-keys', '-t', SESSION, 'Down');
        await press('Enter', `the choice for ${field.key}`);
        continue;
      }
      const lines = value === undefined ? [] : typed(field, value);
      if (field.type === 'multiline' || field.type === 'list') {
        // The first line answers the question (✔); each further line's prompt clears itself
        // and the line stays as "  … line"; the empty line that ends the answer leaves nothing.
        for (const [k, line] of lines.entries()) {
          type(line);
          if (k === 0) await press('Enter', `a line of ${field.key}`);
          else {
            tmux('send-keys', '-t', SESSION, 'Enter');
            await waitFor(`a further line of ${field.key}`, (s) =>
              s.split('\n').some((l) => l === `  … ${line}`),
            );
          }
        }
        if (lines.length === 0) await press('Enter', `the end of ${field.key}`);
        else tmux('send-keys', '-t', SESSION, 'Enter');
        continue;
      }
      // A date with a default: type over it.
      type(lines[0]!);
      await press('Enter', `the answer to ${field.key}`);
    }

    // The review: change the title, then write.
    await waitFor('the review', (s) => s.includes('Your answers:') && s.includes('? What next?'));
    // Multi-line answers leave their lines and no empty prompt line behind.
    expect(screen()).not.toMatch(/^[✔?] …\s*$/m);
    expect(screen()).toContain(
      ' 6. Current situation: spending per year in euros (excl. VAT): EUR 1,250,000.50',
    );
    tmux('send-keys', '-t', SESSION, 'Down');
    await press('Enter', 'the choice to change an answer');
    await waitFor('the list of answers', (s) =>
      s.includes('? Which answer do you want to change?'),
    );
    await press('Enter', 'the field to change');
    await waitFor('the title again', (s) =>
      s.includes(`? ${template.fields[0]!.question.en} (${answers.title})`),
    );
    answers.title = 'Werkplek *2026* {{x}} \\{{ [a] | b <i>';
    type(answers.title);
    await press('Enter', 'the new title');
    await waitFor(
      'the review again',
      (s) =>
        s.split('Your answers:').length === 3 && s.trimEnd().endsWith('↑↓ navigate • ⏎ select'),
    );
    await press('Enter', 'write');

    expect(await exitCode(dir)).toBe(0);
    expect(readFileSync(join(dir, 'stderr.txt'), 'utf8')).toBe(
      'strategy.md written\nCheck the strategy with: inkoop check strategy.md\n',
    );
    const written = readFileSync(join(dir, 'strategy.md'), 'utf8');
    expect(written).toBe(fillTemplate(template, answers, 'en').text);
    // The answer is escaped as Markdown: `{{` and `<i>` read as typed, but are neither template
    // syntax nor HTML.
    expect(written).toContain('- Spending per year: EUR 1,250,000.50\n');
    expect(written.split('\n')[0]).toBe(
      '# Purchasing strategy: Werkplek *2026* {\\{x}} \\{\\{ [a] | b &lt;i>',
    );
    const check = await inkoop(['check', 'strategy.md'], { cwd: dir });
    expect(check.exitCode).toBe(0);
    // The title as typed holds "[a]", which looks like a placeholder, and --strict says so.
    const strict = await inkoop(['check', 'strategy.md', '--strict', '--format', 'json'], {
      cwd: dir,
    });
    expect(strict.exitCode).toBe(1);
    expect(JSON.parse(strict.stdout).placeholders).toEqual([{ line: 1, col: 52, text: '[a]' }]);
  });

  it('Ctrl-C in the middle exits 130 and writes nothing', { timeout: 60_000 }, async () => {
    start(dir, ['scaffold', 'contract-clause']);
    await waitFor('the first question', (s) =>
      s.includes('? (vraag 1 van 5) Welk artikelnummer krijgt de clausule in de overeenkomst?'),
    );
    type('12');
    await press('Enter', 'the article');
    await waitFor('the second question', (s) =>
      s.includes('? (vraag 2 van 5) Hoe heet de leverancier in de overeenkomst?'),
    );
    tmux('send-keys', '-t', SESSION, 'C-c');
    expect(await exitCode(dir)).toBe(130);
    expect(readFileSync(join(dir, 'stderr.txt'), 'utf8')).toBe(
      'afgebroken; er is niets geschreven\n',
    );
    expect(readdirSync(dir).sort()).toEqual(['exit-code', 'stderr.txt']);
  });

  it('speaks Dutch by default, the key hints of the prompts too', { timeout: 60_000 }, async () => {
    start(dir, ['scaffold', 'contract-clause', '--defaults', '--set', 'article=12']);
    await waitFor('the one open question', (s) =>
      s.includes('(optioneel) (meerdere regels; een lege regel sluit af)'),
    );
    expect(screen()).toContain('1 vraag. Ctrl-C stopt zonder iets te schrijven.');
    await press('Enter', 'no answer');
    await waitFor(
      'the review',
      (s) => s.includes('Je antwoorden:') && s.trimEnd().endsWith('↑↓ bladeren • ⏎ kiezen'),
    );
    expect(screen()).toContain('? Wat wil je doen?');
    expect(screen()).not.toMatch(/navigate|select|Your answers/);
    await press('Enter', 'write');
    expect(await exitCode(dir)).toBe(0);
    expect(readFileSync(join(dir, 'stderr.txt'), 'utf8')).toBe('contract-clause.md geschreven\n');
  });

  it('does not ask in a terminal when CI=true or --no-input', { timeout: 60_000 }, async () => {
    start(dir, ['scaffold', 'contract-clause', '--defaults'], { CI: 'true' });
    expect(await exitCode(dir)).toBe(2);
    expect(readFileSync(join(dir, 'stderr.txt'), 'utf8')).toMatch(
      /^inkoop: geen antwoord op 1 verplichte vraag van "contract-clause": article\n/,
    );
    const again = tempDir();
    try {
      start(again.dir, ['scaffold', 'contract-clause', '--no-input']);
      expect(await exitCode(again.dir)).toBe(2);
      expect(readFileSync(join(again.dir, 'stderr.txt'), 'utf8')).toMatch(
        /^inkoop: geen antwoord op 4 verplichte vragen van "contract-clause": article, supplier, client, breach_hours\n/,
      );
    } finally {
      again.cleanup();
    }
  });
});
