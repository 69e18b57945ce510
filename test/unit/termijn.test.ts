import { describe, expect, it } from 'vitest';
import {
  dayOf,
  easter,
  isoDay,
  parseIsoDay,
  statutoryHolidays,
  weekday,
} from '../../src/termijn/calendar.js';
import { periodEnd } from '../../src/termijn/standstill.js';

const d = (iso: string) => parseIsoDay(iso)!;
const end = (start: string, days = 20, extra: string[] = []) =>
  periodEnd({ start: d(start), days, extraHolidays: extra.map(d) });

describe('Easter (anonymous Gregorian algorithm)', () => {
  // Easter Sundays as published in calendars (e.g. the Dutch government's list of
  // public holidays, rijksoverheid.nl "Officiële feestdagen"), and the extremes of the
  // Gregorian computus: 22 March (1818, 2285) and 25 April (1943, 2038).
  it.each([
    ['2019-04-21'],
    ['2024-03-31'],
    ['2025-04-20'],
    ['2026-04-05'],
    ['2027-03-28'],
    ['2028-04-16'],
    ['2029-04-01'],
    ['2030-04-21'],
    ['1818-03-22'],
    ['2285-03-22'],
    ['1943-04-25'],
    ['2038-04-25'],
  ])('%s', (iso) => {
    expect(isoDay(easter(Number(iso.slice(0, 4))))).toBe(iso);
    expect(weekday(d(iso))).toBe(0);
  });
});

describe('statutory holidays (Algemene termijnenwet art. 3)', () => {
  it('lists the nine days of 2027 with their names', () => {
    expect(statutoryHolidays(2027).map((h) => `${isoDay(h.day)} ${h.name}`)).toEqual([
      '2027-01-01 Nieuwjaarsdag',
      '2027-03-26 Goede Vrijdag',
      '2027-03-29 tweede Paasdag',
      '2027-04-27 Koningsdag',
      '2027-05-05 5 mei',
      '2027-05-06 Hemelvaartsdag',
      '2027-05-17 tweede Pinksterdag',
      '2027-12-25 eerste Kerstdag',
      '2027-12-26 tweede Kerstdag',
    ]);
  });

  it('moves Koningsdag to 26 April when the 27th is a Sunday (2025, 2031)', () => {
    const kd = (y: number) => statutoryHolidays(y).find((h) => h.id === 'koningsdag')!.day;
    expect(isoDay(kd(2025))).toBe('2025-04-26');
    expect(isoDay(kd(2031))).toBe('2031-04-26');
    expect(isoDay(kd(2026))).toBe('2026-04-27');
  });

  it('parses only real dates', () => {
    expect(parseIsoDay('2027-02-29')).toBeUndefined();
    expect(parseIsoDay('2028-02-29')).toBe(dayOf(2028, 2, 29));
    expect(parseIsoDay('2027-4-7')).toBeUndefined();
  });
});

describe('end of the standstill period', () => {
  it('a plain weekday end does not move', () => {
    // 4 December 2026 + 20 days = Thursday 24 December 2026, a working day.
    expect(end('2026-12-04')).toMatchObject({ end: '2026-12-24', skipped: [] });
  });

  it('Koningsdag moves the end by one day', () => {
    // 7 April 2027 + 20 = Tuesday 27 April 2027, Koningsdag -> Wednesday 28 April.
    const r = end('2027-04-07');
    expect(r.end).toBe('2027-04-28');
    expect(r.skipped).toEqual([
      { date: '2027-04-27', kind: 'holiday', reason: 'Koningsdag', holiday: 'koningsdag' },
    ]);
  });

  it('a chain around Easter: Goede Vrijdag, the weekend, tweede Paasdag', () => {
    // 6 March 2027 + 20 = Friday 26 March 2027 (Goede Vrijdag); 27 and 28 March are the
    // weekend (Easter Sunday 2027 is 28 March); 29 March is tweede Paasdag -> Tuesday 30.
    const r = end('2027-03-06');
    expect(r.end).toBe('2027-03-30');
    expect(r.skipped.map((s) => [s.date, s.kind, s.reason])).toEqual([
      ['2027-03-26', 'holiday', 'Goede Vrijdag'],
      ['2027-03-27', 'saturday', 'Saturday'],
      ['2027-03-28', 'sunday', 'Sunday'],
      ['2027-03-29', 'holiday', 'tweede Paasdag'],
    ]);
  });

  it('Hemelvaartsdag, the Friday equated by royal decree, and the weekend', () => {
    // 24 April 2026 + 20 = Thursday 14 May 2026 (Hemelvaartsdag); Friday 15 May 2026 is
    // equated with a holiday by the Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, ...
    const r = end('2026-04-24');
    expect(r.end).toBe('2026-05-18');
    expect(r.skipped.map((s) => s.kind)).toEqual(['holiday', 'equated', 'saturday', 'sunday']);
    expect(r.skipped[1]!.reason).toMatch(/^Besluit gelijkstelling van 2 januari 2026/);
  });

  it('Christmas, New Year and the equated 2 January 2026', () => {
    // 5 December 2025 + 20 = Thursday 25 December 2025 -> 29 December (Monday).
    expect(end('2025-12-05').end).toBe('2025-12-29');
    // 12 December 2025 + 20 = Thursday 1 January 2026; 2 January is equated -> Monday 5 January.
    expect(end('2025-12-12').skipped.map((s) => s.date)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
    ]);
    expect(end('2025-12-12').end).toBe('2026-01-05');
  });

  it('Koningsdag on Saturday 26 April 2025 is skipped by name', () => {
    // 6 April 2025 + 20 = Saturday 26 April 2025 (Koningsdag, as the 27th is a Sunday).
    const r = end('2025-04-06');
    expect(r.skipped.map((s) => s.reason)).toEqual(['Koningsdag', 'Sunday']);
    expect(r.end).toBe('2025-04-28');
  });

  it('extra holidays move the end too, and years past the decrees are flagged', () => {
    const r = end('2029-04-20', 20, ['2029-05-10']);
    // 20 April 2029 + 20 = Thursday 10 May 2029 (Hemelvaartsdag 2029 is 10 May too).
    expect(r.skipped[0]).toMatchObject({ date: '2029-05-10', kind: 'holiday' });
    expect(r.beyondDecrees).toBe(true);
    const x = end('2029-05-21', 20, ['2029-06-11']);
    // 21 May 2029 + 20 = Sunday 10 June 2029; Monday 11 June is the extra holiday.
    expect(x.skipped.map((s) => [s.date, s.kind])).toEqual([
      ['2029-06-10', 'sunday'],
      ['2029-06-11', 'extra'],
    ]);
    expect(x.end).toBe('2029-06-12');
    expect(end('2027-04-07').beyondDecrees).toBe(false);
  });
});
