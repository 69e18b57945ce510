/** The TCO core: schema, computation, thresholds and renderers. */
export {
  costsFileSchema,
  costItemSchema,
  costOptionSchema,
  parseRate,
  CATEGORIES,
  MAX_AMOUNT,
  MAX_YEARS,
  type CostsDocument,
  type CostItem,
  type CostOption,
  type Category,
  type RateInput,
  type RateParse,
} from './schema.js';
export {
  computeTco,
  TcoRangeError,
  type TcoResult,
  type TcoOptionResult,
  type TcoItemResult,
  type TcoYear,
  type TcoOverrides,
  type TcoWarning,
} from './compute.js';
export {
  tcoJson,
  tcoText,
  tcoMarkdown,
  tcoCsv,
  tcoView,
  type TcoView,
  type TcoOptionView,
  type TcoJson,
  type TcoJsonOption,
  type TcoRenderOptions,
} from './render.js';
export {
  thresholdVerdict,
  thresholdPeriod,
  THRESHOLD_PERIODS,
  CONTRACT_TYPES,
  AUTHORITIES,
  type ThresholdVerdict,
  type ThresholdPeriod,
  type ContractType,
  type Authority,
} from './thresholds.js';
