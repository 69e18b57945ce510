/**
 * A small, fast reader for the cell values of an .xlsx workbook (untrusted
 * input): the zip's central directory is checked first (the sizes it
 * declares, the number of parts), each part is inflated with a hard limit on
 * its output, and only the workbook, its relationships, the shared strings
 * and the sheets are read. Values only: numbers, text, booleans, errors, and
 * whether a cell holds a formula. About twenty times faster than loading the
 * workbook with exceljs, which matters when a panel's forms are read.
 */
import { inflateRawSync } from 'node:zlib';

/** A cell's content: a number, text, a boolean, an error, or a formula (whatever its cached value). */
export type RawCell =
  | { kind: 'n'; n: number }
  | { kind: 's'; s: string }
  | { kind: 'b'; b: boolean }
  | { kind: 'e'; e: string }
  | { kind: 'f' };

export interface RawSheet {
  name: string;
  visible: boolean;
  /** By address, "E7". */
  cells: Map<string, RawCell>;
  /** The last row that holds a cell with a value. */
  lastRow: number;
}

export class XlsxReadError extends Error {
  constructor(
    readonly kind: 'notZip' | 'tooBig' | 'tooManyParts' | 'notWorkbook',
    message = kind,
  ) {
    super(message);
  }
}

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

/** The parts of a zip, from its central directory, within the limits. */
export function zipEntries(bytes: Uint8Array, maxBytes: number, maxParts: number): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new XlsxReadError('notZip');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff || offset + size > bytes.length)
    throw new XlsxReadError('notZip');
  if (count > maxParts) throw new XlsxReadError('tooManyParts');
  const entries: Entry[] = [];
  let total = 0;
  let p = offset;
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50)
      throw new XlsxReadError('notZip');
    const method = view.getUint16(p + 10, true);
    const compressed = view.getUint32(p + 20, true);
    const unpacked = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const local = view.getUint32(p + 42, true);
    if (compressed === 0xffffffff || unpacked === 0xffffffff) throw new XlsxReadError('notZip');
    total += unpacked;
    if (total > maxBytes) throw new XlsxReadError('tooBig');
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    entries.push({ name, method, compressed, size: unpacked, offset: local });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

/** The text of a part; inflating stops at the size the directory declared. */
function partText(bytes: Uint8Array, e: Entry): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.offset + 30 > bytes.length || view.getUint32(e.offset, true) !== 0x04034b50)
    throw new XlsxReadError('notZip');
  const start =
    e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
  const data = bytes.subarray(start, start + e.compressed);
  let out: Uint8Array;
  if (e.method === 0) out = data;
  else if (e.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new XlsxReadError(code === 'ERR_BUFFER_TOO_LARGE' ? 'tooBig' : 'notZip');
    }
  } else throw new XlsxReadError('notZip');
  return new TextDecoder().decode(out);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text to a string: entities, and OOXML's `_xHHHH_` escapes. */
function decode(s: string): string {
  // Most values hold neither: skip the two replacements (a form has thousands of cells).
  if (!s.includes('&') && !s.includes('_x')) return s;
  return s
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
      if (e[0] === '#') {
        const code =
          e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : all;
      }
      return ENTITIES[e] ?? all;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_all, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The text of an `<si>` or `<is>` element: its `<t>` parts, without phonetic runs. */
function richText(xml: string): string {
  let out = '';
  const clean = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  for (const m of clean.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) out += decode(m[1] ?? '');
  return out;
}

/** One pattern per attribute name, made once (attributes are read for every row and cell). */
const ATTRIBUTES = new Map<string, RegExp>();

const attr = (attrs: string, name: string): string | undefined => {
  let re = ATTRIBUTES.get(name);
  if (re === undefined) {
    re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    ATTRIBUTES.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? decode(m[2] ?? m[3] ?? '') : undefined;
};

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(col: number): string {
  let s = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26))
    s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Every sheet of a workbook, in order, with its cells. */
export function readWorkbook(
  bytes: Uint8Array,
  limits: { maxBytes: number; maxParts: number },
): RawSheet[] {
  const entries = zipEntries(bytes, limits.maxBytes, limits.maxParts);
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e]));
  const part = (name: string): string | null => {
    const e = byName.get(name);
    return e ? partText(bytes, e) : null;
  };
  const workbook = part('xl/workbook.xml');
  const rels = part('xl/_rels/workbook.xml.rels');
  if (workbook === null || rels === null) throw new XlsxReadError('notWorkbook');
  const targets = new Map<string, { target: string; type: string }>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1]!, 'Id');
    const target = attr(m[1]!, 'Target');
    if (id && target) targets.set(id, { target, type: attr(m[1]!, 'Type') ?? '' });
  }
  const resolve = (target: string) =>
    target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, '/');
  const shared: string[] = [];
  const sst = [...targets.values()].find((r) => r.type.endsWith('/sharedStrings'));
  const sstText = part(sst ? resolve(sst.target) : 'xl/sharedStrings.xml');
  if (sstText !== null)
    for (const m of sstText.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\s*\/>/g))
      shared.push(richText(m[1] ?? ''));

  const sheets: RawSheet[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = attr(m[1]!, 'name') ?? '';
    const state = attr(m[1]!, 'state') ?? 'visible';
    const rid = attr(m[1]!, 'r:id') ?? attr(m[1]!, 'id');
    const rel = rid ? targets.get(rid) : undefined;
    const xml = rel ? part(resolve(rel.target)) : null;
    const sheet: RawSheet = { name, visible: state === 'visible', cells: new Map(), lastRow: 0 };
    sheets.push(sheet);
    if (xml === null) continue;
    const data = /<sheetData\b[^>]*>([\s\S]*)<\/sheetData>/.exec(xml)?.[1] ?? '';
    let rowNumber = 0;
    for (const row of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const r = attr(row[1]!, 'r');
      rowNumber = r !== undefined ? Number(r) : rowNumber + 1;
      let col = 0;
      for (const c of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const ref = attr(c[1]!, 'r');
        const refMatch = ref ? /^([A-Z]+)(\d+)$/.exec(ref) : null;
        col = refMatch ? columnNumber(refMatch[1]!) : col + 1;
        const rowOf = refMatch ? Number(refMatch[2]) : rowNumber;
        const inner = c[2] ?? '';
        const type = attr(c[1]!, 't') ?? 'n';
        let cell: RawCell | null = null;
        if (/<f\b/.test(inner)) cell = { kind: 'f' };
        else if (type === 'inlineStr')
          cell = { kind: 's', s: richText(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '') };
        else {
          const v = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1];
          if (v === undefined) continue;
          const text = decode(v);
          if (type === 's') cell = { kind: 's', s: shared[Number(text)] ?? '' };
          else if (type === 'str' || type === 'd') cell = { kind: 's', s: text };
          else if (type === 'b') cell = { kind: 'b', b: text === '1' };
          else if (type === 'e') cell = { kind: 'e', e: text };
          else {
            const n = Number(text);
            cell =
              Number.isFinite(n) && text.trim() !== '' ? { kind: 'n', n } : { kind: 's', s: text };
          }
        }
        sheet.cells.set(`${columnLetters(col)}${rowOf}`, cell);
        if (rowOf > sheet.lastRow) sheet.lastRow = rowOf;
      }
    }
  }
  return sheets;
}
