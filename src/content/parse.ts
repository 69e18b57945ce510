/**
 * Parses a NeRDS principle page (front matter + mkdocs-material Markdown)
 * into a Principle. Pure: takes text, returns data. Tolerant of the real
 * pages' mess: HTML blocks with dialogs, forms and scripts, admonitions,
 * sections that are missing or named differently.
 */
import { InputError } from '../lib/errors.js';
import type { Lang } from '../lib/i18n.js';
import { parseYaml } from '../lib/yaml.js';
import { decodeEntities, parseActionCards, stripInlineHtml } from './html.js';
import { PRIORITIES, roleKey, type Priority } from './roles.js';
import type {
  ActionCard,
  Principle,
  RelatedPrinciple,
  RolePriority,
  RoleTab,
  Section,
  SectionKind,
  Subsection,
  TabPart,
  Template,
} from './types.js';

export interface ParseOptions {
  slug: string;
  lang: Lang;
}

const SECTION_KINDS: Array<[SectionKind, RegExp]> = [
  ['why', /^(waarom|why)\b/i],
  ['how', /^(hoe pas|hoe |how (do|to|you)|how\b)/i],
  ['related', /^(gerelateerde principes|related (principles|guidelines))/i],
  ['tools', /^(gerelateerde hulpmiddelen|hulpmiddelen|related tools|tools)/i],
  ['standards', /^(gerelateerde standaarden|related standards)/i],
];

export function sectionKind(title: string): SectionKind {
  for (const [kind, re] of SECTION_KINDS) if (re.test(title.trim())) return kind;
  return 'other';
}

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v);
}

function parseRoles(raw: unknown): RolePriority[] {
  const out: RolePriority[] = [];
  const add = (name: string, prio: unknown) => {
    const role = roleKey(name);
    const p = str(prio).toLowerCase();
    if (role && (PRIORITIES as readonly string[]).includes(p) && !out.some((r) => r.role === role))
      out.push({ role, priority: p as Priority });
  };
  if (Array.isArray(raw)) {
    for (const entry of raw)
      if (entry && typeof entry === 'object') for (const [k, v] of Object.entries(entry)) add(k, v);
  } else if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw)) add(k, v);
  }
  return out;
}

/** "12. Definieer je inkoopstrategie" -> 12. */
export function titleNumber(title: string): number | null {
  const m = /^\s*(\d+)\.\s/.exec(title);
  return m ? Number(m[1]) : null;
}

const FENCE = /^(\s*)(`{3,}|~{3,})/;
const TAB = /^(===|\?\?\?\+?|!!!)\s*(?:([\w-]+)\s+)?"([^"]*)"\s*$/;
const HTML_START = /^<\/?([a-zA-Z][\w-]*|!--)/;

function indentOf(line: string): number {
  const m = /^[ \t]*/.exec(line)!;
  return m[0].replace(/\t/g, '    ').length;
}

function dedent(lines: string[], by: number): string[] {
  return lines.map((l) => {
    const expanded = l.replace(/^\t/, '    ');
    let i = 0;
    while (i < by && expanded[i] === ' ') i++;
    return expanded.slice(i);
  });
}

function trimBlank(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a]!.trim() === '') a++;
  while (b > a && lines[b - 1]!.trim() === '') b--;
  return lines.slice(a, b);
}

function joinMd(lines: string[]): string {
  return trimBlank(lines)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** Removes inline HTML outside fenced code. */
function cleanMarkdown(lines: string[]): string[] {
  let fence: string | null = null;
  const out: string[] = [];
  for (const line of lines) {
    const f = FENCE.exec(line);
    if (f) {
      if (fence === null) fence = f[2]!;
      else if (f[2]!.startsWith(fence)) fence = null;
      out.push(line);
      continue;
    }
    if (fence !== null) out.push(line);
    else out.push(...stripInlineHtml(line).split('\n'));
  }
  return out;
}

/** Counts the net open tags of an HTML line for block tracking. */
function divDepthChange(line: string): number {
  const opens = (line.match(/<(div|section|form|details|table|ul|ol|aside|nav)\b/gi) ?? []).length;
  const closes = (line.match(/<\/(div|section|form|details|table|ul|ol|aside|nav)\s*>/gi) ?? [])
    .length;
  return opens - closes;
}

function parseTab(title: string, lines: string[]): RoleTab {
  const md = joinMd(cleanMarkdown(lines));
  const parts: TabPart[] = [];
  const templates: Template[] = [];
  let current: TabPart = { title: '', markdown: '' };
  let buf: string[] = [];
  let heading: string | null = null;
  let fence: { marker: string; lang: string; body: string[] } | null = null;
  const flush = () => {
    current.markdown = joinMd(buf);
    if (current.title || current.markdown) parts.push(current);
    buf = [];
  };
  for (const line of md.split('\n')) {
    if (fence) {
      const close = FENCE.exec(line);
      if (close && close[2]!.startsWith(fence.marker) && line.trim() === close[2]) {
        if (/^(template|sjabloon)/i.test(current.title)) {
          templates.push({
            title: current.title,
            language: fence.lang,
            text: fence.body.join('\n'),
          });
        }
        fence = null;
      } else fence.body.push(line);
      buf.push(line);
      continue;
    }
    const open = FENCE.exec(line);
    if (open) {
      fence = { marker: open[2]!, lang: line.slice(open[0].length).trim(), body: [] };
      buf.push(line);
      continue;
    }
    const h = /^#{1,6}\s+(.*)$/.exec(line);
    if (h && heading === null && parts.length === 0 && buf.every((l) => l.trim() === '')) {
      heading = h[1]!.trim();
      continue;
    }
    const label = /^\*\*([^*]+?):?\*\*:?\s*$/.exec(line.trim());
    if (label) {
      flush();
      current = { title: label[1]!.replace(/:$/, '').trim(), markdown: '' };
      continue;
    }
    buf.push(line);
  }
  flush();
  return { title, role: roleKey(title), heading, markdown: md, parts, templates };
}

function parseRelated(markdown: string): RelatedPrinciple[] {
  const out: RelatedPrinciple[] = [];
  for (const m of markdown.matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)) {
    const text = m[1]!.trim();
    const href = m[2]!;
    const slug =
      /(?:^|\/)([\w-]+)\/(?:index(?:\.en)?\.md)?$/.exec(href.replace(/#.*$/, ''))?.[1] ?? null;
    const num = titleNumber(text);
    out.push({
      number: num,
      title: num === null ? text : text.replace(/^\s*\d+\.\s*/, ''),
      slug,
      href,
    });
  }
  return out;
}

function splitSubsections(markdown: string): Subsection[] {
  const subs: Subsection[] = [];
  let cur: { title: string; lines: string[] } | null = null;
  let fence = false;
  for (const line of markdown.split('\n')) {
    if (FENCE.test(line)) fence = !fence;
    const m = !fence ? /^###\s+(.*)$/.exec(line) : null;
    if (m) {
      if (cur) subs.push({ title: cur.title, markdown: joinMd(cur.lines) });
      cur = { title: m[1]!.trim(), lines: [] };
    } else if (cur) cur.lines.push(line);
  }
  if (cur) subs.push({ title: cur.title, markdown: joinMd(cur.lines) });
  return subs;
}

/** Converts an admonition (`!!! tip "Title"` + indented body) to plain Markdown. */
function admonition(title: string, body: string[]): string[] {
  const out: string[] = [];
  if (title) out.push(`**${title}**`, '');
  out.push(...body);
  return out;
}

/** Why a page cannot be read; the loader words it in the run's language. */
export type PageProblem =
  | { kind: 'frontMatterOpen' }
  | { kind: 'frontMatter'; reason: string }
  | { kind: 'tooDeep'; max: number };

/** A page that cannot be read: front matter that is not valid YAML, or nesting too deep. */
export class PageError extends Error {
  constructor(
    readonly problem: PageProblem,
    readonly line: number | undefined,
    readonly col: number | undefined = undefined,
  ) {
    super(problem.kind === 'frontMatter' ? problem.reason : problem.kind);
    this.name = 'PageError';
  }
}

/** Deepest nesting of lists and block quotes a page may have (deeper would exhaust the stack). */
export const MAX_NESTING = 64;

/**
 * Refuses a page whose lists or block quotes are nested deeper than
 * MAX_NESTING, naming the line and column of the first item too deep.
 * Markdown renderers parse nesting recursively; a hostile page of a few
 * thousand nested items would otherwise end in a stack overflow.
 */
export function checkNesting(lines: readonly string[], firstLine = 1): void {
  const indents: number[] = [];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (f && f[1]!.startsWith(fence)) fence = null;
      continue;
    }
    if (f) {
      fence = f[1]!;
      continue;
    }
    const quote = /^\s*((?:>\s*)+)/.exec(line);
    const quotes = quote ? (quote[1]!.match(/>/g) ?? []).length : 0;
    if (quotes > MAX_NESTING)
      throw new PageError({ kind: 'tooDeep', max: MAX_NESTING }, firstLine + i, 1);
    const item = /^([ \t>]*?)([-*+]|\d{1,9}[.)])(?:\s|$)/.exec(line);
    if (!item) {
      if (line.trim() !== '' && indentOf(line) === 0) indents.length = 0;
      continue;
    }
    const indent = indentOf(item[1]!.replace(/>/g, ' '));
    while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
    indents.push(indent);
    // Several markers on one line ("- - - a") open as many lists.
    let depth = indents.length;
    let rest = line.slice(item[0].length);
    for (let m = /^\s*([-*+]|\d{1,9}[.)])(?:\s|$)/.exec(rest); m; ) {
      depth++;
      rest = rest.slice(m[0].length);
      m = /^\s*([-*+]|\d{1,9}[.)])(?:\s|$)/.exec(rest);
      if (depth > MAX_NESTING) break;
    }
    if (depth + quotes > MAX_NESTING)
      throw new PageError(
        { kind: 'tooDeep', max: MAX_NESTING },
        firstLine + i,
        item[1]!.length + 1,
      );
  }
}

/**
 * Front matter: a first line `---`, YAML, and a line `---`. Read with the
 * same YAML reader as user files (YAML 1.2; the NeRDS pages use titles,
 * summaries and lists only), so no second YAML parser is bundled.
 */
function frontMatter(text: string): { data: unknown; content: string; contentLine: number } {
  if (!/^---[ \t]*(\r?\n|$)/.test(text)) return { data: {}, content: text, contentLine: 1 };
  const lines = text.split('\n');
  const close = lines.findIndex((l, i) => i > 0 && /^---[ \t]*\r?$/.test(l));
  if (close < 0) throw new PageError({ kind: 'frontMatterOpen' }, 1);
  try {
    return {
      data: parseYaml(lines.slice(1, close).join('\n'), 'front matter').value,
      content: lines.slice(close + 1).join('\n'),
      contentLine: close + 2,
    };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    const first = err.problems[0];
    // Lines count from the opening `---`.
    throw new PageError(
      { kind: 'frontMatter', reason: first?.message ?? err.message },
      first?.line !== undefined ? first.line + 1 : undefined,
      first?.col,
    );
  }
}

export function parsePrinciple(text: string, options: ParseOptions): Principle {
  const fm = frontMatter(text.replace(/^\uFEFF/, ''));
  const data = (fm.data ?? {}) as Record<string, unknown>;
  const lines = fm.content.replace(/\r\n?/g, '\n').split('\n');
  checkNesting(lines, fm.contentLine);

  let title = str(data.title);
  const intro: string[] = [];
  const sections: Array<{ title: string; lines: string[] }> = [];
  const tabs: RoleTab[] = [];
  const cards: ActionCard[] = [];
  let target = intro;
  let fence: string | null = null;
  let sawH1 = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence !== null) {
      target.push(line);
      const f = FENCE.exec(line);
      if (f && f[2]!.startsWith(fence) && indentOf(line) < 4) fence = null;
      continue;
    }
    const f = FENCE.exec(line);
    if (f && indentOf(line) < 4) {
      fence = f[2]!;
      target.push(line);
      continue;
    }
    // Raw HTML block: skip it whole, keeping only the action cards.
    if (HTML_START.test(line)) {
      const block: string[] = [line];
      const tag = HTML_START.exec(line)![1]!.toLowerCase();
      if (tag === '!--') {
        while (!block[block.length - 1]!.includes('-->') && i + 1 < lines.length)
          block.push(lines[++i]!);
      } else if (tag === 'script' || tag === 'style') {
        const end = new RegExp(`</${tag}\\s*>`, 'i');
        while (!end.test(block[block.length - 1]!) && i + 1 < lines.length) block.push(lines[++i]!);
      } else {
        let depth = divDepthChange(line);
        while (depth > 0 && i + 1 < lines.length) {
          const next = lines[++i]!;
          block.push(next);
          depth += divDepthChange(next);
        }
      }
      const html = block.join('\n');
      if (/action-card/.test(html)) cards.push(...parseActionCards(html));
      continue;
    }
    // Content tabs (=== "Title") and admonitions (!!! kind "Title"): an indented body.
    const tab = TAB.exec(line);
    if (tab) {
      const body: string[] = [];
      while (i + 1 < lines.length && (lines[i + 1]!.trim() === '' || indentOf(lines[i + 1]!) >= 4))
        body.push(lines[++i]!);
      const dedented = dedent(trimBlank(body), 4);
      if (tab[1] === '===') tabs.push(parseTab(tab[3]!.trim(), dedented));
      else target.push(...admonition(tab[3]!.trim(), dedented), '');
      continue;
    }
    const h1 = /^#\s+(.*)$/.exec(line);
    if (h1 && !sawH1) {
      sawH1 = true;
      const h = h1[1]!.trim();
      if (!title) title = h;
      continue;
    }
    const h2 = /^##\s+(.*)$/.exec(line);
    if (h2) {
      const s = { title: h2[1]!.trim(), lines: [] as string[] };
      sections.push(s);
      target = s.lines;
      continue;
    }
    target.push(line);
  }

  const builtSections: Section[] = sections.map((s) => {
    const markdown = joinMd(cleanMarkdown(s.lines));
    return {
      title: decodeEntities(s.title),
      kind: sectionKind(s.title),
      markdown,
      subsections: splitSubsections(markdown),
    };
  });
  const related = builtSections
    .filter((s) => s.kind === 'related')
    .flatMap((s) => parseRelated(s.markdown));
  const relations = Array.isArray(data.relations) ? data.relations.map(str).filter(Boolean) : [];

  return {
    slug: options.slug,
    lang: options.lang,
    number: titleNumber(title),
    title,
    summary: str(data.summary),
    relations,
    roles: parseRoles(data.roles),
    intro: joinMd(cleanMarkdown(intro)),
    sections: builtSections,
    cards,
    tabs,
    related,
  };
}

/** The tab for a role, if the page has one. */
export function roleTab(principle: Principle, role: string): RoleTab | undefined {
  return principle.tabs.find((t) => t.role === role);
}
