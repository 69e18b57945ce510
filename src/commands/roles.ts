/** `inkoop roles [principle]`: the roles and their priority, highest first. */
import { json, markdownTable, parseFormat, textTable, type Column } from '../lib/format.js';
import { resolveLang } from '../lib/i18n.js';
import { emit } from '../lib/output.js';
import { sortedRoles } from '../content/render.js';
import { PRIORITY_NAMES, roleName } from '../content/roles.js';
import { loadFor, type PrincipleOptions } from '../input/content.js';

export async function run(id: string, opts: PrincipleOptions): Promise<void> {
  const lang = resolveLang(opts.lang);
  const format = parseFormat(opts.format, ['table', 'markdown', 'json'] as const, 'table');
  const { principle } = loadFor(id, opts, lang);
  let roles = sortedRoles(principle);
  // The English page has no roles in its front matter: take them from the Dutch one.
  if (!roles.length && principle.lang !== 'nl') {
    try {
      roles = sortedRoles(loadFor(id, opts, 'nl').principle);
    } catch {
      /* keep empty */
    }
  }
  const rows = roles.map((r) => {
    const tab = principle.tabs.find((t) => t.role === r.role);
    return {
      role: r.role,
      name: roleName(r.role, lang),
      priority: r.priority,
      guidance: tab !== undefined,
    };
  });
  if (format === 'json')
    return emit(json({ slug: principle.slug, title: principle.title, roles: rows }));
  const columns: Column[] =
    lang === 'nl'
      ? [{ header: 'Rol' }, { header: 'Naam' }, { header: 'Prioriteit' }]
      : [{ header: 'Role' }, { header: 'Name' }, { header: 'Priority' }];
  const cells = rows.map((r) => [r.role, r.name, PRIORITY_NAMES[r.priority][lang]]);
  if (format === 'markdown')
    return emit(`## ${principle.title}\n\n${markdownTable(columns, cells)}`);
  emit(`${principle.title}\n\n${textTable(columns, cells)}`);
}
