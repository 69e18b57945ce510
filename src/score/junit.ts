/**
 * `inkoop score --format junit`: each gate a test case, failed with its
 * message when the gate fails, skipped when it was not asked for; the
 * verdict in the suite's system-out. Pure.
 */
import { translator } from '../i18n/index.js';
import { formatPlain, type Lang } from '../lib/i18n.js';
import { type JunitCase, junitXml } from '../lib/junit.js';
import { inlineSafe } from '../lib/text.js';
import type { Gate } from './gate.js';
import { verdictText } from './render.js';
import type { ScoreResult } from './score.js';

export function scoreJunit(result: ScoreResult, gate: Gate, lang: Lang): string {
  const t = translator(lang);
  const cases: JunitCase[] = gate.checks.map((c) => {
    const name =
      c.id === 'fail-under' && gate.json.fail_under !== null
        ? `--fail-under ${formatPlain(gate.json.fail_under, lang)}`
        : `--${c.id}`;
    const base = { name, classname: 'inkoop.score.gate' };
    if (!c.asked) return { ...base, status: 'skipped', message: t('pipeline.junit.notAsked') };
    if (c.passed) return { ...base, status: 'passed' };
    return { ...base, status: 'failed', message: c.message ?? '', type: 'gate' };
  });
  return junitXml('inkoop score', [
    {
      name: result.title === null ? 'inkoop score' : `inkoop score: ${inlineSafe(result.title)}`,
      cases,
      out: verdictText(result, lang, inlineSafe),
    },
  ]);
}
