/**
 * The fill engine: a template's body with the answers put in. The body was
 * split into literal text and placeholders when the template was parsed, so
 * an answer is only ever inserted, never read again as template syntax. In a
 * Markdown body every line of an answer is escaped so that it cannot open a
 * code fence, a heading, an HTML comment or element, or read as `{{x}}` (see
 * ./markdown.ts): the document keeps its structure whatever an answer holds.
 * Text that inkoop itself made (the sections of --tco and --criteria) is
 * inserted as it is.
 *
 * Line rules (see README.md, "Templates: one file per kind"):
 * - A list answer whose placeholder follows only indentation and an optional
 *   list marker (`- {{items}}`, `  {{items}}: true`) repeats its line once
 *   per item; elsewhere the items are joined with ", " (Markdown) or written
 *   as a flow sequence (YAML).
 * - A line whose placeholders are all unanswered, and which holds nothing
 *   else than a list marker or a label ending in ":", is left out.
 * - In YAML and JSON output every answer is written as a quoted scalar (or a
 *   number), so no answer can change the structure of the file.
 */
import type { Lang } from '../lib/i18n.js';
import { markdownAnswer } from './markdown.js';
import { bodyFor } from './template.js';
import type { Answers, BodyLine, Field, Template, Value } from './types.js';
import { formatValue, isBlank, structuredScalar } from './values.js';

export interface FillResult {
  text: string;
  /** The language of the body used (the other one when the template has no body in the language asked). */
  lang: Lang;
  fallback: boolean;
}

const REPEAT_PREFIX = /^\s*(?:(?:[-*+]|\d+[.)])\s+)?$/;
const DROPPABLE = /^\s*(?:(?:[-*+]|\d+[.)])\s*)?(?:[^:\n]*:)?\s*$/;

/** Keys whose answers inkoop made itself (from --tco, --criteria): Markdown to keep as it is. */
type Trusted = ReadonlySet<string>;

function render(
  field: Field,
  value: Value,
  template: Template,
  lang: Lang,
  trusted: Trusted,
): string {
  if (template.mode === 'structured') return structuredScalar(field, value);
  const text = formatValue(field, value, lang);
  return trusted.has(field.key) ? text : markdownAnswer(text);
}

function renderItem(item: string, template: Template): string {
  return template.mode === 'structured' ? JSON.stringify(item) : markdownAnswer(item);
}

function fillLine(
  line: BodyLine,
  template: Template,
  fields: Map<string, Field>,
  answers: Answers,
  lang: Lang,
  trusted: Trusted,
): string[] | null {
  const segs = line.segments;
  const placeholders = segs.filter((s): s is { key: string; col: number } => 'key' in s);
  if (placeholders.length === 0) return [segs.map((s) => ('text' in s ? s.text : '')).join('')];

  const allEmpty = placeholders.every((p) => isBlank(answers[p.key]));
  if (allEmpty) {
    const rest = segs.map((s) => ('text' in s ? s.text : '')).join('');
    if (DROPPABLE.test(rest)) return null;
  }

  // A list placeholder after only indentation and a list marker repeats the line.
  let repeatAt = -1;
  let prefix = '';
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    if ('text' in s) {
      prefix += s.text;
      continue;
    }
    if (fields.get(s.key)?.type === 'list' && REPEAT_PREFIX.test(prefix)) repeatAt = i;
    break;
  }
  // An ordered list counts on: "1. {{items}}" gives 1., 2., 3.
  const ordered = repeatAt >= 0 ? /^(\s*)(\d{1,9})([.)]\s+)$/.exec(prefix) : null;
  const build = (item: string | undefined, index = 0) =>
    segs
      .map((s, i) => {
        if ('text' in s) {
          if (ordered && i < repeatAt)
            return i === 0 ? `${ordered[1]}${Number(ordered[2]) + index}${ordered[3]}` : '';
          return s.text;
        }
        if (i === repeatAt) return item === undefined ? '' : renderItem(item, template);
        const value = answers[s.key];
        const field = fields.get(s.key)!;
        if (value === undefined || isBlank(value))
          return template.mode === 'structured' ? 'null' : '';
        return render(field, value, template, lang, trusted);
      })
      .join('');
  if (repeatAt >= 0) {
    const items = (answers[(segs[repeatAt] as { key: string }).key] as string[] | undefined) ?? [];
    if (items.length === 0) return null;
    return items.map((item, index) => build(item, index));
  }
  return [build(undefined)];
}

/**
 * Fills a template with answers. Unanswered fields are left empty; the
 * caller checks required fields first (see resolveAnswers).
 */
export function fillTemplate(
  template: Template,
  answers: Answers,
  lang: Lang,
  options: { trusted?: Trusted } = {},
): FillResult {
  const trusted = options.trusted ?? new Set<string>();
  const body = bodyFor(template, lang);
  const fields = new Map(template.fields.map((f) => [f.key, f]));
  const out: string[] = [];
  let droppedSinceText = false;
  for (const line of body.lines) {
    const isStaticBlank = line.segments.every((s) => 'text' in s && s.text.trim() === '');
    if (isStaticBlank) {
      // Leaving lines out must not leave two blank lines where the template had one.
      if (droppedSinceText && (out.length === 0 || out[out.length - 1] === '')) continue;
      out.push('');
      droppedSinceText = false;
      continue;
    }
    const filled = fillLine(line, template, fields, answers, body.lang, trusted);
    if (filled === null) {
      droppedSinceText = true;
      continue;
    }
    out.push(...filled);
    droppedSinceText = false;
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return { text: out.join('\n') + '\n', lang: body.lang, fallback: body.fallback };
}
