/**
 * Streams: results on stdout, remarks and errors on stderr. While the CLI
 * holds standard output (./signals.ts), results are collected and printed
 * when the command is done, so a run stopped by a signal prints no result.
 */
import { held } from './signals.js';

export function emit(text: string): void {
  const line = text.endsWith('\n') || text === '' ? text : text + '\n';
  const queue = held();
  if (queue) queue.push(line);
  else process.stdout.write(line);
}

export function note(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : text + '\n');
}
