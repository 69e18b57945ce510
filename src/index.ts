/**
 * The library entry: the pure cores of inkoop, with their types.
 *
 *   import { loadPrinciple, parsePrinciple } from 'inkoop';
 */
export { parsePrinciple, roleTab, sectionKind } from './content/parse.js';
export { loadPrinciple, resolveSlug, bundledContentDir, type LoadOptions, type Loaded } from './content/load.js';
export { renderOverview, renderRole, sortedRoles } from './content/render.js';
export { CATALOG, type CatalogEntry } from './content/catalog.js';
export { ROLE_KEYS, roleKey, type RoleKey, type Priority } from './content/roles.js';
export type * from './content/types.js';
export { UserError, InputError, ExitCode, type Problem } from './lib/errors.js';
export type { Lang } from './lib/i18n.js';
