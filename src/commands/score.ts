/**
 * `inkoop score <tender>`: score bids against weighted award criteria.
 * Reads a tender file or folder (tender.yaml plus one YAML file per bid),
 * takes `tco:` prices from `inkoop tco`, scores with the pure core in
 * src/score/, renders, and gates with --fail-under.
 */
import { ExitCode, UserError } from '../lib/errors.js';
import { json, parseFormat } from '../lib/tables.js';
import { translator } from '../i18n/index.js';
import { formatPlain, formatPoints, resolveLang } from '../lib/i18n.js';
import { inlineSafe, jsonSafe } from '../lib/text.js';
import { emit } from '../lib/output.js';
import { checkReportOut, writeReport } from '../lib/report.js';
import { colorEnabled } from '../lib/color.js';
import { scoreCsv, scoreJson, scoreMarkdown, scoreText, type TextStyle } from '../score/render.js';
import { parseFailUnder, parseMargin } from '../input/flags.js';
import { readTender, scoreRead } from '../input/tender.js';

export interface ScoreOptions {
  format?: string;
  explain?: boolean;
  /** --allow-outside: a bid's tco: { file } may lie outside the tender's folder. */
  allowOutside?: boolean;
  failUnder?: string;
  lang?: string;
  color?: boolean;
  /** With --format html: write the report to this file instead of stdout. */
  out?: string;
  force?: boolean;
  /** --robustness, --fail-if-fragile, --margin: how firm the outcome is (see src/score/robustness-report.ts). */
  robustness?: boolean;
  failIfFragile?: boolean;
  margin?: string;
}

const FORMATS = ['table', 'markdown', 'json', 'csv', 'html'] as const;

async function textStyle(color: boolean | undefined): Promise<TextStyle | undefined> {
  if (!colorEnabled(color)) return undefined;
  const { loadChalk } = await import('../lib/color.js');
  const chalk = await loadChalk(color);
  return {
    bold: chalk.bold,
    dim: chalk.dim,
    red: chalk.red,
    yellow: chalk.yellow,
    green: chalk.green,
  };
}

export async function run(path: string, opts: ScoreOptions): Promise<void> {
  const lang = resolveLang(opts.lang);
  const t = translator(lang);
  const format = parseFormat(opts.format, FORMATS, 'table');
  checkReportOut(format, opts, 'score.html');
  const failUnder = parseFailUnder(opts.failUnder);
  const margin = parseMargin(opts);
  const read = readTender(path, { allowOutside: opts.allowOutside === true });
  const result = scoreRead(read);
  if (failUnder !== undefined && failUnder > result.maxPoints) {
    throw new UserError(
      t('score.failUnderTooHigh', {
        threshold: formatPlain(failUnder, lang),
        max: formatPlain(result.maxPoints, lang),
      }),
    );
  }

  const explain = opts.explain === true;
  // How firm the outcome is: loaded only when asked for.
  const robust =
    opts.robustness || opts.failIfFragile
      ? (await import('../score/robustness-report.js')).robustnessFor(
          read,
          {
            margin,
            failIfFragile: opts.failIfFragile,
          },
          lang,
        )
      : null;
  if (format === 'json')
    emit(
      jsonSafe(
        json(
          robust
            ? { ...scoreJson(result, { explain }), robustness: robust.json() }
            : scoreJson(result, { explain }),
        ),
      ),
    );
  else if (format === 'csv') emit(robust ? robust.csv() : scoreCsv(result));
  else if (format === 'markdown')
    emit(scoreMarkdown(result, lang, { explain }) + (robust ? `\n${robust.markdown(lang)}` : ''));
  else if (format === 'html') {
    const { scoreHtml } = await import('../score/html.js');
    const version = typeof __INKOOP_VERSION__ === 'string' ? __INKOOP_VERSION__ : undefined;
    await writeReport(
      scoreHtml(result, lang, { explain, version, robustness: robust?.view(lang) }),
      opts,
      lang,
      'score.html',
    );
  } else {
    const width = process.stdout.isTTY ? process.stdout.columns : undefined;
    const style = await textStyle(opts.color);
    emit(
      scoreText(result, lang, { explain, style, width }) +
        (robust ? `\n${robust.text(lang, { style, width })}` : ''),
    );
  }

  if (failUnder !== undefined) {
    const best = result.bids.find((b) => b.rank === 1);
    if (!best)
      throw new UserError(
        t('score.failUnderNoValid', { threshold: formatPlain(failUnder, lang) }),
        {
          exitCode: ExitCode.Failed,
        },
      );
    // A total within the tie tolerance of the threshold reaches it.
    if (best.total! < failUnder - result.tolerance) {
      const who = (result.tie ? result.tied : [best.vendor]).map(inlineSafe).join(', ');
      throw new UserError(
        t('score.failUnderBelow', {
          threshold: formatPlain(failUnder, lang),
          total: formatPoints(best.total!, lang),
          vendors: who,
        }),
        { exitCode: ExitCode.Failed },
      );
    }
  }
  const fragile = robust?.gate();
  if (fragile) throw fragile;
}
