/** A principle, or one role's guidance, as Markdown. Pure. */
import { translator } from '../i18n/index.js';
import type { Lang } from '../lib/i18n.js';
import { mdText, oneLine } from '../lib/text.js';
import { CATALOG } from './catalog.js';
import { safeHref, safeLinks } from './links.js';
import { priorityName, roleName, type Priority, type RoleKey } from './roles.js';
import type { ActionCard, Principle, RoleTab } from './types.js';

/** The web address of a page, for its relative links (known for the NeRDS principles). */
export function pageUrl(slug: string): string | undefined {
  return CATALOG.find((c) => c.slug === slug)?.url;
}

/** The last steps of every page render: web addresses for links, only safe links, no images. */
function finish(markdown: string, slug: string): string {
  const text = markdown.replace(/\n{3,}/g, '\n\n').trim();
  return safeLinks(absoluteLinks(text), pageUrl(slug)) + '\n';
}

/** Relative links between principle pages become web addresses. */
export function absoluteLinks(markdown: string): string {
  return markdown.replace(
    /\]\((?:\.\.\/)+([\w-]+)\/(?:index(?:\.en)?\.md)?(#[^)]*)?\)/g,
    (m, slug: string, hash: string | undefined) => {
      const entry = CATALOG.find((c) => c.slug === slug);
      return entry ? `](${entry.url}${hash ?? ''})` : m;
    },
  );
}

/** Moves headings so the shallowest becomes `top` (fences left alone). */
export function shiftHeadings(markdown: string, top: number): string {
  const lines = markdown.split('\n');
  let fence = false;
  let min = 7;
  for (const l of lines) {
    if (/^\s*(```|~~~)/.test(l)) fence = !fence;
    const m = !fence && /^(#{1,6})\s/.exec(l);
    if (m) min = Math.min(min, m[1]!.length);
  }
  if (min === 7) return markdown;
  const delta = top - min;
  fence = false;
  return lines
    .map((l) => {
      if (/^\s*(```|~~~)/.test(l)) fence = !fence;
      const m = !fence && /^(#{1,6})(\s.*)$/.exec(l);
      return m ? '#'.repeat(Math.min(6, Math.max(1, m[1]!.length + delta))) + m[2] : l;
    })
    .join('\n');
}

export function renderCards(cards: readonly ActionCard[], base?: string): string {
  return cards
    .map((c) => {
      const status = c.statusLabel || c.status;
      const href = c.link ? safeHref(c.link, base) : null;
      const link = href ? ` <${href.replace(/[<>\s]/g, encodeURIComponent)}>` : '';
      return `- **${mdText(c.name)}** (${mdText(status)}): ${mdText(c.description)}${link}`;
    })
    .join('\n');
}

function roleList(p: Principle, lang: Lang): string {
  const roles = sortedRoles(p);
  if (!roles.length) return '';
  return roles
    .map(
      (r) =>
        `- ${roleName(r.role, lang)} (${priorityName(r.priority, lang)}): \`inkoop show ${p.slug} --role ${r.role}\``,
    )
    .join('\n');
}

const ORDER: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

/** Roles by priority, highest first; ties keep the page's order. */
export function sortedRoles(p: Principle): Array<{ role: RoleKey; priority: Priority }> {
  return [...p.roles].sort((a, b) => ORDER[a.priority] - ORDER[b.priority]);
}

/** Title, summary, why it matters, how to apply it (with the action cards), related tools and principles. */
export function renderOverview(p: Principle, lang: Lang): string {
  const t = translator(lang);
  const out: string[] = [`# ${oneLine(p.title)}`, ''];
  if (p.summary) out.push(`> ${oneLine(p.summary)}`, '');
  if (p.intro) out.push(p.intro, '');
  for (const s of p.sections) {
    out.push(`## ${oneLine(s.title)}`, '');
    if (s.markdown) out.push(shiftHeadings(s.markdown, 3), '');
    if (s.kind === 'how') {
      if (p.cards.length)
        out.push(`### ${t('content.getStarted')}`, '', renderCards(p.cards, pageUrl(p.slug)), '');
      const roles = roleList(p, lang);
      if (roles && p.tabs.length) out.push(`### ${t('content.byRole')}`, '', roles, '');
    }
  }
  return finish(out.join('\n'), p.slug);
}

/** One role's guidance: steps, considerations, templates. */
export function renderRole(p: Principle, tab: RoleTab, lang: Lang, role: RoleKey): string {
  const t = translator(lang);
  const out: string[] = [`# ${oneLine(p.title)}: ${roleName(role, lang)}`, ''];
  const prio = p.roles.find((r) => r.role === role);
  if (prio) out.push(`_${t('content.priorityForRole')}: ${priorityName(prio.priority, lang)}_`, '');
  if (tab.heading) out.push(`## ${oneLine(tab.heading)}`, '');
  const body = tab.heading ? tab.markdown.replace(/^\s*#{1,6}\s+.*\n?/, '') : tab.markdown;
  out.push(shiftHeadings(body.trim(), 3));
  return finish(out.join('\n'), p.slug);
}
