/**
 * Reading a tender: a YAML file, standard input, or a tender folder
 * (tender.yaml plus one YAML file per bid), with the prices of `tco:`
 * references computed from their costs files. Problems are located at
 * file:line:col in the file they came from.
 */
import { existsSync, statSync } from 'node:fs';
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
import type { TcoResult } from '../tco/compute.js';
import { tenderFileSchema, type TenderDocument } from '../score/schema.js';
import { scoreTender, TenderInputError, type ScoreResult } from '../score/score.js';
import { computeFile, readCostsFile } from './costs.js';
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

function isYamlName(name: string): boolean {
  return /\.ya?ml$/i.test(name) && !name.startsWith('.');
}

/**
 * Reads a tender: a YAML file, `-` for standard input, or a folder with
 * tender.yaml plus one YAML file per bid (files that a bid's `tco:` names
 * are costs files, not bids). Throws an InputError naming file:line:col.
 */
export function readTender(path: string, options: { resolveTco?: boolean } = {}): TenderRead {
  let folder = false;
  if (path !== STDIN) {
    try {
      folder = statSync(path).isDirectory();
    } catch {
      /* readText reports a missing file */
    }
  }
  const read = folder ? readFolder(path) : readFile(path);
  if (options.resolveTco === false) return { ...read, tcoPrices: new Map() };
  const tcoPrices = resolveTcoPrices(
    read.document,
    (i) => read.bidSources[i] ?? read.source,
    (i) => (read.bidSources[i] ? [] : ['bids', i]),
  );
  return { ...read, tcoPrices };
}

type Read = Omit<TenderRead, 'tcoPrices'>;

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
  const source = parseYaml(readText(path, 'tender file'), file);
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
  const tenderName = TENDER_NAMES.find((n) => names.includes(n));
  if (!tenderName) {
    throw new UserError(
      `${dir}: no tender.yaml in this folder; a tender folder holds tender.yaml (criteria, price method, knock-outs) plus one YAML file per bid`,
    );
  }
  const source = parseYaml(readText(join(dir, tenderName), 'tender file'), join(dir, tenderName));
  const tender = (
    source.value && typeof source.value === 'object' && !Array.isArray(source.value)
      ? source.value
      : {}
  ) as Record<string, unknown>;
  const inline = Array.isArray(tender.bids) ? (tender.bids as unknown[]) : [];

  // Every other YAML file is a bid, except the costs files that bids refer to with tco: { file }.
  const parsed = names
    .filter((n) => n !== tenderName && !TENDER_NAMES.includes(n))
    .map((n) => parseYaml(readText(join(dir, n), 'bid'), join(dir, n)));
  const costsFiles = new Set<string>();
  const noteTco = (bid: unknown, base: string) => {
    const file = (bid as { tco?: { file?: unknown } } | null)?.tco?.file;
    if (typeof file === 'string') costsFiles.add(resolve(base, file));
  };
  for (const b of inline) noteTco(b, dir);
  for (const p of parsed) noteTco(p.value, dir);
  const bidFiles = parsed.filter((p) => !costsFiles.has(resolve(p.file)));
  if (inline.length + bidFiles.length === 0) {
    throw new InputError([
      {
        file: source.file,
        message: `no bids: add one YAML file per bid beside ${tenderName} (vendor, price or tco, knockouts, scores), or a bids list in ${tenderName}`,
      },
    ]);
  }

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
      // A costs file that no bid names looks like a bid without vendor: say what the folder holds.
      const v = src.value;
      if (v && typeof v === 'object' && !Array.isArray(v) && !('vendor' in v)) {
        found.push({
          file: src.file,
          message: `every YAML file beside ${tenderName} is read as a bid, except the costs files a bid names in tco: { file }`,
        });
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

/** Scores a tender read by readTender; problems found while scoring are located in the files. */
export function scoreRead(read: TenderRead): ScoreResult {
  try {
    return scoreTender(read.document, { tcoPrices: read.tcoPrices });
  } catch (err) {
    if (err instanceof TenderInputError)
      throw new InputError(err.issues.map((i) => read.problemAt(i.path, i.message)));
    throw err;
  }
}
// ---------------------------------------------------------------- tco: prices

/**
 * Prices in cents from `tco: { file, option }` references: the option's net
 * present value as `inkoop tco` computes it. A missing file, an unknown
 * option or a price of 0 or less is reported at the bid's `tco:` entry;
 * problems inside a costs file are reported in that file.
 */
function resolveTcoPrices(
  document: TenderDocument,
  sourceOf: (bid: number) => YamlSource,
  pathOf: (bid: number) => PathKey[],
): Map<number, number> {
  const prices = new Map<number, number>();
  const computed = new Map<string, TcoResult>();
  const problems: Problem[] = [];
  document.bids.forEach((bid, i) => {
    if (!bid.tco) return;
    const src = sourceOf(i);
    // The problem points at the bid's `tco:` key.
    const at = pathOf(i);
    const entry = sourceProblemAt(src, at, '', 'tco');
    const where = `${entry.file}:${entry.line ?? 1}:${entry.col ?? 1}`;
    const base = src.file === displayName(STDIN) ? process.cwd() : dirname(resolve(src.file));
    const full = resolve(base, bid.tco.file);
    let result = computed.get(full);
    if (!result) {
      if (!existsSync(full) || statSync(full).isDirectory()) {
        problems.push(
          sourceProblemAt(
            src,
            at,
            `tco: costs file "${bid.tco.file}" not found (looked for ${full}); the path is relative to the file the bid is in`,
            'tco',
          ),
        );
        return;
      }
      const shown = relativeName(full);
      try {
        const { document: costs } = readCostsFile(shown);
        result = computeFile(costs, shown);
      } catch (err) {
        if (err instanceof InputError) {
          // The costs file's own problems, after the entry that names it.
          problems.push(
            {
              file: entry.file,
              line: entry.line,
              col: entry.col,
              message: `tco: the costs file ${shown} has problems:`,
            },
            ...err.problems,
          );
          return;
        }
        if (err instanceof UserError) throw new UserError(`${where}: tco: ${err.message}`);
        throw err;
      }
      computed.set(full, result);
    }
    const names = result.options.map((o) => o.name);
    const option = result.options.find((o) => o.name === bid.tco!.option);
    if (!option) {
      problems.push(
        sourceProblemAt(
          src,
          at,
          `tco: unknown option "${bid.tco.option}" in ${bid.tco.file}${didYouMean(bid.tco.option, names)}; its options are: ${names.map((n) => `"${n}"`).join(', ')}`,
          'tco',
        ),
      );
      return;
    }
    if (!(option.npv > 0)) {
      problems.push(
        sourceProblemAt(
          src,
          at,
          `tco: option "${option.name}" in ${bid.tco.file} has a net present value of ${(option.npv / 100).toFixed(2)}; a price must be more than 0 (the relative price formula divides by it)`,
          'tco',
        ),
      );
      return;
    }
    prices.set(i, option.npv);
  });
  if (problems.length) throw new InputError(problems);
  return prices;
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
  const source: YamlSource = parseYaml(readText(file, 'tender file'), displayName(file));
  const raw = source.value;
  let value: unknown = raw;
  let ignoredBids = 0;
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const bids = (raw as { bids?: unknown }).bids;
    ignoredBids = Array.isArray(bids) ? bids.length : 0;
    value = { ...raw, bids: [PLACEHOLDER] };
  }
  const result = tenderFileSchema.safeParse(value, { error: issueMessage, jitless: true });
  if (!result.success) throw new InputError(issuesToProblems(source, result.error.issues));
  return { document: result.data, ignoredBids };
}
