/** `inkoop principles`: every NeRDS principle, and whether inkoop can show it. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG } from '../content/catalog.js';
import { bundledContentDir } from '../content/load.js';
import { json, markdownTable, parseFormat, textTable, type Column } from '../lib/tables.js';
import { resolveLang } from '../lib/i18n.js';
import { emit, emitText } from '../lib/output.js';
import { translator } from '../i18n/index.js';
import { contentDir, type PrincipleOptions } from '../input/content.js';

export async function run(opts: PrincipleOptions): Promise<void> {
  const t = translator(resolveLang(opts.lang));
  const format = parseFormat(opts.format, ['table', 'markdown', 'json'] as const, 'table');
  const dir = contentDir(opts) ?? bundledContentDir();
  const rows = CATALOG.map((c) => ({ ...c, available: existsSync(join(dir, c.slug, 'index.md')) }));
  if (format === 'json') return emit(json(rows));
  const columns: Column[] = [
    { header: t('content.col.number'), align: 'right' },
    { header: t('content.col.slug') },
    { header: t('content.col.title') },
    { header: t('content.col.where') },
  ];
  const cells = rows.map((r) => [
    String(r.number),
    r.slug,
    r.title,
    r.available ? `inkoop show ${r.slug}` : r.url,
  ]);
  if (format === 'markdown') return emit(markdownTable(columns, cells));
  emitText(textTable(columns, cells));
}
