/**
 * The browser checks used by the HTML report tests can fail: a page that
 * breaks each rule is caught (a request, a console error, low contrast, a
 * table without caption or scope, a chart without a name, a loaded image).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { auditPage, openBrowser, openFile, parseShown, pdfPageCount } from '../browser.js';

describe('reading numbers as a report shows them', () => {
  it('reads Dutch and English notation, with or without a currency', () => {
    expect(parseShown('EUR 1.234.567,89', 'nl')).toBe(1234567.89);
    expect(parseShown('-EUR 1.234,50', 'nl')).toBe(-1234.5);
    expect(parseShown('EUR 1,234,567.89', 'en')).toBe(1234567.89);
    expect(parseShown('17,33 (8,67)', 'nl')).toBe(17.33);
    expect(() => parseShown('geen', 'nl')).toThrow(/not a number/);
  });
});

const opened = await openBrowser('the browser checks of the HTML report tests');

describe.skipIf(!('browser' in opened))('browser checks catch a bad page', () => {
  const browser = 'browser' in opened ? opened.browser : null!;
  const tmp = tempDir();
  afterAll(async () => {
    await browser.close();
    tmp.cleanup();
  });

  it('finds requests, console errors, low contrast, bad tables and unnamed charts', async () => {
    const file = join(tmp.dir, 'bad.html');
    writeFileSync(
      file,
      `<!DOCTYPE html><html><head><title>bad</title></head><body>
<p style="color:#aaaaaa">pale text</p>
<img src="https://example.invalid/logo.png" alt="">
<table><tr><th>Head</th></tr><tr><td>1</td></tr></table>
<svg width="10" height="10"><rect width="5" height="5"/></svg>
<div id="a"></div><div id="a"></div>
<script>console.error('boom')</script>
</body></html>`,
    );
    const { page, requests, errors } = await openFile(browser, file);
    try {
      expect(requests).toEqual(['https://example.invalid/logo.png']);
      expect(errors.some((e) => e.includes('boom'))).toBe(true);
      const audit = await auditPage(page);
      expect(audit.lang).toBe('');
      expect(audit.lowContrast).toEqual([expect.stringMatching(/^p "pale text": 2\.\d\d:1$/)]);
      expect(audit.tableProblems).toEqual([
        'table 0 has no caption',
        'table 0: <th> "Head" has no scope',
      ]);
      expect(audit.chartProblems).toContain('svg 0 is not role="img"');
      expect(audit.chartProblems).toContain('svg 0 has no <title>');
      expect(audit.external.length).toBe(2);
      expect(audit.duplicateIds).toEqual(['a']);
      expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
    } finally {
      await page.close();
    }
  });
});
