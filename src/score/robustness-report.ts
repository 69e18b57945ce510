/**
 * `inkoop score --robustness`, `--fail-if-fragile`, `--margin`: the glue
 * between the score command and the robustness core (src/score/robustness.ts):
 * analyses a tender that has been read and gives its renderings. Loaded by
 * src/commands/score.ts only when one of these options is given; the flags
 * themselves are parsed in src/input/flags.ts.
 */
import type { CsvDialect } from '../lib/tables.js';
import { ExitCode, InputError, UserError } from '../lib/errors.js';
import { translator } from '../i18n/index.js';
import { formatNumber, type Lang } from '../lib/i18n.js';
import type { Problem } from '../lib/errors.js';
import { inlineSafe } from '../lib/text.js';
import type { PathKey } from '../lib/yaml.js';
import { analyseRobustness, DEFAULT_MARGIN, type Robustness } from './robustness.js';
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
} from './robustness-render.js';
import type { TenderDocument } from './schema.js';
import { resolveTender, TenderInputError } from './score.js';

/** What the analysis needs of a tender that has been read (src/input/tender.ts gives it). */
export interface RobustnessInput {
  document: TenderDocument;
  tcoPrices: Map<number, number>;
  problemAt(path: readonly PathKey[], message: string): Problem;
}

export interface RobustnessFlags {
  /** Points (already checked: finite, 0 or more); DEFAULT_MARGIN when not given. */
  margin?: number;
  failIfFragile?: boolean;
  /** Told how far the analysis is, for a progress bar (src/lib/progress.ts). */
  onProgress?: (done: number, total: number) => void;
}

export interface RobustnessOutput {
  analysis: Robustness;
  json(): RobustnessJson;
  csv(dialect?: CsvDialect, lang?: Lang): string;
  text(lang: Lang, options?: { style?: RobustnessStyle; width?: number }): string;
  markdown(lang: Lang): string;
  view(lang: Lang): RobustnessView;
  /** With --fail-if-fragile and a fragile outcome: the error to throw (exit 1); else null. */
  gate(): UserError | null;
}

/** Analyses a scored tender for `inkoop score --robustness`; problems are located in the files read. */
export function robustnessFor(
  read: RobustnessInput,
  opts: RobustnessFlags,
  lang: Lang,
): RobustnessOutput {
  const t = translator(lang);
  const margin = opts.margin ?? DEFAULT_MARGIN;
  let analysis: Robustness;
  try {
    analysis = analyseRobustness(resolveTender(read.document, { tcoPrices: read.tcoPrices }), {
      margin,
      onProgress: opts.onProgress,
    });
  } catch (err) {
    if (err instanceof TenderInputError)
      throw new InputError(err.issues.map((i) => read.problemAt(i.path, i.message)));
    throw err;
  }
  return {
    analysis,
    json: () => robustnessJson(analysis),
    csv: (dialect, lang) => robustnessCsv(analysis, dialect, lang),
    text: (lang, options) =>
      robustnessText(robustnessView(analysis, lang, inlineSafe), lang, options),
    markdown: (lang) => robustnessMarkdown(analysis, lang),
    view: (lang) => robustnessView(analysis, lang),
    gate: () => {
      if (!opts.failIfFragile || !analysis.fragile) return null;
      const m = formatNumber(margin, lang, 4, 0);
      return new UserError(
        t('robustness.gate', { margin: m, reasons: fragileMessage(analysis, lang) }),
        { exitCode: ExitCode.Failed },
      );
    },
  };
}
