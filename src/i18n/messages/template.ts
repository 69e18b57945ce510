/**
 * Messages for the authors of templates (`inkoop scaffold --templates`):
 * problems in a template's front matter and body, each at file:line:col.
 * Field names and YAML keys (`choices:`, `fields:`, `min_length`) stay as
 * written in the file. A literal placeholder such as `{{key}}` is passed as
 * a parameter (braces in a message are parameters).
 */
import type { Messages } from '../types.js';

export const template = {
  'template.badName': {
    nl: '"{kind}" is geen geldige naam voor een sjabloon: gebruik kleine letters, cijfers en -',
    en: '"{kind}" is not a template name: use lower case letters, digits and -',
  },
  'template.noFrontMatter': {
    nl: 'een sjabloon begint met een kop in YAML: een regel "---", de velden en weer een regel "---"',
    en: 'a template starts with front matter: a line "---", the fields in YAML, and another "---"',
  },
  'template.frontMatterOpen': {
    nl: 'de kop is niet afgesloten: zet een regel "---" na de velden',
    en: 'the front matter is not closed: add a line "---" after the fields',
  },
  'template.duplicateKey': {
    nl: 'het veld "{key}" komt twee keer voor',
    en: 'duplicate key "{key}"',
  },
  'template.choicesNeeded': {
    nl: 'een keuzeveld heeft `choices:` nodig, een lijst met waarden',
    en: 'a choice field needs `choices:`, a list of values',
  },
  'template.choicesOnlyChoice': {
    nl: 'alleen een keuzeveld heeft keuzes; dit veld is van het type {type}',
    en: 'only a choice field has choices; this one is {type}',
  },
  'template.duplicateChoice': {
    nl: 'de keuze "{value}" komt twee keer voor',
    en: 'duplicate choice "{value}"',
  },
  'template.fillMultiline': {
    nl: 'fill: {fill} vraagt een veld van het type multiline; dit veld is van het type {type}',
    en: 'fill: {fill} needs a multiline field; this one is {type}',
  },
  'template.ruleNotForType': {
    nl: '{rule} geldt niet voor een veld van het type {type}',
    en: '{rule} does not apply to a {type} field',
  },
  'template.ruleNotForTypeTakes': {
    nl: '{rule} geldt niet voor een veld van het type {type}; dat type kent {rules}',
    en: '{rule} does not apply to a {type} field; it takes {rules}',
  },
  'template.maxBelowMin': {
    nl: 'max ({max}) ligt onder min ({min})',
    en: 'max ({max}) is below min ({min})',
  },
  'template.lengthBelowMin': {
    nl: 'max_length ligt onder min_length',
    en: 'max_length is below min_length',
  },
  'template.itemsBelowMin': {
    nl: 'max_items ligt onder min_items',
    en: 'max_items is below min_items',
  },
  'template.badPattern': {
    nl: 'geen geldige reguliere expressie: {pattern}',
    en: 'not a valid regular expression: {pattern}',
  },
  'template.unclosed': {
    nl: 'plaatshouder "{open}" niet gesloten: schrijf {example}, of {escaped} voor letterlijke accolades',
    en: 'unclosed placeholder "{open}": write {example}, or {escaped} for literal braces',
  },
  'template.badPlaceholder': {
    nl: 'ongeldige plaatshouder "{placeholder}": schrijf {example} met de sleutel van een veld, of {escaped} voor letterlijke accolades',
    en: 'invalid placeholder "{placeholder}": write {example} with a field\'s key, or {escaped} for literal braces',
  },
  'template.unknownField': {
    nl: 'onbekend veld "{key}" in {placeholder}{suggestion}; neem het op onder fields:',
    en: 'unknown field "{key}" in {placeholder}{suggestion}; declare it under fields:',
  },
  'template.unknownLang': {
    nl: 'onbekende taal "{lang}" in de markering; gebruik {nl} of {en}',
    en: 'unknown language "{lang}" in the marker; use {nl} or {en}',
  },
  'template.secondBody': {
    nl: 'een tweede tekst voor de taal {lang}; elke taal heeft er één',
    en: 'a second {lang} body; each language has one',
  },
  'template.beforeMarker': {
    nl: 'tekst vóór de eerste markering {marker} hoort bij geen enkele taal; zet hem onder een markering',
    en: 'text before the first {marker} marker belongs to no language; move it below a marker',
  },
  'template.emptyBody': { nl: 'de tekst is leeg', en: 'the body is empty' },
  'template.emptyLangBody': {
    nl: 'de tekst voor de taal {lang} is leeg',
    en: 'the {lang} body is empty',
  },
  'template.unusedField': {
    nl: 'het veld "{key}" wordt niet gebruikt in de tekst; voeg {placeholder} toe of verwijder het veld',
    en: 'field "{key}" is not used in the body; add {placeholder} or remove the field',
  },
  'template.unusedLangField': {
    nl: 'het veld "{key}" wordt niet gebruikt in de tekst voor de taal {lang}; voeg {placeholder} toe of verwijder het veld',
    en: 'field "{key}" is not used in the {lang} body; add {placeholder} or remove the field',
  },
} as const satisfies Messages;
