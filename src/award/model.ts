/**
 * The award decision (Aanbestedingswet 2012, art. 2.130) from a scored
 * tender: who gets which letter, with which figures and reasons, and the
 * evaluation report. Pure: the scored result in, plain data and Markdown
 * out. Every figure comes from the same ScoreResult that `inkoop score`
 * prints; nothing is computed a second time.
 */
import { type Lang, type MessageKey, type Translate, translator } from '../i18n/index.js';
import { formatCents, formatDate, formatNumber } from '../lib/i18n.js';
import { markdownTable } from '../lib/tables.js';
import { listJoin, mdCell, mdText, slug } from '../lib/text.js';
import { fillTemplate } from '../scaffold/fill.js';
import type { Answers, Template } from '../scaffold/types.js';
import type { TenderDocument } from '../score/schema.js';
import type { BidResult, ExclusionReason, ScoreResult } from '../score/score.js';
import {
  methodName,
  methodSentenceOf,
  positionText,
  reasonText as scoreReasonText,
  valueHeaderOf,
  valuePhrase,
  valueShown,
} from '../score/render.js';
import { parseIsoDay } from '../termijn/calendar.js';
import { type PeriodResult, periodEnd } from '../termijn/standstill.js';

export type LetterKind = 'award' | 'rejection' | 'exclusion';

/** A reason not to write the award decision yet, at a path of the tender document. */
export interface AwardProblem {
  path: (string | number)[];
  message: string;
}

export interface AwardSettings {
  authority: { name: string; address: string[] };
  reference: string | null;
  contact: string | null;
  signatory: { name: string; role: string | null } | null;
  dispatchDate: string;
  standstillDays: number;
  extraHolidays: string[];
  remedies: string | null;
}

export interface InputFile {
  /** The path as shown (relative to the folder of award.json in award.json itself). */
  file: string;
  sha256: string;
}

export interface LetterPlan {
  vendor: string;
  /** File name stem: lowercase ASCII, unique within the tender. */
  slug: string;
  kind: LetterKind;
  rank: number | null;
  total: number | null;
}

/**
 * What stands in the way of an award decision: a ranked bid's score without
 * a motivation (price criteria need none; excluded bids need none), a first
 * place that is tied and unresolved, no valid bid, no award section, no
 * dispatch date. Empty when the decision can be written.
 */
export function awardProblems(
  doc: TenderDocument,
  result: ScoreResult,
  dispatchDate: string | null,
  lang: Lang,
): AwardProblem[] {
  const tr = translator(lang);
  const problems: AwardProblem[] = [];
  if (!doc.award) problems.push({ path: [], message: tr('award.noSection') });
  else if (!dispatchDate) problems.push({ path: ['award'], message: tr('award.noDate') });
  if (result.bids.every((b) => b.excluded))
    problems.push({ path: ['bids'], message: tr('award.noValidBid') });
  if (result.tieUnresolved)
    problems.push({
      path: doc.tie_break ? ['tie_break'] : ['bids'],
      message: tr('award.unresolvedTie', { vendors: listJoin(result.tied, tr('award.and')) }),
    });
  for (const bid of result.bids) {
    if (bid.excluded) continue;
    for (const line of bid.lines) {
      if (line.motivation !== null || line.score === null) continue;
      const c = result.criteria.find((k) => k.id === line.criterion)!;
      problems.push({
        path: ['bids', bid.index, 'scores', line.criterion],
        message: tr('award.missingMotivation', {
          vendor: bid.vendor,
          criterion: c.name,
          example: `${line.criterion}: { score: ${line.score}, motivation: "..." }`,
        }),
      });
    }
  }
  return problems;
}

/** The award settings of a tender that passed awardProblems. */
export function awardSettings(doc: TenderDocument, dispatchDate: string): AwardSettings {
  const a = doc.award!;
  return {
    authority: { name: a.authority.name, address: a.authority.address ?? [] },
    reference: a.reference ?? null,
    contact: a.contact ?? null,
    signatory: a.signatory ? { name: a.signatory.name, role: a.signatory.role ?? null } : null,
    dispatchDate,
    standstillDays: a.standstill_days ?? 20,
    extraHolidays: a.extra_holidays ?? [],
    remedies: a.remedies ?? null,
  };
}

/** The end of the standstill period for these settings (inkoop termijn's computation). */
export function standstillOf(settings: AwardSettings): PeriodResult {
  return periodEnd({
    start: parseIsoDay(settings.dispatchDate)!,
    days: settings.standstillDays,
    extraHolidays: settings.extraHolidays.map((d) => parseIsoDay(d)!),
  });
}

/** "Café Noël B.V." -> "cafe-noel-b-v"; empty names become "inschrijver". */
export function slugify(name: string): string {
  return slug(name, 'inschrijver');
}

/** One letter per bid, in the order of the result, with unique slugs (`-2` on a collision). */
export function letterPlans(result: ScoreResult): LetterPlan[] {
  const used = new Set<string>(['proces-verbaal', 'award']);
  return result.bids.map((b) => {
    const base = slugify(b.vendor);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    const kind: LetterKind = b.excluded
      ? 'exclusion'
      : b.vendor === result.winner
        ? 'award'
        : 'rejection';
    return { vendor: b.vendor, slug, kind, rank: b.rank, total: b.total };
  });
}

// ---------------------------------------------------------------- text pieces

const dateText = (iso: string, lang: Lang) => formatDate(new Date(`${iso}T00:00:00Z`), lang);
const money = (cents: number, lang: Lang) => `€ ${formatCents(cents, lang)}`;
const points = (v: number, lang: Lang) => formatNumber(v, lang, 2, 2);
const score = (v: number, lang: Lang) => formatNumber(v, lang, 2);

function ordinal(rank: number, tr: Translate): string {
  const tens = rank % 100;
  const key: MessageKey =
    tens >= 11 && tens <= 13
      ? 'award.ordinal'
      : rank % 10 === 1
        ? 'award.ordinal1'
        : rank % 10 === 2
          ? 'award.ordinal2'
          : rank % 10 === 3
            ? 'award.ordinal3'
            : 'award.ordinal';
  return tr(key as 'award.ordinal', { rank });
}

function reasonText(r: ExclusionReason, tr: Translate, lang: Lang): string {
  if (r.kind === 'minimum' || r.kind === 'no_quality') return scoreReasonText(r, lang, mdText);
  if (r.kind === 'budget')
    return tr('award.reasonBudget', { price: money(r.price, lang), budget: money(r.budget, lang) });
  return tr(r.answer === false ? 'award.reasonKnockout' : 'award.reasonKnockoutMissing', {
    requirement: mdText(r.requirement),
  });
}

/** A Markdown table from a header row and body rows, all already Markdown (escaped with mdCell). */
function table(header: string[], rows: string[][], right: number[] = []): string {
  const columns = header.map((h, i) => ({
    header: h,
    align: right.includes(i) ? ('right' as const) : ('left' as const),
  }));
  const same = (cell: string) => cell;
  return markdownTable(columns, rows, same, same).trimEnd();
}

interface Context {
  result: ScoreResult;
  settings: AwardSettings;
  period: PeriodResult;
  lang: Lang;
  tr: Translate;
  title: string;
  winner: BidResult | null;
}

function standstillParagraph(ctx: Context): string {
  return ctx.tr('award.standstill', {
    days: ctx.period.days,
    dispatch: dateText(ctx.period.start, ctx.lang),
    end: dateText(ctx.period.end, ctx.lang),
  });
}

function remediesParagraph(ctx: Context): string {
  return ctx.settings.remedies !== null ? mdText(ctx.settings.remedies) : ctx.tr('award.remedies');
}

/** Points per criterion and group for one bid, and for the winner beside it. */
function comparisonTable(ctx: Context, bid: BidResult, withWinner: boolean): string {
  const { tr, lang, result, winner } = ctx;
  const header = [
    tr('award.criterion'),
    tr('award.weight'),
    tr('award.yourScore'),
    tr('award.yourPoints'),
  ];
  if (withWinner && winner)
    header.push(tr('award.winnerPoints', { winner: mdCell(winner.vendor) }));
  const rows: string[][] = [];
  const byId = new Map(bid.lines.map((l) => [l.criterion, l]));
  const winLines = new Map((winner?.lines ?? []).map((l) => [l.criterion, l]));
  for (const g of result.groups) {
    const members = g.criteria.map((k) => result.criteria[k]!);
    for (const c of members) {
      const own = byId.get(c.id);
      const row = [
        mdCell(c.name),
        points(c.weight, lang),
        c.price ? tr('award.priceScored') : own?.score != null ? score(own.score, lang) : '',
        own ? points(own.points, lang) : '',
      ];
      if (withWinner && winner) row.push(points(winLines.get(c.id)?.points ?? 0, lang));
      rows.push(row);
    }
    if (g.group) {
      const row = [
        `*${mdCell(tr('award.group', { name: g.name }))}*`,
        points(g.weight, lang),
        '',
        `*${points(bid.groups[g.id] ?? 0, lang)}*`,
      ];
      if (withWinner && winner) row.push(`*${points(winner.groups[g.id] ?? 0, lang)}*`);
      rows.push(row);
    }
  }
  const total = [
    `**${tr('award.total')}**`,
    points(result.maxPoints, lang),
    '',
    `**${points(bid.total ?? 0, lang)}**`,
  ];
  if (withWinner && winner) total.push(`**${points(winner.total ?? 0, lang)}**`);
  rows.push(total);
  const price = [tr('award.price'), '', money(bid.price, lang), ''];
  if (withWinner && winner) price.push(money(winner.price, lang));
  rows.push(price);
  return table(header, rows, withWinner ? [1, 2, 3, 4] : [1, 2, 3]);
}

function motivationsBlock(ctx: Context, bid: BidResult): string {
  const { tr, lang, result, winner } = ctx;
  const out: string[] = [];
  for (const line of bid.lines) {
    if (line.score === null) continue;
    const c = result.criteria.find((k) => k.id === line.criterion)!;
    const w = winner?.lines.find((l) => l.criterion === line.criterion);
    out.push(`### ${mdText(c.name)}`, '');
    out.push(
      `- **${tr('award.yourBid')}** (${tr('award.scoreOf', { score: score(line.score, lang), scale: score(c.scale, lang) })}, ${tr('award.pointsValue', { value: points(line.points, lang) })}): ${mdText(line.motivation ?? '')}`,
    );
    if (w && winner && w.score !== null)
      out.push(
        `- **${tr('award.bidOf', { vendor: mdText(winner.vendor) })}** (${tr('award.scoreOf', { score: score(w.score, lang), scale: score(c.scale, lang) })}, ${tr('award.pointsValue', { value: points(w.points, lang) })}): ${mdText(w.motivation ?? '')}`,
      );
    out.push('');
  }
  return out.join('\n').trimEnd();
}

/** The criteria on which the winner earned more points than this bid: its relative advantages. */
export function advantages(result: ScoreResult, bid: BidResult, winner: BidResult): string[] {
  return result.criteria
    .filter((c) => (winner.points[c.id] ?? 0) - (bid.points[c.id] ?? 0) > result.tolerance)
    .map((c) => c.id);
}

function advantagesBlock(ctx: Context, bid: BidResult): string {
  const { tr, lang, result, winner } = ctx;
  if (!winner) return '';
  const ids = advantages(result, bid, winner);
  if (ids.length === 0) return tr('award.noAdvantage', { winner: mdText(winner.vendor) });
  const lines = ids.map((id) => {
    const c = result.criteria.find((k) => k.id === id)!;
    return `- ${tr('award.advantage', {
      criterion: mdText(c.name),
      winnerPoints: points(winner.points[id] ?? 0, lang),
      ownPoints: points(bid.points[id] ?? 0, lang),
    })}`;
  });
  return [tr('award.advantagesIntro', { winner: mdText(winner.vendor) }), '', ...lines].join('\n');
}

function senderBlock(s: AwardSettings): string {
  return [s.authority.name, ...s.authority.address].map(mdText).join('  \n');
}

function signatoryBlock(s: AwardSettings): string {
  const lines = [s.signatory?.name, s.signatory?.role ?? undefined, s.authority.name].filter(
    (x): x is string => typeof x === 'string',
  );
  return lines.map(mdText).join('  \n');
}

function tieSentence(ctx: Context): string {
  const tb = ctx.result.tieBreak;
  if (!tb) return '';
  const { tr, lang, result } = ctx;
  const base = {
    winner: mdText(tb.winner),
    others: listJoin(tb.others.map(mdText), tr('award.and')),
  };
  const rule = tb.decided;
  if (rule.kind === 'highest') {
    const name =
      result.criteria.find((c) => c.id === rule.id)?.name ??
      result.groups.find((g) => g.id === rule.id)?.name ??
      rule.id;
    return endSentence(tr('award.tieHighest', { ...base, criterion: mdText(name) }));
  }
  if (rule.kind === 'lowest_price') return endSentence(tr('award.tieLowestPrice', base));
  return endSentence(
    tr('award.tieLot', { ...base, date: dateText(rule.drawnOn, lang), by: mdText(rule.by) }),
  );
}

/** Methods other than weighted: the bid's position in the method's own terms (the price at which it would tie the winner). */
function positionSentence(ctx: Context, bid: BidResult): string {
  const text = positionText(ctx.result, bid, ctx.lang);
  return text ? ` ${text}` : '';
}

/** A name that ends a sentence: no second full stop after "B.V.". */
function endSentence(text: string): string {
  return text.replace(/\.\.(?=\s|$)/g, '.');
}

/** The answers that fill a letter template. */
export function letterAnswers(ctx: Context, plan: LetterPlan): Answers {
  const { tr, lang, result, settings, winner } = ctx;
  const bid = result.bids.find((b) => b.vendor === plan.vendor)!;
  const common: Answers = {
    sender: senderBlock(settings),
    addressee: mdText(bid.vendor),
    date: `${tr('award.date')}: ${dateText(settings.dispatchDate, lang)}`,
    subject: `${tr('award.subjectLabel')}: ${tr('award.subject', { title: mdText(ctx.title) })}`,
    standstill: standstillParagraph(ctx),
    signatory: signatoryBlock(settings),
  };
  if (settings.reference)
    common.reference = `${tr('award.reference')}: ${mdText(settings.reference)}`;
  if (settings.contact) common.contact = tr('award.contact', { contact: mdText(settings.contact) });
  const winnerName = winner ? mdText(winner.vendor) : '';
  const tie = tieSentence(ctx);
  const weighted = result.method === 'weighted';
  if (plan.kind === 'award') {
    common.opening = endSentence(
      weighted
        ? tr('award.openingWinner', {
            title: mdText(ctx.title),
            total: points(bid.total ?? 0, lang),
            max: points(result.maxPoints, lang),
          })
        : tr('methods.award.openingWinner', {
            title: mdText(ctx.title),
            method: methodName(result, lang),
            value: valuePhrase(result, bid.value ?? 0, lang),
          }),
    );
    if (tie) common.tie = tie;
    common.scores = comparisonTable(ctx, bid, false);
    common.motivations = motivationsBlock({ ...ctx, winner: null }, bid);
    return common;
  }
  common.remedies = remediesParagraph(ctx);
  if (plan.kind === 'exclusion') {
    common.opening = endSentence(
      tr('award.openingExclusion', {
        title: mdText(ctx.title),
        reasons: listJoin(
          bid.reasons.map((r) => reasonText(r, tr, lang)),
          tr('award.and'),
        ),
        winner: winnerName,
      }),
    );
    return common;
  }
  common.opening = endSentence(
    weighted
      ? tr('award.openingRejection', {
          title: mdText(ctx.title),
          winner: winnerName,
          rank: ordinal(bid.rank ?? 0, tr),
          total: points(bid.total ?? 0, lang),
          max: points(result.maxPoints, lang),
          winnerTotal: points(winner?.total ?? 0, lang),
        })
      : tr('methods.award.openingRejection', {
          title: mdText(ctx.title),
          method: methodName(result, lang),
          winner: winnerName,
          rank: ordinal(bid.rank ?? 0, tr),
          value: valuePhrase(result, bid.value ?? 0, lang),
          winnerValue: valuePhrase(result, winner?.value ?? 0, lang),
        }) + positionSentence(ctx, bid),
  );
  if (tie) common.tie = tie;
  common.scores = comparisonTable(ctx, bid, true);
  common.motivations = motivationsBlock(ctx, bid);
  common.advantages = advantagesBlock(ctx, bid);
  return common;
}

/** The answers that fill the evaluation report template. */
export function reportAnswers(
  ctx: Context,
  inputs: readonly InputFile[],
  robustness: string | null,
): Answers {
  const { tr, lang, result, winner, period } = ctx;
  const bidsRows = result.bids.map((b) => [
    mdCell(b.vendor),
    money(b.price, lang),
    b.excluded ? tr('award.excluded') : String(b.rank),
    b.total === null
      ? ''
      : result.method === 'weighted'
        ? points(b.total, lang)
        : valueShown(result, b.value ?? 0, lang),
  ]);
  const exclusions = result.bids.filter((b) => b.excluded);
  const scoreBlocks: string[] = [];
  for (const b of result.bids) {
    if (b.excluded) continue;
    scoreBlocks.push(`### ${mdText(b.vendor)}`, '');
    const rows = b.lines.map((l) => {
      const c = result.criteria.find((k) => k.id === l.criterion)!;
      return [
        mdCell(c.name),
        l.score === null ? tr('award.priceScored') : score(l.score, lang),
        l.evaluators ? l.evaluators.map((v) => score(v, lang)).join(' / ') : '',
        l.consensus === null ? '' : score(l.consensus, lang),
        points(l.points, lang),
        l.motivation === null ? '' : mdCell(l.motivation),
      ];
    });
    scoreBlocks.push(
      table(
        [
          tr('award.criterion'),
          tr('award.score'),
          tr('award.evaluators'),
          tr('award.consensus'),
          tr('award.points'),
          tr('award.motivation'),
        ],
        rows,
        [1, 3, 4],
      ),
      '',
    );
  }
  const skipped = period.skipped.map((s) => dateText(s.date, lang));
  const answers: Answers = {
    title: tr('award.reportTitle', { title: mdText(ctx.title) }),
    intro:
      result.method === 'weighted'
        ? tr('award.reportIntro', { max: points(result.maxPoints, lang) })
        : tr('methods.award.reportIntro', {
            method: methodName(result, lang),
            formula: methodSentenceOf(result, lang),
          }),
    bids: table(
      [
        tr('award.vendor'),
        tr('award.price'),
        tr('award.rank'),
        result.method === 'weighted' ? tr('award.total') : valueHeaderOf(result, lang),
      ],
      bidsRows,
      [1, 2, 3],
    ),
    exclusions: exclusions.length
      ? exclusions
          .map(
            (b) =>
              `- ${mdText(b.vendor)}: ${listJoin(
                b.reasons.map((r) => reasonText(r, tr, lang)),
                tr('award.and'),
              )}`,
          )
          .join('\n')
      : tr('award.noExclusions'),
    scores: scoreBlocks.join('\n').trimEnd(),
    spreads: result.warnings.length
      ? result.warnings
          .map(
            (w) =>
              `- ${tr('award.spread', {
                vendor: mdText(w.vendor),
                criterion: mdText(result.criteria.find((c) => c.id === w.criterion)!.name),
                scores: w.evaluators.map((v) => score(v, lang)).join(' / '),
                spread: score(w.spread, lang),
              })}`,
          )
          .join('\n')
      : tr('award.noSpreads'),
    ranking: [
      table(
        [tr('award.rank'), tr('award.vendor'), tr('award.total')],
        result.bids
          .filter((b) => !b.excluded)
          .map((b) => [
            String(b.rank),
            mdCell(b.vendor),
            result.method === 'weighted'
              ? points(b.total ?? 0, lang)
              : valueShown(result, b.value ?? 0, lang),
          ]),
        [0, 2],
      ),
      '',
      winner
        ? result.method === 'weighted'
          ? tr('award.winnerIs', {
              winner: mdText(winner.vendor),
              total: points(winner.total ?? 0, lang),
              max: points(result.maxPoints, lang),
            })
          : tr('methods.award.winnerIs', {
              winner: mdText(winner.vendor),
              value: valuePhrase(result, winner.value ?? 0, lang),
            })
        : '',
    ]
      .join('\n')
      .trimEnd(),
    tie: tieSentence(ctx) || tr('award.noTie'),
    robustness: robustness ?? tr('award.robustnessNotRun'),
    standstill: [
      tr('award.standstillReport', {
        dispatch: dateText(period.start, lang),
        days: period.days,
        end: dateText(period.end, lang),
      }),
      skipped.length ? ` ${tr('award.skipped', { days: listJoin(skipped, tr('award.and')) })}` : '',
    ].join(''),
    inputs: table(
      [tr('award.file'), 'SHA-256'],
      inputs.map((f) => [mdCell(f.file), `\`${f.sha256}\``]),
    ),
  };
  return answers;
}

export interface AwardTemplates {
  award: Template;
  rejection: Template;
  exclusion: Template;
  report: Template;
}

export interface AwardDocuments {
  winner: string;
  period: PeriodResult;
  letters: (LetterPlan & { markdown: string })[];
  report: string;
}

const withNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

/** Every letter and the evaluation report as Markdown, filled from the templates. */
export function awardDocuments(input: {
  result: ScoreResult;
  settings: AwardSettings;
  templates: AwardTemplates;
  inputs: readonly InputFile[];
  robustness: string | null;
  lang: Lang;
  /** Changes to a letter's answers (a lot's award after the cap, src/award/lots.ts). */
  adjustLetter?: (plan: LetterPlan, answers: Answers) => Answers;
  /** Changes to the report's answers. */
  adjustReport?: (answers: Answers) => Answers;
}): AwardDocuments {
  const { result, settings, templates, lang } = input;
  const tr = translator(lang);
  const period = standstillOf(settings);
  const winner = result.bids.find((b) => b.vendor === result.winner) ?? null;
  const ctx: Context = {
    result,
    settings,
    period,
    lang,
    tr,
    title: result.title ?? tr('award.untitled'),
    winner,
  };
  // Every answer here is Markdown that inkoop made (names escaped with mdText/mdCell): it goes
  // into the letter as it is, not escaped again as a person's answer would be.
  const fill = (template: Template, answers: Answers) =>
    fillTemplate(template, answers, lang, { trusted: new Set(Object.keys(answers)) }).text;
  const letters = letterPlans(result).map((plan) => ({
    ...plan,
    markdown: withNewline(
      fill(
        templates[plan.kind],
        (input.adjustLetter ?? ((_, a) => a))(plan, letterAnswers(ctx, plan)),
      ),
    ),
  }));
  const reportFilled = reportAnswers(ctx, input.inputs, input.robustness);
  const report = withNewline(
    fill(templates.report, input.adjustReport ? input.adjustReport(reportFilled) : reportFilled),
  );
  return { winner: result.winner!, period, letters, report };
}
