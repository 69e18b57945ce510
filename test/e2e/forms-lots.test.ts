/**
 * Score forms for a tender with lots: a sheet per lot (named safely for
 * Excel), one row per bid on that lot and criterion of that lot. Filled in
 * with a second library (@e965/xlsx, not exceljs that wrote them) and read
 * back with `inkoop score --scores`, they must give the same `--format json`
 * as the same scores written in YAML under each bid's `lots:`. Mistakes are
 * reported at `file.xlsx:Sheet!C7`, exit 2; a form saved again by
 * LibreOffice reads the same.
 */
import XLSX from '@e965/xlsx';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOffice, officeResave } from '../office.js';
import { inkoop, tempDir } from '../helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const A = 'werkplekken-noord-oost-2027-2031-a';
const B = 'werkplekken-noord-oost-2027-2031-b';
const S = 'software';
/** The lot sheets in Dutch: "Perceel <id>", at most 31 characters, unique. */
const SHEETS: Record<string, string> = {
  [A]: 'Perceel werkplekken-noord-oost-',
  [B]: 'Perceel werkplekken-noord-o (2)',
  [S]: 'Perceel software',
};
const EVALUATORS = ['Anna', 'Bram'];
/** Per lot, vendor and criterion: each evaluator's score. A bid not on a lot is absent. */
const SCORES: Record<string, Record<string, Record<string, number[]>>> = {
  [A]: { Alfa: { kwaliteit: [8, 7] }, '=Bravo()': { kwaliteit: [6, 6.5] } },
  [B]: { '=Bravo()': { kwaliteit: [9, 8] }, Charlie: { kwaliteit: [7, 7] } },
  [S]: {
    Alfa: { functioneel: [9, 8], service: [4, 5] },
    Charlie: { functioneel: [6, 7], service: [3, 3] },
  },
};
const PRICES: Record<string, Record<string, number>> = {
  [A]: { Alfa: 100000, '=Bravo()': 90000 },
  [B]: { '=Bravo()': 95000, Charlie: 99000 },
  [S]: { Alfa: 170000, Charlie: 150000 },
};
/** Motivations by evaluator, lot, vendor and criterion. */
const NOTES: Record<string, Record<string, Record<string, Record<string, string>>>> = {
  Anna: { [S]: { Alfa: { service: 'Eigen servicedesk.' } } },
  Bram: { [S]: { Alfa: { service: '=cmd|calc' } }, [B]: { Charlie: { kwaliteit: 'Degelijk.' } } },
};
const VENDORS = ['Alfa', '=Bravo()', 'Charlie'];

const q = (s: string) => JSON.stringify(s);

/** The tender file; `withScores`: scores in YAML on every lot (true), on none (false), or on these lots. */
function tender(withScores: boolean | readonly string[]): string {
  const lines = [
    'title: Werkplekken en software',
    'scale: 10',
    'criteria:',
    '  - { id: kwaliteit, name: Kwaliteit, weight: 60 }',
    '  - { id: prijs, name: Prijs, weight: 40, price: true }',
    'max_lots_per_bidder: 1',
    `evaluators: [${EVALUATORS.join(', ')}]`,
    'lots:',
    `  - { id: ${A}, name: Werkplekken noord-oost }`,
    `  - { id: ${B}, name: Werkplekken zuid-west }`,
    `  - id: ${S}`,
    '    name: Software',
    '    criteria:',
    '      - { id: functioneel, name: Functioneel, weight: 40 }',
    '      - { id: service, name: Service, weight: 20, scale: 5 }',
    '      - { id: prijs, name: Prijs, weight: 40, price: true }',
    'bids:',
  ];
  for (const v of VENDORS) {
    lines.push(`  - vendor: ${q(v)}`, '    lots:');
    for (const lot of [A, B, S]) {
      const price = PRICES[lot]![v];
      if (price === undefined) continue;
      lines.push(`      ${lot}:`, `        price: ${price}`);
      if (withScores === false || (withScores !== true && !withScores.includes(lot))) continue;
      lines.push('        scores:');
      for (const [id, each] of Object.entries(SCORES[lot]![v]!)) {
        const notes = EVALUATORS.filter((e) => NOTES[e]?.[lot]?.[v]?.[id]).map(
          (e) => `${e}: ${NOTES[e]![lot]![v]![id]}`,
        );
        lines.push(
          `          ${id}: { evaluators: [${each.join(', ')}]${notes.length ? `, motivation: ${q(notes.join('\n'))}` : ''} }`,
        );
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Fills a form with @e965/xlsx: per lot sheet, the score and motivation cells by vendor and criterion. */
function fill(
  file: string,
  k: number,
  edit?: (wb: XLSX.WorkBook) => void,
  sheets: Record<string, string> = SHEETS,
): void {
  const wb = XLSX.read(readFileSync(file));
  for (const [lot, name] of Object.entries(sheets)) {
    const ws = wb.Sheets[name]!;
    for (let r = 2; ws[`A${r}`]; r++) {
      const vendor = String(ws[`A${r}`].v);
      const id = String(ws[`B${r}`].v);
      ws[`E${r}`] = { t: 'n', v: SCORES[lot]![vendor]![id]![k]! };
      const note = NOTES[EVALUATORS[k]!]?.[lot]?.[vendor]?.[id];
      if (note) ws[`F${r}`] = { t: 's', v: note };
    }
  }
  edit?.(wb);
  writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
}

const bare = join(dir, 'tender.yaml');
const full = join(dir, 'full.yaml');
const forms = join(dir, 'forms');

function copyForms(name: string): string {
  const to = join(dir, name);
  mkdirSync(to);
  for (const f of readdirSync(forms)) copyFileSync(join(forms, f), join(to, f));
  return to;
}

beforeAll(async () => {
  writeFileSync(bare, tender(false));
  writeFileSync(full, tender(true));
  const r = await inkoop(['forms', bare, '--out', forms]);
  if (r.exitCode !== 0) throw new Error(r.stderr);
  for (const [k, e] of EVALUATORS.entries()) fill(join(forms, `${e.toLowerCase()}.xlsx`), k);
}, 60_000);

describe('inkoop forms, a tender with lots', () => {
  it('a sheet per lot, named safely; only the bids on the lot, with its own criteria and scales', async () => {
    const fresh = join(dir, 'fresh');
    const r = await inkoop(['forms', bare, '--out', fresh, '--evaluators', 'Anna']);
    expect(r.exitCode, r.stderr).toBe(0);
    const wb = XLSX.read(readFileSync(join(fresh, 'anna.xlsx')));
    expect(wb.SheetNames).toEqual(['Instructies', SHEETS[A], SHEETS[B], SHEETS[S]]);
    for (const name of wb.SheetNames) expect(name.length).toBeLessThanOrEqual(31);
    const rows = (name: string) =>
      XLSX.utils
        .sheet_to_json<string[]>(wb.Sheets[name]!, { header: 1, defval: '' })
        .map((row) => row.slice(0, 4).join('|'));
    expect(rows(SHEETS[A]!)).toEqual([
      'Inschrijver|Criterium (id)|Criterium|Schaal',
      'Alfa|kwaliteit|Kwaliteit|0 tot en met 10',
      '=Bravo()|kwaliteit|Kwaliteit|0 tot en met 10',
    ]);
    expect(rows(SHEETS[S]!)).toEqual([
      'Inschrijver|Criterium (id)|Criterium|Schaal',
      'Alfa|functioneel|Functioneel|0 tot en met 10',
      'Alfa|service|Service|0 tot en met 5',
      'Charlie|functioneel|Functioneel|0 tot en met 10',
      'Charlie|service|Service|0 tot en met 5',
    ]);
    // The vendor that looks like a formula is a text cell.
    expect(wb.Sheets[SHEETS[A]!]!.A3.t).toBe('s');
    expect(wb.Sheets[SHEETS[A]!]!.A3.f).toBeUndefined();
    // The instructions name each lot's sheet; no price anywhere.
    const instructions = XLSX.utils.sheet_to_csv(wb.Sheets.Instructies!);
    expect(instructions).toContain(`${SHEETS[B]},Werkplekken zuid-west`);
    for (const name of wb.SheetNames) {
      const csv = XLSX.utils.sheet_to_csv(wb.Sheets[name]!);
      for (const lot of Object.values(PRICES))
        for (const p of Object.values(lot)) expect(csv).not.toContain(String(p));
      expect(csv).not.toMatch(/prijs/i);
    }
    // The service scale (0 to 5) is the drop-down of its rows.
    const Excel = ((await import('exceljs')) as unknown as { default: typeof import('exceljs') })
      .default;
    const book = new Excel.Workbook();
    await book.xlsx.readFile(join(fresh, 'anna.xlsx'));
    const sheet = book.getWorksheet(SHEETS[S])!;
    expect(sheet.getCell('E3').dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 5] });
    expect(sheet.getCell('E3').protection?.locked).toBe(false);
    expect(sheet.getCell('A3').protection?.locked).not.toBe(false);
  });

  it('--lot: the forms of one lot (its own panel); read back beside the other lots scored in YAML', async () => {
    const one = join(dir, 'one-lot');
    const r = await inkoop(['forms', bare, '--out', one, '--lot', S]);
    expect(r.exitCode, r.stderr).toBe(0);
    const wb = XLSX.read(readFileSync(join(one, 'anna.xlsx')));
    expect(wb.SheetNames).toEqual(['Instructies', SHEETS[S]]);
    for (const [k, e] of EVALUATORS.entries())
      fill(join(one, `${e.toLowerCase()}.xlsx`), k, undefined, { [S]: SHEETS[S]! });
    const partly = join(dir, 'scored-but-software.yaml');
    writeFileSync(partly, tender([A, B]));
    const read = await inkoop(['score', partly, '--scores', one, '--format', 'json']);
    expect(read.stderr).toBe('');
    expect(read.stdout).toBe((await inkoop(['score', full, '--format', 'json'])).stdout);
    const unknown = await inkoop(['forms', bare, '--out', join(dir, 'x'), '--lot', 'sofware']);
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toContain('--lot sofware: onbekend perceel');
  });

  it('in English: "Lot <id>" sheets', async () => {
    const fresh = join(dir, 'fresh-en');
    const r = await inkoop(['forms', bare, '--out', fresh, '--lang', 'en']);
    expect(r.exitCode, r.stderr).toBe(0);
    const wb = XLSX.read(readFileSync(join(fresh, 'bram.xlsx')));
    expect(wb.SheetNames).toEqual([
      'Instructions',
      'Lot werkplekken-noord-oost-2027',
      'Lot werkplekken-noord-oost- (2)',
      'Lot software',
    ]);
  });
});

describe('inkoop score --scores, a tender with lots', () => {
  it('the filled forms give the same JSON as the same scores written in YAML', async () => {
    const fromYaml = await inkoop(['score', full, '--format', 'json']);
    expect(fromYaml.exitCode, fromYaml.stderr).toBe(0);
    const fromForms = await inkoop(['score', bare, '--scores', forms, '--format', 'json']);
    expect(fromForms.stderr).toBe('');
    expect(fromForms.exitCode).toBe(0);
    expect(JSON.parse(fromForms.stdout)).toEqual(JSON.parse(fromYaml.stdout));
    expect(fromForms.stdout).toBe(fromYaml.stdout);
    // The evaluators in the tender's order, whatever the order of the files.
    const each = await inkoop([
      'score',
      bare,
      '--scores',
      join(forms, 'bram.xlsx'),
      '--scores',
      join(forms, 'anna.xlsx'),
      '--format',
      'json',
    ]);
    expect(each.stdout).toBe(fromYaml.stdout);
    // And every other output of a tender with lots works on the result.
    const text = await inkoop(['score', bare, '--scores', forms, '--lot', S, '--lang', 'en']);
    expect(text.exitCode, text.stderr).toBe(0);
    expect(text.stdout).toBe((await inkoop(['score', full, '--lot', S, '--lang', 'en'])).stdout);
  });

  it('forms made in English read in a Dutch run', async () => {
    const en = join(dir, 'forms-en');
    expect((await inkoop(['forms', bare, '--out', en, '--lang', 'en'])).exitCode).toBe(0);
    const sheets = {
      [A]: 'Lot werkplekken-noord-oost-2027',
      [B]: 'Lot werkplekken-noord-oost- (2)',
      [S]: 'Lot software',
    };
    for (const [k, e] of EVALUATORS.entries())
      fill(join(en, `${e.toLowerCase()}.xlsx`), k, undefined, sheets);
    const r = await inkoop(['score', bare, '--scores', en, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe((await inkoop(['score', full, '--format', 'json'])).stdout);
  });

  it('an empty score cell on any lot is "not scored yet", listed per evaluator', async () => {
    const folder = copyForms('empty');
    fill(join(folder, 'anna.xlsx'), 0, (wb) => {
      delete wb.Sheets[SHEETS[S]!]!.E5;
      delete wb.Sheets[SHEETS[A]!]!.E2;
    });
    const r = await inkoop(['score', bare, '--scores', folder, '--lang', 'en']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'inkoop: not everything is scored yet; an empty score does not count as 0:\n' +
        `  Anna: 2 scores not filled in yet: anna.xlsx:${SHEETS[A]}!E2, ${SHEETS[S]}!E5\n`,
    );
  });

  it('mistakes on a lot sheet are located at file.xlsx:Sheet!cell, exit 2', async () => {
    const folder = copyForms('mistakes');
    const bram = join(folder, 'bram.xlsx');
    fill(bram, 1, (wb) => {
      const ws = wb.Sheets[SHEETS[S]!]!;
      ws.E3 = { t: 'n', v: 6 };
      ws.A4 = { t: 's', v: 'Delta' };
    });
    const r = await inkoop(['score', bare, '--scores', folder, '--lang', 'en']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `inkoop: ${bram}:${SHEETS[S]}!E3: score 6 is outside the scale 0 to 5`,
      `${bram}:${SHEETS[S]}!A4: this cell should hold "Charlie", not "Delta" (the rows belong in the order of the form; write the forms again if the tender changed)`,
    ]);
  });

  it('a lot sheet missing or renamed: named with the sheets there are', async () => {
    const folder = copyForms('renamed');
    const anna = join(folder, 'anna.xlsx');
    fill(anna, 0, (wb) => {
      wb.SheetNames[3] = 'Blad1';
      wb.Sheets.Blad1 = wb.Sheets[SHEETS[S]!]!;
      delete wb.Sheets[SHEETS[S]!];
    });
    const r = await inkoop(['score', bare, '--scores', folder, '--lang', 'en']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(
      `inkoop: ${anna}: the sheet "Perceel software" / "Lot software" is missing`,
    );
    expect(r.stderr).toContain(`${anna}:Blad1!A1: unknown sheet`);
  });

  it("a tender that already holds a lot's scores for a bid in the forms: both places named", async () => {
    const partly = join(dir, 'partly.yaml');
    // Only Charlie's scores on the software lot are in the tender.
    const lines = tender(false).split('\n');
    const at = lines.findIndex((l, i) => l === `      ${S}:` && lines[i - 4]?.includes('Charlie'));
    expect(at).toBeGreaterThan(0);
    lines.splice(at + 2, 0, '        scores: { functioneel: 6, service: 3 }');
    writeFileSync(partly, lines.join('\n'));
    const r = await inkoop(['score', partly, '--scores', forms, '--lang', 'en']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      `inkoop: ${partly}:${at + 3}:17: the tender already holds scores for "Charlie", and so do the forms (${join(forms, 'anna.xlsx')}:${SHEETS[S]}!E4); remove them from one of the two\n`,
    );
  });
});

const office = findOffice(
  'the LibreOffice re-save test of the score forms with lots',
  'libreoffice-calc-nogui',
);

describe.skipIf(!office)('a lots form saved again by LibreOffice', () => {
  it('reads the same', async () => {
    const converted = officeResave(office!, forms, dir);
    const r = await inkoop(['score', bare, '--scores', converted, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe((await inkoop(['score', full, '--format', 'json'])).stdout);
  }, 200_000);
});
