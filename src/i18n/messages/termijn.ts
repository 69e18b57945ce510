/** Messages of `inkoop termijn`: the standstill period and the Algemene termijnenwet. */
import type { Messages } from '../types.js';

export const termijn = {
  'termijn.headline': {
    nl: 'Opschortende termijn: tot en met {date}',
    en: 'Standstill period: up to and including {date}',
  },
  'termijn.sent': { nl: 'verzonden', en: 'sent' },
  'termijn.period': { nl: 'termijn', en: 'period' },
  'termijn.days': {
    nl: { one: '{count} kalenderdag', other: '{count} kalenderdagen' },
    en: { one: '{count} calendar day', other: '{count} calendar days' },
  },
  'termijn.unadjusted': { nl: 'einde zonder verschuiving', en: 'end before moving' },
  'termijn.end': { nl: 'einde', en: 'end' },
  'termijn.moved': {
    nl: 'Verschoven volgens de Algemene termijnenwet (art. 1 en 3):',
    en: 'Moved by the Algemene termijnenwet (General Time Limits Act, art. 1 and 3):',
  },
  'termijn.notMoved': {
    nl: 'Het einde valt niet op een zaterdag, zondag of feestdag en schuift niet op.',
    en: 'The end falls on no Saturday, Sunday or holiday, and does not move.',
  },
  'termijn.basis': {
    nl: 'Aanbestedingswet 2012, art. 2.127: ten minste 20 kalenderdagen na de dag van verzending van de gunningsbeslissing.',
    en: 'Aanbestedingswet 2012 (Public Procurement Act), art. 2.127: at least 20 calendar days after the day the award decision is sent.',
  },
  'termijn.saturday': { nl: 'zaterdag', en: 'Saturday' },
  'termijn.sunday': { nl: 'zondag', en: 'Sunday' },
  'termijn.extra': {
    nl: 'feestdag opgegeven met --extra-holiday',
    en: 'holiday given with --extra-holiday',
  },
  'termijn.equated': {
    nl: 'gelijkgesteld met een feestdag ({decree})',
    en: 'equated with a holiday ({decree})',
  },
  'termijn.holiday.nieuwjaarsdag': { nl: 'Nieuwjaarsdag', en: "Nieuwjaarsdag (New Year's Day)" },
  'termijn.holiday.goede-vrijdag': { nl: 'Goede Vrijdag', en: 'Goede Vrijdag (Good Friday)' },
  'termijn.holiday.tweede-paasdag': {
    nl: 'tweede Paasdag',
    en: 'tweede Paasdag (Easter Monday)',
  },
  'termijn.holiday.koningsdag': { nl: 'Koningsdag', en: "Koningsdag (King's Day)" },
  'termijn.holiday.bevrijdingsdag': {
    nl: '5 mei (Bevrijdingsdag)',
    en: '5 mei (Liberation Day)',
  },
  'termijn.holiday.hemelvaartsdag': {
    nl: 'Hemelvaartsdag',
    en: 'Hemelvaartsdag (Ascension Day)',
  },
  'termijn.holiday.tweede-pinksterdag': {
    nl: 'tweede Pinksterdag',
    en: 'tweede Pinksterdag (Whit Monday)',
  },
  'termijn.holiday.eerste-kerstdag': {
    nl: 'eerste Kerstdag',
    en: 'eerste Kerstdag (Christmas Day)',
  },
  'termijn.holiday.tweede-kerstdag': {
    nl: 'tweede Kerstdag',
    en: 'tweede Kerstdag (Boxing Day)',
  },
  'termijn.beyondDecrees': {
    nl: 'let op: de dagen die bij koninklijk besluit met een feestdag zijn gelijkgesteld, zijn bekend tot en met {year}; deze termijn valt (deels) daarbuiten. Controleer of een nieuwer besluit gelijkstelling een dag toevoegt, en geef die met --extra-holiday.',
    en: 'note: the days equated with a holiday by royal decree are known up to and including {year}; this period falls (partly) outside that. Check whether a newer decree adds a day, and give it with --extra-holiday.',
  },
  'termijn.shortPeriod': {
    nl: 'let op: de Aanbestedingswet 2012 (art. 2.127) vraagt een opschortende termijn van ten minste 20 kalenderdagen; --days is {days}.',
    en: 'note: the Aanbestedingswet 2012 (art. 2.127) asks for a standstill period of at least 20 calendar days; --days is {days}.',
  },
  'termijn.badDate': {
    nl: '{what}: "{value}" is geen datum; schrijf JJJJ-MM-DD, zoals 2027-04-07',
    en: '{what}: "{value}" is not a date; write it as YYYY-MM-DD, like 2027-04-07',
  },
  'termijn.badDays': {
    nl: '--days: "{value}" is geen aantal dagen; geef een geheel getal van 1 tot en met 3650, zoals 20',
    en: '--days: "{value}" is not a number of days; give a whole number from 1 to 3650, like 20',
  },
  'termijn.dispatchDate': { nl: 'verzenddatum', en: 'dispatch date' },
} as const satisfies Messages;
