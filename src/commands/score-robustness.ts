/**
 * `inkoop score --robustness`, `--fail-if-fragile`, `--margin`: the glue
 * between the score command and the robustness core (src/score/robustness.ts).
 * Loaded by src/commands/score.ts only when one of these options is given.
 */
import { ExitCode, InputError, UserError } from '../lib/errors.js';
import { formatNumber, type Lang } from '../lib/i18n.js';
import { analyseRobustness, DEFAULT_MARGIN, type Robustness } from '../score/robustness.js';
import {
  fragileMessage,
  robustnessCsv,
  robustnessJson,
  robustnessMarkdown,
  robustnessText,
  robustnessView,
  type RobustnessJson,
  type RobustnessStyle,
  type RobustnessView,
} from '../score/robustness-render.js';
import { resolveTender, TenderInputError } from '../score/score.js';
import type { TenderRead } from './score.js';

export interface RobustnessFlags {
  robustness?: boolean;
  failIfFragile?: boolean;
  margin?: string;
}

export interface RobustnessOutput {
  analysis: Robustness;
  json(): RobustnessJson;
  csv(): string;
  text(lang: Lang, options?: { style?: RobustnessStyle; width?: number }): string;
  markdown(lang: Lang): string;
  view(lang: Lang): RobustnessView;
  /** With --fail-if-fragile and a fragile outcome: the error to throw (exit 1); else null. */
  gate(): UserError | null;
}

function parseMargin(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MARGIN;
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new UserError(
      `--margin: expected a number of points, 0 or more (a weight change within which a change of winner counts as fragile), got "${value}"`,
    );
  }
  return n;
}

/** Analyses a scored tender for `inkoop score --robustness`. Throws a UserError (exit 2) for a bad --margin. */
export function robustnessFor(read: TenderRead, opts: RobustnessFlags): RobustnessOutput {
  if (opts.margin !== undefined && !opts.robustness && !opts.failIfFragile) {
    throw new UserError(
      '--margin works with --robustness or --fail-if-fragile: add one of them, e.g. inkoop score tender.yaml --fail-if-fragile --margin 3',
    );
  }
  const margin = parseMargin(opts.margin);
  let analysis: Robustness;
  try {
    analysis = analyseRobustness(resolveTender(read.document, { tcoPrices: read.tcoPrices }), {
      margin,
    });
  } catch (err) {
    if (err instanceof TenderInputError)
      throw new InputError(err.issues.map((i) => read.problemAt(i.path, i.message)));
    throw err;
  }
  return {
    analysis,
    json: () => robustnessJson(analysis),
    csv: () => robustnessCsv(analysis),
    text: (lang, options) => robustnessText(robustnessView(analysis, lang), lang, options),
    markdown: (lang) => robustnessMarkdown(robustnessView(analysis, lang), lang),
    view: (lang) => robustnessView(analysis, lang),
    gate: () => {
      if (!opts.failIfFragile || !analysis.fragile) return null;
      const m = formatNumber(margin, 'en', 4, 0);
      return new UserError(
        `--fail-if-fragile: the outcome is fragile (margin ${m} points): ${fragileMessage(analysis)}`,
        { exitCode: ExitCode.Failed },
      );
    },
  };
}
