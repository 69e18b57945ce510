import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  horizontalBarChart,
  lineChart,
  niceTicks,
  PALETTE,
  relativeLuminance,
  stackedBarChart,
  type ChartBase,
} from '../../src/lib/charts.js';

/** The attributes of every element with this class in an SVG string. */
function elements(svg: string, tag: string, cls: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of svg.matchAll(new RegExp(`<${tag} class="${cls}"([^>]*)>`, 'g'))) {
    const a: Record<string, string> = {};
    for (const p of m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)) a[p[1]!] = p[2]!;
    out.push(a);
  }
  return out;
}

function zeroLine(svg: string): Record<string, number> {
  const m = /<line class="zero" x1="([\d.]+)" x2="([\d.]+)" y1="([\d.]+)" y2="([\d.]+)"/.exec(svg)!;
  return { x1: Number(m[1]), x2: Number(m[2]), y1: Number(m[3]), y2: Number(m[4]) };
}

const base = (over: Partial<ChartBase> = {}): ChartBase => ({
  id: 'c',
  title: 'Cost per year',
  description: 'Stacked costs',
  categories: ['2026', '2027', '2028'],
  series: [
    { key: 'license', name: 'License', values: [100, 200, 50] },
    { key: 'hosting', name: 'Hosting', values: [0, 300, 25] },
    { key: 'residual', name: 'Residual value', values: [0, 0, -120] },
  ],
  categoryLabel: 'Year',
  valueLabel: 'EUR',
  formatValue: (v) => `EUR ${v}`,
  ...over,
});

describe('colour palette', () => {
  it('computes WCAG relative luminance and contrast ratios (white on black is 21:1)', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(relativeLuminance('#000')).toBe(0);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    // Published reference value: #767676 on white is 4.54:1 (the lightest grey that passes AA for text).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('gives every series colour at least 3:1 contrast against white (WCAG 1.4.11)', () => {
    expect(PALETTE.length).toBeGreaterThanOrEqual(11);
    for (const c of PALETTE) expect(contrastRatio(c, '#ffffff'), c).toBeGreaterThanOrEqual(3);
    expect(new Set(PALETTE.map((c) => c.toLowerCase())).size).toBe(PALETTE.length);
  });
});

describe('axis ticks', () => {
  it('covers the range and zero with round steps', () => {
    expect(niceTicks(0, 95)).toEqual({
      min: 0,
      max: 100,
      step: 20,
      ticks: [0, 20, 40, 60, 80, 100],
    });
    expect(niceTicks(-120, 500).ticks).toEqual([-200, 0, 200, 400, 600]);
    expect(niceTicks(0, 1_234_567).step).toBe(250_000);
    expect(niceTicks(0, 0).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0.1, 0.7).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });
});

describe('stacked vertical bars', () => {
  const svg = stackedBarChart(base()).value;
  const bars = elements(svg, 'rect', 'bar');
  const zero = zeroLine(svg);

  it('is an accessible image with a title, a description, a legend and axis labels', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart" role="img" viewBox="0 0 720 [\d.]+"/,
    );
    expect(svg).toContain('aria-labelledby="c-title c-desc"');
    expect(svg).toContain(
      '<title id="c-title">Cost per year</title><desc id="c-desc">Stacked costs</desc>',
    );
    expect(svg).toContain('<g class="legend" id="c-legend">');
    for (const name of ['License', 'Hosting', 'Residual value'])
      expect(svg).toContain(`>${name}</text>`);
    expect(svg).toMatch(/class="axis-label value-axis">EUR</);
    expect(svg).toMatch(/class="axis-label category-axis">Year</);
  });

  it('draws one bar per value that is not zero, each with its figure in data-value and a tooltip', () => {
    expect(bars.map((b) => `${b['data-category']}:${b['data-series']}:${b['data-value']}`)).toEqual(
      [
        '2026:license:100',
        '2027:license:200',
        '2027:hosting:300',
        '2028:license:50',
        '2028:hosting:25',
        '2028:residual:-120',
      ],
    );
    expect(svg).toContain('<title>2028, Residual value: EUR -120</title>');
  });

  it('sizes every bar in proportion to its value', () => {
    const ratios = bars.map((b) => Number(b.height) / Math.abs(Number(b['data-value'])));
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0]!, 2);
  });

  it('stacks positive values upwards from the axis and negative values downwards below it', () => {
    const y = (b: Record<string, string>) => Number(b.y);
    const bottom = (b: Record<string, string>) => Number(b.y) + Number(b.height);
    const [l26, l27, h27, l28, h28, r28] = bars;
    expect(bottom(l26!)).toBeCloseTo(zero.y1, 1);
    expect(bottom(l27!)).toBeCloseTo(zero.y1, 1);
    expect(bottom(h27!)).toBeCloseTo(y(l27!), 1);
    expect(bottom(h28!)).toBeCloseTo(y(l28!), 1);
    expect(y(r28!)).toBeCloseTo(zero.y1, 1);
    expect(bottom(r28!)).toBeGreaterThan(zero.y1);
    // All bars of a year share x and width.
    expect(l28!.x).toBe(r28!.x);
    expect(l28!.width).toBe(r28!.width);
  });

  it('uses the palette in order unless a series names its colour', () => {
    expect(bars[0]!.fill).toBe(PALETTE[0]);
    const svg2 = stackedBarChart(
      base({ series: [{ key: 'a', name: 'A', values: [1, 2, 3], color: '#123456' }] }),
    ).value;
    expect(elements(svg2, 'rect', 'bar')[0]!.fill).toBe('#123456');
  });

  it('escapes names and labels', () => {
    const s = stackedBarChart(
      base({
        categories: ['<a>', 'b', 'c'],
        series: [{ key: 'k"', name: '<script>x</script>', values: [1, 2, 3] }],
      }),
    ).value;
    expect(s).not.toContain('<script>');
    expect(s).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(s).toContain('data-series="k&quot;"');
  });

  it('refuses data that does not fit the categories', () => {
    expect(() => stackedBarChart(base({ series: [{ key: 'a', name: 'A', values: [1] }] }))).toThrow(
      /1 values for 3 categories/,
    );
    expect(() =>
      stackedBarChart(base({ series: [{ key: 'a', name: 'A', values: [1, NaN, 2] }] })),
    ).toThrow(/finite/);
  });

  it('does not give a whole tick step to a small negative value, and still draws it below the axis', () => {
    const s = stackedBarChart(
      base({
        categories: ['0', '1'],
        series: [
          { key: 'a', name: 'A', values: [380_000, 100_000] },
          { key: 'r', name: 'R', values: [0, -8_000] },
        ],
      }),
    ).value;
    const ticks = [...s.matchAll(/text-anchor="end" font-size="11"[^>]*>([^<]+)<\/text>/g)].map(
      (m) => m[1],
    );
    expect(ticks).toEqual(['EUR 0', 'EUR 100000', 'EUR 200000', 'EUR 300000', 'EUR 400000']);
    const [, , r] = elements(s, 'rect', 'bar');
    const z = zeroLine(s).y1;
    expect(Number(r!.y)).toBeCloseTo(z, 1);
    expect(Number(r!.height)).toBeGreaterThan(0);
    const bottom = Number(/viewBox="0 0 720 ([\d.]+)"/.exec(s)![1]);
    expect(Number(r!.y) + Number(r!.height)).toBeLessThan(bottom - 40);
  });

  it('labels only as many years as fit under a long horizon', () => {
    const years = Array.from({ length: 101 }, (_, i) => String(2026 + i));
    const s = stackedBarChart(
      base({ categories: years, series: [{ key: 'a', name: 'A', values: years.map(() => 1) }] }),
    ).value;
    const labels = [
      ...s.matchAll(/<text [^>]*text-anchor="middle" font-size="11"[^>]*>(\d{4})<\/text>/g),
    ].map((m) => m[1]);
    expect(labels.length).toBeLessThan(40);
    expect(labels[0]).toBe('2026');
  });
});

describe('line chart', () => {
  const svg = lineChart(
    base({
      id: 'cum',
      series: [
        { key: 'saas', name: 'SaaS', values: [100, 250, 400] },
        { key: 'onprem', name: 'On-premise', values: [300, 320, 340] },
      ],
    }),
  ).value;
  const points = elements(svg, 'circle', 'point');
  const zero = zeroLine(svg);

  it('draws a point per value with its figure, on a linear scale from the zero line', () => {
    expect(points).toHaveLength(6);
    const ratio = (p: Record<string, string>) => (zero.y1 - Number(p.cy)) / Number(p['data-value']);
    for (const p of points) expect(ratio(p)).toBeCloseTo(ratio(points[0]!), 2);
    expect(points.map((p) => p['data-series'])).toEqual([
      'saas',
      'saas',
      'saas',
      'onprem',
      'onprem',
      'onprem',
    ]);
  });

  it('gives each series its own dash pattern besides its colour, in the line and in the legend', () => {
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg).toMatch(/<polyline [^>]*stroke="#d55e00"[^>]*stroke-dasharray="8 4"/);
    expect(svg).toMatch(/<line [^>]*stroke="#d55e00" stroke-width="2.5" stroke-dasharray="8 4"/);
    expect(svg).toContain('aria-labelledby="cum-title cum-desc"');
  });

  it('puts the points of the same year at the same x', () => {
    expect(points[0]!.cx).toBe(points[3]!.cx);
    expect(Number(points[1]!.cx)).toBeGreaterThan(Number(points[0]!.cx));
  });
});

describe('horizontal stacked bars', () => {
  const svg = horizontalBarChart(
    base({
      id: 'rank',
      categories: [
        'Zaakwerk BV',
        'A vendor with a very long name that will not fit in the label column at all',
      ],
      series: [
        { key: 'technisch', name: 'Technical', values: [31, 27.5] },
        { key: 'prijs', name: 'Price-quality', values: [23, 25] },
        { key: 'leverancier', name: 'Supplier', values: [23, 19] },
      ],
      categoryLabel: 'Bid',
      valueLabel: 'Points (maximum 100)',
    }),
  ).value;
  const bars = elements(svg, 'rect', 'bar');
  const zero = zeroLine(svg);

  it('splits each bar into its groups from the axis, in proportion to the points', () => {
    expect(bars).toHaveLength(6);
    const ratios = bars.map((b) => Number(b.width) / Number(b['data-value']));
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0]!, 2);
    expect(Number(bars[0]!.x)).toBeCloseTo(zero.x1, 1);
    expect(Number(bars[1]!.x)).toBeCloseTo(Number(bars[0]!.x) + Number(bars[0]!.width), 1);
  });

  it('truncates a long label and keeps the full name as its tooltip', () => {
    expect(svg).toContain(
      '<title>A vendor with a very long name that will not fit in the label column at all</title>',
    );
    expect(svg).toMatch(/A vendor with a[^<]*…<\/text>/);
  });

  it('extends the axis to the maximum given', () => {
    const s = horizontalBarChart({
      ...base(),
      categories: ['a'],
      series: [{ key: 'x', name: 'X', values: [10] }],
      max: 100,
    }).value;
    expect(s).toMatch(/>EUR 100<\/text>/);
    const [bar] = elements(s, 'rect', 'bar');
    const gridRight = Math.max(
      ...[...s.matchAll(/<line x1="([\d.]+)" x2="\1" y1/g)].map((m) => Number(m[1])),
    );
    expect(Number(bar!.width) / (gridRight - Number(bar!.x))).toBeCloseTo(0.1, 2);
  });
});
