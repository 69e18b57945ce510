/**
 * Markdown that inkoop generated, as a self-contained HTML report (the
 * shell of ./html.ts: no script, a Content-Security-Policy, print CSS).
 * Raw HTML in the Markdown is shown as text, never as markup.
 */
import { Marked } from 'marked';
import { escapeHtml, htmlDocument, raw } from './html.js';

export function markdownToHtml(markdown: string, title: string, lang: string): string {
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      html(token) {
        return escapeHtml(token.text);
      },
      link(token) {
        return this.parser.parseInline(token.tokens);
      },
      image(token) {
        return escapeHtml(token.text);
      },
    },
  });
  const body = marked.parse(markdown) as string;
  return htmlDocument({ lang, title, body: raw(body) } as Parameters<typeof htmlDocument>[0]);
}
