/**
 * `inkoop scaffold <kind>`: a procurement document from one of the
 * principle's templates, by interview in a terminal or unattended from an
 * answers file, `--set` and `--defaults`. Writes safely: never over an
 * existing file without --force, never half a file.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { InterruptedError, UserError } from '../lib/errors.js';
import { json, parseFormat, textTable } from '../lib/tables.js';
import { resolveLang, type Lang } from '../lib/i18n.js';
import { listFolder, readText, STDIN } from '../lib/io.js';
import { inlineSafe } from '../lib/text.js';
import { emit, emitText, note } from '../lib/output.js';
import { bundledPath } from '../lib/paths.js';
import { closest } from '../lib/suggest.js';
import { type Translate, translator } from '../i18n/index.js';
import { checkTarget, linkNote, writeFileSafe } from '../lib/write.js';
import { parseYaml } from '../lib/yaml.js';
import { readAnswersFile } from '../input/answers.js';
import {
  exampleAnswers,
  missingFields,
  missingMessage,
  parseSets,
  resolveAnswers,
} from '../scaffold/answers.js';
import { fillTemplate } from '../scaffold/fill.js';
import { InterviewCancelled, interview } from '../scaffold/interview.js';
import { parseTemplate, templateName } from '../scaffold/template.js';
import type { FillSource, Template } from '../scaffold/types.js';

export interface ScaffoldOptions {
  list?: boolean;
  templates?: string;
  lang?: string;
  answers?: string;
  set?: string[];
  defaults?: boolean;
  /** false with --no-input. */
  input?: boolean;
  tco?: string;
  criteria?: string;
  out?: string;
  stdout?: boolean;
  force?: boolean;
  format?: string;
  exampleAnswers?: boolean;
  color?: boolean;
}

export interface TemplateEntry {
  kind: string;
  extension: string;
  file: string;
  /** "bundled", or the --templates folder. */
  origin: string;
}

/** yyyy-mm-dd in local time. */
export function today(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** No questions without a terminal on both ends, in CI, or with --no-input. */
export function interactive(
  opts: { input?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (opts.input === false) return false;
  const ci = env.CI;
  if (ci !== undefined && ci !== '' && !['0', 'false'].includes(ci.toLowerCase())) return false;
  return process.stdin.isTTY === true && process.stdout.isTTY === true;
}

function templatesOption(opts: ScaffoldOptions): { dir: string; from: string } | undefined {
  if (opts.templates !== undefined) return { dir: opts.templates, from: '--templates' };
  const env = process.env.INKOOP_TEMPLATES;
  return env ? { dir: env, from: 'INKOOP_TEMPLATES' } : undefined;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function scan(dir: string, origin: string, into: Map<string, TemplateEntry>): void {
  for (const name of listFolder(dir)) {
    const named = templateName(name);
    if (!named) continue;
    const file = join(dir, name);
    // A name that is not a regular file is left to readText, which says what it is.
    if (isFolder(file)) continue;
    into.set(named.kind, { kind: named.kind, extension: named.extension, file, origin });
  }
}

/** The templates by kind: the bundled ones, overridden and extended by --templates / INKOOP_TEMPLATES. */
export function templateEntries(
  user: { dir: string; from: string } | undefined,
  lang: Lang = 'nl',
): Map<string, TemplateEntry> {
  const t = translator(lang);
  const entries = new Map<string, TemplateEntry>();
  scan(bundledPath('templates'), 'bundled', entries);
  if (user !== undefined) {
    const { dir: userDir, from } = user;
    let isDir = false;
    try {
      isDir = statSync(userDir).isDirectory();
    } catch {
      throw new UserError(t('scaffold.error.noFolder', { from, dir: inlineSafe(userDir) }));
    }
    if (!isDir)
      throw new UserError(t('scaffold.error.notFolder', { from, dir: inlineSafe(userDir) }));
    scan(userDir, userDir, entries);
  }
  return entries;
}

export function loadTemplate(entry: TemplateEntry): Template {
  return parseTemplate(readText(entry.file, 'template'), entry.file, entry.kind, entry.extension);
}

function listKinds(
  entries: Map<string, TemplateEntry>,
  lang: Lang,
  format: 'table' | 'json',
): string {
  const templates = [...entries.values()].map((e) => ({ entry: e, template: loadTemplate(e) }));
  if (format === 'json') {
    return json(
      templates.map(({ entry, template }) => ({
        kind: entry.kind,
        title: template.title[lang],
        description: template.description[lang],
        output: `${entry.kind}.${entry.extension}`,
        origin: entry.origin,
        fields: template.fields.length,
        required: template.fields.filter((f) => f.required).length,
      })),
    );
  }
  const t = translator(lang);
  const head = [t('scaffold.col.kind'), t('scaffold.col.file'), t('scaffold.col.description')];
  const rows = templates.map(({ entry, template }) => [
    entry.kind,
    `${entry.kind}.${entry.extension}`,
    template.description[lang] + (entry.origin === 'bundled' ? '' : ` (${entry.origin})`),
  ]);
  return textTable(
    head.map((header) => ({ header })),
    rows,
  );
}

function findEntry(kind: string, entries: Map<string, TemplateEntry>, t: Translate): TemplateEntry {
  const entry = entries.get(kind.toLowerCase());
  if (entry) return entry;
  const kinds = [...entries.keys()];
  const guess = closest(kind.toLowerCase(), kinds);
  throw new UserError(
    t('scaffold.error.unknownTemplate', { kind: inlineSafe(kind) }) +
      (guess === undefined ? '' : t('scaffold.didYouMean', { name: guess })),
    { hint: t('scaffold.hint.templates', { list: kinds.join(', ') }) },
  );
}

/** The Markdown that --tco and --criteria put into the fields that declare `fill:`. */
async function fillTexts(
  opts: ScaffoldOptions,
  template: Template,
  lang: Lang,
): Promise<Partial<Record<FillSource, string>>> {
  const fills: Partial<Record<FillSource, string>> = {};
  const wanted: [FillSource, string | undefined][] = [
    ['tco', opts.tco],
    ['criteria', opts.criteria],
  ];
  for (const [source, path] of wanted) {
    if (path === undefined) continue;
    if (!template.fields.some((f) => f.fill === source)) {
      const t = translator(lang);
      throw new UserError(
        t('scaffold.error.noFill', {
          source,
          kind: template.kind,
          kinds: t(source === 'tco' ? 'scaffold.kinds.tco' : 'scaffold.kinds.criteria'),
        }),
      );
    }
    fills[source] =
      source === 'tco' ? await tcoSection(path, lang) : await criteriaSection(path, lang);
  }
  return fills;
}

async function tcoSection(path: string, lang: Lang): Promise<string> {
  const [{ readCostsFile, computeFile }, { tcoMarkdown }] = await Promise.all([
    import('../input/costs.js'),
    import('../tco/render.js'),
  ]);
  const { document, source } = readCostsFile(path);
  return tcoMarkdown(computeFile(document, source), lang).replace(/\n+$/, '');
}

async function criteriaSection(path: string, lang: Lang): Promise<string> {
  const [{ readTender }, { criteriaSetsMarkdown }, { criteriaSets }] = await Promise.all([
    import('../input/tender.js'),
    import('../score/render.js'),
    import('../score/criteria.js'),
  ]);
  const { document } = readTender(path, { resolveTco: false });
  // With lots, each lot's criteria under a heading of its own: none is left out.
  return criteriaSetsMarkdown(criteriaSets(document), lang).replace(/\n+$/, '');
}

function outputPath(opts: ScaffoldOptions, template: Template, t: Translate): string | null {
  if (opts.stdout && opts.out !== undefined && opts.out !== STDIN)
    throw new UserError(t('scaffold.error.stdoutAndOut'));
  if (opts.stdout || opts.out === STDIN) return null;
  return opts.out ?? `${template.kind}.${template.extension}`;
}

/** Fails before any question is asked when the file cannot be written. */
function checkWritable(path: string, force: boolean, example: string): void {
  checkTarget(path, { force, example });
}

export async function run(kind: string | undefined, opts: ScaffoldOptions): Promise<void> {
  const lang = resolveLang(opts.lang);
  const t = translator(lang);
  const entries = templateEntries(templatesOption(opts), lang);
  if (opts.list) {
    const format = parseFormat(opts.format, ['table', 'json'] as const, 'table');
    const list = listKinds(entries, lang, format);
    return format === 'json' ? emit(list) : emitText(list);
  }
  if (opts.format !== undefined) throw new UserError(t('scaffold.error.formatWithoutList'));
  if (kind === undefined) {
    throw new UserError(t('scaffold.error.noKind'), {
      hint: t('scaffold.hint.templates', { list: [...entries.keys()].join(', ') }),
    });
  }
  const template = loadTemplate(findEntry(kind, entries, t));
  const date = today();
  if (opts.exampleAnswers) return emit(exampleAnswers(template, lang, date));

  const out = outputPath(opts, template, t);
  if (out !== null)
    checkWritable(out, opts.force === true, `${template.kind}.${template.extension}`);

  const { sets, errors: setErrors } = parseSets(opts.set ?? [], lang);
  if (setErrors.length) throw new UserError(setErrors.join('\n'));
  const file = opts.answers !== undefined ? readAnswersFile(opts.answers) : undefined;
  const fills = await fillTexts(opts, template, lang);
  const resolved = resolveAnswers(template, lang, {
    file,
    sets,
    defaults: opts.defaults === true,
    fills,
    today: date,
  });
  if (resolved.errors.length) throw new UserError(resolved.errors.join('\n'));

  let answers = resolved.answers;
  if (interactive(opts) && opts.answers !== STDIN) {
    const { createPrompter } = await import('../lib/prompts.js');
    const prompter = createPrompter({}, keyHints(t));
    const toAsk = template.fields.filter(
      (f) => !resolved.filled.includes(f.key) && answers[f.key] === undefined,
    ).length;
    prompter.print(t('scaffold.start', { title: template.title[lang], count: toAsk }));
    try {
      answers = await interview(template, lang, prompter, {
        preset: answers,
        locked: new Set(resolved.filled),
        today: date,
      });
    } catch (err) {
      if (err instanceof InterviewCancelled || err instanceof InterruptedError) {
        note(t('scaffold.cancelled'));
        throw new InterruptedError();
      }
      throw err;
    }
  } else {
    const missing = missingFields(template, answers);
    if (missing.length) {
      const { message, hint } = missingMessage(template, missing, lang, opts.defaults === true);
      throw new UserError(message, { hint });
    }
  }

  const filled = fillTemplate(template, answers, lang, { trusted: new Set(resolved.filled) });
  if (filled.fallback)
    note(
      t(`scaffold.note.bodyOnly.${filled.lang}`, {
        kind: template.kind,
      }),
    );
  if (template.mode === 'structured') {
    try {
      parseYaml(filled.text, `${template.kind}.${template.extension}`);
    } catch (err) {
      throw new UserError(
        t('scaffold.error.invalidOutput', {
          file: inlineSafe(template.file),
          format: template.extension.toUpperCase(),
          reason: inlineSafe((err as Error).message),
        }),
      );
    }
  }
  if (out === null) return emit(filled.text);
  const target = await writeFileSafe(out, filled.text, {
    force: opts.force === true,
    example: `${template.kind}.${template.extension}`,
  });
  const through = linkNote(target);
  if (through) note(through);
  note(t('common.written', { file: inlineSafe(out) }));
  if (template.kind === 'strategy') note(t('scaffold.checkHint', { file: inlineSafe(out) }));
}

/** The prompt library's key hints, in the run's language. */
function keyHints(t: Translate): Record<string, string> {
  return {
    navigate: t('scaffold.key.navigate'),
    select: t('scaffold.key.select'),
    disabled: t('scaffold.key.disabled'),
  };
}
