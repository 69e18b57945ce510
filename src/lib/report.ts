/**
 * Where a command's report goes: standard output, any number of `--out`
 * files and, with `--summary`, the step summary of GitHub Actions. One run
 * makes every artefact a pipeline needs:
 *
 *     inkoop score tender/ --out report.html --out score.json --out junit.xml
 *
 * - Each `--out` file takes the format its extension names (EXTENSIONS);
 *   `--out -` is standard output. A name without an extension takes
 *   `--format`; an unknown extension, or a format the command does not
 *   write, is a usage error (exit 2).
 * - Standard output carries `--format` (or the command's default), except
 *   when `--out` files are given: then only with `--out -`, or when
 *   `--format` is given and no file takes that format (so the old
 *   `--format html --out report.html` still writes the file alone).
 * - Every target is checked before anything is computed (planOutputs), and
 *   all files are written as one group (writeFilesSafe): each in full to a
 *   temporary name first, then moved into place, so a failed write leaves
 *   the old files as they were.
 */
import { extname, resolve } from 'node:path';
import { t } from '../i18n/index.js';
import { UserError } from './errors.js';
import { STDIN } from './io.js';
import { emit, note } from './output.js';
import { unwrapped } from './columns.js';
import { fitText } from './width.js';
import { parseFormat } from './tables.js';
import { inlineSafe } from './text.js';
import {
  appendFileSafe,
  checkAppendTarget,
  checkTarget,
  linkNote,
  writeFilesSafe,
} from './write.js';

/** The format each file extension names. `table` is the plain-text report. */
export const EXTENSIONS: Readonly<Record<string, string>> = {
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.csv': 'csv',
  '.txt': 'table',
  '.xml': 'junit',
  '.xlsx': 'xlsx',
};

/** A format's name in messages. */
const FORMAT_NAMES: Readonly<Record<string, string>> = {
  html: 'HTML',
  json: 'JSON',
  markdown: 'Markdown',
  csv: 'CSV',
  junit: 'JUnit XML',
  xlsx: 'Excel (xlsx)',
};

/** The variable GitHub Actions sets to the file of the step summary. */
export const STEP_SUMMARY = 'GITHUB_STEP_SUMMARY';

export interface OutputOptions {
  format?: string;
  /** True when --format was given on the command line (not the default). */
  formatGiven?: boolean;
  /** One or more --out values (commander collects repeated ones). */
  out?: string | readonly string[];
  force?: boolean;
  /** --summary: append the Markdown report to $GITHUB_STEP_SUMMARY. */
  summary?: boolean;
}

export interface OutputPlan<F extends string> {
  /** The format of standard output (--format, or the command's default). */
  format: F;
  /** Whether anything goes to standard output. */
  stdout: boolean;
  files: { path: string; format: F }[];
  force: boolean;
  /** The step summary file, with --summary. */
  summary: string | null;
}

/** Where a rendering goes: a terminal or pipe, or a file (no colour, no terminal width). */
export type Where = 'stdout' | 'file';
export type Rendered = string | Uint8Array;
export type Render<F extends string> = (format: F, where: Where) => Rendered | Promise<Rendered>;

/** The extensions that name one of `formats`, for messages (".html, .json, .md"). */
function extensionsFor(formats: readonly string[]): string {
  return Object.entries(EXTENSIONS)
    .filter(([ext, f]) => formats.includes(f) && ext !== '.htm' && ext !== '.markdown')
    .map(([ext]) => ext)
    .join(', ');
}

/** The format a `--out` file takes, from its extension (or --format when it has none). */
function fileFormat<F extends string>(
  path: string,
  formats: readonly F[],
  given: F | undefined,
): F {
  const file = inlineSafe(path);
  const extensions = extensionsFor(formats);
  const ext = extname(path).toLowerCase();
  if (ext === '') {
    if (given !== undefined) return given;
    throw new UserError(t('pipeline.outNoExtension', { file, extensions }));
  }
  const format = EXTENSIONS[ext];
  if (format === undefined)
    throw new UserError(
      t('pipeline.outUnknownExtension', { file, ext: inlineSafe(ext), extensions }),
    );
  if (!(formats as readonly string[]).includes(format))
    throw new UserError(
      t('pipeline.outUnsupported', { file, format: FORMAT_NAMES[format] ?? format, extensions }),
    );
  return format as F;
}

/**
 * Works out where the report goes and checks every target (exit 2 on a
 * mistake), before the command reads or computes anything.
 */
export function planOutputs<F extends string>(
  opts: OutputOptions,
  formats: readonly F[],
  fallback: F,
  example?: string,
): OutputPlan<F> {
  const format = parseFormat(opts.format, formats, fallback);
  const given =
    opts.formatGiven === false ? undefined : opts.format === undefined ? undefined : format;
  const outs = opts.out === undefined ? [] : typeof opts.out === 'string' ? [opts.out] : opts.out;
  const force = opts.force === true;
  const files: { path: string; format: F }[] = [];
  const seen = new Map<string, string>();
  for (const path of outs) {
    if (path.trim() === '') throw new UserError(t('io.outEmpty'));
    if (path === STDIN) continue;
    const fmt = fileFormat(path, formats, given);
    const target = checkTarget(path, { force, example });
    for (const key of new Set([resolve(path), resolve(target.real)])) {
      const other = seen.get(key);
      if (other !== undefined)
        throw new UserError(
          t('pipeline.outTwice', { file: inlineSafe(path), other: inlineSafe(other) }),
        );
      seen.set(key, path);
    }
    files.push({ path, format: fmt });
  }
  if (force && files.length === 0) throw new UserError(t('io.forceWithoutOut'));
  const stdout =
    files.length === 0 ||
    outs.includes(STDIN) ||
    (given !== undefined && !files.some((f) => f.format === given));
  // A workbook is bytes: never to a terminal.
  if (stdout && format === 'xlsx' && process.stdout.isTTY)
    throw new UserError(
      t('sheets.xlsxTerminal', {
        example: (example ?? 'report').replace(/\.[a-z]+$/, '') + '.xlsx',
      }),
    );
  let summary: string | null = null;
  if (opts.summary) {
    const path = process.env[STEP_SUMMARY];
    if (path === undefined || path.trim() === '') throw new UserError(t('pipeline.summaryNoEnv'));
    checkAppendTarget(path);
    summary = path;
  }
  return { format, stdout, files, force, summary };
}

/**
 * Renders each format the plan needs once, writes the files as one group,
 * appends the Markdown report to the step summary, then prints standard
 * output. Notes on stderr say what was written.
 */
/** The formats meant to be read on a terminal. */
const TEXT_FORMATS: readonly string[] = ['table', 'text', 'terminal'];

export async function deliver<F extends string>(
  plan: OutputPlan<F>,
  render: Render<F>,
  example?: string,
): Promise<void> {
  const made = new Map<string, Rendered>();
  const once = async (format: F, where: Where): Promise<Rendered> => {
    const key = `${where}:${format}`;
    let r = made.get(key);
    if (r === undefined) {
      r = await render(format, where);
      made.set(key, r);
    }
    return r;
  };
  const files: { path: string; data: Rendered }[] = [];
  // Files are not fitted to the terminal's width (docs/terminal.md).
  await unwrapped(async () => {
    for (const f of plan.files) files.push({ path: f.path, data: await once(f.format, 'file') });
  });
  const summary =
    plan.summary === null ? null : await unwrapped(() => once('markdown' as F, 'file'));
  const out = plan.stdout ? await once(plan.format, 'stdout') : null;

  const targets = await writeFilesSafe(files, { force: plan.force, example });
  for (const target of targets) {
    const through = linkNote(target);
    if (through) note(through);
    note(t('common.written', { file: inlineSafe(target.path) }));
  }
  if (plan.summary !== null && summary !== null) {
    const text = typeof summary === 'string' ? summary : Buffer.from(summary).toString('utf8');
    await appendFileSafe(plan.summary, text.endsWith('\n') ? `${text}\n` : `${text}\n\n`);
    note(t('pipeline.summaryWritten', { file: inlineSafe(plan.summary) }));
  }
  if (out !== null) {
    // The text formats fit the width on standard output; the others are printed as they are.
    if (typeof out === 'string') emit(TEXT_FORMATS.includes(plan.format) ? fitText(out) : out);
    else process.stdout.write(out);
  }
}
