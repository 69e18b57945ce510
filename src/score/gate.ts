/**
 * The gate of `inkoop score`: `--fail-under` (the best total reaches a
 * threshold) and `--fail-if-fragile` (the outcome is firm). Worked out once,
 * before anything is rendered, so that the JSON (`gate`), the JUnit report
 * and the exit code tell the same story. Pure.
 */
import { translator } from '../i18n/index.js';
import { formatPlain, formatPoints, type Lang } from '../lib/i18n.js';
import { inlineSafe } from '../lib/text.js';
import { roundPoints } from './render.js';
import type { RobustnessJson } from './robustness-render.js';
import type { ScoreResult } from './score.js';

/** `gate` in the JSON of `inkoop score`: language-neutral, reasons in stable English. */
export interface GateJson {
  fail_under: number | null;
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

const who = (r: { winner: string | null; tied: string[] }) =>
  r.winner ?? (r.tied.length ? `a tie between ${r.tied.join(', ')}` : 'no valid bid');

/** A robustness reason as a stable English sentence. */
function fragileReason(r: Reason): string {
  switch (r.kind) {
    case 'tie':
      return `fragile: a tie for first place between ${r.tied.join(', ')}`;
    case 'weight':
      return `fragile: a weight change of ${r.change} points on ${r.target} ${r.id} gives ${who(r)}`;
    case 'withdrawal':
      return `fragile: if ${r.vendor} withdraws, the outcome is ${who(r)}`;
    case 'addition':
      return `fragile: an added bid at price ${r.price} gives ${who(r)}`;
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
  if (failUnder === undefined)
    checks.push({ id: 'fail-under', asked: false, passed: true, message: null });
  else {
    const threshold = formatPlain(failUnder, lang);
    const best = result.bids.find((b) => b.rank === 1);
    let message: string | null = null;
    if (!best) {
      reasons.push(`no valid bid to reach ${failUnder} points`);
      message = t('score.failUnderNoValid', { threshold });
    } else if (best.total! < failUnder - result.tolerance) {
      // A total within the tie tolerance of the threshold reaches it.
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
      fail_if_fragile: input.failIfFragile === true,
      passed,
      reasons,
    },
    checks,
    passed,
    messages: checks.flatMap((c) => (c.message === null ? [] : [c.message])),
  };
}
