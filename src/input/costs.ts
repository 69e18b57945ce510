/**
 * Reading a costs file (`inkoop tco`, a bid's `tco:` reference, `scaffold
 * --tco`) and the what-if flags that go with it, and computing it with the
 * arithmetic limits turned into user errors.
 */
import { t } from '../i18n/index.js';
import { InputError, UserError } from '../lib/errors.js';
import { displayName, readText } from '../lib/io.js';
import { excerpt, inlineSafe } from '../lib/text.js';
import { parseYaml, problemAt, validate, type YamlSource } from '../lib/yaml.js';
import { inexactNumbers } from './exact.js';
import {
  computeTco,
  type TcoAmount,
  TcoRangeError,
  type TcoOverrides,
  type TcoResult,
} from '../tco/compute.js';
import { costsFileSchema, parseRate, type CostsDocument } from '../tco/schema.js';
import { parseDay } from './flags.js';

/** What-if values as given on the command line (`--years`, `--discount-rate`, `--date`). */
export interface CostsOverrideFlags {
  years?: string;
  discountRate?: string;
  date?: string;
}

/**
 * Reads, parses and validates a costs file (`-` is standard input); problems
 * name file:line:col (an InputError). With `flags`, also checks the what-if
 * values and returns them as `overrides` for computeFile / computeTco (a bad
 * value is a UserError).
 */
export function readCostsFile(
  path: string,
  flags: CostsOverrideFlags = {},
): { document: CostsDocument; source: YamlSource; overrides: TcoOverrides } {
  const overrides = parseOverrides(flags);
  const text = readText(path, 'costs file');
  const source = parseYaml(text, displayName(path));
  const inexact = inexactNumbers(source, text);
  if (inexact.length) throw new InputError(inexact);
  const data = validate(source, costsFileSchema, { jit: text.length > 200_000 });
  return { document: data, source, overrides };
}

/** Why an amount cannot be computed, in the run's language; names from the file cut short and made safe. */
function tooLarge(a: TcoAmount): string {
  if (a.kind === 'vat') return t('tco.tooLarge.vat');
  const name = a.name === null ? t('tco.tooLarge.unnamed') : excerpt(a.name);
  if (a.kind === 'year') return t('tco.tooLarge.year', { name, year: a.year });
  return t(`tco.tooLarge.${a.kind}`, { name });
}

/**
 * Computes a costs file's TCO; an amount too large to add up exactly becomes
 * a user error, located at the item (or option) when the file's source is given.
 */
export function computeFile(
  document: CostsDocument,
  file: string | YamlSource,
  overrides: TcoOverrides = {},
): TcoResult {
  try {
    return computeTco(document, overrides);
  } catch (err) {
    if (err instanceof TcoRangeError) {
      if (typeof file !== 'string' && err.path)
        throw new InputError([
          problemAt(file, err.path, t('input.tooLargeToAdd', { reason: tooLarge(err.amount) })),
        ]);
      const name = typeof file === 'string' ? file : file.file;
      throw new UserError(
        t('tco.errRange', { file: inlineSafe(name), reason: tooLarge(err.amount) }),
      );
    }
    throw err;
  }
}

function parseOverrides(opts: CostsOverrideFlags): TcoOverrides {
  const overrides: TcoOverrides = {};
  if (opts.years !== undefined) {
    const n = Number(opts.years);
    if (!/^\d+$/.test(opts.years.trim()) || n < 1 || n > 100)
      throw new UserError(t('tco.errYears', { value: inlineSafe(opts.years) }));
    overrides.years = n;
  }
  if (opts.discountRate !== undefined) {
    const raw = opts.discountRate.trim();
    const value: number | string = raw.endsWith('%') ? raw : Number(raw);
    if (raw === '' || (typeof value === 'number' && !Number.isFinite(value)))
      throw new UserError(t('tco.errRate', { value: inlineSafe(raw) }));
    const r = parseRate(value, '--discount-rate');
    if (!r.ok) throw new UserError(r.message);
    overrides.discountRate = value;
  }
  if (opts.date !== undefined) overrides.today = parseDay(opts.date);
  return overrides;
}
