/**
 * The tender file (`inkoop score tender.yaml`) as a zod schema. The shape is
 * checked field by field; everything that depends on other fields (duplicate
 * ids and vendors, unknown criterion ids, scores outside the scale, bounds)
 * is checked in `superRefine` so every problem is reported at its place in
 * the file. Missing scores are checked when scoring, because a bid excluded
 * by a knock-out or the budget need not be scored.
 */
import * as z from 'zod/mini';
import { didYouMean } from '../lib/suggest.js';
import { t } from '../i18n/index.js';
import { DEFAULT_CRITERIA, type CriteriaEntry } from './criteria.js';
import { AWARD_METHODS } from './methods.js';
import { type AddIssue, checkLots, hasLots } from './lots-expand.js';

// zod/mini rather than the classic API: the same validation, but only the
// parts used are bundled, which keeps `inkoop score` quick to start.

/** The largest amount in euros whose cents are still exact integers in JavaScript. */
const MAX_AMOUNT = Math.floor(Number.MAX_SAFE_INTEGER / 100);

// Letters (with accents), digits, ".", "_" and "-"; no \p{...} classes, so the JSON Schema pattern works in every editor.
const ID = /^[A-Za-z0-9\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F._-]*$/;

const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.describe(description)) as T;

const id = (what: string) =>
  described(
    z.string().check(
      z.minLength(1),
      z.regex(ID, {
        error: `an id is letters, digits, "-", "_" or "." (no spaces), like "functioneel" or "prijs-prestatie"`,
      }),
    ),
    `Id of the ${what}: used as the key in each bid's scores and in the JSON output.`,
  );

const text = (description: string) => described(z.string().check(z.minLength(1)), description);

/**
 * An amount in euros (more than 0 unless `allowZero`). More decimals than
 * cents are taken as the exact decimal written and rounded to the cent once,
 * half away from zero, when the tender is scored (src/score/score.ts).
 */
function amount(
  what: string,
  description: string,
  allowZero = false,
  why: (v: number) => string = () => '',
) {
  return described(
    z.number().check(
      z.superRefine((v, ctx) => {
        if (allowZero ? v < 0 : v <= 0) {
          ctx.addIssue({
            code: 'custom',
            message: `${what} ${v}: must be ${allowZero ? '0 or more' : 'more than 0'}${why(v)}`,
          });
        } else if (v > MAX_AMOUNT)
          ctx.addIssue({
            code: 'custom',
            message: `${what} ${v}: too large (at most ${MAX_AMOUNT})`,
          });
      }),
    ),
    description,
  );
}

/** The least weight and scale: a hundredth, the precision reports show points in. */
export const MIN_WEIGHT = 0.01;
/** The most points a tender can have in total (the sum of its weights), and the largest scale. */
export const MAX_POINTS = 1_000_000;

const weight = (description: string) =>
  described(
    z.number().check(
      z.superRefine((v, ctx) => {
        if (!(v >= MIN_WEIGHT && v <= MAX_POINTS))
          ctx.addIssue({
            code: 'custom',
            input: v,
            message: t('input.weightRange', {
              value: String(v),
              min: String(MIN_WEIGHT),
              max: String(MAX_POINTS),
            }),
          });
      }),
      z.meta({ minimum: MIN_WEIGHT, maximum: MAX_POINTS }),
    ),
    description,
  );

const scale = (description: string) =>
  described(
    z.number().check(
      z.superRefine((v, ctx) => {
        if (!(v >= MIN_WEIGHT && v <= MAX_POINTS))
          ctx.addIssue({
            code: 'custom',
            input: v,
            message: t('input.scaleRange', {
              value: String(v),
              min: String(MIN_WEIGHT),
              max: String(MAX_POINTS),
            }),
          });
      }),
      z.meta({ minimum: MIN_WEIGHT, maximum: MAX_POINTS }),
    ),
    description,
  );

const flag = (description: string) => z.optional(described(z.boolean(), description));

/** A label's text: an unquoted number in the file (a label `2`) compares as its text "2". */
export const labelText = (v: string | number): string => (typeof v === 'number' ? String(v) : v);

const labelSchema = described(
  z.strictObject({
    label: described(
      z.union([z.string().check(z.trim(), z.minLength(1)), z.number()]),
      'The label evaluators give, like "voldoende" or 2; compared as text.',
    ),
    points: z.optional(
      described(z.number(), 'The score this label stands for on the scale (from 0 up).'),
    ),
    share: z.optional(
      described(
        z.number(),
        "fictitious_price: the share of the criterion's value this label earns (1 = all of it; negative: a malus that raises the fictitious price).",
      ),
    ),
  }),
  'A label of a labelled scale with its points, or for fictitious_price its share.',
);

/** A scale: a number (scores from 0 to it) or a list of labels with points or shares. */
const scaleSpec = (description: string) =>
  z.union([
    scale(description),
    described(
      z.array(labelSchema).check(z.minLength(2)),
      'A labelled scale: [{ label, points }] (or [{ label, share }] for fictitious_price); the highest points are the maximum.',
    ),
  ]);

/** A minimum on a criterion: a score on its scale, or a label of its labelled scale. */
const criterionMin = z.optional(
  described(
    z.union([z.number(), z.string().check(z.trim(), z.minLength(1))]),
    'Minimum score (or label) a bid needs on this criterion; a bid below it is excluded.',
  ),
);

const criterionValue = z.optional(
  amount(
    'value',
    "fictitious_price: the most a bid can earn on this criterion, in euros (deducted from its price in proportion to its score's share).",
  ),
);

const criterionSchema = described(
  z.strictObject({
    id: id('criterion'),
    name: text('Name of the criterion as it appears in the report.'),
    weight: z.optional(
      weight(
        "Points: the most this criterion adds to a bid's total. The tender's maximum is the sum of all weights (100 for the default model). Required for the methods weighted, price_per_point and utility_index.",
      ),
    ),
    scale: z.optional(
      scaleSpec(
        "Scores for this criterion run from 0 to this number, or a labelled scale (overrides the tender's scale).",
      ),
    ),
    price: flag(
      "true: the points follow from the bid's price (see price.method) instead of evaluators' scores.",
    ),
    value: criterionValue,
    min: criterionMin,
  }),
  'A criterion that earns points.',
);

const entrySchema = described(
  z
    .strictObject({
      id: id('criterion or group'),
      name: text('Name as it appears in the report.'),
      weight: z.optional(
        weight(
          "Points of a criterion (required). On a group it may be left out: a group's weight is the sum of its criteria's.",
        ),
      ),
      scale: z.optional(
        scaleSpec(
          "Scores for this criterion run from 0 to this number, or a labelled scale (overrides the tender's scale).",
        ),
      ),
      price: flag("true: the points follow from the bid's price instead of evaluators' scores."),
      value: criterionValue,
      min: criterionMin,
      criteria: z.optional(
        described(
          z.array(criterionSchema).check(z.minLength(1)),
          'Makes this entry a group of criteria.',
        ),
      ),
    })
    .check(
      z.superRefine((e, ctx) => {
        if (e.criteria) {
          if (e.scale !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: ['scale'],
              message:
                'a group has no scale of its own; put scale on its criteria or on the tender',
            });
          if (e.price !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: ['price'],
              message: 'a group is not scored itself; put price: true on one of its criteria',
            });
          if (e.weight !== undefined) {
            const sum = e.criteria.reduce(
              (s, c) => s + (typeof c.weight === 'number' ? c.weight : 0),
              0,
            );
            if (Math.abs(sum - e.weight) > 1e-9 * Math.max(1, Math.abs(sum))) {
              ctx.addIssue({
                code: 'custom',
                path: ['weight'],
                message: `group weight ${e.weight} differs from the sum of its criteria's weights (${sum}); a group's weight is that sum, so leave it out or correct it`,
              });
            }
          }
          if (e.value !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: ['value'],
              message: t('methods.groupValue'),
            });
        }
      }),
    ),
  'A criterion { id, name, weight }, or a group { id, name, criteria: [...] }.',
);

const motivation = z.optional(
  described(
    z.string().check(z.trim(), z.minLength(1)),
    'Why the bid earned this score: the motivation that goes into the award letters and the evaluation report (needed for `inkoop award` on every scored criterion of a ranked bid).',
  ),
);

/** A score: a number on the scale, or a label of a labelled scale. */
const oneScore = z.union([z.number(), z.string().check(z.trim(), z.minLength(1))]);

const scoreValue = z.union(
  [
    oneScore,
    described(
      z.null(),
      'Not scored yet (`~` or empty): a placeholder; the tender cannot be scored until it is filled in.',
    ),
    z.array(oneScore).check(z.minLength(1)),
    described(z.strictObject({ score: oneScore, motivation }), 'A score with its motivation.'),
    described(
      z.strictObject({
        evaluators: z.array(oneScore).check(z.minLength(1)),
        consensus: z.optional(
          described(
            oneScore,
            "The score the panel agreed on after discussion; it counts instead of the evaluators' mean.",
          ),
        ),
        motivation,
      }),
      "A panel's scores, with an optional consensus score and the motivation.",
    ),
  ],
  {
    error:
      'a score is a number, a list of numbers (one per evaluator), { score, motivation } or { evaluators: [...], consensus, motivation }, like 7, [6, 7, 8] or { score: 7, motivation: "..." }',
  },
);

const bidCore = z.strictObject({
  vendor: described(
    z.string().check(z.trim(), z.minLength(1)),
    'Name of the bidder; unique within the tender.',
  ),
  price: z.optional(
    amount(
      'price',
      "The bid's price in euros (excluding VAT), more than 0. Give either price or tco.",
      false,
      (v) =>
        `; the relative price formula (weight x lowest price / price) divides by the price${v === 0 ? ', so 0 would divide by zero' : ''}`,
    ),
  ),
  tco: z.optional(
    described(
      z.strictObject({
        file: text('A costs file for `inkoop tco`, relative to the file this bid is in.'),
        option: text(
          "Name of the option in that costs file whose net present value is the bid's price.",
        ),
      }),
      'Take the price from `inkoop tco`: the net present value of an option in a costs file.',
    ),
  ),
  knockouts: z.optional(
    described(
      z.record(
        z.string(),
        z.boolean({ error: 'answer a knock-out with true (met) or false (not met)' }),
      ),
      'Whether the bid meets each knock-out requirement of the tender: true or false. A requirement that is false or missing excludes the bid.',
    ),
  ),
  scores: z.optional(
    described(
      z.record(z.string(), scoreValue),
      'Score per criterion id, from 0 to the scale: a number, a list with one number per evaluator (their mean counts), { score, motivation }, or { evaluators, consensus, motivation } (the consensus counts). Every criterion except price criteria needs one.',
    ),
  ),
});

/** A bid's entry for one lot: what a bid gives in a tender without lots, except the vendor. */
const lotBidSchema = described(
  z.omit(bidCore, { vendor: true }),
  "The bid on one lot: its price (or tco), scores and the answers to that lot's knock-out requirements.",
);

export const bidSchema = described(
  z.extend(bidCore, {
    lots: z.optional(
      described(
        z.record(z.string(), lotBidSchema),
        'In a tender with lots: per lot id the bid on that lot, { price | tco, scores, knockouts }. A bid takes part in the lots it names.',
      ),
    ),
  }),
  'A bid.',
);

const priceSchema = described(
  z.strictObject({
    method: z._default(
      described(
        z.enum(['relative', 'bounds', 'log']),
        'relative (default): weight x lowest price / price. bounds: weight x (worst - price) / (worst - best), between 0 and the weight. log: weight x max(0, 1 - ln(price / lowest price) / ln(factor)).',
      ),
      'relative',
    ),
    factor: z.optional(
      described(
        z.number().check(
          z.superRefine((v, ctx) => {
            if (!(v > 1 && v <= 1000))
              ctx.addIssue({
                code: 'custom',
                input: v,
                message: t('methods.factorRange', { value: String(v) }),
              });
          }),
          z.meta({ exclusiveMinimum: 1, maximum: 1000 }),
        ),
        'log: the ratio to the lowest valid price at which a bid earns no price points (default 2, more than 1).',
      ),
    ),
    best: z.optional(
      amount('best', 'bounds: a price at or below this earns all points (euros).', true),
    ),
    worst: z.optional(amount('worst', 'bounds: a price at or above this earns no points (euros).')),
    budget: z.optional(amount('budget', 'Ceiling in euros: a bid priced above it is excluded.')),
  }),
  'How price criteria are scored, and an optional budget ceiling.',
);

const isoDate = (description: string) =>
  described(
    z.string().check(
      z.refine(
        (v) =>
          /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
        {
          error: 'a date is written YYYY-MM-DD, like 2027-04-07, and must exist',
        },
      ),
    ),
    description,
  );

const tieRuleSchema = z.union(
  [
    described(
      z.strictObject({
        highest: text('A criterion or group id: the bid with the most points on it wins.'),
      }),
      'The tied bid with the most points on this criterion or group ranks first.',
    ),
    described(
      z.strictObject({
        lowest: z.literal('price', { error: 'lowest: takes price, as in { lowest: price }' }),
      }),
      'The tied bid with the lowest price ranks first.',
    ),
    described(
      z.strictObject({
        lot: z.strictObject({
          winner: text('The vendor whose lot was drawn.'),
          drawn_on: isoDate('The day the lots were drawn, YYYY-MM-DD.'),
          by: text('Who drew the lots, and in whose presence (a notary, say).'),
        }),
      }),
      'The outcome of drawing lots, recorded after the draw.',
    ),
  ],
  {
    error:
      'a tie-break rule is { highest: <criterion or group id> }, { lowest: price } or { lot: { winner, drawn_on, by } }',
  },
);

const awardSchema = described(
  z.strictObject({
    authority: z.strictObject({
      name: text('The contracting authority, as it signs the award decision.'),
      address: z.optional(z.array(z.string().check(z.trim(), z.minLength(1)))),
    }),
    reference: z.optional(text("The tender's reference (kenmerk).")),
    contact: z.optional(text('Who bidders contact with questions (name, e-mail, telephone).')),
    signatory: z.optional(
      z.strictObject({
        name: text('Who signs the letters.'),
        role: z.optional(text('Their role, e.g. "inkoopadviseur".')),
      }),
    ),
    dispatch_date: z.optional(
      isoDate('The day the award decision is sent (YYYY-MM-DD); or `inkoop award --date`.'),
    ),
    standstill_days: z._default(
      described(
        z.number().check(
          z.int({ error: 'standstill_days is a whole number of calendar days' }),
          z.minimum(20, {
            error:
              'standstill_days: the Aanbestedingswet 2012 (art. 2.127) asks at least 20 calendar days',
          }),
          z.maximum(365, { error: 'standstill_days: at most 365' }),
        ),
        'The standstill period in calendar days (default 20, Aanbestedingswet 2012 art. 2.127).',
      ),
      20,
    ),
    extra_holidays: z.optional(
      z.array(isoDate('A day to treat as a holiday for the standstill period, YYYY-MM-DD.')),
    ),
    remedies: z.optional(
      text(
        'The remedies paragraph of the letters; default: summary proceedings (kort geding) before the end of the standstill period.',
      ),
    ),
  }),
  'The award decision: who sends it, when, and the standstill period (inkoop award).',
);

const lotSchema = described(
  z.strictObject({
    id: id('lot'),
    name: text('Name of the lot as it appears in the reports and letters.'),
    criteria: z.optional(
      described(
        z.array(entrySchema).check(z.minLength(1)),
        "The lot's award criteria, instead of the tender's.",
      ),
    ),
    price: z.optional(priceSchema),
    budget: z.optional(
      amount('budget', "The lot's ceiling in euros: a bid on the lot priced above it is excluded."),
    ),
    knockouts: z.optional(
      described(
        z.array(z.string().check(z.trim(), z.minLength(1))),
        "The lot's knock-out requirements, instead of the tender's.",
      ),
    ),
    tie_break: z.optional(
      described(
        z.array(tieRuleSchema).check(z.minLength(1)),
        "The lot's tie-break rules, instead of the tender's.",
      ),
    ),
  }),
  'A lot (perceel): id and name; criteria, price, budget, knockouts and tie_break replace the tender-level setting for this lot.',
);

const tenderObject = z.strictObject({
  title: z.optional(described(z.string(), 'Title of the tender, shown in the report.')),
  method: z.optional(
    described(
      z.enum(AWARD_METHODS),
      'The award method (default weighted): weighted (points), fictitious_price (price minus the value of quality in euros), price_per_point, utility_index (value for money), lowest_price, lowest_cost (net present value of the tco link, or the price). See docs/methods.md.',
    ),
  ),
  scale: z._default(
    scaleSpec(
      'Scores run from 0 to this number (default 10), or a labelled scale for every criterion without its own.',
    ),
    10,
  ),
  quality_min: z.optional(
    described(
      z.number(),
      'Minimum total of quality points (the points of every criterion that is not a price criterion); a bid below it is excluded.',
    ),
  ),
  criteria: z.optional(
    described(
      z.array(entrySchema).check(z.minLength(1)),
      'Award criteria and groups. Default: the model of NeRDS principle 12 (run `inkoop criteria`).',
    ),
  ),
  price: z.optional(priceSchema),
  knockouts: z.optional(
    described(
      z.array(z.string().check(z.trim(), z.minLength(1))),
      'Knock-out requirements (minimum eisen) every bid must meet.',
    ),
  ),
  bids: described(
    z.array(bidSchema).check(z.minLength(1)),
    'The bids. In a tender folder they may also be files of their own.',
  ),
  evaluators: z.optional(
    described(
      z.array(z.string().check(z.trim(), z.minLength(1))).check(z.minLength(1)),
      'The evaluators, in order: `inkoop forms` writes a score form for each, and `inkoop score --scores` takes their scores in this order (a form by "consensus" holds the panel\'s consensus).',
    ),
  ),
  tie_break: z.optional(
    described(
      z.array(tieRuleSchema).check(z.minLength(1)),
      'Rules applied in order only when the first place is tied: { highest: <criterion or group id> }, { lowest: price }, and last { lot: { winner, drawn_on, by } } once lots were drawn. inkoop never draws lots itself.',
    ),
  ),
  award: z.optional(awardSchema),
  lots: z.optional(
    described(
      z.array(lotSchema).check(z.minLength(1)),
      'Lots (percelen), each scored and awarded on its own. A lot inherits every tender-level setting it does not override.',
    ),
  ),
  max_lots_per_bidder: z.optional(
    described(
      z
        .number()
        .check(
          z.int({ error: 'max_lots_per_bidder is a whole number of lots, 1 or more' }),
          z.minimum(1, { error: 'max_lots_per_bidder is a whole number of lots, 1 or more' }),
        ),
      'The most lots one bidder may win: a bidder that already won this many is passed over and the next-ranked bid wins the lot.',
    ),
  ),
  lot_order: z.optional(
    described(
      z.array(z.string()),
      'The order in which the lots are awarded (every lot id once); default the order of lots.',
    ),
  ),
});

export type TenderDocument = z.output<typeof tenderObject>;
export type TenderBid = z.output<typeof bidSchema>;

/** The tender file: shape and cross-field checks. */
export const tenderFileSchema = described(
  tenderObject.clone().check(z.superRefine((doc, ctx) => checkTender(doc, ctx))),
  'A tender: award criteria, and the bids scored against them (inkoop score).',
);

type Ctx = z.core.$RefinementCtx<unknown>;

function issue(ctx: Ctx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

/** A labelled scale as the schema reads it. */
export type ScaleLabelInput = { label: string | number; points?: number; share?: number };

/** A scale's maximum: the number itself, or a labelled scale's highest points (or share). */
export function scaleMax(spec: number | readonly ScaleLabelInput[]): number {
  if (typeof spec === 'number') return spec;
  let max = -Infinity;
  for (const l of spec) {
    const v = l.points ?? l.share;
    if (typeof v === 'number' && v > max) max = v;
  }
  return max;
}

/** The methods that add up weighted points and so need a weight on every criterion. */
export const METHODS_WITH_WEIGHTS: readonly string[] = [
  'weighted',
  'price_per_point',
  'utility_index',
];

/** The criteria a method uses when the tender gives none: the default model, or none at all. */
export function defaultCriteriaFor(method: string | undefined): readonly CriteriaEntry[] {
  return method === undefined || METHODS_WITH_WEIGHTS.includes(method)
    ? (DEFAULT_CRITERIA as CriteriaEntry[])
    : [];
}

interface CriterionInfo {
  price: boolean;
  scale: number;
  name: string;
  labels: string[] | null;
  /** Whether a bid needs a score on it (methods without points need scores only where a minimum or a value uses them). */
  needed: boolean;
}

/** Checks a labelled scale: one kind (points or share) for every label, labels unique, a maximum above 0. */
function checkLabels(spec: unknown, path: (string | number)[], ctx: Ctx, method: string): void {
  if (!Array.isArray(spec)) return;
  const seen = new Set<string>();
  let kind: 'points' | 'share' | null = null;
  spec.forEach((l, i) => {
    if (!l || typeof l !== 'object') return;
    const o = l as ScaleLabelInput;
    if (o.label === undefined) return;
    const text = labelText(o.label);
    if (seen.has(text))
      issue(ctx, [...path, i, 'label'], t('methods.labelDuplicate', { label: text }));
    seen.add(text);
    const has = (o.points !== undefined ? 1 : 0) + (o.share !== undefined ? 1 : 0);
    if (has !== 1) {
      issue(ctx, [...path, i], t('methods.labelNeedsOne', { label: text }));
      return;
    }
    const k = o.points !== undefined ? 'points' : 'share';
    if (kind === null) kind = k;
    else if (kind !== k) issue(ctx, [...path, i, k], t('methods.labelMixed'));
    if (k === 'share' && method !== 'fictitious_price')
      issue(ctx, [...path, i, 'share'], t('methods.shareOnlyFictitious', { method }));
  });
  if (!(scaleMax(spec as ScaleLabelInput[]) > 0)) issue(ctx, path, t('methods.labelMaxZero'));
}

/** A refinement context whose problems go to `add` (a lot's problems, located in the tender file). */
function lotCtx(add: AddIssue): Ctx {
  return {
    addIssue: (i: { path?: PropertyKey[]; message?: string }) =>
      add((i.path ?? []) as (string | number)[], i.message ?? ''),
  } as unknown as Ctx;
}

/** Cross-field checks of a tender; they also run on a document that has other problems, so every value is checked for its type. */
function checkTender(doc: TenderDocument, ctx: Ctx): void {
  const add: AddIssue = (path, message) => issue(ctx, path, message);
  // A tender with lots: each lot is checked as a tender of its own (src/score/lots-expand.ts).
  if (hasLots(doc)) {
    checkLots(doc, add, (lot, addLot) => checkTender(lot, lotCtx(addLot)));
    return;
  }
  checkLots(doc, add, () => {});
  const method = typeof doc.method === 'string' ? doc.method : 'weighted';
  const weighted = METHODS_WITH_WEIGHTS.includes(method);
  const tenderSpec = doc.scale as unknown;
  const tenderLabels = Array.isArray(tenderSpec)
    ? (tenderSpec as ScaleLabelInput[]).map((l) => labelText(l?.label ?? ''))
    : null;
  if (tenderLabels) checkLabels(tenderSpec, ['scale'], ctx, method);
  const tenderScale =
    typeof tenderSpec === 'number' && tenderSpec > 0
      ? tenderSpec
      : Array.isArray(tenderSpec)
        ? scaleMax(tenderSpec as ScaleLabelInput[])
        : 10;
  const entries: CriteriaEntry[] = Array.isArray(doc.criteria)
    ? (doc.criteria as CriteriaEntry[])
    : (defaultCriteriaFor(method) as CriteriaEntry[]);
  const ownCriteria = Array.isArray(doc.criteria);
  const hasQualityMin = typeof doc.quality_min === 'number';

  // Ids: unique over groups and criteria; weights not all zero.
  const seen = new Map<string, string>();
  const criteria = new Map<string, CriterionInfo>();
  // The sum of the criteria's weights: the most points a bid can earn.
  let total = 0;
  let anyWeight = false;
  let priceWeight = 0;
  let qualityWeight = 0;
  let quality = 0;
  entries.forEach((e, i) => {
    if (!e || typeof e !== 'object') return;
    const at = (...rest: (string | number)[]) => ['criteria', i, ...rest];
    const note = (cid: unknown, path: (string | number)[]) => {
      if (typeof cid !== 'string') return;
      const prev = seen.get(cid.toLowerCase());
      if (prev !== undefined)
        issue(
          ctx,
          path,
          `duplicate id "${cid}": ${prev} has it already; ids must be unique over groups and criteria`,
        );
      else
        seen.set(
          cid.toLowerCase(),
          `criteria${path
            .slice(1)
            .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
            .join('')}`,
        );
    };
    note(e.id, at('id'));
    const children = (e as { criteria?: unknown }).criteria;
    const isGroup = Array.isArray(children);
    const list = isGroup ? (children as CriteriaEntry[]) : [e];
    // A minimum on a group is in points: it needs weights.
    const groupMin = isGroup ? (e as { min?: unknown }).min : undefined;
    if (groupMin !== undefined) {
      if (typeof groupMin !== 'number') issue(ctx, at('min'), t('methods.groupMinNumber'));
    }
    list.forEach((c, j) => {
      if (!c || typeof c !== 'object') return;
      const cat = (...rest: (string | number)[]) =>
        isGroup ? at('criteria', j, ...rest) : at(...rest);
      if (isGroup) note(c.id, at('criteria', j, 'id'));
      const w = (c as { weight?: unknown }).weight;
      if (typeof w === 'number' && w >= MIN_WEIGHT && w <= MAX_POINTS) total += w;
      const isPrice = (c as { price?: unknown }).price === true;
      if (w !== undefined) anyWeight = true;
      if (typeof w === 'number') {
        if (isPrice) priceWeight += w;
        else qualityWeight += w;
      }
      if (!isPrice) quality++;
      const needsWeight = weighted || groupMin !== undefined || hasQualityMin;
      if (w === undefined && needsWeight && ownCriteria) {
        issue(
          ctx,
          cat('weight'),
          isGroup || method !== 'weighted'
            ? t('methods.weightRequired', { method })
            : 'weight: is required (a number of points, 0 or more); or give criteria to make this a group',
        );
      }
      const s = (c as { scale?: unknown }).scale;
      if (Array.isArray(s)) checkLabels(s, cat('scale'), ctx, method);
      const labels = Array.isArray(s)
        ? (s as ScaleLabelInput[]).map((l) => labelText(l?.label ?? ''))
        : typeof s === 'number'
          ? null
          : tenderLabels;
      const cScale =
        typeof s === 'number' && s > 0
          ? s
          : Array.isArray(s)
            ? scaleMax(s as ScaleLabelInput[])
            : tenderScale;
      const value = (c as { value?: unknown }).value;
      if (method === 'fictitious_price' && !isPrice && value === undefined && ownCriteria)
        issue(ctx, cat('value'), t('methods.valueRequired'));
      const min = (c as { min?: unknown }).min;
      if (min !== undefined && isPrice) issue(ctx, cat('min'), t('methods.minOnPrice'));
      else if (min !== undefined && isGroup) {
        // A criterion's minimum: a score on its scale or one of its labels.
        if (labels) {
          if (!labels.includes(labelText(min as string | number)))
            issue(
              ctx,
              cat('min'),
              t('methods.unknownLabel', {
                label: labelText(min as string | number),
                criterion: String(c.id),
                labels: labels.map((l) => `"${l}"`).join(', '),
              }),
            );
        } else if (typeof min !== 'number' || !(min >= 0 && min <= cScale))
          issue(
            ctx,
            cat('min'),
            t('methods.minOutside', { min: String(min), scale: String(cScale) }),
          );
      }
      if (typeof c.id === 'string') {
        criteria.set(c.id, {
          price: isPrice,
          scale: cScale,
          name: typeof c.name === 'string' ? c.name : c.id,
          labels,
          needed:
            weighted ||
            method === 'fictitious_price' ||
            min !== undefined ||
            groupMin !== undefined ||
            hasQualityMin,
        });
      }
    });
    // A top-level criterion's own minimum (list === [e]).
    if (!isGroup) {
      const min = (e as { min?: unknown }).min;
      const info = typeof e.id === 'string' ? criteria.get(e.id) : undefined;
      if (min !== undefined && info && !info.price) {
        if (info.labels) {
          if (!info.labels.includes(labelText(min as string | number)))
            issue(
              ctx,
              at('min'),
              t('methods.unknownLabel', {
                label: labelText(min as string | number),
                criterion: String(e.id),
                labels: info.labels.map((l) => `"${l}"`).join(', '),
              }),
            );
        } else if (typeof min !== 'number' || !(min >= 0 && min <= info.scale))
          issue(
            ctx,
            at('min'),
            t('methods.minOutside', { min: String(min), scale: String(info.scale) }),
          );
      }
    }
  });
  if (ownCriteria && total > MAX_POINTS) {
    issue(
      ctx,
      ['criteria'],
      t('input.pointsTotal', { total: String(total), max: String(MAX_POINTS) }),
    );
  }
  // What each method needs.
  if (ownCriteria && method === 'utility_index') {
    if (!(priceWeight > 0)) issue(ctx, ['criteria'], t('methods.needsPriceCriterion'));
    if (!(qualityWeight > 0)) issue(ctx, ['criteria'], t('methods.needsQuality', { method }));
  }
  if (ownCriteria && method === 'price_per_point' && !(qualityWeight > 0))
    issue(ctx, ['criteria'], t('methods.needsQuality', { method }));
  if (hasQualityMin && quality === 0)
    issue(ctx, ['quality_min'], t('methods.qualityMinNoCriteria'));
  if (hasQualityMin && !(doc.quality_min! >= 0 && doc.quality_min! <= qualityWeight))
    issue(
      ctx,
      ['quality_min'],
      t('methods.qualityMinRange', {
        min: String(doc.quality_min),
        max: String(qualityWeight),
      }),
    );
  void anyWeight;
  if (doc.price && typeof doc.price === 'object' && doc.price.factor !== undefined) {
    if ((doc.price.method ?? 'relative') !== 'log')
      issue(ctx, ['price', 'factor'], t('methods.factorOnlyLog'));
  }

  // Price method.
  const price = doc.price;
  if (price && typeof price === 'object') {
    const method = price.method ?? 'relative';
    if (method === 'bounds') {
      if (price.best === undefined)
        issue(
          ctx,
          ['price'],
          'method bounds needs best: the price (in euros) at or below which a bid earns all price points',
        );
      if (price.worst === undefined)
        issue(
          ctx,
          ['price'],
          'method bounds needs worst: the price (in euros) at or above which a bid earns no price points',
        );
      if (
        typeof price.best === 'number' &&
        typeof price.worst === 'number' &&
        !(price.best < price.worst)
      ) {
        issue(
          ctx,
          ['price', 'worst'],
          `method bounds needs best < worst, got best ${price.best} and worst ${price.worst}; the formula divides by (worst - best)`,
        );
      }
    } else {
      for (const key of ['best', 'worst'] as const) {
        if (price[key] !== undefined)
          issue(
            ctx,
            ['price', key],
            `${key} belongs to method: bounds; the relative method compares each price with the lowest price. Add "method: bounds" or remove ${key}`,
          );
      }
    }
  }

  // Knock-out requirements.
  const requirements = new Set<string>();
  const reqList: string[] = [];
  (Array.isArray(doc.knockouts) ? doc.knockouts : []).forEach((r, i) => {
    if (typeof r !== 'string') return;
    if (requirements.has(r)) issue(ctx, ['knockouts', i], `duplicate knock-out requirement "${r}"`);
    requirements.add(r);
    reqList.push(r);
  });

  // Bids.
  const vendors = new Map<string, number>();
  const ids = [...criteria.keys()];
  (Array.isArray(doc.bids) ? doc.bids : []).forEach((bid, b) => {
    if (!bid || typeof bid !== 'object') return;
    const at = (...rest: (string | number)[]) => ['bids', b, ...rest];
    if (typeof bid.vendor === 'string' && bid.vendor.trim()) {
      const key = bid.vendor.trim().toLowerCase();
      const prev = vendors.get(key);
      if (prev !== undefined)
        issue(
          ctx,
          at('vendor'),
          `duplicate vendor "${bid.vendor}": bid ${prev + 1} has the same vendor; every vendor bids once`,
        );
      else vendors.set(key, b);
    }
    const hasPrice = bid.price !== undefined;
    const hasTco = bid.tco !== undefined;
    if (hasPrice && hasTco) issue(ctx, at('tco'), 'give either price or tco, not both');
    if (!hasPrice && !hasTco)
      issue(
        ctx,
        at(),
        `bid "${bid.vendor ?? b + 1}" has no price: add price (in euros) or tco: { file, option }`,
      );

    if (bid.knockouts && typeof bid.knockouts === 'object') {
      for (const req of Object.keys(bid.knockouts)) {
        if (!requirements.has(req)) {
          issue(
            ctx,
            at('knockouts', req),
            reqList.length
              ? `unknown knock-out requirement "${req}"${didYouMean(req, reqList)}; the tender's knockouts are: ${reqList.map((r) => `"${r}"`).join(', ')}`
              : `unknown knock-out requirement "${req}": the tender lists no knockouts; add it to the tender's knockouts list`,
          );
        }
      }
    }

    if (bid.scores && typeof bid.scores === 'object') {
      for (const [cid, value] of Object.entries(bid.scores)) {
        const c = criteria.get(cid);
        if (!c) {
          issue(
            ctx,
            at('scores', cid),
            `unknown criterion "${cid}"${didYouMean(cid, ids)}; the criteria are: ${ids.join(', ')}${ownCriteria ? '' : ' (the default model; run `inkoop criteria`)'}`,
          );
          continue;
        }
        if (c.price) {
          issue(
            ctx,
            at('scores', cid),
            `criterion "${cid}" is scored from the bid's price (price: true); remove it from scores`,
          );
          continue;
        }
        const check = (v: unknown, path: (string | number)[]) => {
          if (c.labels) {
            if (
              (typeof v === 'number' || typeof v === 'string') &&
              !c.labels.includes(labelText(v))
            )
              issue(
                ctx,
                path,
                t('methods.unknownLabel', {
                  label: labelText(v),
                  criterion: cid,
                  labels: c.labels.map((l) => `"${l}"`).join(', '),
                }),
              );
          } else if (typeof v === 'string')
            issue(ctx, path, t('methods.labelWithoutScale', { label: v, criterion: cid }));
          else if (typeof v === 'number' && !(v >= 0 && v <= c.scale)) {
            issue(ctx, path, `score ${v} is outside 0..${c.scale} (the scale of "${cid}")`);
          }
        };
        if (Array.isArray(value)) {
          for (const [k, v] of value.entries()) check(v, at('scores', cid, k));
        } else if (value && typeof value === 'object') {
          const o = value as { score?: unknown; evaluators?: unknown; consensus?: unknown };
          if ('score' in o) check(o.score, at('scores', cid, 'score'));
          if (Array.isArray(o.evaluators)) {
            for (const [k, v] of o.evaluators.entries())
              check(v, at('scores', cid, 'evaluators', k));
          }
          if ('consensus' in o) check(o.consensus, at('scores', cid, 'consensus'));
        } else check(value, at('scores', cid));
      }
    }
  });

  // Tie-break rules: known ids, a lot drawn for a bidder, the draw last.
  const entryIds: string[] = [];
  for (const e of entries) {
    if (!e || typeof e !== 'object') continue;
    if (typeof e.id === 'string') entryIds.push(e.id);
    const children = (e as { criteria?: unknown }).criteria;
    if (Array.isArray(children))
      for (const c of children as CriteriaEntry[])
        if (c && typeof c.id === 'string') entryIds.push(c.id);
  }
  const rules = Array.isArray(doc.tie_break) ? doc.tie_break : [];
  rules.forEach((r, i) => {
    if (!r || typeof r !== 'object') return;
    if ('highest' in r && typeof r.highest === 'string' && !entryIds.includes(r.highest))
      issue(
        ctx,
        ['tie_break', i, 'highest'],
        `unknown criterion or group "${r.highest}"${didYouMean(r.highest, entryIds)}; the ids are: ${entryIds.join(', ')}`,
      );
    if ('lot' in r && r.lot && typeof r.lot === 'object') {
      if (i !== rules.length - 1)
        issue(ctx, ['tie_break', i], 'a drawing of lots decides everything: put it last');
      const w = r.lot.winner;
      if (typeof w === 'string' && !vendors.has(w.trim().toLowerCase()))
        issue(
          ctx,
          ['tie_break', i, 'lot', 'winner'],
          `"${w}" is not a vendor of this tender; the lot names the bidder that was drawn`,
        );
    }
  });
}
