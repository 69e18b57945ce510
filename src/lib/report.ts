/**
 * Where a shareable report goes: `--out <file>` writes it safely (see
 * ./write.ts), `--out -` and no `--out` send it to standard output. Used by
 * `inkoop tco` and `inkoop score` for `--format html`.
 */
import { t } from '../i18n/index.js';
import { UserError } from './errors.js';
import type { Lang } from './i18n.js';
import { STDIN } from './io.js';
import { emit, note } from './output.js';
import { inlineSafe } from './text.js';
import { checkTarget, linkNote, writeFileSafe } from './write.js';

export interface ReportOutOptions {
  out?: string;
  force?: boolean;
}

/**
 * `--out` writes the HTML report; with another format it is a usage error
 * (exit 2), not silently ignored, except `--out -` (standard output), which
 * goes with every format. Checks the target early, before any computing.
 */
export function checkReportOut(format: string, opts: ReportOutOptions, example?: string): void {
  if (opts.out !== undefined && opts.out.trim() === '') throw new UserError(t('io.outEmpty'));
  if (opts.out !== undefined && opts.out !== STDIN && format !== 'html') {
    throw new UserError(t('io.outHtmlOnly', { format }));
  }
  if (opts.force && (opts.out === undefined || opts.out === STDIN))
    throw new UserError(t('io.forceWithoutOut'));
  if (opts.out !== undefined && opts.out !== STDIN)
    checkTarget(opts.out, { force: opts.force === true, example });
}

/** Writes the report to `--out` (and says so on stderr), or to standard output. */
export async function writeReport(
  text: string,
  opts: ReportOutOptions,
  _lang?: Lang,
  example?: string,
): Promise<void> {
  if (opts.out === undefined || opts.out === STDIN) {
    emit(text);
    return;
  }
  const target = await writeFileSafe(opts.out, text, { force: opts.force === true, example });
  const through = linkNote(target);
  if (through) note(through);
  note(t('common.written', { file: inlineSafe(opts.out) }));
}
