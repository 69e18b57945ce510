/** `inkoop tools [principle]`: the action cards with status and link. */
import { markdownTable, parseFormat, textTable, type Column } from '../lib/tables.js';
import { resolveLang } from '../lib/i18n.js';
import { emit, emitText } from '../lib/output.js';
import { inlineSafe, mdCell } from '../lib/text.js';
import { translator } from '../i18n/index.js';
import { safeHref } from '../content/links.js';
import { pageUrl } from '../content/render.js';
import { loadFor, mdHeading, pageJson, type PrincipleOptions } from '../input/content.js';

export async function run(id: string, opts: PrincipleOptions): Promise<void> {
  const lang = resolveLang(opts.lang);
  const t = translator(lang);
  const format = parseFormat(opts.format, ['table', 'markdown', 'json'] as const, 'table');
  const { principle } = loadFor(id, opts, lang);
  const cards = principle.cards;
  if (format === 'json')
    return emit(pageJson({ slug: principle.slug, title: principle.title, tools: cards }));
  const columns: Column[] = [
    { header: t('content.col.tool') },
    { header: t('content.col.status') },
    { header: t('content.col.description') },
    { header: t('content.col.link') },
  ];
  const base = pageUrl(principle.slug);
  const fields = cards.map((c) => ({
    name: c.name,
    status: c.statusLabel || c.status,
    description: c.description,
    link: c.link ? safeHref(c.link, base) : null,
  }));
  if (format === 'markdown') {
    const cells = fields.map((c) => [
      mdCell(c.name),
      mdCell(c.status),
      mdCell(c.description),
      c.link ? `<${c.link.replace(/[<>|\s]/g, encodeURIComponent)}>` : t('content.none'),
    ]);
    return emit(`## ${mdHeading(principle.title)}\n\n${markdownTable(columns, cells, (s) => s)}`);
  }
  const cells = fields.map((c) => [
    inlineSafe(c.name),
    inlineSafe(c.status),
    inlineSafe(c.description),
    c.link ? inlineSafe(c.link) : t('content.none'),
  ]);
  emitText(`${inlineSafe(principle.title)}\n\n${textTable(columns, cells)}`);
}
