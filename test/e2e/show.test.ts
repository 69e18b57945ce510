import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inkoop, ROOT, tempDir } from '../helpers.js';

const STACK = /\n\s+at .+:\d+:\d+/;
const ANSI = /\u001b\[/;
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

describe('inkoop show', () => {
  it('shows the Jurist guidance as plain text when piped, the same default as on a terminal', async () => {
    const piped = await inkoop(['show', '--role', 'jurist']);
    expect(piped.exitCode).toBe(0);
    expect(piped.stdout).toMatch(/^12\. Definieer je inkoopstrategie: Jurist\n/);
    expect(piped.stdout).not.toContain('**');
    expect(piped.stdout).toBe(
      (await inkoop(['show', '--role', 'jurist', '--format', 'terminal'])).stdout,
    );
  });

  it('shows the Jurist guidance as Markdown with --format markdown', async () => {
    const r = await inkoop(['show', '--role', 'jurist', '--format', 'markdown']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^# 12\. Definieer je inkoopstrategie: Jurist\n/);
    for (const text of [
      'Aanbestedingswet 2012',
      'AVG (Algemene Verordening Gegevensbescherming)',
      'Artikel X - Dataverwerking en Privacy',
      'conform AVG artikel 28.',
    ]) {
      expect(r.stdout).toContain(text);
    }
    expect(r.stdout).not.toMatch(/<\/?(div|span|button|h4)\b/);
  });

  it('renders for a terminal without literal Markdown markers', async () => {
    const r = await inkoop(['show', '--role', 'jurist', '--format', 'terminal']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      'Aanbestedingsrecht - Toets procedures op EU-richtlijnen 2014/24/EU',
    );
    expect(r.stdout).not.toContain('**');
    expect(r.stdout).not.toMatch(ANSI);
    const all = await inkoop(['show', '--format', 'terminal', '--lang', 'en']);
    expect(all.stdout).toContain('Value for tax money');
    expect(all.stdout).not.toContain('**');
  });

  it('colours only when asked and never against NO_COLOR or --no-color', async () => {
    const forced = await inkoop(['show', '--role', 'jurist', '--format', 'terminal'], {
      env: { FORCE_COLOR: '1' },
    });
    expect(forced.stdout).toMatch(ANSI);
    const noColor = await inkoop(['show', '--role', 'jurist', '--format', 'terminal'], {
      env: { FORCE_COLOR: '1', NO_COLOR: '1' },
    });
    expect(noColor.stdout).not.toMatch(ANSI);
    const flag = await inkoop(['--no-color', 'show', '--role', 'jurist', '--format', 'terminal'], {
      env: { FORCE_COLOR: '1' },
    });
    expect(flag.stdout).not.toMatch(ANSI);
  });

  it('shows the overview: summary, why, how, tools and roles', async () => {
    const r = await inkoop(['show', '--format', 'markdown']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      '> Je inkoopstrategie moet laten zien dat je commerciële en technologische aspecten hebt overwogen.',
    );
    expect(r.stdout).toContain('## Waarom is het belangrijk?');
    expect(r.stdout).toContain(
      '- **TCO Calculator** (ontwikkeling): Bereken Total Cost of Ownership',
    );
    expect(r.stdout).toContain('- Jurist (middel): `inkoop show inkoop --role jurist`');
  });

  it('accepts the principle by number and the roles by alias', async () => {
    const r = await inkoop(['show', '12', '--role', 'bestuurder', '--format', 'markdown']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('**Template business case:**');
    const buyer = await inkoop(['show', '--role', 'inkoopadviseur']);
    expect(buyer.stdout).toContain('Technische geschiktheid (40%):');
  });

  it('shows English content and says on stderr when a part exists only in Dutch', async () => {
    const overview = await inkoop(['show', '--lang', 'en', '--format', 'markdown']);
    expect(overview.exitCode).toBe(0);
    expect(overview.stdout).toMatch(/^# 12\. Define your purchasing strategy\n/);
    expect(overview.stdout).toContain('Condition of effective purchasing strategy');
    const role = await inkoop(['show', '--role', 'lawyer', '--format', 'markdown'], {
      env: { INKOOP_LANG: 'en' },
    });
    expect(role.exitCode).toBe(0);
    expect(role.stderr).toBe(
      'note: the English page has no guidance for the role "jurist"; showing the Dutch text\n',
    );
    expect(role.stdout).toMatch(/^# 12\. Define your purchasing strategy: Lawyer\n/);
    expect(role.stdout).toContain('Aanbestedingswet 2012');
  });

  it('gives JSON of the structured principle', async () => {
    const r = await inkoop(['show', '--format', 'json']);
    const data = JSON.parse(r.stdout);
    expect(data.tabs.map((t: { role: string }) => t.role)).toEqual([
      'beleidsmaker',
      'cxo',
      'projectleider',
      'developer',
      'jurist',
      'inkoper',
    ]);
    expect(data.cards).toHaveLength(4);
    expect(data.sections.map((s: { kind: string }) => s.kind)).toEqual([
      'why',
      'how',
      'tools',
      'related',
    ]);
    const role = JSON.parse(
      (await inkoop(['show', '--role', 'jurist', '--format', 'json'])).stdout,
    );
    expect(role).toMatchObject({ slug: 'inkoop', role: 'jurist', priority: 'medium', lang: 'nl' });
    expect(role.tab.templates[0].title).toBe('Template contractclausule');
  });
});

describe('mistakes', () => {
  it('an unknown role exits 2 with a suggestion and the valid names', async () => {
    const r = await inkoop(['show', '--role', 'jurst', '--lang', 'en']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^inkoop: unknown role "jurst" \(did you mean "jurist"\?\)\nRoles: beleidsmaker, cxo, projectleider, developer, jurist, inkoper/,
    );
    expect(r.stderr).not.toMatch(STACK);
    const nl = await inkoop(['show', '--role', 'jurst']);
    expect(nl.exitCode).toBe(2);
    expect(nl.stderr).toMatch(
      /^inkoop: onbekende rol "jurst" \(bedoel je "jurist"\?\)\nRollen: beleidsmaker, cxo, projectleider, developer, jurist, inkoper/,
    );
  });

  it('an unknown principle exits 2 with a suggestion', async () => {
    const r = await inkoop(['show', 'inkop', '--lang', 'en']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^inkoop: unknown principle "inkop" \(did you mean "inkoop"\?\)/);
    const nl = await inkoop(['show', 'inkop']);
    expect(nl.stderr).toMatch(/^inkoop: onbekend principe "inkop" \(bedoel je "inkoop"\?\)/);
  });

  it('a principle that is not bundled exits 1 and says where to read it', async () => {
    const r = await inkoop(['show', 'cloud', '--lang', 'en']);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(
      'principle 5 "Hanteer een cloud-gedreven strategie" is not bundled with inkoop; read it at https://minbzk.github.io/NeRDS/principes/cloud/',
    );
    const nl = await inkoop(['show', 'cloud']);
    expect(nl.exitCode).toBe(1);
    expect(nl.stderr).toContain(
      'principe 5 "Hanteer een cloud-gedreven strategie" zit niet bij inkoop; lees het op https://minbzk.github.io/NeRDS/principes/cloud/',
    );
  });

  it('a principle without guidance for the role exits 1', async () => {
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(join(dir, 'eigen'));
      writeFileSync(
        join(dir, 'eigen', 'index.md'),
        '---\ntitle: "20. Eigen"\n---\n# 20. Eigen\n\n## Hoe pas je het toe?\n\n=== "Inkoper"\n    Doe iets.\n',
      );
      const r = await inkoop(['show', 'eigen', '--role', 'jurist', '--content', dir]);
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toBe(
        'inkoop: principe "eigen" heeft geen aanwijzingen voor de rol Jurist\nRollen met aanwijzingen: inkoper\n',
      );
      const ok = await inkoop(['show', 'eigen', '--role', 'inkoper'], {
        env: { INKOOP_CONTENT: dir },
      });
      expect(ok.exitCode).toBe(0);
      expect(ok.stdout).toContain('Doe iets.');
    } finally {
      cleanup();
    }
  });

  it('bad options exit 2', async () => {
    expect((await inkoop(['show', '--format', 'pdf'])).exitCode).toBe(2);
    const lang = await inkoop(['show', '--lang', 'de']);
    expect(lang.exitCode).toBe(2);
    expect(lang.stderr).toBe('inkoop: --lang: onbekende taal "de"; kies nl of en\n');
    const flag = await inkoop(['show', '--rol', 'jurist']);
    expect(flag.exitCode).toBe(2);
    expect(flag.stderr).toContain("onbekende optie '--rol'");
    const cmd = await inkoop(['shwo']);
    expect(cmd.exitCode).toBe(2);
    expect(cmd.stderr).toContain('(bedoelde je show?)');
    expect((await inkoop(['show', '--content', '/nonexistent-folder'])).exitCode).toBe(2);
  });
});

describe('roles, principles, tools, help', () => {
  it('lists the roles, highest priority first', async () => {
    const r = await inkoop(['roles']);
    expect(r.exitCode).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .slice(4)
      .map((l) => l.split(/\s{2,}/)[0]);
    expect(lines).toEqual([
      'inkoper',
      'cxo',
      'projectleider',
      'beleidsmaker',
      'developer',
      'jurist',
    ]);
    const data = JSON.parse((await inkoop(['roles', '--format', 'json', '--lang', 'en'])).stdout);
    expect(data.roles[0]).toEqual({
      role: 'inkoper',
      name: 'Buyer',
      priority: 'high',
      guidance: false,
    });
  });

  it('lists all fourteen principles and where to read them', async () => {
    const data = JSON.parse((await inkoop(['principles', '--format', 'json'])).stdout);
    expect(data).toHaveLength(14);
    expect(data[11]).toEqual({
      number: 12,
      slug: 'inkoop',
      title: 'Definieer je inkoopstrategie',
      url: 'https://minbzk.github.io/NeRDS/principes/inkoop/',
      available: true,
    });
    expect(data.filter((p: { available: boolean }) => p.available)).toHaveLength(1);
    const table = await inkoop(['principles']);
    expect(table.stdout).toContain('inkoop show inkoop');
    expect(table.stdout).toContain('https://minbzk.github.io/NeRDS/principes/privacy/');
  });

  it('lists the action cards with status and link', async () => {
    const r = await inkoop(['tools', '--format', 'markdown']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      '| TCO Calculator | ontwikkeling | Bereken Total Cost of Ownership | - |',
    );
  });

  it('prints help with the exit codes, and the version', async () => {
    const help = await inkoop(['--help']);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('Afsluitcodes:');
    expect(help.stdout).toContain('130  onderbroken (Ctrl-C)');
    expect(help.stderr).toBe('');
    const v = await inkoop(['--version']);
    expect(v).toMatchObject({ exitCode: 0, stdout: `${version}\n` });
  });
});
