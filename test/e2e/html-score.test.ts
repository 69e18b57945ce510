/**
 * `inkoop score --format html`: the command writes one self-contained file
 * (stdout or --out), and that file, rendered in a real Chromium, loads
 * nothing, logs no error, draws bars in proportion to the points, holds the
 * same figures as `--format json`, passes basic accessibility checks, and
 * prints on A4. Screenshots go to test-artifacts/ for a human to look at.
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

const TENDER = join(ROOT, 'examples', 'tender.yaml');
const ARTIFACTS = join(ROOT, 'test-artifacts');

interface JsonBid {
  vendor: string;
  rank: number | null;
  total: number | null;
  excluded: boolean;
  reasons: string[];
  price: number;
  points: Record<string, number>;
  groups: Record<string, number>;
}
interface Json {
  max_points: number;
  winner: string | null;
  criteria: { id: string }[];
  groups: { id: string }[];
  bids: JsonBid[];
}

describe('inkoop score --format html (command)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('writes HTML to stdout without --out, the same document as with --out', async () => {
    const out = await inkoop(['score', TENDER, '--format', 'html', '--lang', 'en']);
    expect(out.stderr).toBe('');
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(out.stdout.trimEnd()).toMatch(/<\/html>$/);
    const file = join(tmp.dir, 'report.html');
    const written = await inkoop([
      'score',
      TENDER,
      '--format',
      'html',
      '--lang',
      'en',
      '--out',
      file,
    ]);
    expect(written.exitCode).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toBe(`${file} written\n`);
    expect(readFileSync(file, 'utf8')).toBe(out.stdout);
  });

  it('never overwrites a file without --force', async () => {
    const file = join(tmp.dir, 'exists.html');
    writeFileSync(file, 'keep me');
    const refused = await inkoop(['score', TENDER, '--format', 'html', '--out', file]);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toBe(
      `inkoop: ${file} bestaat al; gebruik --force om het te overschrijven, of --out om elders te schrijven\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    const forced = await inkoop(['score', TENDER, '--format', 'html', '--out', file, '--force']);
    expect(forced.exitCode).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('writes --out in the format of its extension, --format json included, and refuses --force without --out', async () => {
    const file = join(tmp.dir, 'x.json');
    const r = await inkoop(['score', TENDER, '--format', 'json', '--out', file]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8')).winner).toBe('Digitaal Dossier Groep');
    const f = await inkoop(['score', TENDER, '--format', 'html', '--force']);
    expect(f.exitCode).toBe(2);
    expect(f.stderr).toBe(
      'inkoop: --force overschrijft het bestand van --out; geef ook --out <bestand>\n',
    );
  });

  it('keeps the exit code of the gate: a report is written and --fail-under still fails', async () => {
    const file = join(tmp.dir, 'gate.html');
    const r = await inkoop([
      'score',
      TENDER,
      '--format',
      'html',
      '--out',
      file,
      '--fail-under',
      '99',
    ]);
    expect(r.exitCode).toBe(1);
    expect(readFileSync(file, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });
});

const opened = await openBrowser('inkoop score --format html in Chromium');

describe.skipIf(!('browser' in opened))('inkoop score --format html in Chromium', () => {
  const browser = 'browser' in opened ? opened.browser : null!;
  const tmp = tempDir();
  afterAll(async () => {
    await browser.close();
    tmp.cleanup();
  });

  it('renders the findings of --robustness in plain words, with the same accessibility', async () => {
    const file = join(tmp.dir, 'score-robustness.html');
    const made = await inkoop([
      'score',
      TENDER,
      '--robustness',
      '--format',
      'html',
      '--lang',
      'en',
      '--out',
      file,
    ]);
    expect([0, 1]).toContain(made.exitCode);
    const data = JSON.parse(
      (await inkoop(['score', TENDER, '--robustness', '--format', 'json'])).stdout,
    ) as { robustness: unknown };
    expect(data.robustness).toBeTruthy();
    const { page, requests, errors } = await openFile(browser, file);
    try {
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      const audit = await auditPage(page);
      expect(audit.lowContrast).toEqual([]);
      expect(audit.tableProblems).toEqual([]);
      expect(audit.duplicateIds).toEqual([]);
      const section = page.locator('section[aria-labelledby="robustness"]');
      expect(await section.locator('h2').innerText()).toBe('How firm is the outcome');
      expect(await section.locator('.callout').innerText()).toMatch(/^(Fragile|Firm): \S/);
      expect(await section.locator('ul.findings li').count()).toBeGreaterThan(0);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({
        path: join(ARTIFACTS, 'html-score-robustness-en.png'),
        fullPage: true,
      });
    } finally {
      await page.close();
    }
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`renders the report of examples/tender.yaml (${lang}) with the JSON figures, offline, accessibly, and on A4`, async () => {
      const file = join(tmp.dir, `score-${lang}.html`);
      const made = await inkoop([
        'score',
        TENDER,
        '--format',
        'html',
        '--lang',
        lang,
        '--out',
        file,
      ]);
      expect(made.stderr).toBe(lang === 'nl' ? `${file} geschreven\n` : `${file} written\n`);
      expect(made.exitCode).toBe(0);
      const data = JSON.parse((await inkoop(['score', TENDER, '--format', 'json'])).stdout) as Json;

      const { page, requests, errors } = await openFile(browser, file);
      try {
        expect(requests, 'requests made by the page').toEqual([]);
        expect(errors, 'console errors').toEqual([]);

        const audit = await auditPage(page);
        expect(audit.lang).toBe(lang);
        expect(audit.title).toBe('Vervanging zaaksysteem gemeente Voorbeeldstad 2026');
        expect(audit.lowContrast).toEqual([]);
        expect(audit.tableProblems).toEqual([]);
        expect(audit.chartProblems).toEqual([]);
        expect(audit.external).toEqual([]);
        expect(audit.duplicateIds).toEqual([]);

        // The verdict names the winner of the JSON output.
        expect(await page.locator('.verdict').innerText()).toContain(data.winner!);

        // Bars: one per valid bid and group, each the bid's group points, all drawn to one scale from the axis.
        const marks = await renderedMarks(page);
        const valid = data.bids.filter((b) => !b.excluded);
        expect(marks).toHaveLength(valid.length * data.groups.length);
        const zero = (await zeroLines(page))['ranking-chart']!;
        const perPoint = marks[0]!.width / marks[0]!.value;
        expect(perPoint).toBeGreaterThan(1);
        for (const m of marks) {
          const bid = data.bids.find((b) => b.vendor === m.category)!;
          expect(m.value).toBeCloseTo(bid.groups[m.series]!, 5);
          expect(m.width).toBeCloseTo(m.value * perPoint, 0);
        }
        for (const b of valid) {
          const own = marks.filter((m) => m.category === b.vendor).sort((p, q) => p.x - q.x);
          expect(own[0]!.x).toBeCloseTo(zero.x, 0);
          const end = own[own.length - 1]!.x + own[own.length - 1]!.width;
          expect((end - zero.x) / perPoint).toBeCloseTo(b.total!, 1);
        }
        // Bars in order of rank, top to bottom.
        const tops = valid.map((b) => marks.find((m) => m.category === b.vendor)!.y);
        expect([...tops].sort((p, q) => p - q)).toEqual(tops);

        // Tables: the figures of the JSON output, in the report's notation.
        const cellText = (sel: string) => page.locator(sel).innerText();
        for (const b of valid) {
          const v = JSON.stringify(b.vendor);
          expect(
            parseShown(
              await cellText(`#ranking-table td[data-vendor=${v}][data-field="total"]`),
              lang,
            ),
          ).toBeCloseTo(b.total!, 2);
          expect(
            parseShown(
              await cellText(`#ranking-table td[data-vendor=${v}][data-field="price"]`),
              lang,
            ),
          ).toBe(b.price);
          for (const g of data.groups)
            expect(
              parseShown(
                await cellText(`#ranking-table td[data-vendor=${v}][data-group="${g.id}"]`),
                lang,
              ),
            ).toBeCloseTo(b.groups[g.id]!, 2);
          for (const c of data.criteria)
            expect(
              parseShown(
                await cellText(`table.points td[data-vendor=${v}][data-criterion="${c.id}"]`),
                lang,
              ),
            ).toBeCloseTo(b.points[c.id]!, 2);
        }
        const money = await cellText(`#ranking-table td[data-field="price"] >> nth=0`);
        expect(money).toMatch(
          lang === 'nl' ? /^EUR \d{1,3}(\.\d{3})*,\d{2}$/ : /^EUR \d{1,3}(,\d{3})*\.\d{2}$/,
        );
        for (const b of data.bids.filter((x) => x.excluded)) {
          expect(
            await cellText(
              `#excluded-table td[data-vendor=${JSON.stringify(b.vendor)}][data-field="reasons"]`,
            ),
          ).toContain('Gegevensopslag binnen de EER');
        }
        expect(await page.locator('#spread-table tr.flag').count()).toBe(1);

        mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: join(ARTIFACTS, `html-score-${lang}.png`), fullPage: true });
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        writeFileSync(join(ARTIFACTS, `html-score-${lang}.pdf`), pdf);
        const pages = pdfPageCount(pdf);
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(6);
        // A4 is 595 x 842 points.
        expect(pdf.toString('latin1')).toMatch(
          /\/MediaBox \[0 0 595\.\d+ 841\.\d+\]|\/MediaBox \[0 0 595\.\d+ 842\.\d+\]/,
        );
      } finally {
        await page.close();
      }
    });
  }
});
