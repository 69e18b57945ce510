/**
 * The gate of `inkoop score`: `--fail-under` (the bid ranked first reaches a
 * threshold in points) and `--fail-if-fragile` (the outcome is firm). Worked
 * out once, before anything is rendered, so that the JSON (`gate`), the JUnit
 * report and the exit code tell the same story. Pure.
 *
 * What `--fail-under` compares depends on the award method (`failUnderMeasure`):
 *   weighted                        total_points: the best total
 *   price_per_point, utility_index  quality_points: the quality points of the
 *                                   bid ranked first (on a tie, the lowest of
 *                                   the tied bids: each of them may be awarded)
 *   fictitious_price, lowest_price,
 *   lowest_cost                     none: these give no points (fictitious
 *                                   price values quality in euros); the flag
 *                                   is refused (`failUnderProblem`, exit 2)
 */
import { translator } from '../i18n/index.js';
import { formatPlain, formatPoints, type Lang } from '../lib/i18n.js';
import { inlineSafe } from '../lib/text.js';
import type { AwardMethod } from './methods.js';
import { methodName, roundPoints } from './render.js';
import type { RobustnessJson } from './robustness-render.js';
import type { ScoreResult } from './score.js';

/** `gate` in the JSON of `inkoop score`: language-neutral, reasons in stable English. */
export interface GateJson {
  fail_under: number | null;
  /** What --fail-under compares (total_points, quality_points); null when not asked. */
  measure: FailUnderMeasure | null;
  /** The figure compared, in points, rounded as in the JSON; null when not asked or no bid is valid. */
  measured: number | null;
  fail_if_fragile: boolean;
  passed: boolean;
  reasons: string[];
}

/** One gate: asked for or not, and, when it fails, why (in the run's language). */
export interface GateCheck {
  id: 'fail-under' | 'fail-if-fragile';
  asked: boolean;
  passed: boolean;
  /** The failure message in the language asked for, or null when the gate passed. */
  message: string | null;
}

export interface Gate {
  json: GateJson;
  checks: GateCheck[];
  passed: boolean;
  /** The failure messages, one per failed gate (for stderr). */
  messages: string[];
}

export interface GateInput {
  failUnder?: number;
  failIfFragile?: boolean;
  /** With --fail-if-fragile: whether the outcome is fragile, its reasons, and the message. */
  fragile?: { fragile: boolean; reasons: RobustnessJson['reasons']; message: string | null };
}

type Reason = RobustnessJson['reasons'][number];

/** What --fail-under compares under a method; null: the method gives no points. */
export type FailUnderMeasure = 'total_points' | 'quality_points';

export function failUnderMeasure(method: AwardMethod): FailUnderMeasure | null {
  if (method === 'weighted') return 'total_points';
  if (method === 'price_per_point' || method === 'utility_index') return 'quality_points';
  return null;
}

/**
 * Why --fail-under cannot apply to this tender (a usage error, exit 2), or
 * null: the method gives no points, or the threshold is above the most points
 * of the measure (no bid could pass).
 */
export function failUnderProblem(
  result: ScoreResult,
  failUnder: number,
  lang: Lang,
): string | null {
  const t = translator(lang);
  const threshold = formatPlain(failUnder, lang);
  const measure = failUnderMeasure(result.method);
  if (measure === null)
    return t('methods.failUnderNoPoints', {
      threshold,
      method: result.method,
      name: methodName(result, lang),
    });
  const max = measure === 'total_points' ? result.maxPoints : result.qualityMax;
  if (failUnder <= max) return null;
  return t(
    measure === 'total_points' ? 'score.failUnderTooHigh' : 'methods.failUnderTooHighQuality',
    {
      threshold,
      max: formatPlain(max, lang),
    },
  );
}

const who = (r: { winner: string | null; tied: string[] }) =>
  r.winner ?? (r.tied.length ? `a tie between ${r.tied.join(', ')}` : 'no valid bid');

/** A lot's robustness reason names the lot the change happens on (src/score/lots-robustness-render.ts). */
const onLot = (r: Reason) => {
  const lot = (r as { lot?: unknown }).lot;
  return typeof lot === 'string' ? ` ${r.kind === 'withdrawal' ? 'from' : 'on'} lot ${lot}` : '';
};

/** A robustness reason as a stable English sentence. */
function fragileReason(r: Reason): string {
  switch (r.kind) {
    case 'tie':
      return `fragile: a tie for first place between ${r.tied.join(', ')}`;
    case 'weight':
      return `fragile: a weight change of ${r.change} points on ${r.target} ${r.id} gives ${who(r)}`;
    case 'withdrawal':
      return `fragile: if ${r.vendor} withdraws${onLot(r)}, the outcome is ${who(r)}`;
    case 'addition':
      return `fragile: an added bid at price ${r.price}${onLot(r)} gives ${who(r)}`;
    default:
      return 'fragile';
  }
}

/** Evaluates the gates asked for on a scored tender. */
export function evaluateGate(result: ScoreResult, input: GateInput, lang: Lang): Gate {
  const t = translator(lang);
  const reasons: string[] = [];
  const checks: GateCheck[] = [];

  const failUnder = input.failUnder;
  // The command refuses --fail-under for a method without points (failUnderProblem);
  // a caller that did not gets the total points, as before.
  const measure: FailUnderMeasure | null =
    failUnder === undefined ? null : (failUnderMeasure(result.method) ?? 'total_points');
  let measured: number | null = null;
  if (failUnder === undefined)
    checks.push({ id: 'fail-under', asked: false, passed: true, message: null });
  else {
    const threshold = formatPlain(failUnder, lang);
    const first = result.bids.filter((b) => b.rank === 1);
    let message: string | null = null;
    if (first.length === 0) {
      reasons.push(`no valid bid to reach ${failUnder} points`);
      message = t('score.failUnderNoValid', { threshold });
    } else if (measure === 'quality_points') {
      // Each bid tied for first may be awarded: the least quality among them counts.
      const least = Math.min(...first.map((b) => b.quality ?? 0));
      measured = least;
      if (least < failUnder - result.tolerance) {
        const vendors = first.filter((b) => (b.quality ?? 0) === least).map((b) => b.vendor);
        reasons.push(
          `the quality points of the bid ranked first, ${roundPoints(least)} (${vendors.join(', ')}), are below ${failUnder}`,
        );
        message = t('methods.failUnderBelowQuality', {
          threshold,
          total: formatPoints(least, lang),
          vendors: vendors.map(inlineSafe).join(', '),
        });
      }
    } else {
      const best = first[0]!;
      measured = best.total!;
      // A total within the tie tolerance of the threshold reaches it.
      if (best.total! < failUnder - result.tolerance) {
        const vendors = result.tie ? result.tied : [best.vendor];
        reasons.push(
          `the best total, ${roundPoints(best.total!)} points (${vendors.join(', ')}), is below ${failUnder}`,
        );
        message = t('score.failUnderBelow', {
          threshold,
          total: formatPoints(best.total!, lang),
          vendors: vendors.map(inlineSafe).join(', '),
        });
      }
    }
    checks.push({ id: 'fail-under', asked: true, passed: message === null, message });
  }

  const fragile = input.failIfFragile ? input.fragile : undefined;
  if (!fragile) checks.push({ id: 'fail-if-fragile', asked: false, passed: true, message: null });
  else {
    const failed = fragile.fragile;
    if (failed) reasons.push(...fragile.reasons.map(fragileReason));
    checks.push({
      id: 'fail-if-fragile',
      asked: true,
      passed: !failed,
      message: failed ? fragile.message : null,
    });
  }

  const passed = checks.every((c) => c.passed);
  return {
    json: {
      fail_under: failUnder ?? null,
      measure,
      measured: measured === null ? null : roundPoints(measured),
      fail_if_fragile: input.failIfFragile === true,
      passed,
      reasons,
    },
    checks,
    passed,
    messages: checks.flatMap((c) => (c.message === null ? [] : [c.message])),
  };
}
