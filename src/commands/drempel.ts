/** `inkoop drempel <amount>`: does an estimated contract value reach the European thresholds? */
import { t } from '../i18n/index.js';
import { UserError } from '../lib/errors.js';
import { json, parseFormat, textTable } from '../lib/tables.js';
import { resolveLang } from '../lib/i18n.js';
import { emit, emitText, note } from '../lib/output.js';
import { didYouMean } from '../lib/suggest.js';
import { inlineSafe } from '../lib/text.js';
import { parseAmount, parseDay } from '../input/flags.js';
import {
  AUTHORITIES,
  CONTRACT_TYPES,
  thresholdVerdict,
  type Authority,
  type ContractType,
  type ThresholdVerdict,
} from '../tco/thresholds.js';
import { drempelOutdated, drempelView } from '../tco/view.js';

export interface DrempelOptions {
  type?: string;
  authority?: string;
  format?: string;
  lang?: string;
  date?: string;
}

function choose<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  flag: string,
): T | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new UserError(
    t('drempel.errChoice', {
      flag,
      value: inlineSafe(value),
      suggestion: didYouMean(v, allowed),
      allowed: allowed.join(', '),
    }),
  );
}

export async function run(amount: string, opts: DrempelOptions): Promise<void> {
  const lang = resolveLang(opts.lang);
  const format = parseFormat(opts.format, ['text', 'json'] as const, 'text');
  const cents = parseAmount(amount);
  const type: ContractType = choose(opts.type, CONTRACT_TYPES, '--type') ?? 'diensten';
  const authorities: Authority[] =
    opts.authority !== undefined
      ? [choose(opts.authority, AUTHORITIES, '--authority')!]
      : [...AUTHORITIES];
  const today = opts.date !== undefined ? parseDay(opts.date) : new Date();
  const verdicts = authorities.map((a) => thresholdVerdict(cents, type, a, today));
  const first = verdicts[0]!;
  const outdated = drempelOutdated(first, lang);
  if (outdated) note(outdated);
  if (format === 'json') return emit(json(drempelJson(verdicts)));
  const view = drempelView(verdicts, lang);
  if (view.sentence !== null) return emitText(view.sentence);
  emitText(`${view.head}\n\n${textTable(view.table.columns, view.table.rows)}`);
}

/** The documented JSON of `inkoop drempel --format json` (language-neutral). */
function drempelJson(verdicts: readonly ThresholdVerdict[]) {
  const first = verdicts[0]!;
  return {
    amount: first.value / 100,
    type: first.type,
    period: first.period,
    period_from: first.periodFrom,
    period_to: first.periodTo,
    source: first.source,
    outdated: first.outdated,
    verdicts: verdicts.map((v) => ({
      authority: v.authority,
      threshold: v.threshold / 100,
      reached: v.reached,
    })),
  };
}
