/** `inkoop roles [principle]`: the roles and their priority, highest first. */
import { markdownTable, parseFormat, textTable, type Column } from '../lib/tables.js';
import { resolveLang } from '../lib/i18n.js';
import { emit, emitText } from '../lib/output.js';
import { inlineSafe } from '../lib/text.js';
import { translator } from '../i18n/index.js';
import { sortedRoles } from '../content/render.js';
import { priorityName, roleName } from '../content/roles.js';
import { loadFor, mdHeading, pageJson, type PrincipleOptions } from '../input/content.js';

export async function run(id: string, opts: PrincipleOptions): Promise<void> {
  const lang = resolveLang(opts.lang);
  const t = translator(lang);
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
    const tab = principle.tabs.find((x) => x.role === r.role);
    return {
      role: r.role,
      name: roleName(r.role, lang),
      priority: r.priority,
      guidance: tab !== undefined,
    };
  });
  if (format === 'json')
    return emit(pageJson({ slug: principle.slug, title: principle.title, roles: rows }));
  const columns: Column[] = [
    { header: t('content.col.role') },
    { header: t('content.col.name') },
    { header: t('content.col.priority') },
  ];
  const cells = rows.map((r) => [r.role, r.name, priorityName(r.priority, lang)]);
  if (format === 'markdown')
    return emit(`## ${mdHeading(principle.title)}\n\n${markdownTable(columns, cells, (s) => s)}`);
  emitText(`${inlineSafe(principle.title)}\n\n${textTable(columns, cells)}`);
}
