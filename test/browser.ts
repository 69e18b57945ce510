/**
 * A real browser for the HTML report tests: Debian's Chromium driven by
 * playwright-core (no browser download; there may be no network). When
 * Chromium is missing or does not start, `openBrowser()` returns the reason
 * and prints it, so the test is skipped visibly, never silently.
 *
 * Chromium is looked up as INKOOP_CHROMIUM, else `chromium` or
 * `chromium-browser` on the PATH. It runs headless with a fresh profile in a
 * temporary folder, with background networking, updates, sync and QUIC off,
 * so the only traffic is what the page itself asks for.
 */
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to use, or null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.INKOOP_CHROMIUM) return executable(env.INKOOP_CHROMIUM) ? env.INKOOP_CHROMIUM : null;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of ['chromium', 'chromium-browser']) {
      const p = join(dir, name);
      if (executable(p)) return p;
    }
  }
  return null;
}

export interface Browser {
  context: BrowserContext;
  executable: string;
  close(): Promise<void>;
}

/** Starts Chromium, or returns why it cannot (and prints that reason). */
export async function openBrowser(
  what = 'the browser test',
): Promise<{ browser: Browser } | { reason: string }> {
  const skip = (reason: string) => {
    const message = `skipped: ${what}: ${reason}`;
    console.warn(message);
    return { reason: message };
  };
  const path = findChromium();
  if (!path) {
    return skip(
      process.env.INKOOP_CHROMIUM
        ? `INKOOP_CHROMIUM=${process.env.INKOOP_CHROMIUM} is not an executable file`
        : 'Chromium is not installed (no chromium or chromium-browser on the PATH; on Debian or Ubuntu: apt-get install chromium, or set INKOOP_CHROMIUM)',
    );
  }
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (err) {
    return skip(`playwright-core cannot be loaded (${(err as Error).message}); run npm install`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'inkoop-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: path,
      headless: true,
      args: CHROMIUM_ARGS,
      timeout: 45_000,
      // Fixed, so screenshots and layouts are the same on every machine.
      viewport: { width: 1100, height: 900 },
      deviceScaleFactor: 1,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      offline: true,
    });
    return {
      browser: {
        context,
        executable: path,
        async close() {
          await context.close().catch(() => undefined);
          rmSync(profile, { recursive: true, force: true });
        },
      },
    };
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    return skip(
      `Chromium at ${path} did not start: ${((err as Error).message ?? String(err)).split('\n')[0]}`,
    );
  }
}

export interface LoadedPage {
  page: Page;
  /** Every request other than the page itself. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

/**
 * Opens a file in a new page, recording every request except the page
 * itself (and refusing it, so nothing leaves even if one is made), and every
 * console error.
 */
export async function openFile(browser: Browser, file: string): Promise<LoadedPage> {
  const page = await browser.context.newPage();
  const url = new URL(`file://${file}`).href;
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  await page.route('**/*', async (route) => {
    const u = route.request().url();
    if (u === url) return route.continue();
    if (!requests.includes(u)) requests.push(u);
    return route.abort();
  });
  page.on('request', (r) => {
    // Requests the router does not see (data: URLs and the like) are recorded here.
    const u = r.url();
    if (u !== url && !requests.includes(u)) requests.push(u);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, errors };
}

/** Pages in a PDF made by Chromium: its page objects. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** What a page shows about its own accessibility, measured in the browser. */
export interface PageAudit {
  lang: string;
  title: string;
  /** Text whose colour has less contrast against its background than WCAG 2.1 AA asks (4.5:1, or 3:1 for large text). */
  lowContrast: string[];
  /** Tables without a caption, and header cells without a scope. */
  tableProblems: string[];
  /** SVG charts without role="img", a title or a description. */
  chartProblems: string[];
  /** Elements that load something: scripts, images, links to style sheets, frames, objects. */
  external: string[];
  /** Ids used more than once. */
  duplicateIds: string[];
}

/** Audits the page in the browser (rendered styles, not the markup alone). */
export async function auditPage(page: Page): Promise<PageAudit> {
  return page.evaluate(() => {
    const parse = (c: string): [number, number, number, number] | null => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      return m
        ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])]
        : null;
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const background = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c[3] > 0) return c;
      }
      return [255, 255, 255, 1];
    };
    const lowContrast: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || seen.has(el) || !n.textContent?.trim()) continue;
      seen.add(el);
      if (el.closest('title, desc, style')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const isSvg = el instanceof SVGElement;
      const fg = parse(isSvg ? style.fill : style.color);
      if (!fg) continue;
      const bg = isSvg ? background(el.closest('svg')) : background(el);
      const l1 = lum(fg);
      const l2 = lum(bg);
      const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const large = size >= 24 || (bold && size >= 18.66);
      if (ratio < (large ? 3 : 4.5))
        lowContrast.push(
          `${el.tagName.toLowerCase()} "${n.textContent.trim().slice(0, 40)}": ${ratio.toFixed(2)}:1`,
        );
    }
    const tableProblems: string[] = [];
    document.querySelectorAll('table').forEach((t, i) => {
      const cap = t.querySelector(':scope > caption');
      if (!cap?.textContent?.trim()) tableProblems.push(`table ${t.id || i} has no caption`);
      t.querySelectorAll('th').forEach((th) => {
        if (!th.getAttribute('scope'))
          tableProblems.push(`table ${t.id || i}: <th> "${th.textContent?.trim()}" has no scope`);
      });
    });
    const chartProblems: string[] = [];
    document.querySelectorAll('svg').forEach((s, i) => {
      const name = s.id || String(i);
      if (s.getAttribute('role') !== 'img') chartProblems.push(`svg ${name} is not role="img"`);
      const ids = (s.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      const texts = ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '');
      if (ids.length < 2 || texts.some((t) => !t))
        chartProblems.push(
          `svg ${name}: aria-labelledby must name a non-empty title and description`,
        );
      if (!s.querySelector(':scope > title')?.textContent?.trim())
        chartProblems.push(`svg ${name} has no <title>`);
      if (!s.querySelector(':scope > desc')?.textContent?.trim())
        chartProblems.push(`svg ${name} has no <desc>`);
      if (!s.querySelector('.legend')) chartProblems.push(`svg ${name} has no legend`);
      if (s.querySelectorAll('.axis-label').length < 2)
        chartProblems.push(`svg ${name} lacks axis labels`);
    });
    const external = [
      ...document.querySelectorAll(
        'script, img, link, iframe, object, embed, video, audio, source, image, use[href], [src]',
      ),
    ].map((e) => e.outerHTML.slice(0, 80));
    const counts = new Map<string, number>();
    for (const e of document.querySelectorAll('[id]'))
      counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
    const duplicateIds = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
    return {
      lang: document.documentElement.lang,
      title: document.title,
      lowContrast,
      tableProblems,
      chartProblems,
      external,
      duplicateIds,
    };
  });
}

/** Geometry of the bars or points of the charts as rendered (CSS pixels), with their data attributes. */
export interface RenderedMark {
  chart: string;
  series: string;
  category: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function renderedMarks(
  page: Page,
  selector = 'rect.bar, circle.point',
): Promise<RenderedMark[]> {
  return page.$$eval(selector, (els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      const svg = e.closest('svg');
      return {
        chart: svg?.id ?? '',
        series: e.getAttribute('data-series') ?? '',
        category: e.getAttribute('data-category') ?? '',
        value: Number(e.getAttribute('data-value')),
        x: r.x,
        y: r.y + window.scrollY,
        width: r.width,
        height: r.height,
      };
    }),
  );
}

/** Rendered zero lines per chart id: the y (vertical charts) or x (horizontal) of the axis in CSS pixels. */
export async function zeroLines(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.$$eval('line.zero', (els) =>
    Object.fromEntries(
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return [
          e.closest('svg')?.id ?? '',
          { x: r.x + r.width / 2, y: r.y + window.scrollY + r.height / 2 },
        ];
      }),
    ),
  );
}

/** A number as a report shows it: "EUR 1.234,56" (nl) or "EUR 1,234.56" (en) -> 1234.56. */
export function parseShown(text: string, lang: 'nl' | 'en'): number {
  const t = text
    .replace(/[A-Z]{3}/g, '')
    .replace(/[\s\u00a0]/g, '')
    .replace(/−/g, '-');
  const m = /^-?[\d.,]+/.exec(t);
  if (!m) throw new Error(`not a number: "${text}"`);
  const n = lang === 'nl' ? m[0].replace(/\./g, '').replace(',', '.') : m[0].replace(/,/g, '');
  return Number(n);
}
