/**
 * `inkoop award <tender> --out <folder>`: the award decision. One letter
 * per bidder (Markdown and DOCX), the evaluation report (Markdown, HTML,
 * DOCX) and award.json, all from the same computation as `inkoop score`.
 * `inkoop award --verify <folder>` recomputes and compares.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import {
  type AwardDocuments,
  type AwardProblem,
  type AwardTemplates,
  awardDocuments,
  awardProblems,
  awardSettings,
  type InputFile,
  type LetterKind,
} from '../award/model.js';
import { isLang, type Lang, translator } from '../i18n/index.js';
import {
  checkLotFlag,
  locatedIn,
  lotRead,
  readTender,
  scoreRead,
  scoreReadLots,
  type TenderRead,
} from '../input/tender.js';
import { lotsAwardDocuments, lotsAwardProblems } from '../award/lots.js';
import { inLot } from '../score/lots.js';
import { ExitCode, UserError } from '../lib/errors.js';
import { json } from '../lib/tables.js';
import { resolveLang } from '../lib/i18n.js';
import { readText } from '../lib/io.js';
import { markdownToDocx } from '../lib/markdown-docx.js';
import { markdownToHtml } from '../lib/markdown-html.js';
import { note } from '../lib/output.js';
import { startProgress } from '../lib/progress.js';
import { bundledPath } from '../lib/paths.js';
import { inlineSafe } from '../lib/text.js';
import { checkTarget, writeFileSafe } from '../lib/write.js';
import { parseTemplate } from '../scaffold/template.js';
import { analyseRobustness, type Robustness } from '../score/robustness.js';
import { type LotAwardRobustness, lotsAwardRobustness } from '../score/lots-robustness.js';
import { lotRobustnessView } from '../score/lots-robustness-render.js';
import { robustnessView } from '../score/robustness-render.js';
import { resolveTender } from '../score/score.js';
import { parseIsoDay } from '../termijn/calendar.js';

export interface AwardOptions {
  out?: string;
  date?: string;
  force?: boolean;
  robustness?: boolean;
  verify?: string;
  templates?: string;
  lang?: string;
  /** --lot: the letters and report of this lot only (a tender with lots). */
  lot?: string;
}

const TEMPLATE_FILES: Record<keyof AwardTemplates, string> = {
  award: 'letter-award.md',
  rejection: 'letter-rejection.md',
  exclusion: 'letter-exclusion.md',
  report: 'evaluation-report.md',
};

/** The award templates: bundled, each overridden by `<templates folder>/award/<name>` when present. */
function loadTemplates(userDir: string | undefined): AwardTemplates {
  const out = {} as AwardTemplates;
  for (const [kind, name] of Object.entries(TEMPLATE_FILES) as [keyof AwardTemplates, string][]) {
    const own = userDir ? join(userDir, 'award', name) : undefined;
    const file = own && existsSync(own) ? own : bundledPath(join('templates', 'award', name));
    out[kind] = parseTemplate(readText(file, 'template'), file, name.replace(/\.md$/, ''));
  }
  return out;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Every file the computation read: the tender (and its bid files) and linked costs files. */
function inputFiles(read: TenderRead): string[] {
  const files = new Set<string>([resolve(read.source.file)]);
  read.bidSources.forEach((s) => {
    if (s) files.add(resolve(s.file));
  });
  read.document.bids.forEach((bid, i) => {
    const from = read.bidSources[i]?.file ?? read.source.file;
    // The bid's own tco: link, and those of its bids on lots.
    for (const tco of [bid.tco, ...Object.values(bid.lots ?? {}).map((l) => l.tco)])
      if (tco) files.add(resolve(dirname(resolve(from)), tco.file));
  });
  return [...files];
}

interface Computed {
  read: TenderRead;
  docs: AwardDocuments & {
    winners?: Record<string, string | null>;
    letters: (AwardDocuments['letters'][number] & { lot?: string })[];
  };
  inputs: InputFile[];
}

const posix = (p: string) => p.split('\\').join('/');

function compute(
  tender: string,
  folder: string,
  date: string | undefined,
  robustness: boolean,
  templatesDir: string | undefined,
  lang: Lang,
  lot?: string,
): Computed {
  const tr = translator(lang);
  if (tender === '-') throw new UserError(tr('award.noStdin'));
  const read = readTender(tender);
  const only = checkLotFlag(read, lot);
  if (read.document.lots)
    return computeLots(read, folder, date, robustness, templatesDir, lang, only);
  const result = scoreRead(read);
  const dispatch = date ?? read.document.award?.dispatch_date ?? null;
  const problems = awardProblems(read.document, result, dispatch, lang);
  if (problems.length) refuse(read, problems, lang);
  const settings = awardSettings(read.document, dispatch!);
  const inputs = inputFiles(read).map((f) => ({
    file: posix(relative(folder, f)),
    sha256: sha256(f),
  }));
  let summary: string | null = null;
  if (robustness) {
    const r = analyseRobustness(resolveTender(read.document, { tcoPrices: read.tcoPrices }));
    summary = robustnessView(r, lang).summary;
  }
  const docs = awardDocuments({
    result,
    settings,
    templates: loadTemplates(templatesDir),
    inputs,
    robustness: summary,
    lang,
  });
  return { read, docs, inputs };
}

/** Refuses the award decision with every problem located in the files. */
function refuse(read: TenderRead, problems: AwardProblem[], lang: Lang): never {
  const lines = problems.map((p) => {
    const at = read.problemAt(p.path, p.message);
    return `${inlineSafe(at.file)}:${at.line ?? 1}:${at.col ?? 1}: ${inlineSafe(p.message)}`;
  });
  throw new UserError(`${translator(lang)('award.refused')}\n${lines.join('\n')}`, {
    exitCode: ExitCode.Failed,
  });
}

/** The award decision of a tender with lots: letters per bidder per lot, one report (src/award/lots.ts). */
function computeLots(
  read: TenderRead,
  folder: string,
  date: string | undefined,
  robustness: boolean,
  templatesDir: string | undefined,
  lang: Lang,
  only: string | undefined,
): Computed {
  const result = scoreReadLots(read);
  const dispatch = date ?? read.document.award?.dispatch_date ?? null;
  const problems = lotsAwardProblems(read.document, result, dispatch, lang, only);
  if (problems.length) refuse(read, problems, lang);
  const settings = awardSettings(read.document, dispatch!);
  const inputs = inputFiles(read).map((f) => ({
    file: posix(relative(folder, f)),
    sha256: sha256(f),
  }));
  // The robustness of each lot's award: its own analysis, and with a cap whether the award changes.
  const own = new Map<string, Robustness>();
  const award = new Map<string, LotAwardRobustness>();
  if (robustness) {
    for (const lot of result.lots) {
      const read1 = lotRead(read, lot.lot);
      own.set(
        lot.id,
        analyseRobustness(
          locatedIn(read, () =>
            inLot(read.document, lot.lot, () =>
              resolveTender(read1.document, { tcoPrices: read1.tcoPrices }),
            ),
          ),
        ),
      );
    }
    for (const [id, a] of lotsAwardRobustness(result, own)) award.set(id, a);
  }
  const docs = lotsAwardDocuments({
    result,
    only,
    settings,
    templates: loadTemplates(templatesDir),
    inputs,
    robustness: (lot) => {
      const r = own.get(lot.id);
      const a = award.get(lot.id);
      if (!r || !a) return null;
      return lotRobustnessView(robustnessView(r, lang), r, a, result, lang).summary;
    },
    lang,
  });
  return { read, docs, inputs };
}

function checkDate(value: string | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  if (parseIsoDay(value.trim()) === undefined)
    throw new UserError(translator(lang)('award.badDate', { value: inlineSafe(value) }));
  return value.trim();
}

interface AwardJson {
  tender: string;
  lang: Lang;
  dispatch_date: string;
  standstill_end: string;
  winner: string;
  /** A tender with lots: the vendor awarded each lot covered (null: not awarded). */
  winners?: Record<string, string | null>;
  /** --lot: the one lot covered. */
  lot?: string;
  robustness: boolean;
  templates: string | null;
  letters: {
    vendor: string;
    /** A tender with lots: the lot the letter is about. */
    lot?: string;
    kind: LetterKind;
    rank: number | null;
    total: number | null;
    files: string[];
  }[];
  report: string[];
  inputs: InputFile[];
  outputs: InputFile[];
}

export async function run(tender: string | undefined, opts: AwardOptions): Promise<void> {
  const lang = resolveLang(opts.lang);
  const templatesDir = opts.templates ?? (process.env.INKOOP_TEMPLATES || undefined);
  if (opts.verify !== undefined) return verify(opts.verify, lang);
  const tr = translator(lang);
  if (tender === undefined) throw new UserError(tr('award.noTender'));
  if (opts.out === undefined || opts.out.trim() === '') throw new UserError(tr('award.outMissing'));
  const folder = resolve(opts.out);
  if (existsSync(folder) && !statSync(folder).isDirectory())
    throw new UserError(tr('award.outIsFile', { file: inlineSafe(opts.out) }));
  const date = checkDate(opts.date, lang);
  const { docs, inputs } = compute(
    tender,
    folder,
    date,
    opts.robustness === true,
    templatesDir,
    lang,
    opts.lot,
  );

  // Everything to write, checked before the first byte is written.
  const reportName = tr('award.reportFile');
  const files: { name: string; content: () => Promise<string | Uint8Array> }[] = [];
  const letters: AwardJson['letters'] = [];
  for (const l of docs.letters) {
    const title = `${l.vendor}`;
    files.push({ name: `${l.slug}.md`, content: async () => l.markdown });
    files.push({ name: `${l.slug}.docx`, content: () => markdownToDocx(l.markdown, title, lang) });
    letters.push({
      vendor: l.vendor,
      ...(l.lot === undefined ? {} : { lot: l.lot }),
      kind: l.kind,
      rank: l.rank,
      total: l.total === null ? null : Math.round(l.total * 1e6) / 1e6,
      files: [`${l.slug}.md`, `${l.slug}.docx`],
    });
  }
  const reportTitle = docs.report.split('\n')[0]!.replace(/^#\s*/, '');
  files.push({ name: `${reportName}.md`, content: async () => docs.report });
  files.push({
    name: `${reportName}.html`,
    content: async () => markdownToHtml(docs.report, reportTitle, lang),
  });
  files.push({
    name: `${reportName}.docx`,
    content: () => markdownToDocx(docs.report, reportTitle, lang),
  });
  // Every target checked before anything is written: an existing file (without --force),
  // a folder, a device or a FIFO in its place stops the run with nothing written.
  if (existsSync(folder))
    for (const f of [...files.map((x) => x.name), 'award.json'])
      checkTarget(join(opts.out, f), { force: opts.force === true });
  // Render everything first, so a failure writes nothing.
  // A bar on stderr while it works, only on a terminal (docs/terminal.md).
  const progress = await startProgress(tr('terminal.progressAward'));
  const steps = files.length * 2;
  let done = 0;
  const rendered: { name: string; data: string | Uint8Array }[] = [];
  const outputs: InputFile[] = [];
  try {
    for (const f of files) {
      rendered.push({ name: f.name, data: await f.content() });
      progress.update(++done, steps);
    }
    mkdirSync(folder, { recursive: true });
    for (const f of rendered) {
      await writeFileSafe(join(folder, f.name), f.data, { force: opts.force === true });
      progress.update(++done, steps);
      outputs.push({
        file: f.name,
        sha256: createHash('sha256').update(f.data).digest('hex'),
      });
    }
  } finally {
    progress.stop();
  }
  const record: AwardJson = {
    tender: posix(relative(folder, resolve(tender))),
    lang,
    dispatch_date: docs.period.start,
    standstill_end: docs.period.end,
    winner: docs.winner,
    ...(docs.winners ? { winners: docs.winners } : {}),
    ...(opts.lot === undefined ? {} : { lot: opts.lot }),
    robustness: opts.robustness === true,
    templates: templatesDir ? posix(relative(folder, resolve(templatesDir))) : null,
    letters,
    report: [`${reportName}.md`, `${reportName}.html`, `${reportName}.docx`],
    inputs,
    outputs,
  };
  await writeFileSafe(join(folder, 'award.json'), json(record), { force: opts.force === true });
  note(tr('award.writtenFolder', { count: rendered.length + 1, folder: inlineSafe(opts.out) }));
}

function readRecord(file: string, lang: Lang): AwardJson {
  const tr = translator(lang);
  let value: unknown;
  try {
    value = JSON.parse(readText(file, 'award.json'));
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(tr('award.badAwardJson', { file, why: (err as Error).message }));
  }
  const r = value as Partial<AwardJson>;
  const ok =
    r &&
    typeof r.tender === 'string' &&
    typeof r.dispatch_date === 'string' &&
    typeof r.lang === 'string' &&
    isLang(r.lang) &&
    Array.isArray(r.letters) &&
    Array.isArray(r.inputs) &&
    Array.isArray(r.outputs);
  if (!ok)
    throw new UserError(
      tr('award.badAwardJson', {
        file,
        why: 'tender, lang, dispatch_date, letters, inputs, outputs',
      }),
    );
  return r as AwardJson;
}

/** The first line (1-based) where two texts differ. */
function firstDifference(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return i + 1;
  return 0;
}

async function verify(folderArg: string, lang: Lang): Promise<void> {
  const tr = translator(lang);
  const folder = resolve(folderArg);
  const record = readRecord(join(folder, 'award.json'), lang);
  const problems: string[] = [];
  for (const input of record.inputs) {
    const file = resolve(folder, input.file);
    if (!existsSync(file)) problems.push(tr('award.verifyMissing', { file: input.file }));
    else {
      const now = sha256(file);
      if (now !== input.sha256)
        problems.push(
          tr('award.verifyChangedInput', {
            file: input.file,
            was: input.sha256.slice(0, 12),
            now: now.slice(0, 12),
          }),
        );
    }
  }
  for (const output of record.outputs) {
    const file = join(folder, output.file);
    if (!existsSync(file)) problems.push(tr('award.verifyMissing', { file: output.file }));
    else {
      const now = sha256(file);
      if (now !== output.sha256)
        problems.push(
          tr('award.verifyChangedOutput', {
            file: output.file,
            was: output.sha256.slice(0, 12),
            now: now.slice(0, 12),
          }),
        );
    }
  }
  // Recompute in the language and with the options of the original run.
  let computed: Computed | undefined;
  try {
    computed = compute(
      resolve(folder, record.tender),
      folder,
      record.dispatch_date,
      record.robustness,
      record.templates === null ? undefined : resolve(folder, record.templates),
      record.lang,
      record.lot,
    );
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    problems.push(err.message);
  }
  if (computed) {
    if (computed.docs.winner !== record.winner)
      problems.push(tr('award.verifyWinner', { now: computed.docs.winner, was: record.winner }));
    for (const l of computed.docs.letters) {
      const name = `${l.slug}.md`;
      const file = join(folder, name);
      if (!existsSync(file)) continue; // reported above when it was recorded
      const line = firstDifference(readFileSync(file, 'utf8'), l.markdown);
      if (line) problems.push(tr('award.verifyDiffers', { file: name, line }));
    }
    const reportName = record.report.find((f) => f.endsWith('.md'));
    if (reportName && existsSync(join(folder, reportName))) {
      const line = firstDifference(
        readFileSync(join(folder, reportName), 'utf8'),
        computed.docs.report,
      );
      if (line) problems.push(tr('award.verifyDiffers', { file: reportName, line }));
    }
  }
  if (problems.length)
    throw new UserError(
      `${tr('award.verifyFailed', { folder: inlineSafe(folderArg) })}\n${problems.map((p) => `  ${inlineSafe(p)}`).join('\n')}`,
      { exitCode: ExitCode.Failed },
    );
  note(
    tr('award.verifyOk', {
      folder: inlineSafe(folderArg),
      count: record.outputs.length + record.inputs.length,
    }),
  );
}
