/**
 * Robustness of a lot's award with the cap (`max_lots_per_bidder`): does
 * the award of this lot change? A withdrawal or an added bid on a lot
 * awarded earlier can change which lots a bidder has already won, and so
 * who is passed over, and who is awarded a later lot. For each lot this
 * recomputes the award of every lot in `lot_order` (allocateLots) after:
 *
 * - a withdrawal: one bid on this lot or on a lot awarded before it is
 *   withdrawn and that lot is rescored without it (on this lot, the bid
 *   awarded it is not withdrawn: that changes the award by definition; on an
 *   earlier lot every valid bid is, its winner too);
 * - an addition: a cheaper bid without quality points by a new bidder (the
 *   lot's own analysis, src/score/robustness.ts) on this lot or on a lot
 *   awarded before it, at every price at which that lot's own analysis found
 *   the order of its bids to change, highest first; an added bid that would
 *   win its lot itself is not considered, as in the lot's own analysis.
 *
 * Lots awarded after this one cannot change its award. Weights and score
 * margins stay per lot (the lot's own analysis): they change only the lot's
 * own ranking. Without a cap the lots are awarded independently and the
 * lot's own analysis already answers the question. Pure.
 */
import { allocateLots, type LotAward, type LotsResult } from './lots.js';
import type { Robustness } from './robustness.js';
import { type ResolvedBid, type ResolvedTender, type ScoreResult, scoreResolved } from './score.js';

/** Who is awarded a lot: one winner, or the vendors tied for the best place left (sorted). */
export interface AwardStanding {
  winner: string | null;
  tied: string[];
}

/** A withdrawal or an addition that changes the award of the lot analysed. */
export interface AwardChange extends AwardStanding {
  kind: 'withdrawal' | 'addition';
  /** The lot on which the bid is withdrawn or added. */
  lot: string;
  /** withdrawal: the vendor whose bid is withdrawn; addition: null. */
  vendor: string | null;
  /** addition: the highest price (cents) of the added bid at which the award changes; withdrawal: null. */
  price: number | null;
}

export interface LotAwardRobustness extends AwardStanding {
  lot: string;
  /** Whether the tender has a cap; without one this analysis is not needed (the lot's own is exact). */
  capped: boolean;
  /** How many withdrawals were checked. */
  checkedWithdrawals: number;
  /** How many prices of added bids were checked. */
  checkedAdditions: number;
  /** The withdrawals that change the award of this lot. */
  withdrawals: AwardChange[];
  /** Per lot (this one or earlier), the highest price of an added bid that changes this lot's award. */
  additions: AwardChange[];
  /** The award of this lot changes by a withdrawal or an addition, or is a tie already. */
  fragile: boolean;
}

const ADDED = '\u0000added';

const key = (s: AwardStanding) =>
  s.winner !== null ? `w:${s.winner}` : `t:${s.tied.join('\u0000')}`;
const standing = (a: LotAward): AwardStanding => ({
  winner: a.winner,
  tied: a.winner !== null ? [] : a.tied,
});

/** A bid that meets every knock-out and scores 0 on every criterion, at this price (as the lot's own analysis adds). */
function addedBid(t: ResolvedTender, price: number): ResolvedBid {
  const knockouts: Record<string, boolean> = {};
  for (const r of t.knockouts) knockouts[r] = true;
  return {
    vendor: ADDED,
    index: t.bids.length,
    price,
    priceSource: { kind: 'price' },
    evaluators: t.criteria.map((c) => (c.price ? null : [0])),
    knockouts,
  };
}

/** Rescores a lot; null when the change makes the lot unscorable (a tie-break rule naming a withdrawn bid). */
function rescore(t: ResolvedTender): ScoreResult | null {
  try {
    return scoreResolved(t);
  } catch {
    return null;
  }
}

/** The prices of an added bid worth trying on a lot: where its own analysis saw the order change. */
function additionPrices(r: Robustness | undefined): number[] {
  const add = r?.rankReversal.addition;
  if (add?.kind !== 'cheaper') return [];
  const prices = new Set<number>();
  for (const p of add.pairs) for (const d of [0, 1]) prices.add(p.price - d);
  for (const p of [add.orderPrice, add.winnerPrice]) if (p !== null) prices.add(p);
  return [...prices].filter((p) => p > add.floorPrice && p >= 1).sort((a, b) => b - a);
}

/**
 * The award robustness of every lot in `ids` (default: all), given each
 * lot's own analysis (`own`, by lot id; the prices of added bids come from it).
 */
export function lotsAwardRobustness(
  result: LotsResult,
  own: ReadonlyMap<string, Robustness>,
  ids: readonly string[] = result.lotOrder,
): Map<string, LotAwardRobustness> {
  const max = result.maxLotsPerBidder;
  const order = result.lotOrder;
  const base = result.lots.map((l) => ({
    id: l.id,
    result: l.result,
    tieBreak: l.resolved.tieBreak,
  }));
  /** The awards of every lot with lot `id` scored as `changed`. */
  const allocate = (id: string, changed: ScoreResult) =>
    allocateLots(
      base.map((b) => (b.id === id ? { ...b, result: changed } : b)),
      order,
      max,
    ).awards;

  // Every scenario once: the awards of all lots after it.
  interface Scenario {
    kind: 'withdrawal' | 'addition';
    lot: string;
    vendor: string | null;
    price: number | null;
    awards: Map<string, LotAward>;
  }
  const cache = new Map<string, Scenario[]>();
  const scenariosOf = (lotId: string): Scenario[] => {
    const hit = cache.get(lotId);
    if (hit) return hit;
    const lot = result.lots.find((l) => l.id === lotId)!;
    const out: Scenario[] = [];
    for (const b of lot.result.bids) {
      if (b.rank === null) continue;
      const changed = rescore({
        ...lot.resolved,
        bids: lot.resolved.bids.filter((x) => x.vendor !== b.vendor),
      });
      if (changed)
        out.push({
          kind: 'withdrawal',
          lot: lotId,
          vendor: b.vendor,
          price: null,
          awards: allocate(lotId, changed),
        });
    }
    for (const price of additionPrices(own.get(lotId))) {
      const t = lot.resolved;
      const changed = rescore({ ...t, bids: [...t.bids, addedBid(t, price)] });
      const added = changed?.bids.find((x) => x.vendor === ADDED);
      // The added bid must not win (or be excluded from) its lot itself.
      if (!changed || !added || added.rank === null || added.rank === 1) continue;
      out.push({
        kind: 'addition',
        lot: lotId,
        vendor: null,
        price,
        awards: allocate(lotId, changed),
      });
    }
    cache.set(lotId, out);
    return out;
  };

  const analyses = new Map<string, LotAwardRobustness>();
  for (const id of ids) {
    const lot = result.lots.find((l) => l.id === id);
    if (!lot) continue;
    const now = standing(lot.award);
    const upTo = order.slice(0, order.indexOf(id) + 1);
    const withdrawals: AwardChange[] = [];
    const additions: AwardChange[] = [];
    let checkedWithdrawals = 0;
    let checkedAdditions = 0;
    if (max !== null)
      for (const k of upTo) {
        let added = false;
        for (const s of scenariosOf(k)) {
          // On this lot, withdrawing the bid awarded it changes the award by definition.
          if (s.kind === 'withdrawal' && k === id && s.vendor === now.winner) continue;
          if (s.kind === 'withdrawal') checkedWithdrawals++;
          else checkedAdditions++;
          const after = standing(s.awards.get(id)!);
          if (key(after) === key(now)) continue;
          const change: AwardChange = {
            kind: s.kind,
            lot: s.lot,
            vendor: s.vendor,
            price: s.price,
            ...after,
          };
          if (s.kind === 'withdrawal') withdrawals.push(change);
          else if (!added) {
            // The highest price first: one addition per lot.
            additions.push(change);
            added = true;
          }
        }
      }
    analyses.set(id, {
      lot: id,
      ...now,
      capped: max !== null,
      checkedWithdrawals,
      checkedAdditions,
      withdrawals,
      additions,
      fragile:
        (now.winner === null && now.tied.length > 0) || withdrawals.length + additions.length > 0,
    });
  }
  return analyses;
}
