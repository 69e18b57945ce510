/**
 * Reading input files and standard input. Every reader of the CLI goes
 * through here, so the same rules hold for costs, tenders, bids, answers,
 * templates, strategy documents and principle pages:
 *
 * - only regular files and standard input are read: a folder, a device
 *   (`/dev/zero`), a named pipe or a socket is refused before it is opened
 *   (and opened with O_NONBLOCK, so a file swapped for a FIFO cannot hang);
 * - an input is at most INKOOP_MAX_INPUT_MB MiB (default 64), checked
 *   before reading a file and while reading standard input;
 * - text is UTF-8: a UTF-8 byte-order mark is skipped; UTF-16 and UTF-32
 *   are named; invalid bytes are reported at file:line:col; a NUL byte
 *   means it is not a text file;
 * - every failure is a UserError (exit 2), never a stack trace.
 */
import { isUtf8 } from 'node:buffer';
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  type Stats,
  statSync,
} from 'node:fs';
import { getRunLang, t } from '../i18n/index.js';
import { InputError, UserError } from './errors.js';
import { formatNumber } from './i18n.js';
import { withDefaultSignals } from './signals.js';
import { inlineSafe } from './text.js';

export const STDIN = '-';

/** The default input limit, in MiB. */
export const DEFAULT_MAX_INPUT_MB = 64;

/** What a reader expects, for messages ("expected a costs file"). */
export type InputKind =
  | 'file'
  | 'costs'
  | 'tender'
  | 'bid'
  | 'answers'
  | 'template'
  | 'strategy'
  | 'page';

// Callers that still name the kind in English words.
const KIND_WORDS: Record<string, InputKind> = {
  'costs file': 'costs',
  'tender file': 'tender',
  'bid file': 'bid',
  'answers file': 'answers',
  'strategy document': 'strategy',
};

function kindOf(what: string): InputKind {
  if (['file', 'costs', 'tender', 'bid', 'answers', 'template', 'strategy', 'page'].includes(what))
    return what as InputKind;
  return KIND_WORDS[what] ?? 'file';
}

function kindText(kind: InputKind): string {
  return t(`io.kind.${kind}`);
}

/** The name used for a path in messages: "<stdin>" for "-". */
export function displayName(path: string): string {
  return path === STDIN ? '<stdin>' : path;
}

/** A path as it may appear in a message: control characters made visible. */
export function shownPath(path: string): string {
  return inlineSafe(displayName(path));
}

/** The input limit in bytes: INKOOP_MAX_INPUT_MB MiB, default 64. */
export function maxInputBytes(): number {
  const raw = process.env.INKOOP_MAX_INPUT_MB;
  if (raw === undefined || raw.trim() === '') return DEFAULT_MAX_INPUT_MB * 1024 * 1024;
  const value = raw.trim();
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0 || !Number.isFinite(Number(value)))
    throw new UserError(t('io.badLimit', { value: inlineSafe(raw) }));
  return Math.max(1, Math.floor(Number(value) * 1024 * 1024));
}

/** A size for a message: MiB (or KiB below one MiB), at most one decimal, in the run's notation. */
function mib(bytes: number, up = false): string {
  const big = bytes >= 1024 * 1024;
  const v = (bytes / (big ? 1024 * 1024 : 1024)) * 10;
  const shown = (up ? Math.ceil(v) : Math.floor(v)) / 10;
  return `${formatNumber(shown, getRunLang(), 1)} ${big ? 'MiB' : 'KiB'}`;
}

/** What a path is, when it is not a regular file: a message key's word. */
export function typeWord(st: Stats): string {
  if (st.isDirectory()) return t('io.type.folder');
  if (st.isCharacterDevice() || st.isBlockDevice()) return t('io.type.device');
  if (st.isFIFO()) return t('io.type.fifo');
  if (st.isSocket()) return t('io.type.socket');
  return t('io.type.other');
}

function refuseNonRegular(path: string, st: Stats, kind: InputKind): void {
  if (st.isFile()) return;
  if (st.isDirectory())
    throw new UserError(t('io.isFolder', { file: shownPath(path), kind: kindText(kind) }));
  throw new UserError(t('io.notRegular', { file: shownPath(path), type: typeWord(st) }));
}

/** A failed stat, open or read as a UserError. */
export function readError(path: string, err: unknown, kind: InputKind = 'file'): UserError {
  if (err instanceof UserError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  const file = shownPath(path);
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new UserError(t('io.notFound', { file, kind: kindText(kind) }));
  if (code === 'EACCES' || code === 'EPERM') return new UserError(t('io.denied', { file }));
  if (code === 'EISDIR') return new UserError(t('io.isFolder', { file, kind: kindText(kind) }));
  return new UserError(t('io.cannotRead', { file, reason: reason(err) }));
}

/** A short, stable reason for an error from the file system. */
function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return inlineSafe(e.code ? `${e.code}` : String(e?.message ?? err));
}

function tooLarge(path: string, size: number, limit: number): UserError {
  return new UserError(
    t('io.tooLarge', { file: shownPath(path), size: mib(size, true), limit: mib(limit) }),
  );
}

/** Sleeps without yielding, for a non-blocking standard input that has nothing yet. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Reads a descriptor to its end, failing as soon as it exceeds `limit` bytes. */
function readAll(fd: number, sizeHint: number, limit: number, onTooLarge: () => never): Buffer {
  let buf = Buffer.allocUnsafe(Math.min(Math.max(sizeHint, 64 * 1024), limit) + 1);
  let used = 0;
  for (;;) {
    if (used === buf.length) {
      if (used > limit) onTooLarge();
      const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, limit + 1));
      buf.copy(bigger, 0, 0, used);
      buf = bigger;
    }
    let n: number;
    try {
      n = readSync(fd, buf, used, buf.length - used, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN' || code === 'EWOULDBLOCK') {
        pause(5);
        continue;
      }
      if (code === 'EOF') break;
      throw err;
    }
    if (n === 0) break;
    used += n;
    if (used > limit) onTooLarge();
  }
  return buf.subarray(0, used);
}

/**
 * The bytes of a file (or of standard input for "-"), after checking that
 * it is a regular file within the input limit.
 */
export function readBytes(path: string, what: string = 'file'): Buffer {
  const kind = kindOf(what);
  const limit = maxInputBytes();
  if (path === STDIN) {
    if (process.stdin.isTTY) throw new UserError(t('io.stdinTerminal'));
    let size = 0;
    try {
      const st = fstatSync(0);
      if (st.isDirectory()) throw new UserError(t('io.stdinFailed', { reason: 'EISDIR' }));
      if (st.isFile()) size = st.size;
    } catch (err) {
      if (err instanceof UserError) throw err;
    }
    const stdinTooLarge = (): never => {
      throw new UserError(t('io.stdinTooLarge', { limit: mib(limit) }));
    };
    if (size > limit) stdinTooLarge();
    try {
      // A pipe may block: a signal meanwhile ends the process at once.
      return withDefaultSignals(() => readAll(0, size, limit, stdinTooLarge));
    } catch (err) {
      if (err instanceof UserError) throw err;
      throw new UserError(t('io.stdinFailed', { reason: reason(err) }));
    }
  }
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    throw readError(path, err, kind);
  }
  refuseNonRegular(path, st, kind);
  if (st.size > limit) throw tooLarge(path, st.size, limit);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw readError(path, err, kind);
  }
  try {
    // The path may have been replaced between the stat and the open.
    const now = fstatSync(fd);
    refuseNonRegular(path, now, kind);
    return readAll(fd, now.size, limit, () => {
      throw tooLarge(path, limit + 1, limit);
    });
  } catch (err) {
    throw readError(path, err, kind);
  } finally {
    closeSync(fd);
  }
}

/** Line and column (1-based, in characters as a JavaScript string counts them) of a byte offset. */
function placeOf(buf: Buffer, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = buf.indexOf(10); i >= 0 && i < offset; i = buf.indexOf(10, i + 1)) {
    line++;
    start = i + 1;
  }
  const before = buf.subarray(start, offset);
  const col = (isUtf8(before) ? before.toString('utf8').length : before.length) + 1;
  return { line, col };
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  const n = buf.length;
  let i = 0;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
      cp = b & 0x07;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Which Unicode encoding other than UTF-8 a file is in, by its byte-order mark or its NUL pattern. */
function otherEncoding(b: Buffer): string | undefined {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'UTF-32LE';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32BE';
  if (b[0] === 0xff && b[1] === 0xfe) return 'UTF-16LE';
  if (b[0] === 0xfe && b[1] === 0xff) return 'UTF-16BE';
  if (b.length < 4) return undefined;
  const z = (i: number) => b[i] === 0;
  if (!z(0) && z(1) && z(2) && z(3)) return 'UTF-32LE';
  if (z(0) && z(1) && z(2) && !z(3)) return 'UTF-32BE';
  if (!z(0) && z(1) && !z(2) && z(3)) return 'UTF-16LE';
  if (z(0) && !z(1) && z(2) && !z(3)) return 'UTF-16BE';
  return undefined;
}

/**
 * Bytes as UTF-8 text: a UTF-8 byte-order mark is skipped; UTF-16/32, a
 * NUL byte or an invalid sequence is an InputError at file:line:col.
 */
export function decodeText(bytes: Buffer, file: string): string {
  let buf = bytes;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
  else {
    const encoding = otherEncoding(buf);
    if (encoding) throw new InputError([{ file, message: t('io.wrongEncoding', { encoding }) }]);
  }
  const nul = buf.indexOf(0);
  if (nul >= 0) throw new InputError([{ file, ...placeOf(buf, nul), message: t('io.binary') }]);
  if (!isUtf8(buf)) {
    const at = Math.max(0, firstInvalidUtf8(buf));
    const byte = buf[at]!.toString(16).padStart(2, '0');
    throw new InputError([{ file, ...placeOf(buf, at), message: t('io.invalidUtf8', { byte }) }]);
  }
  return buf.toString('utf8');
}

/** Reads a text file (or standard input for "-"); every problem is a UserError (exit 2). */
export function readText(path: string, what: string = 'file'): string {
  return decodeText(readBytes(path, what), shownPath(path));
}

/**
 * The names in a folder, sorted; an unreadable or missing folder is a
 * UserError. `from` names the flag that gave it, if any.
 */
export function listFolder(path: string): string[] {
  try {
    return readdirSync(path).sort();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM')
      throw new UserError(t('io.folderDenied', { file: shownPath(path) }));
    throw readError(path, err, 'file');
  }
}
