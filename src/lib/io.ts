/** Reading input files and standard input, with user-facing errors. */
import { readFileSync, statSync } from 'node:fs';
import { UserError } from './errors.js';

export const STDIN = '-';

/** Reads a text file (or standard input for "-"); a missing or unreadable file is a UserError. */
export function readText(path: string, what = 'file'): string {
  if (path === STDIN) {
    if (process.stdin.isTTY)
      throw new UserError(
        `reading ${what} from standard input, but standard input is a terminal; pipe a file in or give a path`,
      );
    try {
      return readFileSync(0, 'utf8');
    } catch (err) {
      throw new UserError(`cannot read standard input: ${(err as Error).message}`);
    }
  }
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UserError(`${path}: is a folder, expected a ${what}`);
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${path}: no such ${what}`);
    if (code === 'EACCES') throw new UserError(`${path}: permission denied`);
    throw new UserError(`${path}: cannot read: ${(err as Error).message}`);
  }
}

/** The name used for a path in messages: "<stdin>" for "-". */
export function displayName(path: string): string {
  return path === STDIN ? '<stdin>' : path;
}
