/**
 * Safe file writing: never overwrite without `force`, never leave half a
 * file, never say "written" before every byte is on the disk.
 *
 * 1. The target is checked first (`checkTarget`): a folder, a device, a
 *    FIFO or a socket is refused; a symbolic link is followed only with
 *    `force` (the link stays, the file it points to is replaced).
 * 2. The text goes to a temporary file `.inkoop-<random>.tmp` in the
 *    target's folder (a short name, so any valid target name works),
 *    written in a loop until every byte is accepted, then fsync'ed.
 * 3. It is moved into place in one step: a hard link when the target must
 *    not exist (so a file created meanwhile is not clobbered either), else
 *    a rename; then the folder is fsync'ed so the new name is on disk too.
 * 4. Any failure (ENOSPC, EIO, EDQUOT, ...) removes the temporary file and
 *    leaves an existing target as it was. A signal before step 3 removes
 *    the temporary file (./signals.ts).
 *
 * An existing file keeps its permission bits (and, where allowed, its
 * owner); a new file gets 0666 minus the umask, like any other program's.
 */
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  linkSync,
  lstatSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { t } from '../i18n/index.js';
import { UserError } from './errors.js';
import { typeWord } from './io.js';
import { registerTemp, settle, unregisterTemp } from './signals.js';
import { inlineSafe } from './text.js';

export interface WriteOptions {
  force?: boolean;
  /** A file name to suggest when the target is a folder, e.g. "report.html". */
  example?: string;
}

/** Where a write goes, as found by checkTarget. */
export interface Target {
  /** The path given. */
  path: string;
  /** The file actually replaced: the path, or the file a symbolic link points to. */
  real: string;
  /** The existing file's status, if there is one. */
  existing?: Stats;
  /** The link's text, when `path` is a symbolic link. */
  link?: string;
}

const shown = (path: string) => inlineSafe(path);

/** The folder a path is in, as the user wrote it (for messages). */
function parentShown(path: string): string {
  const d = dirname(path.replace(/[/\\]+$/, '') || path);
  return d;
}

function explain(path: string, err: unknown): UserError {
  if (err instanceof UserError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  const file = shown(path);
  switch (code) {
    case 'EEXIST':
      return new UserError(t('io.exists', { file }));
    case 'EACCES':
    case 'EPERM':
      return new UserError(t('io.writeDenied', { file }));
    case 'EROFS':
      return new UserError(t('io.readOnlyFs', { file }));
    case 'ENOENT':
      return new UserError(t('io.noFolder', { file, dir: shown(parentShown(path)) }));
    case 'ENOTDIR':
      return new UserError(t('io.parentNotFolder', { file, dir: shown(parentShown(path)) }));
    case 'ENOSPC':
      return new UserError(t('io.noSpace', { file }));
    case 'EDQUOT':
      return new UserError(t('io.quota', { file }));
    case 'EIO':
      return new UserError(t('io.ioError', { file }));
    case 'ENAMETOOLONG':
      return new UserError(t('io.nameTooLong', { file }));
    case 'EISDIR':
      return new UserError(t('io.targetFolder', { file, example: shown(join(path, 'report')) }));
    default:
      return new UserError(
        t('io.writeFailed', { file, reason: inlineSafe(code ?? String((err as Error).message)) }),
      );
  }
}

/**
 * Checks that `path` can be written: fails (exit 2) for a folder, a device,
 * a FIFO, a socket, a missing or unusable parent folder, or an existing
 * file (or symbolic link) without `force`. Call it early, before asking
 * questions or computing; writeFileSafe checks again.
 */
export function checkTarget(path: string, options: WriteOptions = {}): Target {
  if (path.trim() === '') throw new UserError(t('io.outEmpty'));
  const file = shown(path);
  const example = shown(join(path, options.example ?? 'report'));
  let st: Stats;
  try {
    st = lstatSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw explain(path, err);
    if (path.endsWith('/') || path.endsWith(sep))
      throw new UserError(t('io.noFolder', { file, dir: file }));
    let parent: Stats;
    try {
      parent = statSync(dirname(path));
    } catch (e) {
      throw explain(path, e);
    }
    if (!parent.isDirectory())
      throw new UserError(t('io.parentNotFolder', { file, dir: shown(dirname(path)) }));
    return { path, real: path };
  }
  if (st.isSymbolicLink()) {
    const link = readlinkSync(path);
    let to: Stats;
    try {
      to = statSync(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT')
        throw new UserError(t('io.danglingLink', { file, target: shown(link) }));
      throw explain(path, err);
    }
    if (to.isDirectory()) throw new UserError(t('io.targetFolder', { file, example }));
    if (!to.isFile()) throw new UserError(t('io.targetNotRegular', { file, type: typeWord(to) }));
    if (!options.force) throw new UserError(t('io.existsLink', { file, target: shown(link) }));
    return { path, real: realpathSync(path), existing: to, link };
  }
  if (st.isDirectory()) throw new UserError(t('io.targetFolder', { file, example }));
  if (!st.isFile()) throw new UserError(t('io.targetNotRegular', { file, type: typeWord(st) }));
  if (!options.force) throw new UserError(t('io.exists', { file }));
  return { path, real: path, existing: st };
}

/** Writes every byte, however many calls it takes; a call that writes nothing is an error. */
function writeAll(fd: number, data: Uint8Array): void {
  let done = 0;
  while (done < data.length) {
    const n = writeSync(fd, data, done, data.length - done);
    if (n <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
    done += n;
  }
}

/** Flushes a folder's entries (a new name) to disk; file systems that cannot are skipped. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, constants.O_RDONLY | constants.O_DIRECTORY);
    fsyncSync(fd);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EBADF' && code !== 'EISDIR') throw err;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A file written to its temporary name, waiting to be moved into place. */
interface Staged {
  path: string;
  target: Target;
  tmp: string;
  options: WriteOptions;
}

/** Step 2: the text in a temporary file beside the target, on disk. */
function stage(path: string, data: string | Uint8Array, options: WriteOptions): Staged {
  const target = checkTarget(path, options);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const dir = dirname(target.real);
  // Web Crypto's global: Node loads it on first use (importing node:crypto costs every start).
  const random = Buffer.from(crypto.getRandomValues(new Uint8Array(6))).toString('hex');
  const tmp = join(dir, `.inkoop-${random}.tmp`);
  let fd: number | undefined;
  registerTemp(tmp);
  try {
    const mode = target.existing ? target.existing.mode & 0o7777 : 0o666;
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
    if (target.existing) {
      // Exactly the old bits, whatever the umask; the owner too where allowed.
      fchmodSync(fd, mode);
      try {
        fchownSync(fd, target.existing.uid, target.existing.gid);
      } catch {
        /* only root may give a file away */
      }
    }
    writeAll(fd, bytes);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    return { path, target, tmp, options };
  } catch (err) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* already closed */
      }
    }
    discard(tmp);
    throw explain(path, err);
  }
}

/** Removes a temporary file that was not moved into place. */
function discard(tmp: string): void {
  try {
    unlinkSync(tmp);
  } catch {
    /* never created, or already moved */
  }
  unregisterTemp(tmp);
}

/** Step 3: the temporary file moved into place in one step, and the folder flushed. */
function commit(s: Staged): void {
  const { target, tmp, path, options } = s;
  try {
    if (target.existing) renameSync(tmp, target.real);
    else {
      try {
        linkSync(tmp, target.real);
        unlinkSync(tmp);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        // File systems without hard links: rename, after one more look.
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw err;
        checkTarget(path, options);
        renameSync(tmp, target.real);
      }
    }
    syncFolder(dirname(target.real));
  } catch (err) {
    discard(tmp);
    throw explain(path, err);
  }
  unregisterTemp(tmp);
}

/**
 * Writes `data` to `path` safely (see the top of this file). Resolves when
 * the file and its name are on disk; returns the target (with `link` set
 * when a symbolic link was written through, for the caller's note).
 */
export async function writeFileSafe(
  path: string,
  data: string | Uint8Array,
  options: WriteOptions = {},
): Promise<Target> {
  const [target] = await writeFilesSafe([{ path, data }], options);
  return target!;
}

/**
 * Writes several files as one group, each as writeFileSafe does. Every file
 * is first written in full to its temporary name; only when all of them are
 * on disk are they moved into place, one rename each. So a failure while
 * writing (a full disk, a folder without permission, a signal) leaves every
 * target as it was. A move into place fails only in a rare race (a file
 * created meanwhile where none was); the files moved before it then stay
 * in place, the rest are left as they were, and the error names the file.
 */
export async function writeFilesSafe(
  files: readonly { path: string; data: string | Uint8Array }[],
  options: WriteOptions = {},
): Promise<Target[]> {
  for (const f of files) checkTarget(f.path, options);
  // A signal that arrived while the text was being made ends the run here.
  await settle();
  const staged: Staged[] = [];
  try {
    for (const f of files) staged.push(stage(f.path, f.data, options));
    // The last moment to stop without a trace.
    await settle();
  } catch (err) {
    for (const s of staged) discard(s.tmp);
    throw err;
  }
  let done = 0;
  try {
    for (const s of staged) {
      commit(s);
      done++;
    }
  } catch (err) {
    for (const s of staged.slice(done + 1)) discard(s.tmp);
    throw err;
  }
  return staged.map((s) => s.target);
}

/** The note after a write through a symbolic link, or undefined. */
export function linkNote(target: Target): string | undefined {
  return target.link === undefined
    ? undefined
    : t('io.wroteThroughLink', { file: shown(target.path), target: shown(target.real) });
}

/**
 * Checks that text can be appended to `path`: an existing regular file (a
 * symbolic link is followed) or a new file in an existing folder.
 */
export function checkAppendTarget(path: string): void {
  const file = shown(path);
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw explain(path, err);
    let parent: Stats;
    try {
      parent = statSync(dirname(path));
    } catch (e) {
      throw explain(path, e);
    }
    if (!parent.isDirectory())
      throw new UserError(t('io.parentNotFolder', { file, dir: shown(dirname(path)) }));
    return;
  }
  if (st.isDirectory())
    throw new UserError(t('io.targetFolder', { file, example: shown(join(path, 'report')) }));
  if (!st.isFile()) throw new UserError(t('io.targetNotRegular', { file, type: typeWord(st) }));
}

/**
 * Appends `text` to `path` (created when absent) and flushes it to disk.
 * What was there is never touched: when the write fails halfway, the file is
 * cut back to its old length, so it holds exactly what it held before.
 */
export async function appendFileSafe(path: string, text: string): Promise<void> {
  checkAppendTarget(path);
  await settle();
  let fd: number | undefined;
  let before = 0;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, 0o666);
    before = fstatSync(fd).size;
    try {
      writeAll(fd, Buffer.from(text, 'utf8'));
      fsyncSync(fd);
    } catch (err) {
      try {
        ftruncateSync(fd, before);
      } catch {
        /* the error below says what went wrong */
      }
      throw err;
    }
  } catch (err) {
    throw explain(path, err);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
