/**
 * How deep Markdown nests lists and block quotes, measured line by line
 * without parsing: Markdown renderers (marked) recurse once per level, so a
 * page of ten thousand nested list items would exhaust the stack. The
 * measure errs on the deep side (a list closed by an unindented paragraph
 * is still counted until the next list item), never on the shallow side.
 */

/** The deepest nesting of lists and block quotes read; deeper is an input error. */
export const MAX_MARKDOWN_NESTING = 64;

const MARKER = /^([-+*]|\d{1,9}[.)])(?=[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The first place where lists and block quotes nest deeper than `limit`
 * (1-based line and column), or undefined.
 */
export function markdownTooDeep(
  text: string,
  limit = MAX_MARKDOWN_NESTING,
): { line: number; col: number } | undefined {
  // Content columns of the open list items, innermost last.
  const open: number[] = [];
  let fence: string | undefined;
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    if (fence !== undefined) {
      const f = FENCE.exec(line);
      if (f && f[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    let i = 0;
    let quotes = 0;
    // Block quote markers, each with an optional space.
    for (;;) {
      while (line[i] === ' ') i++;
      if (line[i] !== '>') break;
      quotes++;
      i++;
      if (line[i] === ' ') i++;
      if (quotes > limit) return { line: lineNo, col: i };
    }
    const rest = line.slice(i);
    const f = FENCE.exec(rest);
    if (f) {
      fence = f[1]![0]!.repeat(3);
      continue;
    }
    // List markers, several on one line for `- - - x`.
    let col = i;
    for (;;) {
      while (line[col] === ' ' || line[col] === '\t') col++;
      const m = MARKER.exec(line.slice(col));
      if (!m) break;
      while (open.length && open[open.length - 1]! > col) open.pop();
      let content = col + m[1]!.length;
      while (line[content] === ' ') content++;
      open.push(content === col + m[1]!.length ? content + 1 : content);
      if (open.length + quotes > limit) return { line: lineNo, col: col + 1 };
      col = col + m[1]!.length;
    }
  }
  return undefined;
}
