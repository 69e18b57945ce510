/**
 * Answers from the places a user gives them without a terminal: an answers
 * file, `--set key=value`, `--defaults`, and the sections that `--tco` and
 * `--criteria` fill. Pure; the command reads the files.
 */
import * as z from 'zod';
import { translator } from '../i18n/index.js';
import type { Lang } from '../lib/i18n.js';
import { closest } from '../lib/suggest.js';
import { inlineSafe } from '../lib/text.js';
import { defaultFor, KEY_PATTERN } from './template.js';
import type { Answers, Field, FillSource, Template } from './types.js';
import { centsToDecimal, coerce, describeType, isBlank } from './values.js';

const answerValue = z
  .union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(z.union([z.string(), z.number()])),
  ])
  .describe(
    'the answer: text (a block scalar `|` for several lines), a number, an amount in euros, a percentage, a date (2026-03-31), one of the choices, or a list of texts',
  );

/**
 * The answers file of `inkoop scaffold --answers`: field keys and their
 * answers, in YAML or JSON. Which keys exist depends on the template
 * (`inkoop scaffold <kind> --example-answers` prints them).
 */
export const answersFileSchema = z
  .record(
    z.string().regex(KEY_PATTERN, {
      error: 'a key is lower case letters, digits and _, starting with a letter',
    }),
    answerValue,
  )
  .describe(
    'Answers for `inkoop scaffold <kind> --answers <file>`: one key per template field. `inkoop scaffold <kind> --example-answers` prints every key with its question.',
  );

export type AnswersFile = z.infer<typeof answersFileSchema>;

export interface AnswerInputs {
  /** Parsed answers file, if any. */
  file?: {
    values: Record<string, unknown>;
    /** The scalar as written in the file, for text fields given a number (`1.10`). */
    raw?: (key: string) => string | undefined;
    /** Where a key is in the file, for messages: "answers.yaml:3:7". */
    where: (key: string, atKey?: boolean) => string;
  };
  /** `--set key=value`, in command-line order. */
  sets?: readonly { key: string; value: string }[];
  /** `--defaults`: every unanswered field with a default takes it. */
  defaults?: boolean;
  /** Text for fields with `fill:` from `--tco` / `--criteria`. */
  fills?: Partial<Record<FillSource, string>>;
  /** yyyy-mm-dd. */
  today: string;
}

export interface Resolved {
  answers: Answers;
  /** Keys whose answer came from --tco or --criteria. */
  filled: string[];
  /** Problems, one line each ("answers.yaml:3:7: budget: ..." or "--set budget=x: ..."). */
  errors: string[];
}

/** Parses `--set key=value` arguments. */
export function parseSets(
  args: readonly string[],
  lang: Lang = 'en',
): {
  sets: { key: string; value: string }[];
  errors: string[];
} {
  const t = translator(lang);
  const sets: { key: string; value: string }[] = [];
  const errors: string[] = [];
  for (const arg of args) {
    const at = arg.indexOf('=');
    if (at <= 0) {
      errors.push(t('scaffold.error.set', { arg: inlineSafe(arg) }));
      continue;
    }
    sets.push({ key: arg.slice(0, at).trim(), value: arg.slice(at + 1) });
  }
  return { sets, errors };
}

export function resolveAnswers(template: Template, lang: Lang, inputs: AnswerInputs): Resolved {
  const fields = new Map(template.fields.map((f) => [f.key, f]));
  const keys = template.fields.map((f) => f.key);
  const answers: Answers = {};
  const errors: string[] = [];
  const filled: string[] = [];
  const ctx = { today: inputs.today, lang };
  const t = translator(lang);
  const unknownKey = (where: string, key: string) => {
    const guess = closest(key, keys);
    return t('scaffold.error.unknownKey', {
      where,
      key: inlineSafe(key),
      suggestion: guess === undefined ? '' : t('scaffold.didYouMean', { name: guess }),
      kind: template.kind,
      keys: keys.join(', '),
    });
  };

  if (inputs.file) {
    for (const [key, value] of Object.entries(inputs.file.values)) {
      const field = fields.get(key);
      if (!field) {
        errors.push(unknownKey(inputs.file.where(key, true), key));
        continue;
      }
      const r = coerce(field, value, { ...ctx, raw: inputs.file.raw?.(key) });
      if (!r.ok) errors.push(`${inputs.file.where(key)}: ${key}: ${inlineSafe(r.message)}`);
      else if (r.value !== undefined) answers[key] = r.value;
    }
  }

  // --set: list fields collect every --set of their key; other fields take the last.
  const lists = new Map<string, string[]>();
  for (const { key, value } of inputs.sets ?? []) {
    const field = fields.get(key);
    if (!field) {
      errors.push(unknownKey(`--set ${inlineSafe(key)}=...`, key));
      continue;
    }
    if (field.type === 'list') {
      lists.set(key, [...(lists.get(key) ?? []), value]);
      continue;
    }
    const r = coerce(field, value, ctx);
    if (!r.ok) errors.push(`--set ${key}=${inlineSafe(value)}: ${inlineSafe(r.message)}`);
    else if (r.value !== undefined) answers[key] = r.value;
    else delete answers[key];
  }
  for (const [key, items] of lists) {
    const r = coerce(fields.get(key)!, items, ctx);
    if (!r.ok) errors.push(`--set ${key}=...: ${inlineSafe(r.message)}`);
    else if (r.value !== undefined) answers[key] = r.value;
    else delete answers[key];
  }

  for (const field of template.fields) {
    const text = field.fill ? inputs.fills?.[field.fill] : undefined;
    if (text !== undefined) {
      answers[field.key] = text;
      filled.push(field.key);
    }
  }

  if (inputs.defaults) {
    for (const field of template.fields) {
      if (!isBlank(answers[field.key])) continue;
      const d = defaultFor(field, lang, inputs.today);
      if (d !== undefined) answers[field.key] = d;
    }
  }
  return { answers, filled, errors };
}

/** Required fields without an answer. */
export function missingFields(template: Template, answers: Answers): Field[] {
  return template.fields.filter((f) => f.required && isBlank(answers[f.key]));
}

/** The message and hint for required fields left unanswered without a terminal. */
export function missingMessage(
  template: Template,
  missing: readonly Field[],
  lang: Lang,
  usedDefaults: boolean,
): { message: string; hint: string } {
  const t = translator(lang);
  const width = Math.max(...missing.map((f) => f.key.length));
  const kind = (f: Field) =>
    f.type === 'choice'
      ? t('scaffold.missing.oneOf', { list: f.choices.map((c) => c.value).join(', ') })
      : describeType(f.type, lang);
  const lines = missing.map(
    (f) =>
      `  ${f.key.padEnd(width)}  ${f.question[lang]} (${kind(f)}${f.fill ? t('scaffold.missing.orFlag', { flag: f.fill }) : ''})`,
  );
  const message = `${t('scaffold.missing', {
    count: missing.length,
    kind: template.kind,
    keys: missing.map((f) => f.key).join(', '),
  })}\n${lines.join('\n')}`;
  const withDefault = missing
    .filter((f) => f.default.nl !== undefined || f.default.en !== undefined || f.defaultToday)
    .map((f) => f.key);
  const parts = [t('scaffold.hint.give', { count: missing.length })];
  if (!usedDefaults && withDefault.length)
    parts.push(
      t('scaffold.hint.defaults', { count: withDefault.length, keys: withDefault.join(', ') }),
    );
  const hint = t('scaffold.hint.example', { give: parts.join(', '), kind: template.kind });
  return { message, hint };
}

function yamlString(s: string, indent: string): string {
  const blockSafe =
    /\n/.test(s) &&
    !/\r/.test(s) &&
    !/^[ \t]/.test(s) &&
    !/[ \t]$/m.test(s) &&
    !/\n[ \t]*\n*$/.test(s);
  if (blockSafe)
    return `|-\n${s
      .split('\n')
      .map((l) => (l === '' ? '' : indent + l))
      .join('\n')}`;
  return JSON.stringify(s);
}

/**
 * An answers file with every field of a template: the question as a comment
 * and the default (or an empty answer) as the value. `--answers` reads it back.
 */
export function exampleAnswers(template: Template, lang: Lang, today: string): string {
  const t = translator(lang);
  const out: string[] = [
    t('scaffold.example.head', { kind: template.kind, title: template.title[lang] }),
    t('scaffold.example.fill'),
  ];
  for (const f of template.fields) {
    const d = defaultFor(f, lang, today);
    const info = [describeType(f.type, lang)];
    if (f.type === 'choice')
      info.push(t('scaffold.missing.oneOf', { list: f.choices.map((c) => c.value).join(', ') }));
    info.push(t(f.required ? 'scaffold.example.required' : 'scaffold.example.optional'));
    if (f.fill) info.push(t('scaffold.missing.orFlag', { flag: f.fill }).replace(/^; /, ''));
    out.push('', `# ${f.question[lang]} (${info.join('; ')})`);
    if (f.help) out.push(`# ${f.help[lang]}`);
    let value: string;
    if (f.defaultToday) value = 'today';
    else if (d === undefined) value = f.type === 'list' ? '[]' : '""';
    else if (Array.isArray(d))
      value = d.length ? '\n' + d.map((i) => `  - ${JSON.stringify(i)}`).join('\n') : '[]';
    else if (f.type === 'amount') value = centsToDecimal(d as number);
    else if (typeof d === 'number') value = String(d);
    else value = yamlString(d, '  ');
    out.push(`${f.key}:${value.startsWith('\n') ? '' : ' '}${value}`);
  }
  return out.join('\n') + '\n';
}
