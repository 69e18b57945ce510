/**
 * The gates of `inkoop score` for a tender with lots: `--fail-under` on each
 * lot's awarded bid (the cap applied), `--fail-if-fragile` on each lot. Each
 * lot's gate is the single-tender gate (src/score/gate.ts) of the lot as
 * awarded; a failure names the lot. Pure.
 */
import { translator } from '../i18n/index.js';
import type { Lang } from '../lib/i18n.js';
import { type JunitCase, junitXml } from '../lib/junit.js';
import { inlineSafe } from '../lib/text.js';
import { evaluateGate, type Gate, type GateInput, type GateJson } from './gate.js';
import type { LotOutcome, LotsResult } from './lots.js';
import { lotView } from './lots-render.js';
import { formatPlain } from '../lib/i18n.js';
import type { ScoreResult } from './score.js';

/** A lot's result as awarded: the awarded bid (or the bids tied for the place left) first. */
function asAwarded(lot: LotOutcome): ScoreResult {
  const a = lot.award;
  if (a.passedOver.length === 0) return lot.result;
  const first = a.winner !== null ? [a.winner] : a.tied;
  const bids = lot.result.bids
    .filter((b) => first.includes(b.vendor))
    .map((b) => ({ ...b, rank: 1 }));
  // A tie the lot's rule broke counts as the one bid it chose.
  const open = a.winner === null && a.tie;
  return { ...lot.result, bids, winner: a.winner, tie: open, tied: open ? a.tied : [] };
}

export interface LotGate {
  lot: LotOutcome;
  gate: Gate;
}

export interface LotsGate {
  lots: LotGate[];
  passed: boolean;
  /** The failure messages, each naming its lot (for stderr). */
  messages: string[];
  /** `gate` in the JSON: the whole run, reasons prefixed with the lot id. */
  json: GateJson;
}

/** Evaluates the gates on every lot shown, in award order. */
export function evaluateLotsGate(
  result: LotsResult,
  lots: readonly LotOutcome[],
  input: (lot: LotOutcome) => GateInput,
  lang: Lang,
): LotsGate {
  const t = translator(lang);
  const ordered = result.lotOrder
    .map((id) => lots.find((l) => l.id === id))
    .filter((l): l is LotOutcome => l !== undefined);
  const gates = ordered.map((lot) => ({
    lot,
    gate: evaluateGate(asAwarded(lot), input(lot), lang),
  }));
  const first = gates[0]?.gate.json;
  return {
    lots: gates,
    passed: gates.every((g) => g.gate.passed),
    messages: gates.flatMap(({ lot, gate }) =>
      gate.checks.flatMap((c) =>
        c.message === null
          ? []
          : [
              // --fail-under on a lot where a bid was passed over concerns the bid awarded.
              t(
                c.id === 'fail-under' && lot.award.passedOver.length
                  ? 'lots.inLotAwarded'
                  : 'lots.inLot',
                { lot: inlineSafe(lot.name), message: c.message },
              ),
            ],
      ),
    ),
    json: {
      fail_under: first?.fail_under ?? null,
      measure: first?.measure ?? null,
      // Each lot's awarded bid has its own figure: see the lot's gate.
      measured: null,
      fail_if_fragile: first?.fail_if_fragile ?? false,
      passed: gates.every((g) => g.gate.passed),
      reasons: gates.flatMap(({ lot, gate }) =>
        gate.json.reasons.map((r) =>
          lot.award.passedOver.length && !r.startsWith('fragile')
            ? `lot ${lot.id}: ${r} (the bid awarded after the cap)`
            : `lot ${lot.id}: ${r}`,
        ),
      ),
    },
  };
}

/** `--format junit` for lots: a test suite per lot, each gate a test case. */
export function lotsJunit(result: LotsResult, gate: LotsGate, lang: Lang): string {
  const t = translator(lang);
  return junitXml(
    'inkoop score',
    gate.lots.map(({ lot, gate: g }) => {
      const cases: JunitCase[] = g.checks.map((c) => {
        const name =
          c.id === 'fail-under' && g.json.fail_under !== null
            ? `--fail-under ${formatPlain(g.json.fail_under, lang)}`
            : `--${c.id}`;
        const base = { name, classname: `inkoop.score.gate.${lot.id}` };
        if (!c.asked) return { ...base, status: 'skipped', message: t('pipeline.junit.notAsked') };
        if (c.passed) return { ...base, status: 'passed' };
        return { ...base, status: 'failed', message: c.message ?? '', type: 'gate' };
      });
      return {
        name: `inkoop score: ${inlineSafe(lot.name)}`,
        cases,
        out: lotView(result, lot, lang, inlineSafe).verdict,
      };
    }),
  );
}
