/**
 * Safe file writing: never overwrite without `force`, and never leave half a
 * file. The text goes to a temporary file in the target's folder, is flushed
 * to disk, and is then moved into place in one step (a hard link when the
 * target must not exist, so a file created meanwhile is not clobbered either).
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from './errors.js';

export interface WriteOptions {
  force?: boolean;
}

function explain(path: string, err: unknown): UserError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EEXIST')
    return new UserError(
      `${path} already exists; use --force to overwrite it, or --out to write elsewhere`,
    );
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
    return new UserError(`cannot write ${path}: permission denied (is the folder read-only?)`);
  if (code === 'ENOENT')
    return new UserError(`cannot write ${path}: the folder ${dirname(path)} does not exist`);
  if (code === 'ENOSPC') return new UserError(`cannot write ${path}: no space left on the device`);
  return new UserError(`cannot write ${path}: ${(err as Error).message}`);
}

export function writeFileSafe(path: string, text: string, options: WriteOptions = {}): void {
  if (!options.force && existsSync(path))
    throw explain(path, Object.assign(new Error('exists'), { code: 'EEXIST' }));
  const tmp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.force) renameSync(tmp, path);
    else {
      linkSync(tmp, path);
      unlinkSync(tmp);
    }
  } catch (err) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* already closed */
      }
    }
    try {
      unlinkSync(tmp);
    } catch {
      /* never created */
    }
    throw explain(path, err);
  }
}
