/** The report of `inkoop check` as a text table, Markdown or JSON. Pure. */
import { markdownTable, textTable, type Column } from '../lib/format.js';
import type { Lang } from '../lib/i18n.js';
import { STATUS_LABELS } from './check.js';
import type { CheckItem, CheckResult, CheckStatus } from './types.js';

const TEXT = {
  nl: {
    title: (file: string) => `Inkoopstrategie-check: ${file}`,
    conditions: 'Voorwaarden voor een effectieve inkoopstrategie',
    questions: 'Evaluatievragen',
    part: 'Onderdeel',
    question: 'Vraag',
    status: 'Status',
    where: 'Waar',
    line: 'r.',
    add: (h: string) => `voeg een kop toe, zoals "## ${h}"`,
    placeholders: 'Placeholders',
    result: 'Resultaat',
    ok: 'in orde',
    notOk: 'niet in orde',
    strict: ' (--strict: placeholders tellen als fout)',
    counts: (s: Record<CheckStatus, number>) =>
      `${s.covered} gedekt, ${s.placeholder} met placeholder, ${s.empty} leeg, ${s.missing} ontbreekt`,
  },
  en: {
    title: (file: string) => `Purchasing strategy check: ${file}`,
    conditions: 'Conditions of an effective purchasing strategy',
    questions: 'Evaluation questions',
    part: 'Part',
    question: 'Question',
    status: 'Status',
    where: 'Where',
    line: 'line',
    add: (h: string) => `add a heading such as "## ${h}"`,
    placeholders: 'Placeholders',
    result: 'Result',
    ok: 'passes',
    notOk: 'fails',
    strict: ' (--strict: placeholders count as failures)',
    counts: (s: Record<CheckStatus, number>) =>
      `${s.covered} covered, ${s.placeholder} with a placeholder, ${s.empty} empty, ${s.missing} missing`,
  },
} as const;

export type Paint = (status: CheckStatus, text: string) => string;

function where(item: CheckItem, lang: Lang): string {
  const t = TEXT[lang];
  if (item.matches.length === 0) return t.add(item.expected[lang]);
  const best = item.matches.find((m) => m.status === item.status) ?? item.matches[0]!;
  const more = item.matches.length > 1 ? ` (+${item.matches.length - 1})` : '';
  const ph = item.placeholders.length
    ? `; ${item.placeholders
        .map((p) => p.text)
        .slice(0, 3)
        .join(', ')}${item.placeholders.length > 3 ? ', …' : ''}`
    : '';
  return `${t.line} ${best.line}: ${best.heading}${more}${ph}`;
}

function rows(items: CheckItem[], lang: Lang, paint: Paint): string[][] {
  return items.map((item, i) => [
    String(i + 1),
    item.label[lang],
    paint(item.status, STATUS_LABELS[lang][item.status]),
    where(item, lang),
  ]);
}

function resultLine(result: CheckResult, lang: Lang): string {
  const t = TEXT[lang];
  return `${t.result}: ${t.counts(result.summary)}; ${result.placeholders.length} ${t.placeholders.toLowerCase()} ${lang === 'nl' ? 'in het document' : 'in the document'} — ${result.ok ? t.ok : t.notOk}${result.strict ? t.strict : ''}`;
}

export function checkTable(
  result: CheckResult,
  file: string,
  lang: Lang,
  paint: Paint = (_s, x) => x,
): string {
  const t = TEXT[lang];
  const conditions = result.items.filter((i) => i.kind === 'condition');
  const questions = result.items.filter((i) => i.kind === 'question');
  const cols = (first: string): Column[] => [
    { header: '#', align: 'right' },
    { header: first },
    { header: t.status },
    { header: t.where },
  ];
  const out = [
    t.title(file),
    '',
    t.conditions,
    textTable(cols(t.part), rows(conditions, lang, paint), { indent: '  ' }),
    t.questions,
    textTable(cols(t.question), rows(questions, lang, paint), { indent: '  ' }),
  ];
  if (result.placeholders.length) {
    out.push(`${t.placeholders}:`);
    for (const p of result.placeholders.slice(0, 20))
      out.push(`  ${t.line} ${p.line}:${p.col}  ${p.text}`);
    if (result.placeholders.length > 20) out.push(`  … (+${result.placeholders.length - 20})`);
    out.push('');
  }
  out.push(resultLine(result, lang));
  return out.join('\n') + '\n';
}

export function checkMarkdown(result: CheckResult, file: string, lang: Lang): string {
  const t = TEXT[lang];
  const conditions = result.items.filter((i) => i.kind === 'condition');
  const questions = result.items.filter((i) => i.kind === 'question');
  const cols = (first: string): Column[] => [
    { header: '#', align: 'right' },
    { header: first },
    { header: t.status },
    { header: t.where },
  ];
  const plain: Paint = (_s, x) => x;
  const out = [
    `## ${t.title(file)}`,
    '',
    `### ${t.conditions}`,
    '',
    markdownTable(cols(t.part), rows(conditions, lang, plain)),
    `### ${t.questions}`,
    '',
    markdownTable(cols(t.question), rows(questions, lang, plain)),
  ];
  if (result.placeholders.length) {
    out.push(`### ${t.placeholders}`, '');
    for (const p of result.placeholders)
      out.push(`- ${t.line} ${p.line}:${p.col}: \`${p.text.replace(/`/g, "'")}\``);
    out.push('');
  }
  out.push(`**${resultLine(result, lang)}**`);
  return out.join('\n') + '\n';
}

/** The JSON form: stable keys, statuses in English, labels in the language asked. */
export function checkJson(result: CheckResult, file: string, lang: Lang): unknown {
  return {
    file,
    ok: result.ok,
    strict: result.strict,
    summary: result.summary,
    items: result.items.map((i) => ({
      id: i.id,
      kind: i.kind,
      label: i.label[lang],
      status: i.status,
      matches: i.matches,
      placeholders: i.placeholders,
      expected: i.expected[lang],
    })),
    placeholders: result.placeholders,
  };
}
