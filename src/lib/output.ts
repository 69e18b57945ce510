/**
 * Streams: results on stdout, remarks and errors on stderr. While the CLI
 * holds standard output (./signals.ts), results are collected and printed
 * when the command is done, so a run stopped by a signal prints no result.
 */
import { guardOutput } from './github.js';
import { held } from './signals.js';
import { fitText } from './width.js';

export function emit(text: string): void {
  // On GitHub Actions text from an input never runs as a workflow command (./github.ts).
  const line = guardOutput(text.endsWith('\n') || text === '' ? text : text + '\n', 1);
  const queue = held();
  if (queue) queue.push(line);
  else process.stdout.write(line);
}

/**
 * Text meant to be read on a terminal (a command's `table`/`text` format):
 * every line fitted to the run's output width (./width.ts), words and URLs
 * unbroken; printed as it is when output is not wrapped.
 */
export function emitText(text: string): void {
  emit(fitText(text));
}

export function note(text: string): void {
  process.stderr.write(guardOutput(text.endsWith('\n') ? text : text + '\n', 2));
}
