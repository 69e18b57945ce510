/**
 * Rendering the robustness of a lot's award under the cap
 * (src/score/lots-robustness.ts): a section put before the lot's own
 * analysis, a summary that starts with the award, JSON, and the input of
 * `--fail-if-fragile` per lot. Without a cap the lot's own analysis is shown
 * unchanged. Pure.
 */
import { translator } from '../i18n/index.js';
import { formatMoney, formatNumber, type Lang } from '../lib/i18n.js';
import { listJoin } from '../lib/text.js';
import type { RobustnessFinding } from './html.js';
import type { LotsResult } from './lots.js';
import type { AwardChange, AwardStanding, LotAwardRobustness } from './lots-robustness.js';
import type { Robustness } from './robustness.js';
import type { RobustnessJson, RobustnessView } from './robustness-render.js';

type Esc = (s: string) => string;

function lotName(result: LotsResult, id: string, esc: Esc): string {
  return esc(result.lots.find((l) => l.id === id)?.name ?? id);
}

/** "gaat het perceel naar X" / "ontstaat een gelijke stand tussen ..." / "wordt het perceel niet gegund". */
function outcome(s: AwardStanding, lang: Lang, esc: Esc): string {
  const t = translator(lang);
  if (s.winner !== null) return t('lots.rob.goesTo', { vendor: esc(s.winner) });
  if (s.tied.length)
    return t('lots.rob.tie', { vendors: listJoin(s.tied.map(esc), t('score.and')) });
  return t('lots.rob.none');
}

/** One change that moves the award, in words. */
function changeText(c: AwardChange, result: LotsResult, lang: Lang, esc: Esc): string {
  const t = translator(lang);
  const lot = lotName(result, c.lot, esc);
  return c.kind === 'withdrawal'
    ? t('lots.rob.withdrawal', { vendor: esc(c.vendor ?? ''), lot, out: outcome(c, lang, esc) })
    : t('lots.rob.addition', {
        price: formatMoney(c.price ?? 0, lang),
        lot,
        out: outcome(c, lang, esc),
      });
}

/** Whether the lot's own analysis finds a weight change within the margin that changes its first place. */
const weightReasons = (own: Robustness) => own.reasons.filter((r) => r.kind === 'weight');

/**
 * The view of a lot's robustness: with a cap, a first section on the award
 * of the lot, the verdict on the award (and on weights within the margin),
 * and a summary that starts with the award; without a cap the lot's own view.
 */
export function lotRobustnessView(
  own: RobustnessView,
  analysis: Robustness,
  award: LotAwardRobustness,
  result: LotsResult,
  lang: Lang,
  esc: Esc = (x) => x,
): RobustnessView {
  if (!award.capped) return own;
  const t = translator(lang);
  const changes = [...award.withdrawals, ...award.additions];
  const findings: RobustnessFinding[] = [];
  if (award.winner === null && award.tied.length)
    findings.push({
      level: 'fragile',
      text: t('lots.rob.tiedNow', { vendors: listJoin(award.tied.map(esc), t('score.and')) }),
    });
  for (const c of changes)
    findings.push({ level: 'fragile', text: changeText(c, result, lang, esc) });
  if (!changes.length)
    findings.push({
      level: 'ok',
      text: t('lots.rob.firmFinding', {
        withdrawals: award.checkedWithdrawals,
        additions: award.checkedAdditions,
      }),
    });
  findings.push({ level: 'note', text: t('lots.rob.scope') });
  const head = changes.length
    ? t('lots.rob.summaryChanges', {
        changes: changes
          .slice(0, 3)
          .map((c) => changeText(c, result, lang, esc))
          .join('; '),
      })
    : award.winner !== null
      ? t('lots.rob.summaryFirm', { vendor: esc(award.winner) })
      : '';
  return {
    fragile: award.fragile || weightReasons(analysis).length > 0,
    summary: `${head} ${t('lots.rob.ranking', { summary: own.summary })}`.trim(),
    sections: [{ title: t('lots.rob.title'), findings }, ...own.sections],
  };
}

/** The award robustness in JSON (prices in euros). */
export function lotAwardRobustnessJson(a: LotAwardRobustness) {
  return {
    capped: a.capped,
    winner: a.winner,
    tied: [...a.tied],
    fragile: a.fragile,
    checked_withdrawals: a.checkedWithdrawals,
    checked_additions: a.checkedAdditions,
    withdrawals: a.withdrawals.map((c) => ({
      lot: c.lot,
      vendor: c.vendor,
      winner: c.winner,
      tied: [...c.tied],
    })),
    additions: a.additions.map((c) => ({
      lot: c.lot,
      price: Math.round(c.price ?? 0) / 100,
      winner: c.winner,
      tied: [...c.tied],
    })),
  };
}

type Reason = RobustnessJson['reasons'][number] & { lot?: string };

/**
 * `--fail-if-fragile` on a lot with a cap: fragile when the award changes by
 * a withdrawal or an addition (on this lot or an earlier one), when the
 * award is tied, or when a weight change within the margin changes the
 * lot's first place. Reasons as in the robustness JSON, each change with
 * the lot it happens on.
 */
export function lotFragile(
  ownJson: RobustnessJson,
  analysis: Robustness,
  award: LotAwardRobustness,
  result: LotsResult,
  lang: Lang,
  esc: Esc,
): { fragile: boolean; reasons: Reason[]; message: string | null } {
  const t = translator(lang);
  const reasons: Reason[] = [];
  if (award.winner === null && award.tied.length)
    reasons.push({ kind: 'tie', tied: [...award.tied] });
  reasons.push(...ownJson.reasons.filter((r) => r.kind === 'weight'));
  for (const c of award.withdrawals)
    reasons.push({
      kind: 'withdrawal',
      vendor: c.vendor ?? '',
      winner: c.winner,
      tied: [...c.tied],
      lot: c.lot,
    });
  for (const c of award.additions)
    reasons.push({
      kind: 'addition',
      price: Math.round(c.price ?? 0) / 100,
      winner: c.winner,
      tied: [...c.tied],
      lot: c.lot,
    });
  const fragile = reasons.length > 0;
  if (!fragile) return { fragile, reasons, message: null };
  const phrases = [
    ...(award.winner === null && award.tied.length
      ? [t('lots.rob.tiedNow', { vendors: listJoin(award.tied.map(esc), t('score.and')) })]
      : []),
    ...(weightReasons(analysis).length
      ? [t('lots.rob.weights', { margin: formatNumber(analysis.margin, lang, 4, 0) })]
      : []),
    ...[...award.withdrawals, ...award.additions].map((c) => changeText(c, result, lang, esc)),
  ];
  const shown = phrases.slice(0, 3);
  if (phrases.length > 3) shown.push(t('robustness.pairsMore', { n: phrases.length - 3 }));
  return {
    fragile,
    reasons,
    message: t('robustness.gate', {
      margin: formatNumber(analysis.margin, lang, 4, 0),
      reasons: shown.join('; '),
    }),
  };
}
