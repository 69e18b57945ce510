/**
 * Page Markdown as plain text, without a Markdown library: the fast path of
 * `inkoop show` when the output has no colour (a pipe, NO_COLOR, --no-color).
 *
 * Why it exists: loading marked and marked-terminal and lexing one page cost
 * about 40 ms of a cold start, which put `show --role jurist | ...` over its
 * 2x target (docs/speed.md). The bundled pages use a small part of Markdown
 * (ATX headings, paragraphs, flat lists, one-paragraph quotes, fenced code,
 * strong and emphasis, code spans, links and autolinks).
 *
 * The contract is narrow on purpose: `plainMarkdown` returns exactly what
 * the marked-terminal renderer prints without colour, or `null` for anything
 * outside that part of Markdown, and the caller then uses marked-terminal.
 * A differential test holds it to that on every page and on generated
 * documents (test/unit/markdown-text.test.ts). It never guesses.
 */

/** Address characters that neither marked nor encodeURI changes (no &, *, _, brackets, non-ASCII). */
const URL = "[A-Za-z0-9\\-.~:/?#@!$'+,;=%]";
const LINK = new RegExp(`^\\[([^[\\]\\n]+)\\]\\((https?://${URL}+)\\)`);
const AUTOLINK = new RegExp(`^<(https?://${URL}+)>`);
const BARE = new RegExp(`^https?://${URL}+`);

/** Inline Markdown as text, or null when it holds anything this renderer does not know. */
export function plainInline(src: string): string | null {
  let out = '';
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i]!;
    if (c === '\\') {
      const next = src[i + 1];
      if (next === undefined || next === '\n') return null;
      if (/[!-/:-@[-`{-~]/.test(next)) {
        out += next;
        i += 2;
        continue;
      }
      out += c;
      i += 1;
      continue;
    }
    if (c === '`') {
      if (src[i + 1] === '`') return null;
      const end = src.indexOf('`', i + 1);
      if (end < 0) return null;
      const code = src.slice(i + 1, end);
      if (code === '' || /^\s|\s$|\n|&/.test(code) || src[end + 1] === '`') return null;
      out += code;
      i = end + 1;
      continue;
    }
    if (c === '*' || c === '_') {
      const run = c === '*' && src[i + 1] === '*' ? 2 : 1;
      if (src[i + run] === c) return null;
      const marker = c.repeat(run);
      const end = src.indexOf(marker, i + run);
      if (end < 0) return null;
      const inner = src.slice(i + run, end);
      const before = src[i - 1];
      const after = src[end + run];
      // Only the plainest case: opened after a space or at the start, closed
      // before a space, the end or a colon/full stop/comma, no marker inside.
      if (
        inner === '' ||
        /^\s|\s$/.test(inner) ||
        inner.includes(c) ||
        inner.includes('\n') ||
        (before !== undefined && before !== ' ') ||
        (after !== undefined && !/[ :.,;]/.test(after))
      )
        return null;
      const text = plainInline(inner);
      if (text === null) return null;
      out += text;
      i = end + run;
      continue;
    }
    if (c === '[') {
      const m = LINK.exec(src.slice(i));
      if (!m) return null;
      const text = plainInline(m[1]!);
      if (text === null || /https?:|www\./i.test(m[1]!)) return null;
      out += `${text} (${m[2]})`;
      i += m[0].length;
      continue;
    }
    if (c === '<') {
      const m = AUTOLINK.exec(src.slice(i));
      if (!m) return null;
      out += m[1];
      i += m[0].length;
      continue;
    }
    if (/[&~|\]!@\t]/.test(c)) return null;
    if ((c === 'w' || c === 'W') && /^www\./i.test(src.slice(i, i + 4))) return null;
    if (c === 'h' && /^https?:\/\//.test(src.slice(i, i + 8))) {
      // A bare address (GFM autolink) prints as written, up to the next space.
      const m = BARE.exec(src.slice(i));
      if (!m) return null;
      out += m[0];
      i += m[0].length;
      if (i < n && !/[\s]/.test(src[i]!)) return null;
      continue;
    }
    out += c;
    i += 1;
  }
  return out;
}

const BULLET = /^[-*+] (?=\S)/;
const ORDERED = /^(\d{1,9})\. (?=\S)/;
const HEADING = /^(#{1,6}) (?=\S)/;
const FENCE = /^```/;

/** A line that starts a block of its own rather than continuing a paragraph. */
function startsBlock(line: string): boolean {
  return (
    HEADING.test(line) ||
    FENCE.test(line) ||
    line.startsWith('>') ||
    BULLET.test(line) ||
    /^1\. (?=\S)/.test(line)
  );
}

/** Lines that must not appear at all (other blocks, thematic breaks, HTML, tables, setext underlines). */
function unknownLine(line: string): boolean {
  return (
    /^\s*$/.test(line) === false &&
    (/^ /.test(line) ||
      /^[=-]+\s*$/.test(line) ||
      /^(\*\s*){3,}$|^(_\s*){3,}$/.test(line) ||
      /^[<|~\t]/.test(line) ||
      /^#{1,6}(\s*$|[^#\s])|^#{7}/.test(line) ||
      /^\d+[.)]/.test(line))
  );
}

/**
 * The page Markdown as marked-terminal prints it without colour (before the
 * caller's own clean-up: runs of blank lines, the trailing newline, the
 * width), or null for Markdown outside the part described above.
 */
export function plainMarkdown(markdown: string): string | null {
  if (/\r/.test(markdown)) return null;
  const lines = markdown.split('\n');
  const blocks: string[] = [];
  let i = 0;
  const blank = (l: string | undefined) => l === undefined || l.trim() === '';
  while (i < lines.length) {
    const line = lines[i]!;
    if (blank(line)) {
      i += 1;
      continue;
    }
    if (FENCE.test(line)) {
      if (!/^```[a-z]*$/.test(line)) return null;
      const body: string[] = [];
      i += 1;
      while (i < lines.length && lines[i] !== '```') {
        if (/^\s*(```|~~~)/.test(lines[i]!) || /\t/.test(lines[i]!)) return null;
        body.push(lines[i]!);
        i += 1;
      }
      if (i >= lines.length) return null;
      i += 1;
      if (body.length === 0 || body.every((l) => l.trim() === '')) return null;
      blocks.push(body.map((l) => (`  ${l}`.trimEnd() === '' ? '  ' : `  ${l}`)).join('\n'));
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const text = line.slice(heading[0].length);
      if (/#\s*$/.test(text) || /\s$/.test(text)) return null;
      const inline = plainInline(text);
      if (inline === null) return null;
      blocks.push(inline);
      i += 1;
      continue;
    }
    if (line.startsWith('>')) {
      const quoted: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('>')) {
        const m = /^> (\S.*)$/.exec(lines[i]!);
        if (!m || startsBlock(m[1]!) || unknownLine(m[1]!)) return null;
        quoted.push(m[1]!);
        i += 1;
      }
      if (!blank(lines[i])) return null;
      const inline = plainInline(quoted.map((l) => l.trimEnd()).join('\n'));
      if (inline === null) return null;
      blocks.push(
        inline
          .split('\n')
          .map((l) => `  ${l}`)
          .join('\n'),
      );
      continue;
    }
    // A list item may be indented by up to three spaces; every item of the list then is.
    const indent = /^ {0,3}/.exec(line)![0];
    const bullet = BULLET.test(line.slice(indent.length));
    const ordered = ORDERED.exec(line.slice(indent.length));
    if (bullet || ordered) {
      if (ordered && ordered[1] !== '1') return null;
      const marker = bullet ? line[indent.length]! : null;
      const items: string[][] = [];
      let number = 1;
      while (i < lines.length && !blank(lines[i])) {
        const full = lines[i]!;
        if (/^ {0,3}/.exec(full)![0] !== indent && /^ {0,3}\S/.test(full)) return null;
        const l = full.startsWith(indent) ? full.slice(indent.length) : full;
        if (marker ? l.startsWith(`${marker} `) : ORDERED.test(l)) {
          if (!marker) {
            const m = ORDERED.exec(l)!;
            if (Number(m[1]) !== number) return null;
            number += 1;
          }
          const head = marker ? l.slice(2) : l.slice(ORDERED.exec(l)![0].length);
          if (startsBlock(head) || unknownLine(head) || head.trim() === '') return null;
          items.push([head.trimEnd()]);
        } else {
          // Continuation of the item: indented by its marker's width, plain text only.
          const width = marker ? 2 : `${number - 1}. `.length;
          if (!l.startsWith(' '.repeat(width)) || /^\s/.test(l.slice(width))) return null;
          const rest = l.slice(width);
          if (startsBlock(rest) || unknownLine(rest)) return null;
          items[items.length - 1]!.push(rest.trimEnd());
        }
        i += 1;
      }
      const rendered: string[] = [];
      for (const [k, item] of items.entries()) {
        const inline = plainInline(item.join('\n'));
        if (inline === null) return null;
        const prefix = marker ? '  * ' : `  ${k + 1}. `;
        const [first, ...more] = inline.split('\n');
        rendered.push([prefix + first, ...more.map((m) => `    ${m}`)].join('\n'));
      }
      // After a blank line, an item of the same kind would continue this list (a loose
      // list), and an indented line would belong to its last item.
      let j = i;
      while (j < lines.length && blank(lines[j])) j += 1;
      const next = lines[j];
      if (
        next !== undefined &&
        (/^\s/.test(next) || (marker ? next.startsWith(`${marker} `) : ORDERED.test(next)))
      )
        return null;
      blocks.push(rendered.join('\n'));
      continue;
    }
    if (unknownLine(line)) return null;
    const para: string[] = [];
    while (i < lines.length && !blank(lines[i])) {
      const l = lines[i]!;
      if (para.length > 0 && startsBlock(l)) break;
      if (unknownLine(l) || /^\d+\. /.test(l)) return null;
      para.push(l.trimEnd());
      i += 1;
    }
    const inline = plainInline(para.join('\n'));
    if (inline === null) return null;
    blocks.push(inline);
  }
  return blocks.join('\n\n') + '\n';
}
