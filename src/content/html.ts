/** Reading the few facts inkoop needs out of a page's raw HTML, and keeping the rest out. */
import type { ActionCard } from './types.js';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  times: '×',
  euro: '€',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}

/** Text content of an HTML fragment: tags removed, entities decoded, whitespace collapsed. */
export function htmlText(fragment: string): string {
  return decodeEntities(fragment.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function firstMatch(re: RegExp, s: string): string | null {
  const m = re.exec(s);
  return m ? htmlText(m[1] ?? '') : null;
}

/**
 * The action cards of a `direct-aan-de-slag` block. Each card is the text
 * from one `class="action-card"` to the next; modal dialogs, forms and
 * scripts between cards are ignored.
 */
export function parseActionCards(html: string): ActionCard[] {
  const cleaned = html
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const starts = [...cleaned.matchAll(/<div[^>]*class="[^"]*\baction-card\b[^"]*"[^>]*>/g)].map(
    (m) => m.index,
  );
  const cards: ActionCard[] = [];
  for (let i = 0; i < starts.length; i++) {
    let chunk = cleaned.slice(starts[i], starts[i + 1] ?? cleaned.length);
    // A card ends at its own closing tag; anything after it (a modal) is not the card's.
    const modal = chunk.search(/<div[^>]*class="[^"]*modal/);
    if (modal > 0) chunk = chunk.slice(0, modal);
    const name = firstMatch(/<h[1-6][^>]*>([\s\S]*?)<\/h[1-6]>/i, chunk);
    if (!name) continue;
    const badge = /<span[^>]*class="[^"]*wip-badge-([\w-]+)[^"]*"[^>]*>([\s\S]*?)<\/span>/i.exec(
      chunk,
    );
    const link = /<a[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/i.exec(chunk);
    const button = /<button[^>]*>([\s\S]*?)<\/button>/i.exec(chunk);
    cards.push({
      name,
      description: firstMatch(/<p[^>]*>([\s\S]*?)<\/p>/i, chunk) ?? '',
      status: badge?.[1]?.toLowerCase() ?? 'onbekend',
      statusLabel: badge ? htmlText(badge[2] ?? '') : '',
      link: link ? decodeEntities(link[1] ?? '') : null,
      action: link ? htmlText(link[2] ?? '') : button ? htmlText(button[1] ?? '') : null,
    });
  }
  return cards;
}

/**
 * Removes inline HTML tags from Markdown text, outside code spans. Autolinks
 * (<https://...>) are kept. `<br>` becomes a line break.
 */
export function stripInlineHtml(line: string): string {
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/<br\s*\/?>/gi, '  \n')
            .replace(/<!--.*?-->/g, '')
            .replace(/<\/?(?!https?:|mailto:)[a-zA-Z][\w-]*(\s[^<>]*)?\/?>/g, ''),
    )
    .join('');
}
