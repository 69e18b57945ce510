/** The terminal: the output rule in --help, progress on stderr, the interview's extras. */
import type { Messages } from '../types.js';

export const terminal = {
  'terminal.helpOutput': {
    nl: `Uitvoer:
  Standaard tekst, op een terminal en in een pijp of bestand hetzelfde formaat.
  Op een terminal passend gemaakt aan de breedte (te brede tabellen worden
  smaller, lange links genummerde verwijzingen onder de tabel) en in kleur.
  Niet naar een terminal: geen kleur en niet afgebroken, tenzij COLUMNS is
  gezet. --format kiest markdown, json, csv of html; voortgang van lang werk
  staat op stderr, alleen als dat een terminal is.`,
    en: `Output:
  Text by default, the same format on a terminal and in a pipe or file. On a
  terminal it fits the width (tables too wide shrink, long links become
  numbered references below the table) and has colour. Not to a terminal: no
  colour and not wrapped, unless COLUMNS is set. --format chooses markdown,
  json, csv or html; progress of long work goes to stderr, only when that is
  a terminal.`,
  },
  'terminal.progressDesign': { nl: 'Simuleren', en: 'Simulating' },
  'terminal.progressRobustness': { nl: 'Robuustheid', en: 'Robustness' },
  'terminal.progressForms': { nl: 'Scoreformulieren', en: 'Score forms' },
  'terminal.progressAward': { nl: 'Brieven en rapport', en: 'Letters and report' },
  'terminal.questionOf': { nl: 'vraag {n} van {total}', en: 'question {n} of {total}' },
  'terminal.prefill': {
    nl: 'Vooraf invullen uit een bestand kan met {flags}: stop met Ctrl-C en start opnieuw met die optie.',
    en: 'You can fill answers in from a file with {flags}: stop with Ctrl-C and start again with that option.',
  },
  'terminal.reviewMore': { nl: 'Enter toont de rest', en: 'Enter shows the rest' },
} as const satisfies Messages;
