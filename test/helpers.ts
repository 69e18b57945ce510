/** Running the built `inkoop` the way a user or a CI script does: no terminal, no colour. */
import { execa, type Options, type Result } from 'execa';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'inkoop.js');
/** The shared folder beside the project (test data); absent on a fresh machine. */
export const SHARED = resolve(ROOT, '..', 'shared');

export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Runs `inkoop` (or another copy of its launcher, `bin`) without a terminal. */
export async function inkoop(
  args: string[],
  options: Options & { input?: string; bin?: string } = {},
): Promise<RunResult> {
  if (!existsSync(join(ROOT, 'dist', 'cli.js')))
    throw new Error('dist/ is missing: run `npm run build` (npm test does)');
  const { bin = BIN, ...rest } = options;
  const result = (await execa(process.execPath, [bin, ...args], {
    reject: false,
    stripFinalNewline: false,
    stdin: options.input === undefined ? 'ignore' : undefined,
    ...rest,
    env: {
      FORCE_COLOR: '0',
      NO_COLOR: '',
      CI: 'true',
      INKOOP_LANG: '',
      INKOOP_CONTENT: '',
      // Tests that run on GitHub Actions see the CLI as a user's terminal would.
      GITHUB_ACTIONS: '',
      GITHUB_STEP_SUMMARY: '',
      ...(rest.env ?? {}),
    },
  })) as Result;
  return {
    stdout: String(result.stdout ?? ''),
    stderr: String(result.stderr ?? ''),
    exitCode: result.exitCode ?? -1,
  };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'inkoop-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Skips a suite with a printed reason when ../shared is absent. */
export function sharedAvailable(sub: string): boolean {
  const ok = existsSync(join(SHARED, sub));
  if (!ok)
    console.warn(
      `skipped: ${join('..', 'shared', sub)} is not present beside the project (test data for the content loader)`,
    );
  return ok;
}
