/**
 * Award criteria: the default model of NeRDS principle 12 ("Template
 * evaluatiecriteria" in the Inkoper tab) and helpers to flatten a criteria
 * list into the criteria that earn points.
 */
import type { Lang } from '../lib/i18n.js';
import { centsOf } from '../tco/decimal.js';

/** A label of a labelled scale as written in a tender file: `points`, or for fictitious_price `share`. */
export interface ScaleLabelSpec {
  label: string | number;
  points?: number;
  share?: number;
}

/** A scale as written: a number (scores 0 to it) or a list of labels. */
export type ScaleSpec = number | readonly ScaleLabelSpec[];

/** A label of a resolved scale: its text and the score it stands for (points, or a share). */
export interface ScaleLabel {
  label: string;
  score: number;
}

/** A criterion that earns points: scored by evaluators, or from the bid's price with `price: true`. */
export interface Criterion {
  id: string;
  name: string;
  /** Points: the most this criterion can add to a bid's total. */
  weight: number;
  /** Scores run from 0 to this, or a labelled scale (overrides the tender's `scale`). */
  scale?: ScaleSpec;
  /** Scored from the bid's price instead of by evaluators. */
  price?: boolean;
  /** fictitious_price: the most a bid earns here, in euros. */
  value?: number;
  /** The least score (or label) a bid needs here; below it the bid is excluded. */
  min?: number | string;
}

/** A group of criteria; its weight is the sum of its criteria's weights. */
export interface CriterionGroup {
  id: string;
  name: string;
  /** Optional; when given it must equal the sum of the criteria's weights. */
  weight?: number;
  criteria: Criterion[];
  /** The least points a bid needs on this group; below it the bid is excluded. */
  min?: number | string;
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
  /** The labels of a labelled scale, with the score each stands for; absent or null for a numeric scale. */
  labels?: ScaleLabel[] | null;
  /** True when the labels give shares of `value` (fictitious_price) rather than points. */
  shares?: boolean;
  /** fictitious_price: the most a bid earns here, in cents; absent or null when not given. */
  value?: number | null;
  /** The least score a bid needs here (a label's score when given as a label); absent or null: none. */
  min?: number | null;
  /** The minimum as a label, when it was given as one. */
  minLabel?: string | null;
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
  /** The least points a bid needs on this group; absent or null: none. */
  min?: number | null;
}

/** The labels of a labelled scale (text, score), or null for a numeric scale. */
export function scaleLabels(spec: ScaleSpec): { labels: ScaleLabel[]; shares: boolean } | null {
  if (typeof spec === 'number') return null;
  const shares = spec.some((l) => l.share !== undefined);
  return {
    labels: spec.map((l) => ({
      label: typeof l.label === 'number' ? String(l.label) : l.label,
      score: (shares ? l.share : l.points) ?? 0,
    })),
    shares,
  };
}

/** The most a scale gives: the number itself, or the highest label's score. */
export function scaleMaximum(spec: ScaleSpec): number {
  const labelled = scaleLabels(spec);
  if (!labelled) return spec as number;
  return Math.max(...labelled.labels.map((l) => l.score));
}

/** A score as written (a number, or a label compared as text) to its number on the criterion's scale; NaN for an unknown label. */
export function scoreOf(c: FlatCriterion, v: number | string): number {
  if (!c.labels) return typeof v === 'number' ? v : NaN;
  const text = typeof v === 'number' ? String(v) : v;
  const found = c.labels.find((l) => l.label === text);
  return found ? found.score : NaN;
}

/**
 * Flattens a criteria list into the criteria that earn points (file order)
 * and the top-level entries. A criterion without a weight (allowed by the
 * methods that use no points) gets weight 0.
 */
export function flattenCriteria(
  entries: readonly CriteriaEntry[],
  tenderScale: ScaleSpec,
): { criteria: FlatCriterion[]; groups: FlatGroup[] } {
  const criteria: FlatCriterion[] = [];
  const groups: FlatGroup[] = [];
  const flat = (c: Criterion, group: string | null, path: (string | number)[]): FlatCriterion => {
    const spec = c.scale ?? tenderScale;
    const labelled = scaleLabels(spec);
    const out: FlatCriterion = {
      id: c.id,
      name: c.name,
      weight: c.weight ?? 0,
      scale: scaleMaximum(spec),
      price: c.price === true,
      group,
      path,
    };
    if (labelled) {
      out.labels = labelled.labels;
      out.shares = labelled.shares;
    }
    if (c.value !== undefined) out.value = centsOf(c.value);
    if (c.min !== undefined && !out.price) {
      out.min = scoreOf(out, c.min);
      if (labelled) out.minLabel = typeof c.min === 'number' ? String(c.min) : c.min;
    }
    return out;
  };
  entries.forEach((entry, i) => {
    if (isGroup(entry)) {
      const indexes: number[] = [];
      let weight = 0;
      entry.criteria.forEach((c, j) => {
        indexes.push(criteria.length);
        weight += c.weight ?? 0;
        criteria.push(flat(c, entry.id, [i, 'criteria', j]));
      });
      const g: FlatGroup = {
        id: entry.id,
        name: entry.name,
        weight,
        group: true,
        criteria: indexes,
      };
      if (typeof entry.min === 'number') g.min = entry.min;
      groups.push(g);
    } else {
      groups.push({
        id: entry.id,
        name: entry.name,
        weight: entry.weight ?? 0,
        group: false,
        criteria: [criteria.length],
      });
      criteria.push(flat(entry, null, [i]));
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

/** One table of award criteria: the tender's, or one lot's. */
export interface CriteriaSet {
  lot?: { id: string; name: string };
  criteria: readonly CriteriaEntry[];
}

/** What criteriaSets reads of a tender file (its schema's shape). */
interface CriteriaSource {
  criteria?: readonly unknown[];
  lots?: readonly { id: string; name: string; criteria?: readonly unknown[] }[];
}

/**
 * The award criteria of a tender file: per lot (every lot, or only `lot`; a
 * lot without criteria of its own has the tender's), or the tender's one set;
 * the principle's model where the file has none.
 */
export function criteriaSets(document: CriteriaSource, lot?: string): CriteriaSet[] {
  const own = (document.criteria as readonly CriteriaEntry[] | undefined) ?? DEFAULT_CRITERIA;
  if (!document.lots) return [{ criteria: own }];
  return document.lots
    .filter((l) => lot === undefined || l.id === lot)
    .map((l) => ({
      lot: { id: l.id, name: l.name },
      criteria: (l.criteria as readonly CriteriaEntry[] | undefined) ?? own,
    }));
}
