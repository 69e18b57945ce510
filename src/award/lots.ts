/**
 * The award decision of a tender with lots: per lot the letters of the
 * single-tender award (src/award/model.ts) for that lot as awarded after
 * the cap (src/score/lots.ts), and one evaluation report with a section per
 * lot. A bidder passed over on a lot is told why in its letter; the winner
 * of a lot that was not ranked first is told on what ground it wins; the
 * report says who was passed over. Pure.
 */
import { translator } from '../i18n/index.js';
import { formatNumber, type Lang } from '../lib/i18n.js';
import { listJoin, mdText } from '../lib/text.js';
import type { Answers } from '../scaffold/types.js';
import { type LotOutcome, type LotsResult, lotPath } from '../score/lots.js';
import { passedOverText } from '../score/lots-render.js';
import { valuePhrase } from '../score/render.js';
import type { TenderDocument } from '../score/schema.js';
import type { ScoreResult } from '../score/score.js';
import {
  type AwardDocuments,
  type AwardProblem,
  type AwardSettings,
  type AwardTemplates,
  awardDocuments,
  awardProblems,
  type InputFile,
  type LetterPlan,
  slugify,
} from './model.js';

/** A lot's result as awarded: the awarded bid is the winner; ranks and totals as scored. */
export function awardedResult(result: LotsResult, lot: LotOutcome, lang: Lang): ScoreResult {
  const t = translator(lang);
  const a = lot.award;
  const title = t('lots.awardTitle', {
    title: result.title ?? t('award.untitled'),
    name: lot.name,
  });
  if (a.passedOver.length === 0) return { ...lot.result, title };
  return {
    ...lot.result,
    title,
    winner: a.winner,
    tie: a.tie,
    tied: a.tied,
    tieBreak: a.tieBreak,
    tieUnresolved: a.winner === null && a.tie,
  };
}

/** The lots an award covers: all, or the one `--lot` names. */
function covered(result: LotsResult, only: string | undefined): LotOutcome[] {
  const order = result.lotOrder.map((id) => result.lots.find((l) => l.id === id)!);
  return only === undefined ? order : order.filter((l) => l.id === only);
}

/** What stands in the way of the award decision of every lot covered; paths in the tender file. */
export function lotsAwardProblems(
  doc: TenderDocument,
  result: LotsResult,
  dispatchDate: string | null,
  lang: Lang,
  only?: string,
): AwardProblem[] {
  const t = translator(lang);
  const out: AwardProblem[] = [];
  const seen = new Set<string>();
  const add = (p: AwardProblem) => {
    const key = `${JSON.stringify(p.path)}\u0000${p.message}`;
    if (!seen.has(key)) out.push(p);
    seen.add(key);
  };
  for (const lot of covered(result, only)) {
    const awarded = awardedResult(result, lot, lang);
    for (const p of awardProblems(lot.lot.document, awarded, dispatchDate, lang)) {
      const general = p.path.length === 0 || p.path[0] === 'award';
      add({
        path: general ? p.path : lotPath(doc, lot.lot, p.path),
        message: general ? p.message : t('lots.inLot', { lot: lot.name, message: p.message }),
      });
    }
    const valid = lot.result.bids.some((b) => !b.excluded);
    if (valid && lot.award.winner === null && !lot.award.tie)
      add({ path: ['lots', lot.index], message: t('lots.noEligible', { name: lot.name }) });
  }
  return out;
}

export interface LotsAwardDocuments extends AwardDocuments {
  winners: Record<string, string | null>;
  letters: (AwardDocuments['letters'][number] & { lot: string })[];
}

const points = (v: number, lang: Lang) => formatNumber(v, lang, 2, 2);

/** Every letter of every lot covered and the evaluation report with a section per lot. */
export function lotsAwardDocuments(input: {
  result: LotsResult;
  only?: string;
  settings: AwardSettings;
  templates: AwardTemplates;
  inputs: readonly InputFile[];
  robustness: (lot: LotOutcome) => string | null;
  lang: Lang;
}): LotsAwardDocuments {
  const { result, lang } = input;
  const t = translator(lang);
  const names = (ids: string[]) =>
    listJoin(
      ids.map((id) => mdText(result.lots.find((l) => l.id === id)?.name ?? id)),
      t('award.and'),
    );
  const lots = covered(result, input.only);
  const usedSlugs = new Set<string>();
  const letters: LotsAwardDocuments['letters'] = [];
  const sections: string[] = [];
  let period: AwardDocuments['period'] | undefined;
  for (const lot of lots) {
    const a = lot.award;
    const awarded = awardedResult(result, lot, lang);
    const passed = a.passedOver;
    const winnerBid = lot.result.bids.find((b) => b.vendor === a.winner);
    const adjustLetter = (plan: LetterPlan, answers: Answers): Answers => {
      if (passed.length === 0) return answers;
      const own = passed.find((p) => p.vendor === plan.vendor);
      const extra = own
        ? t('lots.letterPassedOver', {
            count: own.max,
            won: names(own.won),
            winner: mdText(a.winner ?? ''),
          })
        : a.winner !== null
          ? t('lots.letterOthersPassed', {
              count: passed[0]!.max,
              winner: mdText(a.winner),
              vendors: listJoin(
                passed.map((p) => mdText(p.vendor)),
                t('award.and'),
              ),
            })
          : '';
      const out = { ...answers };
      if (extra) out.tie = answers.tie ? `${extra}\n\n${answers.tie}` : extra;
      if (plan.kind === 'award' && winnerBid && winnerBid.rank !== 1)
        // In the method's terms: points for weighted, else the value that ranks.
        out.opening =
          lot.result.method === 'weighted'
            ? t('lots.openingWinnerAfterCap', {
                title: mdText(awarded.title ?? ''),
                rank: winnerBid.rank ?? '',
                total: points(winnerBid.total ?? 0, lang),
                max: points(lot.result.maxPoints, lang),
              })
            : t('lots.openingWinnerAfterCapValue', {
                title: mdText(awarded.title ?? ''),
                rank: winnerBid.rank ?? '',
                value: valuePhrase(lot.result, winnerBid.value ?? 0, lang),
              });
      return out;
    };
    // The report: who was passed over stands under the ranking and its award line, not under the tie.
    const adjustReport = (answers: Answers): Answers => {
      if (passed.length === 0) return answers;
      const lines = passed.map((p) => passedOverText(result, lot, p, lang, mdText));
      const ranking = [answers.ranking, ...lines].filter(Boolean).join('\n\n');
      return { ...answers, ranking };
    };
    const docs = awardDocuments({
      result: awarded,
      settings: input.settings,
      templates: input.templates,
      inputs: input.inputs,
      robustness: input.robustness(lot),
      lang,
      adjustLetter,
      adjustReport,
    });
    period = docs.period;
    let prefix = slugify(lot.id);
    if (usedSlugs.has(prefix)) prefix = `${prefix}-${lot.index + 1}`;
    usedSlugs.add(prefix);
    for (const l of docs.letters) letters.push({ ...l, slug: `${prefix}-${l.slug}`, lot: lot.id });
    // The lot's report as a section: its own title replaced by the lot's name, headings one level down.
    const body = docs.report.replace(/^# [^\n]*\n/, '').replace(/^(#+) /gm, '#$1 ');
    sections.push(`## ${t('lots.heading', { name: mdText(lot.name) })}\n${body}`.trimEnd());
  }
  const winners = Object.fromEntries(lots.map((l) => [l.id, l.award.winner]));
  const orderNames = result.lotOrder.map((id, i) => {
    const lot = result.lots.find((l) => l.id === id)!;
    return `${i + 1}. ${mdText(lot.name)}`;
  });
  const head = [
    `# ${t('award.reportTitle', { title: mdText(result.title ?? t('award.untitled')) })}`,
    '',
    `${t('lots.order', { order: orderNames.join(', ') })} ${
      result.maxLotsPerBidder === null
        ? t('lots.noCap')
        : t('lots.cap', { count: result.maxLotsPerBidder })
    }`,
    '',
    ...lots.map((l) => `- ${mdText(l.name)}: ${mdText(l.award.winner ?? t('lots.summaryNone'))}`),
  ];
  return {
    winner: lots.map((l) => `${l.id}: ${l.award.winner ?? '-'}`).join('; '),
    winners,
    period: period!,
    letters,
    report: `${[...head, '', sections.join('\n\n')].join('\n').trimEnd()}\n`,
  };
}
