/**
 * Links and images in page Markdown, made safe before the Markdown is shown
 * or written. A page (bundled, or any folder given with --content) may link
 * only to http, https and mailto addresses: a link with another scheme
 * (`javascript:`, `data:`, `file:`) keeps its text and loses the link. A
 * relative link is resolved against the page's web address when inkoop
 * knows it, and otherwise becomes text as well. Images are never shown as
 * images: they become their alt text and their address, as text, so that
 * no page makes a reader's Markdown viewer fetch a remote file. Pure.
 */
import { mdText } from '../lib/text.js';

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

function scheme(href: string): string | null {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(href.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** The address a link may keep, or null when it must become text. */
export function safeHref(href: string, base?: string): string | null {
  // Control characters and spaces inside an address are never legitimate.
  if (/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069]/.test(href)) return null;
  const s = scheme(href);
  if (s !== null) return SAFE_SCHEMES.has(s) ? href : null;
  if (base === undefined || href.startsWith('//')) return null;
  try {
    const url = new URL(href, base);
    return SAFE_SCHEMES.has(url.protocol.slice(0, -1)) ? url.href : null;
  } catch {
    return null;
  }
}

/** Index just after the `]` that closes the `[` at `open`, or -1. */
function closeBracket(line: string, open: number): number {
  let depth = 0;
  for (let i = open; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(line.slice(i))![0];
      const end = line.indexOf(run, i + run.length);
      if (end < 0) return -1;
      i = end + run.length - 1;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** `(dest "title")` at `at`: the destination and the index after `)`, or null. */
function destination(line: string, at: number): { href: string; end: number } | null {
  if (line[at] !== '(') return null;
  let i = at + 1;
  while (line[i] === ' ') i++;
  let href = '';
  if (line[i] === '<') {
    const close = line.indexOf('>', i);
    if (close < 0) return null;
    href = line.slice(i + 1, close);
    i = close + 1;
  } else {
    let depth = 0;
    const start = i;
    for (; i < line.length; i++) {
      const c = line[i]!;
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === ' ') break;
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      }
    }
    href = line.slice(start, i);
  }
  while (line[i] === ' ') i++;
  if (line[i] === '"' || line[i] === "'" || line[i] === '(') {
    const closer = line[i] === '(' ? ')' : line[i]!;
    const end = line.indexOf(closer, i + 1);
    if (end < 0) return null;
    i = end + 1;
    while (line[i] === ' ') i++;
  }
  if (line[i] !== ')') return null;
  return { href: href.replace(/\\(.)/g, '$1'), end: i + 1 };
}

function linkTarget(href: string): string {
  return /^[^\s()<>]+$/.test(href) ? href : `<${href.replace(/[<>]/g, encodeURIComponent)}>`;
}

function rewriteLine(line: string, base: string | undefined): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (c === '\\') {
      out += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '`') {
      const run = /^`+/.exec(line.slice(i))![0];
      const end = line.indexOf(run, i + run.length);
      const stop = end < 0 ? i + run.length : end + run.length;
      out += line.slice(i, stop);
      i = stop;
      continue;
    }
    // Autolinks: <scheme:...>.
    if (c === '<') {
      const m = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/.exec(line.slice(i));
      if (m) {
        const href = safeHref(m[1]!);
        out += href !== null ? m[0] : mdText(m[1]!);
        i += m[0].length;
        continue;
      }
    }
    const image = c === '!' && line[i + 1] === '[';
    if (c === '[' || image) {
      const open = image ? i + 1 : i;
      const close = closeBracket(line, open);
      if (close > 0) {
        const text = line.slice(open + 1, close - 1);
        const dest = destination(line, close);
        if (dest) {
          if (image) {
            const alt = text.trim() === '' ? '' : `${rewriteLine(text, base)} `;
            out += `${alt}(${mdText(dest.href)})`;
          } else {
            const href = safeHref(dest.href, base);
            const inner = rewriteLine(text, base);
            out += href !== null ? `[${inner}](${linkTarget(href)})` : inner;
          }
          i = dest.end;
          continue;
        }
        if (image) {
          // `![alt][ref]` or `![alt]`: a reference image; keep the alt text only.
          out += rewriteLine(text, base);
          i = close;
          continue;
        }
      }
    }
    out += c;
    i++;
  }
  return out;
}

/**
 * Page Markdown with every link checked and every image turned into text
 * (see the module comment). Fenced code is left alone. `base` is the page's
 * web address, for relative links.
 */
export function safeLinks(markdown: string, base?: string): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const f = FENCE.exec(line);
      if (fence !== null) {
        if (f && f[1]!.startsWith(fence)) fence = null;
        return line;
      }
      if (f) {
        fence = f[1]!;
        return line;
      }
      // A link reference definition: `[ref]: address`.
      const def = /^ {0,3}\[([^\]]+)\]:\s*<?([^\s>]*)>?/.exec(line);
      if (def) {
        const href = safeHref(def[2]!, base);
        if (href === null) return `\\${line.trimStart()}`;
        return href === def[2] ? line : `[${def[1]}]: ${linkTarget(href)}`;
      }
      return rewriteLine(line, base);
    })
    .join('\n');
}
