/**
 * Award criteria: the default model of NeRDS principle 12 ("Template
 * evaluatiecriteria" in the Inkoper tab) and helpers to flatten a criteria
 * list into the criteria that earn points.
 */
import type { Lang } from '../lib/i18n.js';

/** A criterion that earns points: scored by evaluators, or from the bid's price with `price: true`. */
export interface Criterion {
  id: string;
  name: string;
  /** Points: the most this criterion can add to a bid's total. */
  weight: number;
  /** Scores run from 0 to this (overrides the tender's `scale`). */
  scale?: number;
  /** Scored from the bid's price instead of by evaluators. */
  price?: boolean;
}

/** A group of criteria; its weight is the sum of its criteria's weights. */
export interface CriterionGroup {
  id: string;
  name: string;
  /** Optional; when given it must equal the sum of the criteria's weights. */
  weight?: number;
  criteria: Criterion[];
}

export type CriteriaEntry = Criterion | CriterionGroup;

export function isGroup(entry: CriteriaEntry): entry is CriterionGroup {
  return Array.isArray((entry as CriterionGroup).criteria);
}

/**
 * The principle's template: Technische geschiktheid 40, Prijs-kwaliteit
 * verhouding 30, Leverancierscapaciteit 30; 100 points in all. Total Cost of
 * Ownership is the price criterion.
 */
export const DEFAULT_CRITERIA: readonly CriterionGroup[] = deepFreeze([
  {
    id: 'technisch',
    name: 'Technische geschiktheid',
    criteria: [
      { id: 'functioneel', name: 'Functionele requirements', weight: 20 },
      { id: 'architectuur', name: 'Technische architectuur', weight: 10 },
      { id: 'interoperabiliteit', name: 'Interoperabiliteit', weight: 10 },
    ],
  },
  {
    id: 'prijs-kwaliteit',
    name: 'Prijs-kwaliteit verhouding',
    criteria: [
      { id: 'tco', name: 'Total Cost of Ownership', weight: 20, price: true },
      { id: 'prijs-prestatie', name: 'Prijs-prestatie ratio', weight: 10 },
    ],
  },
  {
    id: 'leverancier',
    name: 'Leverancierscapaciteit',
    criteria: [
      { id: 'financieel', name: 'Financiële stabiliteit', weight: 10 },
      { id: 'referenties', name: 'Referenties en ervaring', weight: 10 },
      { id: 'implementatie-support', name: 'Implementatie- en supportcapaciteit', weight: 10 },
    ],
  },
]);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Names of the default model per language (the principle's Dutch text, and an English rendering). */
const DEFAULT_NAMES: Record<string, { nl: string; en: string }> = {
  technisch: { nl: 'Technische geschiktheid', en: 'Technical suitability' },
  functioneel: { nl: 'Functionele requirements', en: 'Functional requirements' },
  architectuur: { nl: 'Technische architectuur', en: 'Technical architecture' },
  interoperabiliteit: { nl: 'Interoperabiliteit', en: 'Interoperability' },
  'prijs-kwaliteit': { nl: 'Prijs-kwaliteit verhouding', en: 'Price-quality ratio' },
  tco: { nl: 'Total Cost of Ownership', en: 'Total Cost of Ownership' },
  'prijs-prestatie': { nl: 'Prijs-prestatie ratio', en: 'Price-performance ratio' },
  leverancier: { nl: 'Leverancierscapaciteit', en: 'Supplier capacity' },
  financieel: { nl: 'Financiële stabiliteit', en: 'Financial stability' },
  referenties: { nl: 'Referenties en ervaring', en: 'References and experience' },
  'implementatie-support': {
    nl: 'Implementatie- en supportcapaciteit',
    en: 'Implementation and support capacity',
  },
};

/**
 * The name to show: a criterion of the default model that kept its Dutch
 * name is shown in the report's language; any other name as written.
 */
export function localizedName(id: string, name: string, lang: Lang): string {
  const names = DEFAULT_NAMES[id];
  return names && names.nl === name ? names[lang] : name;
}

/** The default model with its names in a language. */
export function defaultCriteria(lang: Lang = 'nl'): CriterionGroup[] {
  return DEFAULT_CRITERIA.map((g) => ({
    id: g.id,
    name: localizedName(g.id, g.name, lang),
    criteria: g.criteria.map((c) => ({ ...c, name: localizedName(c.id, c.name, lang) })),
  }));
}

/** A criterion that earns points, with the group it belongs to and its effective scale. */
export interface FlatCriterion {
  id: string;
  name: string;
  weight: number;
  /** Effective scale: the criterion's own, else the tender's. */
  scale: number;
  price: boolean;
  /** Id of the group, or null for a criterion at the top level. */
  group: string | null;
  /** Where it is in the criteria list: [entry] or [entry, 'criteria', child]. */
  path: (string | number)[];
}

/** A top-level entry as it appears in the ranking: a group, or a criterion outside any group. */
export interface FlatGroup {
  id: string;
  name: string;
  weight: number;
  /** True for a group; false for a criterion at the top level. */
  group: boolean;
  /** Indexes into the flat criteria. */
  criteria: number[];
}

/** Flattens a criteria list into the criteria that earn points (file order) and the top-level entries. */
export function flattenCriteria(
  entries: readonly CriteriaEntry[],
  tenderScale: number,
): { criteria: FlatCriterion[]; groups: FlatGroup[] } {
  const criteria: FlatCriterion[] = [];
  const groups: FlatGroup[] = [];
  entries.forEach((entry, i) => {
    if (isGroup(entry)) {
      const indexes: number[] = [];
      let weight = 0;
      entry.criteria.forEach((c, j) => {
        indexes.push(criteria.length);
        weight += c.weight;
        criteria.push({
          id: c.id,
          name: c.name,
          weight: c.weight,
          scale: c.scale ?? tenderScale,
          price: c.price === true,
          group: entry.id,
          path: [i, 'criteria', j],
        });
      });
      groups.push({ id: entry.id, name: entry.name, weight, group: true, criteria: indexes });
    } else {
      groups.push({
        id: entry.id,
        name: entry.name,
        weight: entry.weight,
        group: false,
        criteria: [criteria.length],
      });
      criteria.push({
        id: entry.id,
        name: entry.name,
        weight: entry.weight,
        scale: entry.scale ?? tenderScale,
        price: entry.price === true,
        group: null,
        path: [i],
      });
    }
  });
  return { criteria, groups };
}

/** The most points a bid can earn: the sum of the weights, in the order the totals are summed. */
export function maxPoints(criteria: readonly { weight: number }[]): number {
  let sum = 0;
  for (const c of criteria) sum += c.weight;
  return sum;
}
