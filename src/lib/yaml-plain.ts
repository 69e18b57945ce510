/**
 * A fast reader for plain YAML: the block mappings and lists, plain and
 * quoted one-line scalars, one-line `[...]` and `{...}` of scalars and comments that
 * costs, tender, bid and answers files are written in. It returns the value
 * exactly as the `yaml` package (YAML 1.2, core schema) would, or undefined
 * for anything it does not handle with certainty (anchors, tags, block
 * scalars, multi-line or escaped scalars, nested flow collections, tabs, CR, duplicate
 * or non-text keys, numbers YAML reads differently from a Dutch reader, and
 * every syntax error); the caller then reads the file with `yaml`, which
 * reports positions and errors.
 *
 * Why: `yaml` builds a document of nodes with positions for every value and
 * reads about 2 MB/s here; most files are valid, and positions are needed
 * only to report a problem, so they are made when asked for (src/lib/yaml.ts).
 * A property test checks that whenever this reader returns a value, `yaml`
 * reads the same text without errors to the same value.
 */

/** Thrown inside the reader to give up; never escapes it. */
const GIVE_UP = Symbol('give up');

/** A place in the file, 1-based, as `yaml` reports the start of a node. */
export interface Pos {
  line: number;
  col: number;
}

/** Where a value starts, and for a mapping or list where each entry's key and value start. */
export interface PosNode {
  kind: 'map' | 'list' | 'scalar';
  at: Pos;
  /** The key's place, for a mapping's entry. */
  key?: Pos;
  children?: Map<string | number, PosNode>;
}

/**
 * The deepest nesting of lists and mappings read: a deeper file is left to
 * `yaml` (src/lib/yaml.ts), which reports it at its place. No procurement
 * file comes near it, and it keeps the recursion of both readers shallow.
 */
export const MAX_NESTING = 64;

/**
 * The state of one reading. Positions are recorded only on request (a second
 * reading, to locate a problem); the value-producing functions leave their
 * node in `last`.
 */
interface Reading {
  readonly track: boolean;
  last: PosNode | undefined;
  /** Lists and mappings open around the one being read. */
  level: number;
}

const leaf = (line: number, col: number): PosNode => ({ kind: 'scalar', at: { line, col } });

// The plain-scalar tests of yaml's core schema (yaml/dist/schema/core),
// resolved with the same functions it uses.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
// Octal, hexadecimal, exponent, infinity and NaN: left to `yaml`.
const OTHER_NUMBER =
  /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
// `1.000` is the number 1 in YAML; src/lib/yaml.ts reports it, with a position.
// Only three decimals ending in 0 (1.000, 12.500): 1.005 is the decimal it is.
const DUTCH_THOUSANDS = /^-?[1-9]\d{0,2}\.\d{2}0$/;
// Characters this reader leaves to `yaml`: tabs, CR, other control
// characters, NEL, the Unicode line and paragraph separators, a byte-order mark.
const AWKWARD = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

function resolvePlain(s: string): unknown {
  // Most scalars are words: a letter that starts no null, boolean or number.
  const c = s.charCodeAt(0);
  if (((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) && !'nNtTfF'.includes(s[0]!)) return s;
  if (NULL.test(s)) return null;
  if (TRUE.test(s)) return true;
  if (FALSE.test(s)) return false;
  if (INT.test(s)) return parseInt(s, 10);
  if (FLOAT.test(s)) {
    if (DUTCH_THOUSANDS.test(s)) throw GIVE_UP;
    return parseFloat(s);
  }
  if (OTHER_NUMBER.test(s)) throw GIVE_UP;
  return s;
}

/** Rest of a line after a value: nothing, or a comment after a space. */
function endsCleanly(rest: string): boolean {
  const t = rest.trimStart();
  return t === '' || (t[0] === '#' && t.length < rest.length);
}

/** May a plain scalar start with this text? (block context) */
function plainStart(s: string): boolean {
  const c = s[0]!;
  // `-5` and `-.5` are numbers; `-x`, `?x` and `:x` are fine in YAML but rare: left to yaml.
  if (c === '-') return s[1] !== undefined && /[0-9.]/.test(s[1]);
  return !'?:,[]{}#&*!|>\'"%@`'.includes(c);
}

/** A scalar in double quotes without escapes, or in single quotes, on one line; returns [value, end index]. */
function quoted(s: string, start: number): [string, number] {
  const q = s[start];
  if (q === '"') {
    const close = s.indexOf('"', start + 1);
    if (close < 0) throw GIVE_UP;
    const inner = s.slice(start + 1, close);
    if (inner.includes('\\')) throw GIVE_UP;
    return [inner, close + 1];
  }
  let out = '';
  let j = start + 1;
  for (;;) {
    const close = s.indexOf("'", j);
    if (close < 0) throw GIVE_UP;
    out += s.slice(j, close);
    if (s[close + 1] === "'") {
      out += "'";
      j = close + 2;
    } else return [out, close + 1];
  }
}

/**
 * A scalar inside `[...]` or `{...}`: quoted, or plain up to `,`, `]` or `}`
 * (and up to `:` for a key). Returns [value, index after it and its spaces].
 */
function flowScalar(s: string, j: number, key: boolean): [unknown, number] {
  let value: unknown;
  let k: number;
  const c = s[j];
  if (c === '"' || c === "'") {
    if (key) throw GIVE_UP;
    [value, k] = quoted(s, j);
  } else {
    k = j;
    while (k < s.length && s[k] !== ',' && s[k] !== ']' && s[k] !== '}' && !(key && s[k] === ':'))
      k++;
    const text = s.slice(j, k).trimEnd();
    if (text === '' || !plainStart(text) || /[#:[\]{}"']/.test(text)) throw GIVE_UP;
    value = resolvePlain(text);
    if (key && value !== text) throw GIVE_UP;
  }
  while (s[k] === ' ') k++;
  return [value, k];
}

/** `[a, "b", 3]` or `{ id: a, weight: 3 }` on one line, of scalars only; `s` starts at line:col. */
function flow(r: Reading, s: string, line: number, col: number): unknown {
  if (r.level + 1 > MAX_NESTING) throw GIVE_UP;
  const map = s[0] === '{';
  const close = map ? '}' : ']';
  const list: unknown[] = [];
  const object: Record<string, unknown> = {};
  const node: PosNode | undefined = r.track
    ? { kind: map ? 'map' : 'list', at: { line, col }, children: new Map() }
    : undefined;
  let j = 1;
  while (s[j] === ' ') j++;
  if (s[j] !== close) {
    for (;;) {
      if (map) {
        const keyAt = j;
        const [key, k] = flowScalar(s, j, true);
        if (s[k] !== ':' || s[k + 1] !== ' ') throw GIVE_UP;
        j = k + 2;
        while (s[j] === ' ') j++;
        const name = key as string;
        if (
          name.length >= 1024 ||
          name === '__proto__' ||
          name === '<<' ||
          Object.hasOwn(object, name)
        )
          throw GIVE_UP;
        if (node)
          node.children!.set(name, { ...leaf(line, col + j), key: { line, col: col + keyAt } });
        [object[name], j] = flowScalar(s, j, false);
      } else {
        if (node) node.children!.set(list.length, leaf(line, col + j));
        let value: unknown;
        [value, j] = flowScalar(s, j, false);
        list.push(value);
      }
      if (s[j] === close) break;
      if (s[j] !== ',') throw GIVE_UP;
      j++;
      while (s[j] === ' ') j++;
      if (s[j] === close || s[j] === ',') throw GIVE_UP; // a trailing or empty entry
    }
  }
  if (!endsCleanly(s.slice(j + 1))) throw GIVE_UP;
  r.last = node;
  return map ? object : list;
}

/** A value written on the same line as its key or dash; `s` starts at line:col. */
function inline(r: Reading, s: string, line: number, col: number): unknown {
  const c = s[0]!;
  if (r.track) r.last = leaf(line, col);
  if (c === '"' || c === "'") {
    const [value, end] = quoted(s, 0);
    if (!endsCleanly(s.slice(end))) throw GIVE_UP;
    return value;
  }
  if (c === '[' || c === '{') return flow(r, s, line, col);
  if (!plainStart(s) || s.startsWith('---') || s.startsWith('...')) throw GIVE_UP;
  const hash = s.indexOf(' #');
  const text = (hash < 0 ? s : s.slice(0, hash)).trimEnd();
  if (text.includes(': ') || text.endsWith(':')) throw GIVE_UP;
  return resolvePlain(text);
}

/**
 * `key: rest` → [key, rest, after]; the key is plain text that YAML reads as
 * text; `rest` is the value's text ('' for none), `after` the line after
 * the colon and its spaces (where `yaml` places an empty value).
 */
function splitKey(s: string): [string, string, string] {
  if (!plainStart(s)) throw GIVE_UP;
  let idx = s.indexOf(':');
  while (idx >= 0 && idx + 1 < s.length && s[idx + 1] !== ' ') idx = s.indexOf(':', idx + 1);
  if (idx < 0) throw GIVE_UP;
  const key = s.slice(0, idx).trimEnd();
  if (
    key.length >= 1024 ||
    key.includes('#') ||
    key === '__proto__' ||
    key === '<<' ||
    resolvePlain(key) !== key
  )
    throw GIVE_UP;
  const rest = s.slice(idx + 1).trimStart();
  return [key, rest[0] === '#' ? '' : rest, rest];
}

const isDash = (s: string) => s[0] === '-' && (s.length === 1 || s[1] === ' ');

/** Reads plain YAML; undefined when the file needs the full parser. */
export function readPlainYaml(text: string): { value: unknown } | undefined {
  return read(text, false);
}

/** Reads plain YAML and records where every value starts, as `yaml` would place it. */
export function readPlainYamlWithPositions(
  text: string,
): { value: unknown; positions: PosNode } | undefined {
  return read(text, true) as { value: unknown; positions: PosNode } | undefined;
}

function read(
  text: string,
  withPositions: boolean,
): { value: unknown; positions?: PosNode } | undefined {
  if (AWKWARD.test(text)) return undefined;
  // Non-blank, non-comment lines: line number, indentation and the text after it.
  const numbers: number[] = [];
  const indents: number[] = [];
  const lines: string[] = [];
  let no = 0;
  for (const raw of text.split('\n')) {
    no++;
    let k = 0;
    while (raw.charCodeAt(k) === 32) k++;
    if (k === raw.length || raw[k] === '#') continue;
    numbers.push(no);
    indents.push(k);
    lines.push(raw.slice(k));
  }
  const r: Reading = { track: withPositions, last: undefined, level: 0 };
  let i = 0;
  const n = lines.length;
  /** Column (1-based) of `suffix`, the end of line `li`. */
  const colOf = (li: number, suffix: string) =>
    indents[li]! + lines[li]!.length - suffix.length + 1;
  /** A child's node: the one its reader left in `last`. */
  const take = (): PosNode => r.last!;

  /** The value under a key or dash: a block more indented, a list at the key's indentation, or nothing. */
  const blockValue = (
    parent: number,
    sameIndentList: boolean,
    emptyAt: Pos | undefined,
  ): unknown => {
    if (i < n) {
      const k = indents[i]!;
      if (k > parent) return collection(k);
      if (sameIndentList && k === parent && isDash(lines[i]!)) return list(k);
    }
    if (emptyAt) r.last = { kind: 'scalar', at: emptyAt };
    return null;
  };
  const collection = (k: number): unknown => (isDash(lines[i]!) ? list(k) : mapping(k, lines[i]!));
  const afterInline = (owner: number) => {
    if (i < n && indents[i]! > owner) throw GIVE_UP; // a continuation line
  };
  const mapping = (col: number, first: string): Record<string, unknown> => {
    if (++r.level > MAX_NESTING) throw GIVE_UP;
    const out: Record<string, unknown> = {};
    const node: PosNode | undefined = r.track
      ? { kind: 'map', at: { line: numbers[i]!, col: colOf(i, first) }, children: new Map() }
      : undefined;
    let s = first;
    for (;;) {
      const [key, rest, after] = splitKey(s);
      if (Object.hasOwn(out, key)) throw GIVE_UP;
      const li = i++;
      if (rest === '')
        out[key] = blockValue(col, true, node && { line: numbers[li]!, col: colOf(li, after) });
      else {
        out[key] = inline(r, rest, numbers[li]!, node ? colOf(li, rest) : 0);
        afterInline(col);
      }
      if (node)
        node.children!.set(key, { ...take(), key: { line: numbers[li]!, col: colOf(li, s) } });
      if (i >= n || indents[i]! < col) {
        r.last = node;
        r.level--;
        return out;
      }
      if (indents[i]! > col) throw GIVE_UP;
      s = lines[i]!;
    }
  };
  const list = (k: number): unknown[] => {
    if (++r.level > MAX_NESTING) throw GIVE_UP;
    const out: unknown[] = [];
    const node: PosNode | undefined = r.track
      ? { kind: 'list', at: { line: numbers[i]!, col: k + 1 }, children: new Map() }
      : undefined;
    while (i < n && indents[i] === k && isDash(lines[i]!)) {
      const s = lines[i]!;
      let j = 1;
      while (s[j] === ' ') j++;
      const rest = s.slice(j);
      if (rest === '' || rest[0] === '#') {
        const li = i++;
        out.push(blockValue(k, false, node && { line: numbers[li]!, col: colOf(li, rest) }));
      } else if (isDash(rest) || rest.startsWith('---') || rest.startsWith('...')) {
        throw GIVE_UP;
      } else if (/^[^"'[{][^#]*?:( |$)/.test(rest)) {
        // `- key: value`: a mapping that starts on the dash's line.
        out.push(mapping(k + j, rest));
      } else {
        const li = i++;
        out.push(inline(r, rest, numbers[li]!, node ? colOf(li, rest) : 0));
        afterInline(k);
      }
      if (node) node.children!.set(out.length - 1, take());
    }
    if (i < n && indents[i]! > k) throw GIVE_UP;
    r.last = node;
    r.level--;
    return out;
  };

  try {
    if (n > 0 && indents[0] === 0 && /^---( +#.*)?$|^--- *$/.test(lines[0]!)) i++;
    if (i >= n || indents[i] !== 0) return undefined;
    for (let k = i; k < n; k++) {
      const s = lines[k]!;
      if (indents[k] === 0 && (s.startsWith('---') || s.startsWith('...') || s[0] === '%'))
        return undefined;
    }
    const value = collection(0);
    if (i !== n) return undefined;
    return withPositions ? { value, positions: take() } : { value };
  } catch (err) {
    if (err === GIVE_UP) return undefined;
    throw err;
  }
}
