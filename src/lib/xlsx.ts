/**
 * Workbooks as plain data, and the one adapter that turns them into an .xlsx
 * file with exceljs. Renderers (src/score/xlsx.ts, src/tco/xlsx.ts,
 * src/forms/) build a `Workbook` from their results and view labels; only
 * `workbookBytes` loads exceljs, with `await import()`, so no other command
 * pays for it at start-up.
 *
 * Every number is a number cell with a number format (never a number as
 * text); every text is a string cell, never a formula, whatever it starts
 * with; characters that XML cannot hold are shown as `\x1b`-style escapes.
 */
import { terminalSafe } from './text.js';

/** Number formats, as Excel stores them (a Dutch Excel shows `#,##0.00` as 1.234,56). */
export const NUMBER_FORMATS = {
  money: '#,##0.00',
  points: '#,##0.00',
  /** The utility index: four decimals, as the reports show it. */
  index: '0.0000',
  integer: '0',
  plain: 'General',
  percent: '0.00%',
} as const;

export type NumberFormat = keyof typeof NUMBER_FORMATS;

/** A number cell with its format. */
export interface NumberCell {
  n: number;
  format: NumberFormat;
}

/** A cell: text, a number (format General), a formatted number, or empty. */
export type XCell = string | number | NumberCell | null;

/** A number with a format, for a cell. */
export const num = (n: number, format: NumberFormat = 'plain'): NumberCell => ({ n, format });

/** A drop-down on the editable cells of a column: a list of values, or a range of numbers. */
export type Validation =
  | { kind: 'list'; values: string[]; prompt?: string; error?: string }
  | { kind: 'range'; min: number; max: number; integer: boolean; prompt?: string; error?: string };

/** One table on a sheet: an optional title line, a header row, rows and a footer row. */
export interface XTable {
  title?: string;
  header: string[];
  rows: XCell[][];
  footer?: XCell[];
  /** Columns (0-based) whose body cells may be edited on a protected sheet. */
  editable?: number[];
  /** Validation per editable column (0-based). */
  validation?: Record<number, Validation>;
  /** Validation per body row and editable column (overrides `validation`). */
  rowValidation?: Record<number, Validation>[];
}

export interface XSheet {
  name: string;
  /** Lines of text before the tables (a title, a verdict, instructions). */
  lines?: string[];
  tables: XTable[];
  /** Column widths in characters. */
  widths?: number[];
  /** Protect the sheet: only `editable` cells can be changed. */
  protect?: boolean;
  /** Freeze the rows above the first table's body. */
  freezeHeader?: boolean;
}

export interface Workbook {
  title: string;
  /** Written into the document properties. */
  creator?: string;
  sheets: XSheet[];
}

/** Excel's limit on a sheet name. */
const MAX_SHEET_NAME = 31;

/**
 * A sheet name Excel accepts: without `[]:*?/\`, at most 31 characters,
 * unique in the workbook (case-insensitively), not starting or ending with
 * an apostrophe.
 */
export function sheetName(wanted: string, taken: Set<string>): string {
  let base = wanted
    .replace(/[[\]:*?/\\\u0000-\u001f]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
  if (!base) base = 'Sheet';
  let name = base.slice(0, MAX_SHEET_NAME).trimEnd();
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const suffix = ` (${i})`;
    name = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

// XML 1.0 cannot hold these (an .xlsx with them does not open).
const XML_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/gu;
/** Excel's limit on the text in one cell. */
const MAX_CELL_TEXT = 32767;

/** Text for a cell: control characters as escapes, within Excel's length limit. */
export function cellText(text: string): string {
  const safe = terminalSafe(text).replace(XML_UNSAFE, (ch) =>
    ch.length === 1 ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}` : ch,
  );
  return safe.length > MAX_CELL_TEXT ? `${safe.slice(0, MAX_CELL_TEXT - 3)}...` : safe;
}

/** The column letters of a 1-based column number: 1 -> A, 28 -> AB. */
export function columnLetter(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

type ExcelJs = typeof import('exceljs');

/** Loads exceljs (a CommonJS package: its API is the default export under ESM). */
export async function loadExcel(): Promise<ExcelJs> {
  const mod = (await import('exceljs')) as unknown as ExcelJs & { default?: ExcelJs };
  return mod.default ?? mod;
}

/** The .xlsx bytes of a workbook. */
export async function workbookBytes(book: Workbook): Promise<Uint8Array> {
  const Excel = await loadExcel();
  const wb = new Excel.Workbook();
  wb.creator = book.creator ?? 'inkoop';
  wb.title = cellText(book.title);
  // A fixed date: the same input gives the same workbook.
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  const taken = new Set<string>();
  // Lists that do not fit in a validation formula go on a hidden sheet.
  let lists: import('exceljs').Worksheet | undefined;
  const listRefs = new Map<string, string>();
  const listRef = (values: string[]): string | undefined => {
    const inline = `"${values.join(',')}"`;
    if (inline.length <= 255 && !values.some((v) => /[,"]/.test(v))) return undefined;
    const key = JSON.stringify(values);
    let ref = listRefs.get(key);
    if (ref === undefined) {
      lists ??= wb.addWorksheet(sheetName('lists', taken), { state: 'veryHidden' });
      const col = listRefs.size + 1;
      values.forEach((v, i) => {
        lists!.getCell(i + 1, col).value = cellText(v);
      });
      const letter = columnLetter(col);
      ref = `'${lists.name}'!$${letter}$1:$${letter}$${values.length}`;
      listRefs.set(key, ref);
    }
    return ref;
  };
  for (const sheet of book.sheets) {
    const ws = wb.addWorksheet(sheetName(sheet.name, taken));
    let row = 1;
    for (const line of sheet.lines ?? []) {
      ws.getCell(row, 1).value = cellText(line);
      row++;
    }
    if (sheet.lines?.length) row++;
    let frozen = false;
    for (const table of sheet.tables) {
      if (table.title !== undefined) {
        const c = ws.getCell(row, 1);
        c.value = cellText(table.title);
        c.font = { bold: true };
        row++;
      }
      table.header.forEach((h, i) => {
        const c = ws.getCell(row, i + 1);
        c.value = cellText(h);
        c.font = { bold: true };
      });
      if (sheet.freezeHeader && !frozen) {
        ws.views = [{ state: 'frozen', ySplit: row }];
        frozen = true;
      }
      row++;
      const editable = new Set(table.editable ?? []);
      for (const [r, cells] of table.rows.entries()) {
        cells.forEach((value, i) => {
          const c = ws.getCell(row, i + 1);
          setCell(c, value);
          if (editable.has(i)) {
            c.protection = { locked: false };
            const v = table.rowValidation?.[r]?.[i] ?? table.validation?.[i];
            if (v)
              c.dataValidation = validation(v, v.kind === 'list' ? listRef(v.values) : undefined);
          }
        });
        row++;
      }
      if (table.footer) {
        table.footer.forEach((value, i) => {
          const c = ws.getCell(row, i + 1);
          setCell(c, value);
          c.font = { bold: true };
        });
        row++;
      }
      row++;
    }
    sheet.widths?.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    if (sheet.protect) {
      // No password: the protection keeps the structure from being changed by
      // mistake; the reader checks every cell it takes anyway.
      await ws.protect('', {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
        formatRows: true,
        sort: false,
        autoFilter: false,
        insertRows: false,
        deleteRows: false,
        insertColumns: false,
        deleteColumns: false,
      });
    }
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

type ExcelCell = import('exceljs').Cell;

function setCell(c: ExcelCell, value: XCell): void {
  if (value === null) return;
  if (typeof value === 'string') {
    // A string cell, never a formula: exceljs writes a string as text.
    c.value = cellText(value);
    return;
  }
  if (typeof value === 'number') {
    c.value = value;
    return;
  }
  c.value = value.n;
  c.numFmt = NUMBER_FORMATS[value.format];
}

function validation(v: Validation, ref?: string): import('exceljs').DataValidation {
  const prompt = v.prompt ? { showInputMessage: true, prompt: cellText(v.prompt) } : {};
  const error = {
    showErrorMessage: true,
    errorStyle: 'stop',
    ...(v.error ? { error: cellText(v.error) } : {}),
  } as const;
  if (v.kind === 'list')
    return {
      type: 'list',
      allowBlank: true,
      // A list in the formula itself: quoted, commas separate the values.
      formulae: [ref ?? `"${v.values.map(cellText).join(',')}"`],
      ...prompt,
      ...error,
    };
  return {
    type: v.integer ? 'whole' : 'decimal',
    operator: 'between',
    allowBlank: true,
    formulae: [v.min, v.max],
    ...prompt,
    ...error,
  };
}
