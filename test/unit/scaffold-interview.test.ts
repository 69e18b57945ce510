/** The interview through the real inquirer prompts, driven by @inquirer/testing; and the interview logic with a scripted prompter. */
import { screen } from '@inquirer/testing/vitest';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { InterruptedError } from '../../src/lib/errors.js';
import { createPrompter } from '../../src/lib/prompts.js';
import {
  interview,
  InterviewCancelled,
  type InputQuestion,
  type Prompter,
  type SelectQuestion,
} from '../../src/scaffold/interview.js';
import { parseTemplate } from '../../src/scaffold/template.js';

const TODAY = '2026-11-23';

const template = parseTemplate(
  `---
title: { nl: Proef, en: Trial }
description: Test
fields:
  - key: name
    question: { nl: Hoe heet het?, en: What is it called? }
    type: text
    required: true
  - key: budget
    question: { nl: Budget in euro, en: Budget in euros }
    type: amount
    required: true
  - key: when
    question: { nl: Wanneer?, en: When? }
    type: date
    default: today
    required: true
  - key: size
    question: { nl: Hoe groot?, en: How large? }
    type: choice
    choices:
      - { value: s, label: { nl: klein, en: small } }
      - { value: l, label: { nl: groot, en: large } }
    default: s
    required: true
  - key: notes
    question: { nl: Toelichting, en: Notes }
    type: multiline
    fill: tco
  - key: items
    question: { nl: Onderdelen, en: Parts }
    type: list
    default: [een, twee]
---
{{name}} {{budget}} {{when}} {{size}} {{notes}} {{items}}
`,
  'proef.md',
  'proef',
);

function collector(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d) => (text += String(d)));
  return { stream, text: () => text };
}

describe('interview with inquirer (@inquirer/testing)', () => {
  it('asks each question, validates at the prompt, offers defaults and a review, and returns the answers', async () => {
    const printed = collector();
    const done = interview(template, 'en', createPrompter({ output: printed.stream }), {
      today: TODAY,
    });

    expect(screen.getScreen()).toContain('What is it called?');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('an answer is required');
    screen.type('Cloud **workplace** {{x}}');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('Budget in euros');
    screen.type('lots');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('"lots" is not a number');
    for (let i = 0; i < 4; i++) screen.keypress('backspace');
    screen.type('1.234,56');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('When?');
    expect(screen.getScreen()).toContain(TODAY);
    screen.type('2026-02-30');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('is not a date');
    for (let i = 0; i < 10; i++) screen.keypress('backspace');
    screen.type('31-03-2026');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('How large?');
    expect(screen.getScreen()).toContain('small');
    expect(screen.getScreen()).toContain('large');
    screen.keypress('down');
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain('Notes (optional) (several lines; an empty line ends)');
    screen.type('line one: *kept*');
    screen.keypress('enter');
    await screen.next();
    screen.type('  line two');
    screen.keypress('enter');
    await screen.next();
    screen.keypress('enter');

    await screen.next();
    expect(screen.getScreen()).toContain(
      'Parts (optional) (one per line; an empty line ends) (Enter keeps the default)',
    );
    expect(printed.text()).toContain('Default:\n    een\n    twee');
    screen.keypress('enter');

    // The review: change the size, then write.
    await screen.next();
    expect(printed.text()).toContain('Your answers:');
    expect(printed.text()).toContain('2. Budget in euros: EUR 1,234.56');
    expect(printed.text()).toContain('3. When?: 31 March 2026');
    expect(printed.text()).toContain('5. Notes: line one: *kept* …');
    expect(screen.getScreen()).toContain('Write the document');
    screen.keypress('down');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Which answer do you want to change?');
    for (let i = 0; i < 3; i++) screen.keypress('down');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('How large?');
    screen.keypress('up');
    screen.keypress('enter');
    await screen.next();
    screen.keypress('enter');

    await expect(done).resolves.toEqual({
      name: 'Cloud **workplace** {{x}}',
      budget: 123456,
      when: '2026-03-31',
      size: 's',
      notes: 'line one: *kept*\n  line two',
      items: ['een', 'twee'],
    });
  });

  it('asks in Dutch with --lang nl, and does not ask what is answered already', async () => {
    const printed = collector();
    const done = interview(template, 'nl', createPrompter({ output: printed.stream }), {
      today: TODAY,
      preset: { name: 'X', budget: 100, notes: 'n', items: ['a'] },
    });
    expect(screen.getScreen()).toContain('Wanneer?');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Hoe groot?');
    screen.keypress('enter');
    await screen.next();
    expect(printed.text()).toContain('Je antwoorden:');
    expect(screen.getScreen()).toContain('Document schrijven');
    screen.keypress('enter');
    await expect(done).resolves.toEqual({
      name: 'X',
      budget: 100,
      when: TODAY,
      size: 's',
      notes: 'n',
      items: ['a'],
    });
  });

  it('turns Ctrl-C into an InterruptedError (exit 130)', async () => {
    const done = interview(template, 'en', createPrompter({ output: new PassThrough() }), {
      today: TODAY,
    });
    expect(screen.getScreen()).toContain('What is it called?');
    screen.keypress({ name: 'c', ctrl: true });
    await expect(done).rejects.toBeInstanceOf(InterruptedError);
    await expect(done).rejects.toMatchObject({ exitCode: 130 });
  });
});

/** A prompter that answers from a script and records what it was asked. */
function scripted(
  answers: string[],
): Prompter & { asked: string[]; printed: string[]; choices: string[][] } {
  const asked: string[] = [];
  const printed: string[] = [];
  const choices: string[][] = [];
  const next = () => {
    if (answers.length === 0)
      throw new Error(`no scripted answer left; asked: ${asked.join(' | ')}`);
    return answers.shift()!;
  };
  return {
    asked,
    printed,
    choices,
    async input(q: InputQuestion) {
      asked.push(q.message);
      let a = next();
      if (a === '' && q.default !== undefined) a = q.default;
      const v = q.validate?.(a);
      if (v !== undefined && v !== true)
        throw new Error(`validation failed for ${JSON.stringify(a)}: ${v}`);
      return a;
    },
    async select<T extends string>(q: SelectQuestion<T>) {
      asked.push(q.message);
      choices.push(q.choices.map((c) => c.value));
      const a = next();
      const choice = q.choices.find((c) => c.value === a || c.name === a);
      if (!choice) throw new Error(`no choice ${a} in ${q.choices.map((c) => c.value).join(', ')}`);
      return choice.value;
    },
    print(text: string) {
      printed.push(text);
    },
  };
}

describe('interview logic', () => {
  const full = {
    name: 'N',
    budget: 5,
    when: TODAY,
    size: 'l',
    notes: 'oud\nantwoord',
    items: ['a'],
  };

  it('keeps a multi-line answer on an empty first line, and takes typed lines exactly', async () => {
    const p = scripted(['change', 'notes', '', 'change', 'items', 'x', '  y ', '', 'write']);
    const a = await interview(template, 'nl', p, { today: TODAY, preset: full });
    expect(a).toEqual({ ...full, items: ['x', '  y '] });
    expect(p.printed).toContain('  Standaard:\n    oud\n    antwoord');
    expect(p.asked).toContain(
      'Toelichting (optioneel) (meerdere regels; een lege regel sluit af) (Enter neemt de standaard over)',
    );
    expect(p.asked).toContain(
      'Onderdelen (optioneel) (één per regel; een lege regel sluit af) (Enter neemt de standaard over: a)',
    );
  });

  it('leaves an optional field without default unanswered on an empty line, and cancels from the review', async () => {
    const p = scripted(['Naam', '10', '', 'l', '', '', 'cancel']);
    await expect(interview(template, 'nl', p, { today: TODAY })).rejects.toBeInstanceOf(
      InterviewCancelled,
    );
    expect(p.asked.filter((q) => q.includes('Toelichting'))).toHaveLength(1);
    expect(p.asked[0]).toBe('(vraag 1 van 6) Hoe heet het?');
    expect(p.printed[0]).toBe(
      'Vooraf invullen uit een bestand kan met --tco costs.yaml: stop met Ctrl-C en start opnieuw met die optie.',
    );
    expect(p.printed.at(-1)).toContain('5. Toelichting: (leeg)');
    expect(p.printed.at(-1)).toContain('6. Onderdelen: een, twee');
  });

  it('never asks a field that --tco or --criteria filled, nor offers to change it', async () => {
    const locked = new Set(['notes']);
    const p = scripted(['change', 'name', 'Nieuw', 'write']);
    const a = await interview(template, 'en', p, {
      today: TODAY,
      preset: { ...full, notes: '| table |' },
      locked,
    });
    expect(a).toEqual({ ...full, name: 'Nieuw', notes: '| table |' });
    expect(p.printed[0]).toContain('5. Notes: (from --tco)');
    expect(p.choices.find((c) => c.includes('name'))).not.toContain('notes');
  });
});
