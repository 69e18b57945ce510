/**
 * The lots of a tender as score forms see them: the criteria that are
 * scored by evaluators (never a price criterion) with their scales, and
 * every bid. A tender without lots is one lot. Pure.
 */
import type { Lang } from '../lib/i18n.js';
import {
  DEFAULT_CRITERIA,
  flattenCriteria,
  localizedName,
  type CriteriaEntry,
} from '../score/criteria.js';
import type { TenderDocument } from '../score/schema.js';
import type { FormLot } from './model.js';

/** Whether the tender declares lots (percelen), which score forms do not handle yet. */
export function declaresLots(document: TenderDocument): boolean {
  return (document as { lots?: unknown }).lots !== undefined;
}

export function formLots(document: TenderDocument, lang: Lang): FormLot[] {
  const entries = (document.criteria ?? DEFAULT_CRITERIA) as readonly CriteriaEntry[];
  const { criteria } = flattenCriteria(entries, document.scale ?? 10);
  return [
    {
      id: null,
      name: null,
      criteria: criteria
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
        })),
      bids: document.bids.map((b) => b.vendor.trim()),
    },
  ];
}
