/**
 * Lots (percelen): a layer above the single-tender core. A tender with
 * `lots:` is expanded into one tender per lot (src/score/lots-expand.ts:
 * each lot inherits every tender-level setting it does not override, the
 * award method included), each lot is scored by the core on its own, and
 * the lots are then awarded in `lot_order` with `max_lots_per_bidder`:
 *
 * - a bidder that has already won the maximum is passed over, and the
 *   next-ranked bid wins the lot;
 * - a passed-over bid is not excluded: it keeps its rank, and its price
 *   still counts for the other bids' price points (the lot is not rescored);
 * - bids tied for the first place that is left are separated by the lot's
 *   tie-break rules, as the core does for the first place.
 *
 * Pure: no files, no output.
 */
import { type LotDocument, awardOrder, lotDocuments, lotPath } from './lots-expand.js';
import type { TenderDocument } from './schema.js';
import {
  type BidResult,
  breakTie,
  type ResolvedTender,
  resolveTender,
  type ScoreResult,
  scoreResolved,
  type TieBreak,
  TenderInputError,
} from './score.js';

export { hasLots, lotPath, type LotDocument } from './lots-expand.js';

/** Why a bid was passed over on a lot. */
export interface PassedOver {
  vendor: string;
  /** The lots the bidder had already won, in award order. */
  won: string[];
  /** The cap: max_lots_per_bidder. */
  max: number;
}

/** How a lot was awarded, the cap applied. */
export interface LotAward {
  /** The vendor awarded the lot; null on an unresolved tie or when no bid is valid. */
  winner: string | null;
  /** True when two or more eligible bids share the best place left. */
  tie: boolean;
  /** The eligible vendors sharing that place on a tie (sorted); empty otherwise. */
  tied: string[];
  /** How that tie was broken by the lot's tie-break rules; null when no rule was needed or none decided. */
  tieBreak: TieBreak | null;
  /** Bids ranked at or ahead of the awarded place whose bidder had already won the maximum. */
  passedOver: PassedOver[];
}

/** One lot: its tender, its scoring by the core, and its award. */
export interface LotOutcome {
  id: string;
  name: string;
  /** The lot's place in the tender's `lots`. */
  index: number;
  /** The lot as a tender document, and per bid its index in the tender's bids. */
  lot: LotDocument<TenderDocument>;
  resolved: ResolvedTender;
  /** The lot scored on its own (its winner ignores the cap). */
  result: ScoreResult;
  award: LotAward;
  /** The lot's position in the award order, from 1. */
  order: number;
}

export interface LotsResult {
  title: string | null;
  maxLotsPerBidder: number | null;
  /** Lot ids in award order. */
  lotOrder: string[];
  /** The lots in the order of the tender's `lots`. */
  lots: LotOutcome[];
  /** Per vendor the lots it was awarded, in award order (vendors that won none are absent). */
  won: Record<string, string[]>;
}

export interface LotsOptions {
  /** Per lot id: prices in cents of bids with a `tco` reference, by the bid's index in the tender's bids. */
  tcoPrices?: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

/** Resolves every lot; a problem is a TenderInputError at a path of the tender file. */
export function resolveLots(
  document: TenderDocument,
  options: LotsOptions = {},
): { lot: LotDocument<TenderDocument>; resolved: ResolvedTender }[] {
  return lotDocuments(document).map((lot) => {
    const own = options.tcoPrices?.get(lot.id);
    const tcoPrices = new Map<number, number>();
    lot.bids.forEach((b, j) => {
      const p = own?.get(b);
      if (p !== undefined) tcoPrices.set(j, p);
    });
    const resolved = inLot(document, lot, () => resolveTender(lot.document, { tcoPrices }));
    return { lot, resolved };
  });
}

/** Runs `f` for a lot; its TenderInputError's paths are mapped to the tender file. */
export function inLot<T>(document: TenderDocument, lot: LotDocument<unknown>, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof TenderInputError)
      throw new TenderInputError(
        err.issues.map((i) => ({ path: lotPath(document, lot, i.path), message: i.message })),
      );
    throw err;
  }
}

/** The input of the allocation: each lot's scoring, keyed by lot id. */
export interface AllocationLot {
  id: string;
  result: ScoreResult;
  /** The lot's tie-break rules (ResolvedTender.tieBreak). */
  tieBreak?: ResolvedTender['tieBreak'];
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Awards lots in `order` with at most `max` lots per bidder (null: no cap).
 * Returns each lot's award by lot id, and the lots each vendor won.
 */
export function allocateLots(
  lots: readonly AllocationLot[],
  order: readonly string[],
  max: number | null,
): { awards: Map<string, LotAward>; won: Map<string, string[]> } {
  const won = new Map<string, string[]>();
  const awards = new Map<string, LotAward>();
  const capped = (vendor: string) => max !== null && (won.get(vendor)?.length ?? 0) >= max;
  for (const id of order) {
    const lot = lots.find((l) => l.id === id);
    if (!lot) continue;
    const { result } = lot;
    const ranked = result.bids.filter((b) => b.rank !== null);
    const eligible = ranked.filter((b) => !capped(b.vendor));
    let award: LotAward;
    if (eligible.length === ranked.length) {
      // No bid passed over: the lot is awarded as the core scored it.
      award = {
        winner: result.winner,
        tie: result.tie,
        tied: result.tied,
        tieBreak: result.tieBreak,
        passedOver: [],
      };
    } else {
      const best = eligible.length ? Math.min(...eligible.map((b) => b.rank!)) : null;
      const first = best === null ? [] : eligible.filter((b) => b.rank === best);
      let winner: string | null = first.length === 1 ? first[0]!.vendor : null;
      let tieBreak: TieBreak | null = null;
      if (first.length > 1 && lot.tieBreak?.length) {
        // The lot's rules, as the core applies them to a tie for the first place.
        const broken = breakTie(first, first.length, lot.tieBreak, result.tolerance);
        winner = broken.winner;
        tieBreak = broken.tieBreak;
      }
      const passed = ranked.filter((b) => capped(b.vendor) && (best === null || b.rank! <= best));
      award = {
        winner,
        tie: first.length > 1,
        tied: first.length > 1 ? first.map((b) => b.vendor).sort(byName) : [],
        tieBreak,
        passedOver: passed.map((b) => ({
          vendor: b.vendor,
          won: [...(won.get(b.vendor) ?? [])],
          max: max!,
        })),
      };
    }
    awards.set(id, award);
    if (award.winner !== null) won.set(award.winner, [...(won.get(award.winner) ?? []), id]);
  }
  return { awards, won };
}

/**
 * Scores a validated tender with lots: every lot by the core, then the
 * award in `lot_order` with `max_lots_per_bidder`. Bids with a `tco`
 * reference need their price in `options.tcoPrices`.
 */
export function scoreLots(document: TenderDocument, options: LotsOptions = {}): LotsResult {
  const resolved = resolveLots(document, options);
  const scored = resolved.map(({ lot, resolved }) => ({
    lot,
    resolved,
    result: inLot(document, lot, () => scoreResolved(resolved)),
  }));
  const order = awardOrder(document);
  const max = document.max_lots_per_bidder ?? null;
  const { awards, won } = allocateLots(
    scored.map((s) => ({ id: s.lot.id, result: s.result, tieBreak: s.resolved.tieBreak })),
    order,
    max,
  );
  return {
    title: document.title ?? null,
    maxLotsPerBidder: max,
    lotOrder: order,
    lots: scored.map((s) => ({
      id: s.lot.id,
      name: s.lot.name,
      index: s.lot.index,
      lot: s.lot,
      resolved: s.resolved,
      result: s.result,
      award: awards.get(s.lot.id)!,
      order: order.indexOf(s.lot.id) + 1,
    })),
    won: Object.fromEntries(won),
  };
}

/** The bid of `vendor` on a lot, or undefined when it did not bid there. */
export function lotBid(lot: LotOutcome, vendor: string): BidResult | undefined {
  return lot.result.bids.find((b) => b.vendor === vendor);
}

/** Whether the vendor's bid was passed over on the lot. */
export function passedOverOn(lot: LotOutcome, vendor: string): PassedOver | undefined {
  return lot.award.passedOver.find((p) => p.vendor === vendor);
}
