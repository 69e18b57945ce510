/**
 * Charts as inline SVG, generated here: stacked vertical bars (negative
 * values below the axis), a multi-series line chart, and horizontal stacked
 * bars. Pure functions: data in, markup out; no script, nothing fetched.
 *
 * Accessibility: every chart is `role="img"` with a `<title>` and a `<desc>`
 * (named by aria-labelledby), a legend, axis labels, and a tooltip title on
 * each bar and point. Reports show the same data as a table beside the chart.
 * Each bar and point carries `data-series`, `data-category` and `data-value`
 * (the figure it draws), so a test can check its size against the figures.
 */
import { attrs, html, THEME, type Html } from './html.js';

// ---------------------------------------------------------------- colours

/**
 * Series colours. Each has at least 3:1 contrast against white (WCAG 2.1
 * success criterion 1.4.11, non-text contrast), checked by a unit test;
 * neighbouring colours differ in hue and lightness.
 */
export const PALETTE = [
  '#1f5fa8', // blue
  '#d55e00', // vermillion
  '#0f7b5f', // bluish green
  '#b8578f', // reddish purple
  '#6d28d9', // violet
  '#a16207', // ochre
  '#0e7490', // cyan
  '#b91c1c', // red
  '#4d5b6b', // slate
  '#65730d', // olive
  '#8b5a2b', // brown
  '#1e3a8a', // navy
] as const;

/** WCAG 2.1 relative luminance of an sRGB colour given as #rrggbb or #rgb. */
export function relativeLuminance(hex: string): number {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a hex colour: ${hex}`);
  let h = m[1]!;
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

// ---------------------------------------------------------------- scales

/** Round, evenly spaced axis ticks (steps of 1, 2, 2.5 or 5 times a power of ten) that cover min..max and 0. */
export function niceTicks(
  min: number,
  max: number,
  count = 5,
): { min: number; max: number; step: number; ticks: number[] } {
  let lo = Math.min(0, min);
  let hi = Math.max(0, max);
  if (!Number.isFinite(lo) || !Number.isFinite(hi))
    throw new Error('niceTicks: values must be finite');
  if (hi - lo === 0) hi = lo + 1;
  const rough = (hi - lo) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice =
    fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  const step = nice * power;
  const clean = (v: number) => {
    const r = Number(v.toPrecision(12));
    return r === 0 ? 0 : r;
  };
  lo = clean(Math.floor(lo / step + 1e-9) * step);
  hi = clean(Math.ceil(hi / step - 1e-9) * step);
  const ticks: number[] = [];
  for (let i = 0; ; i++) {
    const v = clean(lo + i * step);
    if (v > hi + step / 1e6) break;
    ticks.push(v);
  }
  return { min: lo, max: hi, step, ticks };
}

/**
 * The value axis of a vertical chart: round ticks up to a round maximum; below
 * zero only as far as the data go (plus a little room) when a whole step would
 * leave most of it empty, so a small residual value does not shrink the chart.
 */
function valueScale(low: number, high: number): { min: number; max: number; ticks: number[] } {
  const nice = niceTicks(low, high, 5);
  let min = nice.min;
  if (low < 0 && low - nice.min > nice.step / 2) min = low - (nice.max - low) * 0.03;
  return { min, max: nice.max, ticks: nice.ticks.filter((t) => t >= min - nice.step * 1e-9) };
}

/** Coordinates with at most two decimals, so the markup stays small and stable. */
function fx(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(r === 0 ? 0 : r);
}

/** Rough width of a text in a sans-serif font: enough to lay out labels without a browser. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text)
    w += /[\s.,:;'|!il1]/.test(ch)
      ? 0.32
      : /[MW@%mw]/.test(ch)
        ? 0.9
        : /[A-Z]/.test(ch)
          ? 0.68
          : 0.57;
  return w * fontSize;
}

function truncate(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(chars.join('') + '…', fontSize) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + '…';
}

// ---------------------------------------------------------------- shared parts

export interface ChartSeries {
  /** Stable key, written to data-series. */
  key: string;
  /** Name shown in the legend and tooltips. */
  name: string;
  /** Fill or stroke colour; default: the palette in order. */
  color?: string;
  /** One value per category. */
  values: readonly number[];
}

export interface ChartBase {
  /** Prefix for element ids; unique within the page. */
  id: string;
  /** Short title (the SVG's <title>). */
  title: string;
  /** What the chart shows, in a sentence or two (the SVG's <desc>). */
  description: string;
  /** One label per position on the category axis (years, vendors). */
  categories: readonly string[];
  /** Stable keys of the categories for data-category (default: the labels). */
  keys?: readonly string[];
  series: readonly ChartSeries[];
  /** Label of the category axis. */
  categoryLabel: string;
  /** Label of the value axis (with the unit). */
  valueLabel: string;
  /** Full value for tooltips, e.g. "EUR 1.234,56". */
  formatValue: (value: number) => string;
  /** Tick label, e.g. "250.000"; default formatValue. */
  formatTick?: (value: number) => string;
  /** viewBox width (default 720). */
  width?: number;
}

const FONT = 12;
const SMALL = 11;
const GRID = '#d0d0d0';
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '5 2', '1 2'] as const;

function colorOf(series: readonly ChartSeries[], i: number): string {
  return series[i]!.color ?? PALETTE[i % PALETTE.length]!;
}

interface LegendItem {
  name: string;
  color: string;
  kind: 'box' | 'line';
  dash?: string;
}

/** Legend items laid out in rows within a width; returns the markup and its height. */
function legend(
  items: readonly LegendItem[],
  x0: number,
  y0: number,
  width: number,
  id: string,
): { svg: Html; height: number } {
  const rowHeight = 20;
  const parts: Html[] = [];
  let x = x0;
  let y = y0;
  for (const item of items) {
    const label = truncate(item.name, width - 40, FONT);
    const w = 24 + textWidth(label, FONT) + 18;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += rowHeight;
    }
    const mark =
      item.kind === 'box'
        ? html`<rect x="${fx(x)}" y="${fx(y + 3)}" width="14" height="14" rx="2" fill="${item.color}"/>`
        : html`<line x1="${fx(x - 2)}" y1="${fx(y + 10)}" x2="${fx(x + 18)}" y2="${fx(y + 10)}" stroke="${item.color}" stroke-width="2.5"${attrs({ 'stroke-dasharray': item.dash || null })}/><circle cx="${fx(x + 8)}" cy="${fx(y + 10)}" r="3.5" fill="${item.color}"/>`;
    parts.push(
      html`<g class="legend-item">${mark}<text x="${fx(x + 22)}" y="${fx(y + 14.5)}" font-size="${FONT}" fill="${THEME.text}">${label}</text></g>`,
    );
    x += w;
  }
  const height = items.length ? y - y0 + rowHeight : 0;
  return { svg: html`<g class="legend" id="${id}-legend">${parts}</g>`, height };
}

function svgOpen(o: ChartBase, kind: string, width: number, height: number): Html {
  return html`<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${fx(height)}" width="${width}" height="${fx(height)}" aria-labelledby="${o.id}-title ${o.id}-desc" id="${o.id}" data-chart="${kind}" font-size="${FONT}"><title id="${o.id}-title">${o.title}</title><desc id="${o.id}-desc">${o.description}</desc>`;
}

/** Checks that every series has one finite value per category. */
function checkData(o: ChartBase): void {
  if (o.keys && o.keys.length !== o.categories.length)
    throw new Error(`chart ${o.id}: ${o.keys.length} keys for ${o.categories.length} categories`);
  for (const s of o.series) {
    if (s.values.length !== o.categories.length)
      throw new Error(
        `chart ${o.id}: series ${s.key} has ${s.values.length} values for ${o.categories.length} categories`,
      );
    for (const v of s.values)
      if (!Number.isFinite(v))
        throw new Error(`chart ${o.id}: series ${s.key} has a value that is not a finite number`);
  }
}

/** Sums of the positive and of the negative values per category. */
function stackExtent(o: ChartBase): { low: number; high: number } {
  let low = 0;
  let high = 0;
  o.categories.forEach((_, i) => {
    let pos = 0;
    let neg = 0;
    for (const s of o.series) {
      const v = s.values[i]!;
      if (v > 0) pos += v;
      else neg += v;
    }
    high = Math.max(high, pos);
    low = Math.min(low, neg);
  });
  return { low, high };
}

/** Which category labels fit on an axis of this length: every k-th. */
function labelStep(labels: readonly string[], length: number, fontSize: number): number {
  const widest = Math.max(1, ...labels.map((l) => textWidth(l, fontSize)));
  const fit = Math.max(1, Math.floor(length / (widest + 8)));
  return Math.max(1, Math.ceil(labels.length / fit));
}

// ---------------------------------------------------------------- frame and axes

/** The frame every chart shares: the svg element, legend, plot area, value axis with its grid, zero line and axis titles. */
interface Frame {
  open: Html;
  legend: Html;
  top: number;
  left: number;
  plotW: number;
  plotH: number;
  height: number;
  /** Where a value sits on the value axis (y for vertical charts, x for horizontal ones). */
  at: (v: number) => number;
  grid: Html;
  zero: Html;
  valueLabel: Html;
  categoryLabel: Html;
}

/**
 * Lays out a chart: the legend on top, then the plot area, the value axis
 * (vertical: on the left, values upwards; horizontal: below, values to the
 * right) with grid lines at the ticks, and the titles of both axes. The
 * caller draws the data inside `top`..`top + plotH` and `left`..`left + plotW`.
 */
function frame(
  o: ChartBase,
  kind: string,
  p: {
    horizontal: boolean;
    scale: { min: number; max: number; ticks: number[] };
    items: LegendItem[];
    /** Width of the category labels (horizontal charts); vertical charts fit the tick labels. */
    left?: number;
    right: number;
    /** Height of the plot area; a function of the top for charts whose height follows their data. */
    plotH: number;
    bottom: number;
  },
): Frame {
  const width = o.width ?? 720;
  const tick = o.formatTick ?? o.formatValue;
  const tickLabels = p.scale.ticks.map(tick);
  const left = p.left ?? Math.max(...tickLabels.map((t) => textWidth(t, SMALL))) + 14;
  const legendRight = p.horizontal ? 16 : p.right;
  const leg = legend(p.items, left, 4, width - left - legendRight, o.id);
  const top = 4 + leg.height + (p.horizontal ? 12 : 26);
  const plotW = width - left - p.right;
  const plotH = p.plotH;
  const height = top + plotH + p.bottom;
  const { min, max } = p.scale;
  const at = p.horizontal
    ? (v: number) => left + ((v - min) / (max - min)) * plotW
    : (v: number) => top + ((max - v) / (max - min)) * plotH;
  const grid = p.scale.ticks.map((t, i) =>
    p.horizontal
      ? html`<line x1="${fx(at(t))}" x2="${fx(at(t))}" y1="${fx(top)}" y2="${fx(top + plotH)}" stroke="${GRID}" stroke-width="1"/><text x="${fx(at(t))}" y="${fx(top + plotH + 16)}" text-anchor="middle" font-size="${SMALL}" fill="${THEME.muted}">${tickLabels[i]!}</text>`
      : html`<line x1="${fx(left)}" x2="${fx(left + plotW)}" y1="${fx(at(t))}" y2="${fx(at(t))}" stroke="${GRID}" stroke-width="1"/><text x="${fx(left - 6)}" y="${fx(at(t) + 4)}" text-anchor="end" font-size="${SMALL}" fill="${THEME.muted}">${tickLabels[i]!}</text>`,
  );
  const zero = p.horizontal
    ? html`<line class="zero" x1="${fx(at(0))}" x2="${fx(at(0))}" y1="${fx(top)}" y2="${fx(top + plotH)}" stroke="${THEME.text}" stroke-width="1.25" data-value="0"/>`
    : html`<line class="zero" x1="${fx(left)}" x2="${fx(left + plotW)}" y1="${fx(at(0))}" y2="${fx(at(0))}" stroke="${THEME.text}" stroke-width="1.25" data-value="0"/>`;
  const title = (x: number, y: number, anchor: string | null, cls: string, text: string) =>
    html`<text x="${fx(x)}" y="${fx(y)}"${attrs({ 'text-anchor': anchor })} font-size="${FONT}" font-weight="600" fill="${THEME.text}" class="axis-label ${cls}">${text}</text>`;
  const bottomTitle = (cls: string, text: string) =>
    title(left + plotW / 2, height - 8, 'middle', cls, text);
  return {
    open: svgOpen(o, kind, width, height),
    legend: leg.svg,
    top,
    left,
    plotW,
    plotH,
    height,
    at,
    grid: html`<g class="grid">${grid}</g>`,
    zero,
    valueLabel: p.horizontal
      ? bottomTitle('value-axis', o.valueLabel)
      : title(left, top - 10, null, 'value-axis', o.valueLabel),
    categoryLabel: p.horizontal
      ? title(left - 8, top - 4, 'end', 'category-axis', o.categoryLabel)
      : bottomTitle('category-axis', o.categoryLabel),
  };
}

// ---------------------------------------------------------------- stacked vertical bars

export interface StackedBarsOptions extends ChartBase {
  /** Height of the plot area (default 260). */
  plotHeight?: number;
}

/**
 * Vertical bars, one per category, each stacked from its series' values:
 * positive values upwards from zero, negative values (a residual value)
 * downwards below the axis.
 */
export function stackedBarChart(o: StackedBarsOptions): Html {
  checkData(o);
  const { low, high } = stackExtent(o);
  const f = frame(o, 'stacked-bars', {
    horizontal: false,
    scale: valueScale(low, high),
    items: o.series.map((s, i) => ({ name: s.name, color: colorOf(o.series, i), kind: 'box' })),
    right: 12,
    plotH: o.plotHeight ?? 260,
    bottom: 46,
  });
  const { top, left, plotW, plotH, at: y } = f;
  const n = Math.max(1, o.categories.length);
  const band = plotW / n;
  const barW = Math.min(band * 0.72, 56);
  const bars: Html[] = [];
  o.categories.forEach((cat, i) => {
    const x = left + i * band + (band - barW) / 2;
    let pos = 0;
    let neg = 0;
    o.series.forEach((s, k) => {
      const v = s.values[i]!;
      if (v === 0) return;
      let y0: number;
      let y1: number;
      if (v > 0) {
        y0 = y(pos + v);
        y1 = y(pos);
        pos += v;
      } else {
        y0 = y(neg);
        y1 = y(neg + v);
        neg += v;
      }
      bars.push(
        html`<rect class="bar"${attrs({ x: fx(x), y: fx(y0), width: fx(barW), height: fx(y1 - y0), fill: colorOf(o.series, k), stroke: '#ffffff', 'stroke-width': 0.75, 'data-series': s.key, 'data-category': o.keys?.[i] ?? cat, 'data-value': v })}><title>${cat}, ${s.name}: ${o.formatValue(v)}</title></rect>`,
      );
    });
  });
  const step = labelStep(o.categories, plotW, SMALL);
  const xLabels = o.categories.map((cat, i) =>
    i % step === 0
      ? html`<text x="${fx(left + i * band + band / 2)}" y="${fx(top + plotH + 16)}" text-anchor="middle" font-size="${SMALL}" fill="${THEME.muted}">${cat}</text>`
      : '',
  );
  return html`${f.open}${f.legend}${f.valueLabel}${f.grid}<g class="bars">${bars}</g>${f.zero}<g class="category-labels">${xLabels}</g>${f.categoryLabel}</svg>`;
}

// ---------------------------------------------------------------- lines

export interface LineChartOptions extends ChartBase {
  plotHeight?: number;
}

/**
 * One line per series over the categories (years), each with a dash pattern
 * of its own besides its colour, and a point per value. Lines that cross
 * show a break-even.
 */
export function lineChart(o: LineChartOptions): Html {
  checkData(o);
  let low = 0;
  let high = 0;
  for (const s of o.series)
    for (const v of s.values) {
      low = Math.min(low, v);
      high = Math.max(high, v);
    }
  const f = frame(o, 'lines', {
    horizontal: false,
    scale: valueScale(low, high),
    items: o.series.map((s, i) => ({
      name: s.name,
      color: colorOf(o.series, i),
      kind: 'line',
      dash: DASHES[i % DASHES.length]!,
    })),
    right: 16,
    plotH: o.plotHeight ?? 260,
    bottom: 46,
  });
  const { top, left, plotW, plotH, at: y } = f;
  const n = o.categories.length;
  const pad = 10;
  const x = (i: number) =>
    n <= 1 ? left + plotW / 2 : left + pad + (i * (plotW - 2 * pad)) / (n - 1);
  const r = n > 40 ? 2 : 3.5;
  const lines = o.series.map((s, k) => {
    const color = colorOf(o.series, k);
    const points = s.values.map((v, i) => `${fx(x(i))},${fx(y(v))}`).join(' ');
    const dots = s.values.map(
      (v, i) =>
        html`<circle class="point"${attrs({ cx: fx(x(i)), cy: fx(y(v)), r, fill: color, 'data-series': s.key, 'data-category': o.keys?.[i] ?? o.categories[i]!, 'data-value': v })}><title>${o.categories[i]!}, ${s.name}: ${o.formatValue(v)}</title></circle>`,
    );
    return html`<g class="series" data-series="${s.key}"><polyline points="${points}" fill="none" stroke="${color}" stroke-width="2.5" stroke-linejoin="round"${attrs({ 'stroke-dasharray': DASHES[k % DASHES.length] || null })}/>${dots}</g>`;
  });
  const step = labelStep(o.categories, plotW, SMALL);
  const xLabels = o.categories.map((cat, i) =>
    i % step === 0
      ? html`<text x="${fx(x(i))}" y="${fx(top + plotH + 16)}" text-anchor="middle" font-size="${SMALL}" fill="${THEME.muted}">${cat}</text>`
      : '',
  );
  return html`${f.open}${f.legend}${f.valueLabel}${f.grid}${f.zero}<g class="lines">${lines}</g><g class="category-labels">${xLabels}</g>${f.categoryLabel}</svg>`;
}

// ---------------------------------------------------------------- horizontal stacked bars

export interface HorizontalBarsOptions extends ChartBase {
  /** The end of the value axis at least (e.g. the most points a bid can earn). */
  max?: number;
  /** Text at the end of each bar (e.g. the total), one per category. */
  annotations?: readonly string[];
  /** Height of one bar (default 26). */
  barHeight?: number;
}

/**
 * Horizontal bars, one per category (a bid), each split into its series
 * (criterion groups) from left to right; the annotation (the total) after
 * the bar.
 */
export function horizontalBarChart(o: HorizontalBarsOptions): Html {
  checkData(o);
  const width = o.width ?? 720;
  const { low, high } = stackExtent(o);
  const labelMax = width * 0.32;
  const labels = o.categories.map((c) => truncate(c, labelMax, FONT));
  const annotationW = o.annotations
    ? Math.max(0, ...o.annotations.map((a) => textWidth(a, FONT))) + 12
    : 0;
  const barH = o.barHeight ?? 26;
  const gap = Math.round(barH * 0.5);
  const f = frame(o, 'horizontal-bars', {
    horizontal: true,
    scale: niceTicks(low, Math.max(high, o.max ?? 0), 5),
    items: o.series.map((s, i) => ({ name: s.name, color: colorOf(o.series, i), kind: 'box' })),
    left: Math.min(labelMax, Math.max(...labels.map((l) => textWidth(l, FONT)))) + 14,
    right: Math.max(16, annotationW),
    plotH: o.categories.length * (barH + gap) + gap,
    bottom: 48,
  });
  const { top, left, at: x } = f;
  const bars: Html[] = [];
  const names: Html[] = [];
  o.categories.forEach((cat, i) => {
    const yTop = top + gap + i * (barH + gap);
    names.push(
      html`<text x="${fx(left - 8)}" y="${fx(yTop + barH / 2 + 4)}" text-anchor="end" font-size="${FONT}" fill="${THEME.text}">${labels[i] !== cat ? html`<title>${cat}</title>` : ''}${labels[i]!}</text>`,
    );
    let pos = 0;
    let neg = 0;
    o.series.forEach((s, k) => {
      const v = s.values[i]!;
      if (v === 0) return;
      let x0: number;
      let x1: number;
      if (v > 0) {
        x0 = x(pos);
        x1 = x(pos + v);
        pos += v;
      } else {
        x0 = x(neg + v);
        x1 = x(neg);
        neg += v;
      }
      bars.push(
        html`<rect class="bar"${attrs({ x: fx(x0), y: fx(yTop), width: fx(x1 - x0), height: barH, fill: colorOf(o.series, k), stroke: '#ffffff', 'stroke-width': 0.75, 'data-series': s.key, 'data-category': o.keys?.[i] ?? cat, 'data-value': v })}><title>${cat}, ${s.name}: ${o.formatValue(v)}</title></rect>`,
      );
    });
    const note = o.annotations?.[i];
    if (note)
      bars.push(
        html`<text x="${fx(x(pos) + 6)}" y="${fx(yTop + barH / 2 + 4)}" font-size="${FONT}" font-weight="600" fill="${THEME.text}" class="annotation">${note}</text>`,
      );
  });
  return html`${f.open}${f.legend}${f.grid}${f.zero}<g class="category-labels">${names}</g><g class="bars">${bars}</g>${f.valueLabel}${f.categoryLabel}</svg>`;
}

/** A chart in a figure with a visible caption; `note` goes under it (e.g. "the table below holds the figures"). */
export function figure(chart: Html, caption: string, note?: string | Html): Html {
  return html`<figure class="chart">${html`<figcaption>${caption}</figcaption>`}${chart}${note ? html`<p class="muted">${note}</p>` : ''}</figure>`;
}
