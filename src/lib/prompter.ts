/**
 * What an interview asks of a terminal. src/lib/prompts.ts gives the
 * inquirer implementation; tests give their own. Types only: a feature
 * module (the scaffold interview) depends on this, never the other way round.
 */

export interface InputQuestion {
  message: string;
  default?: string;
  validate?: (value: string) => true | string;
  /** The prompt line is removed from the screen once answered (the caller shows what counts). */
  transient?: boolean;
}

export interface SelectQuestion<T extends string> {
  message: string;
  choices: { name: string; value: T; description?: string }[];
  default?: T;
}

export interface Prompter {
  input(q: InputQuestion): Promise<string>;
  select<T extends string>(q: SelectQuestion<T>): Promise<T>;
  /** Prints a line or block of text to the terminal (the review, a default). */
  print(text: string): void;
  /**
   * Prints a text that may be longer than the terminal one screen at a time,
   * waiting for Enter (with the hint `more`) between screens. Optional: a
   * prompter without it prints the text whole.
   */
  page?(text: string, more: string): Promise<void>;
}
