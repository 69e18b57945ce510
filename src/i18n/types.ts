/** Types of the message catalogue, kept apart so message files import no code. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A plural message: `one` when the parameter `count` is 1, else `other`. */
export interface Plural {
  one: string;
  other: string;
}

/** One message in every language. */
export type Entry = { [L in Lang]: string | Plural };

/** A domain's messages; `satisfies Messages` makes a missing language a type error. */
export type Messages = Record<string, Entry>;
