/**
 * Lots (percelen) at the level of the tender document: a tender with
 * `lots:` becomes one ordinary single-lot tender document per lot, so that
 * every check and every award method of the single-tender core applies to
 * each lot unchanged. A lot inherits every tender-level setting it does not
 * override (`criteria`, `price`, `budget`, `knockouts`, `tie_break`); a bid
 * takes part in a lot when it names it under `lots:`, with that lot's price
 * (or `tco`), scores and knock-out answers (its tender-level knock-out
 * answers hold for every lot). Paths into a lot's document map back to the
 * tender file with `lotPath`, so problems are located where they were written.
 *
 * This module knows the document only by its shape (src/score/schema.ts
 * imports it to check lots), so it imports no schema.
 */
import { t } from '../i18n/index.js';
import { didYouMean } from '../lib/suggest.js';

/** A lot as written in the tender file. */
export interface LotSpec {
  id: string;
  name: string;
  criteria?: unknown[];
  price?: { budget?: number } & Record<string, unknown>;
  budget?: number;
  knockouts?: string[];
  tie_break?: unknown[];
}

/** A bid's entry for one lot. */
export interface LotBidSpec {
  price?: number;
  tco?: unknown;
  scores?: Record<string, unknown>;
  knockouts?: Record<string, boolean>;
}

interface BidShape {
  vendor: string;
  knockouts?: Record<string, boolean>;
  lots?: Record<string, LotBidSpec>;
}

/** What this module needs of a tender document. */
export interface LotsShape {
  lots?: LotSpec[];
  lot_order?: string[];
  max_lots_per_bidder?: number;
  price?: { budget?: number } & Record<string, unknown>;
  knockouts?: string[];
  bids: BidShape[];
}

/** Keys of the tender file that concern lots only; a lot's own document has none of them. */
const LOT_KEYS = ['lots', 'lot_order', 'max_lots_per_bidder'] as const;
/** Keys of a lot that replace the tender's setting of the same name. */
const OVERRIDES = ['criteria', 'knockouts', 'tie_break'] as const;

/** One lot as an ordinary tender document. */
export interface LotDocument<D> {
  id: string;
  name: string;
  /** The lot's place in the tender's `lots`. */
  index: number;
  document: D;
  /** Per bid of the lot's document: its index in the tender's bids. */
  bids: number[];
}

/** Whether the document declares lots. */
export function hasLots(doc: { lots?: unknown }): boolean {
  return Array.isArray(doc.lots);
}

/** The lots in award order: `lot_order`, else the order of `lots`. */
export function awardOrder(doc: LotsShape): string[] {
  return doc.lot_order ? [...doc.lot_order] : (doc.lots ?? []).map((l) => l.id);
}

/** The price settings of a lot: its own `price` or the tender's, with the lot's `budget` as ceiling. */
function lotPrice(doc: LotsShape, lot: LotSpec): LotsShape['price'] {
  const base = lot.price ?? doc.price;
  if (lot.budget === undefined) return base;
  return { ...(base ?? { method: 'relative' }), budget: lot.budget };
}

/** The tender document of lot `index` (see the module comment for what it inherits). */
export function lotDocument<D extends LotsShape>(doc: D, index: number): LotDocument<D> {
  const lot = doc.lots![index]!;
  const out: Record<string, unknown> = { ...(doc as object) };
  for (const k of LOT_KEYS) delete out[k];
  for (const k of OVERRIDES) if (lot[k] !== undefined) out[k] = lot[k];
  const price = lotPrice(doc, lot);
  if (price === undefined) delete out.price;
  else out.price = price;
  const knockouts = (lot.knockouts ?? doc.knockouts ?? []) as string[];
  const bids: number[] = [];
  const lotBids: Record<string, unknown>[] = [];
  doc.bids.forEach((bid, i) => {
    const entry = bid?.lots?.[lot.id];
    if (!entry || typeof entry !== 'object') return;
    const answers: Record<string, boolean> = {};
    // The bid's tender-level answers hold for the lot's requirements; its answers for the lot come on top.
    for (const [req, v] of Object.entries(bid.knockouts ?? {}))
      if (knockouts.includes(req)) answers[req] = v;
    Object.assign(answers, entry.knockouts ?? {});
    const own: Record<string, unknown> = { vendor: bid.vendor };
    for (const k of ['price', 'tco', 'scores'] as const)
      if (entry[k] !== undefined) own[k] = entry[k];
    if (Object.keys(answers).length) own.knockouts = answers;
    bids.push(i);
    lotBids.push(own);
  });
  out.bids = lotBids;
  return { id: lot.id, name: lot.name, index, document: out as unknown as D, bids };
}

/** Every lot of the document as a tender document, in the order of `lots`. */
export function lotDocuments<D extends LotsShape>(doc: D): LotDocument<D>[] {
  return (doc.lots ?? []).map((_, i) => lotDocument(doc, i));
}

type Path = (string | number)[];

/**
 * Maps a path in a lot's document to the tender file: a lot's own setting,
 * a bid's entry for the lot, or the tender-level setting it inherited.
 */
export function lotPath(
  doc: LotsShape,
  lot: LotDocument<unknown>,
  path: readonly PropertyKey[],
): Path {
  const p = path.filter((k): k is string | number => typeof k !== 'symbol');
  const spec = doc.lots![lot.index]!;
  const own = ['lots', lot.index];
  const [head, ...rest] = p;
  if (head === 'bids' && typeof rest[0] === 'number') {
    const b = lot.bids[rest[0]];
    if (b === undefined) return p;
    const [key, ...tail] = rest.slice(1);
    if (key === undefined) return ['bids', b, 'lots', lot.id];
    if (key === 'vendor') return ['bids', b, 'vendor'];
    if (key === 'knockouts') {
      const req = tail[0];
      const entry = doc.bids[b]?.lots?.[lot.id];
      if (typeof req === 'string' && !(entry?.knockouts && req in entry.knockouts))
        return ['bids', b, 'knockouts', ...tail];
    }
    return ['bids', b, 'lots', lot.id, key, ...tail];
  }
  if (head === 'price') {
    if (rest[0] === 'budget' && spec.budget !== undefined) return [...own, 'budget'];
    if (spec.price !== undefined) return [...own, ...p];
    return p;
  }
  if (typeof head === 'string' && (OVERRIDES as readonly string[]).includes(head)) {
    if ((spec as unknown as Record<string, unknown>)[head] !== undefined) return [...own, ...p];
  }
  return p;
}

/** Adds a problem at a path of the tender file. */
export type AddIssue = (path: Path, message: string) => void;

/**
 * Checks what lots add to a tender (ids, `lot_order`, `max_lots_per_bidder`,
 * each bid's `lots:`), then every lot as a tender document with `checkOne`,
 * its problems located in the tender file. The document may have other
 * problems, so every value is checked for its type.
 */
export function checkLots<D extends LotsShape>(
  doc: D,
  addIssue: AddIssue,
  checkOne: (lot: D, addIssue: AddIssue) => void,
): void {
  const lots = Array.isArray(doc.lots) ? doc.lots : null;
  if (!lots) {
    for (const k of ['lot_order', 'max_lots_per_bidder'] as const)
      if (doc[k] !== undefined) addIssue([k], t('lots.withoutLots', { key: k }));
    (Array.isArray(doc.bids) ? doc.bids : []).forEach((bid, b) => {
      if (bid && typeof bid === 'object' && bid.lots !== undefined)
        addIssue(['bids', b, 'lots'], t('lots.bidLotsWithoutLots'));
    });
    return;
  }
  const ids: string[] = [];
  const seen = new Map<string, number>();
  lots.forEach((lot, i) => {
    if (!lot || typeof lot.id !== 'string') return;
    const prev = seen.get(lot.id.toLowerCase());
    if (prev !== undefined)
      addIssue(['lots', i, 'id'], t('lots.duplicateId', { id: lot.id, other: prev + 1 }));
    else seen.set(lot.id.toLowerCase(), i);
    ids.push(lot.id);
    if (lot.budget !== undefined && lot.price?.budget !== undefined)
      addIssue(['lots', i, 'budget'], t('lots.budgetTwice', { id: lot.id }));
  });
  const list = ids.map((id) => `"${id}"`).join(', ');

  if (Array.isArray(doc.lot_order)) {
    const named = new Set<string>();
    doc.lot_order.forEach((id, i) => {
      if (typeof id !== 'string') return;
      if (!ids.includes(id))
        addIssue(
          ['lot_order', i],
          t('lots.orderUnknown', { id, suggestion: didYouMean(id, ids), lots: list }),
        );
      else if (named.has(id)) addIssue(['lot_order', i], t('lots.orderTwice', { id }));
      named.add(id);
    });
    const missing = ids.filter((id) => !named.has(id));
    if (missing.length)
      addIssue(
        ['lot_order'],
        t('lots.orderMissing', { missing: missing.map((id) => `"${id}"`).join(', ') }),
      );
  }
  if (
    typeof doc.max_lots_per_bidder === 'number' &&
    doc.max_lots_per_bidder > ids.length &&
    ids.length > 0
  )
    addIssue(
      ['max_lots_per_bidder'],
      t('lots.maxAboveLots', { max: doc.max_lots_per_bidder, count: ids.length }),
    );

  // Requirements a bid may answer at the tender level: those of the tender and of every lot.
  const requirements = new Set<string>(Array.isArray(doc.knockouts) ? doc.knockouts : []);
  for (const lot of lots)
    if (lot && Array.isArray(lot.knockouts)) for (const r of lot.knockouts) requirements.add(r);

  const bids = Array.isArray(doc.bids) ? doc.bids : [];
  bids.forEach((bid, b) => {
    if (!bid || typeof bid !== 'object') return;
    const vendor = typeof bid.vendor === 'string' ? bid.vendor : String(b + 1);
    for (const k of ['price', 'tco', 'scores'] as const)
      if ((bid as unknown as Record<string, unknown>)[k] !== undefined)
        addIssue(['bids', b, k], t('lots.bidLevel', { key: k, vendor }));
    const entries = bid.lots && typeof bid.lots === 'object' ? Object.keys(bid.lots) : [];
    if (entries.length === 0) addIssue(['bids', b], t('lots.bidNoLot', { vendor, lots: list }));
    for (const id of entries)
      if (!ids.includes(id))
        addIssue(
          ['bids', b, 'lots', id],
          t('lots.bidUnknownLot', { id, suggestion: didYouMean(id, ids), lots: list }),
        );
    if (bid.knockouts && typeof bid.knockouts === 'object')
      for (const req of Object.keys(bid.knockouts))
        if (!requirements.has(req))
          addIssue(
            ['bids', b, 'knockouts', req],
            requirements.size
              ? t('lots.unknownKnockout', {
                  requirement: req,
                  suggestion: didYouMean(req, [...requirements]),
                  requirements: [...requirements].map((r) => `"${r}"`).join(', '),
                })
              : t('lots.noKnockouts', { requirement: req }),
          );
  });

  // Every lot as a tender of its own; a problem of an inherited setting is reported once.
  const reported = new Set<string>();
  lots.forEach((lot, i) => {
    if (!lot || typeof lot.id !== 'string') return;
    const one = lotDocument(doc, i);
    checkOne(one.document, (path, message) => {
      const at = lotPath(doc, one, path);
      const key = `${JSON.stringify(at)}\u0000${message}`;
      if (reported.has(key)) return;
      reported.add(key);
      addIssue(at, message);
    });
  });
}
