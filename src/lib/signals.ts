/**
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP: the run ends with 130, 143 or 129
 * and leaves nothing behind. Standard output is held while a command runs
 * (./output.ts) and dropped when a signal ends the run. src/cli.ts installs the handlers before a
 * command starts. Temporary files register here while they exist and are
 * removed by the handler (and at any exit).
 *
 * Node runs a signal handler only between two turns of the event loop, so
 * a long synchronous computation (a large `score`, `design`, `tco`) is not
 * cut short; instead, nothing is written or printed before the loop has
 * turned (`settle()`), so a signal that arrived during the computation
 * ends the run before any file is created and before any output appears.
 */
import { unlinkSync } from 'node:fs';

const temps = new Set<string>();
let queue: string[] | undefined;

/** Standard output collected while held (see ./output.ts emit()), or undefined. */
export function held(): string[] | undefined {
  return queue;
}

/** From now on, emit() collects its text until releaseOutput(). */
export function holdOutput(): void {
  queue ??= [];
}

/** Prints what emit() collected and stops holding. */
export function releaseOutput(): void {
  const lines = queue;
  queue = undefined;
  if (lines?.length) process.stdout.write(lines.join(''));
}

/** Forgets what emit() collected (the run was stopped). */
export function dropOutput(): void {
  queue = undefined;
}

/** Exit codes for the signals we handle: 128 + the signal's number. */
export const SIGNAL_EXIT: Readonly<Record<string, number>> = {
  SIGHUP: 129,
  SIGINT: 130,
  SIGTERM: 143,
};

/** A temporary file that the signal handler removes if the run is stopped. */
export function registerTemp(path: string): void {
  temps.add(path);
}

export function unregisterTemp(path: string): void {
  temps.delete(path);
}

/** Removes every registered temporary file (best effort). */
export function removeTemps(): void {
  for (const path of temps) {
    try {
      unlinkSync(path);
    } catch {
      /* already gone */
    }
  }
  temps.clear();
}

let installed = false;
const handlers = new Map<NodeJS.Signals, () => void>();

/** Installs the signal handlers (once): temporary files removed, held output dropped, exit 128 + n. */
export function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
    const handler = () => {
      removeTemps();
      dropOutput();
      process.exit(code);
    };
    handlers.set(signal as NodeJS.Signals, handler);
    process.on(signal as NodeJS.Signals, handler);
  }
  process.on('exit', removeTemps);
}

/**
 * Runs `fn` with the system's default action for the signals: for a read
 * that may block (standard input from a pipe that stays open), during which
 * a JavaScript handler could not run. Nothing is written then, so the
 * process may simply end; the shell still sees 130 or 143.
 */
export function withDefaultSignals<T>(fn: () => T): T {
  if (!installed || temps.size > 0) return fn();
  for (const [signal, handler] of handlers) process.removeListener(signal, handler);
  try {
    return fn();
  } finally {
    for (const [signal, handler] of handlers) process.on(signal, handler);
  }
}

/**
 * Two turns of the event loop, so that a signal that arrived during
 * synchronous work is handled now (the handler exits) rather than after
 * the next file was written. Call before anything lasting is done.
 */
export async function settle(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  await new Promise<void>((resolve) => setImmediate(resolve));
}
