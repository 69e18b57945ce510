/**
 * The only module that imports @inquirer/prompts. It gives the interview a
 * Prompter and turns Ctrl-C (inquirer's ExitPromptError) into an
 * InterruptedError, so the command exits 130 and writes nothing.
 */
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
 * A Prompter on the terminal (or on the given streams). `print` writes to
 * the same output as the prompts.
 */
export function createPrompter(streams: PromptStreams = {}): Prompter {
  const context =
    streams.input || streams.output ? { input: streams.input, output: streams.output } : undefined;
  const out = streams.output ?? process.stdout;
  return {
    input(q: InputQuestion) {
      return guard(
        input(
          {
            message: q.message,
            ...(q.default !== undefined ? { default: q.default } : {}),
            ...(q.validate ? { validate: q.validate } : {}),
          },
          context as never,
        ),
      );
    },
    select<T extends string>(q: SelectQuestion<T>) {
      return guard(
        select<T>(
          {
            message: q.message,
            choices: q.choices,
            pageSize: 15,
            ...(q.default !== undefined ? { default: q.default } : {}),
          } as never,
          context as never,
        ),
      );
    },
    print(text: string) {
      out.write(text.endsWith('\n') ? text : text + '\n');
    },
  };
}
