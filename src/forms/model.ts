/**
 * Evaluators' score forms (`inkoop forms`): what a form holds, where, and in
 * which words. One workbook per evaluator: an instructions sheet that names
 * the evaluator, then a sheet per lot (a tender without lots is one lot) with
 * one row per bid and scored criterion, every bid listed, a score cell with
 * the scale as a drop-down and a motivation cell; everything else is
 * protected. Prices are never in a form: quality is scored blind to price.
 *
 * The layout is fixed (FORM_LAYOUT), so that src/input/forms.ts can read a
 * filled form back and check every cell against the tender. Pure: data in,
 * a Workbook (src/lib/xlsx.ts) out.
 */
import { slug } from '../lib/text.js';
import { translator } from '../i18n/index.js';
import { formatPlain, type Lang, LANGS } from '../lib/i18n.js';
import { sheetName, type Validation, type Workbook, type XSheet } from '../lib/xlsx.js';

/** A criterion's scale: a range of numbers, or labels that stand for values. */
export type FormScale =
  | { kind: 'range'; min: number; max: number; integer?: boolean }
  | { kind: 'labels'; labels: { label: string; value: number }[] };

export interface FormCriterion {
  id: string;
  name: string;
  scale: FormScale;
}

/** One lot; a tender without lots is one lot with id null. */
export interface FormLot {
  id: string | null;
  name: string | null;
  criteria: FormCriterion[];
  /** The vendors that bid on the lot, in the tender's order. */
  bids: string[];
  /** Per vendor of `bids`: the bid's index in the tender's bids. */
  bidIndexes: number[];
}

export interface FormInput {
  title: string | null;
  evaluator: string;
  lots: FormLot[];
}

/** Where things are on a form (1-based rows and columns). */
export const FORM_LAYOUT = {
  /** On the instructions sheet: the evaluator's name. */
  evaluatorRow: 2,
  evaluatorCol: 2,
  /** On a lot sheet: the header row, then one row per bid and criterion. */
  headerRow: 1,
  firstRow: 2,
  vendorCol: 1,
  criterionIdCol: 2,
  criterionCol: 3,
  scaleCol: 4,
  scoreCol: 5,
  motivationCol: 6,
} as const;

/** The name of the evaluator whose form holds the panel's consensus score and motivation. */
export const CONSENSUS = 'consensus';

/** The instructions sheet's name in a language. */
export function instructionsSheet(lang: Lang): string {
  return translator(lang)('forms.sheet.instructions');
}

/** A lot's sheet name in a language as wanted: "Beoordeling", or "Perceel <id>" with lots. */
function lotSheet(lot: { id: string | null }, lang: Lang): string {
  const t = translator(lang);
  return lot.id === null ? t('forms.sheet.scores') : t('forms.sheet.lot', { lot: lot.id });
}

/**
 * The lots' sheet names in a language, as Excel accepts them: without
 * `[]:*?/\`, at most 31 characters, unique in the workbook (a lot id such as
 * "ICT/werkplekken 2027-2031 noord-oost" is shortened and made unique).
 */
export function lotSheets(lots: readonly { id: string | null }[], lang: Lang): string[] {
  const taken = new Set([instructionsSheet(lang).toLowerCase()]);
  return lots.map((lot) => sheetName(lotSheet(lot, lang), taken));
}

/** Per lot, the names its sheet may have (a form made in either language reads). */
export function lotSheetNames(lots: readonly { id: string | null }[]): string[][] {
  const each = LANGS.map((l) => lotSheets(lots, l));
  return lots.map((_, i) => [...new Set(each.map((names) => names[i]!))]);
}

export function instructionsSheetNames(): string[] {
  return [...new Set(LANGS.map(instructionsSheet))];
}

/** A file name for an evaluator: lower case letters, digits and hyphens ("Anna de Vries" -> anna-de-vries). */
export function evaluatorSlug(name: string): string {
  return slug(name, 'beoordelaar');
}

/** The scale in words: "0 tot en met 10" or "goed (8), voldoende (6)". */
export function scaleText(scale: FormScale, lang: Lang): string {
  const t = translator(lang);
  if (scale.kind === 'labels') return scale.labels.map((l) => l.label).join(' / ');
  return t('forms.scaleRange', {
    min: formatPlain(scale.min, lang),
    max: formatPlain(scale.max, lang),
  });
}

function validation(scale: FormScale, lang: Lang): Validation {
  const t = translator(lang);
  if (scale.kind === 'labels')
    return {
      kind: 'list',
      values: scale.labels.map((l) => l.label),
      prompt: t('forms.promptLabels'),
      error: t('forms.errorLabels', { labels: scaleText(scale, lang) }),
    };
  return {
    kind: 'range',
    min: scale.min,
    max: scale.max,
    integer: scale.integer === true,
    prompt: t('forms.promptRange', { scale: scaleText(scale, lang) }),
    error: t('forms.errorRange', { scale: scaleText(scale, lang) }),
  };
}

/** The workbook of one evaluator's form. */
export function formWorkbook(input: FormInput, lang: Lang): Workbook {
  const t = translator(lang);
  const title = input.title ?? t('forms.untitled');
  const rows = input.lots.reduce((n, l) => n + l.bids.length * l.criteria.length, 0);
  const names = lotSheets(input.lots, lang);
  const instructions: XSheet = {
    name: instructionsSheet(lang),
    tables: [
      {
        header: [t('forms.instructions.title'), title],
        rows: [
          [t('forms.instructions.evaluator'), input.evaluator],
          [t('forms.instructions.rows'), rows],
          ...[
            t('forms.instructions.how1'),
            t('forms.instructions.how2'),
            t('forms.instructions.how3'),
            t('forms.instructions.how4'),
            t('forms.instructions.how5'),
          ].map((line) => ['', line]),
          // With lots: which sheet holds which lot.
          ...(input.lots.some((lot) => lot.id !== null)
            ? input.lots.map((lot, i) => [names[i]!, lot.name ?? ''])
            : []),
        ],
      },
    ],
    widths: [22, 100],
    protect: true,
  };
  const lots = input.lots.map((lot, i): XSheet => {
    const body = [];
    const validations: Validation[] = [];
    for (const vendor of lot.bids)
      for (const c of lot.criteria) {
        body.push([vendor, c.id, c.name, scaleText(c.scale, lang), null, null]);
        validations.push(validation(c.scale, lang));
      }
    return {
      name: names[i]!,
      lines: [],
      tables: [
        {
          header: [
            t('forms.col.vendor'),
            t('forms.col.criterionId'),
            t('forms.col.criterion'),
            t('forms.col.scale'),
            t('forms.col.score'),
            t('forms.col.motivation'),
          ],
          rows: body,
          editable: [FORM_LAYOUT.scoreCol - 1, FORM_LAYOUT.motivationCol - 1],
          rowValidation: validations.map((v) => ({ [FORM_LAYOUT.scoreCol - 1]: v })),
        },
      ],
      widths: [30, 18, 36, 22, 10, 80],
      protect: true,
      freezeHeader: true,
    };
  });
  return { title, sheets: [instructions, ...lots] };
}
