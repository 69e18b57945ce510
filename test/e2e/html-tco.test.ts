/**
 * `inkoop tco --format html`: the command writes one self-contained file
 * (stdout or --out), and that file, rendered in a real Chromium, loads
 * nothing, logs no error, draws bars and lines in proportion to the amounts
 * (a residual value below the axis), holds the same figures as
 * `--format json`, passes basic accessibility checks, and prints on A4.
 * Screenshots go to test-artifacts/ for a human to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inkoop, ROOT, tempDir } from '../helpers.js';
import {
  auditPage,
  openBrowser,
  openFile,
  parseShown,
  pdfPageCount,
  renderedMarks,
  zeroLines,
} from '../browser.js';

const COSTS = join(ROOT, 'examples', 'costs.yaml');
const ARTIFACTS = join(ROOT, 'test-artifacts');

interface JsonOption {
  name: string;
  rank: number;
  total: number;
  npv: number;
  total_incl_vat?: number;
  npv_incl_vat?: number;
  contract_value: number;
  threshold?: { threshold: number; reached: boolean };
  years: { year: number; total: number; present_value: number }[];
  categories: Record<string, number>;
}
interface Json {
  title: string | null;
  years: number;
  options: JsonOption[];
}

/** Whole cents of an amount in units, for exact comparison. */
const cents = (units: number) => Math.round(units * 100);

describe('inkoop tco --format html (command)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('writes HTML to stdout without --out, the same document as with --out', async () => {
    const out = await inkoop(['tco', COSTS, '--format', 'html', '--lang', 'en']);
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(out.stdout.trimEnd()).toMatch(/<\/html>$/);
    const file = join(tmp.dir, 'report.html');
    const written = await inkoop(['tco', COSTS, '--format', 'html', '--lang', 'en', '--out', file]);
    expect(written.exitCode).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toContain(`${file} written\n`);
    expect(readFileSync(file, 'utf8')).toBe(out.stdout);
  });

  it('never overwrites a file without --force', async () => {
    const file = join(tmp.dir, 'exists.html');
    writeFileSync(file, 'keep me');
    const refused = await inkoop(['tco', COSTS, '--format', 'html', '--out', file, '--lang', 'en']);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain(
      `inkoop: ${file} already exists; use --force to overwrite it, or --out to write elsewhere\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    const forced = await inkoop(['tco', COSTS, '--format', 'html', '--out', file, '--force']);
    expect(forced.exitCode).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('writes --out in the format of its extension (--format json and a .json file)', async () => {
    const file = join(tmp.dir, 'x.json');
    const r = await inkoop(['tco', COSTS, '--format', 'json', '--out', file]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8')).options.length).toBeGreaterThan(0);
  });
});

const opened = await openBrowser('inkoop tco --format html in Chromium');

describe.skipIf(!('browser' in opened))('inkoop tco --format html in Chromium', () => {
  const browser = 'browser' in opened ? opened.browser : null!;
  const tmp = tempDir();
  afterAll(async () => {
    await browser.close();
    tmp.cleanup();
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`renders the report of examples/costs.yaml (${lang}) with the JSON figures, offline, accessibly, and on A4`, async () => {
      const file = join(tmp.dir, `tco-${lang}.html`);
      const made = await inkoop(['tco', COSTS, '--format', 'html', '--lang', lang, '--out', file]);
      expect(made.exitCode).toBe(0);
      const data = JSON.parse((await inkoop(['tco', COSTS, '--format', 'json'])).stdout) as Json;
      expect(data.options.length).toBeGreaterThanOrEqual(2);

      const { page, requests, errors } = await openFile(browser, file);
      try {
        expect(requests, 'requests made by the page').toEqual([]);
        expect(errors, 'console errors').toEqual([]);

        const audit = await auditPage(page);
        expect(audit.lang).toBe(lang);
        expect(audit.title).toBe(data.title);
        expect(audit.lowContrast).toEqual([]);
        expect(audit.tableProblems).toEqual([]);
        expect(audit.chartProblems).toEqual([]);
        expect(audit.external).toEqual([]);
        expect(audit.duplicateIds).toEqual([]);

        // The assumptions come first, before any figure.
        const headings = await page.locator('h2').allInnerTexts();
        expect(headings[0]).toBe(lang === 'nl' ? 'Uitgangspunten' : 'Assumptions');

        const marks = await renderedMarks(page);
        const zeros = await zeroLines(page);
        let negatives = 0;
        data.options.forEach((o, i) => {
          // Stacked bars: per year the segments add up to the year's total, all drawn to one scale.
          const chart = `costs-chart-${i}`;
          const bars = marks.filter((m) => m.chart === chart);
          expect(bars.length).toBeGreaterThan(0);
          const perUnit = bars[0]!.height / Math.abs(bars[0]!.value);
          const zero = zeros[chart]!.y;
          for (const b of bars) {
            expect(b.height).toBeCloseTo(Math.abs(b.value) * perUnit, 0);
            if (b.value > 0) expect(b.y + b.height).toBeLessThanOrEqual(zero + 1);
            else {
              negatives++;
              expect(b.y).toBeGreaterThanOrEqual(zero - 1);
            }
          }
          for (const y of o.years) {
            const sum = bars
              .filter((b) => b.category === String(y.year))
              .reduce((a, b) => a + cents(b.value), 0);
            expect(sum, `${o.name}, year ${y.year}`).toBe(cents(y.total));
          }
          // Cumulative line: each point is the sum of the years so far, on one linear scale.
          const points = marks.filter(
            (m) => m.chart === 'cumulative-chart' && m.series === `option-${i}`,
          );
          expect(points).toHaveLength(o.years.length);
          let running = 0;
          const cz = zeros['cumulative-chart']!.y;
          const perUnitLine =
            (cz - (points[points.length - 1]!.y + points[points.length - 1]!.height / 2)) /
            points[points.length - 1]!.value;
          o.years.forEach((y, t) => {
            running += cents(y.total);
            expect(cents(points[t]!.value)).toBe(running);
            expect(cz - (points[t]!.y + points[t]!.height / 2)).toBeCloseTo(
              points[t]!.value * perUnitLine,
              0,
            );
          });
        });
        // examples/costs.yaml has a residual value: it is drawn below the axis.
        expect(negatives).toBeGreaterThan(0);

        // Tables: the figures of the JSON output, in the report's notation.
        const shown = async (sel: string) => parseShown(await page.locator(sel).innerText(), lang);
        for (const [i, o] of data.options.entries()) {
          const q = (field: string) =>
            `#comparison-table td[data-option=${JSON.stringify(o.name)}][data-field="${field}"]`;
          expect(await shown(q('total'))).toBe(o.total);
          expect(await shown(q('npv'))).toBe(o.npv);
          if (o.total_incl_vat !== undefined)
            expect(await shown(q('total_incl_vat'))).toBe(o.total_incl_vat);
          if (o.npv_incl_vat !== undefined)
            expect(await shown(q('npv_incl_vat'))).toBe(o.npv_incl_vat);
          for (const y of o.years) {
            const cell = (field: string) =>
              `#years-${i} td[data-year="${y.year}"][data-field="${field}"]`;
            expect(await shown(cell('total'))).toBe(y.total);
            expect(await shown(cell('present_value'))).toBe(y.present_value);
          }
          expect(await shown(`#years-${i} td[data-year="all"][data-field="total"]`)).toBe(o.total);
          expect(await shown(`#years-${i} td[data-year="all"][data-field="npv"]`)).toBe(o.npv);
          for (const [c, v] of Object.entries(o.categories))
            expect(await shown(`#categories-${i} td[data-category="${c}"]`)).toBe(v);
          if (o.threshold) {
            expect(
              await shown(
                `#threshold-table td[data-option=${JSON.stringify(o.name)}][data-field="contract_value"]`,
              ),
            ).toBe(o.contract_value);
            expect(
              await shown(
                `#threshold-table td[data-option=${JSON.stringify(o.name)}][data-field="threshold"]`,
              ),
            ).toBe(o.threshold.threshold);
          }
        }
        const money = await page
          .locator('#comparison-table td[data-field="total"] >> nth=0')
          .innerText();
        expect(money).toMatch(
          lang === 'nl' ? /^EUR \d{1,3}(\.\d{3})*,\d{2}$/ : /^EUR \d{1,3}(,\d{3})*\.\d{2}$/,
        );

        mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: join(ARTIFACTS, `html-tco-${lang}.png`), fullPage: true });
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        writeFileSync(join(ARTIFACTS, `html-tco-${lang}.pdf`), pdf);
        const pages = pdfPageCount(pdf);
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(8);
        expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.\d+ 84[12]\.\d+\]/);
      } finally {
        await page.close();
      }
    });
  }
});
