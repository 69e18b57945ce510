/**
 * The guided interview: each field's question in turn, the answers checked
 * as they are typed, then a review with the chance to change an answer.
 * Talks to the terminal only through a Prompter (src/lib/prompts.ts gives
 * the inquirer one; tests give their own), so this module does no I/O.
 */
import { translator } from '../i18n/index.js';
import type { Lang } from '../lib/i18n.js';
import { terminalSafe } from '../lib/text.js';
import type { Prompter } from '../lib/prompter.js';
import { defaultFor } from './template.js';
import type { Answers, Field, Template, Value } from './types.js';
import { coerce, formatInput, formatValue, isBlank } from './values.js';

export type { InputQuestion, Prompter, SelectQuestion } from '../lib/prompter.js';

export interface InterviewOptions {
  /** Answers given already (answers file, --set, --defaults): not asked, shown in the review. */
  preset?: Answers;
  /** Keys filled by --tco or --criteria: not asked and not changeable. */
  locked?: ReadonlySet<string>;
  /** yyyy-mm-dd, for date defaults. */
  today: string;
}

function ui(lang: Lang) {
  const t = translator(lang);
  return {
    optional: t('scaffold.ui.optional'),
    multiline: t('scaffold.ui.multiline'),
    list: t('scaffold.ui.list'),
    keep: t('scaffold.ui.keep'),
    defaultIs: t('scaffold.ui.defaultIs'),
    continued: '  …',
    none: t('scaffold.ui.none'),
    empty: t('scaffold.ui.empty'),
    fromFlag: (flag: string) => t('scaffold.ui.fromFlag', { flag }),
    review: t('scaffold.ui.review'),
    next: t('scaffold.ui.next'),
    write: t('scaffold.ui.write'),
    change: t('scaffold.ui.change'),
    cancel: t('scaffold.ui.cancel'),
    which: t('scaffold.ui.which'),
    required: t('scaffold.ui.required'),
    more: t('terminal.reviewMore'),
    questionOf: (n: number, total: number) => t('terminal.questionOf', { n, total }),
    prefill: (flags: string) => t('terminal.prefill', { flags }),
  };
}

/** The user chose "cancel" in the review. */
export class InterviewCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'InterviewCancelled';
  }
}

const NONE = '\u0000none';

function indentBlock(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

function short(text: string, max = 60): string {
  const first = terminalSafe(text.split('\n')[0] ?? '');
  const more = text.includes('\n') ? ' …' : '';
  return first.length > max ? `${first.slice(0, max - 1)}…` : first + more;
}

/** Asks one field; `current` is offered as the default. Returns undefined for no answer. */
export async function askField(
  field: Field,
  lang: Lang,
  prompter: Prompter,
  current: Value | undefined,
  today: string,
  position?: { n: number; total: number },
): Promise<Value | undefined> {
  const u = ui(lang);
  const counter = position ? `(${u.questionOf(position.n, position.total)}) ` : '';
  const base = `${counter}${field.question[lang]}${field.required ? '' : ` ${u.optional}`}`;
  if (field.help) prompter.print(`  ${field.help[lang]}`);
  // Typed by a person in the interview's language: in Dutch, 450.000 is four hundred and fifty thousand.
  const ctx = { today, lang, typed: lang };

  if (field.type === 'choice') {
    const choices: { name: string; value: string }[] = field.choices.map((c) => ({
      name: c.label[lang],
      value: c.value,
    }));
    if (!field.required) choices.push({ name: u.none, value: NONE });
    const chosen = await prompter.select({
      message: base,
      choices,
      default: typeof current === 'string' ? current : undefined,
    });
    return chosen === NONE ? undefined : chosen;
  }

  if (field.type === 'multiline' || field.type === 'list') {
    for (;;) {
      const shown = current !== undefined ? formatInput(field, current, lang) : undefined;
      const oneLine = shown !== undefined && !shown.includes('\n');
      if (shown !== undefined && !oneLine)
        prompter.print(`  ${u.defaultIs}:\n${indentBlock(shown)}`);
      const hint = field.type === 'list' ? u.list : u.multiline;
      const keep = shown === undefined ? '' : oneLine ? ` (${u.keep}: ${shown})` : ` (${u.keep})`;
      const first = await prompter.input({
        message: `${base} ${hint}${keep}`,
        validate: (v) =>
          v.trim() === '' && current === undefined && field.required ? u.required : true,
      });
      if (first.trim() === '') return current;
      const lines = [first];
      // Each further line: the prompt clears itself and the line is printed as typed, so the
      // empty line that ends the answer leaves nothing behind on the screen.
      for (;;) {
        const next = await prompter.input({ message: u.continued, transient: true });
        if (next.trim() === '') break;
        lines.push(next);
        prompter.print(`${u.continued} ${terminalSafe(next)}`);
      }
      const r = coerce(field, field.type === 'list' ? lines : lines.join('\n'), ctx);
      if (r.ok) return r.value;
      prompter.print(`  ${r.message}`);
    }
  }

  const shown = current !== undefined ? formatInput(field, current, lang) : undefined;
  const answer = await prompter.input({
    message: base,
    ...(shown !== undefined ? { default: shown } : {}),
    validate: (v) => {
      const r = coerce(field, v, ctx);
      if (!r.ok) return r.message;
      if (r.value === undefined && field.required) return u.required;
      return true;
    },
  });
  const r = coerce(field, answer, ctx);
  return r.ok ? r.value : undefined;
}

/** The files a field of the template can be filled from (`fill:`), as flags with an example file. */
const FILL_EXAMPLE: Record<string, string> = { tco: 'costs.yaml', criteria: 'tender.yaml' };

/**
 * The line that says which answers can be filled in beforehand from a file
 * (`--tco costs.yaml`), for the fields not filled already; null when none.
 */
export function prefillHint(
  template: Template,
  locked: ReadonlySet<string>,
  lang: Lang,
): string | null {
  const sources = [
    ...new Set(
      template.fields.filter((f) => f.fill && !locked.has(f.key)).map((f) => f.fill as string),
    ),
  ];
  if (sources.length === 0) return null;
  const flags = sources.map((s) => `--${s} ${FILL_EXAMPLE[s] ?? `${s}.yaml`}`).join(', ');
  return ui(lang).prefill(flags);
}

/** The review lines: each question with its answer, shortened. */
export function reviewText(
  template: Template,
  answers: Answers,
  lang: Lang,
  locked: ReadonlySet<string> = new Set(),
): string {
  const u = ui(lang);
  const lines: string[] = [u.review];
  template.fields.forEach((f, i) => {
    const v = answers[f.key];
    const shown =
      locked.has(f.key) && f.fill
        ? u.fromFlag(f.fill)
        : v === undefined || isBlank(v)
          ? u.empty
          : short(formatValue(f, v, lang));
    lines.push(`  ${String(i + 1).padStart(2)}. ${f.question[lang]}: ${shown}`);
  });
  return lines.join('\n');
}

/**
 * Runs the interview: asks every field not answered yet, then shows the
 * review until the user chooses to write (resolves with the answers) or to
 * cancel (rejects with InterviewCancelled).
 */
export async function interview(
  template: Template,
  lang: Lang,
  prompter: Prompter,
  options: InterviewOptions,
): Promise<Answers> {
  const u = ui(lang);
  const answers: Answers = { ...(options.preset ?? {}) };
  const locked = options.locked ?? new Set<string>();
  const ask = async (
    field: Field,
    current: Value | undefined,
    position?: { n: number; total: number },
  ) => {
    const v = await askField(field, lang, prompter, current, options.today, position);
    if (v === undefined || isBlank(v)) delete answers[field.key];
    else answers[field.key] = v;
  };
  // What could have been filled in beforehand (--tco costs.yaml), said before the first question.
  const hint = prefillHint(template, locked, lang);
  if (hint) prompter.print(hint);
  const toAsk = template.fields.filter((f) => !locked.has(f.key) && isBlank(answers[f.key]));
  for (const [i, field] of toAsk.entries())
    await ask(field, defaultFor(field, lang, options.today), { n: i + 1, total: toAsk.length });
  for (;;) {
    // A review longer than the terminal is shown a screen at a time.
    const review = reviewText(template, answers, lang, locked);
    if (prompter.page) await prompter.page(review, u.more);
    else prompter.print(review);
    const missing = template.fields.filter((f) => f.required && isBlank(answers[f.key]));
    const next = await prompter.select<'write' | 'change' | 'cancel'>({
      message: u.next,
      choices: [
        ...(missing.length === 0 ? [{ name: u.write, value: 'write' as const }] : []),
        { name: u.change, value: 'change' },
        { name: u.cancel, value: 'cancel' },
      ],
      default: missing.length === 0 ? 'write' : 'change',
    });
    if (next === 'write') return answers;
    if (next === 'cancel') throw new InterviewCancelled();
    const changeable = template.fields.filter((f) => !locked.has(f.key));
    const key = await prompter.select({
      message: u.which,
      choices: changeable.map((f) => {
        const v = answers[f.key];
        return {
          name: `${f.question[lang]}: ${v === undefined ? u.empty : short(formatValue(f, v, lang), 40)}`,
          value: f.key,
        };
      }),
      default: missing[0]?.key,
    });
    const field = changeable.find((f) => f.key === key)!;
    await ask(field, answers[field.key] ?? defaultFor(field, lang, options.today));
  }
}
