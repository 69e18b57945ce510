/**
 * GitHub Actions' workflow commands, so that a mistake in a tender file
 * shows as an annotation at its line in the pull request:
 *
 *     ::error file=tender.yaml,line=47,col=27::score 11 is outside 0..10
 *
 * Printed on standard error (the runner reads commands from both streams;
 * standard output stays the report alone) by src/cli.ts, next to the usual
 * `inkoop: ...` line, when GITHUB_ACTIONS is "true". Escaping as GitHub
 * documents it and its toolkit does (actions/toolkit, core/src/command.ts):
 * in the message `%`, CR and LF; in a property also `:` and `,`. So no
 * text from an input can end the command early or start another one.
 *
 * The other way round, text from an input (a vendor's name first in a CSV
 * row) must not become a command in the job's log: the runner reads any
 * line that starts with `::` after white space as one. guardOutput wraps
 * such output in `::stop-commands::<token>` ... `::<token>::`, GitHub's own
 * way to print untrusted text (src/lib/output.ts applies it).
 */
import { randomBytes } from 'node:crypto';
import { fstatSync } from 'node:fs';
import { InputError, type UserError } from './errors.js';

/** Whether this run is a step of GitHub Actions. */
export function onGitHubActions(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

/** A command's message: `%`, CR and LF escaped. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command's property value: as escapeData, and `:` and `,` too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command line, e.g. `::error file=a.yaml,line=3,col=5::message`. */
export function workflowCommand(
  command: 'error' | 'warning' | 'notice',
  message: string,
  properties: Readonly<Record<string, string | number | undefined>> = {},
): string {
  const props = Object.entries(properties)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}\n`;
}

/**
 * The workflow commands for an error: one `::error file=...,line=...,col=...::`
 * per problem in an input file, or one `::error::` with the message (and its
 * hint) for any other mistake or a failed gate.
 */
export function errorCommands(err: UserError): string {
  if (err instanceof InputError && err.problems.length > 0)
    return err.problems
      .map((p) =>
        workflowCommand('error', p.message, {
          file: p.file,
          line: p.line,
          col: p.line === undefined ? undefined : (p.col ?? 1),
          title: 'inkoop',
        }),
      )
      .join('');
  const text = err.hint ? `${err.message}\n${err.hint}` : err.message;
  return workflowCommand('error', text, { title: 'inkoop' });
}

/** A line the runner would read as a command (after white space; the old `##[` form too). */
const COMMAND_LINE = /^[\s\u0085]*(?:::|##\[)/m;

/**
 * Output for the job's log: unchanged unless a line could be read as a
 * workflow command; then wrapped so the runner prints it as text. Standard
 * output or error that goes to a file is never changed (`fd`).
 */
export function guardOutput(
  text: string,
  fd: number,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (!onGitHubActions(env) || !COMMAND_LINE.test(text)) return text;
  try {
    if (fstatSync(fd).isFile()) return text;
  } catch {
    /* not a file we can look at: guard it */
  }
  const token = randomBytes(16).toString('hex');
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `::stop-commands::${token}\n${body}::${token}::\n`;
}
