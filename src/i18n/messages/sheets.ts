/** CSV headers, the xlsx export of score and tco, evaluators' score forms and reading them back. */
import type { Messages } from '../types.js';

export const sheets = {
  // ------------------------------------------------------------ CSV
  'sheets.ph.char': { nl: 'teken', en: 'char' },
  'sheets.cli.csvSeparator': {
    nl: 'scheidingsteken voor --format csv (standaard ";" met --lang nl, "," met --lang en; tab mag ook)',
    en: 'separator for --format csv (default ";" with --lang nl, "," with --lang en; tab works too)',
  },
  'sheets.csvSeparator': {
    nl: '--csv-separator: "{value}" kan niet; geef één teken, zoals ";" of ",", of tab',
    en: '--csv-separator: "{value}" cannot be used; give one character, such as ";" or ",", or tab',
  },
  'sheets.csvSeparatorFormat': {
    nl: '--csv-separator hoort bij --format csv, niet bij --format {format}',
    en: '--csv-separator goes with --format csv, not with --format {format}',
  },
  'sheets.csv.vendor': { nl: 'inschrijver', en: 'vendor' },
  'sheets.csv.rank': { nl: 'rang', en: 'rank' },
  'sheets.csv.total': { nl: 'totaal', en: 'total' },
  'sheets.csv.excluded': { nl: 'uitgesloten', en: 'excluded' },
  'sheets.csv.reasons': { nl: 'redenen', en: 'reasons' },
  'sheets.csv.price': { nl: 'prijs', en: 'price' },
  'sheets.csv.points': { nl: 'punten.{id}', en: 'points.{id}' },
  'sheets.csv.group': { nl: 'groepen.{id}', en: 'groups.{id}' },
  'sheets.csv.yes': { nl: 'ja', en: 'true' },
  'sheets.csv.no': { nl: 'nee', en: 'false' },
  'sheets.csv.option': { nl: 'alternatief', en: 'option' },
  'sheets.csv.year': { nl: 'jaar', en: 'year' },
  'sheets.csv.presentValue': { nl: 'contante_waarde', en: 'present_value' },
  'sheets.csv.item': { nl: 'kostenpost', en: 'item' },
  'sheets.csv.category': { nl: 'categorie', en: 'category' },
  'sheets.csv.amount': { nl: 'bedrag', en: 'amount' },
} as const satisfies Messages;
