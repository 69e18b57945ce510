/**
 * LibreOffice for the tests that prove a file written by inkoop survives a
 * real office program: found once, and a file converted headless. Where it
 * is not installed the suite is skipped with a printed reason.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** The path of soffice (or libreoffice), or null with the skip printed for `what`. */
export function findOffice(what: string, debianPackage: string): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  console.warn(
    `skipped: ${what}: soffice is not installed (Debian: apt-get install ${debianPackage})`,
  );
  return null;
}

/**
 * Converts `files` with LibreOffice headless into `outdir` (`to`: a filter
 * such as `xlsx` or `txt:Text (encoded):UTF8`), with a profile of its own
 * under `work` so that runs do not share state.
 */
export function officeConvert(
  office: string,
  files: readonly string[],
  to: string,
  outdir: string,
  work: string,
): void {
  execFileSync(
    office,
    [
      `-env:UserInstallation=file://${join(work, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      outdir,
      ...files,
    ],
    { stdio: 'ignore', timeout: 180_000 },
  );
}

/**
 * Every file of `folder` opened and saved again as xlsx by LibreOffice, into
 * `<work>/converted` (returned); each must come out under its own name.
 */
export function officeResave(office: string, folder: string, work: string): string {
  const converted = join(work, 'converted');
  const names = readdirSync(folder);
  officeConvert(
    office,
    names.map((f) => join(folder, f)),
    'xlsx',
    converted,
    work,
  );
  for (const f of names) expect(existsSync(join(converted, f)), f).toBe(true);
  return converted;
}
