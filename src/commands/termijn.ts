/** `inkoop termijn <dispatch date>`: the end of the standstill period. */
import { UserError } from '../lib/errors.js';
import { json, parseFormat } from '../lib/tables.js';
import { formatLongDate, resolveLang } from '../lib/i18n.js';
import { emit, emitText, note } from '../lib/output.js';
import { inlineSafe } from '../lib/text.js';
import { type Lang, type MessageKey, translator } from '../i18n/index.js';
import { type Day, parseIsoDay } from '../termijn/calendar.js';
import {
  type PeriodResult,
  periodEnd,
  STANDSTILL_DAYS,
  type SkippedDay,
} from '../termijn/standstill.js';

export interface TermijnOptions {
  days?: string;
  extraHoliday?: string[];
  format?: string;
  lang?: string;
}

function day(value: string, what: string, lang: Lang): Day {
  const parsed = parseIsoDay(value.trim());
  if (parsed === undefined)
    throw new UserError(translator(lang)('termijn.badDate', { what, value: inlineSafe(value) }));
  return parsed;
}

function days(value: string | undefined, lang: Lang): number {
  if (value === undefined) return STANDSTILL_DAYS;
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > 3650)
    throw new UserError(translator(lang)('termijn.badDays', { value: inlineSafe(value) }));
  return n;
}

const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The reason a day was skipped, in the run's language. */
export function skipReason(skip: SkippedDay, lang: Lang): string {
  const tr = translator(lang);
  switch (skip.kind) {
    case 'saturday':
      return tr('termijn.saturday');
    case 'sunday':
      return tr('termijn.sunday');
    case 'extra':
      return tr('termijn.extra');
    case 'equated':
      return tr('termijn.equated', { decree: skip.reason });
    case 'holiday':
      return tr(`termijn.holiday.${skip.holiday}` as MessageKey & `termijn.holiday.${string}`);
  }
}

export function termijnText(result: PeriodResult, lang: Lang): string {
  const tr = translator(lang);
  const long = (iso: string) => formatLongDate(dateOf(iso), lang);
  const rows: [string, string][] = [
    [tr('termijn.sent'), long(result.start)],
    [tr('termijn.period'), tr('termijn.days', { count: result.days })],
    [tr('termijn.unadjusted'), long(result.unadjusted)],
    [tr('termijn.end'), long(result.end)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const out = [
    tr('termijn.headline', { date: long(result.end) }),
    '',
    ...rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`),
    '',
  ];
  if (result.skipped.length === 0) out.push(tr('termijn.notMoved'));
  else {
    out.push(tr('termijn.moved'));
    for (const s of result.skipped) out.push(`  ${long(s.date)}: ${skipReason(s, lang)}`);
  }
  out.push('', tr('termijn.basis'));
  return out.join('\n') + '\n';
}

export async function run(dispatch: string, options: TermijnOptions): Promise<void> {
  const lang = resolveLang(options.lang);
  const format = parseFormat(options.format, ['text', 'json'] as const, 'text');
  const tr = translator(lang);
  const start = day(dispatch, tr('termijn.dispatchDate'), lang);
  const n = days(options.days, lang);
  const extra = (options.extraHoliday ?? []).map((d) => day(d, '--extra-holiday', lang));
  const result = periodEnd({ start, days: n, extraHolidays: extra });
  if (n < STANDSTILL_DAYS) note(tr('termijn.shortPeriod', { days: n }));
  if (result.beyondDecrees) note(tr('termijn.beyondDecrees', { year: result.decreesUntil }));
  if (format === 'json') {
    emit(
      json({
        start: result.start,
        days: result.days,
        end: result.end,
        unadjusted_end: result.unadjusted,
        skipped: result.skipped.map((s) => ({
          date: s.date,
          reason: s.reason,
          kind: s.kind,
          ...(s.holiday ? { holiday: s.holiday } : {}),
        })),
        equated_days_known_until: result.decreesUntil,
      }),
    );
    return;
  }
  emitText(termijnText(result, lang));
}
