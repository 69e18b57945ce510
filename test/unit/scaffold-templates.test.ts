/** The bundled templates: complete in both languages, fillable from an answers file, and true to principle 12. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { parsePrinciple } from '../../src/content/parse.js';
import { answersFileSchema, missingFields, resolveAnswers } from '../../src/scaffold/answers.js';
import { findPlaceholders } from '../../src/scaffold/check.js';
import { fillTemplate } from '../../src/scaffold/fill.js';
import { defaultFor, parseTemplate, templateName } from '../../src/scaffold/template.js';
import type { Answers, Template } from '../../src/scaffold/types.js';
import { ROOT } from '../helpers.js';

const TODAY = '2026-11-23';
const read = (...p: string[]) => readFileSync(join(ROOT, ...p), 'utf8');

const templates: Template[] = readdirSync(join(ROOT, 'templates'))
  .flatMap((name) => {
    const t = templateName(name);
    return t
      ? [parseTemplate(read('templates', name), `templates/${name}`, t.kind, t.extension)]
      : [];
  })
  .sort((a, b) => a.kind.localeCompare(b.kind));
const byKind = (kind: string) => templates.find((t) => t.kind === kind)!;

function fixture(kind: string): Answers {
  const values = answersFileSchema.parse(
    parseYamlText(read('test/fixtures/scaffold', `${kind}.answers.yaml`)),
  );
  const r = resolveAnswers(byKind(kind), 'nl', {
    file: { values, where: (k) => `${kind}.answers.yaml: ${k}` },
    today: TODAY,
  });
  expect(r.errors).toEqual([]);
  return r.answers;
}

function withDefaults(t: Template, lang: 'nl' | 'en', extra: Answers = {}): Answers {
  const a: Answers = {};
  for (const f of t.fields) {
    const d = defaultFor(f, lang, TODAY);
    if (d !== undefined) a[f.key] = d;
  }
  return { ...a, ...extra };
}

const nlPage = parsePrinciple(read('content/inkoop/index.md'), { slug: 'inkoop', lang: 'nl' });
function principleTemplate(role: string, title: RegExp): string {
  const tab = nlPage.tabs.find((t) => t.role === role)!;
  return tab.templates.find((t) => title.test(t.title))!.text;
}

describe('bundled templates', () => {
  it('are the kinds the issue asks for', () => {
    expect(templates.map((t) => `${t.kind}.${t.extension}`)).toEqual(
      expect.arrayContaining([
        'business-case.md',
        'contract-clause.md',
        'costs.yaml',
        'evaluation.md',
        'project-plan.md',
        'strategy.md',
        'tender.yaml',
      ]),
    );
  });

  it.each(templates.map((t) => [t.kind, t] as const))(
    '%s has every text in Dutch and English',
    (_kind, t) => {
      expect(t.bodies.nl?.length).toBeGreaterThan(0);
      expect(t.bodies.en?.length).toBeGreaterThan(0);
      const texts = [
        t.title,
        t.description,
        ...t.fields.flatMap((f) => [
          f.question,
          ...(f.help ? [f.help] : []),
          ...f.choices.map((c) => c.label),
        ]),
      ];
      for (const x of texts) {
        expect(x.nl.trim()).not.toBe('');
        expect(x.en.trim()).not.toBe('');
      }
      // Questions are really translated, not copied.
      const same = t.fields.filter((f) => f.question.nl === f.question.en).map((f) => f.key);
      expect(same).toEqual([]);
    },
  );

  it.each(templates.map((t) => [t.kind, t] as const))(
    '%s is filled completely from a complete answers file, in both languages',
    (kind, t) => {
      const answers = fixture(kind);
      // The fixture answers every field, required or not.
      expect(Object.keys(answers).sort()).toEqual(t.fields.map((f) => f.key).sort());
      for (const lang of ['nl', 'en'] as const) {
        const { text } = fillTemplate(t, answers, lang);
        expect(text).not.toMatch(/\{\{/);
        if (t.mode === 'text') expect(findPlaceholders(text, 1)).toEqual([]);
        else expect(() => parseYamlText(text)).not.toThrow();
      }
    },
  );

  it.each(templates.filter((t) => t.mode === 'text').map((t) => [t.kind, t] as const))(
    '%s with empty optional fields leaves no empty label lines',
    (_kind, t) => {
      const answers = fixture(t.kind);
      for (const f of t.fields) if (!f.required) delete answers[f.key];
      const { text } = fillTemplate(t, answers, 'nl');
      expect(text).not.toMatch(/^\s*- [^:\n]+:\s*$/m);
      expect(text).not.toMatch(/\n\n\n/);
    },
  );
});

describe("true to the principle's templates", () => {
  it("the contract clause with its defaults is the principle's clause", () => {
    const t = byKind('contract-clause');
    const ours = fillTemplate(t, withDefaults(t, 'nl', { article: 'X' }), 'nl').text;
    const principle = principleTemplate('jurist', /contractclausule/i);
    // Only differences: a Markdown heading, and "Leverancier" as the defined term throughout.
    expect(ours.replace(/^# /, '').trimEnd()).toBe(
      principle.replace('meldt leverancier', 'meldt Leverancier').trimEnd(),
    );
  });

  it("the project plan with its defaults has the principle's four phases and activities", () => {
    const t = byKind('project-plan');
    const ours = fillTemplate(
      t,
      withDefaults(t, 'nl', { project: 'P', acceptance: 'A' }),
      'nl',
    ).text;
    const phases = ours
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => l.replace(/^## /, ''));
    const from = phases.findIndex((l) => l.startsWith('Fase 1'));
    const principle = principleTemplate('projectleider', /projectplan/i)
      .split('\n')
      .filter((l) => l.trim() !== '');
    expect(phases.slice(from, from + principle.length)).toEqual(principle);
  });

  it("the evaluation criteria default is the principle's model, word for word", () => {
    const t = byKind('evaluation');
    const criteria = t.fields.find((f) => f.key === 'criteria')!;
    expect(criteria.default.nl).toBe(principleTemplate('inkoper', /evaluatiecriteria/i).trimEnd());
    expect(criteria.fill).toBe('criteria');
  });

  it('the strategy follows the principle: current situation, seven conditions, considerations, timeline Q1-Q4, expected results', () => {
    const t = byKind('strategy');
    const text = fillTemplate(t, fixture('strategy'), 'en').text;
    const headings = text.split('\n').filter((l) => /^## /.test(l));
    expect(headings).toEqual([
      '## Current situation',
      '## 1. Needs analysis',
      '## 2. Market exploration',
      '## 3. Sourcing model',
      '## 4. Total cost of ownership (TCO)',
      '## 5. Risk analysis',
      '## 6. Contract strategy',
      '## 7. Exit strategy',
      '## Considerations',
      '## Competition and innovation',
      '## Sustainability and social value',
      '## Legal and policy requirements',
      '## Timeline',
      '## Expected results',
    ]);
    // The seven considerations of the English page, in its order.
    const considerations = text
      .slice(text.indexOf('## Considerations'), text.indexOf('## Competition'))
      .match(/^- [^:]+/gm);
    expect(considerations).toEqual([
      '- Make or buy',
      '- Open source or commercial',
      '- Large or small suppliers',
      '- Modular or monolithic',
      '- Standard or custom',
      '- Short or long term',
      '- Central or decentralised purchasing',
    ]);
    // The timeline defaults are the principle's implementation plan.
    const plan = principleTemplate('inkoper', /inkoopstrategie/i);
    const nl = fillTemplate(t, withDefaults(t, 'nl'), 'nl').text;
    for (const q of ['Q1', 'Q2', 'Q3', 'Q4']) {
      const line = plan
        .split('\n')
        .find((l) => l.includes(`${q}:`))!
        .trim();
      expect(nl).toContain(`\n${line}\n`);
    }
    expect(t.fields.find((f) => f.key === 'tco')!.fill).toBe('tco');
  });

  it("the business case has the principle's five parts in order, and a cost section --tco fills", () => {
    const t = byKind('business-case');
    const text = fillTemplate(t, fixture('business-case'), 'nl').text;
    expect(text.split('\n').filter((l) => /^## /.test(l))).toEqual([
      '## Huidige situatie',
      '## Voorgestelde aanpak',
      '## Kosten',
      '## Verwachte voordelen',
      "## Risico's en mitigatie",
      '## Tijdlijn',
    ]);
    expect(text).toContain('- Gevraagd budget (excl. btw): EUR 4.800.000,00');
    expect(text).toContain(
      '1. Behoefteanalyse (Q1)\n2. Aanbesteding (Q2)\n3. Implementatie (Q3 en Q4)\n',
    );
    expect(t.fields.find((f) => f.fill === 'tco')?.key).toBe('costs');
  });

  it('the costs starter gives a costs file in the format of `inkoop tco`, exact to the cent', async () => {
    const { costsFileSchema } = await import('../../src/tco/schema.js');
    const t = byKind('costs');
    for (const lang of ['nl', 'en'] as const) {
      const doc = parseYamlText(fillTemplate(t, fixture('costs'), lang).text);
      const r = costsFileSchema.safeParse(doc);
      expect(r.error?.issues ?? []).toEqual([]);
      expect(doc).toMatchObject({
        years: 6,
        discount_rate: '2.25%',
        indexation: '0%',
        vat: '21%',
        authority: 'decentraal',
        type: 'diensten',
      });
      expect(doc.options.map((o: { name: string }) => o.name)).toEqual(['SaaS', 'On-premise']);
      expect(doc.options[1].costs[2]).toMatchObject({
        category: 'hosting',
        amount: 280000.5,
        every: 'year',
      });
    }
    expect(missingFields(t, withDefaults(t, 'nl')).map((f) => f.key)).toEqual([
      'title',
      'a_implementation',
      'a_subscription',
      'b_acquisition',
      'b_license',
      'b_operations',
    ]);
  });

  it('the tender starter gives a tender file in the format of `inkoop score`', async () => {
    const { tenderFileSchema } = await import('../../src/score/schema.js');
    const t = byKind('tender');
    for (const answers of [
      fixture('tender'),
      withDefaults(t, 'en', { title: 'T', price_a: 100000, price_b: 120000 }),
    ]) {
      const doc = parseYamlText(fillTemplate(t, answers, 'en').text);
      const r = tenderFileSchema.safeParse(doc);
      expect(r.error?.issues ?? []).toEqual([]);
    }
    const doc = parseYamlText(fillTemplate(t, fixture('tender'), 'nl').text);
    expect(doc.bids.map((b: { vendor: string; price: number }) => [b.vendor, b.price])).toEqual([
      ['Wolk & Co B.V.', 4100000],
      ['Data: Centrum "Noord"', 4650000],
    ]);
    expect(doc.price).toEqual({ method: 'bounds', best: 3500000, worst: 6000000, budget: 5500000 });
    expect(missingFields(t, withDefaults(t, 'nl')).map((f) => f.key)).toEqual([
      'title',
      'price_a',
      'price_b',
    ]);
  });
});
