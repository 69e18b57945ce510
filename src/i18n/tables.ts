/**
 * The catalogue as one table per language (`key -> text`), made when that
 * language is first asked for.
 *
 * scripts/build.mjs puts another body in this module's place in the bundle:
 * the same tables, made at build time and kept as JSON text, so that a start
 * parses only the run's language, as JSON (cheaper than the object literals
 * of ./messages.ts). Keep `tableFor` as the module's only export.
 */
import { messages } from './messages.js';
import type { Entry, Lang, Plural } from './types.js';

export type Table = Readonly<Record<string, string | Plural>>;

const tables: Partial<Record<Lang, Table>> = {};

/** Every message in one language. */
export function tableFor(lang: Lang): Table {
  let table = tables[lang];
  if (!table) {
    const made: Record<string, string | Plural> = {};
    for (const [key, entry] of Object.entries(messages as Record<string, Entry>)) {
      made[key] = entry[lang];
    }
    table = made;
    tables[lang] = table;
  }
  return table;
}
