/**
 * Loading principle pages from a folder in the NeRDS layout
 * (`<dir>/<slug>/index.md`, `<dir>/<slug>/index.en.md`). The only part of
 * src/content that touches the file system.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError, ExitCode } from '../lib/errors.js';
import type { Lang } from '../lib/i18n.js';
import { bundledPath } from '../lib/paths.js';
import { closest } from '../lib/suggest.js';
import { CATALOG } from './catalog.js';
import { PageError, parsePrinciple } from './parse.js';
import type { Principle } from './types.js';

export interface LoadOptions {
  lang?: Lang;
  /** A folder of the NeRDS layout; default the bundled content/. */
  contentDir?: string;
}

export interface Loaded {
  principle: Principle;
  /** The language actually read (a page may exist only in the other one). */
  lang: Lang;
  path: string;
  /** Remarks for stderr, such as a language fallback. */
  notes: string[];
}

export function bundledContentDir(): string {
  return bundledPath('content');
}

function pagePath(dir: string, slug: string, lang: Lang): string {
  return join(dir, slug, lang === 'nl' ? 'index.md' : `index.${lang}.md`);
}

function localSlugs(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.md')))
      .map((d) => d.name);
  } catch {
    return [];
  }
}

/** Which slug a user's word means: a slug, a number ("12"), or a title word. */
export function resolveSlug(id: string, contentDir?: string): string {
  const dir = contentDir ?? bundledContentDir();
  const word = id.trim().toLowerCase();
  const local = localSlugs(dir);
  if (local.includes(word)) return word;
  const num = /^\d+$/.test(word) ? Number(word) : null;
  const entry = CATALOG.find((c) => c.slug === word || (num !== null && c.number === num));
  if (entry) return entry.slug;
  const names = [...new Set([...local, ...CATALOG.map((c) => c.slug)])];
  const guess = closest(word, names);
  throw new UserError(`unknown principle "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}`, {
    hint: `Principles: ${CATALOG.map((c) => `${c.number} ${c.slug}`).join(', ')}. Run \`inkoop principles\` for the list.`,
  });
}

/** Loads and parses one principle page; falls back to the other language when a page is missing. */
export function loadPrinciple(id: string, options: LoadOptions = {}): Loaded {
  const lang = options.lang ?? 'nl';
  const dir = options.contentDir ?? bundledContentDir();
  if (options.contentDir && !existsSync(dir))
    throw new UserError(`--content: ${dir}: no such folder`);
  const slug = resolveSlug(id, dir);
  const notes: string[] = [];
  let path = pagePath(dir, slug, lang);
  let actual: Lang = lang;
  if (!existsSync(path)) {
    const other: Lang = lang === 'nl' ? 'en' : 'nl';
    const otherPath = pagePath(dir, slug, other);
    if (existsSync(otherPath)) {
      notes.push(
        `note: principle "${slug}" has no ${lang === 'en' ? 'English' : 'Dutch'} page; showing the ${other === 'en' ? 'English' : 'Dutch'} one`,
      );
      path = otherPath;
      actual = other;
    } else {
      const entry = CATALOG.find((c) => c.slug === slug);
      if (entry && !options.contentDir) {
        throw new UserError(
          `principle ${entry.number} "${entry.title}" is not bundled with inkoop; read it at ${entry.url}`,
          {
            exitCode: ExitCode.Failed,
            hint: 'Or point --content (or INKOOP_CONTENT) at the docs/principes folder of a NeRDS checkout.',
          },
        );
      }
      throw new UserError(`principle "${slug}" not found in ${dir}`, { exitCode: ExitCode.Failed });
    }
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UserError(`${path}: cannot read: ${(err as Error).message}`);
  }
  let principle: Principle;
  try {
    principle = parsePrinciple(text, { slug, lang: actual });
  } catch (err) {
    if (err instanceof PageError)
      throw new UserError(`${path}${err.line ? `:${err.line}:1` : ''}: ${err.message}`);
    throw err;
  }
  return { principle, lang: actual, path, notes };
}
