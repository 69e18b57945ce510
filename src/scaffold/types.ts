/** Types of the scaffold core: templates, fields, answers and the strategy check. */
import type { MessageKey } from '../i18n/index.js';
import type { Lang } from '../lib/i18n.js';

export const FIELD_TYPES = [
  'text',
  'multiline',
  'number',
  'amount',
  'percentage',
  'date',
  'choice',
  'list',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** What a command-line flag can fill in: `--tco costs.yaml` or `--criteria tender.yaml`. */
export const FILL_SOURCES = ['tco', 'criteria'] as const;
export type FillSource = (typeof FILL_SOURCES)[number];

/** A text in both languages. */
export interface Localized {
  nl: string;
  en: string;
}

export interface Choice {
  value: string;
  label: Localized;
}

export interface Validation {
  /** number, amount (in euros), percentage (in percent): inclusive bounds. */
  min?: number;
  max?: number;
  /** number: whole numbers only. */
  integer?: boolean;
  /** text, multiline: a regular expression the whole answer must match. */
  pattern?: string;
  /** text, multiline: length in characters. */
  min_length?: number;
  max_length?: number;
  /** list: number of items. */
  min_items?: number;
  max_items?: number;
  /** The message shown when `pattern` does not match. */
  message?: Localized;
}

/**
 * An answer after coercion: text, multiline, choice (the choice's value) and
 * date (ISO yyyy-mm-dd) are strings; number and percentage (in percent, 2.25
 * for 2.25%) are numbers; amount is integer cents; list is an array of strings.
 */
export type Value = string | number | string[];

/** Answers by field key; a key that is absent is unanswered. */
export type Answers = Record<string, Value>;

export interface Field {
  key: string;
  question: Localized;
  help: Localized | null;
  type: FieldType;
  required: boolean;
  /** The default per language, already coerced; undefined when there is none. */
  default: { nl: Value | undefined; en: Value | undefined };
  /** True when the default is the date of today (`default: today`). */
  defaultToday: boolean;
  choices: Choice[];
  validation: Validation;
  /** Filled from a command-line flag when given (`--tco`, `--criteria`). */
  fill: FillSource | null;
  /** Line of the field's `key:` in the template file. */
  line: number;
}

/** A piece of a template line: literal text or a placeholder. */
export type Segment = { text: string } | { key: string; col: number };

export interface BodyLine {
  /** Line number in the template file. */
  line: number;
  segments: Segment[];
}

/** How answers are inserted: as text (Markdown) or as JSON-style scalars (YAML, JSON). */
export type OutputMode = 'text' | 'structured';

export interface Template {
  kind: string;
  /** Where the template came from (a path, for messages). */
  file: string;
  title: Localized;
  description: Localized;
  source: string | null;
  /** Extension of the written file: md, yaml, ... */
  extension: string;
  mode: OutputMode;
  fields: Field[];
  /** Body per language; a language without its own body uses the other one. */
  bodies: Partial<Record<Lang, BodyLine[]>>;
}

export type CheckStatus = 'covered' | 'placeholder' | 'empty' | 'missing';

export interface Placeholder {
  line: number;
  col: number;
  text: string;
}

/** The name of a part of a strategy or of an evaluation question: a key of the message catalogue. */
export type CheckText = Extract<MessageKey, `check.part.${string}` | `check.question.${string}`>;

export interface CheckItem {
  id: string;
  kind: 'condition' | 'question';
  /** The part's name in the report: a key of the message catalogue. */
  label: CheckText;
  status: CheckStatus;
  /** The headings (or labels) that matched, with their line. */
  matches: {
    heading: string;
    line: number;
    kind: 'heading' | 'label' | 'item';
    status: CheckStatus;
  }[];
  /** Placeholders inside the matching sections. */
  placeholders: Placeholder[];
  /** A heading that would be recognised: a key of the message catalogue. */
  expected: CheckText;
}

export interface CheckResult {
  items: CheckItem[];
  /** Every placeholder in the document, in order. */
  placeholders: Placeholder[];
  summary: Record<CheckStatus, number>;
  /** True when nothing is empty or missing (and, with strict, no placeholder is left). */
  ok: boolean;
  strict: boolean;
}
