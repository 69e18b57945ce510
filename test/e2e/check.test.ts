/** `inkoop check`: a CI gate for purchasing strategies. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inkoop, ROOT, tempDir } from '../helpers.js';

let dir: string;
let cleanup: () => void;
let strategy: string;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  const r = await inkoop([
    'scaffold',
    'strategy',
    '--answers',
    join(ROOT, 'test/fixtures/scaffold/strategy.answers.yaml'),
    '--stdout',
  ]);
  expect(r.exitCode).toBe(0);
  strategy = r.stdout;
  writeFileSync(join(dir, 'strategy.md'), strategy);
});
afterAll(() => cleanup());

const run = (args: string[], options: Parameters<typeof inkoop>[1] = {}) =>
  inkoop(args, { cwd: dir, ...options });

const HANDWRITTEN = `Purchasing strategy: case management
====================================

## Needs
Caseworkers need one view of a case; citizens track their case online.

## Market research
Five vendors and two open-source communities; one market consultation.

## Sourcing model
Open-source core, hosted by a government cloud provider.

## Life-cycle costs
Six years, EUR 2.3 million present value.

## Risks
Key staff leaving; mitigated by documentation and a support contract.

## Contracting
A four-year framework agreement with agile call-offs.

## Exit plan
All data exportable in open formats; source code owned by us.

## Competition
Lots sized for SMEs.

## Social value
Social return on investment 5%.

## Legal
Public Procurement Act 2012, GDPR.
`;

describe('inkoop check', () => {
  it('passes a complete strategy: a table, exit 0', async () => {
    const r = await run(['check', 'strategy.md']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Inkoopstrategie-check: strategy\.md\n/);
    expect(r.stdout).toMatch(/1 {2}Behoefteanalyse +gedekt +r\. \d+: 1\. Behoefteanalyse/);
    expect(r.stdout).toMatch(
      /6 {2}Voldoet ze aan alle wettelijke en beleidsmatige eisen\? +gedekt +r\. \d+: Wet- en regelgeving en beleid/,
    );
    expect(r.stdout).toContain(
      'Resultaat (elk onderdeel één keer geteld): 10 gedekt, 0 met plaatshouder, 0 leeg, 0 ontbreken; 0 plaatshouders in het document — in orde',
    );
  });

  it('passes a strategy written by hand with English headings', async () => {
    writeFileSync(join(dir, 'hand.md'), HANDWRITTEN);
    const r = await run(['check', 'hand.md', '--lang', 'en', '--format', 'json']);
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout) as {
      ok: boolean;
      summary: Record<string, number>;
      items: { id: string; status: string; matches: { heading: string }[] }[];
    };
    expect(j.ok).toBe(true);
    expect(j.summary).toEqual({ covered: 13, placeholder: 0, empty: 0, missing: 0 });
    expect(j.items.find((i) => i.id === 'exit-strategy')!.matches[0]!.heading).toBe('Exit plan');
  });

  it('fails (exit 1) on a missing part, naming it, in every format', async () => {
    const without = HANDWRITTEN.replace(/## Exit plan\n.*\n/, '');
    writeFileSync(join(dir, 'no-exit.md'), without);
    for (const format of ['table', 'markdown', 'json']) {
      const r = await run(['check', 'no-exit.md', '--format', format, '--lang', 'en']);
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toBe(
        'inkoop: no-exit.md: the strategy is incomplete: 1 part is missing (Exit strategy)\n',
      );
      if (format === 'table')
        expect(r.stdout).toMatch(
          /7 {2}Exit strategy +missing +add a heading such as "## Exit strategy"/,
        );
      if (format === 'markdown')
        expect(r.stdout).toContain(
          '| 7 | Exit strategy | missing | add a heading such as "## Exit strategy" |',
        );
      if (format === 'json')
        expect(JSON.parse(r.stdout).items[6]).toMatchObject({
          id: 'exit-strategy',
          status: 'missing',
          matches: [],
          expected: 'Exit strategy',
        });
    }
  });

  it('reports placeholders, and fails on them only with --strict', async () => {
    const doc = strategy
      .replace('Marktconsultatie met 6 partijen', 'Marktconsultatie met [aantal] partijen')
      .replace('- Q4: Performance monitoring', '- Q4: TODO');
    writeFileSync(join(dir, 'ph.md'), doc);
    const loose = await run(['check', 'ph.md']);
    expect(loose.exitCode).toBe(0);
    expect(loose.stdout).toMatch(
      /2 {2}Marktverkenning +plaatshouder +r\. \d+: 2\. Marktverkenning; \[aantal\]/,
    );
    expect(loose.stdout).toMatch(
      /Plaatshouders:\n {2}r\. \d+:\d+ {2}\[aantal\]\n {2}r\. \d+:\d+ {2}TODO\n/,
    );
    const strict = await run(['check', 'ph.md', '--strict']);
    expect(strict.exitCode).toBe(1);
    expect(strict.stderr).toBe(
      'inkoop: ph.md: de strategie is onvolledig: 2 plaatshouders staan er nog (--strict)\n',
    );
    const json = JSON.parse(
      (await run(['check', 'ph.md', '--strict', '--format', 'json'])).stdout,
    ) as { ok: boolean; strict: boolean; placeholders: { text: string }[] };
    expect(json).toMatchObject({ ok: false, strict: true });
    expect(json.placeholders.map((p) => p.text)).toEqual(['[aantal]', 'TODO']);
  });

  it("fails the principle's template as written: placeholders and missing parts", async () => {
    const page = readFileSync(join(ROOT, 'content/inkoop/index.md'), 'utf8');
    const start = page.indexOf('Categorie: [ICT-diensten/Software/Hardware]');
    const template = page.slice(start, page.indexOf('```', start)).replace(/^ {4}/gm, '');
    const r = await run(['check', '-', '--format', 'json'], { input: template });
    expect(r.exitCode).toBe(1);
    const j = JSON.parse(r.stdout) as {
      file: string;
      summary: Record<string, number>;
      placeholders: unknown[];
    };
    expect(j.file).toBe('<stdin>');
    expect(j.summary).toEqual({ covered: 0, placeholder: 2, empty: 0, missing: 11 });
    expect(j.placeholders).toHaveLength(10);
  });

  it('bad input exits 2', async () => {
    const missing = await run(['check', 'nergens.md']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toBe(
      'inkoop: nergens.md: bestaat niet (verwacht: een strategiedocument)\n',
    );
    const format = await run(['check', 'strategy.md', '--format', 'yml']);
    expect(format.exitCode).toBe(2);
    expect(format.stderr).toBe(
      'inkoop: --format: onbekend formaat "yml"; kies uit table, markdown, json, junit\n',
    );
    const none = await run(['check']);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain("het argument 'strategie' ontbreekt");
  });
});
