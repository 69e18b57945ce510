/**
 * The message catalogue: every sentence a person reads, in Dutch and
 * English, looked up by key with named parameters.
 *
 *   const t = translator('nl');
 *   t('score.winner', { vendor: 'Alfa', total: '78,19' });
 *
 * One language per run: src/cli.ts calls `setRunLang()` once, before
 * anything prints, from `--lang` (anywhere on the command line) or
 * INKOOP_LANG; `t()` without a language uses it. Renderers that are given a
 * language take `translator(lang)`.
 *
 * Entries live in ./messages/<domain>.ts (one file per domain, so features
 * do not edit one shared file) and are joined in ./messages.ts. A key is
 * `<domain>.<name>`. Parameters are written `{name}`; the types demand
 * exactly those names. A plural entry is `{ one, other }` per language and
 * is chosen by the parameter `count`. Lookups go through ./tables.ts, one
 * table per language (made at build time in the bundle: see there).
 */
import type { messages } from './messages.js';
import { tableFor } from './tables.js';
import { type Lang, LANGS, type Plural } from './types.js';

export { LANGS, type Lang } from './types.js';
export type { Entry, Plural } from './types.js';

type Catalogue = typeof messages;
export type MessageKey = keyof Catalogue;

type Text<E> = E extends { nl: infer N } ? (N extends Plural ? N['one'] | N['other'] : N) : never;
type ParamNames<S> = S extends `${string}{${infer P}}${infer R}` ? P | ParamNames<R> : never;
type PluralCount<E> = E extends { nl: Plural } ? 'count' : never;
type Names<K extends MessageKey> =
  | ParamNames<Text<Catalogue[K]>>
  | ParamNames<
      Catalogue[K] extends { en: infer X } ? (X extends Plural ? X['one'] | X['other'] : X) : never
    >
  | PluralCount<Catalogue[K]>;
export type Params<K extends MessageKey> = { [P in Names<K>]: string | number };

/** The arguments after the key: none for a message without parameters. */
export type MessageArgs<K extends MessageKey> = [Names<K>] extends [never]
  ? []
  : [params: Params<K>];

export type Translate = <K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string;

let runLang: Lang = 'nl';

/** Sets the language of this run (src/cli.ts, once, before anything prints). */
export function setRunLang(lang: Lang): void {
  runLang = lang;
}

/** The language of this run. */
export function getRunLang(): Lang {
  return runLang;
}

function fill(template: string, params: Record<string, string | number> | undefined): string {
  if (!params) return template;
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

function lookup(lang: Lang, key: string, params?: Record<string, string | number>): string {
  const table = tableFor(lang);
  if (!Object.hasOwn(table, key)) throw new Error(`no message "${key}"`);
  const text = table[key]!;
  if (typeof text === 'string') return fill(text, params);
  const count = Number(params?.count);
  return fill(count === 1 ? text.one : text.other, params);
}

/** A translate function for one language. */
export function translator(lang: Lang): Translate {
  return ((key: string, params?: Record<string, string | number>) =>
    lookup(lang, key, params)) as Translate;
}

/** A message in the run's language. */
export const t: Translate = ((key: string, params?: Record<string, string | number>) =>
  lookup(runLang, key, params)) as Translate;

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
