/**
 * The report of `inkoop check`, built once as a view (plain data, labels
 * chosen in one language) and turned into a text table, Markdown or JSON by
 * small adapters. Text from the checked document (headings, placeholders,
 * the file name) is kept apart in the view as `input` pieces, so that each
 * adapter escapes it for where it goes: no escape sequence on a terminal,
 * no markup, link or table break in Markdown. Pure.
 */
import { type Translate, translator } from '../i18n/index.js';
import { markdownTable, textTable, type Column } from '../lib/tables.js';
import type { Lang } from '../lib/i18n.js';
import { flatten, input, type Part, type Rich, richT, toTerminal } from '../lib/rich.js';
import { inlineSafe, listJoin, mdCell, mdText } from '../lib/text.js';
import type { CheckItem, CheckResult, CheckStatus } from './types.js';

export interface CheckRow {
  number: number;
  label: string;
  status: CheckStatus;
  statusLabel: string;
  where: Rich;
}

export interface CheckGroup {
  title: string;
  /** Header of the first column: part or question. */
  first: string;
  rows: CheckRow[];
}

export interface CheckView {
  file: string;
  title: Rich;
  headers: { status: string; where: string };
  groups: CheckGroup[];
  placeholders: {
    title: string;
    items: { line: number; col: number; where: string; text: string }[];
  };
  result: string;
  ok: boolean;
  /** The verdict for stderr when the check fails, else null. */
  failure: Rich | null;
}

export type Paint = (status: CheckStatus, text: string) => string;

function statusLabel(t: Translate, status: CheckStatus): string {
  return t(`check.status.${status}`);
}

function where(item: CheckItem, t: Translate): Rich {
  if (item.matches.length === 0) return [t('check.add', { heading: t(item.expected) })];
  const best = item.matches.find((m) => m.status === item.status) ?? item.matches[0]!;
  const out: Part[] = [`${t('check.line', { line: best.line })}: `, input(best.heading)];
  if (item.matches.length > 1) out.push(` (+${item.matches.length - 1})`);
  if (item.placeholders.length) {
    out.push('; ');
    item.placeholders.slice(0, 3).forEach((p, i) => {
      if (i > 0) out.push(', ');
      out.push(input(p.text));
    });
    if (item.placeholders.length > 3) out.push(', …');
  }
  return out;
}

/** The expected headings of the failing parts, each once ("Exitstrategie" is a condition and a question). */
function partNames(result: CheckResult, status: CheckStatus, lang: Lang): string[] {
  const t = translator(lang);
  return [...new Set(result.items.filter((i) => i.status === status).map((i) => t(i.expected)))];
}

const WORST: readonly CheckStatus[] = ['missing', 'empty', 'placeholder', 'covered'];

/**
 * How many parts have each status, each part counted once by its expected
 * heading (a condition and a question can ask for the same section), at the
 * worst status it has. The JSON keeps its per-item summary.
 */
function partCounts(result: CheckResult): Record<CheckStatus, number> {
  const worst = new Map<string, CheckStatus>();
  for (const i of result.items) {
    const before = worst.get(i.expected);
    if (before === undefined || WORST.indexOf(i.status) < WORST.indexOf(before))
      worst.set(i.expected, i.status);
  }
  const counts: Record<CheckStatus, number> = { covered: 0, placeholder: 0, empty: 0, missing: 0 };
  for (const status of worst.values()) counts[status]++;
  return counts;
}

/** The report as a view in one language. */
export function checkView(result: CheckResult, file: string, lang: Lang): CheckView {
  const t = translator(lang);
  const group = (kind: 'condition' | 'question'): CheckGroup => ({
    title: t(kind === 'condition' ? 'check.conditions' : 'check.questions'),
    first: t(kind === 'condition' ? 'check.col.part' : 'check.col.question'),
    rows: result.items
      .filter((i) => i.kind === kind)
      .map((item, i) => ({
        number: i + 1,
        label: t(item.label),
        status: item.status,
        statusLabel: statusLabel(t, item.status),
        where: where(item, t),
      })),
  });
  const s = partCounts(result);
  const resultLine =
    t('check.result', {
      covered: s.covered,
      placeholder: s.placeholder,
      empty: s.empty,
      missing: t('check.missingCount', { count: s.missing }),
      placeholders: t('check.inDocument', { count: result.placeholders.length }),
      verdict: result.ok ? t('check.ok') : t('check.notOk'),
    }) + (result.strict ? t('check.strict') : '');
  let failure: Rich | null = null;
  if (!result.ok) {
    const reasons: string[] = [];
    const and = t('check.and');
    const missing = partNames(result, 'missing', lang);
    if (missing.length)
      reasons.push(
        t('check.partsMissing', { count: missing.length, parts: listJoin(missing, and) }),
      );
    const empty = partNames(result, 'empty', lang);
    if (empty.length)
      reasons.push(t('check.partsEmpty', { count: empty.length, parts: listJoin(empty, and) }));
    if (result.strict && result.placeholders.length)
      reasons.push(t('check.placeholdersLeft', { count: result.placeholders.length }));
    failure = richT(t, 'check.incomplete', { file: input(file), reasons: reasons.join('; ') });
  }
  return {
    file,
    title: richT(t, 'check.title', { file: input(file) }),
    headers: { status: t('check.col.status'), where: t('check.col.where') },
    groups: [group('condition'), group('question')],
    placeholders: {
      title: t('check.placeholders'),
      items: result.placeholders.map((p) => ({
        line: p.line,
        col: p.col,
        where: t('check.line', { line: `${p.line}:${p.col}` }),
        text: p.text,
      })),
    },
    result: resultLine,
    ok: result.ok,
    failure,
  };
}

/** Markdown inline text: inkoop's words as they are, the document's escaped (for a table cell, too). */
const piecesMarkdown = (rich: Rich, cell = false): string => flatten(rich, cell ? mdCell : mdText);

function columns(view: CheckView, first: string): Column[] {
  return [
    { header: '#', align: 'right' },
    { header: first },
    { header: view.headers.status },
    { header: view.headers.where },
  ];
}

export function checkViewText(view: CheckView, paint: Paint = (_s, x) => x): string {
  const out = [toTerminal(view.title), ''];
  for (const g of view.groups) {
    out.push(
      g.title,
      textTable(
        columns(view, g.first),
        g.rows.map((r) => [
          String(r.number),
          r.label,
          paint(r.status, r.statusLabel),
          toTerminal(r.where),
        ]),
        { indent: '  ' },
      ),
    );
  }
  const ph = view.placeholders.items;
  if (ph.length) {
    out.push(`${view.placeholders.title}:`);
    for (const p of ph.slice(0, 20)) out.push(`  ${p.where}  ${inlineSafe(p.text)}`);
    if (ph.length > 20) out.push(`  … (+${ph.length - 20})`);
    out.push('');
  }
  out.push(view.result);
  return out.join('\n') + '\n';
}

export function checkViewMarkdown(view: CheckView): string {
  const out = [`## ${piecesMarkdown(view.title)}`, ''];
  for (const g of view.groups) {
    out.push(
      `### ${g.title}`,
      '',
      markdownTable(
        columns(view, g.first),
        g.rows.map((r) => [
          String(r.number),
          mdCell(r.label),
          mdCell(r.statusLabel),
          piecesMarkdown(r.where, true),
        ]),
        (s) => s,
      ),
    );
  }
  const ph = view.placeholders.items;
  if (ph.length) {
    out.push(`### ${view.placeholders.title}`, '');
    for (const p of ph) out.push(`- ${p.where}: ${mdText(p.text)}`);
    out.push('');
  }
  out.push(`**${view.result}**`);
  return out.join('\n') + '\n';
}

/** The report as a text table; `paint` colours the status. */
export function checkTable(
  result: CheckResult,
  file: string,
  lang: Lang,
  paint: Paint = (_s, x) => x,
): string {
  return checkViewText(checkView(result, file, lang), paint);
}

export function checkMarkdown(result: CheckResult, file: string, lang: Lang): string {
  return checkViewMarkdown(checkView(result, file, lang));
}

/** The JSON form: stable keys, statuses in English, labels in the language asked. */
export function checkJson(result: CheckResult, file: string, lang: Lang): unknown {
  const t = translator(lang);
  return {
    file,
    ok: result.ok,
    strict: result.strict,
    summary: result.summary,
    items: result.items.map((i) => ({
      id: i.id,
      kind: i.kind,
      label: t(i.label),
      status: i.status,
      matches: i.matches,
      placeholders: i.placeholders,
      expected: t(i.expected),
    })),
    placeholders: result.placeholders,
  };
}
