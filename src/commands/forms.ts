/**
 * `inkoop forms <tender> --out <folder>`: one score form (.xlsx) per
 * evaluator, for `inkoop score --scores` to read back. The evaluators come
 * from --evaluators or the tender's `evaluators:`; the forms hold no prices.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../i18n/index.js';
import { UserError } from '../lib/errors.js';
import { resolveLang } from '../lib/i18n.js';
import { note } from '../lib/output.js';
import { inlineSafe } from '../lib/text.js';
import { checkTarget, writeFilesSafe } from '../lib/write.js';
import { startProgress } from '../lib/progress.js';
import { checkLotFlag, readTender } from '../input/tender.js';
import { evaluatorSlug, formWorkbook } from '../forms/model.js';
import { formLots } from '../forms/tender.js';

export interface FormsOptions {
  out?: string;
  evaluators?: string;
  force?: boolean;
  /** --lot: in a tender with lots, only this lot's sheet. */
  lot?: string;
  lang?: string;
}

/** The evaluators from --evaluators ("Anna, Bram, Chris"), else the tender's list. */
function evaluatorList(
  flag: string | undefined,
  fromTender: readonly string[] | undefined,
): string[] {
  if (flag !== undefined) {
    const names = flag.split(',').map((s) => s.trim());
    if (names.some((n) => n === ''))
      throw new UserError(t('forms.emptyEvaluator', { list: inlineSafe(flag) }));
    return names;
  }
  if (fromTender?.length) return [...fromTender];
  throw new UserError(t('forms.noEvaluators'));
}

export async function run(path: string, opts: FormsOptions): Promise<void> {
  const lang = resolveLang(opts.lang);
  if (opts.out === undefined || opts.out.trim() === '') throw new UserError(t('forms.outMissing'));
  const dir = opts.out;
  const existing = statSync(dir, { throwIfNoEntry: false });
  if (existing && !existing.isDirectory())
    throw new UserError(t('forms.outNotFolder', { dir: inlineSafe(dir) }));
  const read = readTender(path, { resolveTco: false });
  const only = checkLotFlag(read, opts.lot);
  const evaluators = evaluatorList(opts.evaluators, read.document.evaluators);
  const lots = formLots(read.document, lang).filter((l) => only === undefined || l.id === only);
  if (lots.every((l) => l.criteria.length === 0)) throw new UserError(t('forms.noCriteria'));
  const files = new Map<string, string>();
  for (const name of evaluators) {
    const file = `${evaluatorSlug(name)}.xlsx`;
    const other = files.get(file);
    if (other !== undefined)
      throw new UserError(
        t('forms.sameSlug', { first: inlineSafe(other), second: inlineSafe(name), file }),
      );
    files.set(file, name);
  }
  if (!existing) {
    try {
      mkdirSync(dir);
    } catch {
      // checkTarget below says what is wrong with the folder.
    }
  }
  const force = opts.force === true;
  for (const file of files.keys()) checkTarget(join(dir, file), { force });
  const { workbookBytes } = await import('../lib/xlsx.js');
  const data = [];
  // A bar on stderr while the workbooks are made, only on a terminal (docs/terminal.md).
  const progress = await startProgress(t('terminal.progressForms'));
  try {
    for (const [file, evaluator] of files) {
      data.push({
        path: join(dir, file),
        data: await workbookBytes(
          formWorkbook({ title: read.document.title ?? null, evaluator, lots }, lang),
        ),
      });
      progress.update(data.length, files.size);
    }
  } finally {
    progress.stop();
  }
  await writeFilesSafe(data, { force });
  for (const f of data) note(t('common.written', { file: inlineSafe(f.path) }));
}
