/**
 * Self-contained HTML reports: escaping, a document shell with inline CSS
 * (screen and A4 print), and accessible tables. Pure string builders; no
 * script, no font, image or style from the network.
 *
 * Every interpolated value goes through `html`...`` (a tagged template that
 * escapes strings) or `escapeHtml`; markup built by this module or by
 * `raw()` is an `Html` value and passes through unescaped.
 */

/** Markup that is safe to insert as it is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** A value that can be interpolated: text (escaped), markup, a list of either, or nothing. */
export type HtmlValue = string | number | Html | null | undefined | false | readonly HtmlValue[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an element's content and for a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Trusted markup, inserted without escaping. Only for text this program generated itself. */
export function raw(markup: string): Html {
  return new Html(markup);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'number') return escapeHtml(String(value));
  return escapeHtml(value as string);
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`; Html values and lists of them pass through. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** Joins values into one Html with a separator (escaped when it is text). */
export function join(values: readonly HtmlValue[], separator: HtmlValue = ''): Html {
  return new Html(values.map(render).join(render(separator)));
}

/** An attribute list from a record: `data-value="3"` etc.; null/undefined/false are left out, true is a bare attribute. */
export function attrs(
  record: Readonly<Record<string, string | number | boolean | null | undefined>>,
): Html {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(record)) {
    if (v === null || v === undefined || v === false) continue;
    if (!/^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/.test(k)) throw new Error(`invalid attribute name: ${k}`);
    parts.push(v === true ? k : `${k}="${escapeHtml(String(v))}"`);
  }
  return new Html(parts.length ? ' ' + parts.join(' ') : '');
}

/** A slug for ids: lowercase letters, digits and hyphens. */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'x';
}

// ---------------------------------------------------------------- tables

/** A table cell: text, markup, or a cell with options. */
export type Cell =
  | string
  | Html
  | {
      value: string | Html;
      /** Right-aligned, tabular figures (default: the column's). */
      numeric?: boolean;
      /** Extra class names. */
      className?: string;
      /** data-* attributes, e.g. { value: 1234.56 } becomes data-value="1234.56". */
      data?: Readonly<Record<string, string | number>>;
      colspan?: number;
    };

export interface TableColumn {
  header: string | Html;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Cells of this column are row headers (`<th scope="row">`). The first column is one unless set to false. */
  rowHeader?: boolean;
  className?: string;
}

export interface TableOptions {
  /** The caption: what the table shows. Required: every table says what it is. */
  caption: string | Html;
  columns: readonly TableColumn[];
  rows: readonly (readonly Cell[])[];
  /** Rows in `<tfoot>` (totals). */
  foot?: readonly (readonly Cell[])[];
  id?: string;
  className?: string;
  /** A short note under the table (units, rounding). */
  note?: string | Html;
  /** data-* attributes on the table element. */
  data?: Readonly<Record<string, string | number>>;
  /** A class per body row (e.g. "group", "sub"). */
  rowClasses?: readonly (string | null | undefined)[];
}

function cellParts(cell: Cell): {
  value: string | Html;
  numeric?: boolean;
  className?: string;
  data?: Readonly<Record<string, string | number>>;
  colspan?: number;
} {
  return typeof cell === 'string' || cell instanceof Html ? { value: cell } : cell;
}

function dataAttrs(
  data: Readonly<Record<string, string | number>> | undefined,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (data) for (const [k, v] of Object.entries(data)) out[`data-${k}`] = v;
  return out;
}

function classes(...names: (string | false | undefined | null)[]): string | null {
  const s = names.filter(Boolean).join(' ');
  return s || null;
}

/**
 * An accessible data table: a caption, column headers with `scope="col"`,
 * row headers with `scope="row"`, numeric columns right-aligned with tabular
 * figures. On screen a wide table scrolls inside a focusable region that is
 * named by the caption; in print it is laid out in full.
 */
export function table(options: TableOptions): Html {
  const id =
    options.id ??
    `t-${slug(String(options.caption instanceof Html ? options.caption.value.replace(/<[^>]*>/g, '') : options.caption)).slice(0, 40)}`;
  const captionId = `${id}-caption`;
  const isRowHeader = (i: number) => options.columns[i]?.rowHeader ?? i === 0;
  const head = html`<thead><tr>${options.columns.map(
    (c) =>
      html`<th${attrs({ scope: 'col', class: classes(c.numeric && 'num', c.className) })}>${c.header}</th>`,
  )}</tr></thead>`;
  const row = (cells: readonly Cell[], rowClass?: string | null) => {
    let col = 0;
    const out: Html[] = [];
    for (const cell of cells) {
      const p = cellParts(cell);
      const column = options.columns[col];
      const numeric = p.numeric ?? column?.numeric ?? false;
      const tag = isRowHeader(col) ? 'th' : 'td';
      const a = attrs({
        scope: tag === 'th' ? 'row' : null,
        class: classes(numeric && 'num', column?.className, p.className),
        colspan: p.colspan && p.colspan > 1 ? p.colspan : null,
        ...dataAttrs(p.data),
      });
      out.push(html`${raw(`<${tag}`)}${a}>${p.value}${raw(`</${tag}>`)}`);
      col += p.colspan ?? 1;
    }
    return html`<tr${attrs({ class: rowClass || null })}>${out}</tr>`;
  };
  const body = html`<tbody>${options.rows.map((r, i) => row(r, options.rowClasses?.[i]))}</tbody>`;
  const foot = options.foot?.length ? html`<tfoot>${options.foot.map((r) => row(r))}</tfoot>` : '';
  const note = options.note ? html`<p class="table-note">${options.note}</p>` : '';
  return html`<div class="table-wrap" role="region" tabindex="0" aria-labelledby="${captionId}"><table${attrs(
    {
      id,
      class: classes(options.className),
      ...dataAttrs(options.data),
    },
  )}><caption id="${captionId}">${options.caption}</caption>${head}${body}${foot}</table></div>${note}`;
}

// ---------------------------------------------------------------- document

export interface DocumentOptions {
  lang: string;
  title: string;
  /** The page's content (inside `<main>`). */
  body: Html;
  /** A line in the footer, e.g. the tool and version that made the report. */
  footer?: string | Html;
  /** Extra CSS appended to the base style. */
  css?: string;
  /** `<meta name="description">`. */
  description?: string;
}

/** Colours used by the style sheet; each text colour has at least 4.5:1 contrast on its background (WCAG 1.4.3). */
export const THEME = {
  text: '#1a1a1a',
  muted: '#4a4a4a',
  background: '#ffffff',
  rule: '#b8b8b8',
  headerBackground: '#eef1f5',
  accent: '#1f4e8c',
  good: '#1d6b34',
  goodBackground: '#e8f4ec',
  warn: '#7a4a00',
  warnBackground: '#fdf3e1',
  bad: '#a1221b',
  badBackground: '#fbeceb',
} as const;

/** The base style sheet: readable type, tables, charts, callouts, and A4 print. */
export const BASE_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: ${THEME.background}; color: ${THEME.text};
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
  font-size: 1rem; line-height: 1.5;
}
main { max-width: 62rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; line-height: 1.25; margin: 2.25rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid ${THEME.accent}; }
h3 { font-size: 1.1rem; margin: 1.75rem 0 .5rem; }
p, ul, ol, dl { margin: 0 0 .9rem; }
.subtitle { color: ${THEME.muted}; margin: 0 0 1.25rem; }
.muted, .table-note { color: ${THEME.muted}; font-size: .9em; }
.table-note { margin: -.25rem 0 1.25rem; }
a { color: ${THEME.accent}; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1.25rem; margin: 0 0 1.25rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; font-variant-numeric: tabular-nums; }
.callout { border-left: 5px solid ${THEME.accent}; background: ${THEME.headerBackground}; padding: .75rem 1rem; margin: 0 0 1.25rem; }
.callout > :last-child { margin-bottom: 0; }
.callout.good { border-color: ${THEME.good}; background: ${THEME.goodBackground}; }
.callout.warn { border-color: ${THEME.warn}; background: ${THEME.warnBackground}; }
.callout.bad { border-color: ${THEME.bad}; background: ${THEME.badBackground}; }
.verdict { font-size: 1.15rem; font-weight: 600; }
.table-wrap { overflow-x: auto; margin: 0 0 1.25rem; }
.table-wrap:focus-visible { outline: 3px solid ${THEME.accent}; outline-offset: 2px; }
table { border-collapse: collapse; width: auto; min-width: min(100%, 30rem); max-width: 100%; font-size: .92rem; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: 0 0 .4rem; }
th, td { padding: .35rem .6rem; border-bottom: 1px solid ${THEME.rule}; vertical-align: top; text-align: left; }
thead th { background: ${THEME.headerBackground}; border-bottom: 2px solid ${THEME.text}; font-weight: 600; vertical-align: bottom; }
tbody th { font-weight: 600; }
tfoot th, tfoot td { border-top: 2px solid ${THEME.text}; border-bottom: none; font-weight: 700; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th.num { white-space: normal; }
tr.sub th, tr.sub td { color: ${THEME.muted}; }
tr.sub th { padding-left: 1.5rem; font-weight: 400; }
tr.group th, tr.group td { font-weight: 700; background: #f7f8fa; }
.neg { color: ${THEME.good}; }
figure.chart { margin: 0 0 1.5rem; }
figure.chart svg { display: block; width: 100%; height: auto; max-width: 100%; overflow: visible; }
figure.chart figcaption { font-weight: 600; margin: 0 0 .4rem; }
svg text { font-family: inherit; }
.swatch { display: inline-block; width: .9em; height: .9em; vertical-align: -.1em; margin-right: .35em; border-radius: 2px; }
footer.report { max-width: 62rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; color: ${THEME.muted}; font-size: .85rem; border-top: 1px solid ${THEME.rule}; }
.print-only { display: none; }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { font-size: 10pt; line-height: 1.4; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 18pt; }
  h2 { font-size: 13pt; margin-top: 14pt; break-after: avoid; page-break-after: avoid; }
  h3 { font-size: 11pt; break-after: avoid; page-break-after: avoid; }
  table { font-size: 8.5pt; }
  th, td { padding: 2pt 4pt; }
  thead { display: table-header-group; }
  tr, figure.chart, .callout, dl.facts { break-inside: avoid; page-break-inside: avoid; }
  .table-wrap { overflow: visible; break-inside: avoid; page-break-inside: avoid; }
  figure.chart svg { max-height: 120mm; }
  .print-only { display: block; }
  .no-print { display: none; }
  footer.report { max-width: none; padding: 6pt 0 0; }
  thead th, tr.group th, tr.group td, .callout { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  figure.chart { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/**
 * A complete HTML document: `lang`, charset, viewport, title, the inline
 * style sheet, a `<main>` landmark and an optional footer. Nothing is loaded
 * from elsewhere; a Content-Security-Policy forbids it, so a stray reference
 * could not leak a request either.
 */
export function htmlDocument(options: DocumentOptions): string {
  const csp =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";
  const css = (BASE_CSS + (options.css ?? '')).replace(/\n\s*/g, '\n').trim();
  const doc = html`<!DOCTYPE html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="color-scheme" content="light">
${options.description ? html`<meta name="description" content="${options.description}">\n` : ''}<meta name="generator" content="inkoop">
<title>${options.title}</title>
<style>
${raw(css)}
</style>
</head>
<body>
<main>
${options.body}
</main>
${options.footer ? html`<footer class="report">${options.footer}</footer>\n` : ''}</body>
</html>
`;
  return doc.value;
}
