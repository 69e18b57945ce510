/**
 * `inkoop score --format xlsx` and `inkoop tco --format xlsx`: the workbook
 * is read back with a second library (@e965/xlsx, not exceljs that wrote it)
 * and every number cell is checked against `--format json`; numbers are
 * number cells with the format #,##0.00, text from input stays text.
 */
import XLSX from '@e965/xlsx';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inkoop, ROOT, tempDir } from '../helpers.js';

const { dir, cleanup } = tempDir();
afterAll(cleanup);

type Sheet = XLSX.WorkSheet;
const read = (file: string) => XLSX.read(readFileSync(file), { cellFormula: true, cellNF: true });

/** The rows of a sheet as cell objects (null where empty), from the first row. */
function rows(ws: Sheet): (XLSX.CellObject | null)[][] {
  const range = XLSX.utils.decode_range(ws['!ref']!);
  const out: (XLSX.CellObject | null)[][] = [];
  for (let r = 0; r <= range.e.r; r++) {
    const row: (XLSX.CellObject | null)[] = [];
    for (let c = 0; c <= range.e.c; c++) row.push(ws[XLSX.utils.encode_cell({ r, c })] ?? null);
    out.push(row);
  }
  return out;
}

/** The body rows of the table whose header row starts with `first`, until an empty row. */
function table(ws: Sheet, first: string): (XLSX.CellObject | null)[][] {
  const all = rows(ws);
  const start = all.findIndex((r) => r[0]?.v === first);
  expect(start, `a table starting with ${first}`).toBeGreaterThanOrEqual(0);
  const body: (XLSX.CellObject | null)[][] = [];
  for (let i = start + 1; i < all.length && all[i]!.some((c) => c !== null); i++)
    body.push(all[i]!);
  return body;
}

/** Every number cell of a workbook, to count that each one was checked. */
function numberCells(wb: XLSX.WorkBook, sheets: string[]): number {
  let n = 0;
  for (const name of sheets)
    for (const row of rows(wb.Sheets[name]!)) for (const c of row) if (c?.t === 'n') n++;
  return n;
}

type Json = Record<string, never>;

/**
 * Checks a lot's four sheets (a tender without lots is one lot) against its
 * JSON, cell by cell: every number cell is the JSON figure with its number
 * format. Returns how many number cells it checked.
 */
function checkScoreSheets(
  wb: XLSX.WorkBook,
  sheets: { ranking: string; points: string; scores: string; inputs: string },
  json: Json,
  lots = false,
): number {
  const byVendor = new Map((json.bids as Json[]).map((b) => [b.vendor as string, b]));
  let checked = 0;
  const same = (cell: XLSX.CellObject | null, expected: number, format: string) => {
    expect(cell?.t).toBe('n');
    expect(cell?.v).toBe(expected);
    expect(cell?.z).toBe(format);
    checked++;
  };
  // Methods that rank without points leave the points cells empty (as the CSV does).
  const noPoints = ['fictitious_price', 'lowest_price', 'lowest_cost'].includes(json.method);
  const pointsSame = (cell: XLSX.CellObject | null, expected: number) => {
    if (noPoints) expect(cell ?? null).toBeNull();
    else same(cell, expected, '#,##0.00');
  };
  // The value that ranks: euros or points to the cent's format, the utility index with four decimals.
  const valueFormat = json.method === 'utility_index' ? '0.0000' : '#,##0.00';
  const orNull = (cell: XLSX.CellObject | null, expected: number | null, format: string) => {
    if (expected === null) expect(cell ?? null).toBeNull();
    else same(cell, expected, format);
  };
  const criteria = json.criteria as { id: string; price: boolean; weight: number; scale: number }[];

  const ranked = (json.bids as Json[]).filter((b) => b.rank !== null);
  // The ranking's columns per top-level entry: each group, and each criterion outside a group.
  const groups = Object.keys((ranked[0]?.groups ?? {}) as Json).map((id) => ({ id }));
  const ranking = table(wb.Sheets[sheets.ranking]!, 'Rang');
  expect(ranking).toHaveLength(ranked.length);
  for (const row of ranking) {
    const bid = byVendor.get(row[1]!.v as string)!;
    same(row[0]!, bid.rank, '0');
    same(row[2]!, bid.price, '#,##0.00');
    groups.forEach((g, i) => {
      pointsSame(row[3 + i]!, (bid.groups as Json)[g.id]);
    });
    pointsSame(row[3 + groups.length]!, bid.total);
    orNull(row[4 + groups.length]!, bid.value, valueFormat);
    orNull(row[5 + groups.length]!, bid.price_to_win, '#,##0.00');
    if (lots) {
      expect(row[6 + groups.length]!.v).toBe(json.winner === bid.vendor ? 'ja' : 'nee');
      expect(row[7 + groups.length]!.v).toBe(bid.passed_over ? 'ja' : 'nee');
    }
  }
  const excluded = (json.bids as Json[]).some((b) => b.excluded)
    ? table(wb.Sheets[sheets.ranking]!, 'Inschrijver')
    : [];
  for (const row of excluded) {
    const bid = byVendor.get(row[0]!.v as string)!;
    expect(bid.excluded).toBe(true);
    same(row[1]!, bid.price, '#,##0.00');
  }

  for (const row of table(wb.Sheets[sheets.points]!, 'Rang')) {
    const bid = byVendor.get(row[1]!.v as string)!;
    same(row[0]!, bid.rank, '0');
    criteria.forEach((c, i) => {
      pointsSame(row[2 + i]!, (bid.points as Json)[c.id]);
    });
    pointsSame(row[2 + criteria.length]!, bid.total);
  }

  let panel = 1;
  for (const b of ranked)
    for (const each of Object.values(b.evaluators as Record<string, number[]>))
      panel = Math.max(panel, each.length);
  for (const row of table(wb.Sheets[sheets.scores]!, 'Inschrijver')) {
    const bid = byVendor.get(row[0]!.v as string)!;
    const id = row[1]!.v as string;
    const each = (bid.evaluators as Record<string, number[]>)[id] ?? [(bid.scores as Json)[id]];
    for (let i = 0; i < panel; i++)
      if (each[i] === undefined) expect(row[3 + i]).toBeNull();
      else same(row[3 + i]!, each[i]!, 'General');
    if ((bid.consensus as Json)[id] === undefined) expect(row[3 + panel]).toBeNull();
    else same(row[3 + panel]!, (bid.consensus as Json)[id], 'General');
    same(row[4 + panel]!, (bid.scores as Json)[id], 'General');
    pointsSame(row[5 + panel]!, (bid.points as Json)[id]);
  }

  const inputs = wb.Sheets[sheets.inputs]!;
  for (const row of table(inputs, 'Id')) {
    const c = criteria.find((x) => x.id === row[0]!.v)!;
    same(row[3]!, c.weight, 'General');
    if (c.price) expect(row[4]).toBeNull();
    else same(row[4]!, c.scale, 'General');
  }
  const settings = table(inputs, 'Instelling');
  same(settings[0]![1]!, json.max_points, 'General');
  const setting = (label: string, value: number | null) => {
    const row = settings.find((r) => r[0]!.v === label);
    if (value === null) expect(row).toBeUndefined();
    else same(row![1]!, value, '#,##0.00');
  };
  setting('Laagste geldige prijs', json.lowest_price);
  setting('Budgetplafond', json.budget);
  for (const row of table(inputs, 'Inschrijver'))
    same(row[1]!, byVendor.get(row[0]!.v as string)!.price, '#,##0.00');
  return checked;
}

describe('inkoop score --format xlsx', () => {
  it('every number cell is the JSON figure, as a number with a number format', async () => {
    const tender = join(ROOT, 'examples', 'tender.yaml');
    const file = join(dir, 'results.xlsx');
    const r = await inkoop(['score', tender, '--format', 'xlsx', '--out', file]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe(`${file} geschreven\n`);
    const json = JSON.parse((await inkoop(['score', tender, '--format', 'json'])).stdout);
    const wb = read(file);
    expect(wb.SheetNames).toEqual(['Rangorde', 'Punten', 'Beoordelingen', 'Invoer']);
    const checked = checkScoreSheets(
      wb,
      { ranking: 'Rangorde', points: 'Punten', scores: 'Beoordelingen', inputs: 'Invoer' },
      json,
    );
    expect(checked).toBe(numberCells(wb, wb.SheetNames));
  });

  it('every award method: the value that ranks and the price to win, as the JSON has them', async () => {
    for (const name of [
      'fictitious-price.yaml',
      'price-per-point.yaml',
      'utility-index.yaml',
      'lowest-price.yaml',
      'weighted-log.yaml',
      'lowest-cost/tender.yaml',
    ]) {
      const tender = join(ROOT, 'examples', 'methods', name);
      const file = join(dir, `method-${name.replace(/\W+/g, '-')}.xlsx`);
      const r = await inkoop(['score', tender, '--format', 'xlsx', '--out', file]);
      expect(r.exitCode, `${name}: ${r.stderr}`).toBe(0);
      const json = JSON.parse((await inkoop(['score', tender, '--format', 'json'])).stdout);
      const wb = read(file);
      const header = rows(wb.Sheets.Rangorde!).find((row) => row[0]?.v === 'Rang')!;
      const at = header.findIndex((c) => String(c?.v).startsWith('Waarde ('));
      expect(header[at + 1]!.v).toBe('Omslagprijs');
      // Some bid has a price to win in every example: the column is not empty by mistake.
      expect(json.bids.some((b: { price_to_win: number | null }) => b.price_to_win !== null)).toBe(
        true,
      );
      const checked = checkScoreSheets(
        wb,
        { ranking: 'Rangorde', points: 'Punten', scores: 'Beoordelingen', inputs: 'Invoer' },
        json,
      );
      expect(checked, name).toBe(numberCells(wb, wb.SheetNames));
    }
  }, 60_000);

  it("a tender with lots: the award per lot with the cap and the bid passed over, then each lot's sheets", async () => {
    const tender = join(ROOT, 'examples', 'lots', 'tender.yaml');
    const file = join(dir, 'lots.xlsx');
    const r = await inkoop(['score', tender, '--format', 'xlsx', '--out', file]);
    expect(r.exitCode, r.stderr).toBe(0);
    const json = JSON.parse((await inkoop(['score', tender, '--format', 'json'])).stdout);
    const wb = read(file);
    const ids = ['werkplekken', 'software'];
    expect(wb.SheetNames).toEqual([
      'Percelen',
      ...ids.flatMap((id) =>
        ['Rangorde', 'Punten', 'Beoordelingen', 'Invoer'].map((s) => `${s} ${id}`),
      ),
    ]);
    const overview = wb.Sheets.Percelen!;
    expect(overview.A3!.v).toBe('Een inschrijver mag ten hoogste 1 perceel winnen.');
    let checked = 0;
    const lotRows = table(overview, 'Volgorde');
    expect(lotRows).toHaveLength(2);
    for (const row of lotRows) {
      const lot = json.lots.find((l: { id: string }) => l.id === row[1]!.v);
      expect(row[0]!.t).toBe('n');
      expect(row[0]!.v).toBe(lot.order);
      expect(row[0]!.z).toBe('0');
      checked++;
      expect(row[2]!.v).toBe(lot.name);
      expect(row[3]!.v).toBe(json.winners[lot.id]);
      expect(row[4]!.v).toBe(lot.scored_winner);
      const passed = lot.bids.filter((b: { passed_over: boolean }) => b.passed_over);
      expect(row[5]?.v ?? '').toBe(passed.map((b: { vendor: string }) => b.vendor).join('; '));
    }
    // The software lot: Alfa ICT first, passed over; Bravo Software awarded.
    expect(lotRows[1]!.slice(3, 6).map((c) => c!.v)).toEqual([
      'Bravo Software',
      'Alfa ICT',
      'Alfa ICT',
    ]);
    const cap = table(overview, 'Instelling');
    expect(cap[0]![1]!.v).toBe(json.max_lots_per_bidder);
    expect(cap[0]![1]!.z).toBe('0');
    checked++;
    // The passed-over bid's reason on the lot's ranking sheet.
    const lines = rows(wb.Sheets['Rangorde software']!).map((r) => String(r[0]?.v ?? ''));
    expect(lines.some((l) => l.includes('Alfa ICT') && l.includes('gepasseerd'))).toBe(true);
    for (const id of ids)
      checked += checkScoreSheets(
        wb,
        {
          ranking: `Rangorde ${id}`,
          points: `Punten ${id}`,
          scores: `Beoordelingen ${id}`,
          inputs: `Invoer ${id}`,
        },
        json.lots.find((l: { id: string }) => l.id === id),
        true,
      );
    expect(checked).toBe(numberCells(wb, wb.SheetNames));
    // --lot: that lot's sheets, after the overview of the award.
    const one = join(dir, 'one-lot.xlsx');
    expect(
      (await inkoop(['score', tender, '--lot', 'software', '--format', 'xlsx', '--out', one]))
        .exitCode,
    ).toBe(0);
    expect(read(one).SheetNames).toEqual([
      'Percelen',
      'Rangorde software',
      'Punten software',
      'Beoordelingen software',
      'Invoer software',
    ]);
  });

  it('a name that starts with = stays a text cell; no formula anywhere', async () => {
    const tender = join(dir, 'hostile.yaml');
    writeFileSync(
      tender,
      [
        'criteria:',
        '  - { id: q, name: "=1+1", weight: 60 }',
        '  - { id: p, name: Prijs, weight: 40, price: true }',
        'bids:',
        '  - { vendor: "=HYPERLINK(\\"https://evil.example\\")", price: 100, scores: { q: 7 } }',
        '  - { vendor: "Bad\\u001b[31m \\u0007", price: 120, scores: { q: { score: 8, motivation: "@SUM(A1)" } } }',
        '',
      ].join('\n'),
    );
    const file = join(dir, 'hostile.xlsx');
    const r = await inkoop(['score', tender, '--format', 'xlsx', '--out', file, '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    const wb = read(file);
    expect(wb.SheetNames).toEqual(['Ranking', 'Points', 'Scores', 'Inputs']);
    for (const name of wb.SheetNames)
      for (const row of rows(wb.Sheets[name]!)) for (const c of row) expect(c?.f).toBeUndefined();
    const ranking = table(wb.Sheets.Ranking!, 'Rank');
    const vendors = ranking.map((row) => row[1]!);
    expect(vendors.map((c) => c.t)).toEqual(['s', 's']);
    expect(vendors.map((c) => c.v).sort()).toEqual([
      '=HYPERLINK("https://evil.example")',
      'Bad\\x1b[31m \\x07',
    ]);
    const scores = table(wb.Sheets.Scores!, 'Vendor');
    expect(scores.find((row) => row[7]?.v === '@SUM(A1)')?.[7]?.t).toBe('s');
    expect(wb.Sheets.Points!.C1!.v).toBe('=1+1 (60)');
  });

  it('never over an existing file; the format from the extension', async () => {
    const tender = join(ROOT, 'examples', 'tender.yaml');
    const file = join(dir, 'twice.xlsx');
    expect((await inkoop(['score', tender, '--format', 'xlsx', '--out', file])).exitCode).toBe(0);
    const again = await inkoop([
      'score',
      tender,
      '--format',
      'xlsx',
      '--out',
      file,
      '--lang',
      'en',
    ]);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toMatch(/^inkoop: .*twice\.xlsx.*exists/);
    // The format from the extension: --out results.xlsx alone is enough.
    const plain = join(dir, 'plain.xlsx');
    expect((await inkoop(['score', tender, '--out', plain])).exitCode).toBe(0);
    expect(readFileSync(plain).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes to standard output when it is not a terminal', async () => {
    const tender = join(ROOT, 'examples', 'tender.yaml');
    const r = await inkoop(['score', tender, '--format', 'xlsx'], { encoding: 'buffer' });
    expect(r.exitCode).toBe(0);
  });
});

describe('inkoop tco --format xlsx', () => {
  it('a sheet per option with years, categories and items; every number is the JSON figure', async () => {
    const costs = join(ROOT, 'examples', 'costs.yaml');
    const file = join(dir, 'tco.xlsx');
    const r = await inkoop(['tco', costs, '--format', 'xlsx', '--out', file, '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    const json = JSON.parse((await inkoop(['tco', costs, '--format', 'json'])).stdout);
    const csv = await inkoop([
      'tco',
      costs,
      '--format',
      'csv',
      '--detail',
      '--lang',
      'en',
      '--csv-separator',
      'tab',
    ]);
    // No tab in the example's names: a split at tabs is exact here.
    const detail = csv.stdout
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split('\t'));
    const wb = read(file);
    const names = json.options.map((o: { name: string }) => o.name);
    expect(wb.SheetNames).toEqual(['Comparison', ...names, 'Inputs']);
    let checked = 0;
    const same = (cell: XLSX.CellObject | null, expected: number, format: string) => {
      expect(cell?.t).toBe('n');
      expect(cell?.v).toBeCloseTo(expected, 9);
      expect(cell?.z).toBe(format);
      checked++;
    };
    const cheapest = Math.min(...json.options.map((o: { npv: number }) => o.npv));
    for (const row of table(wb.Sheets.Comparison!, 'Rank')) {
      const o = json.options.find((x: { name: string }) => x.name === row[1]!.v);
      same(row[0]!, o.rank, '0');
      same(row[2]!, o.total, '#,##0.00');
      same(row[3]!, o.npv, '#,##0.00');
      let k = 4;
      if (json.vat !== null) same(row[k++]!, o.npv_incl_vat, '#,##0.00');
      same(row[k]!, Math.round((o.npv - cheapest) * 100) / 100, '#,##0.00');
    }
    for (const o of json.options) {
      const ws = wb.Sheets[o.name]!;
      const years = table(ws, 'Year');
      // The body rows, then the total row.
      expect(years).toHaveLength(o.years.length + 1);
      o.years.forEach((y: { year: number; total: number; present_value: number }, i: number) => {
        same(years[i]![0]!, y.year, '0');
        same(years[i]![1]!, y.total, '#,##0.00');
        same(years[i]![2]!, y.present_value, '#,##0.00');
      });
      same(years.at(-1)![1]!, o.total, '#,##0.00');
      same(years.at(-1)![2]!, o.npv, '#,##0.00');
      const categories = table(ws, 'Category');
      const sums = Object.values(o.categories as Record<string, number>);
      expect(categories).toHaveLength(sums.length + 1);
      sums.forEach((v, i) => {
        same(categories[i]![1]!, v, '#,##0.00');
      });
      same(categories.at(-1)![1]!, o.total, '#,##0.00');
      // Items per year: the JSON has each item's total; the amounts per year are those of --detail's CSV.
      const items = table(ws, 'Item');
      expect(items).toHaveLength(o.items.length);
      o.items.forEach((item: { name: string; total: number }, i: number) => {
        expect(items[i]![0]!.v).toBe(item.name);
        for (let y = 0; y <= json.years; y++) {
          const found = detail.find(
            (d) => d[0] === o.name && d[2] === String(y) && d[3] === item.name,
          );
          same(items[i]![2 + y]!, found ? Number(found[5]) : 0, '#,##0.00');
        }
        same(items[i]![3 + json.years]!, item.total, '#,##0.00');
      });
    }
    const inputs = table(wb.Sheets.Inputs!, 'Setting');
    same(inputs[0]![1]!, json.years, '0');
    same(inputs[1]![1]!, json.discount_rate, '0.00%');
    same(inputs[2]![1]!, json.indexation, '0.00%');
    if (json.vat !== null) same(inputs[3]![1]!, json.vat, '0.00%');
    expect(checked).toBe(numberCells(wb, wb.SheetNames));
  });
});
