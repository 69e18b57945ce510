/** The interview's terminal extras: question counter, prefill hint, today in the review, Dutch amounts, paging, no stray lines. */
import { screen } from '@inquirer/testing/vitest';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createPrompter } from '../../src/lib/prompts.js';
import {
  type InputQuestion,
  interview,
  type Prompter,
  prefillHint,
  type SelectQuestion,
} from '../../src/scaffold/interview.js';
import { parseTemplate } from '../../src/scaffold/template.js';

const TODAY = '2026-11-23';

const template = parseTemplate(
  `---
title: { nl: Proef, en: Trial }
description: Test
fields:
  - key: budget
    question: { nl: Budget in euro, en: Budget in euros }
    type: amount
    required: true
  - key: when
    question: { nl: Wanneer?, en: When? }
    type: date
    required: true
  - key: notes
    question: { nl: Toelichting, en: Notes }
    type: multiline
    fill: tco
---
{{budget}} {{when}} {{notes}}
`,
  'proef.md',
  'proef',
);

function scripted(answers: string[]): Prompter & { asked: InputQuestion[]; printed: string[] } {
  const asked: InputQuestion[] = [];
  const printed: string[] = [];
  return {
    asked,
    printed,
    async input(q: InputQuestion) {
      asked.push(q);
      const a = answers.shift()!;
      const v = q.validate?.(a);
      if (v !== undefined && v !== true) throw new Error(`refused ${a}: ${v}`);
      return a;
    },
    async select<T extends string>(q: SelectQuestion<T>) {
      return (answers.shift() ?? q.choices[0]!.value) as T;
    },
    print(text: string) {
      printed.push(text);
    },
  };
}

describe('the interview on a terminal', () => {
  it('counts the questions, says what can be prefilled, reads Dutch amounts and shows today as a date', async () => {
    const p = scripted(['450.000', 'vandaag', 'regel een', 'regel twee', '', 'write']);
    const answers = await interview(template, 'nl', p, { today: TODAY });
    expect(answers).toEqual({
      budget: 45_000_000,
      when: TODAY,
      notes: 'regel een\nregel twee',
    });
    expect(p.printed[0]).toBe(
      'Vooraf invullen uit een bestand kan met --tco costs.yaml: stop met Ctrl-C en start opnieuw met die optie.',
    );
    expect(p.asked[0]!.message).toBe('(vraag 1 van 3) Budget in euro');
    expect(p.asked[1]!.message).toBe('(vraag 2 van 3) Wanneer?');
    expect(p.asked[2]!.message).toMatch(/^\(vraag 3 van 3\) Toelichting \(optioneel\)/);
    const review = p.printed.at(-1)!;
    expect(review).toContain('1. Budget in euro: EUR 450.000,00');
    expect(review).toContain('2. Wanneer?: 23 november 2026');
    expect(review).not.toMatch(/vandaag/);
  });

  it('clears each further line of a multi-line answer, so the empty last line leaves nothing behind', async () => {
    const p = scripted(['1', '2026-01-01', 'een', 'twee', '', 'write']);
    await interview(template, 'en', p, { today: TODAY });
    const more = p.asked.slice(3);
    expect(more.map((q) => q.transient)).toEqual([true, true]);
    // The lines typed stay on the screen, printed once each.
    expect(p.printed.filter((l) => l.startsWith('  …'))).toEqual(['  … twee']);
  });

  it('says nothing about prefilling when the file was given', () => {
    expect(prefillHint(template, new Set(['notes']), 'en')).toBeNull();
    expect(prefillHint(template, new Set(), 'en')).toBe(
      'You can fill answers in from a file with --tco costs.yaml: stop with Ctrl-C and start again with that option.',
    );
  });
});

describe('paging with inquirer (@inquirer/testing)', () => {
  it('shows a text longer than the terminal a screen at a time', async () => {
    const out = Object.assign(new PassThrough(), { rows: 6 });
    let text = '';
    out.on('data', (d) => (text += String(d)));
    const lines = Array.from({ length: 10 }, (_, i) => `line ${i + 1}`);
    const done = createPrompter({ output: out }).page!(lines.join('\n'), 'Enter shows the rest');
    await new Promise((r) => setTimeout(r, 10));
    expect(text).toBe('line 1\nline 2\nline 3\nline 4\n');
    expect(screen.getScreen()).toContain('Enter shows the rest');
    screen.keypress('enter');
    await screen.next();
    expect(text).toContain('line 8\n');
    expect(text).not.toContain('line 9');
    screen.keypress('enter');
    await done;
    expect(text.endsWith('line 9\nline 10\n')).toBe(true);
  });

  it('prints a text that fits at once', async () => {
    const out = Object.assign(new PassThrough(), { rows: 40 });
    let text = '';
    out.on('data', (d) => (text += String(d)));
    await createPrompter({ output: out }).page!('a\nb', 'more');
    expect(text).toBe('a\nb\n');
  });
});
