/**
 * Reading filled-in score forms (`inkoop score <tender> --scores <folder or
 * files>`). Each form is checked cell by cell against the tender (sheet
 * names, vendors and criteria in the rows `inkoop forms` wrote), and each
 * evaluator's scores and motivations become the panel's scores as if written
 * in the tender file, in evaluator order; a form by "consensus" gives the
 * panel's consensus score and motivation.
 *
 * A workbook is untrusted input: its size and the size it unpacks to are
 * checked before it is opened, formulas are refused, and every problem is
 * reported as `file.xlsx:Sheet!C7: message` (exit 2), never as a stack trace.
 */
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { t } from '../i18n/index.js';
import type { Lang } from '../lib/i18n.js';
import { InputError, type Problem, UserError } from '../lib/errors.js';
import { listFolder, readBytes } from '../lib/io.js';
import { excerpt, inlineSafe } from '../lib/text.js';
import { cellText, columnLetter } from '../lib/xlsx.js';
import { type RawCell, type RawSheet, readWorkbook, XlsxReadError } from '../lib/xlsx-read.js';
import {
  CONSENSUS,
  FORM_LAYOUT,
  type FormLot,
  type FormScale,
  instructionsSheetNames,
  lotSheetNames,
  scaleText,
} from '../forms/model.js';
import { formLots } from '../forms/tender.js';
import type { TenderBid, TenderDocument } from '../score/schema.js';
import type { TenderRead } from './tender.js';

/** The most a form may unpack to, and the most parts it may have: far above any real form. */
export const MAX_UNPACKED_MB = 100;
const MAX_PARTS = 2000;

/** One evaluator's filled-in form. */
export interface FilledForm {
  file: string;
  evaluator: string;
  /** Per lot id ('' without lots), vendor and criterion id: the score, the motivation and the score's cell. */
  scores: Map<string, Map<string, Map<string, FormScore>>>;
  /** The score cells left empty ("Sheet!E7"). */
  empty: string[];
}

export interface FormScore {
  /** A number on the scale, or the label of a labelled scale (as the tender file would hold it). */
  value: number | string;
  motivation: string | null;
  /** "file.xlsx:Sheet!E7" */
  cell: string;
}

/** The .xlsx files named by --scores: files as given, folders' .xlsx files by name. */
export function formFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    const st = statSync(path, { throwIfNoEntry: false });
    if (st?.isDirectory()) {
      const found = listFolder(path)
        .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('.') && !n.startsWith('~$'))
        .sort();
      if (!found.length) throw new UserError(t('forms.read.noForms', { path: inlineSafe(path) }));
      files.push(...found.map((n) => join(path, n)));
    } else files.push(path);
  }
  return files;
}

type Value = string | number | boolean | 'formula' | null;

/** A cell's value as text or a number; 'formula' for a formula; null when empty. */
function cellValue(sheet: RawSheet, row: number, col: number): Value {
  const c: RawCell | undefined = sheet.cells.get(`${columnLetter(col)}${row}`);
  if (!c) return null;
  if (c.kind === 'f') return 'formula';
  if (c.kind === 'n') return c.n;
  if (c.kind === 's') return c.s;
  if (c.kind === 'b') return c.b;
  return c.e;
}

const asText = (v: Value): string => (v === null || v === 'formula' ? '' : String(v));

/** A score from a cell: a number on the scale, or a label of a labelled scale. */
function parseScore(
  v: Value,
  scale: FormScale,
  lang: Lang,
): { value: number | string } | { problem: string } | null {
  if (v === null || (typeof v === 'string' && v.trim() === '')) return null;
  if (v === 'formula') return { problem: t('forms.read.formula') };
  const scaleWords = scaleText(scale, lang);
  if (scale.kind === 'labels') {
    const text = asText(v).trim().toLowerCase();
    const found = scale.labels.find(
      (l) => l.label.toLowerCase() === text || (typeof v === 'number' && l.value === v),
    );
    return found
      ? { value: found.label }
      : { problem: t('forms.read.notALabel', { value: excerpt(asText(v)), labels: scaleWords }) };
  }
  let n: number;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string' && /^\s*\d+(?:[.,]\d+)?\s*$/.test(v))
    n = Number(v.trim().replace(',', '.'));
  else
    return {
      problem: t('forms.read.notANumber', { value: excerpt(asText(v)), scale: scaleWords }),
    };
  if (
    !Number.isFinite(n) ||
    n < scale.min ||
    n > scale.max ||
    (scale.integer && !Number.isInteger(n))
  )
    return { problem: t('forms.read.outOfRange', { value: String(n), scale: scaleWords }) };
  return { value: n };
}

function findSheet(sheets: readonly RawSheet[], names: readonly string[]): RawSheet | undefined {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return sheets.find((ws) => wanted.has(ws.name.toLowerCase()));
}

const LIMITS = { maxBytes: MAX_UNPACKED_MB * 1024 * 1024, maxParts: MAX_PARTS };

/** Reads and checks one form against the tender's lots; problems go to `problems`. */
export async function readForm(
  path: string,
  lots: readonly FormLot[],
  lang: Lang,
  problems: Problem[],
): Promise<FilledForm | null> {
  const file = inlineSafe(path);
  const at = (where: string, message: string): void => {
    problems.push({ file: where ? `${file}:${where}` : file, message });
  };
  const bytes = readBytes(path, 'file');
  let sheets: RawSheet[];
  try {
    sheets = readWorkbook(bytes, LIMITS);
  } catch (err) {
    if (!(err instanceof XlsxReadError)) throw err;
    at(
      '',
      err.kind === 'tooBig'
        ? t('forms.read.tooBig', { limit: MAX_UNPACKED_MB })
        : err.kind === 'tooManyParts'
          ? t('forms.read.tooManyParts', { limit: MAX_PARTS })
          : t('forms.read.notXlsx', {
              reason: err.kind === 'notZip' ? 'no zip archive' : 'no workbook in the archive',
            }),
    );
    return null;
  }
  const instructionNames = instructionsSheetNames();
  const instructions = findSheet(sheets, instructionNames);
  if (!instructions) {
    at(
      '',
      t('forms.read.noInstructions', { names: instructionNames.map((n) => `"${n}"`).join(' / ') }),
    );
    return null;
  }
  const evaluator = asText(
    cellValue(instructions, FORM_LAYOUT.evaluatorRow, FORM_LAYOUT.evaluatorCol),
  ).trim();
  if (!evaluator) {
    at(
      `${inlineSafe(instructions.name)}!${columnLetter(FORM_LAYOUT.evaluatorCol)}${FORM_LAYOUT.evaluatorRow}`,
      t('forms.read.noEvaluator'),
    );
    return null;
  }
  const form: FilledForm = { file: path, evaluator, scores: new Map(), empty: [] };
  const known = new Set(instructionNames.map((n) => n.toLowerCase()));
  const before = problems.length;
  const sheetNames = lotSheetNames(lots);
  // With lots, a form may hold the sheets of some lots only (`inkoop forms --lot`: a panel
  // per lot); it must hold at least one. Without lots, its one sheet must be there.
  const missing: string[][] = [];
  for (const [i, lot] of lots.entries()) {
    const names = sheetNames[i]!;
    for (const n of names) known.add(n.toLowerCase());
    const ws = findSheet(sheets, names);
    if (!ws) {
      missing.push(names);
      continue;
    }
    const sheet = inlineSafe(ws.name);
    const expected = lot.bids.length * lot.criteria.length;
    const last = FORM_LAYOUT.firstRow + expected - 1;
    // Rows below the form that hold anything: a changed or hostile sheet.
    if (ws.lastRow > last) {
      at(
        `${sheet}!A${ws.lastRow}`,
        t('forms.read.tooManyRows', { rows: ws.lastRow, expected: last }),
      );
      continue;
    }
    const byVendor = new Map<string, Map<string, FormScore>>();
    form.scores.set(lot.id ?? '', byVendor);
    let r = FORM_LAYOUT.firstRow;
    for (const vendor of lot.bids) {
      const row = new Map<string, FormScore>();
      byVendor.set(vendor, row);
      for (const c of lot.criteria) {
        const checks: [number, string][] = [
          [FORM_LAYOUT.vendorCol, cellText(vendor)],
          [FORM_LAYOUT.criterionIdCol, cellText(c.id)],
        ];
        let ok = true;
        for (const [col, want] of checks) {
          const found = asText(cellValue(ws, r, col));
          if (found !== want) {
            at(
              `${sheet}!${columnLetter(col)}${r}`,
              t('forms.read.wrongCell', { expected: excerpt(want), found: excerpt(found) }),
            );
            ok = false;
            break;
          }
        }
        if (!ok) break;
        const scoreAt = `${sheet}!${columnLetter(FORM_LAYOUT.scoreCol)}${r}`;
        const motivationAt = `${sheet}!${columnLetter(FORM_LAYOUT.motivationCol)}${r}`;
        const score = parseScore(cellValue(ws, r, FORM_LAYOUT.scoreCol), c.scale, lang);
        const m = cellValue(ws, r, FORM_LAYOUT.motivationCol);
        let motivation: string | null = null;
        if (m === 'formula') at(motivationAt, t('forms.read.formula'));
        else if (m !== null && typeof m !== 'boolean') {
          const text = String(m).trim();
          motivation = text === '' ? null : text;
        } else if (m !== null) at(motivationAt, t('forms.read.notText'));
        if (score === null) form.empty.push(scoreAt);
        else if ('problem' in score) at(scoreAt, score.problem);
        else row.set(c.id, { value: score.value, motivation, cell: `${file}:${scoreAt}` });
        r++;
      }
      if (r !== FORM_LAYOUT.firstRow + (lot.bids.indexOf(vendor) + 1) * lot.criteria.length) break;
    }
  }
  // A sheet that is neither the instructions nor a lot's: most likely a lot's sheet renamed.
  const unknown = sheets.filter((ws) => !known.has(ws.name.toLowerCase()) && ws.visible);
  if (
    missing.length === lots.length ||
    (missing.length > 0 && (lots[0]!.id === null || unknown.length > 0))
  )
    for (const names of missing)
      at(
        '',
        t('forms.read.noLotSheet', {
          names: names.map((n) => `"${n}"`).join(' / '),
          sheets: sheets.map((w) => `"${inlineSafe(w.name)}"`).join(', '),
        }),
      );
  for (const ws of unknown)
    at(
      `${inlineSafe(ws.name)}!A1`,
      t('forms.read.unknownSheet', {
        sheets: [...instructionNames.slice(0, 1), ...sheetNames.map((n) => n[0]!)]
          .map((n) => `"${n}"`)
          .join(', '),
      }),
    );
  return problems.length > before ? null : form;
}

/** The tender with the forms' scores in it, as if written in the tender file; problems are an InputError (exit 2). */
export async function applyForms(
  read: TenderRead,
  paths: readonly string[],
  lang: Lang,
): Promise<TenderRead> {
  const files = formFiles(paths);
  const lots = formLots(read.document, lang);
  const problems: Problem[] = [];
  const forms: FilledForm[] = [];
  for (const f of files) {
    const form = await readForm(f, lots, lang, problems);
    if (form) forms.push(form);
  }
  if (problems.length) throw new InputError(problems.slice(0, 50));

  // Evaluators: the tender's order when it lists them, else the order of the files.
  const listed = read.document.evaluators;
  const byName = new Map<string, FilledForm>();
  for (const form of forms) {
    const key = form.evaluator.toLowerCase();
    const other = byName.get(key);
    if (other)
      problems.push({
        file: inlineSafe(form.file),
        message: t('forms.read.twice', {
          name: inlineSafe(form.evaluator),
          other: inlineSafe(other.file),
        }),
      });
    byName.set(key, form);
  }
  const consensus = byName.get(CONSENSUS);
  let panel = forms.filter((f) => f.evaluator.toLowerCase() !== CONSENSUS);
  if (listed?.length) {
    const names = listed.filter((n) => n.toLowerCase() !== CONSENSUS);
    for (const form of panel)
      if (!names.some((n) => n.toLowerCase() === form.evaluator.toLowerCase()))
        problems.push({
          file: inlineSafe(form.file),
          message: t('forms.read.unknownEvaluator', {
            name: inlineSafe(form.evaluator),
            list: names.map(inlineSafe).join(', '),
          }),
        });
    for (const n of names)
      if (!byName.has(n.toLowerCase()))
        problems.push(
          read.problemAt(['evaluators'], t('forms.read.missingEvaluator', { name: inlineSafe(n) })),
        );
    panel = names.map((n) => byName.get(n.toLowerCase())).filter((f): f is FilledForm => !!f);
  }
  if (!panel.length && consensus)
    problems.push({ file: inlineSafe(consensus.file), message: t('forms.read.onlyConsensus') });
  if (problems.length) throw new InputError(problems);

  // Not scored yet: every empty score cell, per evaluator (an empty cell of the consensus form: no consensus there).
  const open = panel.filter((f) => f.empty.length);
  if (open.length) {
    const lines = open.map((f) => {
      const cells = f.empty.slice(0, 10).join(', ') + (f.empty.length > 10 ? ', ...' : '');
      return `  ${t('forms.read.notScored', { name: inlineSafe(f.evaluator), count: f.empty.length, cells: `${inlineSafe(basename(f.file))}:${cells}` })}`;
    });
    throw new UserError(`${t('forms.read.notScoredHead')}\n${lines.join('\n')}`);
  }

  const bids: TenderBid[] = [...read.document.bids];
  for (const lot of lots) {
    const lotKey = lot.id ?? '';
    const scored = new Set(lot.criteria.map((c) => c.id));
    lot.bids.forEach((vendor, j) => {
      const i = lot.bidIndexes[j]!;
      const bid = bids[i]!;
      const first = panel[0]?.scores.get(lotKey)?.get(vendor);
      if (!first) return;
      // Where the tender file holds this bid's scores: the bid, or its entry for the lot.
      const entry = lot.id === null ? bid : bid.lots?.[lot.id];
      const path = lot.id === null ? ['bids', i, 'scores'] : ['bids', i, 'lots', lot.id, 'scores'];
      // A placeholder (~, "not scored yet") is no score: the forms fill it.
      const held = (entry?.scores ?? {}) as Record<string, unknown>;
      const clash = Object.keys(held).find((id) => scored.has(id) && held[id] !== null);
      if (clash !== undefined) {
        const cell = first.get(clash)?.cell ?? inlineSafe(panel[0]!.file);
        problems.push(
          read.problemAt(path, t('forms.read.alsoInTender', { vendor: inlineSafe(vendor), cell })),
        );
        return;
      }
      const scores = panelScores(lot, lotKey, vendor, panel, consensus);
      bids[i] =
        lot.id === null
          ? { ...bid, scores }
          : { ...bid, lots: { ...bid.lots, [lot.id]: { ...bid.lots?.[lot.id], scores } } };
    });
  }
  if (problems.length) throw new InputError(problems);
  const document: TenderDocument = { ...read.document, bids };
  return { ...read, document };
}

/** One bid's scores on a lot as the tender file would hold them: the panel's, in evaluator order. */
function panelScores(
  lot: FormLot,
  lotKey: string,
  vendor: string,
  panel: readonly FilledForm[],
  consensus: FilledForm | undefined,
): NonNullable<TenderBid['scores']> {
  const scores: NonNullable<TenderBid['scores']> = {};
  for (const c of lot.criteria) {
    const each = panel.map((f) => f.scores.get(lotKey)!.get(vendor)!.get(c.id)!);
    const agreed = consensus?.scores.get(lotKey)?.get(vendor)?.get(c.id);
    const notes = each.filter((s) => s.motivation !== null);
    const motivation =
      agreed?.motivation ??
      (each.length === 1
        ? (each[0]!.motivation ?? undefined)
        : notes.length
          ? each
              .map((s, k) =>
                s.motivation === null ? null : `${panel[k]!.evaluator}: ${s.motivation}`,
              )
              .filter((s) => s !== null)
              .join('\n')
          : undefined);
    if (each.length === 1 && !agreed)
      scores[c.id] =
        motivation === undefined ? each[0]!.value : { score: each[0]!.value, motivation };
    else
      scores[c.id] = {
        evaluators: each.map((s) => s.value),
        ...(agreed ? { consensus: agreed.value } : {}),
        ...(motivation !== undefined ? { motivation } : {}),
      };
  }
  return scores;
}
