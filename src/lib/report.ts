/**
 * Where a shareable report goes: `--out <file>` writes it safely (never over
 * an existing file without `--force`; a temporary file, then a rename), and
 * without `--out` it goes to standard output. Used by `inkoop tco` and
 * `inkoop score` for `--format html`.
 */
import { UserError } from './errors.js';
import type { Lang } from './i18n.js';
import { emit, note } from './output.js';
import { writeFileSafe } from './write.js';

export interface ReportOutOptions {
  out?: string;
  force?: boolean;
}

/** `--out` writes the HTML report; with another format it is a usage error (exit 2), not silently ignored. */
export function checkReportOut(format: string, opts: ReportOutOptions): void {
  if (opts.out !== undefined && format !== 'html') {
    throw new UserError(
      `--out writes the HTML report; use it with --format html (for --format ${format}, redirect standard output: > file)`,
    );
  }
  if (opts.out !== undefined && opts.out.trim() === '')
    throw new UserError('--out: expected a file name');
  if (opts.force && opts.out === undefined)
    throw new UserError('--force overwrites the file of --out; give --out <file> too');
}

/** Writes the report to `--out` (and says so on stderr), or to standard output. */
export function writeReport(text: string, opts: ReportOutOptions, lang: Lang): void {
  if (opts.out === undefined) {
    emit(text);
    return;
  }
  writeFileSafe(opts.out, text, { force: opts.force === true });
  note(lang === 'nl' ? `${opts.out} geschreven` : `wrote ${opts.out}`);
}
