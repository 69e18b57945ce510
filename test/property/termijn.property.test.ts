import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DECREES,
  type Day,
  parseIsoDay,
  statutoryHolidays,
  weekday,
  yearOf,
} from '../../src/termijn/calendar.js';
import { periodEnd } from '../../src/termijn/standstill.js';

const isNonWorking = (day: Day, extra: Set<Day>) =>
  weekday(day) === 0 ||
  weekday(day) === 6 ||
  extra.has(day) ||
  DECREES.some((d) => d.days.includes(day)) ||
  statutoryHolidays(yearOf(day)).some((h) => h.day === day);

describe('end of a statutory period (property)', () => {
  it('is never a weekend or holiday, never before start + days, and lists every day it skipped', () => {
    const start = fc.integer({ min: parseIsoDay('1990-01-01')!, max: parseIsoDay('2100-12-31')! });
    const days = fc.integer({ min: 1, max: 400 });
    fc.assert(
      fc.property(
        start,
        days,
        fc.array(fc.integer({ min: 0, max: 420 }), { maxLength: 5 }),
        (s, n, offsets) => {
          const extra = offsets.map((o) => s + o);
          const r = periodEnd({ start: s, days: n, extraHolidays: extra });
          const set = new Set(extra);
          const end = parseIsoDay(r.end)!;
          const unadjusted = parseIsoDay(r.unadjusted)!;
          expect(unadjusted).toBe(s + n);
          expect(end).toBeGreaterThanOrEqual(s + n);
          expect(isNonWorking(end, set)).toBe(false);
          // Every day from the unadjusted end to the day before the end is skipped, in order.
          expect(r.skipped.map((k) => parseIsoDay(k.date))).toEqual(
            Array.from({ length: end - unadjusted }, (_, i) => unadjusted + i),
          );
          for (const k of r.skipped) expect(isNonWorking(parseIsoDay(k.date)!, set)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
