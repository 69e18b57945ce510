/**
 * `inkoop score <tender>`: score bids against weighted award criteria.
 * Reads a tender file or folder (tender.yaml plus one YAML file per bid),
 * takes `tco:` prices from `inkoop tco`, scores with the pure core in
 * src/score/, renders, and gates with --fail-under.
 */
import { ExitCode, UserError } from '../lib/errors.js';
import { type CsvDialect, csvDialect, csvFormat, json } from '../lib/tables.js';
import { translator } from '../i18n/index.js';
import { resolveLang } from '../lib/i18n.js';
import { inlineSafe, jsonSafe } from '../lib/text.js';
import { note } from '../lib/output.js';
import { deliver, type OutputPlan, planOutputs } from '../lib/report.js';
import { outputWidth } from '../lib/columns.js';
import { evaluateGate, failUnderProblem } from '../score/gate.js';
import { scoreJunit } from '../score/junit.js';
import { colorEnabled } from '../lib/color.js';
import { startProgress } from '../lib/progress.js';
import { scoreCsv, scoreJson, scoreMarkdown, scoreText, type TextStyle } from '../score/render.js';
import { parseFailUnder, parseMargin } from '../input/flags.js';
import type { RobustnessOutput } from '../score/robustness-report.js';
import type { LotAwardRobustness } from '../score/lots-robustness.js';
import type { LotOutcome } from '../score/lots.js';
import {
  checkLotFlag,
  lotRead,
  readTender,
  scoreRead,
  scoreReadLots,
  type TenderRead,
} from '../input/tender.js';

export interface ScoreOptions {
  format?: string;
  explain?: boolean;
  /** --allow-outside: a bid's tco: { file } may lie outside the tender's folder. */
  allowOutside?: boolean;
  failUnder?: string;
  lang?: string;
  color?: boolean;
  /** --out (repeatable), --force, --summary: see src/lib/report.ts. */
  formatGiven?: boolean;
  out?: string | string[];
  force?: boolean;
  summary?: boolean;
  /** --robustness, --fail-if-fragile, --margin: how firm the outcome is (see src/score/robustness-report.ts). */
  robustness?: boolean;
  failIfFragile?: boolean;
  margin?: string;
  /** --csv-separator: overrides the language's CSV separator. */
  csvSeparator?: string;
  /** --scores: filled-in score forms (folders or .xlsx files), see src/input/forms.ts. */
  scores?: string[];
  /** --lot: only this lot of a tender with lots. */
  lot?: string;
}

const FORMATS = ['table', 'markdown', 'json', 'csv', 'html', 'junit', 'xlsx'] as const;

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
  const plan = planOutputs(opts, FORMATS, 'table', 'score.html');
  const dialect = csvDialect(lang, opts.csvSeparator, csvFormat(plan));
  const failUnder = parseFailUnder(opts.failUnder);
  const margin = parseMargin(opts);
  const tender = readTender(path, { allowOutside: opts.allowOutside === true });
  // The evaluators' scores from their forms: exceljs is loaded only then.
  const read = opts.scores?.length
    ? await (await import('../input/forms.js')).applyForms(tender, opts.scores, lang)
    : tender;
  const only = checkLotFlag(read, opts.lot);
  if (read.document.lots) return runLots(read, opts, { plan, dialect, failUnder, margin, only });
  const result = scoreRead(read);
  // What the tender gives that its method does not use: say so, once, on stderr.
  if (result.unused.weights) note(t('methods.weightsUnused', { method: result.method }));
  if (result.unused.priceCriteria.length)
    note(
      t('methods.priceCriteriaUnused', {
        method: result.method,
        ids: result.unused.priceCriteria.map((id) => `"${inlineSafe(id)}"`).join(', '),
      }),
    );
  if (failUnder !== undefined) {
    const problem = failUnderProblem(result, failUnder, lang);
    if (problem !== null) throw new UserError(problem);
  }

  const explain = opts.explain === true;
  // How firm the outcome is: loaded only when asked for.
  let robust = null;
  if (opts.robustness || opts.failIfFragile) {
    const { robustnessFor } = await import('../score/robustness-report.js');
    // A bar on stderr while it runs, only on a terminal (docs/terminal.md).
    const progress = await startProgress(t('terminal.progressRobustness'));
    try {
      robust = robustnessFor(
        read,
        { margin, failIfFragile: opts.failIfFragile, onProgress: progress.update },
        lang,
      );
    } finally {
      progress.stop();
    }
  }
  const gate = evaluateGate(
    result,
    {
      failUnder,
      failIfFragile: opts.failIfFragile === true,
      fragile: robust
        ? {
            fragile: robust.analysis.fragile,
            reasons: robust.json().reasons,
            message: robust.gate()?.message ?? null,
          }
        : undefined,
    },
    lang,
  );

  await deliver(
    plan,
    async (format, where) => {
      if (format === 'json') {
        const data = { ...scoreJson(result, { explain }), gate: gate.json };
        return jsonSafe(json(robust ? { ...data, robustness: robust.json() } : data));
      }
      if (format === 'csv')
        return robust ? robust.csv(dialect, lang) : scoreCsv(result, { lang, dialect });
      if (format === 'markdown')
        return (
          scoreMarkdown(result, lang, { explain }) + (robust ? `\n${robust.markdown(lang)}` : '')
        );
      if (format === 'junit') return scoreJunit(result, gate, lang);
      if (format === 'xlsx') {
        // exceljs is loaded only here: no other format pays for it at start-up.
        const [{ scoreWorkbook }, { workbookBytes }] = await Promise.all([
          import('../score/xlsx.js'),
          import('../lib/xlsx.js'),
        ]);
        return workbookBytes(scoreWorkbook([{ id: null, name: null, result }], lang));
      }
      if (format === 'html') {
        const { scoreHtml } = await import('../score/html.js');
        const version = typeof __INKOOP_VERSION__ === 'string' ? __INKOOP_VERSION__ : undefined;
        return scoreHtml(result, lang, { explain, version, robustness: robust?.view(lang) });
      }
      // The run's output width on standard output (docs/terminal.md); files are not wrapped.
      const width = where === 'stdout' ? outputWidth() : undefined;
      const style = where === 'stdout' ? await textStyle(opts.color) : undefined;
      return (
        scoreText(result, lang, { explain, style, width }) +
        (robust ? `\n${robust.text(lang, { style, width })}` : '')
      );
    },
    'score.html',
  );

  if (!gate.passed) throw new UserError(gate.messages.join('\n'), { exitCode: ExitCode.Failed });
}

/** A tender with lots: every lot scored and awarded in order (src/score/lots.ts), rendered per lot. */
async function runLots(
  read: TenderRead,
  opts: ScoreOptions,
  flags: {
    plan: OutputPlan<(typeof FORMATS)[number]>;
    dialect: CsvDialect;
    failUnder: number | undefined;
    margin: number | undefined;
    only: string | undefined;
  },
): Promise<void> {
  const lang = resolveLang(opts.lang);
  const t = translator(lang);
  const { plan, dialect, failUnder, margin, only } = flags;
  const result = scoreReadLots(read);
  const lots = result.lots.filter((l) => only === undefined || l.id === only);
  const explain = opts.explain === true;
  const render = await import('../score/lots-render.js');
  const { evaluateLotsGate, lotsJunit } = await import('../score/lots-gate.js');
  if (failUnder !== undefined)
    for (const lot of lots) {
      const problem = failUnderProblem(lot.result, failUnder, lang);
      if (problem !== null)
        throw new UserError(t('lots.inLot', { lot: inlineSafe(lot.name), message: problem }));
    }
  // How firm each lot's outcome is: loaded only when asked for.
  // With a cap, whether each lot's award changes (src/score/lots-robustness.ts): every
  // lot's own analysis is needed, since a change on an earlier lot can move this one's award.
  const robust = new Map<string, RobustnessOutput>();
  const awardRobust = new Map<string, LotAwardRobustness>();
  const asked = opts.robustness || opts.failIfFragile;
  const capRender = asked ? await import('../score/lots-robustness-render.js') : undefined;
  const robustRender = asked ? await import('../score/robustness-render.js') : undefined;
  if (opts.robustness || opts.failIfFragile) {
    const { robustnessFor } = await import('../score/robustness-report.js');
    const { lotsAwardRobustness } = await import('../score/lots-robustness.js');
    const all = result.maxLotsPerBidder === null ? lots : result.lots;
    for (const lot of all)
      robust.set(
        lot.id,
        robustnessFor(lotRead(read, lot.lot), { margin, failIfFragile: opts.failIfFragile }, lang),
      );
    const own = new Map([...robust].map(([id, r]) => [id, r.analysis]));
    for (const [id, a] of lotsAwardRobustness(
      result,
      own,
      lots.map((l) => l.id),
    ))
      awardRobust.set(id, a);
  }
  /** A lot's robustness view: its own analysis, with the award under the cap first. */
  const robustView = (lot: LotOutcome, esc: (s: string) => string = (x) => x) => {
    const r = robust.get(lot.id);
    const a = awardRobust.get(lot.id);
    if (!r || !a || !capRender) return undefined;
    return capRender.lotRobustnessView(r.view(lang), r.analysis, a, result, lang, esc);
  };
  const gate = evaluateLotsGate(
    result,
    lots,
    (lot) => {
      const r = robust.get(lot.id);
      const a = awardRobust.get(lot.id);
      return {
        failUnder,
        failIfFragile: opts.failIfFragile === true,
        fragile:
          r && a && capRender && a.capped
            ? capRender.lotFragile(r.json(), r.analysis, a, result, lang, inlineSafe)
            : r
              ? {
                  fragile: r.analysis.fragile,
                  reasons: r.json().reasons,
                  message: r.gate()?.message ?? null,
                }
              : undefined,
      };
    },
    lang,
  );
  const gates = new Map(gate.lots.map((g) => [g.lot.id, g.gate.json]));

  await deliver(
    plan,
    async (format, where) => {
      if (format === 'json')
        return jsonSafe(
          json({
            ...render.lotsJson(result, {
              explain,
              lot: only,
              extra: (lot) => ({
                gate: gates.get(lot.id),
                ...(robust.size
                  ? {
                      robustness: {
                        ...robust.get(lot.id)?.json(),
                        award: capRender!.lotAwardRobustnessJson(awardRobust.get(lot.id)!),
                      },
                    }
                  : {}),
              }),
            }),
            gate: gate.json,
          }),
        );
      if (format === 'csv')
        // As for one lot: with --robustness (or --fail-if-fragile) the findings, a lot column first.
        return robust.size
          ? robustRender!.lotsRobustnessCsv(
              lots.map((l) => ({ id: l.id, analysis: robust.get(l.id)!.analysis })),
              dialect,
              lang,
            )
          : render.lotsCsv(result, { lot: only, lang, dialect });
      if (format === 'markdown')
        return render.lotsMarkdown(result, lang, {
          explain,
          lot: only,
          after: (lot) => {
            const view = robustView(lot);
            return view ? robustRender!.robustnessMarkdown(view, lang) : '';
          },
        });
      if (format === 'junit') return lotsJunit(result, gate, lang);
      if (format === 'xlsx') {
        // exceljs is loaded only here: no other format pays for it at start-up.
        const [{ lotsWorkbook }, { workbookBytes }] = await Promise.all([
          import('../score/xlsx.js'),
          import('../lib/xlsx.js'),
        ]);
        return workbookBytes(lotsWorkbook(result, lang, only));
      }
      if (format === 'html') {
        const { lotsHtml } = await import('../score/lots-html.js');
        const version = typeof __INKOOP_VERSION__ === 'string' ? __INKOOP_VERSION__ : undefined;
        return lotsHtml(result, lang, {
          explain,
          version,
          lot: only,
          robustness: (lot) => robustView(lot),
        });
      }
      // The run's output width on standard output (docs/terminal.md); files are not wrapped.
      const width = where === 'stdout' ? outputWidth() : undefined;
      const style = where === 'stdout' ? await textStyle(opts.color) : undefined;
      return render.lotsText(result, lang, {
        explain,
        lot: only,
        style,
        width,
        after: (lot) => {
          const view = robustView(lot);
          return view ? robustRender!.robustnessText(view, lang, { style, width }) : '';
        },
      });
    },
    'score.html',
  );

  if (!gate.passed) throw new UserError(gate.messages.join('\n'), { exitCode: ExitCode.Failed });
}
