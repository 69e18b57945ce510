/**
 * An answer on its way into a Markdown document. The answer stays Markdown
 * (lists, emphasis, links are the user's to write) but can never change the
 * document around it: no line of an answer opens a code fence, becomes a
 * heading (`#`, or a setext underline `---` / `===`), opens an HTML comment
 * or element, reads as template syntax (`{{key}}`), or is taken by
 * `inkoop check` for an empty label (`Kosten:`, `Kosten: ---`, `**Kosten**`). Each such
 * marker gets a Markdown backslash escape (or `&lt;` for `<`), so the text
 * reads as typed when rendered. Pure.
 */

/** Whether an answer has something `inkoop check` counts as content: a letter or a digit. */
export function hasContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

function escapeLine(line: string): string {
  let s = line
    // An HTML comment, element or processing instruction: `<!--`, `<div`, `</x`, `<?`.
    .replace(/<(?=[A-Za-z!/?])/g, '&lt;')
    // Template syntax and check's `{{placeholder}}`.
    .replace(/\{\{/g, '{\\{');
  // Block markers at the start of the line (after any indentation).
  s = s.replace(/^(\s*)(`{3,}|~{3,})/, '$1\\$2');
  // A heading, also inside list items and quotes ("- # Kop").
  s = s.replace(/^((?:\s*(?:[-*+]\s+|\d{1,9}[.)]\s+|>\s?))*\s*)#/, '$1\\#');
  s = s.replace(/^(\s*)(=+|-+)(\s*)$/, '$1\\$2$3');
  // A whole line in bold, or a line ending in a colon, is a label to `inkoop check`.
  s = s.replace(
    /^(\s*(?:[-*+]\s+|\d{1,9}[.)]\s+)?)(\*\*|__)(?=.*(?:\*\*|__):?\s*$)/,
    (_m, pre, mark) => `${pre}${mark === '**' ? '\\*\\*' : '\\_\\_'}`,
  );
  // An ordered list item with nothing after its number that counts ("1." alone) keeps its digits.
  const item = /^(\s*\d{1,9})([.)])(?=\s|$)(.*)$/.exec(s);
  if (item && !hasContent(item[3]!)) s = `${item[1]}\\${item[2]}${item[3]}`;
  // "Label: " with nothing after it that counts: the label's colon is escaped.
  const colon = s.search(/(?<!\\):/);
  if (colon >= 0 && !hasContent(s.slice(colon + 1))) s = `${s.slice(0, colon)}\\${s.slice(colon)}`;
  // A line ending in a colon is a label whatever comes before it.
  s = s.replace(/(?<!\\):(\s*)$/, '\\:$1');
  return s;
}

/** An answer's text for a Markdown body: every line escaped as described above. */
export function markdownAnswer(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n')
    .map(escapeLine)
    .join('\n');
}
