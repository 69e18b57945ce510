/**
 * Score forms: `inkoop forms` writes one workbook per evaluator; they are
 * filled in with a second library (@e965/xlsx, not exceljs that wrote them)
 * and read back with `inkoop score --scores`, which must give the same
 * `--format json` as the same scores written in YAML. Then the mistakes and
 * hostile workbooks: each is exit 2 with `file.xlsx:Sheet!C7: message`.
 * And a form saved again by LibreOffice reads the same.
 */
import XLSX from '@e965/xlsx';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOffice, officeResave } from '../office.js';
import { inkoop, tempDir } from '../helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const CRITERIA = [
  'title: Werkplekbeheer',
  'scale: 10',
  'criteria:',
  '  - id: kwaliteit',
  '    name: Kwaliteit',
  '    criteria:',
  '      - { id: plan, name: Plan van aanpak, weight: 30 }',
  '      - { id: team, name: Team, weight: 20, scale: 5 }',
  '  - { id: risico, name: Risicobeheersing, weight: 10 }',
  '  - { id: prijs, name: Prijs, weight: 40, price: true }',
];
const VENDORS = ['Alfa BV', 'Bravo & Zn', '=Charlie()'];
const PRICES = [100000, 90000, 120000];
const EVALUATORS = ['Anna', 'Bram', 'Chris'];
/** Scores per vendor, criterion and evaluator. */
const SCORES: Record<string, Record<string, number[]>> = {
  'Alfa BV': { plan: [8, 7.5, 9], team: [4, 3, 5], risico: [6, 6, 7] },
  'Bravo & Zn': { plan: [6, 6, 5], team: [5, 5, 4], risico: [9, 8, 8] },
  '=Charlie()': { plan: [9, 9, 10], team: [2, 3, 2], risico: [5, 4, 6] },
};
/** The consensus form: a score and its motivation on some cells. */
const CONSENSUS: Record<string, Record<string, [number, string]>> = {
  'Alfa BV': { plan: [8, 'Helder plan, realistische planning.'] },
  '=Charlie()': { team: [2, 'Te klein team voor de omvang.'] },
};
/** Motivations of single evaluators (no consensus there). */
const NOTES: Record<string, Record<string, Record<string, string>>> = {
  Anna: { 'Bravo & Zn': { risico: 'Sterk risicoregister.' } },
  Bram: { 'Bravo & Zn': { risico: '=cmd|calc' } },
};

const yamlString = (s: string) => JSON.stringify(s);

function tender(withScores: boolean): string {
  const lines = [...CRITERIA, `evaluators: [${EVALUATORS.join(', ')}]`, 'bids:'];
  VENDORS.forEach((v, i) => {
    lines.push(`  - vendor: ${yamlString(v)}`, `    price: ${PRICES[i]}`);
    if (!withScores) return;
    lines.push('    scores:');
    for (const [id, each] of Object.entries(SCORES[v]!)) {
      const agreed = CONSENSUS[v]?.[id];
      const notes = EVALUATORS.filter((e) => NOTES[e]?.[v]?.[id]).map(
        (e) => `${e}: ${NOTES[e]![v]![id]}`,
      );
      const motivation = agreed ? agreed[1] : notes.length ? notes.join('\n') : undefined;
      lines.push(
        `      ${id}: { evaluators: [${each.join(', ')}]${agreed ? `, consensus: ${agreed[0]}` : ''}${motivation ? `, motivation: ${yamlString(motivation)}` : ''} }`,
      );
    }
  });
  return `${lines.join('\n')}\n`;
}

/** The rows of a form's score sheet: [row number, vendor, criterion id]. */
function formRows(ws: XLSX.WorkSheet): [number, string, string][] {
  const out: [number, string, string][] = [];
  for (let r = 2; ws[`A${r}`]; r++) out.push([r, String(ws[`A${r}`].v), String(ws[`B${r}`].v)]);
  return out;
}

/** Fills a form with @e965/xlsx: the score and motivation cells, by vendor and criterion. */
function fill(
  file: string,
  value: (vendor: string, id: string) => [number | string | null, string | null],
  edit?: (wb: XLSX.WorkBook) => void,
): void {
  const wb = XLSX.read(readFileSync(file));
  const ws = wb.Sheets.Beoordeling!;
  for (const [r, vendor, id] of formRows(ws)) {
    const [score, note] = value(vendor, id);
    if (score !== null)
      ws[`E${r}`] = typeof score === 'number' ? { t: 'n', v: score } : { t: 's', v: score };
    if (note !== null) ws[`F${r}`] = { t: 's', v: note };
  }
  edit?.(wb);
  writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
}

const byEvaluator = (k: number) => (vendor: string, id: string) =>
  [SCORES[vendor]![id]![k]!, NOTES[EVALUATORS[k]!]?.[vendor]?.[id] ?? null] as [
    number,
    string | null,
  ];
const byConsensus = (vendor: string, id: string): [number | null, string | null] => {
  const agreed = CONSENSUS[vendor]?.[id];
  return agreed ? [agreed[0], agreed[1]] : [null, null];
};

const bare = join(dir, 'tender.yaml');
const full = join(dir, 'full.yaml');
const forms = join(dir, 'forms');

/** A fresh copy of the filled forms in a folder of its own. */
function copyForms(name: string): string {
  const to = join(dir, name);
  mkdirSync(to);
  for (const f of readdirSync(forms)) copyFileSync(join(forms, f), join(to, f));
  return to;
}

beforeAll(async () => {
  writeFileSync(bare, tender(false));
  writeFileSync(full, tender(true));
  const r = await inkoop([
    'forms',
    bare,
    '--out',
    forms,
    '--evaluators',
    'Anna, Bram, Chris, consensus',
  ]);
  if (r.exitCode !== 0) throw new Error(r.stderr);
  for (const [k, e] of EVALUATORS.entries())
    fill(join(forms, `${e.toLowerCase()}.xlsx`), byEvaluator(k));
  // The consensus form leaves most cells empty: only the agreed scores count.
  fill(join(forms, 'consensus.xlsx'), byConsensus);
}, 60_000);

describe('inkoop forms', () => {
  it('writes one form per evaluator: every bid, no price, the scale as a drop-down, protected', async () => {
    expect(readdirSync(forms).sort()).toEqual([
      'anna.xlsx',
      'bram.xlsx',
      'chris.xlsx',
      'consensus.xlsx',
    ]);
    // Read the form as written (a fresh one; the others are filled in by now).
    const fresh = join(dir, 'fresh');
    const r = await inkoop(['forms', bare, '--out', fresh, '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('anna.xlsx written');
    const wb = XLSX.read(readFileSync(join(fresh, 'anna.xlsx')), { cellStyles: true });
    expect(wb.SheetNames).toEqual(['Instructions', 'Scores']);
    expect(wb.Sheets.Instructions!.B2!.v).toBe('Anna');
    const ws = wb.Sheets.Scores!;
    expect([ws.A1.v, ws.B1.v, ws.C1.v, ws.D1.v, ws.E1.v, ws.F1.v]).toEqual([
      'Vendor',
      'Criterion (id)',
      'Criterion',
      'Scale',
      'Score',
      'Motivation',
    ]);
    expect(formRows(ws).map(([, v, id]) => `${v}/${id}`)).toEqual(
      VENDORS.flatMap((v) => ['plan', 'team', 'risico'].map((id) => `${v}/${id}`)),
    );
    expect(ws.D3.v).toBe('0 to 5');
    // The vendor that looks like a formula is a text cell.
    expect(ws.A8.t).toBe('s');
    expect(ws.A8.f).toBeUndefined();
    // No price anywhere in the form.
    const all = XLSX.utils.sheet_to_csv(ws);
    for (const p of PRICES) expect(all).not.toContain(String(p));
    expect(all).not.toMatch(/prijs/i);
    // Protected, with only the score and motivation cells open, and the scale as a drop-down.
    const Excel = ((await import('exceljs')) as unknown as { default: typeof import('exceljs') })
      .default;
    const book = new Excel.Workbook();
    await book.xlsx.readFile(join(fresh, 'anna.xlsx'));
    const sheet = book.getWorksheet('Scores')!;
    expect(
      (sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet,
    ).toBe(true);
    expect(sheet.getCell('A2').protection?.locked).not.toBe(false);
    expect(sheet.getCell('E2').protection?.locked).toBe(false);
    expect(sheet.getCell('F2').protection?.locked).toBe(false);
    expect(sheet.getCell('E3').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 5],
    });
  });

  it('names the evaluator files by slug and refuses to overwrite without --force', async () => {
    const out = join(dir, 'slugs');
    const r = await inkoop([
      'forms',
      bare,
      '--out',
      out,
      '--evaluators',
      'Zoë de Vries,  Jan-Willem',
    ]);
    expect(r.exitCode).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['jan-willem.xlsx', 'zoe-de-vries.xlsx']);
    const again = await inkoop(['forms', bare, '--out', out, '--evaluators', 'Jan-Willem']);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toMatch(/^inkoop: .*jan-willem\.xlsx/);
    expect(
      (await inkoop(['forms', bare, '--out', out, '--evaluators', 'Jan-Willem', '--force']))
        .exitCode,
    ).toBe(0);
    const none = await inkoop(['forms', full.replace('full', 'none'), '--out', out]);
    expect(none.exitCode).toBe(2);
  });
});

describe('inkoop score --scores', () => {
  it('the filled forms give the same JSON as the same scores written in YAML', async () => {
    const fromForms = await inkoop(['score', bare, '--scores', forms, '--format', 'json']);
    expect(fromForms.stderr).toBe('');
    expect(fromForms.exitCode).toBe(0);
    const fromYaml = await inkoop(['score', full, '--format', 'json']);
    expect(fromYaml.exitCode).toBe(0);
    expect(JSON.parse(fromForms.stdout)).toEqual(JSON.parse(fromYaml.stdout));
    expect(fromForms.stdout).toBe(fromYaml.stdout);
    // Files one by one, in any order: the tender's evaluators: list sets the order.
    const files = ['chris', 'consensus', 'anna', 'bram'].map((n) => join(forms, `${n}.xlsx`));
    const each = await inkoop([
      'score',
      bare,
      ...files.flatMap((f) => ['--scores', f]),
      '--format',
      'json',
    ]);
    expect(each.stdout).toBe(fromYaml.stdout);
  });

  it('placeholders in the tender (~, not scored yet) are filled by the forms', async () => {
    const starter = join(dir, 'starter.yaml');
    writeFileSync(
      starter,
      tender(false).replace(
        /(\n {4}price: \d+)/g,
        '$1\n    scores: { plan: ~, team: ~, risico: ~ }',
      ),
    );
    const r = await inkoop(['score', starter, '--scores', forms, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe((await inkoop(['score', full, '--format', 'json'])).stdout);
  });

  it('an empty score cell is "not scored yet", listed per evaluator', async () => {
    const folder = copyForms('empty');
    fill(
      join(folder, 'bram.xlsx'),
      (v, id) => (v === 'Alfa BV' && id === 'team' ? [null, null] : [null, null]),
      (wb) => {
        delete wb.Sheets.Beoordeling!.E3;
        delete wb.Sheets.Beoordeling!.E9;
      },
    );
    const r = await inkoop(['score', bare, '--scores', folder, '--lang', 'en']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'inkoop: not everything is scored yet; an empty score does not count as 0:\n' +
        '  Bram: 2 scores not filled in yet: bram.xlsx:Scores!E3, Scores!E9\n'.replace(
          /Scores!/g,
          'Beoordeling!',
        ),
    );
  });

  it('mistakes in a form are located at file.xlsx:Sheet!cell, exit 2', async () => {
    const folder = copyForms('mistakes');
    const anna = join(folder, 'anna.xlsx');
    fill(anna, byEvaluator(0), (wb) => {
      const ws = wb.Sheets.Beoordeling!;
      ws.E4 = { t: 'n', v: 11 };
      ws.E5 = { t: 's', v: 'goed' };
      ws.E6 = { t: 'n', v: 3, f: 'A1+2' };
      ws.F7 = { t: 's', v: 'x', f: 'HYPERLINK("https://evil.example")' };
      ws.A10 = { t: 's', v: 'Delta' };
    });
    const r = await inkoop(['score', bare, '--scores', folder, '--lang', 'en']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      `inkoop: ${anna}:Beoordeling!E4: score 11 is outside the scale 0 to 10`,
      `${anna}:Beoordeling!E5: "goed" is not a score; give a number from 0 to 10`,
      `${anna}:Beoordeling!E6: a formula, not a value; type the score or motivation itself`,
      `${anna}:Beoordeling!F7: a formula, not a value; type the score or motivation itself`,
      `${anna}:Beoordeling!A10: this cell should hold "=Charlie()", not "Delta" (the rows belong in the order of the form; write the forms again if the tender changed)`,
    ]);
  });

  it('a tender that already holds scores for a bid in the forms: both places named', async () => {
    const r = await inkoop(['score', full, '--scores', forms, '--lang', 'en']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `^inkoop: ${full.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: the tender already holds scores for "Alfa BV", and so do the forms \\(.*anna\\.xlsx:Beoordeling!E2\\); remove them from one of the two\\n`,
      ),
    );
  });

  it('hostile workbooks: not a zip, a zip bomb, wrong sheets, rows added; never a stack trace', async () => {
    const folder = join(dir, 'hostile');
    mkdirSync(folder);
    writeFileSync(join(folder, 'text.xlsx'), 'just text\n');
    // A zip whose one part claims to unpack to 4 GiB.
    writeFileSync(join(folder, 'bomb.xlsx'), zipWith('xl/worksheets/sheet1.xml', 0xfffffffe));
    const renamed = join(folder, 'renamed.xlsx');
    copyFileSync(join(forms, 'anna.xlsx'), renamed);
    fill(renamed, byEvaluator(0), (wb) => {
      wb.SheetNames[1] = 'Blad1';
      wb.Sheets.Blad1 = wb.Sheets.Beoordeling!;
      delete wb.Sheets.Beoordeling;
    });
    const long = join(folder, 'long.xlsx');
    copyFileSync(join(forms, 'bram.xlsx'), long);
    fill(long, byEvaluator(1), (wb) => {
      const ws = wb.Sheets.Beoordeling!;
      ws.A200000 = { t: 's', v: 'extra' };
      ws['!ref'] = 'A1:F200000';
    });
    const r = await inkoop(['score', bare, '--scores', folder, '--lang', 'en']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:|node_modules/);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toContain(
      `inkoop: ${join(folder, 'bomb.xlsx')}: the workbook unpacks to more than 100 MiB; a score form is much smaller`,
    );
    expect(lines).toContain(
      `${long}:Beoordeling!A200000: the sheet has 200000 rows; the form has 10 (write the forms again with inkoop forms if the tender changed)`,
    );
    expect(
      lines.some((l) => l.startsWith(`${renamed}: the sheet "Beoordeling" / "Scores" is missing`)),
    ).toBe(true);
    expect(lines).toContain(
      `${join(folder, 'text.xlsx')}: not an Excel workbook (.xlsx) that can be read: no zip archive`,
    );
  });

  it('an evaluator of the tender without a form, and a form of someone else', async () => {
    const folder = copyForms('who');
    copyFileSync(join(folder, 'anna.xlsx'), join(folder, 'zed.xlsx'));
    fill(join(folder, 'zed.xlsx'), byEvaluator(0), (wb) => {
      wb.Sheets.Instructies!.B2 = { t: 's', v: 'Zed' };
    });
    const r = await inkoop([
      'score',
      bare,
      '--scores',
      join(folder, 'anna.xlsx'),
      '--scores',
      join(folder, 'zed.xlsx'),
      '--lang',
      'en',
    ]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain(
      `${join(folder, 'zed.xlsx')}: evaluator "Zed" is not in the tender's list (Anna, Bram, Chris)`,
    );
    expect(r.stderr).toMatch(/tender\.yaml:\d+:\d+: the form of evaluator "Bram" is missing/);
  });
});

/** A zip with one stored part whose central directory claims `size` bytes unpacked. */
function zipWith(name: string, size: number): Buffer {
  const data = deflateRawSync(Buffer.from('<x/>'));
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(n.length, 28);
  const offset = local.length + n.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + n.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([local, n, data, central, n, end]);
}

const office = findOffice(
  'the LibreOffice re-save test of the score forms',
  'libreoffice-calc-nogui',
);

describe.skipIf(!office)('a form saved again by LibreOffice', () => {
  it('reads the same', async () => {
    const converted = officeResave(office!, forms, dir);
    const r = await inkoop(['score', bare, '--scores', converted, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe((await inkoop(['score', full, '--format', 'json'])).stdout);
  }, 200_000);
});

describe('a labelled scale', () => {
  it('is a drop-down of its labels, and the labels read back as written in YAML', async () => {
    const head = [
      'scale:',
      '  - { label: onvoldoende, points: 0 }',
      '  - { label: voldoende, points: 6 }',
      '  - { label: "goed, zeer goed", points: 8 }',
      'criteria:',
      '  - { id: plan, name: Plan, weight: 60 }',
      '  - { id: prijs, name: Prijs, weight: 40, price: true }',
      'evaluators: [Anna, Bram]',
      'bids:',
    ];
    const labelled = join(dir, 'labelled.yaml');
    const labelledFull = join(dir, 'labelled-full.yaml');
    writeFileSync(
      labelled,
      [...head, '  - { vendor: A, price: 100 }', '  - { vendor: B, price: 110 }', ''].join('\n'),
    );
    writeFileSync(
      labelledFull,
      [
        ...head,
        '  - { vendor: A, price: 100, scores: { plan: { evaluators: ["goed, zeer goed", voldoende], motivation: "Anna: Sterk." } } }',
        '  - { vendor: B, price: 110, scores: { plan: { evaluators: [voldoende, onvoldoende] } } }',
        '',
      ].join('\n'),
    );
    const out = join(dir, 'labelled-forms');
    expect((await inkoop(['forms', labelled, '--out', out])).exitCode).toBe(0);
    const Excel = ((await import('exceljs')) as unknown as { default: typeof import('exceljs') })
      .default;
    const book = new Excel.Workbook();
    await book.xlsx.readFile(join(out, 'anna.xlsx'));
    const v = book.getWorksheet('Beoordeling')!.getCell('E2').dataValidation;
    expect(v.type).toBe('list');
    // A label with a comma cannot stand in an inline list: the list is on a hidden sheet.
    expect(String(v.formulae?.[0])).toMatch(/^'?lists'?!\$A\$1:\$A\$3$/);
    const labels: Record<string, Record<string, [string, string | null]>> = {
      Anna: { A: ['goed, zeer goed', 'Sterk.'], B: ['Voldoende', null] },
      Bram: { A: ['voldoende', null], B: ['onvoldoende', null] },
    };
    for (const name of ['Anna', 'Bram'])
      fill(join(out, `${name.toLowerCase()}.xlsx`), (vendor) => labels[name]![vendor]!);
    const fromForms = await inkoop(['score', labelled, '--scores', out, '--format', 'json']);
    expect(fromForms.stderr).toBe('');
    const fromYaml = await inkoop(['score', labelledFull, '--format', 'json']);
    expect(fromYaml.exitCode, fromYaml.stderr).toBe(0);
    expect(fromForms.stdout).toBe(fromYaml.stdout);
  });
});
