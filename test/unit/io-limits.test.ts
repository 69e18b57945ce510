/** Reading limits: nesting depth of YAML, and text encodings. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/errors.js';
import { decodeText, firstInvalidUtf8 } from '../../src/lib/io.js';
import { parseYaml } from '../../src/lib/yaml.js';
import { MAX_NESTING, readPlainYaml } from '../../src/lib/yaml-plain.js';

function problem(fn: () => unknown): { line?: number; col?: number; message: string } {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as InputError).problems[0]!;
  }
  throw new Error('no error');
}

const blockMaps = (depth: number) =>
  Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k:`).join('\n') + ' 1\n';

describe('YAML nesting', () => {
  it('reads 64 levels, in the plain reader and in yaml', () => {
    expect(readPlainYaml(blockMaps(MAX_NESTING))).toBeDefined();
    expect(parseYaml(blockMaps(MAX_NESTING), 'f.yaml').value).toBeTruthy();
    const flow = `a: ${'['.repeat(MAX_NESTING - 1)}${']'.repeat(MAX_NESTING - 1)}\n`;
    expect(parseYaml(flow, 'f.yaml').value).toBeTruthy();
  });

  it('65 levels of block mappings: an input error at the 65th, not a stack overflow', () => {
    expect(readPlainYaml(blockMaps(MAX_NESTING + 1))).toBeUndefined();
    const p = problem(() => parseYaml(blockMaps(MAX_NESTING + 1), 'f.yaml'));
    expect(p).toMatchObject({ line: MAX_NESTING + 1 });
    expect(p.message).toMatch(/dieper genest dan 64 niveaus/);
  });

  it('a hundred thousand [ on one line, and ten thousand levels of lists', () => {
    const flow = problem(() => parseYaml(`a: ${'['.repeat(100_000)}`, 'f.yaml'));
    expect(flow).toMatchObject({ line: 1, col: 3 + MAX_NESTING });
    const dashes = Array.from({ length: 10_000 }, (_, i) => `${'  '.repeat(i)}- x:`).join('\n');
    expect(problem(() => parseYaml(dashes, 'f.yaml')).message).toMatch(/64/);
    const compact = `${'- '.repeat(10_000)}x\n`;
    expect(problem(() => parseYaml(compact, 'f.yaml'))).toMatchObject({ line: 1 });
  });
});

describe('text encodings', () => {
  const decode = (bytes: number[] | Buffer) => () =>
    decodeText(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes), 'f.yaml');

  it('skips a UTF-8 byte-order mark', () => {
    expect(decodeText(Buffer.from('\uFEFFa: 1\n'), 'f')).toBe('a: 1\n');
  });

  it('names UTF-16 and UTF-32, with or without a byte-order mark', () => {
    for (const [bytes, name] of [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: 1', 'utf16le')]), 'UTF-16LE'],
      [Buffer.from('a: 1', 'utf16le'), 'UTF-16LE'],
      [Buffer.from([0xfe, 0xff, 0, 0x61]), 'UTF-16BE'],
      [Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]), 'UTF-32LE'],
      [Buffer.from([0, 0, 0, 0x61, 0, 0, 0, 0x3a]), 'UTF-32BE'],
    ] as const) {
      expect(problem(decode(bytes)).message).toContain(`${name}, niet in UTF-8`);
    }
  });

  it('locates an invalid byte at line:col, and a NUL byte as not text', () => {
    const bad = problem(decode(Buffer.concat([Buffer.from('a: 1\nnaam: é'), Buffer.from([0xc3])])));
    expect(bad).toMatchObject({ line: 2, col: 8 });
    expect(bad.message).toMatch(/UTF-8 \(byte 0xc3\)/);
    expect(problem(decode(Buffer.from('a: 1\nb: \u0000\n')))).toMatchObject({
      line: 2,
      col: 4,
      message: expect.stringMatching(/geen tekstbestand/),
    });
  });

  it('finds the first invalid sequence as the decoder would refuse it', () => {
    expect(firstInvalidUtf8(Buffer.from('héllo €𝄞'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // surrogate
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1); // cut short
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // > U+10FFFF
  });
});
