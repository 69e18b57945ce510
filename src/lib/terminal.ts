/**
 * Markdown rendered for a terminal. Without colour (a pipe, NO_COLOR,
 * --no-color), a page that keeps to the small part of Markdown that
 * ./markdown-text.ts knows is rendered there, without loading marked (about
 * 40 ms of a cold start); everything else goes through marked-terminal.
 * Both print the same text, which a differential test holds them to.
 *
 * marked-terminal 7.3.1 prints inline Markdown inside list items literally
 * with marked >= 13 (upstream issues #304 and #371): a tight list item is a
 * `text` token with inline children, and its `text` renderer prints the raw
 * source. The extension below parses those children instead, so
 * `- **Term**: text` comes out bold, not with literal asterisks.
 */
import type { Tokens } from 'marked';
import { colorEnabled, loadChalk } from './color.js';
import { plainMarkdown } from './markdown-text.js';
import { terminalSafe } from './text.js';
import { fitText } from './width.js';

const NAMED: Record<string, number> = { lrm: 0x200e, rlm: 0x200f, zwj: 0x200d, zwnj: 0x200c };

/**
 * Page text on its way into the renderer: control characters shown as
 * escapes, and so are character references that marked would decode into
 * one (`&#x1b;`, `&#155;`, `&#x202e;`, `&rlm;`).
 */
export function terminalSource(markdown: string): string {
  return terminalSafe(markdown).replace(
    /&(?:#[xX]([0-9a-fA-F]{1,8})|#([0-9]{1,10})|([a-zA-Z]+));/g,
    (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
      const code = hex ? parseInt(hex, 16) : dec ? Number(dec) : NAMED[name!.toLowerCase()];
      if (code === undefined || code > 0x10ffff) return whole;
      const ch = String.fromCodePoint(code);
      const safe = terminalSafe(ch);
      return safe === ch && code !== 0 ? whole : code === 0 ? '\\x00' : safe.replace(/\\/g, '\\\\');
    },
  );
}

/**
 * The renderer's output with only the escape sequences inkoop asks for: SGR
 * (colour, bold) and OSC 8 links to an address without control characters.
 * Anything else that looks like a control character is shown as an escape.
 */
export function terminalOutput(text: string): string {
  return text.replace(
    /\u001b\[[0-9;]*m|\u001b\]8;[^\u0000-\u001f\u007f-\u009f]*(?:\u0007|\u001b\\)|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g,
    (m) => (m.length > 1 ? m : terminalSafe(m)),
  );
}

export interface TerminalOptions {
  color?: boolean;
  width?: number;
  /**
   * `auto` (default): without colour, the page goes through the small renderer
   * of ./markdown-text.ts when it can take it, else through marked-terminal;
   * `marked`: always marked-terminal (the reference the tests compare with).
   */
  engine?: 'auto' | 'marked';
}

export async function renderTerminal(
  markdown: string,
  options: TerminalOptions = {},
): Promise<string> {
  // Reflowed to the width asked for (capped at 100 columns for reading); without one, not wrapped.
  const width = options.width === undefined ? undefined : Math.min(options.width, 100);
  const source = terminalSource(markdown);
  const plain =
    options.engine !== 'marked' && !colorEnabled(options.color) ? plainMarkdown(source) : null;
  const out = plain ?? (await renderMarked(source, options.color));
  const text = terminalOutput(out.replace(/\n{3,}/g, '\n\n').trimEnd()) + '\n';
  // What the renderer left wider than the width (long words it kept whole), fitted without breaking words.
  return width === undefined ? text : fitText(text, width);
}

/** marked with marked-terminal, loaded only when the page needs it (colour, or Markdown the small renderer refuses). */
async function renderMarked(source: string, color: boolean | undefined): Promise<string> {
  const [{ Marked }, { markedTerminal }, chalk] = await Promise.all([
    import('marked'),
    import('marked-terminal'),
    loadChalk(color),
  ]);
  const marked = new Marked();
  marked.use(
    markedTerminal(
      {
        // Not reflowed by the renderer (it breaks words longer than the width,
        // URLs too): fitText wraps at spaces only.
        width: 1_000_000,
        reflowText: false,
        emoji: false,
        tab: 2,
        showSectionPrefix: false,
        firstHeading: chalk.bold.underline,
        heading: chalk.bold,
        strong: chalk.bold,
        em: chalk.italic,
        codespan: chalk.cyan,
        code: chalk.reset,
        link: chalk.blue,
        href: chalk.blue.underline,
        blockquote: chalk.italic,
      } as never,
      { ignoreIllegals: true } as never,
    ) as never,
  );
  marked.use({
    renderer: {
      text(token: Tokens.Text | Tokens.Escape | string) {
        if (typeof token === 'object' && 'tokens' in token && token.tokens?.length) {
          return this.parser.parseInline(token.tokens);
        }
        return false;
      },
    },
  });
  return marked.parse(source);
}
