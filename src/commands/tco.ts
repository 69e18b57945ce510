/** `inkoop tco [file]`: total cost of ownership of the alternatives in a costs file. */
import { UserError } from '../lib/errors.js';
import { json, parseFormat } from '../lib/format.js';
import { resolveLang } from '../lib/i18n.js';
import { displayName } from '../lib/io.js';
import { emit, note } from '../lib/output.js';
import { checkReportOut, writeReport } from '../lib/report.js';
import { tcoCsv, tcoJson, tcoMarkdown, tcoText } from '../tco/render.js';
import { formatDate } from '../lib/i18n.js';
import { computeFile, readCostsFile } from '../input/costs.js';

export interface TcoOptions {
  file?: string;
  format?: string;
  detail?: boolean;
  years?: string;
  discountRate?: string;
  date?: string;
  lang?: string;
  color?: boolean;
  /** With --format html: write the report to this file instead of stdout. */
  out?: string;
  force?: boolean;
}

const FORMATS = ['table', 'json', 'csv', 'markdown', 'html'] as const;

export async function run(fileArg: string | undefined, opts: TcoOptions): Promise<void> {
  const lang = resolveLang(opts.lang);
  const format = parseFormat(opts.format, FORMATS, 'table');
  checkReportOut(format, opts);
  if (fileArg !== undefined && opts.file !== undefined && fileArg !== opts.file) {
    throw new UserError(`two costs files given (${fileArg} and --file ${opts.file}); give one`);
  }
  const path = fileArg ?? opts.file;
  if (path === undefined)
    throw new UserError(
      'no costs file: give one as `inkoop tco costs.yaml` or `--file costs.yaml` (- reads standard input)',
      { hint: 'Start from the example: inkoop tco examples/costs.yaml, or inkoop scaffold costs' },
    );
  const { document, overrides } = readCostsFile(path, opts);
  const result = computeFile(document, displayName(path), overrides);
  for (const w of result.warnings) note(`warning: ${w}`);
  const outdated = result.options.find((o) => o.threshold?.outdated)?.threshold;
  if (outdated)
    note(
      `warning: the EU thresholds used (${outdated.period}) held until ${formatDate(new Date(`${outdated.periodTo}T00:00:00Z`), 'en')}; check the thresholds in force now`,
    );

  if (format === 'json') return emit(json(tcoJson(result)));
  if (format === 'csv') return emit(tcoCsv(result, { detail: opts.detail }));
  if (format === 'markdown') {
    const title = `## ${lang === 'nl' ? 'Total Cost of Ownership' : 'Total cost of ownership'}${result.title ? `: ${result.title}` : ''}\n\n`;
    return emit(title + tcoMarkdown(result, lang, { detail: opts.detail, full: true }));
  }
  if (format === 'html') {
    const { tcoHtml } = await import('../tco/html.js');
    const version = typeof __INKOOP_VERSION__ === 'string' ? __INKOOP_VERSION__ : undefined;
    return writeReport(tcoHtml(result, lang, { version }), opts, lang);
  }
  let heading: ((s: string) => string) | undefined;
  if (process.stdout.isTTY) {
    const { loadChalk } = await import('../lib/color.js');
    const chalk = await loadChalk(opts.color);
    heading = (s: string) => chalk.bold(s);
  }
  emit(tcoText(result, lang, { detail: opts.detail, heading }));
}
