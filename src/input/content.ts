/** Option handling shared by the principle commands. */
import { resolveLang, type Lang } from '../lib/i18n.js';
import { loadPrinciple, type Loaded } from '../content/load.js';
import { note } from '../lib/output.js';

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
