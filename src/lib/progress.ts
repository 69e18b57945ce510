/**
 * Progress of long work (design runs, robustness, writing award letters and
 * forms) on standard error, drawn by cli-progress, only when standard error
 * is a terminal: in a pipe, a file or CI nothing is printed and cli-progress
 * is not even loaded. Cores never import this: they report through a
 * callback (`OnProgress`), which a command gets from `startProgress`.
 */

/** How far the work is: `done` of `total` steps. */
export type OnProgress = (done: number, total: number) => void;

export interface Progress {
  /** Pass to the core; cheap to call often (the bar redraws a few times a second). */
  update: OnProgress;
  /** Removes the bar; call when the work is done or failed. */
  stop(): void;
}

const SILENT: Progress = { update: () => {}, stop: () => {} };

/** Whether progress is shown: standard error is a terminal and not in CI. */
export function progressShown(
  stream: { isTTY?: boolean } = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  const ci = env.CI;
  if (ci !== undefined && ci !== '' && !['0', 'false'].includes(ci.toLowerCase())) return false;
  return stream.isTTY === true;
}

/** A progress bar labelled `label` (already in the run's language), or nothing at all off a terminal. */
export async function startProgress(label: string): Promise<Progress> {
  if (!progressShown()) return SILENT;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar({
    stream: process.stderr,
    format: `${label.replace(/[{}]/g, '')} {bar} {percentage}% {value}/{total}`,
    barsize: 24,
    hideCursor: false,
    clearOnComplete: true,
    linewrap: false,
    fps: 8,
  });
  let started = false;
  let stopped = false;
  // A run stopped by a signal still gives the terminal its line wrapping back.
  const onExit = () => {
    if (started && !stopped) bar.stop();
  };
  process.once('exit', onExit);
  return {
    update(done, total) {
      if (stopped) return;
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        if (total !== bar.getTotal()) bar.setTotal(total);
        bar.update(done);
      }
    },
    stop() {
      if (started && !stopped) bar.stop();
      stopped = true;
      process.off('exit', onExit);
    },
  };
}
