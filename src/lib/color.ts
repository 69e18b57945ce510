/**
 * Colour decisions in one place. chalk 5 ignores NO_COLOR, so the level is
 * set here: off for --no-color, for a non-empty NO_COLOR, for FORCE_COLOR=0
 * and when the stream is not a terminal; FORCE_COLOR=1.. turns it on.
 */
export function colorEnabled(
  option: boolean | undefined,
  stream: { isTTY?: boolean } = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (option === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return !['0', 'false'].includes(force.toLowerCase());
  return stream.isTTY === true;
}

/** chalk with its level set by colorEnabled; loaded only by commands that colour. */
export async function loadChalk(
  option: boolean | undefined,
): Promise<typeof import('chalk').default> {
  const { default: chalk } = await import('chalk');
  chalk.level = colorEnabled(option) ? (Math.max(chalk.level, 1) as 1 | 2 | 3) : 0;
  return chalk;
}
