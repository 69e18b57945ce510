/**
 * Calendar days as integers (days since 1970-01-01, UTC), the Dutch
 * statutory holidays of the Algemene termijnenwet, and the days equated
 * with them by royal decree. Pure: no clock, no time zone.
 */

/** A calendar day: days since 1970-01-01. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, date: number): Day {
  return Date.UTC(year, month - 1, date) / MS_PER_DAY;
}

/** `2027-04-28` for a day. */
export function isoDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A day written as YYYY-MM-DD, or undefined when it is no real date (2027-02-30). */
export function parseIsoDay(text: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const day = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  return isoDay(day) === text ? day : undefined;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function yearOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/**
 * Easter Sunday in the Gregorian calendar, by the anonymous algorithm
 * (Meeus/Jones/Butcher), valid for every Gregorian year.
 */
export function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, date);
}

/** Why a day is not a working day for a statutory period. */
export type HolidayId =
  | 'nieuwjaarsdag'
  | 'goede-vrijdag'
  | 'tweede-paasdag'
  | 'koningsdag'
  | 'bevrijdingsdag'
  | 'hemelvaartsdag'
  | 'tweede-pinksterdag'
  | 'eerste-kerstdag'
  | 'tweede-kerstdag';

export interface Holiday {
  day: Day;
  id: HolidayId;
  /** The day's name as Dutch law writes it. */
  name: string;
}

const NAMES: Record<HolidayId, string> = {
  nieuwjaarsdag: 'Nieuwjaarsdag',
  'goede-vrijdag': 'Goede Vrijdag',
  'tweede-paasdag': 'tweede Paasdag',
  koningsdag: 'Koningsdag',
  bevrijdingsdag: '5 mei',
  hemelvaartsdag: 'Hemelvaartsdag',
  'tweede-pinksterdag': 'tweede Pinksterdag',
  'eerste-kerstdag': 'eerste Kerstdag',
  'tweede-kerstdag': 'tweede Kerstdag',
};

/**
 * The generally recognised holidays of one year (Algemene termijnenwet,
 * art. 3 lid 1, and Goede Vrijdag by art. 3 lid 2). Koningsdag is 27 April,
 * or 26 April when the 27th is a Sunday.
 */
export function statutoryHolidays(year: number): Holiday[] {
  const e = easter(year);
  const april27 = dayOf(year, 4, 27);
  const list: [Day, HolidayId][] = [
    [dayOf(year, 1, 1), 'nieuwjaarsdag'],
    [e - 2, 'goede-vrijdag'],
    [e + 1, 'tweede-paasdag'],
    [weekday(april27) === 0 ? april27 - 1 : april27, 'koningsdag'],
    [dayOf(year, 5, 5), 'bevrijdingsdag'],
    [e + 39, 'hemelvaartsdag'],
    [e + 50, 'tweede-pinksterdag'],
    [dayOf(year, 12, 25), 'eerste-kerstdag'],
    [dayOf(year, 12, 26), 'tweede-kerstdag'],
  ];
  return list.map(([day, id]) => ({ day, id, name: NAMES[id] })).sort((x, y) => x.day - y.day);
}

/** A royal decree under art. 3 lid 3 that equates days with a holiday. */
export interface Decree {
  /** Its title, as published in the Staatscourant. */
  title: string;
  days: Day[];
  /** The first and last year whose days it settles. */
  from: number;
  until: number;
}

/**
 * The decrees in force for recent and coming years. Such a decree is made
 * every few years for the days (mostly Fridays) between a holiday and a
 * weekend; a period that ends after the last year covered here may meet a
 * day a newer decree adds, so the result carries a warning then.
 */
export const DECREES: readonly Decree[] = [
  {
    title:
      'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag',
    days: [
      dayOf(2023, 4, 28),
      dayOf(2023, 5, 19),
      dayOf(2024, 5, 10),
      dayOf(2024, 12, 27),
      dayOf(2025, 5, 30),
    ],
    from: 2023,
    until: 2025,
  },
  {
    title:
      'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag',
    days: [
      dayOf(2026, 1, 2),
      dayOf(2026, 5, 15),
      dayOf(2027, 5, 7),
      dayOf(2028, 4, 28),
      dayOf(2028, 5, 26),
    ],
    from: 2026,
    until: 2028,
  },
];

/** The first and last year for which the equated days are known. */
export const DECREES_FROM = Math.min(...DECREES.map((d) => d.from));
export const DECREES_UNTIL = Math.max(...DECREES.map((d) => d.until));
