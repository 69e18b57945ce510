/**
 * Exit codes and the user-facing error type. Every mistake a user can make
 * is thrown as a UserError; src/cli.ts prints its message on stderr (never a
 * stack trace) and exits with its code. Anything else is a bug. Messages are
 * in the run's language (`t()` from src/i18n); `file:line:col` stays as it is.
 */
import { t } from '../i18n/index.js';

export const ExitCode = {
  /** Success. */
  Ok: 0,
  /** A check or gate failed (score below --fail-under, missing guidance, an incomplete strategy). */
  Failed: 1,
  /** Usage or input error: a bad flag, a bad file, a value out of range. */
  Usage: 2,
  /** Interrupted (Ctrl-C). */
  Interrupted: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

export class UserError extends Error {
  readonly exitCode: number;
  /** Extra lines printed after the message, such as the valid names. */
  readonly hint: string | undefined;

  constructor(message: string, options: { exitCode?: number; hint?: string } = {}) {
    super(message);
    this.name = 'UserError';
    this.exitCode = options.exitCode ?? ExitCode.Usage;
    this.hint = options.hint;
  }
}

/** A problem at a place in an input file. */
export interface Problem {
  file: string;
  line?: number;
  col?: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}:${p.col ?? 1}` : p.file;
  return `${where}: ${p.message}`;
}

/** One or more problems in an input file; exits 2. */
export class InputError extends UserError {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'), { exitCode: ExitCode.Usage });
    this.name = 'InputError';
    this.problems = problems;
  }
}

/** Thrown when the user interrupts a prompt; exits 130 and writes nothing. */
export class InterruptedError extends UserError {
  constructor() {
    super(t('common.interrupted'), { exitCode: ExitCode.Interrupted });
    this.name = 'InterruptedError';
  }
}
