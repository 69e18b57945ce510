/**
 * `inkoop criteria [tender]`: the award criteria with their weights: the
 * default model of principle 12, or a tender's own. `--format yaml` writes a
 * starting tender file with these criteria.
 */
import { json, parseFormat } from '../lib/tables.js';
import { resolveLang } from '../lib/i18n.js';
import { emit, emitText } from '../lib/output.js';
import { inlineSafe, jsonSafe } from '../lib/text.js';
import { UserError } from '../lib/errors.js';
import { didYouMean } from '../lib/suggest.js';
import { t } from '../i18n/index.js';
import { AWARD_METHODS, type AwardMethod } from '../score/methods.js';
import { DEFAULT_CRITERIA, type CriteriaEntry, type ScaleSpec } from '../score/criteria.js';
import { criteriaJson, criteriaMarkdown, criteriaText, criteriaYaml } from '../score/render.js';

export interface CriteriaOptions {
  format?: string;
  /** --method: the award method of the starting tender file (--format yaml). */
  method?: string;
  lang?: string;
}

const FORMATS = ['table', 'markdown', 'json', 'yaml'] as const;

/** The --method flag: one of the award methods, or undefined. */
function parseMethod(value: string | undefined): AwardMethod | undefined {
  if (value === undefined) return undefined;
  const found = AWARD_METHODS.find((m) => m === value);
  if (found) return found;
  throw new UserError(
    t('methods.cli.unknownMethod', {
      method: inlineSafe(value),
      suggestion: didYouMean(value, AWARD_METHODS),
      methods: AWARD_METHODS.join(', '),
    }),
  );
}

export async function run(tender: string | undefined, opts: CriteriaOptions): Promise<void> {
  const lang = resolveLang(opts.lang);
  const format = parseFormat(opts.format, FORMATS, 'table');
  let criteria: readonly CriteriaEntry[] = DEFAULT_CRITERIA;
  let title: string | undefined;
  let scale: ScaleSpec | undefined;
  if (tender !== undefined) {
    const { readTender } = await import('../input/tender.js');
    const { document } = readTender(tender, { resolveTco: false });
    criteria = (document.criteria as CriteriaEntry[] | undefined) ?? DEFAULT_CRITERIA;
    title = document.title;
    scale = document.scale;
  }
  if (format === 'json') return emit(jsonSafe(json(criteriaJson(criteria, lang))));
  if (opts.method !== undefined && format !== 'yaml')
    throw new UserError(t('methods.cli.methodNeedsYaml'));
  if (format === 'yaml') {
    const method = parseMethod(opts.method);
    return emit(criteriaYaml(criteria, lang, { title, scale, method }));
  }
  if (format === 'markdown') return emit(criteriaMarkdown(criteria, lang));
  emitText(criteriaText(criteria, lang, title));
}
