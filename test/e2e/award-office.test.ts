/**
 * What inkoop award writes survives the programs it is written for: the
 * evaluation report in Chromium (offline, no script, the figures of the
 * JSON), and the letters and report opened and converted by LibreOffice.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, openFile } from '../browser.js';
import { findOffice, officeConvert } from '../office.js';
import { inkoop, ROOT } from '../helpers.js';

const EXAMPLE = join(ROOT, 'examples', 'award', 'tender.yaml');
const work = mkdtempSync(join(tmpdir(), 'inkoop-award-office-'));
const out = join(work, 'gunning');

beforeAll(async () => {
  const r = await inkoop(['award', EXAMPLE, '--out', out]);
  if (r.exitCode !== 0) throw new Error(r.stderr);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const opened = await openBrowser('the evaluation report of inkoop award in Chromium');
describe.skipIf(!('browser' in opened))('the evaluation report in Chromium', () => {
  afterAll(async () => {
    if ('browser' in opened) await opened.browser.close();
  });

  it('renders offline, without errors, with every total of inkoop score', async () => {
    if (!('browser' in opened)) return;
    const score = JSON.parse((await inkoop(['score', EXAMPLE, '--format', 'json'])).stdout);
    const { page, requests, errors } = await openFile(
      opened.browser,
      join(out, 'proces-verbaal.html'),
    );
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('h1').innerText()).toBe(
      'Proces-verbaal van beoordeling: Hosting zaaksysteem',
    );
    const rows = await page.locator('table').first().locator('tbody tr').allInnerTexts();
    for (const b of score.bids) {
      const row = rows.find((r) => r.startsWith(b.vendor))!;
      expect(row, b.vendor).toBeDefined();
      if (b.total !== null) expect(row).toContain(b.total.toFixed(2).replace('.', ','));
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  });
});

const office = findOffice('the LibreOffice test of inkoop award', 'libreoffice-writer-nogui');

describe.skipIf(!office)('the letters and the report in LibreOffice', () => {
  it('opens every DOCX and reads the same words as the Markdown', () => {
    const converted = join(work, 'converted');
    const files = ['bravo-cloud.docx', 'charlie-it.docx', 'proces-verbaal.docx'].map((f) =>
      join(out, f),
    );
    officeConvert(office!, files, 'txt:Text (encoded):UTF8', converted, work);
    for (const name of ['bravo-cloud', 'charlie-it', 'proces-verbaal']) {
      const txt = join(converted, `${name}.txt`);
      expect(existsSync(txt), name).toBe(true);
      const text = readFileSync(txt, 'utf8');
      expect(text, name).toContain('28 april 2027');
      expect(text, name).toContain('Alfa Hosting B.V.');
    }
    const bravo = readFileSync(join(converted, 'bravo-cloud.txt'), 'utf8');
    expect(bravo).toContain('Uw inschrijving is als 2e geëindigd, met 80,00 van de 100,00 punten');
    expect(bravo).toContain('Dekt alle verplichte functies, maar slechts 9 van de 20 gewenste.');
    expect(bravo).toContain('24,00');
  }, 200_000);
});
