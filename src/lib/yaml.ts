/**
 * Reading user files (costs, tenders, answers): YAML with positions, and
 * schema errors turned into `file:line:col: message` lines. The one place
 * that knows how a zod issue maps back to a place in a YAML file.
 */
import type {
  Document,
  DocumentOptions,
  LineCounter,
  Node,
  ParseOptions,
  SchemaOptions,
} from 'yaml';
import type * as z from 'zod';
import { config, safeParse } from 'zod/mini';
import type { $ZodType, output } from 'zod/v4/core';
import zodEn from 'zod/v4/locales/en.js';
import zodNl from 'zod/v4/locales/nl.js';
import { getRunLang, type Lang, type MessageKey, t } from '../i18n/index.js';
import { InputError, type Problem } from './errors.js';
import {
  MAX_NESTING,
  readPlainYaml,
  readPlainYamlWithPositions,
  type PosNode,
} from './yaml-plain.js';
import { closest, didYouMean, quoteList } from './suggest.js';
import { yamlLib } from './yaml-full.js';
import { excerpt } from './text.js';

export type PathKey = string | number;

/**
 * A parsed YAML file that can tell where each value came from. The document
 * with positions (`doc`, `lineCounter`) is made when first asked for: for a
 * valid file in plain YAML that is never (see ./yaml-plain.ts).
 */
export interface YamlSource {
  readonly file: string;
  readonly value: unknown;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** Where values are; made when first asked for. */
  readonly locator: Locator;
}

/** Finds where a value (or a key) starts in a file. */
export interface Locator {
  /** The place of the value at `path`, or of its nearest ancestor; `depth` is how much of the path exists. */
  find(path: readonly PathKey[]): { line: number; col: number; depth: number };
  /** The place of `key` in the mapping at `path`, if there is one. */
  key(path: readonly PathKey[], key: string): { line: number; col: number } | undefined;
}

/** A locator over yaml's document. */
function docLocator(doc: Document.Parsed, lc: LineCounter): Locator {
  return {
    find(path) {
      const { node, depth } = nodeAt(doc, path);
      return { ...(node?.range ? position(lc, node.range[0]) : { line: 1, col: 1 }), depth };
    },
    key(path, key) {
      const node = keyNodeAt(doc, path, key);
      return node?.range ? position(lc, node.range[0]) : undefined;
    },
  };
}

/** A locator over the plain reader's positions: the same places as docLocator, without yaml. */
function plainLocator(root: PosNode): Locator {
  const walk = (path: readonly PathKey[]) => {
    let node = root;
    let depth = 0;
    for (const k of path) {
      const next = node.children?.get(k);
      if (!next) break;
      node = next;
      depth++;
    }
    return { node, depth };
  };
  return {
    find(path) {
      const { node, depth } = walk(path);
      return { ...node.at, depth };
    },
    key(path, key) {
      const { node, depth } = walk(path);
      if (depth !== path.length || node.kind !== 'map') return undefined;
      return node.children!.get(key)?.key;
    },
  };
}

const MAX_ALIASES = 100;

function position(lc: LineCounter, offset: number): { line: number; col: number } {
  const { line, col } = lc.linePos(offset);
  return { line, col };
}

/** Parses YAML text; syntax errors become an InputError naming file, line and column. */
export function parseYaml(text: string, file: string): YamlSource {
  const plain = readPlainYaml(text);
  if (!plain) return parseYamlWithPositions(text, file);
  let full: YamlSource | undefined;
  let locator: Locator | undefined;
  const positions = () => (full ??= parseYamlWithPositions(text, file, false));
  return {
    file,
    value: plain.value,
    get doc() {
      return positions().doc;
    },
    get lineCounter() {
      return positions().lineCounter;
    },
    // A second, recording reading: far cheaper than yaml's for a large file.
    get locator() {
      if (!locator) locator = plainLocator(readPlainYamlWithPositions(text)!.positions);
      return locator;
    },
  };
}

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/**
 * yaml's parseDocument, with one difference: nesting deeper than
 * MAX_NESTING collections is an InputError at its place, found while the
 * (iterative) parser runs, before the (recursive) composer could run out
 * of stack on a file of ten thousand `[`.
 */
function parseDocumentBounded(
  text: string,
  file: string,
  lineCounter: LineCounter,
  options: ParseOptions & DocumentOptions & SchemaOptions,
): Document.Parsed {
  const { Composer, Lexer, Parser, YAMLParseError } = yamlLib();
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const tokens = [];
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > MAX_NESTING) {
      // The collection that opens level MAX_NESTING + 1, if there is one.
      let level = 0;
      const deep = parser.stack.find(
        (token) => COLLECTIONS.has(token.type) && ++level > MAX_NESTING,
      );
      if (deep) {
        throw new InputError([
          {
            file,
            ...position(lineCounter, Math.min(deep.offset, text.length)),
            message: t('io.tooDeep', { limit: MAX_NESTING }),
          },
        ]);
      }
    }
  }
  for (const token of parser.end()) tokens.push(token);
  const composer = new Composer(options);
  let doc: Document.Parsed | null = null;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = next as Document.Parsed;
    else {
      doc.errors.push(
        new YAMLParseError(
          [next.range[0], next.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      );
      break;
    }
  }
  return doc!;
}

/** The full parser (`yaml`): a document with the position of every node, and the value unless `toJS` is false. */
export function parseYamlWithPositions(text: string, file: string, toJS = true): YamlSource {
  const { isMap, isSeq, LineCounter, visit } = yamlLib();
  const lineCounter = new LineCounter();
  const doc = parseDocumentBounded(text, file, lineCounter, {
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    logLevel: 'error',
  });
  if (doc.errors.length > 0) {
    throw new InputError(
      doc.errors.slice(0, 5).map((e) => ({
        file,
        ...position(lineCounter, e.pos[0]),
        message: t('common.yaml.invalid', { reason: yamlMessage(e.message) }),
      })),
    );
  }
  const problems: Problem[] = [];
  visit(doc, {
    Pair(_key, pair) {
      // `? [a, b]: 1` is valid YAML, but no key of ours is a list or a mapping.
      if ((isMap(pair.key) || isSeq(pair.key)) && pair.key.range) {
        problems.push({
          file,
          ...position(lineCounter, pair.key.range[0]),
          message: t('common.yaml.keyNotName'),
        });
      }
    },
    Scalar(_key, node) {
      // `amount: 1.000` is the number 1 in YAML; a Dutch reader meant a thousand.
      // Three decimals ending in 0 (1.000, 12.500) are refused as ambiguous: a
      // decimal fraction is not written so, a thousands separator always is.
      // Others (1.005) are taken as the exact decimal they are.
      if (typeof node.value === 'number' && node.source !== undefined && node.range) {
        const src = String(node.source);
        if (/^-?[1-9]\d{0,2}\.\d{2}0$/.test(src)) {
          problems.push({
            file,
            ...position(lineCounter, node.range[0]),
            message: t('common.yaml.ambiguousNumber', {
              source: src,
              value: String(node.value),
              plain: src.replace(/\./g, ''),
            }),
          });
        }
      }
    },
  });
  if (problems.length) throw new InputError(problems);
  const locator = docLocator(doc, lineCounter);
  if (!toJS) return { file, doc, lineCounter, locator, value: undefined };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec((err as Error)?.message ?? '');
    throw new InputError([
      {
        file,
        message: unresolved
          ? t('common.yaml.invalid', {
              reason: t('common.yaml.unresolvedAlias', { alias: `*${unresolved[1]}` }),
            })
          : t('common.yaml.tooManyAliases', { max: MAX_ALIASES }),
      },
    ]);
  }
  return { file, doc, lineCounter, locator, value };
}

/** The yaml package's messages we put in words of our own; the parameter is the first group. */
const YAML_MESSAGES: readonly [RegExp, MessageKey, string?][] = [
  [/^Map keys must be unique/, 'common.yaml.duplicateKey'],
  [
    /^Flow (?:sequence|map) in block collection .* end with an? (\S+)$/,
    'common.yaml.flowIndent',
    'char',
  ],
  [/^Flow (?:sequence|map) must end with an? (\S+)$/, 'common.yaml.missingClose', 'char'],
  [/^Missing closing (["'])quote/, 'common.yaml.missingClose', 'char'],
  [
    /^All (?:mapping|sequence|collection) items must start at the same column/,
    'common.yaml.badIndent',
  ],
  [/^Tabs are not allowed as indentation/, 'common.yaml.tabIndent'],
  [/^Implicit keys need to be on a single line/, 'common.yaml.multilineKey'],
  [/^Implicit map keys need to be followed by map values/, 'common.yaml.keyNeedsValue'],
  [/^Nested mappings are not allowed in compact mappings/, 'common.yaml.nestedCompact'],
  [/^Plain value cannot start with reserved character (\S)/, 'common.yaml.reservedStart', 'char'],
  [/^Source contains multiple documents/, 'common.yaml.multipleDocs'],
  [/^Unexpected scalar at node end/, 'common.yaml.unexpectedAtEnd'],
  [/^Unexpected block-seq-ind on same line with key/, 'common.yaml.seqOnKeyLine'],
  [/^Unexpected \S+ token in YAML stream: "(.*)"/, 'common.yaml.unexpectedToken', 'char'],
  [/^Invalid escape sequence (\S+)/, 'common.yaml.badEscape', 'sequence'],
];

/** A syntax error of the yaml package, in the run's language where we know it. */
function yamlMessage(message: string): string {
  const first = (message.split('\n')[0] ?? message)
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
  for (const [re, key, param] of YAML_MESSAGES) {
    const m = re.exec(first);
    if (!m) continue;
    const translate = t as (k: MessageKey, p?: Record<string, string>) => string;
    return translate(key, param ? { [param]: m[1] ?? '' } : undefined);
  }
  return t('common.yaml.reader', { message: first });
}

/** The node at a path, or the nearest ancestor that exists. */
function nodeAt(
  doc: Document.Parsed,
  path: readonly PathKey[],
): { node: Node | null; depth: number } {
  const { isMap, isSeq } = yamlLib();
  let node: unknown = doc.contents;
  let depth = 0;
  for (const key of path) {
    if (isMap(node) || isSeq(node)) {
      const next = node.get(key, true);
      if (next === undefined || next === null) break;
      node = next;
      depth++;
    } else break;
  }
  return { node: (node as Node) ?? null, depth };
}

/** The key node of `key` in the map at `path`, to point at a key rather than its value. */
function keyNodeAt(doc: Document.Parsed, path: readonly PathKey[], key: string): Node | undefined {
  const { isMap, isPair, isScalar } = yamlLib();
  const { node, depth } = nodeAt(doc, path);
  if (depth !== path.length || !isMap(node)) return undefined;
  for (const pair of node.items) {
    if (isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key) return pair.key;
  }
  return undefined;
}

/** Line and column of the value at `path` (or of its key, or of the nearest ancestor). */
export function locate(
  src: YamlSource,
  path: readonly PathKey[],
  key?: string,
): { line?: number; col?: number } {
  const at = key !== undefined ? src.locator.key(path, key) : undefined;
  if (at) return at;
  const { line, col } = src.locator.find(path);
  return { line, col };
}

/** A problem at a path in a YAML source. */
export function problemAt(
  src: YamlSource,
  path: readonly PathKey[],
  message: string,
  key?: string,
): Problem {
  return { file: src.file, ...locate(src, path, key), message };
}

/** What a value from a file is, in words: "de tekst "x"", "een lijst". */
function describe(value: unknown): string {
  if (value === undefined) return t('common.value.nothing');
  if (value === null) return t('common.value.empty');
  if (typeof value === 'string') return t('common.value.text', { text: excerpt(value) });
  if (Array.isArray(value)) return t('common.value.list');
  if (typeof value === 'object') return t('common.value.mapping');
  if (typeof value === 'number') return t('common.value.number', { value: String(value) });
  return t('common.value.other', { value: String(value) });
}

const TYPE_NAMES: Record<string, MessageKey & `common.type.${string}`> = {
  number: 'common.type.number',
  int: 'common.type.int',
  string: 'common.type.string',
  boolean: 'common.type.boolean',
  array: 'common.type.array',
  object: 'common.type.object',
  record: 'common.type.object',
};

const typeName = (expected: string): string => {
  const key = TYPE_NAMES[expected];
  return key ? t(key) : expected;
};

/** zod's own messages (for issues we do not word ourselves) in each language. */
const ZOD_LOCALES: Record<Lang, () => ReturnType<typeof zodEn>> = { nl: zodNl, en: zodEn };
let zodLang: Lang | undefined;

/** Makes zod speak the run's language; once per language. */
function zodInRunLang(): void {
  const lang = getRunLang();
  if (zodLang === lang) return;
  config(ZOD_LOCALES[lang]());
  zodLang = lang;
}

/**
 * Messages for zod issues that the schema did not word itself. Schema-level
 * messages (`error:` on a field) take precedence over this map.
 */
export function issueMessage(iss: z.core.$ZodRawIssue): string | undefined {
  zodInRunLang();
  switch (iss.code) {
    case 'invalid_type': {
      const expected = typeName(iss.expected);
      if (iss.input === undefined) return t('common.zod.required', { expected });
      const hint =
        iss.expected === 'number' && typeof iss.input === 'string'
          ? `; ${t('common.zod.numberHint')}`
          : '';
      return t('common.zod.expected', { expected, got: describe(iss.input) }) + hint;
    }
    case 'invalid_value': {
      const values = iss.values.map(String);
      const input = typeof iss.input === 'string' ? iss.input : undefined;
      const suggestion = input !== undefined ? didYouMean(input, values) : '';
      return t('common.zod.notAllowed', {
        got: describe(iss.input),
        suggestion,
        values: quoteList(values),
      });
    }
    case 'unrecognized_keys': {
      const known = knownKeys(iss);
      return (
        iss.keys
          .slice(0, 5)
          .map((key) =>
            t('common.zod.unknownKey', { key: excerpt(key), suggestion: didYouMean(key, known) }),
          )
          .join('; ') +
        (known.length ? `; ${t('common.zod.allowedKeys', { keys: known.join(', ') })}` : '')
      );
    }
    case 'too_small': {
      const min = String(iss.minimum);
      if (iss.origin === 'array') return t('common.zod.minItems', { count: min });
      if (iss.origin === 'string')
        return iss.minimum === 1
          ? t('common.zod.notEmpty')
          : t('common.zod.minChars', { count: min });
      return t(iss.inclusive ? 'common.zod.atLeast' : 'common.zod.moreThan', {
        min,
        got: describe(iss.input),
      });
    }
    case 'too_big': {
      const max = String(iss.maximum);
      if (iss.origin === 'array') return t('common.zod.maxItems', { count: max });
      if (iss.origin === 'string') return t('common.zod.maxChars', { count: max });
      return t(iss.inclusive ? 'common.zod.atMost' : 'common.zod.lessThan', {
        max,
        got: describe(iss.input),
      });
    }
    case 'invalid_format':
      if (iss.format === 'date') return t('common.zod.badDate', { got: describe(iss.input) });
      return t('common.zod.badFormat', { got: describe(iss.input), format: iss.format });
    case 'not_multiple_of':
      return t('common.zod.multipleOf', { divisor: String(iss.divisor) });
    case 'invalid_union':
      return t('common.zod.noFit', { got: describe(iss.input) });
    default:
      return undefined;
  }
}

/** The keys a strict object allows, for an `unrecognized_keys` issue. */
function knownKeys(iss: { inst?: unknown }): string[] {
  const shape = (iss.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)
    ?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

function pathLabel(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/** Converts zod issues to problems located in the YAML source, in file order. */
export function issuesToProblems(src: YamlSource, issues: readonly z.core.$ZodIssue[]): Problem[] {
  // A typo like `ammount` also makes `amount` missing: report the typo only.
  const unknownKeys = new Map<string, string[]>();
  for (const iss of issues) {
    if (iss.code === 'unrecognized_keys') {
      const at = pathLabel(iss.path);
      unknownKeys.set(at, [...(unknownKeys.get(at) ?? []), ...iss.keys]);
    }
  }
  const isTypoFix = (path: readonly PathKey[]) => {
    const name = path[path.length - 1];
    const typos = unknownKeys.get(pathLabel(path.slice(0, -1)));
    return typeof name === 'string' && !!typos && typos.some((k) => closest(k, [name]) === name);
  };
  const problems: (Problem & { order: number })[] = [];
  for (const iss of issues) {
    const path = iss.path as PathKey[];
    if (iss.code === 'invalid_type' && isTypoFix(path)) continue;
    const label = pathLabel(path);
    let loc: { line?: number; col?: number };
    if (iss.code === 'unrecognized_keys') loc = locate(src, path, iss.keys[0]);
    else {
      const { depth } = src.locator.find(path);
      const missing = depth < path.length;
      // A missing key: point at its parent mapping and name the key.
      loc =
        missing && path.length - depth === 1 ? locate(src, path.slice(0, -1)) : locate(src, path);
    }
    const message =
      label && iss.code !== 'unrecognized_keys' ? `${label}: ${iss.message}` : iss.message;
    problems.push({
      file: src.file,
      ...loc,
      message,
      order: (loc.line ?? 0) * 1e6 + (loc.col ?? 0),
    });
  }
  problems.sort((a, b) => a.order - b.order);
  return problems.slice(0, 20).map(({ order: _order, ...p }) => p);
}

/** Validates parsed YAML against a schema; every problem becomes a `file:line:col` line. */
export function validate<S extends $ZodType>(
  src: YamlSource,
  schema: S,
  options: { jit?: boolean } = {},
): output<S> {
  // zod compiles a fast path per object shape with `new Function`; that pays
  // off for large files only, so by default a file is validated without it.
  const result = safeParse(schema, src.value, { error: issueMessage, jitless: !options.jit });
  if (result.success) return result.data;
  throw new InputError(issuesToProblems(src, result.error.issues));
}

/** Parse and validate in one step. */
export function readYaml<S extends $ZodType>(
  text: string,
  file: string,
  schema: S,
): { data: output<S>; source: YamlSource } {
  const source = parseYaml(text, file);
  return { data: validate(source, schema, { jit: text.length > 200_000 }), source };
}
