/**
 * Stands in for cli-highlight inside the bundle (see scripts/build.mjs).
 * marked-terminal would pass every fenced block to highlight.js, which
 * guesses a language for unlabelled blocks and colours the principle's
 * Dutch templates as if they were code; it also costs ~200 ms of start-up.
 * Templates and examples are shown as written.
 */
export function highlight(code: string): string {
  return code;
}
