/** Messages about reading tenders, bids and costs files: folders, linked files, value bounds. */
import type { Messages } from '../types.js';

export const input = {
  // Tender folders.
  'input.noTenderFile': {
    nl: '{dir}: deze map bevat geen tender.yaml; een aanbestedingsmap bevat tender.yaml (criteria, prijsmethode, knock-outs) en per inschrijving een YAML-bestand',
    en: '{dir}: no tender.yaml in this folder; a tender folder holds tender.yaml (criteria, price method, knock-outs) plus one YAML file per bid',
  },
  'input.twoTenderFiles': {
    nl: 'deze map bevat zowel {first} als {second}; houd één tenderbestand over, zodat geen van beide ongemerkt wegvalt',
    en: 'this folder holds both {first} and {second}; keep one tender file, so that neither is silently left out',
  },
  'input.noBids': {
    nl: 'geen inschrijvingen: zet per inschrijving een YAML-bestand naast {tender} (vendor, price of tco, knockouts, scores), of een lijst bids in {tender}',
    en: 'no bids: add one YAML file per bid beside {tender} (vendor, price or tco, knockouts, scores), or a bids list in {tender}',
  },
  'input.hiddenFile': {
    nl: 'verborgen YAML-bestand in de aanbestedingsmap; elk YAML-bestand hier is een inschrijving of een kostenbestand waarnaar een inschrijving verwijst: hernoem het (zonder punt vooraan) of haal het uit de map',
    en: 'hidden YAML file in the tender folder; every YAML file here is a bid or a costs file a bid links to: rename it (without the leading dot) or move it out of the folder',
  },
  'input.notAFile': {
    nl: 'is geen gewoon bestand; een aanbestedingsmap bevat alleen YAML-bestanden voor de tender, de inschrijvingen en hun kostenbestanden',
    en: 'is not a regular file; a tender folder holds only YAML files for the tender, the bids and their costs files',
  },
  'input.unlinkedCosts': {
    nl: 'dit lijkt een kostenbestand (years, options of costs, geen vendor), maar geen inschrijving verwijst ernaar met tco: file: {name}; verwijs ernaar vanuit een inschrijving of haal het uit de map',
    en: 'this looks like a costs file (years, options or costs, no vendor), but no bid links it with tco: file: {name}; link it from a bid or move it out of the folder',
  },
  'input.notABid': {
    nl: 'elk YAML-bestand naast {tender} is een inschrijving, behalve de kostenbestanden waarnaar een inschrijving verwijst met tco: file:',
    en: 'every YAML file beside {tender} is read as a bid, except the costs files a bid links with tco: file:',
  },
  'input.bidAndCosts': {
    nl: 'dit bestand is een inschrijving (vendor) en ook het kostenbestand van {linker}; een bestand is het een of het ander: zet de kosten in een eigen bestand',
    en: 'this file is a bid (vendor) and also the costs file of {linker}; a file is one or the other: put the costs in a file of their own',
  },
  'input.tenderIsCosts': {
    nl: 'tco: {file} is het tenderbestand zelf; verwijs naar een kostenbestand',
    en: 'tco: {file} is the tender file itself; link a costs file',
  },

  // Linked costs files (tco: { file, option }).
  'input.tcoAbsolute': {
    nl: 'tco: "{file}" is een absoluut pad; een kostenbestand staat in de map van de aanbesteding (of een submap) en wordt relatief aangegeven, zoals kosten/alfa.yaml. Met --allow-outside mag het ook elders staan',
    en: 'tco: "{file}" is an absolute path; a costs file lies in the tender\'s folder (or a subfolder) and is given relative to it, like costs/alfa.yaml. With --allow-outside it may lie elsewhere',
  },
  'input.tcoOutside': {
    nl: 'tco: "{file}" ligt buiten de map van de aanbesteding ({root}); zet het kostenbestand in die map of een submap, of geef --allow-outside als dit zo bedoeld is',
    en: 'tco: "{file}" lies outside the tender\'s folder ({root}); put the costs file in that folder or a subfolder, or pass --allow-outside if this is meant',
  },
  'input.tcoSymlinkOutside': {
    nl: 'tco: "{file}" is een symbolische koppeling naar een bestand buiten de map van de aanbesteding ({root}); kopieer het bestand in de map, of geef --allow-outside als dit zo bedoeld is',
    en: 'tco: "{file}" is a symbolic link to a file outside the tender\'s folder ({root}); copy the file into the folder, or pass --allow-outside if this is meant',
  },
  'input.tcoNotFound': {
    nl: 'tco: kostenbestand "{file}" niet gevonden (gezocht: {full}); het pad is relatief aan het bestand waarin de inschrijving staat',
    en: 'tco: costs file "{file}" not found (looked for {full}); the path is relative to the file the bid is in',
  },
  'input.tcoProblems': {
    nl: 'tco: het kostenbestand {file} is geen geldig kostenbestand:',
    en: 'tco: the costs file {file} is not a valid costs file:',
  },
  'input.tcoUnknownOption': {
    nl: 'tco: onbekende optie "{option}" in {file}{suggestion}; de opties zijn: {options}',
    en: 'tco: unknown option "{option}" in {file}{suggestion}; its options are: {options}',
  },
  'input.tcoNotPositive': {
    nl: 'tco: optie "{option}" in {file} heeft een contante waarde van {npv}; een prijs moet meer dan 0 zijn (de relatieve prijsformule deelt erdoor)',
    en: 'tco: option "{option}" in {file} has a net present value of {npv}; a price must be more than 0 (the relative price formula divides by it)',
  },

  // Values that make no sense.
  'input.weightRange': {
    nl: 'gewicht {value}: een gewicht is een aantal punten, minstens {min} en hoogstens {max}',
    en: 'weight {value}: a weight is a number of points, at least {min} and at most {max}',
  },
  'input.scaleRange': {
    nl: 'schaal {value}: een schaal loopt van 0 tot een getal van minstens {min} en hoogstens {max}',
    en: 'scale {value}: a scale runs from 0 to a number of at least {min} and at most {max}',
  },
  'input.pointsTotal': {
    nl: 'de gewichten tellen op tot {total} punten; een aanbesteding heeft hoogstens {max} punten in totaal',
    en: 'the weights add up to {total} points; a tender has at most {max} points in total',
  },
  'input.tooManyDigits': {
    nl: '{value} heeft meer dan {max} significante cijfers en kan niet exact worden gelezen; schrijf hoogstens {max} cijfers, zoals {example}',
    en: '{value} has more than {max} significant digits and cannot be read exactly; write at most {max} digits, like {example}',
  },
  'input.tooLargeToAdd': {
    nl: '{reason}; splits de bedragen of kies een kortere looptijd',
    en: '{reason}; split the amounts or use a shorter horizon',
  },
  'input.missingScore': {
    nl: 'inschrijving "{vendor}" heeft nog geen score voor "{criterion}" (een getal van 0 tot de schaal, of een lijst met één per beoordelaar); zonder alle scores geen winnaar',
    en: 'bid "{vendor}" has no score for "{criterion}" yet (a number from 0 to the scale, or a list with one per evaluator); no winner without every score',
  },
  'input.missingScoresMore': {
    nl: {
      one: 'en nog {count} inschrijving waarvan scores ontbreken',
      other: 'en nog {count} inschrijvingen waarvan scores ontbreken',
    },
    en: {
      one: 'and {count} more bid with missing scores',
      other: 'and {count} more bids with missing scores',
    },
  },
} as const satisfies Messages;
