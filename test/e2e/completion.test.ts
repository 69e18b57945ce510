/**
 * `inkoop completion bash|zsh|fish`: the bash script completes under
 * `bash -c` with COMP_WORDS/COMP_CWORD as bash itself would call it; the zsh
 * and fish scripts are syntax-checked when those shells are installed.
 */
import { execa } from 'execa';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, inkoop, tempDir } from '../helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const has = async (shell: string) =>
  (await execa('sh', ['-c', `command -v ${shell}`], { reject: false })).exitCode === 0;

async function script(shell: string): Promise<string> {
  const r = await inkoop(['completion', shell]);
  expect(r.exitCode).toBe(0);
  expect(r.stderr).toBe('');
  const file = join(tmp.dir, `inkoop.${shell}`);
  writeFileSync(file, r.stdout);
  return file;
}

/** What bash offers for the words of a command line, the last one being completed. */
async function complete(file: string, words: string[], cwd = tmp.dir): Promise<string[]> {
  const quoted = words.map((w) => `'${w.replaceAll("'", `'\\''`)}'`).join(' ');
  const r = await execa(
    'bash',
    [
      '-c',
      `source "$1"; COMP_WORDS=(${quoted}); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _inkoop; printf '%s\\n' "\${COMPREPLY[@]}"`,
      'bash',
      file,
    ],
    { cwd, reject: false },
  );
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean).sort();
}

describe('inkoop completion', () => {
  it('bash: commands, flags, roles, kinds, formats, shells and file names', async () => {
    const file = await script('bash');
    expect(await complete(file, ['inkoop', 'sc'])).toEqual(['scaffold', 'score']);
    expect(await complete(file, ['inkoop', '--lang', 'en', 'sc'])).toEqual(['scaffold', 'score']);
    const roles = await complete(file, ['inkoop', 'show', '--role', '']);
    for (const r of ['beleidsmaker', 'cxo', 'projectleider', 'developer', 'jurist', 'inkoper'])
      expect(roles).toContain(r);
    expect(await complete(file, ['inkoop', 'show', '-r', 'ju'])).toEqual(['jurist', 'juristen']);
    expect(await complete(file, ['inkoop', 'scaffold', 'st'])).toEqual(['strategy']);
    expect(await complete(file, ['inkoop', 'drempel', '--authority', 'de'])).toEqual([
      'decentraal',
    ]);
    expect(await complete(file, ['inkoop', 'criteria', '--format', 'y'])).toEqual(['yaml']);
    expect(await complete(file, ['inkoop', 'score', 'x.yaml', '--fo'])).toEqual([
      '--force',
      '--format',
    ]);
    expect(await complete(file, ['inkoop', 'completion', ''])).toEqual(['bash', 'fish', 'zsh']);
    expect(await complete(file, ['inkoop', '--l'])).toEqual(['--lang']);
    // File names where a file goes.
    writeFileSync(join(tmp.dir, 'kosten.yaml'), 'years: 1\n');
    expect(await complete(file, ['inkoop', 'tco', 'kos'])).toEqual(['kosten.yaml']);
    expect(await complete(file, ['inkoop', 'score', 'x.yaml', '--out', 'kos'])).toEqual([
      'kosten.yaml',
    ]);
    // A value that is not a file or a word from a list: nothing offered.
    expect(await complete(file, ['inkoop', 'tco', '--years', ''])).toEqual([]);
  });

  it('bash: the formats offered are the formats each command accepts', async () => {
    const file = await script('bash');
    const wrapper = join(tmp.dir, 'inkoop');
    writeFileSync(wrapper, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(wrapper, 0o755);
    for (const command of ['show', 'tco', 'score', 'criteria', 'check', 'design', 'drempel']) {
      const formats = await complete(file, ['inkoop', command, '--format', '']);
      expect(formats.length, command).toBeGreaterThan(1);
      // A format the command does not know is refused with the list it does know.
      const r = await inkoop([command, '--format', 'nope', '--lang', 'en', 'x']);
      expect(r.exitCode, command).toBe(2);
      for (const f of formats) expect(r.stderr, `${command} ${f}`).toContain(f);
    }
  });

  it('zsh and fish: the scripts parse', async () => {
    for (const shell of ['zsh', 'fish']) {
      const file = await script(shell);
      if (!(await has(shell))) {
        console.log(`${shell} is not installed: its script is not syntax-checked`);
        continue;
      }
      const r = await execa(shell, ['-n', file], { reject: false });
      expect(r.exitCode, r.stderr).toBe(0);
    }
  });

  it('zsh: completes through bashcompinit (zsh filters by the prefix itself)', async () => {
    if (!(await has('zsh'))) return;
    const file = await script('zsh');
    const words = async (line: string, cword: number) =>
      (
        await execa(
          'zsh',
          [
            '-c',
            `source "$1"; COMP_WORDS=(${line}); COMP_CWORD=${cword}; _inkoop; print -l -- "\${COMPREPLY[@]}"`,
            'zsh',
            file,
          ],
          { cwd: tmp.dir, reject: false, env: { HOME: tmp.dir, ZDOTDIR: tmp.dir } },
        )
      ).stdout
        .split('\n')
        .filter(Boolean);
    const commands = await words('inkoop sc', 1);
    expect(commands).toContain('score');
    expect(commands).toContain('scaffold');
    const roles = await words('inkoop show --role ju', 3);
    expect(roles).toContain('jurist');
    expect(roles).not.toContain('score');
  });

  it('an unknown shell is a usage error', async () => {
    const r = await inkoop(['completion', 'bsh', '--lang', 'en']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      'inkoop: unknown shell "bsh" (did you mean "bash"?); choose bash, zsh or fish, as in `inkoop completion bash`\n',
    );
  });
});
