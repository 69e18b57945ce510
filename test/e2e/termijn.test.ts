import { describe, expect, it } from 'vitest';
import { inkoop } from '../helpers.js';

describe('inkoop termijn', () => {
  it('names the end date and every day it skipped, in Dutch by default', async () => {
    const r = await inkoop(['termijn', '2027-04-07']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Opschortende termijn: tot en met woensdag 28 april 2027');
    expect(r.stdout).toContain('dinsdag 27 april 2027: Koningsdag');
    expect(r.stdout).toContain('art. 2.127');
  });

  it('writes English with --lang en, before or after the command', async () => {
    const r = await inkoop(['termijn', '2027-03-06', '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Standstill period: up to and including Tuesday 30 March 2027');
    expect(r.stdout).toContain('Friday 26 March 2027: Goede Vrijdag (Good Friday)');
    expect(r.stdout).toContain('Monday 29 March 2027: tweede Paasdag (Easter Monday)');
  });

  it('gives the JSON contract', async () => {
    const r = await inkoop(['termijn', '2027-03-06', '--format', 'json']);
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ start: '2027-03-06', days: 20, end: '2027-03-30' });
    expect(j.skipped).toEqual([
      { date: '2027-03-26', reason: 'Goede Vrijdag', kind: 'holiday', holiday: 'goede-vrijdag' },
      { date: '2027-03-27', reason: 'Saturday', kind: 'saturday' },
      { date: '2027-03-28', reason: 'Sunday', kind: 'sunday' },
      { date: '2027-03-29', reason: 'tweede Paasdag', kind: 'holiday', holiday: 'tweede-paasdag' },
    ]);
  });

  it('takes --days and --extra-holiday, and warns past the known decrees', async () => {
    const r = await inkoop([
      'termijn',
      '2029-05-21',
      '--extra-holiday',
      '2029-06-11',
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ end: '2029-06-12' });
    expect(r.stderr).toContain('known up to and including 2028');
    const short = await inkoop(['termijn', '2027-04-07', '--days', '15']);
    expect(short.exitCode).toBe(0);
    expect(short.stderr).toContain('ten minste 20 kalenderdagen');
  });

  it('refuses a date that does not exist and a bad number of days (exit 2)', async () => {
    const bad = await inkoop(['termijn', '2027-02-29']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toBe(
      'inkoop: verzenddatum: "2027-02-29" is geen datum; schrijf JJJJ-MM-DD, zoals 2027-04-07\n',
    );
    const days = await inkoop(['termijn', '2027-04-07', '--days', '-3', '--lang', 'en']);
    expect(days.exitCode).toBe(2);
    expect(days.stderr).toContain('--days: "-3" is not a number of days');
    const esc = await inkoop(['termijn', '\u001b[31m2027', '--lang', 'en']);
    expect(esc.exitCode).toBe(2);
    expect(esc.stderr).not.toContain('\u001b');
    expect(esc.stderr).toContain('\\x1b[31m2027');
  });
});
