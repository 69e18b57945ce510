/**
 * Rendering a score result and a criteria model: JSON (the contract), CSV,
 * Markdown (for a pull-request comment or an evaluation report) and plain
 * text for a terminal. Pure functions: data in, text out.
 */
import { csv, markdownTable, mdCell, textTable, visibleWidth, type Column } from '../lib/format.js';
import { formatCents, formatMoney, formatNumber, type Lang } from '../lib/i18n.js';
import { isGroup, localizedName, type CriteriaEntry, type FlatCriterion } from './criteria.js';
import type { BidResult, ExclusionReason, ScoreLine, ScoreResult } from './score.js';

// ---------------------------------------------------------------- labels

const L = {
  nl: {
    report: 'Beoordeling inschrijvingen',
    rank: 'Rang',
    vendor: 'Inschrijver',
    price: 'Prijs',
    total: 'Totaal',
    criterion: 'Criterium',
    score: 'Score',
    formula: 'Berekening',
    points: 'Punten',
    weight: 'Punten',
    share: 'Aandeel',
    id: 'Id',
    priceMark: 'prijs',
    max: (n: string) =>
      `Maximaal ${n} punten (beste prijs-kwaliteitverhouding, gewogen factorenmethode).`,
    relative: 'Prijs: relatief, gewicht × laagste prijs / prijs',
    bounds: (best: string, worst: string) =>
      `Prijs: tussen grenzen, gewicht × (${worst} − prijs) / (${worst} − ${best}), tussen 0 en het gewicht`,
    lowest: (p: string) => `laagste geldige prijs ${p}`,
    budget: (p: string) => `budget ${p}`,
    winner: (v: string, t: string, m: string) => `Winnaar: ${v}, met ${t} van ${m} punten.`,
    tie: (vs: string, t: string) =>
      `Gelijke stand: ${vs} delen de eerste plaats met ${t} punten. Er is geen winnaar; beslis volgens de regel voor een gelijke stand in de aanbestedingsstukken.`,
    tieAt: (r: number, vs: string) => `Gelijke stand op plaats ${r}: ${vs}.`,
    none: 'Geen geldige inschrijving: elke inschrijving is uitgesloten. Er is geen winnaar.',
    excluded: 'Uitgesloten (geen totaal, geen rang)',
    excludedShort: 'uitgesloten',
    knockoutFalse: (r: string) => `knock-out niet gehaald: ${r}`,
    knockoutMissing: (r: string) => `knock-out niet beantwoord: ${r}`,
    overBudget: (p: string, b: string) => `prijs ${p} boven het budget van ${b}`,
    spreadTitle:
      'Let op: beoordelaars lopen ver uiteen (spreiding groter dan een derde van de schaal)',
    spread: (ev: string, s: string, l: string) => `${ev} (spreiding ${s} > ${l})`,
    explain: 'Toelichting per inschrijving',
    rankOf: (r: number, t: string) => `rang ${r}, ${t} punten`,
    tcoSource: (o: string, f: string) => `netto contante waarde van optie "${o}" in ${f}`,
    atBest: (b: string) => `prijs ≤ ${b}: alle punten`,
    atWorst: (w: string) => `prijs ≥ ${w}: geen punten`,
    and: 'en',
    rounding:
      'Punten zijn afgerond weergegeven; totalen en rangen zijn berekend met de onafgeronde punten.',
    criteriaTitle: 'Gunningscriteria',
  },
  en: {
    report: 'Evaluation of bids',
    rank: 'Rank',
    vendor: 'Vendor',
    price: 'Price',
    total: 'Total',
    criterion: 'Criterion',
    score: 'Score',
    formula: 'Calculation',
    points: 'Points',
    weight: 'Points',
    share: 'Share',
    id: 'Id',
    priceMark: 'price',
    max: (n: string) => `At most ${n} points (best price-quality ratio, weighted factor method).`,
    relative: 'Price: relative, weight × lowest price / price',
    bounds: (best: string, worst: string) =>
      `Price: between bounds, weight × (${worst} − price) / (${worst} − ${best}), between 0 and the weight`,
    lowest: (p: string) => `lowest valid price ${p}`,
    budget: (p: string) => `budget ${p}`,
    winner: (v: string, t: string, m: string) => `Winner: ${v}, with ${t} of ${m} points.`,
    tie: (vs: string, t: string) =>
      `Tie: ${vs} share first place with ${t} points. There is no winner; decide by the tie-break rule in the tender documents.`,
    tieAt: (r: number, vs: string) => `Tie at place ${r}: ${vs}.`,
    none: 'No valid bid: every bid is excluded. There is no winner.',
    excluded: 'Excluded (no total, no rank)',
    excludedShort: 'excluded',
    knockoutFalse: (r: string) => `knock-out not met: ${r}`,
    knockoutMissing: (r: string) => `knock-out not answered: ${r}`,
    overBudget: (p: string, b: string) => `price ${p} above the budget of ${b}`,
    spreadTitle: 'Note: evaluators disagree widely (spread larger than a third of the scale)',
    spread: (ev: string, s: string, l: string) => `${ev} (spread ${s} > ${l})`,
    explain: 'Explanation per bid',
    rankOf: (r: number, t: string) => `rank ${r}, ${t} points`,
    tcoSource: (o: string, f: string) => `net present value of option "${o}" in ${f}`,
    atBest: (b: string) => `price ≤ ${b}: all points`,
    atWorst: (w: string) => `price ≥ ${w}: no points`,
    and: 'and',
    rounding: 'Points are shown rounded; totals and ranks are computed from the unrounded points.',
    criteriaTitle: 'Award criteria',
  },
} as const;

// ---------------------------------------------------------------- numbers

/** Points with two decimals (or more, see totalDecimals). */
function pts(value: number, lang: Lang, decimals = 2): string {
  return formatNumber(value, lang, decimals, decimals);
}

/** A weight or a score: as written, up to four decimals. */
function num(value: number, lang: Lang): string {
  return formatNumber(value, lang, 4, 0);
}

/**
 * Decimals for totals: two, or more when two bids that are not tied would
 * otherwise show the same total (a difference the reader must be able to see).
 */
export function totalDecimals(result: ScoreResult): number {
  const ranked = result.bids.filter((b) => b.total !== null);
  for (let d = 2; d < 10; d++) {
    let ok = true;
    for (let i = 1; i < ranked.length && ok; i++) {
      const a = ranked[i - 1]!;
      const b = ranked[i]!;
      if (a.rank !== b.rank && a.total!.toFixed(d) === b.total!.toFixed(d)) ok = false;
    }
    if (ok) return d;
  }
  return 10;
}

function listJoin(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${L[lang].and} ${items[items.length - 1]}`;
}

function criterionName(c: { id: string; name: string }, lang: Lang): string {
  return localizedName(c.id, c.name, lang);
}

export function reasonText(r: ExclusionReason, lang: Lang): string {
  const l = L[lang];
  if (r.kind === 'knockout')
    return r.answer === false ? l.knockoutFalse(r.requirement) : l.knockoutMissing(r.requirement);
  return l.overBudget(formatMoney(r.price, lang), formatMoney(r.budget, lang));
}

/** The same reason in plain English with amounts in units, for the JSON output. */
function reasonJson(r: ExclusionReason): string {
  if (r.kind === 'knockout')
    return r.answer === false
      ? `knock-out not met: ${r.requirement}`
      : `knock-out not answered: ${r.requirement}`;
  return `price ${(r.price / 100).toFixed(2)} is above the budget of ${(r.budget / 100).toFixed(2)}`;
}

/** The calculation of one line, e.g. "20 × (7 + 8 + 9) / 3 / 10" or "20 × 380.000,00 / 412.000,00". */
export function formulaText(
  result: ScoreResult,
  bid: BidResult,
  line: ScoreLine,
  c: FlatCriterion,
  lang: Lang,
  ascii = false,
): string {
  const times = ascii ? 'x' : '×';
  const minus = ascii ? '-' : '−';
  const money = (cents: number) => (ascii ? (cents / 100).toFixed(2) : formatCents(cents, lang));
  const n = (v: number) => (ascii ? String(v) : num(v, lang));
  const w = n(c.weight);
  if (c.price) {
    if (result.priceMethod === 'bounds' && result.bounds) {
      const { best, worst } = result.bounds;
      if (bid.price <= best)
        return ascii
          ? `price <= best ${money(best)}: ${w}`
          : `${w} (${L[lang].atBest(money(best))})`;
      if (bid.price >= worst)
        return ascii ? `price >= worst ${money(worst)}: 0` : `0 (${L[lang].atWorst(money(worst))})`;
      return `${w} ${times} (${money(worst)} ${minus} ${money(bid.price)}) / (${money(worst)} ${minus} ${money(best)})`;
    }
    return `${w} ${times} ${money(result.lowestPrice ?? bid.price)} / ${money(bid.price)}`;
  }
  const ev = line.evaluators;
  const score = ev ? `(${ev.map(n).join(' + ')}) / ${ev.length}` : n(line.score ?? 0);
  return `${w} ${times} ${score} / ${n(c.scale)}`;
}

function scoreCell(bid: BidResult, line: ScoreLine, c: FlatCriterion, lang: Lang): string {
  if (c.price) return formatMoney(bid.price, lang);
  const mean = num(line.score ?? 0, lang);
  return line.evaluators
    ? `${mean} (${line.evaluators.map((v) => num(v, lang)).join(', ')})`
    : mean;
}

function groupHeader(g: { id: string; name: string; weight: number }, lang: Lang): string {
  return `${criterionName(g, lang)} (${num(g.weight, lang)})`;
}

function priceSourceText(bid: BidResult, lang: Lang): string | null {
  return bid.priceSource.kind === 'tco'
    ? L[lang].tcoSource(bid.priceSource.option, bid.priceSource.file)
    : null;
}

/** The verdict line: the winner, the tie, or no valid bid. */
export function verdictText(
  result: ScoreResult,
  lang: Lang,
  emphasis: (s: string) => string = (s) => s,
): string {
  const l = L[lang];
  const d = totalDecimals(result);
  const first = result.bids.find((b) => b.rank === 1);
  if (!first) return l.none;
  if (result.tie)
    return l.tie(listJoin(result.tied.map(emphasis), lang), pts(first.total!, lang, d));
  return l.winner(
    emphasis(result.winner!),
    pts(first.total!, lang, d),
    num(result.maxPoints, lang),
  );
}

/** Places other than the first that are shared. */
function lowerTies(result: ScoreResult, lang: Lang): string[] {
  const byRank = new Map<number, string[]>();
  for (const b of result.bids)
    if (b.rank !== null && b.rank > 1)
      byRank.set(b.rank, [...(byRank.get(b.rank) ?? []), b.vendor]);
  return [...byRank]
    .filter(([, vs]) => vs.length > 1)
    .map(([r, vs]) => L[lang].tieAt(r, listJoin(vs, lang)));
}

function methodText(result: ScoreResult, lang: Lang): string {
  const l = L[lang];
  const parts = [
    result.priceMethod === 'bounds' && result.bounds
      ? l.bounds(formatMoney(result.bounds.best, lang), formatMoney(result.bounds.worst, lang))
      : l.relative,
  ];
  if (result.priceMethod === 'relative' && result.lowestPrice !== null)
    parts.push(l.lowest(formatMoney(result.lowestPrice, lang)));
  if (result.budget !== null) parts.push(l.budget(formatMoney(result.budget, lang)));
  return parts.join('; ') + '.';
}

function rankingTable(result: ScoreResult, lang: Lang): { columns: Column[]; rows: string[][] } {
  const l = L[lang];
  const d = totalDecimals(result);
  const columns: Column[] = [
    { header: l.rank, align: 'right' },
    { header: l.vendor },
    { header: l.price, align: 'right' },
    ...result.groups.map((g) => ({ header: groupHeader(g, lang), align: 'right' as const })),
    { header: `${l.total} (${num(result.maxPoints, lang)})`, align: 'right' },
  ];
  const rows = result.bids
    .filter((b) => !b.excluded)
    .map((b) => [
      String(b.rank),
      b.vendor,
      formatMoney(b.price, lang),
      ...result.groups.map((g) => pts(b.groups[g.id]!, lang)),
      pts(b.total!, lang, d),
    ]);
  return { columns, rows };
}

function explainRows(result: ScoreResult, bid: BidResult, lang: Lang): string[][] {
  return bid.lines.map((line, k) => {
    const c = result.criteria[k]!;
    return [
      criterionName(c, lang),
      scoreCell(bid, line, c, lang),
      formulaText(result, bid, line, c, lang),
      pts(line.points, lang),
    ];
  });
}

// ---------------------------------------------------------------- text

/** Styling hooks for the terminal (chalk functions, or identity). */
export interface TextStyle {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
}

const PLAIN: TextStyle = {
  bold: (s) => s,
  dim: (s) => s,
  red: (s) => s,
  yellow: (s) => s,
  green: (s) => s,
};

/** The ranking for a narrow terminal: one bid per paragraph, its group points on the next line. */
function rankingList(result: ScoreResult, lang: Lang, s: TextStyle, width: number): string {
  const l = L[lang];
  const d = totalDecimals(result);
  return result.bids
    .filter((b) => !b.excluded)
    .map((b) => {
      const head = `${String(b.rank).padStart(2)}. ${s.bold(b.vendor)}: ${pts(b.total!, lang, d)} ${l.points.toLowerCase()}, ${formatMoney(b.price, lang)}`;
      const parts = result.groups.map(
        (g) => `${criterionName(g, lang)} ${pts(b.groups[g.id]!, lang)}/${num(g.weight, lang)}`,
      );
      return `${head}\n${wrapParts(parts, width, '    ')}`;
    })
    .join('\n');
}

/** Joins words with spaces, starting a new line (with the indent) before a word that would pass the width. */
function wrap(words: readonly string[], width: number, indent = ''): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && visibleWidth(indent + line + ' ' + word) > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/** Parts separated by "; ", wrapped between parts. */
function wrapParts(parts: readonly string[], width: number, indent: string): string {
  return wrap(
    parts.map((p, i) => (i < parts.length - 1 ? `${p};` : p)),
    width,
    indent,
  );
}

/**
 * The report for a terminal: ranking with group points, exclusions, warnings,
 * the verdict; with `explain`, every point. With `width` (the terminal's
 * columns), a ranking table wider than that becomes a list.
 */
export function scoreText(
  result: ScoreResult,
  lang: Lang,
  options: { explain?: boolean; style?: TextStyle; width?: number } = {},
): string {
  const l = L[lang];
  const s = options.style ?? PLAIN;
  const out: string[] = [];
  out.push(s.bold(result.title ?? l.report));
  // Prose wrapped to the terminal's width, when known.
  const fit = (text: string, indent = '') =>
    options.width !== undefined
      ? wrap(text.split(' '), options.width, indent).replace(/^ +/, '')
      : text;
  out.push(s.dim(fit(`${l.max(num(result.maxPoints, lang))} ${methodText(result, lang)}`)));
  out.push('');
  const { columns, rows } = rankingTable(result, lang);
  if (rows.length) {
    const table = textTable(columns, rows).trimEnd();
    const wide =
      options.width !== undefined &&
      Math.max(...table.split('\n').map(visibleWidth)) > options.width;
    out.push(wide ? rankingList(result, lang, s, options.width!) : table);
  }
  const excluded = result.bids.filter((b) => b.excluded);
  if (excluded.length) {
    out.push('', s.red(fit(`${l.excluded}:`)));
    for (const b of excluded)
      out.push(
        `  ${fit(`${b.vendor}: ${b.reasons.map((r) => reasonText(r, lang)).join('; ')}`, '    ')}`,
      );
  }
  if (result.warnings.length) {
    out.push('', s.yellow(fit(`${l.spreadTitle}:`)));
    for (const w of result.warnings) {
      const c = result.criteria.find((x) => x.id === w.criterion)!;
      out.push(
        `  ${fit(`${w.vendor}, ${criterionName(c, lang)}: ${l.spread(w.evaluators.map((v) => num(v, lang)).join(', '), num(w.spread, lang), pts(w.limit, lang))}`, '    ')}`,
      );
    }
  }
  out.push('');
  const verdict = fit(verdictText(result, lang));
  out.push(result.winner ? s.green(s.bold(verdict)) : s.yellow(s.bold(verdict)));
  for (const t of lowerTies(result, lang)) out.push(fit(t));
  if (options.explain) {
    out.push('', s.bold(l.explain));
    const d = totalDecimals(result);
    for (const b of result.bids) {
      out.push('');
      if (b.excluded) {
        out.push(
          `${s.bold(b.vendor)}: ${l.excludedShort}: ${b.reasons.map((r) => reasonText(r, lang)).join('; ')}`,
        );
        continue;
      }
      out.push(`${s.bold(b.vendor)} (${l.rankOf(b.rank!, pts(b.total!, lang, d))})`);
      const source = priceSourceText(b, lang);
      if (source) out.push(`  ${l.price} ${formatMoney(b.price, lang)}: ${source}`);
      const cols: Column[] = [
        { header: l.criterion },
        { header: l.score, align: 'right' },
        { header: l.formula },
        { header: l.points, align: 'right' },
      ];
      out.push(
        textTable(cols, explainRows(result, b, lang), {
          indent: '  ',
          footer: [l.total, '', '', pts(b.total!, lang, d)],
        }).trimEnd(),
      );
    }
    out.push('', s.dim(l.rounding));
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- Markdown

/** Escapes text for inline Markdown outside tables. */
function mdText(text: string): string {
  return text.replace(/([\\`*_{}[\]<>|#])/g, '\\$1');
}

/** The report as Markdown, fit for a pull-request comment or an evaluation report. */
export function scoreMarkdown(
  result: ScoreResult,
  lang: Lang,
  options: { explain?: boolean } = {},
): string {
  const l = L[lang];
  const out: string[] = [];
  out.push(`# ${mdText(result.title ?? l.report)}`, '');
  out.push(`**${verdictText(result, lang, mdText)}**`);
  for (const t of lowerTies(result, lang)) out.push('', mdText(t));
  out.push('', `${l.max(num(result.maxPoints, lang))} ${methodText(result, lang)}`, '');
  const { columns, rows } = rankingTable(result, lang);
  if (rows.length) out.push(markdownTable(columns, rows).trimEnd(), '');
  const excluded = result.bids.filter((b) => b.excluded);
  if (excluded.length) {
    out.push(`## ${l.excluded}`, '');
    for (const b of excluded)
      out.push(
        `- **${mdText(b.vendor)}**: ${mdText(b.reasons.map((r) => reasonText(r, lang)).join('; '))}`,
      );
    out.push('');
  }
  if (result.warnings.length) {
    out.push(`## ${l.spreadTitle}`, '');
    for (const w of result.warnings) {
      const c = result.criteria.find((x) => x.id === w.criterion)!;
      out.push(
        `- ${mdText(w.vendor)}, ${mdText(criterionName(c, lang))}: ${l.spread(w.evaluators.map((v) => num(v, lang)).join(', '), num(w.spread, lang), pts(w.limit, lang))}`,
      );
    }
    out.push('');
  }
  if (options.explain) {
    out.push(`## ${l.explain}`, '');
    const d = totalDecimals(result);
    for (const b of result.bids) {
      if (b.excluded) {
        out.push(
          `### ${mdText(b.vendor)}`,
          '',
          `${l.excludedShort}: ${mdText(b.reasons.map((r) => reasonText(r, lang)).join('; '))}`,
          '',
        );
        continue;
      }
      out.push(`### ${mdText(b.vendor)} (${l.rankOf(b.rank!, pts(b.total!, lang, d))})`, '');
      const source = priceSourceText(b, lang);
      if (source) out.push(`${l.price} ${formatMoney(b.price, lang)}: ${mdText(source)}`, '');
      const cols: Column[] = [
        { header: l.criterion },
        { header: l.score, align: 'right' },
        { header: l.formula },
        { header: l.points, align: 'right' },
      ];
      const rows2 = explainRows(result, b, lang);
      rows2.push([`**${l.total}**`, '', '', `**${pts(b.total!, lang, d)}**`]);
      out.push(markdownTable(cols, rows2).trimEnd(), '');
    }
    out.push(`_${l.rounding}_`, '');
  }
  return out.join('\n').trimEnd() + '\n';
}

// ---------------------------------------------------------------- JSON and CSV

/** Points and mean scores in the JSON and CSV output: rounded to 6 decimals (ranks and ties use the exact values). */
export function roundPoints(value: number): number {
  const r = Math.round(value * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}

export interface ScoreJsonBid {
  vendor: string;
  rank: number | null;
  total: number | null;
  excluded: boolean;
  reasons: string[];
  /** Price in currency units (euros), to the cent. */
  price: number;
  price_source: { tco: { file: string; option: string } } | null;
  points: Record<string, number>;
  groups: Record<string, number>;
  /** The score that counts per scored criterion (the evaluators' mean). */
  scores: Record<string, number>;
  /** The evaluators' scores per criterion that has several. */
  evaluators: Record<string, number[]>;
  /** The panel's consensus score per criterion that has one (it counts instead of the mean). */
  consensus: Record<string, number>;
  /** The motivation per criterion that has one. */
  motivations: Record<string, string>;
  explanation?: { criterion: string; score: number | null; formula: string; points: number }[];
}

export interface ScoreJson {
  title: string | null;
  max_points: number;
  price_method: 'relative' | 'bounds';
  winner: string | null;
  tie: boolean;
  tied: string[];
  /** How a tie for the first place was broken; null when no rule was needed or none decided. */
  tie_break: { rule: string; detail: string } | null;
  lowest_price: number | null;
  budget: number | null;
  bounds: { best: number; worst: number } | null;
  criteria: {
    id: string;
    name: string;
    group: string | null;
    weight: number;
    scale: number;
    price: boolean;
  }[];
  groups: { id: string; name: string; weight: number; criteria: string[] }[];
  bids: ScoreJsonBid[];
  warnings: { vendor: string; criterion: string; evaluators: number[]; spread: number }[];
}

/**
 * The JSON contract of `inkoop score --format json`: stable keys, money in
 * units to the cent, points rounded to 6 decimals; `explain` adds each bid's
 * `explanation` (formulas in plain ASCII).
 */
export function scoreJson(result: ScoreResult, options: { explain?: boolean } = {}): ScoreJson {
  const units = (c: number) => Math.round(c) / 100;
  return {
    title: result.title,
    max_points: result.maxPoints,
    price_method: result.priceMethod,
    winner: result.winner,
    tie: result.tie,
    tied: result.tied,
    tie_break: result.tieBreak,
    lowest_price: result.lowestPrice === null ? null : units(result.lowestPrice),
    budget: result.budget === null ? null : units(result.budget),
    bounds: result.bounds
      ? { best: units(result.bounds.best), worst: units(result.bounds.worst) }
      : null,
    criteria: result.criteria.map((c) => ({
      id: c.id,
      name: c.name,
      group: c.group,
      weight: c.weight,
      scale: c.scale,
      price: c.price,
    })),
    groups: result.groups
      .filter((g) => g.group)
      .map((g) => ({
        id: g.id,
        name: g.name,
        weight: g.weight,
        criteria: g.criteria.map((k) => result.criteria[k]!.id),
      })),
    bids: result.bids.map((b) => {
      const scores: Record<string, number> = {};
      const evaluators: Record<string, number[]> = {};
      const consensus: Record<string, number> = {};
      const motivations: Record<string, string> = {};
      b.lines.forEach((line) => {
        if (line.score !== null) scores[line.criterion] = roundPoints(line.score);
        if (line.evaluators) evaluators[line.criterion] = [...line.evaluators];
        if (line.consensus !== null) consensus[line.criterion] = line.consensus;
        if (line.motivation !== null) motivations[line.criterion] = line.motivation;
      });
      const bid: ScoreJsonBid = {
        vendor: b.vendor,
        rank: b.rank,
        total: b.total === null ? null : roundPoints(b.total),
        excluded: b.excluded,
        reasons: b.reasons.map(reasonJson),
        price: units(b.price),
        price_source:
          b.priceSource.kind === 'tco'
            ? { tco: { file: b.priceSource.file, option: b.priceSource.option } }
            : null,
        points: Object.fromEntries(Object.entries(b.points).map(([k, v]) => [k, roundPoints(v)])),
        groups: Object.fromEntries(Object.entries(b.groups).map(([k, v]) => [k, roundPoints(v)])),
        scores,
        evaluators,
        consensus,
        motivations,
      };
      if (options.explain) {
        bid.explanation = b.lines.map((line, k) => ({
          criterion: line.criterion,
          score: line.score === null ? null : roundPoints(line.score),
          formula: formulaText(result, b, line, result.criteria[k]!, 'en', true),
          points: roundPoints(line.points),
        }));
      }
      return bid;
    }),
    warnings: result.warnings.map((w) => ({
      vendor: w.vendor,
      criterion: w.criterion,
      evaluators: [...w.evaluators],
      spread: w.spread,
    })),
  };
}

/** One row per bid: vendor, rank, total, excluded, reasons, price, then points per criterion and per group. */
export function scoreCsv(result: ScoreResult): string {
  const header = [
    'vendor',
    'rank',
    'total',
    'excluded',
    'reasons',
    'price',
    ...result.criteria.map((c) => `points.${c.id}`),
    ...result.groups.filter((g) => g.group).map((g) => `groups.${g.id}`),
  ];
  const rows = result.bids.map((b) => [
    b.vendor,
    b.rank,
    b.total === null ? null : roundPoints(b.total),
    b.excluded ? 'true' : 'false',
    b.reasons.map(reasonJson).join('; '),
    (b.price / 100).toFixed(2),
    ...result.criteria.map((c) => (b.excluded ? null : roundPoints(b.points[c.id]!))),
    ...result.groups
      .filter((g) => g.group)
      .map((g) => (b.excluded ? null : roundPoints(b.groups[g.id]!))),
  ]);
  return csv([header, ...rows]);
}

// ---------------------------------------------------------------- criteria

interface CriteriaRow {
  name: string;
  id: string;
  weight: number;
  price: boolean;
  group: boolean;
  child: boolean;
}

function criteriaRows(
  entries: readonly CriteriaEntry[],
  lang: Lang,
): { rows: CriteriaRow[]; total: number } {
  const rows: CriteriaRow[] = [];
  let total = 0;
  for (const e of entries) {
    if (isGroup(e)) {
      let sum = 0;
      for (const c of e.criteria) sum += c.weight;
      rows.push({
        name: criterionName(e, lang),
        id: e.id,
        weight: sum,
        price: false,
        group: true,
        child: false,
      });
      for (const c of e.criteria)
        rows.push({
          name: criterionName(c, lang),
          id: c.id,
          weight: c.weight,
          price: c.price === true,
          group: false,
          child: true,
        });
      total += sum;
    } else {
      rows.push({
        name: criterionName(e, lang),
        id: e.id,
        weight: e.weight,
        price: e.price === true,
        group: false,
        child: false,
      });
      total += e.weight;
    }
  }
  return { rows, total };
}

function share(weight: number, total: number, lang: Lang): string {
  return total > 0 ? `${formatNumber((weight / total) * 100, lang, 1)}%` : '-';
}

/** The weighted criteria as a Markdown table (groups in bold, their criteria below them), with the total. Used by `inkoop scaffold --criteria`. */
export function criteriaMarkdown(criteria: readonly CriteriaEntry[], lang: Lang): string {
  const l = L[lang];
  const { rows, total } = criteriaRows(criteria, lang);
  const columns: Column[] = [
    { header: l.criterion },
    { header: l.id },
    { header: l.weight, align: 'right' },
    { header: l.share, align: 'right' },
  ];
  const bold = (s: string, on: boolean) => (on ? `**${s}**` : s);
  const cells = rows.map((r) => [
    bold(`${mdCell(r.name)}${r.price ? ` (${l.priceMark})` : ''}`, r.group),
    `\`${r.id}\``,
    bold(num(r.weight, lang), r.group),
    bold(share(r.weight, total, lang), r.group),
  ]);
  cells.push([`**${l.total}**`, '', `**${num(total, lang)}**`, `**${share(total, total, lang)}**`]);
  // The cells are Markdown already: build the table without escaping them again.
  const head = `| ${columns.map((c) => c.header).join(' | ')} |`;
  const rule = `|${columns.map((c) => (c.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`;
  return [head, rule, ...cells.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';
}

/** The weighted criteria as a terminal table, children indented under their group. */
export function criteriaText(
  criteria: readonly CriteriaEntry[],
  lang: Lang,
  title?: string,
): string {
  const l = L[lang];
  const { rows, total } = criteriaRows(criteria, lang);
  const columns: Column[] = [
    { header: l.criterion },
    { header: l.id },
    { header: l.weight, align: 'right' },
    { header: l.share, align: 'right' },
  ];
  const cells = rows.map((r) => [
    `${r.child ? '  ' : ''}${r.name}${r.price ? ` (${l.priceMark})` : ''}`,
    r.id,
    num(r.weight, lang),
    share(r.weight, total, lang),
  ]);
  return `${title ?? l.criteriaTitle}\n\n${textTable(columns, cells, { footer: [l.total, '', num(total, lang), share(total, total, lang)] })}`;
}

/** The criteria as JSON-ready data: entries with their weights, and the maximum. */
export function criteriaJson(
  criteria: readonly CriteriaEntry[],
  lang: Lang,
): { max_points: number; criteria: unknown[] } {
  const { total } = criteriaRows(criteria, lang);
  const one = (c: {
    id: string;
    name: string;
    weight: number;
    scale?: number;
    price?: boolean;
  }) => ({
    id: c.id,
    name: criterionName(c, lang),
    weight: c.weight,
    ...(c.scale !== undefined ? { scale: c.scale } : {}),
    price: c.price === true,
  });
  return {
    max_points: total,
    criteria: criteria.map((e) => {
      if (!isGroup(e)) return one(e);
      let weight = 0;
      for (const c of e.criteria) weight += c.weight;
      return { id: e.id, name: criterionName(e, lang), weight, criteria: e.criteria.map(one) };
    }),
  };
}

/** A YAML scalar: plain when that reads back as the same string, else double-quoted. */
function yamlString(s: string): string {
  const plain =
    /^[\p{L}\p{N}][\p{L}\p{N} ._()/'-]*$/u.test(s) &&
    !/ $/.test(s) &&
    !/^(true|false|yes|no|on|off|null|~|[-+]?[\d.]+(e[-+]?\d+)?)$/i.test(s);
  return plain ? s : JSON.stringify(s);
}

const YAML_TEXT = {
  nl: {
    head: [
      '# Aanbesteding voor `inkoop score`: gunningscriteria en inschrijvingen.',
      '# Vul de inschrijvingen in en run: inkoop score <dit bestand>',
      '# Formaat: zie `inkoop score --help` en schemas/tender.schema.json.',
    ],
    title: 'Aanbesteding (onderwerp)',
    scale: 'scores lopen van 0 tot 10',
    criteria:
      '# Gunningscriteria; het gewicht is het aantal punten. Een groep telt de punten van zijn criteria op.',
    price: '# relative: gewicht × laagste prijs / prijs; of bounds met best en worst (in euro).',
    budget: '# budget: 500000        # een inschrijving boven het budget wordt uitgesloten',
    knockouts: [
      '# knockouts:             # minimumeisen; elke inschrijving moet ze halen',
      '#   - ISO 27001-certificering',
    ],
    bids: '# Eén inschrijving per leverancier; score per criterium (een lijst = één score per beoordelaar).',
    vendor: 'Leverancier A',
    priceNote: 'in euro, exclusief btw',
  },
  en: {
    head: [
      '# A tender for `inkoop score`: award criteria and bids.',
      '# Fill in the bids and run: inkoop score <this file>',
      '# Format: see `inkoop score --help` and schemas/tender.schema.json.',
    ],
    title: 'Tender (subject)',
    scale: 'scores run from 0 to 10',
    criteria:
      '# Award criteria; the weight is the number of points. A group adds up the points of its criteria.',
    price: '# relative: weight × lowest price / price; or bounds with best and worst (in euros).',
    budget: '# budget: 500000        # a bid above the budget is excluded',
    knockouts: [
      '# knockouts:             # minimum requirements every bid must meet',
      '#   - ISO 27001 certification',
    ],
    bids: '# One bid per vendor; a score per criterion (a list = one score per evaluator).',
    vendor: 'Vendor A',
    priceNote: 'in euros, excluding VAT',
  },
} as const;

/**
 * A starting tender file with these criteria and one example bid (every
 * score 0): valid input for `inkoop score` as it is.
 */
export function criteriaYaml(
  criteria: readonly CriteriaEntry[],
  lang: Lang,
  options: { title?: string; scale?: number } = {},
): string {
  const t = YAML_TEXT[lang];
  const out: string[] = [
    ...t.head,
    `title: ${yamlString(options.title ?? t.title)}`,
    `scale: ${options.scale ?? 10}             # ${t.scale}`,
    '',
    t.criteria,
    'criteria:',
  ];
  const scored: string[] = [];
  const crit = (
    c: { id: string; name: string; weight: number; scale?: number; price?: boolean },
    indent: string,
  ) => {
    const extra = `${c.scale !== undefined ? `, scale: ${c.scale}` : ''}${c.price ? ', price: true' : ''}`;
    out.push(
      `${indent}- { id: ${yamlString(c.id)}, name: ${yamlString(criterionName(c, lang))}, weight: ${c.weight}${extra} }`,
    );
    if (!c.price) scored.push(c.id);
  };
  for (const e of criteria) {
    if (isGroup(e)) {
      out.push(
        `  - id: ${yamlString(e.id)}`,
        `    name: ${yamlString(criterionName(e, lang))}`,
        '    criteria:',
      );
      for (const c of e.criteria) crit(c, '      ');
    } else crit(e, '  ');
  }
  out.push(
    '',
    t.price,
    'price:',
    '  method: relative',
    `  ${t.budget}`,
    '',
    ...t.knockouts,
    '',
    t.bids,
    'bids:',
  );
  out.push(
    `  - vendor: ${yamlString(t.vendor)}`,
    `    price: 100000         # ${t.priceNote}`,
    '    scores:',
  );
  for (const id of scored) out.push(`      ${yamlString(id)}: 0`);
  return out.join('\n') + '\n';
}
