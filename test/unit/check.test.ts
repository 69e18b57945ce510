import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { translator } from '../../src/i18n/index.js';
import { parsePrinciple } from '../../src/content/parse.js';
import { resolveAnswers } from '../../src/scaffold/answers.js';
import {
  CHECK_ITEMS,
  checkStrategy,
  findPlaceholders,
  normalizeHeading,
} from '../../src/scaffold/check.js';
import { toTerminal } from '../../src/lib/rich.js';
import {
  checkJson,
  checkMarkdown,
  checkTable,
  checkView,
} from '../../src/scaffold/check-report.js';
import { fillTemplate } from '../../src/scaffold/fill.js';
import { parseTemplate } from '../../src/scaffold/template.js';
import type { CheckResult } from '../../src/scaffold/types.js';
import { ROOT } from '../helpers.js';

const read = (...p: string[]) => readFileSync(join(ROOT, ...p), 'utf8');
const strategyTemplate = parseTemplate(
  read('templates/strategy.md'),
  'templates/strategy.md',
  'strategy',
);
const answers = resolveAnswers(strategyTemplate, 'nl', {
  file: {
    values: parseYamlText(read('test/fixtures/scaffold/strategy.answers.yaml')),
    where: () => 'x',
  },
  today: '2026-11-23',
});
const strategyNl = fillTemplate(strategyTemplate, answers.answers, 'nl').text;
const strategyEn = fillTemplate(strategyTemplate, answers.answers, 'en').text;

const statuses = (r: CheckResult) => Object.fromEntries(r.items.map((i) => [i.id, i.status]));
const ALL_COVERED = Object.fromEntries(CHECK_ITEMS.map((i) => [i.id, 'covered']));

/** Removes the body of a `## heading` section, keeping the heading. */
function emptySection(doc: string, heading: string): string {
  const start = doc.indexOf(`${heading}\n`);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const bodyStart = start + heading.length + 1;
  const next = doc.indexOf('\n## ', bodyStart);
  return doc.slice(0, bodyStart) + '\n' + doc.slice(next + 1);
}

describe("the parts checked are the principle's", () => {
  const en = parsePrinciple(read('content/inkoop/index.en.md'), { slug: 'inkoop', lang: 'en' });
  const sub = (title: RegExp) =>
    en.sections.flatMap((s) => s.subsections).find((s) => title.test(s.title))!.markdown;

  it('the seven conditions, in order, as the English page names them', () => {
    const conditions = [...sub(/^Condition of effective/).matchAll(/\*\*(.+?)\*\*/g)].map((m) =>
      m[1]!.toLowerCase(),
    );
    expect(conditions).toEqual([
      'need analysis',
      'market exploration',
      'sourcing model',
      'total cost of ownership',
      'risk analysis',
      'contract strategy',
      'exit strategy',
    ]);
    const ours = CHECK_ITEMS.filter((i) => i.kind === 'condition').map((i) =>
      translator('en')(i.label).toLowerCase(),
    );
    // The page says "Need Analysis"; the usual English is "needs analysis".
    expect(ours).toEqual(['needs analysis', ...conditions.slice(1)]);
  });

  it('the six evaluation questions, word for word', () => {
    const questions = sub(/^Evaluation of your purchasing strategy/)
      .split('\n')
      .map((l) => l.replace(/^- /, '').trim())
      .filter(Boolean);
    expect(
      CHECK_ITEMS.filter((i) => i.kind === 'question').map((i) => translator('en')(i.label)),
    ).toEqual(questions);
  });
});

describe('checkStrategy', () => {
  it('accepts the strategy that `inkoop scaffold strategy` makes, in Dutch and in English', () => {
    for (const doc of [strategyNl, strategyEn]) {
      const r = checkStrategy(doc, { strict: true });
      expect(statuses(r)).toEqual(ALL_COVERED);
      expect(r.placeholders).toEqual([]);
      expect(r.ok).toBe(true);
    }
    const exit = checkStrategy(strategyNl).items.find((i) => i.id === 'exit-strategy')!;
    expect(exit.matches[0]).toEqual({
      heading: '7. Exitstrategie',
      line: strategyNl.split('\n').indexOf('## 7. Exitstrategie') + 1,
      kind: 'heading',
      status: 'covered',
    });
  });

  it('reports a section left empty, and a heading that is gone as missing', () => {
    const empty = emptySection(strategyNl, '## 7. Exitstrategie');
    const r = checkStrategy(empty);
    expect(statuses(r)).toEqual({ ...ALL_COVERED, 'exit-strategy': 'empty', exit: 'empty' });
    expect(r.ok).toBe(false);
    expect(r.summary).toEqual({ covered: 11, placeholder: 0, empty: 2, missing: 0 });

    const gone = emptySection(strategyEn, '## 5. Risk analysis').replace(
      '## 5. Risk analysis\n',
      '',
    );
    expect(statuses(checkStrategy(gone))['risk-analysis']).toBe('missing');
  });

  it('treats label lines without a value and HTML comments as empty', () => {
    const doc =
      '## Contractstrategie\n\n- Looptijd:\n- Verlengingsopties: \n<!-- vul in -->\n\n## Exitstrategie\n\n<!--\nlater\n-->\n';
    const r = statuses(checkStrategy(doc));
    expect(r['contract-strategy']).toBe('empty');
    expect(r['exit-strategy']).toBe('empty');
  });

  it('finds placeholders and fails on them only with --strict', () => {
    const doc = strategyNl
      .replace('Data in open formaten', 'Data in [formaat]')
      .replace('- Kostenbesparing: 12,5%', '- Kostenbesparing: X%');
    const loose = checkStrategy(doc);
    expect(loose.ok).toBe(true);
    expect(statuses(loose)['exit-strategy']).toBe('placeholder');
    expect(loose.placeholders.map((p) => p.text)).toEqual(['[formaat]', 'X%']);
    const strict = checkStrategy(doc, { strict: true });
    expect(strict.ok).toBe(false);
  });

  it("reads the principle's own strategy template as mostly missing, with its placeholders", () => {
    const nl = parsePrinciple(read('content/inkoop/index.md'), { slug: 'inkoop', lang: 'nl' });
    const raw = nl.tabs
      .find((t) => t.role === 'inkoper')!
      .templates.find((t) => /inkoopstrategie/i.test(t.title))!.text;
    const r = checkStrategy(raw, { strict: true });
    expect(statuses(r)).toMatchObject({
      'sourcing-model': 'placeholder',
      'contract-strategy': 'placeholder',
      'exit-strategy': 'missing',
      'needs-analysis': 'missing',
    });
    expect(r.placeholders.map((p) => p.text)).toEqual([
      '[ICT-diensten/Software/Hardware]',
      '€X',
      '[Aantal, diversiteit]',
      '[Kostenstijging, kwaliteit, flexibiliteit]',
      '[Centraal/decentraal, bundeling]',
      '[Enkelvoudig/meervoudig, MKB-betrokkenheid]',
      '[Looptijd, verlengingsopties]',
      'X%',
      "[Specifieke KPI's]",
      '[Leveranciersdiversificatie]',
    ]);
    expect(r.ok).toBe(false);
  });

  it('matches headings written by hand, loosely, in either language', () => {
    const doc = [
      'Purchasing strategy',
      '===================',
      '',
      'User needs',
      '----------',
      'Staff need a modern workplace.',
      '',
      '**Market research:**',
      'We spoke to five vendors.',
      '',
      '### Sourcing',
      'SaaS, bought jointly.',
      '',
      '## Life-cycle costs',
      '| year | cost |',
      '| --- | --- |',
      '| 1 | 10 |',
      '',
      '## RISICO’S',
      '- Lock-in, mitigated by open standards.',
      '',
      'Contracting:',
      'Four years with options.',
      '',
      '## Exit-plan',
      'Export to open formats.',
      '',
      '- **Innovation**: functional specifications leave room for new providers.',
      '- Duurzaamheid: MVI-criteria.',
      '',
      '## Wet- en regelgeving',
      'Aanbestedingswet 2012.',
    ].join('\n');
    const r = checkStrategy(doc, { strict: true });
    expect(statuses(r)).toEqual(ALL_COVERED);
  });

  it('ignores headings and placeholders inside code blocks', () => {
    const doc = '```\n## Exitstrategie\n[Technologie]\n```\n';
    const r = checkStrategy(doc, { strict: true });
    expect(statuses(r)['exit-strategy']).toBe('missing');
    expect(r.placeholders).toEqual([]);
  });

  it('does not take the document title or neighbouring words for a part', () => {
    const doc =
      '# Inkoop van risicobeheersoftware\n\n## Verwachte resultaten\n\n- Risicoreductie: spreiding\n- Kostenbesparing: 10%\n- Geraamde contractwaarde: EUR 10\n\n## Legal and policy requirements\n\nAVG.\n';
    const r = statuses(checkStrategy(doc));
    expect(r['risk-analysis']).toBe('missing');
    expect(r['total-cost-of-ownership']).toBe('missing');
    expect(r['contract-strategy']).toBe('missing');
    expect(r['needs-analysis']).toBe('missing');
    expect(r['legal-policy']).toBe('covered');
  });
});

describe('helpers', () => {
  it('normalizes headings', () => {
    expect(normalizeHeading('3. Sourcing-model')).toBe('sourcing model');
    expect(normalizeHeading('**4.2 Total Cost of Ownership (TCO)**')).toBe(
      'total cost of ownership tco',
    );
    expect(normalizeHeading("Risico's en mitigatie")).toBe('risicos en mitigatie');
    expect(normalizeHeading('Wet- en regelgeving')).toBe('wet en regelgeving');
    expect(normalizeHeading('Marktoriëntatie')).toBe('marktorientatie');
  });

  it('finds placeholders but not links, task boxes, footnotes or code', () => {
    const p = (s: string) => findPlaceholders(s, 1).map((x) => x.text);
    expect(
      p(
        '[Technologie/Service] en [link](https://x) en [ref][1] en [^1] en [x] en [ ] en ![img](a.png)',
      ),
    ).toEqual(['[Technologie/Service]']);
    expect(p('Uitgaven: €X, EUR X, X % en {{ key }}; TODO en TBD en nader te bepalen')).toEqual([
      '€X',
      'EUR X',
      'X %',
      '{{ key }}',
      'TODO',
      'TBD',
      'nader te bepalen',
    ]);
    expect(p('`[niet]` en `{{niet}}`')).toEqual([]);
    expect(p('Xavier, X-ray, 10%')).toEqual([]);
  });
});

describe('the report', () => {
  const failing = checkStrategy(emptySection(strategyNl, '## 7. Exitstrategie'), { strict: true });

  it('as a table per language', () => {
    const nl = checkTable(failing, 'strategy.md', 'nl');
    expect(nl).toContain('Voorwaarden voor een effectieve inkoopstrategie');
    expect(nl).toMatch(/7 {2}Exitstrategie +leeg +r\. \d+: 7\. Exitstrategie/);
    expect(nl).toContain(
      // Exitstrategie is both a condition and a question: one part, counted once (9 + 1 = 10 parts).
      'Resultaat (elk onderdeel één keer geteld): 9 gedekt, 0 met plaatshouder, 1 leeg, 0 ontbreken; 0 plaatshouders in het document — niet in orde (--strict: plaatshouders tellen als fout)',
    );
    // The verb agrees with the number: one part missing, then two.
    const withoutExit = strategyNl.replace(/^## 7\. Exitstrategie[\s\S]*?(?=^## )/m, '');
    expect(checkTable(checkStrategy(withoutExit), 's.md', 'nl')).toContain(', 1 ontbreekt;');
    const withoutTwo = withoutExit.replace(/^## 1\. Behoefteanalyse[\s\S]*?(?=^## )/m, '');
    expect(checkTable(checkStrategy(withoutTwo), 's.md', 'nl')).toContain(', 2 ontbreken;');
    const en = checkTable(checkStrategy('# x\n'), 'x.md', 'en');
    expect(en).toContain('add a heading such as "## Exit strategy"');
  });

  it('as Markdown with tables', () => {
    const md = checkMarkdown(failing, 'strategy.md', 'en');
    expect(md).toContain('| # | Part | Status | Where |');
    expect(md).toMatch(/\| 7 \| Exit strategy \| empty \| line \d+: 7\\\. Exitstrategie \|/);
  });

  it('names each failing part once, in words, with a plural that agrees', () => {
    const one = checkView(failing, 'strategy.md', 'nl');
    expect(toTerminal(one.failure!)).toBe(
      'strategy.md: de strategie is onvolledig: 1 onderdeel is leeg (Exitstrategie)',
    );
    const two = checkView(
      checkStrategy(
        emptySection(emptySection(strategyNl, '## 7. Exitstrategie'), '## 5. Risicoanalyse'),
      ),
      'strategy.md',
      'en',
    );
    expect(toTerminal(two.failure!)).toBe(
      'strategy.md: the strategy is incomplete: 2 parts are empty (Risk analysis and Exit strategy)',
    );
    const none = checkView(checkStrategy('# x\n'), 'x.md', 'nl');
    expect(toTerminal(none.failure!)).toMatch(
      /^x\.md: de strategie is onvolledig: 10 onderdelen ontbreken \(Behoefteanalyse, Marktverkenning, .* en Wet- en regelgeving\)$/,
    );
    expect(checkView(checkStrategy(strategyNl), 'ok.md', 'nl').failure).toBeNull();
  });

  it('escapes headings and placeholders from the document in every form', () => {
    const doc = strategyNl.replace(
      '## 7. Exitstrategie',
      '## 7. Exitstrategie \u001b[31m<img src=x onerror=alert(1)> [a](javascript:b) | x',
    );
    const r = checkStrategy(doc);
    const text = checkTable(r, 'evil\u202e.md', 'en');
    expect(text).not.toMatch(/[\u001b\u202e]/);
    expect(text).toContain('\\x1b[31m');
    expect(text).toContain('evil\\u202e.md');
    const md = checkMarkdown(r, 'evil\u202e.md', 'en');
    expect(md).not.toMatch(/[\u001b\u202e]/);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('](javascript');
    const row = md.split('\n').find((l) => l.startsWith('| 7 |'))!;
    // The heading's "|" is escaped: the row keeps its four cells.
    expect(row.split(/(?<!\\)\|/).length).toBe(6);
  });

  it('as JSON with stable keys and English statuses', () => {
    const j = checkJson(failing, 'strategy.md', 'nl') as {
      ok: boolean;
      summary: unknown;
      items: { id: string; kind: string; label: string; status: string }[];
    };
    expect(Object.keys(j)).toEqual(['file', 'ok', 'strict', 'summary', 'items', 'placeholders']);
    expect(j.ok).toBe(false);
    expect(j.items).toHaveLength(13);
    expect(j.items[6]).toMatchObject({
      id: 'exit-strategy',
      kind: 'condition',
      label: 'Exitstrategie',
      status: 'empty',
    });
  });
});
