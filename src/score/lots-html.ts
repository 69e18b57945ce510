/**
 * The evaluation report of a tender with lots as one self-contained HTML
 * document: the award per lot, then per lot the sections of the
 * single-tender report (src/score/html.ts) with the lot's award put in.
 * Pure: data in, text out.
 */
import { translator } from '../i18n/index.js';
import type { Lang } from '../lib/i18n.js';
import { html, htmlDocument, raw, type Html } from '../lib/html.js';
import { listJoin } from '../lib/text.js';
import { SCORE_CSS, type ScoreHtmlRobustness, scoreViewSections } from './html.js';
import type { LotOutcome, LotsResult } from './lots.js';
import { lotView } from './lots-render.js';

export interface LotsHtmlOptions {
  explain?: boolean;
  version?: string;
  /** --lot: only this lot. */
  lot?: string;
  robustness?: (lot: LotOutcome) => ScoreHtmlRobustness | undefined;
}

const same = (s: string) => s;

/** A lot's sections one heading level down, with ids of their own. */
function nested(body: Html, prefix: string): Html {
  const value = body.value
    .replace(/<(\/?)h3\b/g, '<$1h4')
    .replace(/<(\/?)h2\b/g, '<$1h3')
    .replace(/\b(id|aria-labelledby|aria-describedby|for)="/g, `$1="${prefix}-`)
    .replace(/href="#/g, `href="#${prefix}-`);
  return raw(value);
}

/** The report of a tender with lots as a complete HTML document. */
export function lotsHtml(result: LotsResult, lang: Lang, options: LotsHtmlOptions = {}): string {
  const t = translator(lang);
  const title = result.title ?? t('score.report');
  const lots =
    options.lot === undefined ? result.lots : result.lots.filter((l) => l.id === options.lot);
  const names = result.lotOrder.map((id) => result.lots.find((l) => l.id === id)!.name);
  const order = `${t('lots.order', { order: names.map((n, i) => `${i + 1}. ${n}`).join(', ') })} ${
    result.maxLotsPerBidder === null
      ? t('lots.noCap')
      : t('lots.cap', { count: result.maxLotsPerBidder })
  }`;
  const summary =
    options.lot === undefined
      ? html`<section aria-labelledby="lots"><h2 id="lots">${t('lots.summaryTitle')}</h2><ul>${result.lotOrder.map(
          (id) => {
            const lot = result.lots.find((l) => l.id === id)!;
            const a = lot.award;
            const who =
              a.winner ??
              (a.tie
                ? t('lots.summaryTie', { vendors: listJoin(a.tied, t('score.and')) })
                : t('lots.summaryNone'));
            const passed = a.passedOver.length
              ? ` ${t('lots.summaryPassed', {
                  vendors: listJoin(
                    a.passedOver.map((p) => p.vendor),
                    t('score.and'),
                  ),
                })}`
              : '';
            return html`<li><a href="#lot-${lot.index + 1}">${lot.name}</a>: ${who}${passed}</li>`;
          },
        )}</ul></section>`
      : '';
  const sections = lots.map((lot) => {
    const view = lotView(result, lot, lang, same);
    const body = scoreViewSections(view, {
      explain: options.explain,
      robustness: options.robustness?.(lot),
    });
    const prefix = `lot-${lot.index + 1}`;
    return html`<section aria-labelledby="${prefix}"><h2 id="${prefix}">${view.title}</h2>
${nested(body, prefix)}
</section>`;
  });
  const body = html`<header><h1>${title}</h1><p class="subtitle">${result.title ? `${t('score.report')}. ` : ''}${order}</p></header>
${summary}
${sections}`;
  return htmlDocument({
    lang,
    title,
    body,
    css: SCORE_CSS(),
    description: order,
    footer: options.version ? t('score.html.made', { version: options.version }) : undefined,
  });
}
