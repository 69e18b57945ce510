/**
 * Numbers read exactly. inkoop takes every number as the decimal it is
 * written (1.005 is 1.005, not the float just below it): a JavaScript number
 * holds any decimal of at most 15 significant digits so that it reads back
 * as exactly that decimal, and the cores work from that decimal (see
 * src/tco/decimal.ts). A number written with more significant digits cannot
 * be held so, and is refused at its file:line:col rather than changed.
 */
import type { Problem } from '../lib/errors.js';
import type { YamlSource } from '../lib/yaml.js';
import { yamlLib } from '../lib/yaml-full.js';
import { t } from '../i18n/index.js';

/** The most significant digits a number in an input file may have. */
export const MAX_DIGITS = 15;

/** A run of 16 or more digits (with at most one point): only then can a number be too long. */
const LONG = /(?:\d\.?){16,}/;

/** Significant digits of a decimal number text ("0.00120" -> 2); 0 for other texts. */
export function significantDigits(text: string): number {
  const m = /^[+-]?(\d*)(?:\.(\d*))?(?:e[+-]?\d+)?$/i.exec(text.trim());
  if (!m) return 0;
  return `${m[1] ?? ''}${m[2] ?? ''}`.replace(/^0+/, '').replace(/0+$/, '').length;
}

/** Problems for every number in the file written with more than MAX_DIGITS significant digits. */
export function inexactNumbers(source: YamlSource, text: string): Problem[] {
  if (!LONG.test(text)) return [];
  const problems: Problem[] = [];
  yamlLib().visit(source.doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'number' || typeof node.source !== 'string' || !node.range) return;
      if (significantDigits(node.source) <= MAX_DIGITS) return;
      const shown = node.source.length > 40 ? `${node.source.slice(0, 37)}...` : node.source;
      const { line, col } = source.lineCounter.linePos(node.range[0]);
      problems.push({
        file: source.file,
        line,
        col,
        message: t('input.tooManyDigits', {
          value: shown,
          max: MAX_DIGITS,
          example: String(Number(node.value.toPrecision(MAX_DIGITS))),
        }),
      });
    },
  });
  return problems;
}
