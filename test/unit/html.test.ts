import { describe, expect, it } from 'vitest';
import {
  attrs,
  escapeHtml,
  html,
  htmlDocument,
  join,
  raw,
  slug,
  table,
  THEME,
} from '../../src/lib/html.js';
import { contrastRatio } from '../../src/lib/charts.js';

describe('escaping', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });

  it('escapes every interpolated string in html``, but not markup built by html`` or raw()', () => {
    const name = '<script>alert(1)</script>';
    const out =
      html`<p title="${name}">${name} ${html`<b>${'&'}</b>`} ${raw('<i>x</i>')} ${42} ${null}${undefined}${false}</p>`
        .value;
    expect(out).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt; <b>&amp;</b> <i>x</i> 42 </p>',
    );
    expect(out).not.toContain('<script>');
  });

  it('escapes the items of a list and a text separator', () => {
    expect(join(['a<b', html`<br>`, 'c'], ' & ').value).toBe('a&lt;b &amp; <br> &amp; c');
    expect(html`${['<x>', '<y>']}`.value).toBe('&lt;x&gt;&lt;y&gt;');
  });

  it('builds attributes, leaving out null and false, and refuses a bad attribute name', () => {
    expect(attrs({ a: 'x"y', b: null, c: false, d: true, 'data-value': 1.5 }).value).toBe(
      ' a="x&quot;y" d data-value="1.5"',
    );
    expect(() => attrs({ 'on click': 'x' })).toThrow(/invalid attribute name/);
  });

  it('makes ids from any text', () => {
    expect(slug('OpenZaak Coöperatie!')).toBe('openzaak-cooperatie');
    expect(slug('***')).toBe('x');
  });
});

describe('tables', () => {
  const t = table({
    caption: 'Costs <per> year',
    columns: [{ header: 'Year' }, { header: 'Total & more', numeric: true }],
    rows: [
      ['2026', '1.234,56'],
      ['<2027>', { value: '-5,00', data: { cents: -500 } }],
    ],
    foot: [['Total', '1.229,56']],
    note: 'Amounts in EUR',
  }).value;

  it('has a caption, column headers with scope=col and row headers with scope=row', () => {
    expect(t).toContain('<caption id="t-costs-per-year-caption">Costs &lt;per&gt; year</caption>');
    expect(t).toContain(
      '<th scope="col">Year</th><th scope="col" class="num">Total &amp; more</th>',
    );
    expect(t).toContain('<th scope="row">2026</th><td class="num">1.234,56</td>');
    expect(t).toContain(
      '<th scope="row">&lt;2027&gt;</th><td class="num" data-cents="-500">-5,00</td>',
    );
    expect(t).toMatch(
      /<tfoot><tr><th scope="row">Total<\/th><td class="num">1\.229,56<\/td><\/tr><\/tfoot>/,
    );
    expect(t).toContain('<p class="table-note">Amounts in EUR</p>');
  });

  it('wraps the table in a focusable region named by its caption (a wide table scrolls by keyboard)', () => {
    expect(t).toMatch(
      /^<div class="table-wrap" role="region" tabindex="0" aria-labelledby="t-costs-per-year-caption"><table id="t-costs-per-year">/,
    );
  });
});

describe('document shell', () => {
  const doc = htmlDocument({
    lang: 'nl',
    title: 'TCO <vergelijking>',
    body: html`<h1>${'A & B'}</h1>`,
    footer: 'inkoop 1.0',
  });

  it('declares language, charset, viewport and an escaped title', () => {
    expect(doc).toMatch(/^<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">/);
    expect(doc).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(doc).toContain('<title>TCO &lt;vergelijking&gt;</title>');
    expect(doc).toContain('<main>\n<h1>A &amp; B</h1>\n</main>');
    expect(doc).toContain('<footer class="report">inkoop 1.0</footer>');
  });

  it('is self-contained: inline style only, no script, nothing to fetch, and a policy that forbids fetching', () => {
    expect(doc).not.toMatch(/<script|<link|<img|@import|url\(|src=|href=/i);
    expect(doc).toContain('content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;');
  });

  it('prints on A4 with print styles', () => {
    expect(doc).toContain('@page { size: A4;');
    expect(doc).toContain('@media print {');
  });

  it('uses text colours with at least 4.5:1 contrast on their backgrounds (WCAG 1.4.3)', () => {
    const pairs: [string, string][] = [
      [THEME.text, THEME.background],
      [THEME.muted, THEME.background],
      [THEME.text, THEME.headerBackground],
      [THEME.muted, THEME.headerBackground],
      [THEME.accent, THEME.background],
      [THEME.good, THEME.background],
      [THEME.good, THEME.goodBackground],
      [THEME.text, THEME.goodBackground],
      [THEME.text, THEME.warnBackground],
      [THEME.warn, THEME.warnBackground],
      [THEME.text, THEME.badBackground],
      [THEME.bad, THEME.badBackground],
    ];
    for (const [fg, bg] of pairs)
      expect(contrastRatio(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });
});
