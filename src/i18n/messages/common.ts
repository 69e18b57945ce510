/** Messages shared by every command: status lines, generic errors. */
import type { Messages } from '../types.js';

export const common = {
  'common.written': { nl: '{file} geschreven', en: '{file} written' },
  'common.interrupted': { nl: 'onderbroken', en: 'interrupted' },
  'common.partsMissing': {
    nl: { one: '{count} onderdeel ontbreekt', other: '{count} onderdelen ontbreken' },
    en: { one: '{count} part is missing', other: '{count} parts are missing' },
  },
  // Generic mistakes on the command line (src/lib).
  'common.didYouMean': { nl: '(bedoelde je "{name}"?)', en: '(did you mean "{name}"?)' },
  'common.unknownLang': {
    nl: '{from}: onbekende taal "{value}"{suggestion}; kies nl of en',
    en: '{from}: unknown language "{value}"{suggestion}; use nl or en',
  },
  'common.unknownFormat': {
    nl: '--format: onbekend formaat "{value}"{suggestion}; kies uit {formats}',
    en: '--format: unknown format "{value}"{suggestion}; use one of {formats}',
  },

  // Reading YAML files (src/lib/yaml.ts).
  'common.yaml.invalid': { nl: 'ongeldige YAML: {reason}', en: 'invalid YAML: {reason}' },
  'common.yaml.reader': {
    nl: 'de YAML-lezer meldt: {message}',
    en: '{message}',
  },
  'common.yaml.duplicateKey': {
    nl: 'deze sleutel staat er al; elke sleutel mag één keer voorkomen',
    en: 'Map keys must be unique',
  },
  'common.yaml.missingClose': {
    nl: 'het afsluitende {char} ontbreekt',
    en: 'Missing closing {char}',
  },
  'common.yaml.badIndent': {
    nl: 'de inspringing klopt niet: alle sleutels van één niveau moeten in dezelfde kolom beginnen',
    en: 'All mapping items must start at the same column',
  },
  'common.yaml.tabIndent': {
    nl: 'tabs mogen niet als inspringing dienen; gebruik spaties',
    en: 'Tabs are not allowed as indentation',
  },
  'common.yaml.multilineKey': {
    nl: 'een sleutel moet op één regel staan en door een dubbele punt gevolgd worden',
    en: 'Implicit keys need to be on a single line',
  },
  'common.yaml.keyNeedsValue': {
    nl: 'na een sleutel hoort een dubbele punt en een waarde',
    en: 'Implicit map keys need to be followed by map values',
  },
  'common.yaml.nestedCompact': {
    nl: 'een geneste sleutel mag niet op dezelfde regel als zijn ouder staan; begin een nieuwe regel en spring in',
    en: 'Nested mappings are not allowed in compact mappings',
  },
  'common.yaml.reservedStart': {
    nl: 'een waarde zonder aanhalingstekens mag niet beginnen met {char}; zet haar tussen aanhalingstekens',
    en: 'Plain value cannot start with reserved character {char}',
  },
  'common.yaml.multipleDocs': {
    nl: 'het bestand bevat meer dan één document (---); verwacht wordt er één',
    en: 'Source contains multiple documents; expected one',
  },
  'common.yaml.unresolvedAlias': {
    nl: 'verwijzing naar een onbekend anker: {alias}',
    en: 'Unresolved alias (the anchor must be set before the alias): {alias}',
  },
  'common.yaml.flowIndent': {
    nl: 'een lijst tussen [ ] of { } moet verder ingesprongen zijn dan zijn sleutel en eindigen met {char}',
    en: 'Flow collection in block collection must be sufficiently indented and end with a {char}',
  },
  'common.yaml.unexpectedToken': {
    nl: 'onverwacht teken "{char}"',
    en: 'Unexpected token in YAML stream: "{char}"',
  },
  'common.yaml.unexpectedAtEnd': {
    nl: 'onverwachte waarde na het einde van een onderdeel; controleer de inspringing',
    en: 'Unexpected scalar at node end',
  },
  'common.yaml.badEscape': {
    nl: 'ongeldige escapereeks {sequence} tussen dubbele aanhalingstekens; schrijf \\\\ voor een backslash',
    en: 'Invalid escape sequence {sequence}',
  },
  'common.yaml.seqOnKeyLine': {
    nl: 'een lijst (- ...) mag niet op de regel van een sleutel beginnen; begin een nieuwe regel',
    en: 'Unexpected block-seq-ind on same line with key',
  },
  'common.yaml.keyNotName': {
    nl: 'een sleutel moet een naam zijn, geen lijst of sleutel-waardeparen',
    en: 'a key must be a name, not a list or a mapping',
  },
  'common.yaml.ambiguousNumber': {
    nl: 'dubbelzinnig getal {source}: YAML leest het als {value}; schrijf {plain} zonder scheidingstekens voor duizendtallen, of {value} als je dat bedoelde',
    en: 'ambiguous number {source}: YAML reads it as {value}; write {plain} without thousands separators, or {value} if you meant that',
  },
  'common.yaml.tooManyAliases': {
    nl: 'te veel verwijzingen naar ankers (meer dan {max} keer uitgevouwen); ankers en verwijzingen (&x, *x) mogen het document niet vermenigvuldigen',
    en: 'too many alias references (more than {max} expansions); anchors and aliases (&x, *x) may not multiply the document',
  },

  // What a value is, in messages about a value in a file.
  'common.value.nothing': { nl: 'niets', en: 'nothing' },
  'common.value.empty': { nl: 'een lege waarde', en: 'an empty value' },
  'common.value.text': { nl: 'de tekst "{text}"', en: 'the text "{text}"' },
  'common.value.list': { nl: 'een lijst', en: 'a list' },
  'common.value.mapping': { nl: 'sleutel-waardeparen', en: 'a mapping' },
  'common.value.number': { nl: 'het getal {value}', en: 'the number {value}' },
  'common.value.other': { nl: 'de waarde {value}', en: 'the value {value}' },

  // The kinds of value a schema expects.
  'common.type.number': { nl: 'een getal', en: 'a number' },
  'common.type.int': { nl: 'een geheel getal', en: 'a whole number' },
  'common.type.string': { nl: 'tekst', en: 'text' },
  'common.type.boolean': { nl: 'true of false', en: 'true or false' },
  'common.type.array': { nl: 'een lijst', en: 'a list' },
  'common.type.object': {
    nl: 'sleutel-waardeparen (sleutel: waarde)',
    en: 'a mapping (key: value)',
  },

  // Schema problems (zod issues) that the schema did not word itself.
  'common.zod.required': { nl: 'is verplicht ({expected})', en: 'is required ({expected})' },
  'common.zod.expected': {
    nl: 'moet {expected} zijn, niet {got}',
    en: 'expected {expected}, got {got}',
  },
  'common.zod.numberHint': {
    nl: 'schrijf getallen zonder aanhalingstekens, zoals 1234.56',
    en: 'write numbers without quotes, like 1234.56',
  },
  'common.zod.notAllowed': {
    nl: '{got} is niet toegestaan{suggestion}; kies uit {values}',
    en: '{got} is not allowed{suggestion}; use one of {values}',
  },
  'common.zod.unknownKey': {
    nl: 'onbekende sleutel "{key}"{suggestion}',
    en: 'unknown key "{key}"{suggestion}',
  },
  'common.zod.allowedKeys': { nl: 'toegestane sleutels: {keys}', en: 'allowed keys: {keys}' },
  'common.zod.minItems': {
    nl: {
      one: 'moet minstens {count} element bevatten',
      other: 'moet minstens {count} elementen bevatten',
    },
    en: { one: 'needs at least {count} item', other: 'needs at least {count} items' },
  },
  'common.zod.notEmpty': { nl: 'mag niet leeg zijn', en: 'may not be empty' },
  'common.zod.minChars': {
    nl: 'moet minstens {count} tekens lang zijn',
    en: 'needs at least {count} characters',
  },
  'common.zod.atLeast': {
    nl: 'moet minstens {min} zijn, niet {got}',
    en: 'must be at least {min}, got {got}',
  },
  'common.zod.moreThan': {
    nl: 'moet meer dan {min} zijn, niet {got}',
    en: 'must be more than {min}, got {got}',
  },
  'common.zod.maxItems': {
    nl: {
      one: 'mag hoogstens {count} element bevatten',
      other: 'mag hoogstens {count} elementen bevatten',
    },
    en: { one: 'allows at most {count} item', other: 'allows at most {count} items' },
  },
  'common.zod.maxChars': {
    nl: 'mag hoogstens {count} tekens lang zijn',
    en: 'allows at most {count} characters',
  },
  'common.zod.atMost': {
    nl: 'moet hoogstens {max} zijn, niet {got}',
    en: 'must be at most {max}, got {got}',
  },
  'common.zod.lessThan': {
    nl: 'moet minder dan {max} zijn, niet {got}',
    en: 'must be less than {max}, got {got}',
  },
  'common.zod.badFormat': {
    nl: '{got} is geen geldige waarde van de vorm {format}',
    en: '{got} is not a valid {format}',
  },
  'common.zod.badDate': {
    nl: '{got} is geen geldige datum; schrijf jjjj-mm-dd',
    en: '{got} is not a valid date; write yyyy-mm-dd',
  },
  'common.zod.multipleOf': {
    nl: 'moet een veelvoud van {divisor} zijn',
    en: 'must be a multiple of {divisor}',
  },
  'common.zod.noFit': { nl: '{got} past hier niet', en: '{got} does not fit here' },
} as const satisfies Messages;
