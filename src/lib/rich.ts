/**
 * Text that a report's view model holds: sentences and cells made of the
 * program's own words (from the message catalogue, numbers already
 * formatted) and text taken from input files (names, descriptions), kept
 * apart so that each output adapter escapes only, and always, the input:
 *
 *   const s = richT(tr, 'tco.conclusionCheapest', { option: input(name), ... });
 *   toTerminal(s)  // names through inlineSafe
 *   toMarkdown(s)  // names through mdText
 *   toHtml(s)      // everything escaped
 */
import type { MessageKey, Params, Translate } from '../i18n/index.js';
import { type Html, join } from './html.js';
import { inlineSafe, mdText } from './text.js';

/** Text from input: it is escaped for wherever it goes. */
export interface Input {
  readonly input: string;
}

/** One piece: the program's own text, or text from input. */
export type Part = string | Input;

/** A sentence or table cell made of parts. */
export type Rich = readonly Part[];

/** Marks text from input. */
export const input = (text: string): Input => ({ input: text });

/** A cell or sentence that is only text from input. */
export const fromInput = (text: string): Rich => [input(text)];

type Value = string | number | Input | Rich;
type RichArgs<K extends MessageKey> = [keyof Params<K>] extends [never]
  ? []
  : [params: { [P in keyof Params<K>]: Value }];

const isInput = (v: unknown): v is Input =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'input' in v;

/**
 * A catalogue message whose parameters keep their kind: a string or number
 * parameter is the program's own text; an `input(...)` or a Rich parameter
 * stays marked, so the adapter escapes it.
 */
export function richT<K extends MessageKey>(tr: Translate, key: K, ...args: RichArgs<K>): Part[] {
  const params = (args[0] ?? {}) as Record<string, Value>;
  const kept: Rich[] = [];
  const plain: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') plain[name] = value;
    else {
      plain[name] = `\u0000${kept.length}\u0000`;
      kept.push(isInput(value) ? [value] : (value as Rich));
    }
  }
  const text = (tr as (k: string, p: Record<string, string | number>) => string)(key, plain);
  const out: Part[] = [];
  text.split(/\u0000(\d+)\u0000/).forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece) out.push(piece);
    } else out.push(...kept[Number(piece)]!);
  });
  return out;
}

/** Joins rich texts with a separator of the program's own. */
export function richJoin(items: readonly Rich[], separator: string): Part[] {
  return items.flatMap((item, i) => (i === 0 ? [...item] : [separator, ...item]));
}

/** "a, b and c" with rich items; `and` is the catalogue's word. */
export function richList(items: readonly Rich[], and: string): Part[] {
  if (items.length <= 1) return items.flatMap((i) => [...i]);
  return [...richJoin(items.slice(0, -1), ', '), ` ${and} `, ...items[items.length - 1]!];
}

/** The text with its input pieces passed through `safe`. */
export function flatten(rich: Rich, safe: (text: string) => string): string {
  return rich.map((p) => (typeof p === 'string' ? p : safe(p.input))).join('');
}

/** The text without escaping (for a test, or for a place that escapes everything itself). */
export const plainText = (rich: Rich): string => flatten(rich, (s) => s);

/** For a terminal or stderr: control characters from input shown as escapes, on one line. */
export const toTerminal = (rich: Rich): string => flatten(rich, inlineSafe);

/** For Markdown: input escaped so that it renders as written. */
export const toMarkdown = (rich: Rich): string => flatten(rich, mdText);

/** For HTML: everything escaped. */
export const toHtml = (rich: Rich): Html =>
  join(rich.map((p) => (typeof p === 'string' ? p : p.input)));
