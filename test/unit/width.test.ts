import { describe, expect, it } from 'vitest';
import { outputWidthFor } from '../../src/lib/columns.js';
import { textTable } from '../../src/lib/tables.js';
import { displayWidth, fitLine, fitText, isUrlLine, wrapWords } from '../../src/lib/width.js';

describe('the width rule', () => {
  it('takes a terminal its columns, else COLUMNS, else 80', () => {
    expect(outputWidthFor({ isTTY: true, columns: 93 }, { COLUMNS: '70' })).toBe(93);
    expect(outputWidthFor({ isTTY: true }, { COLUMNS: '70' })).toBe(70);
    expect(outputWidthFor({ isTTY: true }, {})).toBe(80);
  });
  it('does not wrap output that is not for a terminal, unless COLUMNS is set', () => {
    expect(outputWidthFor({ isTTY: false, columns: 93 }, {})).toBeUndefined();
    expect(outputWidthFor({}, { COLUMNS: '' })).toBeUndefined();
    expect(outputWidthFor({}, { COLUMNS: 'wide' })).toBeUndefined();
    expect(outputWidthFor({}, { COLUMNS: '72' })).toBe(72);
    expect(outputWidthFor({}, { COLUMNS: '3' })).toBe(20);
  });
});

describe('displayWidth', () => {
  it('counts wide characters as two columns and colour codes as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('漢字')).toBe(4);
    expect(displayWidth('👍 ok')).toBe(5);
    expect(displayWidth('\u001b[31mrood\u001b[39m')).toBe(4);
    expect(displayWidth('Coöperatie')).toBe(10);
  });
});

describe('wrapWords and fitLine', () => {
  it('breaks at spaces only and keeps a word wider than the width whole', () => {
    expect(wrapWords('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrapWords('a https://example.org/a/very/long/path b', 10)).toEqual([
      'a',
      'https://example.org/a/very/long/path',
      'b',
    ]);
    expect(wrapWords('  indented text here', 10)).toEqual(['  indented', '  text', '  here']);
  });
  it('measures wide characters', () => {
    expect(wrapWords('漢字 漢字 漢字', 9)).toEqual(['漢字 漢字', '漢字']);
  });
  it('indents continuation lines like the line, past a list mark', () => {
    expect(fitLine('  - one two three four', 14)).toBe('  - one two\n    three four');
    expect(fitLine('[12] alpha beta gamma', 12)).toBe('[12] alpha\n     beta\n     gamma');
    expect(fitLine('short', 10)).toBe('short');
  });
  it('leaves a line with only a URL as it is', () => {
    const url = 'https://example.org/a/very/long/path/that/is/wider/than/the/width';
    expect(isUrlLine(`[3] ${url}`)).toBe(true);
    expect(isUrlLine(`    (${url})`)).toBe(true);
    expect(isUrlLine(`see ${url}`)).toBe(false);
    expect(fitLine(`  [3] ${url}`, 20)).toBe(`  [3] ${url}`);
  });
  it('keeps colour codes and does not count them', () => {
    const red = (s: string) => `\u001b[31m${s}\u001b[39m`;
    const out = fitText(`${red('aaaa')} bbbb cccc`, 10);
    expect(out.split('\n').map(displayWidth)).toEqual([9, 4]);
    expect(out).toContain(red('aaaa'));
  });
  it('does nothing without a width', () => {
    expect(fitText('a '.repeat(100), undefined)).toBe('a '.repeat(100));
  });
});

describe('textTable', () => {
  const columns = [{ header: 'Name' }, { header: 'Note' }, { header: 'Link' }];
  const rows = [
    [
      'Alpha',
      'a rather long note that needs wrapping',
      'https://example.org/docs/alpha/index.html',
    ],
    ['Beta', 'short', '-'],
  ];
  it('is as wide as its cells when it fits, or without a width', () => {
    const text = textTable(columns, rows, { width: null });
    expect(text.split('\n')[0]).toBe('Name   Note                                    Link');
    expect(textTable(columns, rows, { width: 200 })).toBe(text);
  });
  it('turns long URLs into references and wraps cells at spaces', () => {
    const text = textTable(columns, rows, { width: 40 });
    expect(text).toBe(
      [
        'Name   Note                         Link',
        '─────  ───────────────────────────  ────',
        'Alpha  a rather long note that      [1]',
        '       needs wrapping',
        '',
        'Beta   short                        -',
        '',
        '[1] https://example.org/docs/alpha/index.html',
        '',
      ].join('\n'),
    );
  });
  it('aligns right-aligned cells on every line, and the footer', () => {
    const text = textTable(
      [{ header: 'Item' }, { header: 'Amount', align: 'right' }],
      [['one two three', '1.000,00']],
      { width: 20, footer: ['Total', '1.000,00'] },
    );
    expect(text).toBe(
      [
        'Item          Amount',
        '──────────  ────────',
        'one two     1.000,00',
        'three',
        '──────────  ────────',
        'Total       1.000,00',
        '',
      ].join('\n'),
    );
  });
  it('makes one block per record when the longest words do not fit side by side', () => {
    const text = textTable(
      [
        { header: 'Rank', align: 'right' },
        { header: 'Bidder' },
        { header: 'Total', align: 'right' },
      ],
      [
        ['1', 'Extraordinarily-long-name Limited', '78,19'],
        ['2', '  Child', '77,33'],
      ],
      { width: 24 },
    );
    expect(text).toBe(
      [
        'Bidder:',
        '  Extraordinarily-long-name',
        '  Limited',
        '  Rank: 1',
        '  Total: 78,19',
        '',
        '  Bidder: Child',
        '    Rank: 2',
        '    Total: 77,33',
        '',
      ].join('\n'),
    );
  });
});
