/** Option handling shared by the principle commands. */
import { resolveLang, type Lang } from '../lib/i18n.js';
import { loadPrinciple, type Loaded } from '../content/load.js';
import { json } from '../lib/tables.js';
import { note } from '../lib/output.js';
import { jsonSafe, mdText } from '../lib/text.js';

export interface PrincipleOptions {
  lang?: string;
  content?: string;
  format?: string;
  color?: boolean;
}

export function contentDir(opts: PrincipleOptions): string | undefined {
  return opts.content ?? (process.env.INKOOP_CONTENT || undefined);
}

export function loadFor(
  id: string,
  opts: PrincipleOptions,
  lang: Lang = resolveLang(opts.lang),
): Loaded {
  const loaded = loadPrinciple(id, { lang, contentDir: contentDir(opts) });
  for (const n of loaded.notes) note(n);
  return loaded;
}

/** JSON of page data, with no character in it that a terminal would act on. */
export function pageJson(data: unknown): string {
  return jsonSafe(json(data));
}

/** A title from a page as the text of a Markdown heading ("12. Titel" needs no escaped dot there). */
export function mdHeading(title: string): string {
  return mdText(title).replace(/^(\d+)\\([.)])/, '$1$2');
}
