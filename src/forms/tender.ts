/**
 * The lots of a tender as score forms see them: the criteria that are
 * scored by evaluators (never a price criterion) with their scales, and
 * the bids. A tender without lots is one lot with every bid; a tender with
 * lots gives each lot as src/score/lots-expand.ts makes it a tender of its
 * own (its own criteria, or the tender's; the tender's scale), with the bids
 * that bid on it, in the order of `lots`. Pure.
 */
import type { Lang } from '../lib/i18n.js';
import {
  DEFAULT_CRITERIA,
  flattenCriteria,
  localizedName,
  type CriteriaEntry,
} from '../score/criteria.js';
import { hasLots, lotDocuments } from '../score/lots-expand.js';
import type { TenderDocument } from '../score/schema.js';
import type { FormCriterion, FormLot } from './model.js';

/** The criteria of a (lot's) tender document that evaluators score. */
function scoredCriteria(document: TenderDocument, lang: Lang): FormCriterion[] {
  const entries = (document.criteria ?? DEFAULT_CRITERIA) as readonly CriteriaEntry[];
  const { criteria } = flattenCriteria(entries, document.scale ?? 10);
  return criteria
    .filter((c) => !c.price)
    .map((c) => ({
      id: c.id,
      name: localizedName(c.id, c.name, lang),
      scale: c.labels
        ? {
            kind: 'labels' as const,
            labels: c.labels.map((l) => ({ label: l.label, value: l.score })),
          }
        : { kind: 'range' as const, min: 0, max: c.scale },
    }));
}

export function formLots(document: TenderDocument, lang: Lang): FormLot[] {
  if (hasLots(document))
    return lotDocuments(document).map((lot) => ({
      id: lot.id,
      name: lot.name,
      criteria: scoredCriteria(lot.document, lang),
      bids: lot.document.bids.map((b) => b.vendor.trim()),
      bidIndexes: [...lot.bids],
    }));
  return [
    {
      id: null,
      name: null,
      criteria: scoredCriteria(document, lang),
      bids: document.bids.map((b) => b.vendor.trim()),
      bidIndexes: document.bids.map((_, i) => i),
    },
  ];
}
