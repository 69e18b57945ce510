import { afterEach, describe, expect, it } from 'vitest';
import { setRunLang } from '../../src/i18n/index.js';
import { planOutputs } from '../../src/lib/report.js';
import { cellText, columnLetter, sheetName } from '../../src/lib/xlsx.js';

afterEach(() => setRunLang('nl'));

describe('workbook helpers', () => {
  it('sheet names Excel accepts: no []:*?/\\, at most 31 characters, unique', () => {
    const taken = new Set<string>();
    expect(sheetName('a/b:c', taken)).toBe('a b c');
    expect(sheetName('A/B:C', taken)).toBe('A B C (2)');
    const long = sheetName('x'.repeat(40), taken);
    expect(long).toHaveLength(31);
    expect(sheetName('x'.repeat(40), taken)).toBe(`${'x'.repeat(27)} (2)`);
    expect(sheetName("'quoted'", taken)).toBe('quoted');
    expect(sheetName('[]', taken)).toBe('Sheet');
    // Runs of spaces become one, and a name cut short does not end in a space.
    expect(sheetName('a  b\td', taken)).toBe('a b d');
    expect(sheetName(`${'y'.repeat(30)} z`, taken)).toBe('y'.repeat(30));
    expect(sheetName(`${'y'.repeat(30)} w`, taken)).toBe(`${'y'.repeat(27)} (2)`);
  });

  it('cell text: control characters as escapes, within the cell limit', () => {
    expect(cellText('a\u001b[2Jb\u0007')).toBe('a\\x1b[2Jb\\x07');
    expect(cellText('=SUM(A1)')).toBe('=SUM(A1)');
    expect(cellText('x'.repeat(40000))).toHaveLength(32767);
  });

  it('column letters', () => {
    expect([1, 26, 27, 28, 702, 703].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });

  it('refuses an .xlsx to a terminal, with the way out', () => {
    const tty = process.stdout.isTTY;
    try {
      process.stdout.isTTY = true;
      setRunLang('en');
      expect(() =>
        planOutputs({ format: 'xlsx' }, ['table', 'xlsx'], 'table', 'score.html'),
      ).toThrow(
        '--format xlsx writes an Excel workbook, not text for the screen; give --out score.xlsx or redirect the output to a file (> score.xlsx)',
      );
      expect(() =>
        planOutputs({ format: 'xlsx', out: '-' }, ['table', 'xlsx'], 'table', 'score.html'),
      ).toThrow('--format xlsx');
      process.stdout.isTTY = false;
      expect(() =>
        planOutputs({ format: 'xlsx' }, ['table', 'xlsx'], 'table', 'score.html'),
      ).not.toThrow();
    } finally {
      process.stdout.isTTY = tty;
    }
  });
});
