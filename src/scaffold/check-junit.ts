/**
 * `inkoop check --format junit`: each required part of the strategy a test
 * case (the seven conditions and the six evaluation questions, one suite
 * each), failed when it is missing or empty, and with --strict when a
 * placeholder is left; the verdict in the report's last suite. Pure.
 */
import { translator } from '../i18n/index.js';
import type { Lang } from '../lib/i18n.js';
import { type JunitCase, type JunitSuite, junitXml } from '../lib/junit.js';
import { inlineSafe } from '../lib/text.js';
import { toTerminal } from '../lib/rich.js';
import type { CheckView } from './check-report.js';
import type { CheckResult } from './types.js';

export function checkJunit(result: CheckResult, view: CheckView, lang: Lang): string {
  const t = translator(lang);
  const suites: JunitSuite[] = view.groups.map((group, g) => ({
    name: `${group.title}: ${inlineSafe(view.file)}`,
    cases: group.rows.map((row): JunitCase => {
      const classname = `inkoop.check.${g === 0 ? 'condition' : 'question'}`;
      const name = `${row.number}. ${row.label}`;
      const detail = `${row.statusLabel}: ${toTerminal(row.where)}`;
      const failed =
        row.status === 'missing' ||
        row.status === 'empty' ||
        (row.status === 'placeholder' && result.strict);
      return failed
        ? { name, classname, status: 'failed', message: detail, type: row.status }
        : { name, classname, status: 'passed', detail };
    }),
  }));
  if (result.strict) {
    const left = result.placeholders.length;
    suites.push({
      name: `--strict: ${inlineSafe(view.file)}`,
      cases: [
        left === 0
          ? { name: '--strict', classname: 'inkoop.check.strict', status: 'passed' }
          : {
              name: '--strict',
              classname: 'inkoop.check.strict',
              status: 'failed',
              type: 'placeholder',
              message: t('check.placeholdersLeft', { count: left }),
              detail: view.placeholders.items
                .map((p) => `${p.where}: ${inlineSafe(p.text)}`)
                .join('\n'),
            },
      ],
    });
  }
  suites[suites.length - 1] = { ...suites[suites.length - 1]!, out: view.result };
  return junitXml('inkoop check', suites);
}
