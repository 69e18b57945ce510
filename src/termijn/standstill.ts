/**
 * The end of a statutory period such as the standstill period of the
 * Aanbestedingswet 2012 (art. 2.127: at least 20 calendar days after the
 * award decision is sent): the start plus the days, moved by the Algemene
 * termijnenwet (art. 1) to the next day that is not a Saturday, Sunday or
 * generally recognised holiday (art. 3), nor a day equated with one by
 * royal decree, nor an extra day the user names.
 */
import {
  DECREES,
  DECREES_FROM,
  DECREES_UNTIL,
  type Day,
  type HolidayId,
  isoDay,
  statutoryHolidays,
  weekday,
  yearOf,
} from './calendar.js';

/** The Aanbestedingswet's minimum standstill period in calendar days. */
export const STANDSTILL_DAYS = 20;

export type SkipKind = 'saturday' | 'sunday' | 'holiday' | 'equated' | 'extra';

export interface SkippedDay {
  /** YYYY-MM-DD */
  date: string;
  kind: SkipKind;
  /** "Saturday", "Sunday", the holiday's Dutch name, or the decree's title. */
  reason: string;
  /** For kind "holiday": the holiday. */
  holiday?: HolidayId;
}

export interface PeriodInput {
  start: Day;
  days: number;
  /** Days the user names as holidays too (a newer decree, say). */
  extraHolidays?: readonly Day[];
}

export interface PeriodResult {
  start: string;
  days: number;
  /** start + days, before the Algemene termijnenwet moves it. */
  unadjusted: string;
  end: string;
  /** Every day from the unadjusted end up to the day before the end, with its reason. */
  skipped: SkippedDay[];
  /** True when the period reaches a year whose equated days no known decree settles. */
  beyondDecrees: boolean;
  /** The last year whose equated days are known. */
  decreesUntil: number;
}

/** Why `day` is no working day, or undefined when it is one. */
export function nonWorkingReason(
  day: Day,
  extra: ReadonlySet<Day> = new Set(),
): Omit<SkippedDay, 'date'> | undefined {
  const holiday = statutoryHolidays(yearOf(day)).find((h) => h.day === day);
  if (holiday) return { kind: 'holiday', reason: holiday.name, holiday: holiday.id };
  const decree = DECREES.find((d) => d.days.includes(day));
  if (decree) return { kind: 'equated', reason: decree.title };
  const wd = weekday(day);
  if (wd === 6) return { kind: 'saturday', reason: 'Saturday' };
  if (wd === 0) return { kind: 'sunday', reason: 'Sunday' };
  if (extra.has(day)) return { kind: 'extra', reason: 'extra holiday' };
  return undefined;
}

export function periodEnd(input: PeriodInput): PeriodResult {
  const extra = new Set(input.extraHolidays ?? []);
  const unadjusted = input.start + input.days;
  const skipped: SkippedDay[] = [];
  let end = unadjusted;
  for (;;) {
    const why = nonWorkingReason(end, extra);
    if (!why) break;
    skipped.push({ date: isoDay(end), ...why });
    end += 1;
  }
  const lastYear = yearOf(end);
  return {
    start: isoDay(input.start),
    days: input.days,
    unadjusted: isoDay(unadjusted),
    end: isoDay(end),
    skipped,
    beyondDecrees: lastYear > DECREES_UNTIL || yearOf(input.start) < DECREES_FROM,
    decreesUntil: DECREES_UNTIL,
  };
}
