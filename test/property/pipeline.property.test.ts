/**
 * Property-based tests of the pipeline's text formats: GitHub workflow
 * commands (nothing in a message or property can end the command or start
 * another) and JUnit XML text (any string survives an XML parser's reading).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, UserError } from '../../src/lib/errors.js';
import {
  errorCommands,
  escapeData,
  escapeProperty,
  guardOutput,
  workflowCommand,
} from '../../src/lib/github.js';
import { xmlAttr, xmlChars, xmlText } from '../../src/lib/junit.js';

/** GitHub's reading of an escaped value (actions/runner's ActionCommand unescaping). */
const ghUnescape = (s: string) =>
  s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');

const text = fc.string({
  unit: fc.constantFrom('a', '%', ':', ',', '\r', '\n', '=', ' ', '2', '5', 'A', '0', 'D'),
});

describe('workflow commands', () => {
  it('escape %, CR and LF in a message, and : and , in properties, reversibly', () => {
    fc.assert(
      fc.property(text, text, (message, file) => {
        const line = workflowCommand('error', message, { file, line: 3, col: 5 });
        expect(line.endsWith('\n')).toBe(true);
        expect(line.slice(0, -1)).not.toMatch(/[\r\n]/);
        const m = /^::error file=([^,:]*),line=3,col=5::(.*)\n$/.exec(line);
        expect(m).not.toBeNull();
        expect(ghUnescape(m![1]!)).toBe(file);
        expect(ghUnescape(m![2]!)).toBe(message);
      }),
    );
  });

  it('write the documented escapes', () => {
    expect(escapeData('100% a\r\nb: c, d')).toBe('100%25 a%0D%0Ab: c, d');
    expect(escapeProperty('C:\\a,b%\n')).toBe('C%3A\\a%2Cb%25%0A');
  });

  it('give one command per input problem, at its place', () => {
    const err = new InputError([
      { file: 'tender.yaml', line: 47, col: 27, message: 'score 11 is outside 0..10' },
      { file: 'bids/a,b.yaml', message: 'line one\nline two' },
    ]);
    expect(errorCommands(err)).toBe(
      '::error file=tender.yaml,line=47,col=27,title=inkoop::score 11 is outside 0..10\n' +
        '::error file=bids/a%2Cb.yaml,title=inkoop::line one%0Aline two\n',
    );
    expect(errorCommands(new UserError('--fail-under 80: below', { hint: 'try 70' }))).toBe(
      '::error title=inkoop::--fail-under 80: below%0Atry 70\n',
    );
  });
});

describe('output on GitHub Actions', () => {
  const gh = { GITHUB_ACTIONS: 'true' };
  const NOT_A_FILE = 9999;

  it('never leaves a line the runner would read as a command outside a stop-commands block', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(':', '#', '[', ' ', '\t', '\u00a0', '\n', '\r', 'a') }),
        (text) => {
          const out = guardOutput(text, NOT_A_FILE, gh);
          if (out === text) {
            for (const line of text.split(/\r\n|\r|\n/))
              expect(line.trimStart().startsWith('::') || line.trimStart().startsWith('##[')).toBe(
                false,
              );
            return;
          }
          const m = /^::stop-commands::([0-9a-f]{32})\n([\s\S]*)::\1::\n$/s.exec(out);
          expect(m).not.toBeNull();
          expect(m![2]).toBe(text.endsWith('\n') ? text : `${text}\n`);
        },
      ),
    );
  });

  it('leaves output alone off GitHub Actions, and when it goes to a file', () => {
    expect(guardOutput('::error::x\n', NOT_A_FILE, {})).toBe('::error::x\n');
    expect(guardOutput('a\n  ::warning::x\n', NOT_A_FILE, gh)).toMatch(/^::stop-commands::/);
    expect(guardOutput('plain\n', NOT_A_FILE, gh)).toBe('plain\n');
  });
});

describe('JUnit XML text', () => {
  it('keeps every character XML can hold and shows the others, so any string is well-formed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const attr = xmlAttr(s);
        const body = xmlText(s);
        expect(attr).not.toMatch(/["<&\n\r\t](?!#|amp;|lt;|gt;|quot;)/);
        expect(body).not.toMatch(/<|&(?!amp;|lt;|gt;)/);
        // eslint-disable-next-line no-control-regex
        expect(xmlChars(s)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
      }),
    );
  });
});
