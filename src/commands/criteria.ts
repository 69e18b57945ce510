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
import { t, translator } from '../i18n/index.js';
import { AWARD_METHODS, type AwardMethod } from '../score/methods.js';
import { type CriteriaSet, criteriaSets, type ScaleSpec } from '../score/criteria.js';
import { criteriaJson, criteriaSetsMarkdown, criteriaText, criteriaYaml } from '../score/render.js';

export interface CriteriaOptions {
  format?: string;
  /** --method: the award method of the starting tender file (--format yaml). */
  method?: string;
  /** --lot: in a tender with lots, only this lot's criteria. */
  lot?: string;
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
  let sets: CriteriaSet[] = criteriaSets({});
  let title: string | undefined;
  let scale: ScaleSpec | undefined;
  if (tender === undefined && opts.lot !== undefined)
    throw new UserError(t('lots.noLots', { lot: inlineSafe(opts.lot) }));
  if (tender !== undefined) {
    const { checkLotFlag, readTender } = await import('../input/tender.js');
    const read = readTender(tender, { resolveTco: false });
    sets = criteriaSets(read.document, checkLotFlag(read, opts.lot));
    title = read.document.title;
    scale = read.document.scale;
  }
  const lots = sets[0]!.lot !== undefined;
  if (format === 'json') {
    if (!lots) return emit(jsonSafe(json(criteriaJson(sets[0]!.criteria, lang))));
    const entries = sets.map((s) => ({ ...s.lot!, ...criteriaJson(s.criteria, lang) }));
    return emit(jsonSafe(json({ lots: entries })));
  }
  if (opts.method !== undefined && format !== 'yaml')
    throw new UserError(t('methods.cli.methodNeedsYaml'));
  if (format === 'yaml') {
    // A starting tender file: with --lot that lot's criteria, else the tender's (sets[0] without lots).
    if (lots && opts.lot === undefined) throw new UserError(t('lots.criteriaYamlNeedsLot'));
    const method = parseMethod(opts.method);
    return emit(criteriaYaml(sets[0]!.criteria, lang, { title, scale, method }));
  }
  if (format === 'markdown') return emit(criteriaSetsMarkdown(sets, lang));
  const tr = translator(lang);
  emitText(
    sets
      .map((s) =>
        criteriaText(
          s.criteria,
          lang,
          s.lot
            ? tr('lots.awardTitle', { title: title ?? tr('score.criteriaTitle'), name: s.lot.name })
            : title,
        ),
      )
      .join('\n'),
  );
}
