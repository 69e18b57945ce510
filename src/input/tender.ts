/**
 * Reading a tender: a YAML file, standard input, or a tender folder
 * (tender.yaml plus one YAML file per bid), with the prices of `tco:`
 * references computed from their costs files. Problems are located at
 * file:line:col in the file they came from.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError, UserError, type Problem } from '../lib/errors.js';
import { displayName, listFolder, readText, STDIN } from '../lib/io.js';
import {
  issueMessage,
  issuesToProblems,
  parseYaml,
  problemAt as sourceProblemAt,
  type PathKey,
  type YamlSource,
} from '../lib/yaml.js';
import { didYouMean } from '../lib/suggest.js';
import { excerpt, inlineSafe } from '../lib/text.js';
import { t } from '../i18n/index.js';
import type { TcoResult } from '../tco/compute.js';
import { tenderFileSchema, type TenderDocument } from '../score/schema.js';
import { scoreTender, TenderInputError, type ScoreResult } from '../score/score.js';
import { type LotDocument, lotPath, scoreLots, type LotsResult } from '../score/lots.js';
import { computeFile, readCostsFile } from './costs.js';
import { inexactNumbers } from './exact.js';
/** A tender read from a file or a folder, with prices from `tco:` references resolved. */
export interface TenderRead {
  /** The validated tender; in a folder, the bids of the bid files follow those of tender.yaml. */
  document: TenderDocument;
  /** The tender file (tender.yaml in a folder). */
  source: YamlSource;
  /** The folder that relative paths (`tco: { file }`) are resolved against. */
  baseDir: string;
  /** Per bid: its own file in a tender folder, or null when it is in the tender file. */
  bidSources: (YamlSource | null)[];
  /** Price in cents of each bid with a `tco` reference, by its index in document.bids. */
  tcoPrices: Map<number, number>;
  /** In a tender with lots: per lot id, the price in cents of each bid's `tco` reference for that lot, by the bid's index. */
  lotTcoPrices: Map<string, Map<number, number>>;
  /** A problem at a path of the (assembled) document, located in the file it came from. */
  problemAt(path: readonly PathKey[], message: string, key?: string): Problem;
}

const TENDER_NAMES = ['tender.yaml', 'tender.yml'];

/**
 * Validates an assembled tender. zod compiles a fast path per object shape
 * with `new Function`; that pays off for thousands of bids but costs more
 * than it saves on a small tender read once, so small tenders skip it.
 */
function parseTender(value: unknown) {
  const bids = (value as { bids?: unknown } | null)?.bids;
  const jitless = !(Array.isArray(bids) && bids.length >= 200);
  return tenderFileSchema.safeParse(value, { error: issueMessage, jitless });
}

/** Reads and parses a YAML file; a number that cannot be read exactly is an InputError. */
function readSource(path: string, file: string, what: string): YamlSource {
  const text = readText(path, what);
  const source = parseYaml(text, file);
  const inexact = inexactNumbers(source, text);
  if (inexact.length) throw new InputError(inexact);
  return source;
}

function isYamlName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

export interface ReadTenderOptions {
  /** false: leave `tco:` references unresolved (criteria only). */
  resolveTco?: boolean;
  /** true: a `tco: { file }` may lie outside the tender's folder (`--allow-outside`). */
  allowOutside?: boolean;
}

/**
 * Reads a tender: a YAML file, `-` for standard input, or a folder with
 * tender.yaml plus one YAML file per bid. In a folder every YAML file is
 * accounted for: the tender file, a bid, or a costs file that a bid links
 * with `tco: { file }`; anything else is an error naming the file, so no bid
 * is ever left out unseen. A linked costs file must lie inside the tender's
 * folder unless `allowOutside`. Throws an InputError naming file:line:col.
 */
export function readTender(path: string, options: ReadTenderOptions = {}): TenderRead {
  let folder = false;
  if (path !== STDIN) {
    try {
      folder = statSync(path).isDirectory();
    } catch {
      /* readText reports a missing file */
    }
  }
  const read = folder ? readFolder(path) : readFile(path);
  if (options.resolveTco === false)
    return { ...read, tcoPrices: new Map(), lotTcoPrices: new Map() };
  // Every `tco:` reference: a bid's own, or a bid's for a lot.
  const refs: TcoRef[] = [];
  for (const [i, bid] of read.document.bids.entries()) {
    const src = read.bidSources[i] ?? read.source;
    const at: PathKey[] = read.bidSources[i] ? [] : ['bids', i];
    if (bid.tco) refs.push({ bid: i, lot: null, tco: bid.tco, src, at });
    for (const [lot, entry] of Object.entries(bid.lots ?? {}))
      if (entry.tco) refs.push({ bid: i, lot, tco: entry.tco, src, at: [...at, 'lots', lot] });
  }
  const prices = resolveTcoPrices(refs, {
    root: read.baseDir,
    allowOutside: options.allowOutside === true,
  });
  const tcoPrices = new Map<number, number>();
  const lotTcoPrices = new Map<string, Map<number, number>>();
  refs.forEach((r, k) => {
    const p = prices[k]!;
    if (r.lot === null) tcoPrices.set(r.bid, p);
    else {
      if (!lotTcoPrices.has(r.lot)) lotTcoPrices.set(r.lot, new Map());
      lotTcoPrices.get(r.lot)!.set(r.bid, p);
    }
  });
  return { ...read, tcoPrices, lotTcoPrices };
}

type Read = Omit<TenderRead, 'tcoPrices' | 'lotTcoPrices'>;

/** A `tco: { file, option }` reference: of a bid, or of a bid's entry for a lot. */
interface TcoRef {
  bid: number;
  lot: string | null;
  tco: { file: string; option: string };
  /** The file it is written in, and the path of the map that holds `tco:` there. */
  src: YamlSource;
  at: PathKey[];
}

function locator(source: YamlSource, bidSources: (YamlSource | null)[]): Read['problemAt'] {
  return (path, message, key) => {
    if (path[0] === 'bids' && typeof path[1] === 'number') {
      const own = bidSources[path[1]];
      if (own) return sourceProblemAt(own, path.slice(2), message, key);
    }
    return sourceProblemAt(source, path, message, key);
  };
}

function readFile(path: string): Read {
  const file = displayName(path);
  const source = readSource(path, file, 'tender file');
  const result = parseTender(source.value);
  if (!result.success) throw new InputError(issuesToProblems(source, result.error.issues));
  const document = result.data;
  const bidSources = document.bids.map(() => null);
  return {
    document,
    source,
    baseDir: path === STDIN ? process.cwd() : dirname(resolve(path)),
    bidSources,
    problemAt: locator(source, bidSources),
  };
}

function readFolder(dir: string): Read {
  const names = listFolder(dir).filter(isYamlName);
  const tenderNames = TENDER_NAMES.filter((n) => names.includes(n));
  const tenderName = tenderNames[0];
  if (!tenderName) throw new UserError(t('input.noTenderFile', { dir }));
  if (tenderNames.length > 1)
    throw new InputError([
      {
        file: join(dir, tenderNames[1]!),
        message: t('input.twoTenderFiles', { first: tenderNames[0]!, second: tenderNames[1]! }),
      },
    ]);
  const tenderPath = join(dir, tenderName);
  const source = readSource(tenderPath, tenderPath, 'tender file');
  const tender = (
    source.value && typeof source.value === 'object' && !Array.isArray(source.value)
      ? source.value
      : {}
  ) as Record<string, unknown>;
  const inline = Array.isArray(tender.bids) ? (tender.bids as unknown[]) : [];

  // Every other YAML file is a bid or a costs file that a bid links with tco: { file }.
  const problems: Problem[] = [];
  const candidates: string[] = [];
  for (const n of names) {
    if (n === tenderName) continue;
    const full = join(dir, n);
    if (n.startsWith('.')) problems.push({ file: full, message: t('input.hiddenFile') });
    else if (!statSync(full, { throwIfNoEntry: false })?.isFile())
      problems.push({ file: full, message: t('input.notAFile') });
    else candidates.push(n);
  }
  const parsed = candidates.map((n) => readSource(join(dir, n), join(dir, n), 'file'));
  // Which files the bids link as costs files, and from where.
  const links = new Map<string, { src: YamlSource; path: PathKey[] }>();
  const noteTco = (bid: unknown, src: YamlSource, path: PathKey[]) => {
    const file = (bid as { tco?: { file?: unknown } } | null)?.tco?.file;
    if (typeof file === 'string' && !isAbsolute(file)) {
      const full = resolve(dir, file);
      if (!links.has(full)) links.set(full, { src, path });
    }
  };
  for (const [i, b] of inline.entries()) noteTco(b, source, ['bids', i]);
  for (const p of parsed) noteTco(p.value, p, []);
  const tenderLink = links.get(resolve(tenderPath));
  if (tenderLink)
    problems.push(
      sourceProblemAt(
        tenderLink.src,
        tenderLink.path,
        t('input.tenderIsCosts', { file: tenderName }),
        'tco',
      ),
    );
  const bidFiles: YamlSource[] = [];
  for (const p of parsed) {
    const v = p.value;
    const map =
      v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
    const link = links.get(resolve(p.file));
    if (link) {
      if (map && 'vendor' in map)
        problems.push({
          ...sourceProblemAt(p, [], ''),
          message: t('input.bidAndCosts', { linker: link.src.file }),
        });
      continue;
    }
    if (map && !('vendor' in map) && ('years' in map || 'options' in map || 'costs' in map)) {
      problems.push({
        file: p.file,
        message: t('input.unlinkedCosts', { name: relative(resolve(dir), resolve(p.file)) }),
      });
      continue;
    }
    bidFiles.push(p);
  }
  if (problems.length) throw new InputError(problems);
  if (inline.length + bidFiles.length === 0)
    throw new InputError([
      { file: source.file, message: t('input.noBids', { tender: tenderName }) },
    ]);

  const bidSources: (YamlSource | null)[] = [...inline.map(() => null), ...bidFiles];
  const value = { ...tender, bids: [...inline, ...bidFiles.map((p) => p.value)] };
  const result = parseTender(value);
  if (!result.success) {
    // Each issue goes to the file it came from, with its path inside that file.
    const own = new Map<YamlSource, typeof result.error.issues>();
    const rest: typeof result.error.issues = [];
    for (const iss of result.error.issues) {
      const i = iss.path[1];
      const src = iss.path[0] === 'bids' && typeof i === 'number' ? bidSources[i] : null;
      if (src) own.set(src, [...(own.get(src) ?? []), { ...iss, path: iss.path.slice(2) }]);
      else rest.push(iss);
    }
    const problems = [...issuesToProblems(source, rest)];
    for (const [src, issues] of own) {
      const found = issuesToProblems(src, issues);
      // A file without vendor that is not linked: say what the folder holds.
      const v = src.value;
      if (!(v && typeof v === 'object' && !Array.isArray(v) && 'vendor' in v)) {
        found.push({ file: src.file, message: t('input.notABid', { tender: tenderName }) });
      }
      problems.push(...found);
    }
    throw new InputError(problems.slice(0, 30));
  }
  return {
    document: result.data,
    source,
    baseDir: resolve(dir),
    bidSources,
    problemAt: locator(source, bidSources),
  };
}

/** Runs `f`; its TenderInputError is located in the files read. */
export function locatedIn<T>(read: TenderRead, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof TenderInputError)
      throw new InputError(err.issues.map((i) => read.problemAt(i.path, i.message)));
    throw err;
  }
}

/** Scores a tender read by readTender; problems found while scoring are located in the files. */
export function scoreRead(read: TenderRead): ScoreResult {
  return locatedIn(read, () => scoreTender(read.document, { tcoPrices: read.tcoPrices }));
}

/** Scores a tender with lots read by readTender (see src/score/lots.ts); problems are located in the files. */
export function scoreReadLots(read: TenderRead): LotsResult {
  return locatedIn(read, () => scoreLots(read.document, { tcoPrices: read.lotTcoPrices }));
}
/** One lot of a tender read, as a tender read of its own: its document, prices and problems located in the files. */
export interface LotRead {
  id: string;
  name: string;
  document: TenderDocument;
  tcoPrices: Map<number, number>;
  problemAt(path: readonly PathKey[], message: string, key?: string): Problem;
}

/** A lot of a tender with lots (see src/score/lots.ts) as a tender read of its own. */
export function lotRead(read: TenderRead, lot: LotDocument<TenderDocument>): LotRead {
  const own = read.lotTcoPrices.get(lot.id);
  const tcoPrices = new Map<number, number>();
  lot.bids.forEach((b, j) => {
    const p = own?.get(b);
    if (p !== undefined) tcoPrices.set(j, p);
  });
  return {
    id: lot.id,
    name: lot.name,
    document: lot.document,
    tcoPrices,
    problemAt: (path, message, key) =>
      read.problemAt(lotPath(read.document, lot, path), message, key),
  };
}

/**
 * `--lot <id>`: undefined when not given; else the id, checked against the
 * tender's lots (a UserError naming the flag otherwise).
 */
export function checkLotFlag(
  read: Pick<TenderRead, 'document'>,
  lot: string | undefined,
): string | undefined {
  if (lot === undefined) return undefined;
  const ids = (read.document.lots ?? []).map((l) => l.id);
  if (!read.document.lots) throw new UserError(t('lots.noLots', { lot: inlineSafe(lot) }));
  if (!ids.includes(lot))
    throw new UserError(
      t('lots.unknownLot', {
        lot: inlineSafe(lot),
        suggestion: didYouMean(lot, ids),
        lots: ids.map((id) => `"${inlineSafe(id)}"`).join(', '),
      }),
    );
  return lot;
}

// ---------------------------------------------------------------- tco: prices

/**
 * Prices in cents from `tco: { file, option }` references: the option's net
 * present value as `inkoop tco` computes it. The file must lie inside the
 * tender's folder (`root`), also after following symbolic links, unless
 * `allowOutside`. A missing or outside file, an unknown option or a price of
 * 0 or less is reported at the bid's `tco:` entry; problems inside a costs
 * file are reported in that file, without quoting more of it than a short,
 * made-safe excerpt.
 */
function resolveTcoPrices(
  refs: readonly TcoRef[],
  place: { root: string; allowOutside: boolean },
): number[] {
  const prices: number[] = [];
  const computed = new Map<string, TcoResult>();
  const problems: Problem[] = [];
  const realRoot = realPath(place.root);
  for (const [k, ref] of refs.entries()) {
    const bid = ref;
    const src = ref.src;
    // The problem points at the `tco:` key.
    const at = ref.at;
    const entry = sourceProblemAt(src, at, '', 'tco');
    const where = `${entry.file}:${entry.line ?? 1}:${entry.col ?? 1}`;
    const fail = (message: string): void => {
      problems.push(sourceProblemAt(src, at, message, 'tco'));
    };
    const file = inlineSafe(bid.tco.file);
    const base = src.file === displayName(STDIN) ? process.cwd() : dirname(resolve(src.file));
    const full = resolve(base, bid.tco.file);
    let result = computed.get(full);
    if (!result) {
      if (!place.allowOutside) {
        if (isAbsolute(bid.tco.file)) {
          fail(t('input.tcoAbsolute', { file }));
          continue;
        }
        if (!inside(place.root, full)) {
          fail(t('input.tcoOutside', { file, root: inlineSafe(relativeName(place.root)) }));
          continue;
        }
      }
      if (!existsSync(full) || statSync(full).isDirectory()) {
        fail(t('input.tcoNotFound', { file, full: inlineSafe(full) }));
        continue;
      }
      if (!place.allowOutside && !inside(realRoot, realPath(full))) {
        fail(t('input.tcoSymlinkOutside', { file, root: inlineSafe(relativeName(place.root)) }));
        continue;
      }
      const shown = relativeName(full);
      try {
        const { document: costs, source: costsSource } = readCostsFile(shown);
        result = computeFile(costs, costsSource);
      } catch (err) {
        if (err instanceof InputError) {
          // The costs file's own problems, after the entry that names it; a
          // file that is not a costs file at all gives a few lines, not its contents.
          problems.push(
            {
              file: entry.file,
              line: entry.line,
              col: entry.col,
              message: t('input.tcoProblems', { file: inlineSafe(shown) }),
            },
            ...err.problems.slice(0, 5).map((p) => ({ ...p, message: inlineSafe(p.message) })),
          );
          continue;
        }
        if (err instanceof UserError) throw new UserError(`${where}: tco: ${err.message}`);
        throw err;
      }
      computed.set(full, result);
    }
    const names = result.options.map((o) => o.name);
    const option = result.options.find((o) => o.name === bid.tco!.option);
    if (!option) {
      fail(
        t('input.tcoUnknownOption', {
          option: excerpt(bid.tco.option),
          file,
          suggestion: didYouMean(bid.tco.option, names),
          options: names.map((n) => `"${excerpt(n)}"`).join(', '),
        }),
      );
      continue;
    }
    if (!(option.npv > 0)) {
      fail(
        t('input.tcoNotPositive', {
          option: excerpt(option.name),
          file,
          npv: (option.npv / 100).toFixed(2),
        }),
      );
      continue;
    }
    prices[k] = option.npv;
  }
  if (problems.length) throw new InputError(problems);
  return prices;
}

/** Whether `path` is `folder` or lies under it (both absolute). */
function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The path with every symbolic link followed; the path itself when that fails. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** A path as it is shown in messages: relative to the working folder when it is inside it. */
function relativeName(full: string): string {
  const rel = relative(process.cwd(), full);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : full;
}

// ---------------------------------------------------------------- design

/** A stand-in bid so the tender schema (which needs bids) checks the rest of the file. */
const PLACEHOLDER = { vendor: '\u0000inkoop design placeholder', price: 1 };

/**
 * Reads a tender's criteria, scale and price method for `inkoop design`;
 * bids are optional (and counted, so the command can say they are ignored).
 */
export function readTenderDesign(path: string): { document: TenderDocument; ignoredBids: number } {
  let file = path;
  if (path !== STDIN) {
    try {
      if (statSync(path).isDirectory())
        file =
          ['tender.yaml', 'tender.yml']
            .map((n) => join(path, n))
            .find((p) => statSync(p, { throwIfNoEntry: false })?.isFile()) ??
          join(path, 'tender.yaml');
    } catch {
      /* readText reports a missing file */
    }
  }
  const source = readSource(file, displayName(file), 'tender file');
  const raw = source.value;
  let value: unknown = raw;
  let ignoredBids = 0;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const bids = (raw as { bids?: unknown }).bids;
    ignoredBids = Array.isArray(bids) ? bids.length : 0;
    // In a tender with lots the stand-in bids on every lot (its scores are never read).
    const lots = (raw as { lots?: unknown }).lots;
    const placeholder = Array.isArray(lots)
      ? {
          vendor: PLACEHOLDER.vendor,
          lots: Object.fromEntries(
            lots
              .map((l) => (l as { id?: unknown } | null)?.id)
              .filter((id): id is string => typeof id === 'string')
              .map((id) => [id, { price: 1 }]),
          ),
        }
      : PLACEHOLDER;
    value = { ...raw, bids: [placeholder] };
  }
  const result = tenderFileSchema.safeParse(value, { error: issueMessage, jitless: true });
  if (!result.success) throw new InputError(issuesToProblems(source, result.error.issues));
  return { document: result.data, ignoredBids };
}
