/**
 * The fast plain-YAML reader (src/lib/yaml-plain.ts) against the full parser
 * (`yaml`, as src/lib/yaml.ts calls it). The contract: whenever the fast
 * reader returns a value, the full parser reads the same text without an
 * error to the same value (-0 and 0 told apart); otherwise it gives up and
 * the full parser decides. And it must not give up on the plain files people
 * write, or it would be useless.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { InputError } from '../../src/lib/errors.js';
import { readPlainYaml } from '../../src/lib/yaml-plain.js';
import { parseYaml, parseYamlWithPositions, type PathKey } from '../../src/lib/yaml.js';

/** The full path's verdict: the value, or 'error'. */
function full(text: string): { value: unknown } | 'error' {
  try {
    return { value: parseYamlWithPositions(text, 'f.yaml').value };
  } catch (err) {
    if (err instanceof InputError) return 'error';
    throw err;
  }
}

/** Every path into a value, and for each mapping and list one that is not there. */
function paths(value: unknown, prefix: PathKey[] = []): PathKey[][] {
  const out: PathKey[][] = [prefix];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...paths(v, [...prefix, i]));
    out.push([...prefix, value.length], [...prefix, 'missing']);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
    out.push([...prefix, 'zz_missing', 'deeper'], [...prefix, 0]);
  }
  return out;
}

function agrees(text: string): boolean {
  const fast = readPlainYaml(text);
  if (fast === undefined) return true;
  const slow = full(text);
  if (slow === 'error' || !isDeepStrictEqual(fast.value, slow.value)) {
    throw new Error(
      `fast reader disagrees on ${JSON.stringify(text)}: ${JSON.stringify(fast.value)} vs ${slow === 'error' ? 'an error' : JSON.stringify(slow.value)}`,
    );
  }
  // And it places every value and key where yaml does (for file:line:col messages).
  const plain = parseYaml(text, 'f.yaml').locator;
  const doc = parseYamlWithPositions(text, 'f.yaml').locator;
  for (const path of paths(fast.value)) {
    const a = plain.find(path);
    const b = doc.find(path);
    if (!isDeepStrictEqual(a, b))
      throw new Error(
        `${JSON.stringify(text)}: ${JSON.stringify(path)} at ${JSON.stringify(a)}, yaml says ${JSON.stringify(b)}`,
      );
    const parent = path.slice(0, -1);
    const last = path[path.length - 1];
    if (
      typeof last === 'string' &&
      !isDeepStrictEqual(plain.key(parent, last), doc.key(parent, last))
    ) {
      throw new Error(
        `${JSON.stringify(text)}: key ${JSON.stringify(path)} at ${JSON.stringify(plain.key(parent, last))}, yaml says ${JSON.stringify(doc.key(parent, last))}`,
      );
    }
  }
  return true;
}

// Words that mean something to YAML, or to a Dutch reader, mixed with plain ones.
const tricky = [
  'null',
  'Null',
  'NULL',
  '~',
  'true',
  'True',
  'FALSE',
  'yes',
  'no',
  'on',
  '0',
  '-0',
  '007',
  '1.5',
  '-.5',
  '.5',
  '1.',
  '+3',
  '1.000',
  '12.500',
  '1e3',
  '0x1F',
  '0o17',
  '.inf',
  '-.Inf',
  '.nan',
  '1_000',
  '2.25%',
  '2026-01-01',
  'a: b',
  'a:b',
  'a #b',
  'a#b',
  "it's",
  'say "hi"',
  '- x',
  '-x',
  '? x',
  ': x',
  '[a]',
  '{a}',
  'a, b',
  '*a',
  '&a',
  '!t',
  '|',
  '>',
  '%x',
  '@x',
  '`x',
  '---',
  '...',
  '',
  ' ',
  ' lead',
  'trail ',
  'Ziekenhuis Noord',
  'Zaaksysteem €',
  'continuïteit',
  '__proto__',
  '<<',
  'x\\y',
];
// Mostly words the fast reader takes, so that most files test its answer, not only its giving up.
const word = fc.oneof(
  { arbitrary: fc.constantFrom(...tricky), weight: 1 },
  { arbitrary: fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9 _.,:#'"-]{0,8}$/), weight: 4 },
);
const scalar = fc.oneof(
  word,
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 100),
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
  fc.constantFrom(0, -0, 1.5, 0.0225, 12.5, 1e21),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof(
  { arbitrary: fc.constantFrom(...tricky), weight: 1 },
  { arbitrary: fc.stringMatching(/^[a-z][a-z_ .'-]{0,6}$/), weight: 6 },
);
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
})).node;
const root = fc.oneof(
  fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 }),
  fc.array(tree, { minLength: 1, maxLength: 4 }),
);

/** A plain scalar as a person would type it: plain where YAML allows, else quoted one way or another. */
function emitScalar(v: unknown, quote: number): string {
  if (v === null) return ['null', '~', ''][quote % 3]!;
  if (typeof v === 'boolean' || typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  const s = String(v);
  if (quote % 4 === 0) return JSON.stringify(s);
  if (quote % 4 === 1) return `'${s.replace(/'/g, "''")}'`;
  return s; // plain, even where YAML reads it differently: that is the point
}

/** Block-style YAML with varied indentation, compact and nested lists, flow collections and comments. */
function emit(v: unknown, style: number[]): string {
  let n = 0;
  const pick = (m: number) => style[n++ % style.length]! % m;
  const out: string[] = [];
  let quiet = false; // no comment before the first key of a `- key:` mapping
  const comment = () => {
    if (quiet) {
      quiet = false;
      return;
    }
    if (pick(5) === 0) out.push(`${' '.repeat(pick(6))}# note ${pick(9)}`);
    if (pick(7) === 0) out.push('');
  };
  const isScalar = (x: unknown) => x === null || typeof x !== 'object';
  // An empty list or mapping is written inline (`a: []`), as people do.
  const isEmpty = (x: unknown) => !isScalar(x) && Object.keys(x as object).length === 0;
  const flowable = (x: unknown) =>
    Array.isArray(x)
      ? x.every(isScalar)
      : x !== null && typeof x === 'object' && Object.values(x).every(isScalar);
  // Inside [...] and {...} an empty value is not written as nothing.
  const flowScalar = (e: unknown) => (e === null ? 'null' : emitScalar(e, pick(5)));
  const flow = (x: unknown): string => {
    if (Array.isArray(x)) return `[${x.map(flowScalar).join(', ')}]`;
    return `{ ${Object.entries(x as object)
      .map(([k, e]) => `${k}: ${flowScalar(e)}`)
      .join(', ')} }`;
  };
  const inlineValue = (x: unknown) => (isScalar(x) ? emitScalar(x, pick(5)) : flow(x));
  const trailer = () => (pick(6) === 0 ? ' # c' : '');
  const block = (x: unknown, indent: number) => {
    const pad = ' '.repeat(indent);
    if (Array.isArray(x)) {
      if (x.length === 0) return void out.push(`${pad}[]`);
      for (const e of x) {
        comment();
        if (!isScalar(e) && !isEmpty(e) && !(flowable(e) && pick(2) === 0)) {
          if (!Array.isArray(e) && Object.keys(e as object).length > 0 && pick(3) !== 0) {
            // `- key: value` with the rest of the mapping under it
            const step = 2 + pick(2);
            const start = out.length;
            quiet = true;
            block(e, indent + step);
            out[start] = `${pad}-${' '.repeat(step - 1)}${out[start]!.slice(indent + step)}`;
          } else {
            out.push(`${pad}-${trailer()}`);
            block(e, indent + 1 + pick(3));
          }
        } else out.push(`${pad}- ${inlineValue(e)}${trailer()}`);
      }
      return;
    }
    const entries = Object.entries(x as object);
    if (entries.length === 0) return void out.push(`${pad}{}`);
    for (const [k, e] of entries) {
      comment();
      if (isScalar(e) || isEmpty(e) || (flowable(e) && pick(2) === 0))
        out.push(`${pad}${k}:${pick(4) === 0 ? '  ' : ' '}${inlineValue(e)}${trailer()}`);
      else {
        out.push(`${pad}${k}:${trailer()}`);
        const sameIndentList = Array.isArray(e) && (e as unknown[]).length > 0 && pick(2) === 0;
        block(e, sameIndentList ? indent : indent + 1 + pick(3));
      }
    }
  };
  if (pick(4) === 0) out.push('---');
  block(v, 0);
  return out.join('\n') + (pick(3) === 0 ? '' : '\n');
}

const style = fc.array(fc.nat(1000), { minLength: 1, maxLength: 16 });

describe('readPlainYaml', () => {
  it('agrees with yaml on block YAML with tricky words, numbers and layouts', () => {
    fc.assert(
      fc.property(root, style, (v, st) => agrees(emit(v, st))),
      { numRuns: 3000 },
    );
  });

  it('agrees with yaml on what yaml itself writes', () => {
    fc.assert(
      fc.property(
        root,
        fc.constantFrom(1, 2, 4),
        fc.integer({ min: 0, max: 3 }),
        (v, indent, flowLevel) =>
          agrees(
            stringify(v, {
              indent,
              flowLevel: flowLevel === 3 ? undefined : flowLevel + 1,
              indentSeq: indent % 2 === 0,
            }),
          ),
      ),
      { numRuns: 800 },
    );
  });

  it('agrees with yaml on damaged files: inserted, deleted and replaced characters', () => {
    const edit = fc.record({
      at: fc.nat(),
      del: fc.nat(3),
      ins: fc.stringMatching(/^[-:#'" [\]{},&*!|>?%@\n\t\\a1.]{0,3}$/),
    });
    fc.assert(
      fc.property(root, style, fc.array(edit, { minLength: 1, maxLength: 3 }), (v, st, edits) => {
        let text = emit(v, st);
        for (const { at, del, ins } of edits) {
          const p = at % (text.length + 1);
          text = text.slice(0, p) + ins + text.slice(p + del);
        }
        return agrees(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads plain files itself, to the value they were written from', () => {
    // Only words and numbers that mean the same to YAML and to a person.
    const plainWord = fc
      .stringMatching(/^[a-zA-Z][a-zA-Z0-9 ]{0,10}[a-zA-Z0-9]$/)
      .filter((s) => !/^(null|Null|NULL|true|True|TRUE|false|False|FALSE)$/.test(s));
    const plainScalar = fc.oneof(
      plainWord,
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.constantFrom(0.5, 12.25, 2.75, -3.5),
      fc.boolean(),
      fc.constant(null),
    );
    const plainKey = fc
      .stringMatching(/^[a-z][a-z_]{0,8}$/)
      .filter((s) => !/^(null|true|false|__proto__)$/.test(s));
    const plainTree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, plainScalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(plainKey, tie('node'), { maxKeys: 4 }),
    })).node;
    fc.assert(
      fc.property(
        fc.dictionary(plainKey, plainTree, { minKeys: 1, maxKeys: 5 }),
        style,
        (v, st) => {
          const text = emit(v, st);
          const fast = readPlainYaml(text);
          expect(fast, text).toBeDefined();
          expect(fast!.value).toEqual(v);
          return agrees(text);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('readPlainYaml on the cases it must leave to yaml', () => {
  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a tab', 'a:\t1\n'],
    ['CRLF', 'a: 1\r\nb: 2\r\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a number YAML reads as 1', 'amount: 1.000\n'],
    ['an escape', 'a: "x\\ny"\n'],
    ['a nested flow list', 'a: [[1]]\n'],
    ['a number as key', '1: a\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a list at the wrong indentation', 'a:\n  - 1\n  b: 2\n'],
    ['an empty file', ''],
    ['a bare scalar', 'hello\n'],
  ])('%s', (_name, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });

  it('reads the bundled examples itself, the same as yaml', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files = [
      'examples/costs.yaml',
      'examples/tender.yaml',
      ...readdirSync('examples/tender').map((f) => join('examples/tender', f)),
    ];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      const fast = readPlainYaml(text);
      expect(fast, f).toBeDefined();
      expect(agrees(text)).toBe(true);
    }
  });
});
