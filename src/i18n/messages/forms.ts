/** `inkoop forms` (evaluators' score forms) and `inkoop score --scores` (reading them back). */
import type { Messages } from '../types.js';

export const forms = {
  'forms.sheet.instructions': { nl: 'Instructies', en: 'Instructions' },
  'forms.sheet.scores': { nl: 'Beoordeling', en: 'Scores' },
  'forms.sheet.lot': { nl: 'Perceel {lot}', en: 'Lot {lot}' },
  'forms.untitled': { nl: 'Beoordeling van de inschrijvingen', en: 'Evaluation of the bids' },
  'forms.instructions.title': { nl: 'Aanbesteding', en: 'Tender' },
  'forms.instructions.evaluator': { nl: 'Beoordelaar', en: 'Evaluator' },
  'forms.instructions.rows': { nl: 'Te beoordelen regels', en: 'Rows to score' },
  'forms.instructions.how1': {
    nl: 'Beoordeel elke inschrijving op elk criterium: vul in de kolom Score een waarde van de schaal in (de keuzelijst toont welke) en licht die toe in de kolom Motivering.',
    en: 'Score every bid on every criterion: enter a value of the scale in the Score column (the drop-down shows which) and explain it in the Motivation column.',
  },
  'forms.instructions.how2': {
    nl: 'Beoordeel zelfstandig, zonder de prijzen: die staan bewust niet in dit formulier.',
    en: 'Score on your own, without the prices: they are left out of this form on purpose.',
  },
  'forms.instructions.how3': {
    nl: 'Alleen de cellen Score en Motivering zijn te wijzigen; laat de overige cellen, de namen van de tabbladen en de volgorde van de regels zoals ze zijn.',
    en: 'Only the Score and Motivation cells can be changed; leave the other cells, the sheet names and the order of the rows as they are.',
  },
  'forms.instructions.how4': {
    nl: 'Een lege score betekent "nog niet beoordeeld": het formulier telt pas mee als elke score is ingevuld.',
    en: 'An empty score means "not scored yet": the form counts only when every score is filled in.',
  },
  'forms.instructions.how5': {
    nl: 'Sla het bestand op als Excel-werkmap (.xlsx) en lever het in bij de inkoper; die leest alle formulieren in met: inkoop score <aanbesteding> --scores <map>.',
    en: 'Save the file as an Excel workbook (.xlsx) and hand it to the buyer, who reads every form with: inkoop score <tender> --scores <folder>.',
  },
  'forms.col.vendor': { nl: 'Inschrijver', en: 'Vendor' },
  'forms.col.criterionId': { nl: 'Criterium (id)', en: 'Criterion (id)' },
  'forms.col.criterion': { nl: 'Criterium', en: 'Criterion' },
  'forms.col.scale': { nl: 'Schaal', en: 'Scale' },
  'forms.col.score': { nl: 'Score', en: 'Score' },
  'forms.col.motivation': { nl: 'Motivering', en: 'Motivation' },
  'forms.scaleRange': { nl: '{min} tot en met {max}', en: '{min} to {max}' },
  'forms.promptRange': { nl: 'Een score van {scale}.', en: 'A score from {scale}.' },
  'forms.errorRange': {
    nl: 'De score moet een getal van {scale} zijn.',
    en: 'The score must be a number from {scale}.',
  },
  'forms.promptLabels': {
    nl: 'Kies een waarde uit de lijst.',
    en: 'Choose a value from the list.',
  },
  'forms.errorLabels': {
    nl: 'Kies een van: {labels}.',
    en: 'Choose one of: {labels}.',
  },
  // ------------------------------------------------------------ the command
  'forms.cli.description': {
    nl: 'schrijf een scoreformulier (Excel) per beoordelaar, zonder prijzen',
    en: 'write a score form (Excel) per evaluator, without prices',
  },
  'forms.cli.out': {
    nl: 'de map voor de formulieren (één .xlsx per beoordelaar)',
    en: 'the folder for the forms (one .xlsx per evaluator)',
  },
  'forms.cli.evaluators': {
    nl: "de beoordelaars, gescheiden door komma's (standaard: evaluators: in de aanbesteding)",
    en: 'the evaluators, separated by commas (default: evaluators: in the tender)',
  },
  'forms.cli.force': {
    nl: 'overschrijf bestaande formulieren',
    en: 'overwrite existing forms',
  },
  'forms.cli.scores': {
    nl: 'lees de scores uit ingevulde formulieren: een map of .xlsx-bestanden (herhaalbaar)',
    en: 'read the scores from filled-in forms: a folder or .xlsx files (repeatable)',
  },
  'forms.ph.path': { nl: 'pad', en: 'path' },
  'forms.ph.names': { nl: 'namen', en: 'names' },
  'forms.written': {
    nl: {
      one: '{count} formulier geschreven in {dir}',
      other: '{count} formulieren geschreven in {dir}',
    },
    en: { one: '{count} form written in {dir}', other: '{count} forms written in {dir}' },
  },
  'forms.noEvaluators': {
    nl: 'geen beoordelaars: geef --evaluators "Anna, Bram, Chris" of zet evaluators: [Anna, Bram] in het aanbestedingsbestand',
    en: 'no evaluators: give --evaluators "Anna, Bram, Chris" or put evaluators: [Anna, Bram] in the tender file',
  },
  'forms.emptyEvaluator': {
    nl: '--evaluators: een lege naam in "{list}"; scheid de namen met komma\'s',
    en: '--evaluators: an empty name in "{list}"; separate the names with commas',
  },
  'forms.sameSlug': {
    nl: 'de beoordelaars "{first}" en "{second}" krijgen hetzelfde bestand {file}; geef ze namen die meer verschillen',
    en: 'the evaluators "{first}" and "{second}" would get the same file {file}; give them names that differ more',
  },
  'forms.outMissing': {
    nl: '--out <map> is nodig: de map waarin de formulieren komen, één .xlsx per beoordelaar',
    en: '--out <folder> is needed: the folder for the forms, one .xlsx per evaluator',
  },
  'forms.outNotFolder': {
    nl: '--out {dir}: dat is geen map; geef een (nieuwe of bestaande) map op',
    en: '--out {dir}: that is not a folder; give a (new or existing) folder',
  },
  'forms.noCriteria': {
    nl: 'niets te beoordelen: elk criterium gaat op prijs',
    en: 'nothing to score: every criterion is scored from the price',
  },
  // ------------------------------------------------------------ reading forms
  'forms.read.noForms': {
    nl: '--scores {path}: geen .xlsx-bestanden gevonden',
    en: '--scores {path}: no .xlsx files found',
  },
  'forms.read.notXlsx': {
    nl: 'geen Excel-werkmap (.xlsx) die te lezen is: {reason}',
    en: 'not an Excel workbook (.xlsx) that can be read: {reason}',
  },
  'forms.read.tooBig': {
    nl: 'de werkmap pakt uit tot meer dan {limit} MiB; een scoreformulier is veel kleiner',
    en: 'the workbook unpacks to more than {limit} MiB; a score form is much smaller',
  },
  'forms.read.tooManyParts': {
    nl: 'de werkmap bestaat uit meer dan {limit} delen; een scoreformulier heeft er veel minder',
    en: 'the workbook has more than {limit} parts; a score form has far fewer',
  },
  'forms.read.noInstructions': {
    nl: 'geen tabblad {names}: dit is geen scoreformulier van inkoop forms',
    en: 'no sheet {names}: this is not a score form made by inkoop forms',
  },
  'forms.read.noEvaluator': {
    nl: 'de naam van de beoordelaar ontbreekt',
    en: "the evaluator's name is missing",
  },
  'forms.read.noLotSheet': {
    nl: 'het tabblad {names} ontbreekt (er zijn: {sheets})',
    en: 'the sheet {names} is missing (there are: {sheets})',
  },
  'forms.read.unknownSheet': {
    nl: 'onbekend tabblad; de aanbesteding heeft: {sheets}',
    en: 'unknown sheet; the tender has: {sheets}',
  },
  'forms.read.tooManyRows': {
    nl: 'het tabblad heeft {rows} rijen; het formulier heeft er {expected} (schrijf de formulieren opnieuw met inkoop forms als de aanbesteding is gewijzigd)',
    en: 'the sheet has {rows} rows; the form has {expected} (write the forms again with inkoop forms if the tender changed)',
  },
  'forms.read.wrongCell': {
    nl: 'hier hoort "{expected}" te staan, niet "{found}" (de rijen horen in de volgorde van het formulier; schrijf de formulieren opnieuw als de aanbesteding is gewijzigd)',
    en: 'this cell should hold "{expected}", not "{found}" (the rows belong in the order of the form; write the forms again if the tender changed)',
  },
  'forms.read.formula': {
    nl: 'een formule, geen waarde; typ de score of de motivering zelf in',
    en: 'a formula, not a value; type the score or motivation itself',
  },
  'forms.read.notANumber': {
    nl: '"{value}" is geen score; geef een getal van {scale}',
    en: '"{value}" is not a score; give a number from {scale}',
  },
  'forms.read.outOfRange': {
    nl: 'score {value} valt buiten de schaal {scale}',
    en: 'score {value} is outside the scale {scale}',
  },
  'forms.read.notALabel': {
    nl: '"{value}" staat niet op de schaal; kies een van: {labels}',
    en: '"{value}" is not on the scale; choose one of: {labels}',
  },
  'forms.read.notText': {
    nl: 'een motivering is tekst',
    en: 'a motivation is text',
  },
  'forms.read.unknownEvaluator': {
    nl: 'beoordelaar "{name}" staat niet in de lijst van de aanbesteding ({list})',
    en: 'evaluator "{name}" is not in the tender\'s list ({list})',
  },
  'forms.read.twice': {
    nl: 'beoordelaar "{name}" heeft ook het formulier {other}; lever één formulier per beoordelaar in',
    en: 'evaluator "{name}" also has the form {other}; hand in one form per evaluator',
  },
  'forms.read.missingEvaluator': {
    nl: 'het formulier van beoordelaar "{name}" ontbreekt (evaluators: in de aanbesteding)',
    en: 'the form of evaluator "{name}" is missing (evaluators: in the tender)',
  },
  'forms.read.notScored': {
    nl: {
      one: '{name}: {count} score nog niet ingevuld: {cells}',
      other: '{name}: {count} scores nog niet ingevuld: {cells}',
    },
    en: {
      one: '{name}: {count} score not filled in yet: {cells}',
      other: '{name}: {count} scores not filled in yet: {cells}',
    },
  },
  'forms.read.notScoredHead': {
    nl: 'nog niet alles beoordeeld; een lege score telt niet als 0:',
    en: 'not everything is scored yet; an empty score does not count as 0:',
  },
  'forms.read.alsoInTender': {
    nl: 'de aanbesteding heeft al scores voor "{vendor}", en de formulieren ook ({cell}); haal ze uit een van beide',
    en: 'the tender already holds scores for "{vendor}", and so do the forms ({cell}); remove them from one of the two',
  },
  'forms.read.onlyConsensus': {
    nl: 'alleen een consensusformulier; de scores van de beoordelaars ontbreken',
    en: "only a consensus form; the evaluators' scores are missing",
  },
} as const satisfies Messages;
