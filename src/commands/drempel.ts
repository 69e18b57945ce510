/** `inkoop drempel <amount>`: does an estimated contract value reach the European thresholds? */
import { UserError } from '../lib/errors.js';
import { json, parseFormat, textTable } from '../lib/format.js';
import { formatDate, formatMoney, resolveLang } from '../lib/i18n.js';
import { emit, note } from '../lib/output.js';
import { didYouMean } from '../lib/suggest.js';
import { parseAmount, parseDay } from '../input/flags.js';
import { thresholdSentence } from '../tco/render.js';
import {
  AUTHORITIES,
  CONTRACT_TYPES,
  thresholdSource,
  thresholdVerdict,
  type Authority,
  type ContractType,
} from '../tco/thresholds.js';

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
    `${flag}: unknown value "${value}"${didYouMean(v, allowed)}; use one of ${allowed.join(', ')}`,
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
  if (first.outdated) {
    note(
      `warning: the newest thresholds inkoop knows (${first.period}) held until ${formatDate(new Date(`${first.periodTo}T00:00:00Z`), 'en')}; newer thresholds may apply`,
    );
  }
  if (format === 'json') {
    return emit(
      json({
        amount: cents / 100,
        type,
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
      }),
    );
  }
  if (verdicts.length === 1) return emit(thresholdSentence(first, lang));
  const yes = lang === 'nl' ? 'ja' : 'yes';
  const no = lang === 'nl' ? 'nee' : 'no';
  const head =
    lang === 'nl'
      ? `Geraamde opdrachtwaarde ${formatMoney(cents, lang)} excl. btw, ${type}; drempels ${first.period} (${thresholdSource(first.source, 'nl')}).`
      : `Estimated contract value ${formatMoney(cents, lang)} excl. VAT, ${type}; thresholds ${first.period} (${first.source}).`;
  const columns =
    lang === 'nl'
      ? [
          { header: 'Aanbestedende dienst' },
          { header: 'Drempel', align: 'right' as const },
          { header: 'Europees aanbesteden' },
        ]
      : [
          { header: 'Authority' },
          { header: 'Threshold', align: 'right' as const },
          { header: 'European tender' },
        ];
  emit(
    `${head}\n\n${textTable(
      columns,
      verdicts.map((v) => [v.authority, formatMoney(v.threshold, lang), v.reached ? yes : no]),
    )}`,
  );
}
