/**
 * Template files: YAML front matter that declares the fields, then a body
 * with `{{key}}` placeholders (Markdown, or YAML for the starter files).
 * Pure: takes the file's text, returns a Template or throws an InputError
 * naming `file:line:col` for every problem.
 *
 *   ---
 *   title: { nl: Inkoopstrategie, en: Purchasing strategy }
 *   description: { nl: ..., en: ... }
 *   fields:
 *     - key: category
 *       question: { nl: Welke categorie?, en: Which category? }
 *       type: choice
 *       choices: [ICT-diensten, Software, Hardware]
 *       required: true
 *   ---
 *   <!-- inkoop:lang nl -->
 *   Categorie: {{category}}
 *   <!-- inkoop:lang en -->
 *   Category: {{category}}
 *
 * A body without language markers serves both languages. `\{{` writes a
 * literal `{{`. Nothing in a template is ever executed: the body is split
 * into literal text and placeholders once, and answers are inserted as text.
 */
import * as z from 'zod';
import { t } from '../i18n/index.js';
import { InputError, type Problem } from '../lib/errors.js';
import { LANGS, type Lang } from '../lib/i18n.js';
import { didYouMean } from '../lib/suggest.js';
import { excerpt } from '../lib/text.js';
import { parseYaml, validate } from '../lib/yaml.js';
import {
  FIELD_TYPES,
  FILL_SOURCES,
  type BodyLine,
  type Choice,
  type Field,
  type FieldType,
  type Localized,
  type Segment,
  type Template,
  type Validation,
  type Value,
} from './types.js';
import { coerce, modeFor } from './values.js';

export const KEY_PATTERN = /^[a-z][a-z0-9_]*$/;
const KIND_PATTERN = /^[a-z][a-z0-9-]*$/;

/** `strategy.md` -> { kind: strategy, extension: md }; `costs.yaml.md` -> { kind: costs, extension: yaml }. */
export function templateName(fileName: string): { kind: string; extension: string } | undefined {
  const m = /^([a-z][a-z0-9-]*)(?:\.([a-z0-9]+))?\.md$/.exec(fileName);
  if (!m || fileName.toLowerCase() === 'readme.md') return undefined;
  return { kind: m[1]!, extension: m[2] ?? 'md' };
}

const localized = z
  .union([z.string().min(1), z.strictObject({ nl: z.string().min(1), en: z.string().min(1) })])
  .describe('a text, or the text per language: { nl: ..., en: ... }');

const plain = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.union([z.string(), z.number()])),
]);
const defaultSchema = z
  .union([plain, z.strictObject({ nl: plain, en: plain })])
  .describe('the default answer, or one per language: { nl: ..., en: ... }');

const validationSchema = z.strictObject({
  min: z.number().optional().describe('number, amount (euros), percentage: smallest allowed'),
  max: z.number().optional().describe('number, amount (euros), percentage: largest allowed'),
  integer: z.boolean().optional().describe('number: whole numbers only'),
  pattern: z
    .string()
    .max(500)
    .optional()
    .describe('text, multiline: a regular expression the whole answer must match'),
  min_length: z.int().min(0).optional(),
  max_length: z.int().min(1).optional(),
  min_items: z.int().min(0).optional().describe('list: fewest items'),
  max_items: z.int().min(1).optional().describe('list: most items'),
  message: localized.optional().describe('shown when the pattern does not match'),
});

const choiceSchema = z.union([
  z.string().min(1),
  z.strictObject({ value: z.string().min(1), label: localized.optional() }),
]);

const fieldSchema = z.strictObject({
  key: z.string().regex(KEY_PATTERN, {
    error:
      'a key is lower case letters, digits and _, starting with a letter (like needs_analysis)',
  }),
  question: localized,
  help: localized.optional(),
  type: z.enum(FIELD_TYPES),
  default: defaultSchema.optional(),
  required: z.boolean().optional(),
  choices: z.array(choiceSchema).min(1).optional(),
  validation: validationSchema.optional(),
  fill: z
    .enum(FILL_SOURCES)
    .optional()
    .describe('tco: --tco costs.yaml fills this field; criteria: --criteria tender.yaml does'),
});

type RawField = z.infer<typeof fieldSchema>;

const VALIDATION_FOR: Record<FieldType, readonly (keyof Validation)[]> = {
  text: ['pattern', 'min_length', 'max_length', 'message'],
  multiline: ['pattern', 'min_length', 'max_length', 'message'],
  number: ['min', 'max', 'integer'],
  amount: ['min', 'max'],
  percentage: ['min', 'max'],
  date: [],
  choice: [],
  list: ['min_items', 'max_items'],
};

const PARSE_TODAY = '2000-01-01';

function loc(v: string | Localized): Localized {
  return typeof v === 'string' ? { nl: v, en: v } : v;
}

function toChoices(raw: RawField['choices']): Choice[] {
  return (raw ?? []).map((c) =>
    typeof c === 'string'
      ? { value: c, label: { nl: c, en: c } }
      : { value: c.value, label: loc(c.label ?? c.value) },
  );
}

function isPerLanguage(d: unknown): d is { nl: unknown; en: unknown } {
  return !!d && typeof d === 'object' && !Array.isArray(d) && 'nl' in d && 'en' in d;
}

/** A Field from its raw front matter, with the default coerced; problems as messages with a path. */
function buildField(
  raw: RawField,
  line: number,
): { field: Field; problems: { path: (string | number)[]; message: string }[] } {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const validation: Validation = { ...(raw.validation ?? {}) } as Validation;
  if (raw.validation?.message !== undefined) validation.message = loc(raw.validation.message);
  const field: Field = {
    key: raw.key,
    question: loc(raw.question),
    help: raw.help === undefined ? null : loc(raw.help),
    type: raw.type,
    required: raw.required ?? false,
    default: { nl: undefined, en: undefined },
    defaultToday: false,
    choices: toChoices(raw.choices),
    validation,
    fill: raw.fill ?? null,
    line,
  };
  if (raw.type === 'choice' && field.choices.length === 0)
    problems.push({ path: ['type'], message: t('template.choicesNeeded') });
  if (raw.type !== 'choice' && raw.choices)
    problems.push({
      path: ['choices'],
      message: t('template.choicesOnlyChoice', { type: raw.type }),
    });
  const values = field.choices.map((c) => c.value);
  values.forEach((v, i) => {
    if (values.indexOf(v) !== i)
      problems.push({
        path: ['choices', i],
        message: t('template.duplicateChoice', { value: excerpt(v) }),
      });
  });
  if (raw.fill && raw.type !== 'multiline')
    problems.push({
      path: ['fill'],
      message: t('template.fillMultiline', { fill: raw.fill, type: raw.type }),
    });
  for (const k of Object.keys(raw.validation ?? {}) as (keyof Validation)[]) {
    if (!VALIDATION_FOR[raw.type].includes(k)) {
      const allowed = VALIDATION_FOR[raw.type];
      problems.push({
        path: ['validation', k],
        message: allowed.length
          ? t('template.ruleNotForTypeTakes', {
              rule: k,
              type: raw.type,
              rules: allowed.join(', '),
            })
          : t('template.ruleNotForType', { rule: k, type: raw.type }),
      });
    }
  }
  const v = raw.validation ?? {};
  if (v.min !== undefined && v.max !== undefined && v.min > v.max)
    problems.push({
      path: ['validation', 'max'],
      message: t('template.maxBelowMin', { max: v.max, min: v.min }),
    });
  if (v.min_length !== undefined && v.max_length !== undefined && v.min_length > v.max_length)
    problems.push({
      path: ['validation', 'max_length'],
      message: t('template.lengthBelowMin'),
    });
  if (v.min_items !== undefined && v.max_items !== undefined && v.min_items > v.max_items)
    problems.push({ path: ['validation', 'max_items'], message: t('template.itemsBelowMin') });
  if (v.pattern !== undefined) {
    try {
      new RegExp(v.pattern, 'u');
    } catch {
      problems.push({
        path: ['validation', 'pattern'],
        message: t('template.badPattern', { pattern: excerpt(v.pattern) }),
      });
    }
  }
  if (raw.default !== undefined && problems.length === 0) {
    if (
      raw.type === 'date' &&
      typeof raw.default === 'string' &&
      ['today', 'vandaag'].includes(raw.default.trim().toLowerCase())
    ) {
      field.defaultToday = true;
    } else {
      const split = isPerLanguage(raw.default);
      for (const lang of split ? LANGS : (['nl'] as const)) {
        const r = coerce(
          field,
          split ? (raw.default as Record<Lang, unknown>)[lang] : raw.default,
          { today: PARSE_TODAY },
        );
        if (!r.ok)
          problems.push({
            path: split ? ['default', lang] : ['default'],
            message: `default: ${r.message}`,
          });
        else if (split) field.default[lang] = r.value;
        else field.default = { nl: r.value, en: r.value };
      }
    }
  }
  return { field, problems };
}

const frontMatterSchema = z
  .strictObject({
    title: localized.describe('the document kind, shown by `inkoop scaffold --list`'),
    description: localized.describe('one line for `inkoop scaffold --list`'),
    source: z
      .string()
      .optional()
      .describe('where the template comes from, such as the principle tab'),
    fields: z.array(fieldSchema).min(1),
  })
  .superRefine((fm, ctx) => {
    const seen = new Set<string>();
    fm.fields.forEach((f, i) => {
      if (seen.has(f.key))
        ctx.addIssue({
          code: 'custom',
          path: ['fields', i, 'key'],
          message: t('template.duplicateKey', { key: f.key }),
        });
      seen.add(f.key);
      for (const p of buildField(f, 0).problems)
        ctx.addIssue({ code: 'custom', path: ['fields', i, ...p.path], message: p.message });
    });
  });

/** The front matter schema of template files (for documentation and editors). */
export const templateFrontMatterSchema = frontMatterSchema;

/** The placeholder syntax, as the messages about it show it. */
const BRACES = { open: '{{', example: '{{key}}', escaped: '\\{{' };

const LANG_MARKER = /^\s*<!--\s*inkoop:lang\s+(\S+)\s*-->\s*$/;

/** Splits one line into text and placeholders; problems for malformed ones. */
export function tokenizeLine(
  text: string,
  line: number,
  file: string,
  keys: ReadonlySet<string>,
  problems: Problem[],
): Segment[] {
  const segments: Segment[] = [];
  let buf = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('\\{{', i)) {
      buf += '{{';
      i += 3;
      continue;
    }
    if (text.startsWith('{{', i)) {
      const end = text.indexOf('}}', i + 2);
      const col = i + 1;
      if (end < 0) {
        problems.push({
          file,
          line,
          col,
          message: t('template.unclosed', BRACES),
        });
        buf += text.slice(i);
        break;
      }
      const inner = text.slice(i + 2, end).trim();
      if (!KEY_PATTERN.test(inner)) {
        problems.push({
          file,
          line,
          col,
          message: t('template.badPlaceholder', {
            ...BRACES,
            placeholder: excerpt(text.slice(i, end + 2)),
          }),
        });
      } else if (!keys.has(inner)) {
        problems.push({
          file,
          line,
          col,
          message: t('template.unknownField', {
            key: inner,
            placeholder: `{{${inner}}}`,
            suggestion: didYouMean(inner, [...keys]),
          }),
        });
      }
      if (buf) segments.push({ text: buf });
      buf = '';
      segments.push({ key: inner, col });
      i = end + 2;
      continue;
    }
    buf += text[i];
    i++;
  }
  if (buf || segments.length === 0) segments.push({ text: buf });
  return segments;
}

function trimBlankLines(lines: BodyLine[]): BodyLine[] {
  const blank = (l: BodyLine) => l.segments.every((s) => 'text' in s && s.text.trim() === '');
  let a = 0;
  let b = lines.length;
  while (a < b && blank(lines[a]!)) a++;
  while (b > a && blank(lines[b - 1]!)) b--;
  return lines.slice(a, b);
}

/** Splits the front matter from the body; line numbers stay those of the file. */
function splitFrontMatter(
  text: string,
  file: string,
): { yaml: string; body: string[]; bodyLine: number } {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  if (lines[0]?.trim() !== '---')
    throw new InputError([
      {
        file,
        line: 1,
        col: 1,
        message: t('template.noFrontMatter'),
      },
    ]);
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0)
    throw new InputError([
      {
        file,
        line: 1,
        col: 1,
        message: t('template.frontMatterOpen'),
      },
    ]);
  // A blank first line stands for the opening "---", so YAML line numbers are file line numbers.
  return {
    yaml: ['', ...lines.slice(1, end)].join('\n'),
    body: lines.slice(end + 1),
    bodyLine: end + 2,
  };
}

/** Parses a template file. `kind` and `extension` come from its name (see templateName). */
export function parseTemplate(
  text: string,
  file: string,
  kind: string,
  extension = 'md',
): Template {
  if (!KIND_PATTERN.test(kind))
    throw new InputError([{ file, message: t('template.badName', { kind }) }]);
  const { yaml, body, bodyLine } = splitFrontMatter(text, file);
  const src = parseYaml(yaml, file);
  const fm = validate(src, frontMatterSchema);
  const fields: Field[] = fm.fields.map((raw, i) => {
    const line = src.doc.getIn(['fields', i, 'key'], true) as
      | { range?: [number, number] }
      | undefined;
    const at = line?.range ? src.lineCounter.linePos(line.range[0]).line : 0;
    return buildField(raw, at).field;
  });
  const keys = new Set(fields.map((f) => f.key));
  const problems: Problem[] = [];
  const bodies: Partial<Record<Lang, BodyLine[]>> = {};
  let current: Lang | null = null;
  let neutral: BodyLine[] = [];
  const sawMarker = body.some((l) => LANG_MARKER.test(l));
  body.forEach((raw, i) => {
    const line = bodyLine + i;
    const marker = LANG_MARKER.exec(raw);
    if (marker) {
      const lang = marker[1]!.toLowerCase();
      if (!(LANGS as readonly string[]).includes(lang)) {
        problems.push({
          file,
          line,
          col: 1,
          message: t('template.unknownLang', {
            lang: excerpt(marker[1]!),
            nl: '<!-- inkoop:lang nl -->',
            en: '<!-- inkoop:lang en -->',
          }),
        });
        return;
      }
      if (bodies[lang as Lang])
        problems.push({
          file,
          line,
          col: 1,
          message: t('template.secondBody', { lang }),
        });
      current = lang as Lang;
      bodies[current] = [];
      return;
    }
    const parsed: BodyLine = { line, segments: tokenizeLine(raw, line, file, keys, problems) };
    if (!sawMarker) neutral.push(parsed);
    else if (current) bodies[current]!.push(parsed);
    else if (raw.trim() !== '')
      problems.push({
        file,
        line,
        col: 1,
        message: t('template.beforeMarker', { marker: '<!-- inkoop:lang ... -->' }),
      });
  });
  if (!sawMarker) {
    neutral = trimBlankLines(neutral);
    bodies.nl = neutral;
    bodies.en = neutral;
  } else {
    for (const lang of LANGS) if (bodies[lang]) bodies[lang] = trimBlankLines(bodies[lang]);
  }
  const used = (lines: BodyLine[] | undefined) =>
    new Set((lines ?? []).flatMap((l) => l.segments.flatMap((s) => ('key' in s ? [s.key] : []))));
  for (const lang of LANGS) {
    const b = bodies[lang];
    if (!b) continue;
    if (b.length === 0) {
      problems.push({
        file,
        line: bodyLine,
        col: 1,
        message: sawMarker ? t('template.emptyLangBody', { lang }) : t('template.emptyBody'),
      });
      continue;
    }
    const inBody = used(b);
    for (const f of fields) {
      if (!inBody.has(f.key))
        problems.push({
          file,
          line: f.line || 1,
          col: 1,
          message: sawMarker
            ? t('template.unusedLangField', { key: f.key, lang, placeholder: `{{${f.key}}}` })
            : t('template.unusedField', { key: f.key, placeholder: `{{${f.key}}}` }),
        });
    }
    if (!sawMarker) break;
  }
  if (problems.length) {
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
    throw new InputError(problems.slice(0, 20));
  }
  return {
    kind,
    file,
    title: loc(fm.title),
    description: loc(fm.description),
    source: fm.source ?? null,
    extension,
    mode: modeFor(extension),
    fields,
    bodies,
  };
}

/** The body for a language, falling back to the other one; `fallback` says when it did. */
export function bodyFor(
  template: Template,
  lang: Lang,
): { lines: BodyLine[]; lang: Lang; fallback: boolean } {
  const own = template.bodies[lang];
  if (own) return { lines: own, lang, fallback: false };
  const other: Lang = LANGS.find((l) => l !== lang) ?? lang;
  return { lines: template.bodies[other] ?? [], lang: other, fallback: true };
}

/** The default of a field for a language (today's date for `default: today`). */
export function defaultFor(field: Field, lang: Lang, today: string): Value | undefined {
  if (field.defaultToday) return today;
  return field.default[lang];
}
