/** `inkoop scaffold`, unattended: answers files, --set, --defaults, safe writing, templates. */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { inkoop, ROOT, tempDir } from '../helpers.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'scaffold');
const STACK = /\n\s+at .+:\d+:\d+/;
const KINDS = [
  'business-case',
  'contract-clause',
  'costs',
  'evaluation',
  'project-plan',
  'strategy',
  'tender',
];

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const run = (args: string[], options: Parameters<typeof inkoop>[1] = {}) =>
  inkoop(args, { cwd: dir, ...options });

describe('inkoop scaffold from an answers file', () => {
  it.each(KINDS)('writes %s from a complete answers file', async (kind) => {
    const r = await run(['scaffold', kind, '--answers', join(FIXTURES, `${kind}.answers.yaml`)]);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.exitCode).toBe(0);
    const ext = kind === 'tender' || kind === 'costs' ? 'yaml' : 'md';
    const text = readFileSync(join(dir, `${kind}.${ext}`), 'utf8');
    expect(r.stderr).toContain(`${kind}.${ext} geschreven`);
    expect(r.stdout).toBe('');
    expect(text).not.toContain('{{');
    expect(text.endsWith('\n')).toBe(true);
    // Nothing else is left in the folder (no temporary file).
    expect(readdirSync(dir)).toEqual([`${kind}.${ext}`]);
    if (ext === 'yaml') expect(() => parseYamlText(text)).not.toThrow();
  });

  it('writes a strategy that `inkoop check` accepts, in Dutch and in English', async () => {
    for (const lang of ['nl', 'en']) {
      const out = `strategy-${lang}.md`;
      const r = await run([
        'scaffold',
        'strategy',
        '--answers',
        join(FIXTURES, 'strategy.answers.yaml'),
        '--lang',
        lang,
        '--out',
        out,
      ]);
      expect(r.exitCode).toBe(0);
      expect(r.stderr).toContain(
        lang === 'nl'
          ? `Controleer de strategie met: inkoop check ${out}`
          : `Check the strategy with: inkoop check ${out}`,
      );
      const text = readFileSync(join(dir, out), 'utf8');
      expect(text.split('\n')[0]).toBe(
        lang === 'nl'
          ? '# Inkoopstrategie: Cloudwerkplek voor 2.000 medewerkers'
          : '# Purchasing strategy: Cloudwerkplek voor 2.000 medewerkers',
      );
      expect(text).toContain(
        lang === 'nl'
          ? '- Uitgaven per jaar: EUR 1.250.000,50'
          : '- Spending per year: EUR 1,250,000.50',
      );
      expect(text).toContain(lang === 'nl' ? '- Kostenbesparing: 12,5%' : '- Cost saving: 12.5%');
      expect(text).toContain(lang === 'nl' ? '- Datum: 31 maart 2026' : '- Date: 31 March 2026');
      const check = await run(['check', out, '--strict', '--lang', lang]);
      expect(check.stdout).toContain(
        lang === 'nl'
          ? '10 gedekt, 0 met plaatshouder, 0 leeg, 0 ontbreken'
          : '10 covered, 0 with a placeholder, 0 empty, 0 missing',
      );
      expect(check.exitCode).toBe(0);
    }
  });

  it('fails the check once a section of the scaffolded strategy is emptied', async () => {
    await run(['scaffold', 'strategy', '--answers', join(FIXTURES, 'strategy.answers.yaml')]);
    const path = join(dir, 'strategy.md');
    const text = readFileSync(path, 'utf8');
    const start = text.indexOf('## 5. Risicoanalyse\n');
    const end = text.indexOf('## 6. Contractstrategie');
    writeFileSync(path, text.slice(0, start) + '## 5. Risicoanalyse\n\n' + text.slice(end));
    const r = await run(['check', 'strategy.md']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/5 {2}Risicoanalyse +leeg/);
    expect(r.stderr).toBe(
      'inkoop: strategy.md: de strategie is onvolledig: 1 onderdeel is leeg (Risicoanalyse)\n',
    );
  });

  it('writes answers with Markdown, newlines and {{ escaped so they read as typed', async () => {
    const answers = {
      ...parseYamlText(readFileSync(join(FIXTURES, 'strategy.answers.yaml'), 'utf8')),
      title:
        'Werkplek **vet** _schuin_ `code` <b>html</b> & [link](x) | pijp \\ {{title}} {{ geen }} \\{{',
      needs: '# Geen kop?\n\n  - ingesprongen *lijst*\n1. een\n{{needs}}\n\n\n> citaat\n---',
    };
    writeFileSync(join(dir, 'answers.json'), JSON.stringify(answers));
    const r = await run(['scaffold', 'strategy', '--answers', 'answers.json', '--stdout']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      '# Inkoopstrategie: Werkplek **vet** _schuin_ `code` &lt;b>html&lt;/b> & [link](x) | pijp \\ {\\{title}} {\\{ geen }} \\{\\{\n',
    );
    expect(r.stdout).toContain(
      '## 1. Behoefteanalyse\n\n\\# Geen kop?\n\n  - ingesprongen *lijst*\n1. een\n{\\{needs}}\n\n\n> citaat\n\\---\n\n## 2. Marktverkenning',
    );
    const check = await run(['check', '-', '--strict'], { input: r.stdout });
    expect(check.stderr).toBe('');
    expect(check.exitCode).toBe(0);
  });

  it('an answer can never break the document: fences, comments, headings, {{ stay text', async () => {
    const answers = {
      ...parseYamlText(readFileSync(join(FIXTURES, 'strategy.answers.yaml'), 'utf8')),
      needs: 'Behoefte\n```\nnooit gesloten',
      market: 'Markt <!-- nooit gesloten',
      sourcing_model: '# Exitstrategie\n\nvervalst',
      risks: 'Risico {{exit}} \u001b[31mrood\u001b[0m \u202eom',
      exit: 'Kosten:\n---',
    };
    writeFileSync(join(dir, 'hostile.json'), JSON.stringify(answers));
    const out = 'strategie \u001b[31m\u202e.md';
    const r = await run(['scaffold', 'strategy', '--answers', 'hostile.json', '--out', out]);
    expect(r.exitCode).toBe(0);
    // The file name in the status lines is shown with visible escapes.
    expect(r.stderr).toBe(
      'strategie \\x1b[31m\\u202e.md geschreven\nControleer de strategie met: inkoop check strategie \\x1b[31m\\u202e.md\n',
    );
    const written = readFileSync(join(dir, out), 'utf8');
    expect(written).toContain('Behoefte\n\\```\nnooit gesloten');
    expect(written).toContain('Markt &lt;!-- nooit gesloten');
    expect(written).toContain('\\# Exitstrategie');
    const check = await run(['check', out, '--strict', '--lang', 'en']);
    expect(check.stderr).toBe('');
    expect(check.exitCode).toBe(0);
    // The table shows the heading of each part, not a heading an answer made up.
    expect(check.stdout).toMatch(/7 {2}Exit strategy +covered +line \d+: 7\. Exitstrategie/);
    expect(check.stdout).not.toMatch(/[\u001b\u202e]/);
  });

  it('reads answers from standard input with --answers -', async () => {
    const r = await run(
      ['scaffold', 'contract-clause', '--answers', '-', '--defaults', '--stdout', '--lang', 'en'],
      { input: '{"article": "7", "breach_hours": 48}' },
    );
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('# Article 7 - Data processing and privacy\n');
    expect(r.stdout).toContain(
      '3. The Supplier reports data breaches to the Client within 48 hours,',
    );
  });

  it('takes --set and --defaults; --set wins over the answers file', async () => {
    const r = await run([
      'scaffold',
      'contract-clause',
      '--answers',
      join(FIXTURES, 'contract-clause.answers.yaml'),
      '--set',
      'breach_hours=6',
      '--set',
      'article=3',
      '--stdout',
    ]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('# Artikel 3 - Dataverwerking en Privacy');
    expect(r.stdout).toContain('meldt Opdrachtnemer binnen 6 uur aan Opdrachtgever');
  });
});

describe('inkoop scaffold never waits for input without a terminal', () => {
  it('names every missing required key and the flags that give them (exit 2)', async () => {
    const r = await run(['scaffold', 'business-case', '--set', 'subject=Werkplek']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe(
      'inkoop: geen antwoord op 7 verplichte vragen van "business-case": date, current_situation, proposed_approach, costs, benefits, risks, timeline',
    );
    for (const key of [
      'date',
      'current_situation',
      'proposed_approach',
      'costs',
      'benefits',
      'risks',
      'timeline',
    ])
      expect(r.stderr).toMatch(new RegExp(`^  ${key} +\\S`, 'm'));
    expect(r.stderr).toContain(
      'costs              Kosten: wat kost elk alternatief over de hele levensduur (total cost of ownership)? (tekst; of --tco <bestand>)',
    );
    expect(r.stderr).toContain('--answers answers.yaml');
    expect(r.stderr).toContain('--set sleutel=waarde');
    expect(r.stderr).toContain('--defaults (date, timeline hebben er een)');
    const en = await run([
      'scaffold',
      'business-case',
      '--set',
      'subject=Werkplek',
      '--lang',
      'en',
    ]);
    expect(en.stderr.split('\n')[0]).toBe(
      'inkoop: missing answers for 7 required fields of "business-case": date, current_situation, proposed_approach, costs, benefits, risks, timeline',
    );
    expect(en.stderr).toContain('--defaults (date, timeline have one)');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('does not wait even when standard input stays open, and honours --no-input', async () => {
    // stdin is a pipe that is never closed: a prompt would hang until the timeout.
    const r = await run(['scaffold', 'strategy', '--defaults'], { stdin: 'pipe', timeout: 20_000 });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(
      /^inkoop: geen antwoord op 24 verplichte vragen van "strategy": title, category, /,
    );
    expect(r.stderr).not.toContain('--defaults (');
    const noInput = await run(
      ['scaffold', 'project-plan', '--no-input', '--defaults', '--set', 'project=P'],
      { stdin: 'pipe', timeout: 20_000, env: { CI: '' } },
    );
    expect(noInput.exitCode).toBe(2);
    expect(noInput.stderr).toContain(
      'geen antwoord op 1 verplichte vraag van "project-plan": acceptance',
    );
  });

  it('writes with --defaults once the fields without a default are given', async () => {
    const r = await run([
      'scaffold',
      'project-plan',
      '--defaults',
      '--set',
      'project=Werkplek',
      '--set',
      'acceptance=Getest',
      '--set',
      'start=2026-01-05',
      '--lang',
      'en',
      '--stdout',
    ]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(
      [
        '# Project plan: Werkplek',
        '',
        '- Start: 5 January 2026',
        '',
        '## Phase 1: Needs analysis (2-4 weeks)',
        '',
        '- Stakeholder workshops',
        '- Requirements gathering',
        '- Market exploration',
        '',
        '## Phase 2: Tender preparation (4-6 weeks)',
        '',
        '- Tender documentation',
        '- Evaluation criteria',
        '- Legal review',
        '',
        '## Phase 3: Tender procedure (8-12 weeks)',
        '',
        '- Publication',
        '- Bids and evaluation',
        '- Award',
        '',
        '## Phase 4: Contract implementation (2-8 weeks)',
        '',
        '- Contracting',
        '- Supplier onboarding',
        '- Go-live',
        '',
        '## Stakeholders',
        '',
        '- Procurement',
        '- IT',
        '- Legal',
        '',
        '## Points of attention',
        '',
        '- Quality assurance and acceptance criteria: Getest',
        '',
      ].join('\n'),
    );
  });
});

// The English messages; test/e2e/lang.test.ts has the command line's own in Dutch.
const EN = { env: { INKOOP_LANG: 'en' } };

describe('inkoop scaffold: bad input exits 2 with its place', () => {
  it('an unknown key, a bad amount and a bad choice in the answers file, each at file:line:col', async () => {
    writeFileSync(
      join(dir, 'a.yaml'),
      'title: X\ncategory: softwar\ncurent_spend: 5\ncontract_value: 1.000\n',
    );
    const r = await run(['scaffold', 'strategy', '--answers', 'a.yaml'], EN);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      'inkoop: a.yaml:4:17: ambiguous number 1.000: YAML reads it as 1; write 1000 without thousands separators, or 1 if you meant that\n',
    );
    writeFileSync(
      join(dir, 'a.yaml'),
      'title: X\ncategory: softwar\ncurent_spend: 5\ncontract_value: veel\n',
    );
    const s = await run(['scaffold', 'strategy', '--answers', 'a.yaml', '--lang', 'en']);
    expect(s.exitCode).toBe(2);
    expect(s.stderr.split('\n')).toEqual([
      'inkoop: a.yaml:2:11: category: "softwar" is not one of the choices (did you mean "Software"?); use one of "ict-diensten", "software", "hardware"',
      expect.stringMatching(
        /^a\.yaml:3:1: unknown key "curent_spend" \(did you mean "current_spend"\?\); template "strategy" has title, /,
      ),
      'a.yaml:4:17: contract_value: "veel" is not a number; expected an amount in euros, like 1234.56 or 1.234,56',
      '',
    ]);
  });

  it('YAML syntax errors and a list where text belongs', async () => {
    writeFileSync(join(dir, 'a.yaml'), 'title: [X\n');
    const r = await run(['scaffold', 'strategy', '--answers', 'a.yaml'], EN);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^inkoop: a\.yaml:\d+:\d+: invalid YAML: /);
    writeFileSync(join(dir, 'b.yaml'), 'title:\n  nested: map\n');
    const m = await run(['scaffold', 'strategy', '--answers', 'b.yaml']);
    expect(m.exitCode).toBe(2);
    expect(m.stderr).toMatch(/^inkoop: b\.yaml:2:3: title: /);
    expect(m.stderr).not.toMatch(STACK);
  });

  it('unknown kinds, keys and flags', async () => {
    const kind = await run(['scaffold', 'strategie', '--lang', 'en']);
    expect(kind.exitCode).toBe(2);
    expect(kind.stderr).toBe(
      'inkoop: unknown template "strategie" (did you mean "strategy"?)\nTemplates: business-case, contract-clause, costs, evaluation, project-plan, strategy, tender. Run `inkoop scaffold --list` for what each one is.\n',
    );
    const set = await run(['scaffold', 'strategy', '--set', 'titel=X', '--lang', 'en']);
    expect(set.exitCode).toBe(2);
    expect(set.stderr).toMatch(
      /^inkoop: --set titel=\.\.\.: unknown key "titel" \(did you mean "title"\?\)/,
    );
    const bad = await run(['scaffold', '--lang', 'en', 'strategy', '--set', 'title']);
    expect(bad.stderr).toBe('inkoop: --set title: expected key=value, like --set budget=250000\n');
    const none = await run(['scaffold', '--lang', 'en']);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('name the document to make, like `inkoop scaffold strategy`');
    const both = await run(['scaffold', '--lang', 'en', 'strategy', '--stdout', '--out', 'x.md']);
    expect(both.exitCode).toBe(2);
    expect(both.stderr).toBe('inkoop: --stdout and --out exclude each other: give one\n');
    const tco = await run(['scaffold', '--lang', 'en', 'project-plan', '--tco', 'costs.yaml']);
    expect(tco.exitCode).toBe(2);
    expect(tco.stderr).toBe(
      'inkoop: --tco: template "project-plan" has no section that --tco fills (the bundled strategy and business-case templates have one)\n',
    );
  });
});

describe('inkoop scaffold writes safely', () => {
  it('never overwrites without --force, and says so before asking anything', async () => {
    writeFileSync(join(dir, 'strategy.md'), 'mijn eigen tekst\n');
    const r = await run([
      'scaffold',
      'strategy',
      '--answers',
      join(FIXTURES, 'strategy.answers.yaml'),
    ]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      'inkoop: strategy.md bestaat al; gebruik --force om het te overschrijven, of --out om elders te schrijven\n',
    );
    expect(readFileSync(join(dir, 'strategy.md'), 'utf8')).toBe('mijn eigen tekst\n');
    // Even with every answer missing, the existing file is the first thing reported.
    const missing = await run(['scaffold', 'strategy']);
    expect(missing.stderr).toContain('bestaat al');
    const forced = await run([
      'scaffold',
      'strategy',
      '--answers',
      join(FIXTURES, 'strategy.answers.yaml'),
      '--force',
    ]);
    expect(forced.exitCode).toBe(0);
    expect(readFileSync(join(dir, 'strategy.md'), 'utf8')).toMatch(/^# Inkoopstrategie: /);
    expect(readdirSync(dir)).toEqual(['strategy.md']);
  });

  it('a read-only folder gives a clear error and leaves nothing behind', async () => {
    const ro = join(dir, 'alleen-lezen');
    mkdirSync(ro);
    writeFileSync(join(ro, 'bestaand.md'), 'blijft\n');
    chmodSync(ro, 0o555);
    chmodSync(dir, 0o755);
    // root may write anywhere: run as an unprivileged user then.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    try {
      const r = await run(
        [
          'scaffold',
          'contract-clause',
          '--answers',
          join(FIXTURES, 'contract-clause.answers.yaml'),
          '--out',
          join(ro, 'clausule.md'),
        ],
        asUser,
      );
      expect(r.stderr).toBe(
        `inkoop: kan ${join(ro, 'clausule.md')} niet schrijven: geen toegang (is de map alleen-lezen?)\n`,
      );
      expect(r.exitCode).toBe(2);
      const over = await run(
        [
          'scaffold',
          'contract-clause',
          '--answers',
          join(FIXTURES, 'contract-clause.answers.yaml'),
          '--out',
          join(ro, 'bestaand.md'),
          '--force',
        ],
        asUser,
      );
      expect(over.exitCode).toBe(2);
      expect(over.stderr).toContain('geen toegang');
    } finally {
      chmodSync(ro, 0o755);
    }
    expect(readdirSync(ro)).toEqual(['bestaand.md']);
    expect(readFileSync(join(ro, 'bestaand.md'), 'utf8')).toBe('blijft\n');
  });

  it('a folder that does not exist', async () => {
    const r = await run(['scaffold', 'strategy', '--out', join('nergens', 'strategy.md')]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      `inkoop: kan ${join('nergens', 'strategy.md')} niet schrijven: de map nergens bestaat niet\n`,
    );
  });
});

describe('inkoop scaffold: templates', () => {
  it('--list shows every kind with a one-line description, in the language asked', async () => {
    const r = await run(['scaffold', '--list', '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    for (const kind of KINDS)
      expect(r.stdout).toMatch(new RegExp(`^${kind} +${kind}\\.(md|yaml) +\\S`, 'm'));
    expect(r.stdout).toContain('Purchasing strategy with the seven conditions');
    const j = JSON.parse((await run(['scaffold', '--list', '--format', 'json'])).stdout) as {
      kind: string;
      output: string;
      origin: string;
    }[];
    expect(j.map((t) => t.kind)).toEqual(expect.arrayContaining(KINDS));
    expect(j.find((t) => t.kind === 'tender')).toMatchObject({
      output: 'tender.yaml',
      origin: 'bundled',
    });
  });

  it('--templates adds and overrides templates; a broken one is reported at file:line:col', async () => {
    const own = join(dir, 'sjablonen');
    mkdirSync(own);
    writeFileSync(
      join(own, 'memo.md'),
      '---\ntitle: Memo\ndescription: { nl: Een korte memo, en: A short memo }\nfields:\n  - { key: to, question: { nl: Aan wie?, en: To whom? }, type: text, required: true }\n---\nAan: {{to}}\n',
    );
    writeFileSync(
      join(own, 'contract-clause.md'),
      '---\ntitle: Eigen\ndescription: Eigen clausule\nfields:\n  - { key: n, question: Nummer, type: number }\n---\nArtikel {{n}}\n',
    );
    const list = await run(['scaffold', '--list', '--templates', own]);
    expect(list.stdout).toMatch(/^memo +memo\.md +Een korte memo \(.*sjablonen\)$/m);
    expect(list.stdout).toMatch(/^contract-clause +contract-clause\.md +Eigen clausule/m);
    const memo = await run(
      ['scaffold', '--lang', 'en', 'memo', '--set', 'to=Directie', '--stdout'],
      {
        env: { INKOOP_TEMPLATES: own },
      },
    );
    expect(memo.stdout).toBe('Aan: Directie\n');
    const clause = await run([
      'scaffold',
      'contract-clause',
      '--set',
      'n=12',
      '--stdout',
      '--templates',
      own,
    ]);
    expect(clause.stdout).toBe('Artikel 12\n');

    writeFileSync(
      join(own, 'kapot.md'),
      '---\ntitle: K\ndescription: K\nfields:\n  - { key: a, question: Q, type: text }\n---\nHallo {{b}}\n',
    );
    const broken = await run(['scaffold', '--lang', 'en', 'kapot', '--templates', own]);
    expect(broken.exitCode).toBe(2);
    const kapot = join(own, 'kapot.md');
    expect(broken.stderr).toBe(
      `inkoop: ${kapot}:5:1: field "a" is not used in the body; add {{a}} or remove the field\n${kapot}:7:7: unknown field "b" in {{b}} (did you mean "a"?); declare it under fields:\n`,
    );
    const nowhere = await run([
      'scaffold',
      '--lang',
      'en',
      '--list',
      '--templates',
      join(dir, 'nergens'),
    ]);
    expect(nowhere.stderr).toBe(`inkoop: --templates: ${join(dir, 'nergens')}: no such folder\n`);
  });

  it('a template can never run code: answers and templates are only text', async () => {
    const own = join(dir, 't');
    mkdirSync(own);
    writeFileSync(
      join(own, 'x.md'),
      '---\ntitle: X\ndescription: X\nfields:\n  - { key: a, question: Q, type: text }\n---\n${process.exit(3)} <%= 1 %> {{a}} `rm -rf /`\n',
    );
    const r = await run([
      'scaffold',
      'x',
      '--templates',
      own,
      '--set',
      'a=${process.pid} $(echo hi) {{a}}',
      '--stdout',
    ]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(
      '${process.exit(3)} <%= 1 %> ${process.pid} $(echo hi) {\\{a}} `rm -rf /`\n',
    );
  });

  it('--example-answers prints an answers file that, filled in, scaffolds', async () => {
    const r = await run(['scaffold', 'business-case', '--example-answers', '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      '# Which technology or service is this business case for? (a line of text; required)\nsubject: ""\n',
    );
    const filled = r.stdout
      .replace('subject: ""', 'subject: Werkplek')
      .replace('current_situation: ""', 'current_situation: Nu')
      .replace('proposed_approach: ""', 'proposed_approach: Straks')
      .replace('costs: ""', 'costs: Veel')
      .replace('benefits: ""', 'benefits: Meer')
      .replace('risks: ""', 'risks: Weinig');
    writeFileSync(join(dir, 'answers.yaml'), filled);
    const out = await run([
      'scaffold',
      'business-case',
      '--answers',
      'answers.yaml',
      '--lang',
      'en',
      '--stdout',
    ]);
    expect(out.stderr).toBe('');
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain(
      '## Timeline\n\n1. Needs analysis\n2. Tender preparation\n3. Tender procedure\n4. Contract implementation\n',
    );
  });
});

describe('inkoop scaffold: starters for the other commands', () => {
  it('the tender starter is a tender that `inkoop score` scores', async () => {
    const made = await run([
      'scaffold',
      'tender',
      '--answers',
      join(FIXTURES, 'tender.answers.yaml'),
    ]);
    expect(made.exitCode).toBe(0);
    // Its scores are placeholders (~): no winner until they are filled in, each one named.
    const open = await run(['score', 'tender.yaml', '--format', 'json']);
    expect(open.exitCode).toBe(2);
    expect(open.stdout).toBe('');
    expect(open.stderr.match(/heeft nog geen score voor/g)).toHaveLength(14);
    const path = join(dir, 'tender.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(': ~', ': 6'));
    const r = await run(['score', 'tender.yaml', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout) as {
      title: string;
      price_method: string;
      bids: { vendor: string }[];
    };
    expect(j.title).toBe('Cloudwerkplek 2026');
    expect(j.price_method).toBe('bounds');
    expect(j.bids.map((b) => b.vendor).sort()).toEqual(['Data: Centrum "Noord"', 'Wolk & Co B.V.']);
  });

  it('the costs starter is a costs file that `inkoop tco` computes', async () => {
    const made = await run([
      'scaffold',
      'costs',
      '--answers',
      join(FIXTURES, 'costs.answers.yaml'),
    ]);
    expect(made.exitCode).toBe(0);
    const r = await run(['tco', 'costs.yaml', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout) as { years: number; options: { name: string; total: number }[] };
    expect(j.years).toBe(6);
    // SaaS: 85,000 + 6 x 612,000 + 25,000; on-premise: 950,000 + 6 x (310,000 + 280,000.50) - 40,000.
    expect(j.options.map((o) => [o.name, o.total])).toEqual([
      ['SaaS', 3782000],
      ['On-premise', 4450003],
    ]);
  });

  it('--tco fills the cost sections of the strategy and the business case with the `inkoop tco` comparison', async () => {
    await run(['scaffold', 'costs', '--answers', join(FIXTURES, 'costs.answers.yaml')]);
    // What `inkoop tco` itself makes of the file: its comparison table, conclusion and threshold verdicts.
    const { readCostsFile, computeFile } = await import('../../src/input/costs.js');
    const { tcoMarkdown } = await import('../../src/tco/render.js');
    const result = computeFile(readCostsFile(join(dir, 'costs.yaml')).document, 'costs.yaml');
    const table = tcoMarkdown(result, 'nl').trimEnd();
    expect(table).toContain('| 1 | SaaS | 3.782.000,00 | 3.506.215,41 |');
    const r = await run([
      'scaffold',
      'strategy',
      '--answers',
      join(FIXTURES, 'strategy.answers.yaml'),
      '--tco',
      'costs.yaml',
    ]);
    expect(r.stderr).toContain('strategy.md geschreven');
    expect(r.exitCode).toBe(0);
    const doc = readFileSync(join(dir, 'strategy.md'), 'utf8');
    const section = doc.slice(
      doc.indexOf('## 4. Total cost of ownership (TCO)'),
      doc.indexOf('## 5. Risicoanalyse'),
    );
    expect(section).toBe(
      `## 4. Total cost of ownership (TCO)\n\n- Geraamde opdrachtwaarde (excl. btw): EUR 4.800.000,00\n\n${table}\n\n`,
    );
    expect(section).not.toContain('Over 6 jaar: SaaS EUR 4,1 mln');
    expect(section).toContain('SaaS is het goedkoopst: EUR 685.927,71 minder dan On-premise');
    const check = await run(['check', 'strategy.md', '--strict']);
    expect(check.exitCode).toBe(0);

    const en = await run([
      'scaffold',
      'business-case',
      '--answers',
      join(FIXTURES, 'business-case.answers.yaml'),
      '--tco',
      'costs.yaml',
      '--lang',
      'en',
      '--stdout',
    ]);
    expect(en.exitCode).toBe(0);
    const enTable = tcoMarkdown(result, 'en').trimEnd();
    expect(en.stdout).toContain(
      `## Costs\n\n- Budget requested (excl. VAT): EUR 4,800,000.00\n\n${enTable}\n\n## Expected benefits`,
    );
  });

  it('--tco with a broken costs file exits 2 naming the place', async () => {
    writeFileSync(
      join(dir, 'costs.yaml'),
      'years: 5\noptions:\n  - name: A\n    costs:\n      - { name: x, ammount: 5 }\n',
    );
    const r = await run([
      'scaffold',
      'strategy',
      '--answers',
      join(FIXTURES, 'strategy.answers.yaml'),
      '--tco',
      'costs.yaml',
    ]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^inkoop: costs\.yaml:5:\d+: /);
    expect(r.stderr).toContain('ammount');
    expect(existsSync(join(dir, 'strategy.md'))).toBe(false);
  });

  it('--criteria fills the evaluation criteria from a tender file', async () => {
    await run(['scaffold', 'tender', '--answers', join(FIXTURES, 'tender.answers.yaml')]);
    const r = await run([
      'scaffold',
      'evaluation',
      '--answers',
      join(FIXTURES, 'evaluation.answers.yaml'),
      '--criteria',
      'tender.yaml',
      '--stdout',
      '--lang',
      'en',
    ]);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const section = r.stdout.slice(
      r.stdout.indexOf('## Award criteria'),
      r.stdout.indexOf('## Evaluation'),
    );
    expect(section).toMatch(/^\| Criterion \| /m);
    expect(section).toContain('`functioneel`');
    expect(section).not.toContain('Technische geschiktheid (40%):');
    const missing = await run([
      'scaffold',
      'evaluation',
      '--answers',
      join(FIXTURES, 'evaluation.answers.yaml'),
      '--criteria',
      'geen.yaml',
    ]);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('geen.yaml');
  });

  it("--criteria with a tender that has lots: each lot's criteria under its own heading", async () => {
    const r = await run([
      'scaffold',
      'evaluation',
      '--answers',
      join(FIXTURES, 'evaluation.answers.yaml'),
      '--criteria',
      join(ROOT, 'examples', 'lots', 'tender.yaml'),
      '--stdout',
      '--lang',
      'en',
    ]);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const section = r.stdout.slice(
      r.stdout.indexOf('## Award criteria'),
      r.stdout.indexOf('## Evaluation'),
    );
    // The software lot has criteria of its own: none of them is left out.
    expect(section).toContain('### Lot: Werkplekken\n\n| Criterion |');
    expect(section).toContain('### Lot: Software en licenties\n\n| Criterion |');
    expect(section).toContain('| Functionele eisen | `functioneel` | 40 | 40% |');
  });
});
