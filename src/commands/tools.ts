/** `inkoop tools [principle]`: the action cards with status and link. */
import { json, markdownTable, parseFormat, textTable, type Column } from '../lib/format.js';
import { resolveLang } from '../lib/i18n.js';
import { emit } from '../lib/output.js';
import { loadFor, type PrincipleOptions } from '../input/content.js';

export async function run(id: string, opts: PrincipleOptions): Promise<void> {
  const lang = resolveLang(opts.lang);
  const format = parseFormat(opts.format, ['table', 'markdown', 'json'] as const, 'table');
  const { principle } = loadFor(id, opts, lang);
  const cards = principle.cards;
  if (format === 'json')
    return emit(json({ slug: principle.slug, title: principle.title, tools: cards }));
  const columns: Column[] =
    lang === 'nl'
      ? [
          { header: 'Hulpmiddel' },
          { header: 'Status' },
          { header: 'Omschrijving' },
          { header: 'Link' },
        ]
      : [{ header: 'Tool' }, { header: 'Status' }, { header: 'Description' }, { header: 'Link' }];
  const cells = cards.map((c) => [c.name, c.statusLabel || c.status, c.description, c.link ?? '-']);
  if (format === 'markdown')
    return emit(`## ${principle.title}\n\n${markdownTable(columns, cells)}`);
  emit(`${principle.title}\n\n${textTable(columns, cells)}`);
}
