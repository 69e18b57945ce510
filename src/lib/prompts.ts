/**
 * The only module that imports @inquirer/prompts. It gives the interview a
 * Prompter and turns Ctrl-C (inquirer's ExitPromptError) into an
 * InterruptedError, so the command exits 130 and writes nothing.
 */
import { styleText } from 'node:util';
import { input, select } from '@inquirer/prompts';
import type { InputQuestion, Prompter, SelectQuestion } from './prompter.js';
import { InterruptedError } from './errors.js';

export interface PromptStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** Ctrl-C and a closed terminal end the interview; everything else is passed on. */
export function convertPromptError(err: unknown): unknown {
  const name = (err as { name?: string } | null)?.name;
  if (name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'CancelPromptError')
    return new InterruptedError();
  return err;
}

async function guard<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    throw convertPromptError(err);
  }
}

/**
 * The words of the prompt library's own key hints ("navigate", "select")
 * and its "disabled" message, by the English word, in the run's language.
 */
export type KeyHints = Record<string, string>;

/**
 * The select prompt's theme with its key hints in other words: the library
 * builds the hint line from [key, action] pairs (`↑↓ navigate • ⏎ select`)
 * and lets a theme format it; the action is looked up in `hints`.
 */
export function selectTheme(hints: KeyHints) {
  return {
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys
          .map(
            ([key, action]) =>
              `${styleText('bold', key)} ${styleText('dim', hints[action] ?? action)}`,
          )
          .join(styleText('dim', ' • ')),
    },
    ...(hints.disabled ? { i18n: { disabledError: hints.disabled } } : {}),
  };
}

/**
 * A Prompter on the terminal (or on the given streams). `print` writes to
 * the same output as the prompts; `hints` puts the library's key hints in
 * the run's language.
 */
export function createPrompter(streams: PromptStreams = {}, hints: KeyHints = {}): Prompter {
  const context =
    streams.input || streams.output ? { input: streams.input, output: streams.output } : undefined;
  const out = streams.output ?? process.stdout;
  const ask = (q: InputQuestion) =>
    guard(
      input(
        {
          message: q.message,
          ...(q.default !== undefined ? { default: q.default } : {}),
          ...(q.validate ? { validate: q.validate } : {}),
        },
        (q.transient ? { ...(context ?? {}), clearPromptOnDone: true } : context) as never,
      ),
    );
  const print = (text: string) => {
    out.write(text.endsWith('\n') ? text : text + '\n');
  };
  return {
    input: ask,
    select<T extends string>(q: SelectQuestion<T>) {
      return guard(
        select<T>(
          {
            message: q.message,
            choices: q.choices,
            pageSize: 15,
            theme: selectTheme(hints),
            ...(q.default !== undefined ? { default: q.default } : {}),
          } as never,
          context as never,
        ),
      );
    },
    print,
    async page(text: string, more: string) {
      // A screen less two lines: one for the hint, one for the line the answer leaves.
      const rows = (out as { rows?: number }).rows;
      const lines = text.replace(/\n$/, '').split('\n');
      const size = rows !== undefined && rows > 4 ? rows - 2 : Number.POSITIVE_INFINITY;
      for (let at = 0; at < lines.length; at += size) {
        print(lines.slice(at, at + size).join('\n'));
        if (at + size < lines.length) await ask({ message: more, transient: true });
      }
    },
  };
}
