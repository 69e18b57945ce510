/** Messages of `inkoop scaffold`: the interview, answers and their checks, status lines. */
import type { Messages } from '../types.js';

export const scaffold = {
  // The list of templates.
  'scaffold.col.kind': { nl: 'soort', en: 'kind' },
  'scaffold.col.file': { nl: 'bestand', en: 'file' },
  'scaffold.col.description': { nl: 'omschrijving', en: 'description' },

  // The interview.
  'scaffold.start': {
    nl: {
      one: '{title}: {count} vraag. Ctrl-C stopt zonder iets te schrijven.',
      other: '{title}: {count} vragen. Ctrl-C stopt zonder iets te schrijven.',
    },
    en: {
      one: '{title}: {count} question. Ctrl-C stops without writing anything.',
      other: '{title}: {count} questions. Ctrl-C stops without writing anything.',
    },
  },
  'scaffold.ui.optional': { nl: '(optioneel)', en: '(optional)' },
  'scaffold.ui.multiline': {
    nl: '(meerdere regels; een lege regel sluit af)',
    en: '(several lines; an empty line ends)',
  },
  'scaffold.ui.list': {
    nl: '(één per regel; een lege regel sluit af)',
    en: '(one per line; an empty line ends)',
  },
  'scaffold.ui.keep': { nl: 'Enter neemt de standaard over', en: 'Enter keeps the default' },
  'scaffold.ui.defaultIs': { nl: 'Standaard', en: 'Default' },
  'scaffold.ui.none': { nl: '(geen antwoord)', en: '(no answer)' },
  'scaffold.ui.empty': { nl: '(leeg)', en: '(empty)' },
  'scaffold.ui.fromFlag': { nl: '(uit --{flag})', en: '(from --{flag})' },
  'scaffold.ui.review': { nl: 'Je antwoorden:', en: 'Your answers:' },
  'scaffold.ui.next': { nl: 'Wat wil je doen?', en: 'What next?' },
  'scaffold.ui.write': { nl: 'Document schrijven', en: 'Write the document' },
  'scaffold.ui.change': { nl: 'Een antwoord wijzigen', en: 'Change an answer' },
  'scaffold.ui.cancel': { nl: 'Afbreken zonder te schrijven', en: 'Cancel without writing' },
  'scaffold.ui.which': {
    nl: 'Welk antwoord wil je wijzigen?',
    en: 'Which answer do you want to change?',
  },
  'scaffold.ui.required': { nl: 'een antwoord is verplicht', en: 'an answer is required' },
  'scaffold.key.navigate': { nl: 'bladeren', en: 'navigate' },
  'scaffold.key.select': { nl: 'kiezen', en: 'select' },
  'scaffold.key.disabled': {
    nl: 'Deze keuze is niet beschikbaar.',
    en: 'This option is disabled and cannot be selected.',
  },

  // Status lines and notes.
  'scaffold.cancelled': {
    nl: 'afgebroken; er is niets geschreven',
    en: 'cancelled; nothing was written',
  },
  'scaffold.checkHint': {
    nl: 'Controleer de strategie met: inkoop check {file}',
    en: 'Check the strategy with: inkoop check {file}',
  },
  'scaffold.note.bodyOnly.nl': {
    nl: 'let op: sjabloon "{kind}" heeft geen Engelse tekst; de Nederlandse wordt geschreven',
    en: 'note: template "{kind}" has no English text; writing the Dutch one',
  },
  'scaffold.note.bodyOnly.en': {
    nl: 'let op: sjabloon "{kind}" heeft geen Nederlandse tekst; de Engelse wordt geschreven',
    en: 'note: template "{kind}" has no Dutch text; writing the English one',
  },

  // Mistakes on the command line.
  'scaffold.error.noFolder': {
    nl: '{from}: {dir}: deze map bestaat niet',
    en: '{from}: {dir}: no such folder',
  },
  'scaffold.error.notFolder': {
    nl: '{from}: {dir}: is een bestand; verwacht wordt een map met sjablonen',
    en: '{from}: {dir}: is a file, expected a folder of templates',
  },
  'scaffold.error.unknownTemplate': {
    nl: 'onbekend sjabloon "{kind}"',
    en: 'unknown template "{kind}"',
  },
  'scaffold.didYouMean': { nl: ' (bedoel je "{name}"?)', en: ' (did you mean "{name}"?)' },
  'scaffold.hint.templates': {
    nl: 'Sjablonen: {list}. `inkoop scaffold --list` zegt wat elk sjabloon is.',
    en: 'Templates: {list}. Run `inkoop scaffold --list` for what each one is.',
  },
  'scaffold.error.formatWithoutList': {
    nl: '--format hoort bij --list; een document wordt geschreven zoals het sjabloon zegt (Markdown of YAML)',
    en: '--format goes with --list; a document is written as its template says (Markdown or YAML)',
  },
  'scaffold.error.noKind': {
    nl: 'noem het document dat je wilt maken, zoals `inkoop scaffold strategy`',
    en: 'name the document to make, like `inkoop scaffold strategy`',
  },
  'scaffold.error.noFill': {
    nl: '--{source}: sjabloon "{kind}" heeft geen onderdeel dat --{source} invult (de meegeleverde sjablonen {kinds} hebben er een)',
    en: '--{source}: template "{kind}" has no section that --{source} fills (the bundled {kinds} templates have one)',
  },
  'scaffold.kinds.tco': { nl: 'strategy en business-case', en: 'strategy and business-case' },
  'scaffold.kinds.criteria': { nl: 'evaluation', en: 'evaluation' },
  'scaffold.error.stdoutAndOut': {
    nl: '--stdout en --out sluiten elkaar uit: geef er één',
    en: '--stdout and --out exclude each other: give one',
  },
  'scaffold.error.invalidOutput': {
    nl: 'sjabloon {file} maakt geen geldig {format}: {reason}',
    en: 'template {file} does not make valid {format}: {reason}',
  },
  'scaffold.error.set': {
    nl: '--set {arg}: verwacht sleutel=waarde, zoals --set budget=250000',
    en: '--set {arg}: expected key=value, like --set budget=250000',
  },
  'scaffold.error.unknownKey': {
    nl: '{where}: onbekende sleutel "{key}"{suggestion}; sjabloon "{kind}" heeft {keys}',
    en: '{where}: unknown key "{key}"{suggestion}; template "{kind}" has {keys}',
  },

  // Required answers left open without a terminal.
  'scaffold.missing': {
    nl: {
      one: 'geen antwoord op {count} verplichte vraag van "{kind}": {keys}',
      other: 'geen antwoord op {count} verplichte vragen van "{kind}": {keys}',
    },
    en: {
      one: 'missing answer for {count} required field of "{kind}": {keys}',
      other: 'missing answers for {count} required fields of "{kind}": {keys}',
    },
  },
  'scaffold.missing.oneOf': { nl: 'een van: {list}', en: 'one of: {list}' },
  'scaffold.missing.orFlag': { nl: '; of --{flag} <bestand>', en: '; or --{flag} <file>' },
  'scaffold.hint.give': {
    nl: {
      one: 'Geef het in een antwoordenbestand (--answers answers.yaml, of - voor standaardinvoer) of per vraag met --set sleutel=waarde',
      other:
        'Geef ze in een antwoordenbestand (--answers answers.yaml, of - voor standaardinvoer) of per vraag met --set sleutel=waarde',
    },
    en: {
      one: 'Give it in an answers file (--answers answers.yaml, or - for standard input) or one by one with --set key=value',
      other:
        'Give them in an answers file (--answers answers.yaml, or - for standard input) or one by one with --set key=value',
    },
  },
  'scaffold.hint.defaults': {
    nl: {
      one: 'of neem de standaardwaarden over met --defaults ({keys} heeft er een)',
      other: 'of neem de standaardwaarden over met --defaults ({keys} hebben er een)',
    },
    en: {
      one: 'or accept the defaults with --defaults ({keys} has one)',
      other: 'or accept the defaults with --defaults ({keys} have one)',
    },
  },
  'scaffold.hint.example': {
    nl: '{give}. `inkoop scaffold {kind} --example-answers` maakt een antwoordenbestand met elke sleutel; in een terminal worden de vragen gesteld als je --no-input weglaat.',
    en: '{give}. `inkoop scaffold {kind} --example-answers` prints an answers file with every key; in a terminal, leave out --no-input to be asked.',
  },

  // The example answers file.
  'scaffold.example.head': {
    nl: '# Antwoorden voor `inkoop scaffold {kind} --answers <dit bestand>` ({title}).',
    en: '# Answers for `inkoop scaffold {kind} --answers <this file>` ({title}).',
  },
  'scaffold.example.fill': {
    nl: '# Vul elke verplichte vraag in; een lege optionele vraag blijft uit het document.',
    en: '# Fill in every required field; an empty optional field is left out of the document.',
  },
  'scaffold.example.required': { nl: 'verplicht', en: 'required' },
  'scaffold.example.optional': { nl: 'optioneel', en: 'optional' },

  // Kinds of answers.
  'scaffold.type.text': { nl: 'een regel tekst', en: 'a line of text' },
  'scaffold.type.multiline': { nl: 'tekst', en: 'text' },
  'scaffold.type.number': { nl: 'een getal', en: 'a number' },
  'scaffold.type.amount': {
    nl: 'een bedrag in euro, zoals 1234,56 of 1.234,56',
    en: 'an amount in euros, like 1234.56 or 1.234,56',
  },
  'scaffold.type.percentage': {
    nl: 'een percentage, zoals 2,25 of 2,25%',
    en: 'a percentage, like 2.25 or 2,25%',
  },
  'scaffold.type.date': {
    nl: 'een datum, zoals 31-03-2026 of 2026-03-31',
    en: 'a date, like 2026-03-31 or 31-03-2026',
  },
  'scaffold.type.choice': { nl: 'een van de keuzes', en: 'one of the choices' },
  'scaffold.type.list': { nl: 'een lijst', en: 'a list' },

  // Checks of an answer.
  'scaffold.value.notNumber': { nl: '"{input}" is geen getal', en: '"{input}" is not a number' },
  'scaffold.value.separators': {
    nl: '"{input}" is geen getal: scheidingstekens gemengd of op de verkeerde plaats',
    en: '"{input}" is not a number: mixed or misplaced separators',
  },
  'scaffold.value.ambiguous': {
    nl: '"{input}" is dubbelzinnig: is het {whole} of {fraction}? Schrijf het zonder scheidingsteken voor duizendtallen ({whole}), of als {padded} voor de breuk',
    en: '"{input}" is ambiguous: is it {whole} or {fraction}? Write it without a thousands separator ({whole}), or as {padded} for the fraction',
  },
  'scaffold.value.notFinite': { nl: '{value} is geen getal', en: '{value} is not a number' },
  'scaffold.value.exponent': {
    nl: '{value} is te groot of te klein; schrijf het voluit in cijfers',
    en: '{value} is too large or too small; write it out in digits',
  },
  'scaffold.value.cents': {
    nl: 'een bedrag heeft hoogstens twee decimalen (centen)',
    en: 'an amount has at most two decimals (cents)',
  },
  'scaffold.value.tooLarge': { nl: 'het bedrag is te groot', en: 'amount is too large' },
  'scaffold.value.expected': { nl: 'verwacht: {what}', en: 'expected {what}' },
  'scaffold.value.expectedGot': {
    nl: 'verwacht: {what}, maar dit is een {got}',
    en: 'expected {what}, got a {got}',
  },
  'scaffold.value.list': { nl: 'lijst', en: 'list' },
  'scaffold.value.mapping': { nl: 'tabel (mapping)', en: 'mapping' },
  'scaffold.value.boolean': {
    nl: 'verwacht: {what}, maar dit is {value}; zet het tussen aanhalingstekens als je het woord bedoelt',
    en: 'expected {what}, got {value}; put it in quotes if you mean the word',
  },
  'scaffold.value.listItem': {
    nl: 'verwacht: een lijst met teksten; een onderdeel is {what}',
    en: 'expected a list of texts; an item is {what}',
  },
  'scaffold.value.emptyItem': { nl: 'leeg', en: 'empty' },
  'scaffold.value.nested': { nl: 'een tabel of lijst', en: 'a mapping or list' },
  'scaffold.value.singleLine': {
    nl: 'dit is één regel; deze vraag neemt geen regeleinden',
    en: 'takes a single line; this field has no line breaks',
  },
  'scaffold.value.noContent': {
    nl: 'een antwoord heeft minstens één letter of cijfer nodig',
    en: 'an answer needs at least one letter or digit',
  },
  'scaffold.value.itemNoContent': {
    nl: 'onderdeel {number} heeft geen letter of cijfer',
    en: 'item {number} has no letter or digit',
  },
  'scaffold.value.notChoice': {
    nl: '"{input}" is geen van de keuzes{suggestion}; gebruik een van {list}',
    en: '"{input}" is not one of the choices{suggestion}; use one of {list}',
  },
  'scaffold.value.notDate': {
    nl: '"{input}" is geen datum; schrijf een datum zoals 31-03-2026 (dag-maand-jaar) of 2026-03-31, of "vandaag"',
    en: '"{input}" is not a date; write a date like 2026-03-31 or 31-03-2026 (day-month-year), or "today"',
  },
  'scaffold.value.whole': { nl: 'moet een heel getal zijn', en: 'must be a whole number' },
  'scaffold.value.atLeast': { nl: 'moet minstens {min} zijn', en: 'must be at least {min}' },
  'scaffold.value.atMost': { nl: 'mag hoogstens {max} zijn', en: 'must be at most {max}' },
  'scaffold.value.minLength': {
    nl: 'heeft minstens {min} tekens nodig',
    en: 'needs at least {min} characters',
  },
  'scaffold.value.maxLength': {
    nl: 'mag hoogstens {max} tekens hebben',
    en: 'allows at most {max} characters',
  },
  'scaffold.value.pattern': {
    nl: 'heeft niet de verwachte vorm ({pattern})',
    en: 'does not match the expected form ({pattern})',
  },
  'scaffold.value.minItems': {
    nl: {
      one: 'heeft minstens {count} onderdeel nodig',
      other: 'heeft minstens {count} onderdelen nodig',
    },
    en: { one: 'needs at least {count} item', other: 'needs at least {count} items' },
  },
  'scaffold.value.maxItems': {
    nl: {
      one: 'mag hoogstens {count} onderdeel hebben',
      other: 'mag hoogstens {count} onderdelen hebben',
    },
    en: { one: 'allows at most {count} item', other: 'allows at most {count} items' },
  },
} as const satisfies Messages;
