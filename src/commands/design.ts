/**
 * `inkoop design <tender>`: before a tender is published, simulate its award
 * criteria on generated bid sets and report how often ties and rank reversal
 * occur with the relative and the bounds price method side by side. Reads
 * the criteria, scale and price method of a tender file (bids are not
 * needed, and ignored when present); the simulation is src/score/design.ts.
 */
import { UserError } from '../lib/errors.js';
import { csvDialect, json, parseFormat } from '../lib/tables.js';
import { type Translate, translator } from '../i18n/index.js';
import { resolveLang } from '../lib/i18n.js';
import { inlineSafe, jsonSafe } from '../lib/text.js';
import { emit, emitText, note } from '../lib/output.js';
import { DEFAULT_CRITERIA, scaleMaximum, type CriteriaEntry } from '../score/criteria.js';
import { type DesignReport, simulateDesignPausing } from '../score/design.js';
import { lotDocuments } from '../score/lots-expand.js';
import type { TenderDocument } from '../score/schema.js';
import { settle } from '../lib/signals.js';
import { startProgress } from '../lib/progress.js';
import {
  designCsv,
  designJson,
  designLotsCsv,
  designLotsJson,
  designLotsMarkdown,
  designLotsText,
  designMarkdown,
  designText,
  type LotDesign,
  type LotsDesign,
} from '../score/design-render.js';
import { DEFAULT_MARGIN } from '../score/robustness.js';
import { checkLotFlag, readTenderDesign } from '../input/tender.js';
import { centsOf } from '../tco/decimal.js';
import { didYouMean } from '../lib/suggest.js';
import { AWARD_METHODS, type AwardMethod } from '../score/methods.js';

export interface DesignCommandOptions {
  format?: string;
  lang?: string;
  /** --csv-separator: overrides the language's CSV separator. */
  csvSeparator?: string;
  bids?: string;
  runs?: string;
  seed?: string;
  spread?: string;
  margin?: string;
  lowPrice?: string;
  best?: string;
  worst?: string;
  methods?: string;
  /** --lot: only this lot of a tender with lots. */
  lot?: string;
}

/** `--methods weighted,fictitious_price`: known award methods, each once, in the order given. */
function parseMethods(value: string | undefined): AwardMethod[] | undefined {
  if (value === undefined) return undefined;
  const out: AwardMethod[] = [];
  for (const raw of value.split(',')) {
    const m = raw.trim().toLowerCase();
    if (!(AWARD_METHODS as readonly string[]).includes(m))
      throw new UserError(
        t('design.unknownMethod', {
          value: inlineSafe(raw.trim()),
          suggestion: didYouMean(m, AWARD_METHODS),
          methods: AWARD_METHODS.join(', '),
        }),
      );
    if (!out.includes(m as AwardMethod)) out.push(m as AwardMethod);
  }
  return out;
}

const FORMATS = ['table', 'markdown', 'json', 'csv'] as const;

/** Messages in the language of this run (set first thing in run()). */
let t: Translate = translator('nl');

function number(
  name: string,
  value: string | undefined,
  check: (n: number) => boolean,
  what: string,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n) || !check(n))
    throw new UserError(t('design.expected', { name, what, value: inlineSafe(value) }));
  return n;
}

/** "30%" or 0.3. */
function parseSpread(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  const percent = v.endsWith('%');
  const n = Number(percent ? v.slice(0, -1).trim() : v);
  const f = percent ? n / 100 : n;
  if (v === '' || v === '%' || !Number.isFinite(f) || !(f > 0) || f > 10) {
    throw new UserError(t('design.badSpread', { value: inlineSafe(value) }));
  }
  return f;
}

const euros = (name: string, value: string | undefined) => {
  const n = number(
    name,
    value,
    (x) => x > 0 && Math.abs(Math.round(x * 100) - x * 100) < 1e-6,
    t('design.whatEuros'),
  );
  return n === undefined ? undefined : Math.round(n * 100);
};

/** Whether some price criterion has a weight above 0 (the utility index divides by it). */
function hasPriceWeight(entries: readonly CriteriaEntry[]): boolean {
  return entries.some((e) =>
    'criteria' in e && Array.isArray(e.criteria)
      ? hasPriceWeight(e.criteria as CriteriaEntry[])
      : (e as { price?: boolean }).price === true && ((e as { weight?: number }).weight ?? 0) > 0,
  );
}

export async function run(path: string, opts: DesignCommandOptions): Promise<void> {
  const lang = resolveLang(opts.lang);
  t = translator(lang);
  const format = parseFormat(opts.format, FORMATS, 'table');
  const dialect = csvDialect(lang, opts.csvSeparator, format);
  const methods = parseMethods(opts.methods);
  const bids = number(
    'bids',
    opts.bids,
    (n) => Number.isInteger(n) && n >= 2 && n <= 200,
    t('design.whatBids'),
  );
  const runs = number(
    'runs',
    opts.runs,
    (n) => Number.isInteger(n) && n >= 1 && n <= 100_000,
    t('design.whatRuns'),
  );
  const seed = number(
    'seed',
    opts.seed,
    (n) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff,
    t('design.whatSeed'),
  );
  const margin =
    number('margin', opts.margin, (n) => n >= 0, t('design.whatMargin')) ?? DEFAULT_MARGIN;
  const spread = parseSpread(opts.spread) ?? 0.3;
  const low = euros('low-price', opts.lowPrice);
  const best = euros('best', opts.best);
  const worst = euros('worst', opts.worst);
  if ((best === undefined) !== (worst === undefined))
    throw new UserError(t('design.bestWorstTogether'));
  if (best !== undefined && !(best < worst!))
    throw new UserError(
      t('design.bestBelowWorst', {
        best: inlineSafe(opts.best ?? ''),
        worst: inlineSafe(opts.worst ?? ''),
      }),
    );

  const { document, ignoredBids } = readTenderDesign(path);
  const only = checkLotFlag({ document }, opts.lot);
  if (ignoredBids > 0) note(t('design.ignoredBids', { count: ignoredBids }));

  /** Simulates one tender (or one lot, as a tender of its own). */
  const designOne = async (document: TenderDocument): Promise<DesignReport> => {
    const price = document.price;
    const method = price?.method ?? 'relative';
    const tenderBounds =
      method === 'bounds' && price?.best !== undefined && price.worst !== undefined
        ? { best: centsOf(price.best), worst: centsOf(price.worst) }
        : undefined;
    if (best !== undefined && tenderBounds) throw new UserError(t('design.tenderBounds'));
    // The lowest generated price: given; else the tender's best bound; else so that the dearest bid meets the budget; else EUR 100,000.
    const lowest =
      low ??
      tenderBounds?.best ??
      (price?.budget !== undefined ? Math.floor(price.budget / (1 + spread)) * 100 : 10_000_000);
    if (lowest < 100) throw new UserError(t('design.lowPrice'));

    const criteria = (document.criteria as CriteriaEntry[] | undefined) ?? DEFAULT_CRITERIA;
    if (methods?.includes('utility_index') && !hasPriceWeight(criteria))
      throw new UserError(t('design.utilityNeedsPrice'));
    // Pausing lets a Ctrl-C or SIGTERM end a long run at once (src/lib/signals.ts).
    // A bar on stderr while it runs, only on a terminal (docs/terminal.md).
    const progress = await startProgress(t('terminal.progressDesign'));
    return await simulateDesignPausing(
      criteria,
      {
        scale: typeof document.scale === 'number' ? document.scale : scaleMaximum(document.scale),
        bids,
        runs,
        seed,
        spread,
        margin,
        low: lowest,
        bounds: tenderBounds ?? (best !== undefined ? { best, worst: worst! } : undefined),
        method,
        priceFactor: price?.factor,
        award: document.method ?? 'weighted',
        methods,
      },
      settle,
      progress.update,
    ).finally(() => progress.stop());
  };

  const title = document.title ?? null;
  if (document.lots) {
    // A tender with lots: each lot simulated as a tender of its own (its own
    // criteria, price settings and award method); the cap is not simulated.
    const lots: LotDesign[] = [];
    for (const lot of lotDocuments(document)) {
      if (only !== undefined && lot.id !== only) continue;
      const report = await designOne(lot.document).catch((err: unknown) => {
        // A problem with one lot's settings names the lot.
        if (!(err instanceof UserError)) throw err;
        throw new UserError(t('lots.inLot', { lot: inlineSafe(lot.name), message: err.message }), {
          exitCode: err.exitCode,
          hint: err.hint,
        });
      });
      lots.push({ id: lot.id, name: lot.name, report });
    }
    const d: LotsDesign = { title, maxLotsPerBidder: document.max_lots_per_bidder ?? null, lots };
    if (format === 'json') emit(jsonSafe(json(designLotsJson(d))));
    else if (format === 'csv') emit(designLotsCsv(d, lang, dialect));
    else if (format === 'markdown') emit(designLotsMarkdown(d, lang));
    else emitText(designLotsText(d, lang));
    return;
  }
  const report = await designOne(document);
  if (format === 'json') emit(jsonSafe(json(designJson(report, title))));
  else if (format === 'csv') emit(designCsv(report, dialect, lang));
  else if (format === 'markdown') emit(designMarkdown(report, lang, title));
  else emitText(designText(report, lang, title));
}
