/**
 * The library entry: what a program needs to use inkoop's work without the
 * command line: the loaders (principle pages, tender and costs files), the
 * computations (TCO, scores, robustness, design, scaffolding), the file
 * schemas and their types, and the renderers of each result. Internals
 * (tie tolerances, ranking steps, exact-decimal helpers) stay private.
 *
 *   import { loadPrinciple, readTender, scoreRead } from 'inkoop';
 */
export { parsePrinciple } from './content/parse.js';
export {
  loadPrinciple,
  resolveSlug,
  bundledContentDir,
  type LoadOptions,
  type Loaded,
} from './content/load.js';
export { renderOverview, renderRole, sortedRoles } from './content/render.js';
export { CATALOG, type CatalogEntry } from './content/catalog.js';
export { ROLE_KEYS, roleKey, type RoleKey, type Priority } from './content/roles.js';
export type * from './content/types.js';
export { UserError, InputError, ExitCode, type Problem } from './lib/errors.js';
export {
  readTender,
  scoreRead,
  scoreReadLots,
  type ReadTenderOptions,
  type TenderRead,
} from './input/tender.js';
export { readCostsFile, computeFile, type CostsOverrideFlags } from './input/costs.js';
export { readAnswersFile } from './input/answers.js';
export type { Lang } from './lib/i18n.js';
export { tenderFileSchema, type TenderDocument, type TenderBid } from './score/schema.js';
export {
  DEFAULT_CRITERIA,
  defaultCriteria,
  flattenCriteria,
  localizedName,
  criteriaSets,
  type Criterion,
  type CriterionGroup,
  type CriteriaEntry,
  type CriteriaSet,
  type FlatCriterion,
  type FlatGroup,
} from './score/criteria.js';
export {
  scoreTender,
  resolveTender,
  scoreResolved,
  TenderInputError,
  type ScoreResult,
  type BidResult,
  type ScoreLine,
  type ResolvedTender,
  type ResolvedBid,
  type ExclusionReason,
  type SpreadWarning,
  type PriceMethod,
  type PriceSource,
  type ResolveOptions,
  type TenderIssue,
} from './score/score.js';
export {
  scoreMarkdown,
  scoreJson,
  scoreCsv,
  scoreText,
  criteriaMarkdown,
  criteriaSetsMarkdown,
  criteriaText,
  criteriaJson,
  criteriaYaml,
  type ScoreJson,
  type ScoreJsonBid,
  type TextStyle,
} from './score/render.js';
export { parseTemplate, templateFrontMatterSchema } from './scaffold/template.js';
export { fillTemplate, type FillResult } from './scaffold/fill.js';
export {
  answersFileSchema,
  resolveAnswers,
  missingFields,
  missingMessage,
  exampleAnswers,
  parseSets,
  type AnswersFile,
  type AnswerInputs,
  type Resolved,
} from './scaffold/answers.js';
export { interview, InterviewCancelled, type InterviewOptions } from './scaffold/interview.js';
export type { Prompter, InputQuestion, SelectQuestion } from './lib/prompter.js';
export { checkStrategy, CHECK_ITEMS } from './scaffold/check.js';
export {
  checkTable,
  checkMarkdown,
  checkJson,
  checkView,
  type CheckView,
} from './scaffold/check-report.js';
export type {
  Template,
  Field,
  FieldType,
  Value,
  Answers,
  Localized,
  Choice,
  Validation,
  CheckResult,
  CheckItem,
  CheckStatus,
  Placeholder,
  FillSource,
  OutputMode,
  BodyLine,
  Segment,
} from './scaffold/types.js';
export { FIELD_TYPES, FILL_SOURCES } from './scaffold/types.js';
export {
  scoreHtml,
  type ScoreHtmlOptions,
  type ScoreHtmlRobustness,
  type RobustnessSection,
  type RobustnessFinding,
  type RobustnessLevel,
} from './score/html.js';
export * from './tco/index.js';
export { tcoHtml, type TcoHtmlOptions } from './tco/html.js';
export {
  analyseRobustness,
  DEFAULT_MARGIN,
  type Robustness,
  type RobustnessOptions,
  type Standing,
  type WeightTarget,
  type WeightTargetKind,
  type WeightThreshold,
  type WeightSensitivity,
  type CriterionMargin,
  type ScoreMargin,
  type Relation,
  type PairChange,
  type PairThreshold,
  type Withdrawal,
  type Addition,
  type RankReversal,
  type EvaluatorLeaveOut,
  type EvaluatorInfluence,
  type FragileReason,
} from './score/robustness.js';
export {
  robustnessView,
  robustnessText,
  robustnessMarkdown,
  robustnessJson,
  robustnessCsv,
  type RobustnessView,
  type RobustnessJson,
  type RobustnessStyle,
} from './score/robustness-render.js';
export {
  simulateDesign,
  type DesignOptions,
  type DesignReport,
  type DesignStats,
} from './score/design.js';
export { designText, designMarkdown, designJson, designCsv } from './score/design-render.js';
export {
  scoreLots,
  resolveLots,
  allocateLots,
  hasLots,
  type LotsResult,
  type LotOutcome,
  type LotAward,
  type PassedOver,
  type LotsOptions,
} from './score/lots.js';
export { lotDocument, lotDocuments, type LotDocument } from './score/lots-expand.js';
export { lotsText, lotsMarkdown, lotsJson, lotsCsv, type LotsJson } from './score/lots-render.js';
