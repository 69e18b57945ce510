/**
 * Markdown rendered for a terminal with marked-terminal. marked-terminal
 * 7.3.1 prints inline Markdown inside list items literally with marked >= 13
 * (upstream issues #304 and #371): a tight list item is a `text` token with
 * inline children, and its `text` renderer prints the raw source. The
 * extension below parses those children instead, so `- **Term**: text`
 * comes out bold, not with literal asterisks.
 */
import { Marked, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { loadChalk } from './color.js';

export interface TerminalOptions {
  color?: boolean;
  width?: number;
}

export async function renderTerminal(
  markdown: string,
  options: TerminalOptions = {},
): Promise<string> {
  const chalk = await loadChalk(options.color);
  const width = Math.max(40, Math.min(options.width ?? process.stdout.columns ?? 80, 100));
  const marked = new Marked();
  marked.use(
    markedTerminal(
      {
        width,
        reflowText: true,
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
        if (typeof token === 'object' && 'tokens' in token && token.tokens && token.tokens.length) {
          return this.parser.parseInline(token.tokens);
        }
        return false;
      },
    },
  });
  const out = await marked.parse(markdown);
  return out.replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
