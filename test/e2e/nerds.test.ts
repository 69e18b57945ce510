/**
 * The 14 real NeRDS principle pages (../shared/nerds/principes, one commit):
 * every page loads, and every role of every page renders, as Markdown and
 * for a terminal, without raw HTML or literal Markdown markers. Skips with a
 * printed reason when ../shared is absent (a fresh clone on its own).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePrinciple } from '../../src/content/parse.js';
import { renderOverview, renderRole } from '../../src/content/render.js';
import { ROLE_KEYS } from '../../src/content/roles.js';
import { renderTerminal } from '../../src/lib/terminal.js';
import { inkoop, SHARED, sharedAvailable } from '../helpers.js';

const DIR = join(SHARED, 'nerds', 'principes');
const available = sharedAvailable(join('nerds', 'principes'));
const slugs = available
  ? readdirSync(DIR)
      .filter((d) => existsSync(join(DIR, d, 'index.md')))
      .sort()
  : [];
const RAW_HTML = /<\/?(div|span|button|form|label|select|option|script|style|h[1-6]|p|input)\b/i;
/** A bold span printed literally, as marked-terminal's list bug does. */
const LITERAL_BOLD = /\*\*[^\s*][^*\n]*\*\*/;
/** Markdown without its fenced code (code examples may hold HTML on purpose). */
const prose = (md: string) => md.replace(/^(\s*)(```|~~~)[^\n]*\n[\s\S]*?^\1\2\s*$/gm, '');

describe.skipIf(!available)('the NeRDS principle pages', () => {
  it('are all fourteen', () => {
    expect(slugs).toHaveLength(14);
  });

  it.each(slugs)('%s: loads, with roles, sections and six role tabs', async (slug) => {
    const p = parsePrinciple(readFileSync(join(DIR, slug, 'index.md'), 'utf8'), {
      slug,
      lang: 'nl',
    });
    expect(p.number).toBeGreaterThanOrEqual(1);
    expect(p.title).toMatch(/^\d+\. /);
    expect(p.roles.length).toBeGreaterThan(0);
    expect(p.sections.some((s) => s.kind === 'why')).toBe(true);
    expect(p.tabs.map((t) => t.role).sort()).toEqual([...ROLE_KEYS].sort());
    const overview = renderOverview(p, 'nl');
    expect(prose(overview)).not.toMatch(RAW_HTML);
    for (const tab of p.tabs) {
      const md = renderRole(p, tab, 'nl', tab.role!);
      expect(prose(md)).not.toMatch(RAW_HTML);
      const term = await renderTerminal(md, { color: false, width: 80 });
      expect(term).not.toMatch(LITERAL_BOLD);
      expect(term.length).toBeGreaterThan(100);
    }
    expect(await renderTerminal(prose(overview), { color: false, width: 80 })).not.toMatch(
      RAW_HTML,
    );
  });

  it('keeps the cloud page modal dialog and its form out', () => {
    const p = parsePrinciple(readFileSync(join(DIR, 'cloud', 'index.md'), 'utf8'), {
      slug: 'cloud',
      lang: 'nl',
    });
    expect(p.cards.map((c) => c.name)).toContain('Kubernetes Service');
    expect(renderOverview(p, 'nl')).not.toMatch(/kubectl|Authenticatie vereist|Cluster Naam/);
  });

  it('shows every role of every page through the CLI with --content', async () => {
    for (const slug of slugs) {
      const r = await inkoop(['show', slug, '--content', DIR]);
      expect(r.exitCode, `${slug}: ${r.stderr}`).toBe(0);
      expect(prose(r.stdout)).not.toMatch(RAW_HTML);
    }
    const r = await inkoop([
      'show',
      'cloud',
      '--role',
      'jurist',
      '--content',
      DIR,
      '--format',
      'terminal',
    ]);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toMatch(LITERAL_BOLD);
    const list = JSON.parse(
      (await inkoop(['principles', '--format', 'json', '--content', DIR])).stdout,
    );
    expect(list.every((p: { available: boolean }) => p.available)).toBe(true);
  }, 120_000);
});
