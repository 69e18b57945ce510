/** `inkoop tco [file]`: total cost of ownership of the alternatives in a costs file. */
import { t, translator } from '../i18n/index.js';
import { UserError } from '../lib/errors.js';
import { csvDialect, csvFormat, json } from '../lib/tables.js';
import { resolveLang } from '../lib/i18n.js';
import { note } from '../lib/output.js';
import { deliver, planOutputs } from '../lib/report.js';
import { computeFile, readCostsFile } from '../input/costs.js';
import { toTerminal } from '../lib/rich.js';
import { inlineSafe } from '../lib/text.js';
import {
  outdatedWarning,
  tcoCsv,
  tcoJson,
  tcoMarkdownReport,
  tcoText,
  warningText,
} from '../tco/render.js';

export interface TcoOptions {
  file?: string;
  format?: string;
  detail?: boolean;
  years?: string;
  discountRate?: string;
  date?: string;
  lang?: string;
  color?: boolean;
  /** --out (repeatable), --force, --summary: see src/lib/report.ts. */
  formatGiven?: boolean;
  out?: string | string[];
  force?: boolean;
  summary?: boolean;
  /** --csv-separator: overrides the language's CSV separator. */
  csvSeparator?: string;
}

const FORMATS = ['table', 'json', 'csv', 'markdown', 'html', 'xlsx'] as const;

export async function run(fileArg: string | undefined, opts: TcoOptions): Promise<void> {
  const lang = resolveLang(opts.lang);
  const plan = planOutputs(opts, FORMATS, 'table', 'tco.html');
  const dialect = csvDialect(lang, opts.csvSeparator, csvFormat(plan));
  if (fileArg !== undefined && opts.file !== undefined && fileArg !== opts.file) {
    throw new UserError(
      t('tco.errTwoFiles', { first: inlineSafe(fileArg), second: inlineSafe(opts.file) }),
    );
  }
  const path = fileArg ?? opts.file;
  if (path === undefined) throw new UserError(t('tco.errNoFile'), { hint: t('init.startHint') });
  const { document, source, overrides } = readCostsFile(path, opts);
  const result = computeFile(document, source, overrides);
  const tr = translator(lang);
  for (const w of result.warnings)
    note(tr('tco.warning', { text: toTerminal(warningText(w, lang)) }));
  const outdated = outdatedWarning(result, lang);
  if (outdated) note(tr('tco.warning', { text: outdated }));

  await deliver(
    plan,
    async (format, where) => {
      if (format === 'json') return json(tcoJson(result));
      if (format === 'csv') return tcoCsv(result, { detail: opts.detail, lang, dialect });
      if (format === 'markdown') return tcoMarkdownReport(result, lang, { detail: opts.detail });
      if (format === 'xlsx') {
        // exceljs is loaded only here: no other format pays for it at start-up.
        const [{ tcoWorkbook }, { workbookBytes }] = await Promise.all([
          import('../tco/xlsx.js'),
          import('../lib/xlsx.js'),
        ]);
        return workbookBytes(tcoWorkbook(result, lang));
      }
      if (format === 'html') {
        const { tcoHtml } = await import('../tco/html.js');
        const version = typeof __INKOOP_VERSION__ === 'string' ? __INKOOP_VERSION__ : undefined;
        return tcoHtml(result, lang, { version });
      }
      let heading: ((s: string) => string) | undefined;
      if (where === 'stdout' && process.stdout.isTTY) {
        const { loadChalk } = await import('../lib/color.js');
        const chalk = await loadChalk(opts.color);
        heading = (s: string) => chalk.bold(s);
      }
      return tcoText(result, lang, { detail: opts.detail, heading });
    },
    'tco.html',
  );
}
