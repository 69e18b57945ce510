/**
 * The run's output width, worked out once by cli.ts with one rule for every
 * command (docs/terminal.md): standard output is a terminal: its width
 * (`process.stdout.columns`), else `COLUMNS`, else 80; not a terminal (a
 * pipe, a file): not wrapped, unless `COLUMNS` is set. Kept apart from
 * ./width.ts (which measures and wraps) so that cli.ts loads nothing more.
 */

/** Narrowest width inkoop lays out for; a narrower terminal gets this width. */
export const MIN_WIDTH = 20;

let current: number | undefined;

function columnsFrom(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? Math.max(MIN_WIDTH, n) : undefined;
}

/** The width rule: a terminal's columns, else COLUMNS, else 80; off the terminal only COLUMNS. */
export function outputWidthFor(
  stream: { isTTY?: boolean; columns?: number } = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): number | undefined {
  const fromEnv = columnsFrom(env.COLUMNS);
  if (stream.isTTY !== true) return fromEnv;
  if (stream.columns !== undefined && stream.columns > 0)
    return Math.max(MIN_WIDTH, stream.columns);
  return fromEnv ?? 80;
}

/** Sets the run's output width (cli.ts, once); undefined: do not wrap. */
export function setOutputWidth(width: number | undefined): void {
  current = width === undefined ? undefined : Math.max(MIN_WIDTH, Math.floor(width));
}

/** The run's output width; undefined when output is not wrapped. */
export function outputWidth(): number | undefined {
  return current;
}

/** Runs `render` with wrapping off (for text that goes to a file), then restores the width. */
export async function unwrapped<T>(render: () => Promise<T>): Promise<T> {
  const saved = current;
  current = undefined;
  try {
    return await render();
  } finally {
    current = saved;
  }
}
