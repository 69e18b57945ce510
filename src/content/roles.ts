/** The six NeRDS roles, their aliases and their names per language. */
import { translator } from '../i18n/index.js';
import type { Lang } from '../lib/i18n.js';

export const ROLE_KEYS = [
  'beleidsmaker',
  'cxo',
  'projectleider',
  'developer',
  'jurist',
  'inkoper',
] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Every name that means a role: NeRDS keys, tab titles, Dutch and English aliases. */
export const ROLE_ALIASES: Record<RoleKey, readonly string[]> = {
  beleidsmaker: [
    'beleidsmaker',
    'beleidsmakers',
    'policy-maker',
    'policymaker',
    'policy-makers',
    'policy',
  ],
  cxo: ['cxo', 'bestuurder', 'bestuurders', 'executive', 'executives', 'director', 'cio', 'cto'],
  projectleider: [
    'projectleider',
    'projectleiders',
    'projectmanager',
    'project-manager',
    'project-leader',
    'project-lead',
  ],
  developer: ['developer', 'developers', 'ontwikkelaar', 'ontwikkelaars', 'engineer'],
  jurist: ['jurist', 'juristen', 'lawyer', 'lawyers', 'legal'],
  inkoper: ['inkoper', 'inkopers', 'inkoopadviseur', 'buyer', 'buyers', 'procurement', 'purchaser'],
};

const BY_ALIAS = new Map<string, RoleKey>();
for (const key of ROLE_KEYS) for (const alias of ROLE_ALIASES[key]) BY_ALIAS.set(alias, key);

function normalise(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s_]+/g, '-');
}

/** The role a name means ("Bestuurder", "lawyer", "CXO/Bestuurder"), or null. */
export function roleKey(name: string): RoleKey | null {
  const n = normalise(name);
  const direct = BY_ALIAS.get(n) ?? BY_ALIAS.get(n.replace(/-/g, ''));
  if (direct) return direct;
  // Tab titles such as "CXO/Bestuurder" or "Voor beleidsmakers".
  for (const part of n.split(/[/,&+]|-en-|-and-/)) {
    const p = part.replace(/^(voor|for)-/, '').replace(/^-+|-+$/g, '');
    const hit = BY_ALIAS.get(p) ?? BY_ALIAS.get(p.replace(/-/g, ''));
    if (hit) return hit;
  }
  return null;
}

/** Every accepted role name, for suggestions. */
export function allRoleNames(): string[] {
  return [...BY_ALIAS.keys()];
}

export function roleName(key: RoleKey, lang: Lang): string {
  return translator(lang)(`content.role.${key}`);
}

export function priorityName(priority: Priority, lang: Lang): string {
  return translator(lang)(`content.priority.${priority}`);
}
