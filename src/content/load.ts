/**
 * Loading principle pages from a folder in the NeRDS layout
 * (`<dir>/<slug>/index.md`, `<dir>/<slug>/index.en.md`). The only part of
 * src/content that touches the file system.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UserError, ExitCode } from '../lib/errors.js';
import type { Lang } from '../lib/i18n.js';
import { readText } from '../lib/io.js';
import { bundledPath } from '../lib/paths.js';
import { closest } from '../lib/suggest.js';
import { inlineSafe } from '../lib/text.js';
import { translator } from '../i18n/index.js';
import { CATALOG } from './catalog.js';
import { PageError, type PageProblem, parsePrinciple } from './parse.js';
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

const PAGE_FILE: Record<Lang, string> = { nl: 'index.md', en: 'index.en.md' };
/** The other language, for a page that exists in one only. */
export const OTHER_LANG: Record<Lang, Lang> = { nl: 'en', en: 'nl' };

function pagePath(dir: string, slug: string, lang: Lang): string {
  return join(dir, slug, PAGE_FILE[lang]);
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
export function resolveSlug(id: string, contentDir?: string, lang: Lang = 'nl'): string {
  const t = translator(lang);
  const dir = contentDir ?? bundledContentDir();
  const word = id.trim().toLowerCase();
  const local = localSlugs(dir);
  if (local.includes(word)) return word;
  const num = /^\d+$/.test(word) ? Number(word) : null;
  const entry = CATALOG.find((c) => c.slug === word || (num !== null && c.number === num));
  if (entry) return entry.slug;
  const names = [...new Set([...local, ...CATALOG.map((c) => c.slug)])];
  const guess = closest(word, names);
  throw new UserError(
    t('content.error.unknownPrinciple', { id: inlineSafe(id) }) +
      (guess ? t('content.didYouMean', { name: inlineSafe(guess) }) : ''),
    {
      hint: t('content.hint.principles', {
        list: CATALOG.map((c) => `${c.number} ${c.slug}`).join(', '),
      }),
    },
  );
}

/** Loads and parses one principle page; falls back to the other language when a page is missing. */
export function loadPrinciple(id: string, options: LoadOptions = {}): Loaded {
  const lang = options.lang ?? 'nl';
  const t = translator(lang);
  const dir = options.contentDir ?? bundledContentDir();
  if (options.contentDir && !existsSync(dir))
    throw new UserError(t('content.error.noFolder', { dir: inlineSafe(dir) }));
  const slug = resolveSlug(id, dir, lang);
  const notes: string[] = [];
  let path = pagePath(dir, slug, lang);
  let actual: Lang = lang;
  if (!existsSync(path)) {
    const other = OTHER_LANG[lang];
    const otherPath = pagePath(dir, slug, other);
    if (existsSync(otherPath)) {
      notes.push(
        t(`content.note.pageOnly.${other}`, {
          slug: inlineSafe(slug),
        }),
      );
      path = otherPath;
      actual = other;
    } else {
      const entry = CATALOG.find((c) => c.slug === slug);
      if (entry && !options.contentDir) {
        throw new UserError(
          t('content.error.notBundled', {
            number: entry.number,
            title: entry.title,
            url: entry.url,
          }),
          { exitCode: ExitCode.Failed, hint: t('content.hint.notBundled') },
        );
      }
      throw new UserError(
        t('content.error.notFound', { slug: inlineSafe(slug), dir: inlineSafe(dir) }),
        { exitCode: ExitCode.Failed },
      );
    }
  }
  const text = readText(path, 'page');
  let principle: Principle;
  try {
    principle = parsePrinciple(text, { slug, lang: actual });
  } catch (err) {
    if (err instanceof PageError) {
      const at = err.line ? `:${err.line}:${err.col ?? 1}` : '';
      throw new UserError(`${inlineSafe(path)}${at}: ${pageProblem(err.problem, lang)}`);
    }
    throw err;
  }
  return { principle, lang: actual, path, notes };
}

function pageProblem(problem: PageProblem, lang: Lang): string {
  const t = translator(lang);
  switch (problem.kind) {
    case 'frontMatterOpen':
      return t('content.error.frontMatterOpen');
    case 'frontMatter':
      return t('content.error.frontMatter', { reason: inlineSafe(problem.reason) });
    case 'tooDeep':
      return t('content.error.tooDeep', { max: problem.max });
  }
}
