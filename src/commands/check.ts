/**
 * `inkoop check <strategy.md>`: whether a purchasing strategy covers the
 * seven conditions and the six evaluation questions of principle 12. Exit 1
 * when a part is empty or missing (with --strict also when a placeholder is
 * left), so a CI job can gate a repository of procurement documents.
 */
import { ExitCode, UserError } from '../lib/errors.js';
import { json } from '../lib/tables.js';
import { resolveLang } from '../lib/i18n.js';
import { displayName, readText } from '../lib/io.js';
import { deliver, planOutputs } from '../lib/report.js';
import { checkJunit } from '../scaffold/check-junit.js';
import { jsonSafe } from '../lib/text.js';
import { checkStrategy } from '../scaffold/check.js';
import { toTerminal } from '../lib/rich.js';
import {
  checkJson,
  checkView,
  checkViewMarkdown,
  checkViewText,
  type Paint,
} from '../scaffold/check-report.js';

export interface CheckOptions {
  format?: string;
  strict?: boolean;
  lang?: string;
  color?: boolean;
  /** --out (repeatable), --force, --summary: see src/lib/report.ts. */
  formatGiven?: boolean;
  out?: string | string[];
  force?: boolean;
  summary?: boolean;
}

const FORMATS = ['table', 'markdown', 'json', 'junit'] as const;

export async function run(path: string, opts: CheckOptions): Promise<void> {
  const lang = resolveLang(opts.lang);
  const plan = planOutputs(opts, FORMATS, 'table', 'check.md');
  const file = displayName(path);
  const text = readText(path, 'strategy document');
  const result = checkStrategy(text, { strict: opts.strict === true });
  const view = checkView(result, file, lang);

  await deliver(plan, async (format, where) => {
    if (format === 'json') return jsonSafe(json(checkJson(result, file, lang)));
    if (format === 'markdown') return checkViewMarkdown(view);
    if (format === 'junit') return checkJunit(result, view, lang);
    if (where === 'file') return checkViewText(view);
    const { loadChalk } = await import('../lib/color.js');
    const chalk = await loadChalk(opts.color);
    const paint: Paint = (status, s) =>
      status === 'covered'
        ? chalk.green(s)
        : status === 'placeholder'
          ? chalk.yellow(s)
          : chalk.red(s);
    return checkViewText(view, paint);
  });

  if (view.failure) throw new UserError(toTerminal(view.failure), { exitCode: ExitCode.Failed });
}
