import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setRunLang } from '../../src/i18n/index.js';
import { PageError, parsePrinciple, sectionKind } from '../../src/content/parse.js';
import {
  absoluteLinks,
  renderOverview,
  renderRole,
  shiftHeadings,
  sortedRoles,
} from '../../src/content/render.js';
import { roleKey, ROLE_KEYS } from '../../src/content/roles.js';
import { stripInlineHtml, parseActionCards } from '../../src/content/html.js';
import { ROOT } from '../helpers.js';

// These tests read the English messages (the run's language decides; Dutch is the default).
beforeAll(() => setRunLang('en'));
afterAll(() => setRunLang('nl'));

const nl = parsePrinciple(readFileSync(join(ROOT, 'content/inkoop/index.md'), 'utf8'), {
  slug: 'inkoop',
  lang: 'nl',
});
const en = parsePrinciple(readFileSync(join(ROOT, 'content/inkoop/index.en.md'), 'utf8'), {
  slug: 'inkoop',
  lang: 'en',
});

describe('bundled principle 12 (Dutch)', () => {
  it('reads the front matter', () => {
    expect(nl.title).toBe('12. Definieer je inkoopstrategie');
    expect(nl.number).toBe(12);
    expect(nl.summary).toContain('commerciële en technologische aspecten');
    expect(nl.relations).toEqual(['duurzaamheid', 'cloud', 'open-source']);
    expect(nl.roles).toEqual([
      { role: 'inkoper', priority: 'high' },
      { role: 'cxo', priority: 'high' },
      { role: 'projectleider', priority: 'high' },
      { role: 'beleidsmaker', priority: 'medium' },
      { role: 'developer', priority: 'medium' },
      { role: 'jurist', priority: 'medium' },
    ]);
  });

  it('splits the sections and knows their kind', () => {
    expect(nl.sections.map((s) => [s.title, s.kind])).toEqual([
      ['Waarom is het belangrijk?', 'why'],
      ['Hoe pas je het toe?', 'how'],
      ['Gerelateerde hulpmiddelen', 'tools'],
      ['Gerelateerde principes', 'related'],
    ]);
    expect(nl.sections[0]!.markdown).toContain('**Waarde voor belastinggeld**');
    expect(nl.intro).toMatch(/^Een goed doordachte inkoopstrategie/);
  });

  it('reads the action cards out of the HTML block', () => {
    expect(nl.cards.map((c) => [c.name, c.status, c.link !== null])).toEqual([
      ['MVI-criteria', 'beschikbaar', true],
      ['TCO Calculator', 'ontwikkeling', false],
      ['Inkoopkompas', 'beschikbaar', true],
      ['Algoritmekader', 'beschikbaar', true],
    ]);
    expect(nl.cards[1]).toMatchObject({
      description: 'Bereken Total Cost of Ownership',
      action: 'Berekenen',
      link: null,
    });
  });

  it('maps the six role tabs to role keys', () => {
    expect(nl.tabs.map((t) => [t.title, t.role])).toEqual([
      ['Beleidsmaker', 'beleidsmaker'],
      ['CXO/Bestuurder', 'cxo'],
      ['Projectleider', 'projectleider'],
      ['Developer', 'developer'],
      ['Jurist', 'jurist'],
      ['Inkoper', 'inkoper'],
    ]);
  });

  it('splits a tab into labelled parts and templates', () => {
    const jurist = nl.tabs.find((t) => t.role === 'jurist')!;
    expect(jurist.heading).toBe('Juridische compliance in inkoop');
    expect(jurist.parts.map((p) => p.title)).toEqual([
      'Stappen',
      'Belangrijke overwegingen',
      'Template contractclausule',
      'Belangrijke wet- en regelgeving',
    ]);
    expect(jurist.templates).toHaveLength(1);
    expect(jurist.templates[0]!.text).toMatch(/^Artikel X - Dataverwerking en Privacy\n/);
    expect(jurist.templates[0]!.text).toContain('conform AVG artikel 28.');
    const inkoper = nl.tabs.find((t) => t.role === 'inkoper')!;
    expect(inkoper.templates.map((t) => t.title)).toEqual([
      'Template evaluatiecriteria',
      'Template inkoopstrategie',
    ]);
    expect(inkoper.templates[0]!.text).toContain('Technische geschiktheid (40%):');
    // Tab bodies are de-indented: the template's own indentation is kept relative.
    expect(jurist.markdown).toContain(
      '\n1. Leverancier verwerkt persoonsgegevens uitsluitend ten behoeve van\n   de uitvoering',
    );
  });

  it('reads the related principles', () => {
    expect(nl.related).toEqual([
      {
        number: 3,
        title: 'Werk transparant en gebruik open source',
        slug: 'open-source',
        href: '../open-source/index.md',
      },
      {
        number: 5,
        title: 'Hanteer een cloud-gedreven strategie',
        slug: 'cloud',
        href: '../cloud/index.md',
      },
      {
        number: 13,
        title: 'Maak je technologie duurzaam',
        slug: 'duurzaamheid',
        href: '../duurzaamheid/index.md',
      },
    ]);
  });

  it('renders no raw HTML', () => {
    const md = renderOverview(nl, 'nl');
    expect(md).not.toMatch(/<\/?(div|span|h3|h4|p|a|button|strong)\b/);
    expect(md).toContain('- **TCO Calculator** (ontwikkeling): Bereken Total Cost of Ownership');
    expect(md).toContain('`inkoop show inkoop --role jurist`');
    expect(md).toContain('(https://minbzk.github.io/NeRDS/principes/cloud/)');
  });
});

describe('bundled principle 12 (English)', () => {
  it('has the corrected title and an English summary', () => {
    expect(en.title).toBe('12. Define your purchasing strategy');
    expect(en.summary).toMatch(/^Your purchasing strategy/);
    expect(en.summary).not.toMatch(/Ã|commerciële/);
  });

  it('has no role tabs but the subsections the Dutch page lacks', () => {
    expect(en.tabs).toEqual([]);
    const how = en.sections.find((s) => s.kind === 'how')!;
    expect(how.subsections.map((s) => s.title)).toEqual([
      'Condition of effective purchasing strategy',
      'Key considerations in developing your strategy',
      'Best practices for technology procurement',
      'Challenges and solutions',
      'Evaluation of your purchasing strategy',
    ]);
    expect(how.subsections[0]!.markdown).toContain(
      '4. **Total cost of ownership**: Evaluate all lifecycle costs',
    );
    expect(en.cards.map((c) => c.statusLabel)).toEqual([
      'available',
      'Development',
      'available',
      'available',
    ]);
  });
});

describe('roles', () => {
  it.each([
    ['jurist', 'jurist'],
    ['Jurist', 'jurist'],
    ['bestuurder', 'cxo'],
    ['CXO/Bestuurder', 'cxo'],
    ['ontwikkelaar', 'developer'],
    ['inkoopadviseur', 'inkoper'],
    ['policy-maker', 'beleidsmaker'],
    ['executive', 'cxo'],
    ['project-manager', 'projectleider'],
    ['project manager', 'projectleider'],
    ['lawyer', 'jurist'],
    ['buyer', 'inkoper'],
    ['Voor beleidsmakers', 'beleidsmaker'],
  ])('%s means %s', (name, key) => {
    expect(roleKey(name)).toBe(key);
  });

  it('knows no other roles', () => {
    expect(roleKey('architect')).toBeNull();
    expect(roleKey('')).toBeNull();
  });

  it('sorts by priority, keeping the page order within a priority', () => {
    expect(sortedRoles(nl).map((r) => r.role)).toEqual([
      'inkoper',
      'cxo',
      'projectleider',
      'beleidsmaker',
      'developer',
      'jurist',
    ]);
    expect(ROLE_KEYS).toHaveLength(6);
  });
});

describe('messy pages', () => {
  const messy = [
    '---',
    'title: "99. Test"',
    'roles:',
    '  - jurist: low',
    '  - architect: high',
    '  - developer: urgent',
    '---',
    '',
    '# 99. Test',
    '',
    'Intro with <span class="x">inline</span> HTML and <https://example.org>.',
    '',
    '## Hoe pas je het toe?',
    '',
    '<div class="direct-aan-de-slag">',
    '    <div class="action-cards">',
    '        <div class="action-card">',
    '            <span class="wip-badge wip-badge-concept">concept</span>',
    '            <h4>Tool &amp; Co</h4>',
    '            <p>Does things</p>',
    '            <button id="open">Open</button>',
    '        </div>',
    '        <div id="m" class="cluster-modal">',
    '            <form><label>Naam</label></form>',
    '            <div class="code">',
    '',
    '# Not a heading',
    '',
    '</div>',
    '        </div>',
    '    </div>',
    '</div>',
    '<script>',
    'document.write("<div>");',
    '</script>',
    '',
    '!!! tip "Voor juristen"',
    '    **Let op** de AVG.',
    '',
    '=== "Jurist"',
    '    ### Recht',
    '',
    '    **Stappen:**',
    '    1. Toets',
    '',
    '## Iets anders',
    '',
    'Tekst.',
  ].join('\n');
  const p = parsePrinciple(messy, { slug: 'test', lang: 'nl' });

  it('skips HTML blocks whole, including dialogs, forms, scripts and column-0 closers', () => {
    expect(p.sections.map((s) => s.title)).toEqual(['Hoe pas je het toe?', 'Iets anders']);
    expect(p.cards).toEqual([
      {
        name: 'Tool & Co',
        description: 'Does things',
        status: 'concept',
        statusLabel: 'concept',
        link: null,
        action: 'Open',
      },
    ]);
    const all = renderOverview(p, 'nl');
    expect(all).not.toContain('Not a heading');
    expect(all).not.toContain('document.write');
    expect(all).not.toMatch(/<span|<div|<form/);
    expect(all).toContain('<https://example.org>');
  });

  it('turns admonitions into Markdown and keeps only known roles and priorities', () => {
    expect(p.sections[0]!.markdown).toContain('**Voor juristen**');
    expect(p.sections[0]!.markdown).toContain('**Let op** de AVG.');
    expect(p.roles).toEqual([{ role: 'jurist', priority: 'low' }]);
    expect(p.tabs[0]).toMatchObject({ role: 'jurist', heading: 'Recht' });
  });

  it('reads front matter with CRLF line ends, and names broken front matter with its line in the page', () => {
    const crlf = parsePrinciple(
      '---\r\ntitle: "3. Een titel"\r\nrelations:\r\n  - cloud\r\n---\r\nText.\r\n',
      { slug: 'x', lang: 'nl' },
    );
    expect(crlf).toMatchObject({ title: '3. Een titel', number: 3, relations: ['cloud'] });
    expect(crlf.intro).toBe('Text.');
    const broken = (text: string) => {
      try {
        parsePrinciple(text, { slug: 'x', lang: 'nl' });
      } catch (err) {
        expect(err).toBeInstanceOf(PageError);
        const problem = (err as PageError).problem;
        return [
          (err as PageError).line,
          problem.kind === 'frontMatter' ? problem.reason : problem.kind,
        ];
      }
      return 'no error';
    };
    expect(broken('---\ntitle: A\ntitle: B\n---\n')).toEqual([3, expect.stringMatching(/unique/i)]);
    expect(broken('---\ntitle: [unclosed\n---\nText\n')).toEqual([
      expect.any(Number),
      expect.stringMatching(/^invalid YAML/),
    ]);
    expect(broken('---\ntitle: A\n')).toEqual([1, 'frontMatterOpen']);
  });

  it('copes with a page without front matter or sections', () => {
    const bare = parsePrinciple('Just text.', { slug: 'bare', lang: 'en' });
    expect(bare).toMatchObject({
      title: '',
      number: null,
      roles: [],
      sections: [],
      tabs: [],
      cards: [],
    });
    expect(bare.intro).toBe('Just text.');
  });
});

describe('helpers', () => {
  it('classifies section titles in both languages', () => {
    expect(sectionKind('Why is it important?')).toBe('why');
    expect(sectionKind('How do you apply it?')).toBe('how');
    expect(sectionKind('Related Guidelines')).toBe('related');
    expect(sectionKind('Related Tools')).toBe('tools');
    expect(sectionKind('Gerelateerde standaarden')).toBe('standards');
    expect(sectionKind('Voorbeelden')).toBe('other');
  });

  it('shifts headings outside code fences only', () => {
    expect(shiftHeadings('### A\n```\n### code\n```\n#### B', 2)).toBe(
      '## A\n```\n### code\n```\n### B',
    );
  });

  it('strips inline tags but keeps autolinks and code spans', () => {
    expect(stripInlineHtml('a <b>bold</b> `<div>` <https://x.nl> <br/>c')).toBe(
      'a bold `<div>` <https://x.nl>   \nc',
    );
  });

  it('turns links between principle pages into web addresses', () => {
    expect(absoluteLinks('[x](../cloud/index.md) [y](../unknown/index.md)')).toBe(
      '[x](https://minbzk.github.io/NeRDS/principes/cloud/) [y](../unknown/index.md)',
    );
  });

  it('ignores cards without a name', () => {
    expect(parseActionCards('<div class="action-card"><p>nameless</p></div>')).toEqual([]);
  });

  it('renders a role with its priority and templates', () => {
    const md = renderRole(nl, nl.tabs.find((t) => t.role === 'cxo')!, 'en', 'cxo');
    expect(md).toMatch(
      /^# 12\. Definieer je inkoopstrategie: CXO\/Executive\n\n_Priority for this role: high_\n\n## Strategische inkoopgovernance/,
    );
    expect(md).toContain('**Template business case:**');
  });
});

describe('safeLinks', () => {
  it('keeps http, https and mailto links and makes others text', async () => {
    const { safeLinks } = await import('../../src/content/links.js');
    expect(safeLinks('[a](https://x.nl/a) [b](javascript:alert(1)) [c](mailto:c@x.nl)')).toBe(
      '[a](https://x.nl/a) b [c](mailto:c@x.nl)',
    );
    expect(safeLinks('[a [nested]](JavaScript:x "t") [d](DATA:text/html,x)')).toBe('a [nested] d');
    expect(safeLinks('<javascript:alert(1)> <https://x.nl>')).toBe(
      'javascript\\:alert\\(1\\) <https://x.nl>',
    );
    expect(safeLinks('[ref]: javascript:x\n[ok]: https://x.nl')).toBe(
      '\\[ref]: javascript:x\n[ok]: https://x.nl',
    );
  });

  it('resolves relative links against the page address, or makes them text', async () => {
    const { safeLinks } = await import('../../src/content/links.js');
    const base = 'https://minbzk.github.io/NeRDS/principes/inkoop/';
    expect(safeLinks('[pdf](../../assets/a.pdf)', base)).toBe(
      '[pdf](https://minbzk.github.io/NeRDS/assets/a.pdf)',
    );
    expect(safeLinks('[pdf](../../assets/a.pdf)')).toBe('pdf');
    expect(safeLinks('[x](//evil.example/a)', base)).toBe('x');
  });

  it('turns images into their alt text and address, as text', async () => {
    const { safeLinks } = await import('../../src/content/links.js');
    expect(safeLinks('![logo](https://t.example/p.png) ![](x.png)')).toBe(
      'logo (https\\://t.example/p.png) (x.png)',
    );
    expect(safeLinks('[![b](https://t.example/b.svg)](https://x.nl)')).toBe(
      '[b (https\\://t.example/b.svg)](https://x.nl)',
    );
  });

  it('leaves code alone', async () => {
    const { safeLinks } = await import('../../src/content/links.js');
    const code = '```\n[b](javascript:x)\n```\n`[c](javascript:y)`';
    expect(safeLinks(code)).toBe(code);
  });
});
