/** Messages of the award methods (src/score/methods.ts): tender-file checks, reports, notes. */
import type { Messages } from '../types.js';

export const methods = {
  'methods.groupValue': {
    nl: 'een groep heeft geen eigen waarde; zet value op de criteria van de groep',
    en: 'a group has no value of its own; put value on its criteria',
  },
  'methods.factorRange': {
    nl: 'factor {value}: moet groter zijn dan 1 (en hoogstens 1000); bij deze verhouding tot de laagste prijs krijgt een inschrijving geen prijspunten meer',
    en: 'factor {value}: must be more than 1 (and at most 1000); at this ratio to the lowest price a bid earns no price points',
  },
  'methods.factorOnlyLog': {
    nl: 'factor hoort bij method: log; voeg "method: log" toe of verwijder factor',
    en: 'factor belongs to method: log; add "method: log" or remove factor',
  },
  'methods.labelDuplicate': {
    nl: 'label "{label}" komt twee keer voor in deze schaal',
    en: 'label "{label}" appears twice in this scale',
  },
  'methods.labelNeedsOne': {
    nl: 'label "{label}" heeft points of share nodig (precies één van beide)',
    en: 'label "{label}" needs points or share (exactly one of them)',
  },
  'methods.labelMixed': {
    nl: 'een schaal gebruikt voor elk label points, of voor elk label share, niet door elkaar',
    en: 'a scale uses points for every label, or share for every label, not both',
  },
  'methods.shareOnlyFictitious': {
    nl: 'share hoort bij method: fictitious_price (deze aanbesteding gebruikt {method}); geef points',
    en: 'share belongs to method: fictitious_price (this tender uses {method}); give points',
  },
  'methods.labelMaxZero': {
    nl: 'het hoogste label van een schaal moet meer dan 0 waard zijn',
    en: "a scale's highest label must be worth more than 0",
  },
  'methods.weightRequired': {
    nl: 'weight: is verplicht (een aantal punten) bij method {method}, en waar een minimum in punten geldt (min op een groep, quality_min)',
    en: 'weight: is required (a number of points) for method {method}, and where a minimum in points applies (min on a group, quality_min)',
  },
  'methods.valueRequired': {
    nl: 'value: is verplicht bij method fictitious_price: het bedrag in euro dat een inschrijving hier hoogstens verdient',
    en: 'value: is required for method fictitious_price: the most a bid can earn here, in euros',
  },
  'methods.minOnPrice': {
    nl: 'een prijscriterium heeft geen minimum; gebruik price.budget als plafond',
    en: 'a price criterion has no minimum; use price.budget as a ceiling',
  },
  'methods.groupMinNumber': {
    nl: 'het minimum van een groep is een aantal punten, zoals min: 20',
    en: "a group's minimum is a number of points, like min: 20",
  },
  'methods.unknownLabel': {
    nl: 'onbekend label "{label}" voor "{criterion}"; de labels zijn: {labels}',
    en: 'unknown label "{label}" for "{criterion}"; the labels are: {labels}',
  },
  'methods.labelWithoutScale': {
    nl: '"{label}" is geen getal en "{criterion}" heeft geen schaal met labels; geef een score als getal',
    en: '"{label}" is not a number and "{criterion}" has no labelled scale; give the score as a number',
  },
  'methods.minOutside': {
    nl: 'minimum {min} ligt buiten 0..{scale} (de schaal van dit criterium)',
    en: 'minimum {min} is outside 0..{scale} (the scale of this criterion)',
  },
  'methods.needsPriceCriterion': {
    nl: 'method utility_index heeft een prijscriterium met een gewicht nodig (price: true): N = gewicht kwaliteit / gewicht prijs',
    en: 'method utility_index needs a price criterion with a weight (price: true): N = quality weight / price weight',
  },
  'methods.needsQuality': {
    nl: 'method {method} heeft ten minste één kwaliteitscriterium met een gewicht nodig',
    en: 'method {method} needs at least one quality criterion with a weight',
  },
  'methods.qualityMinNoCriteria': {
    nl: 'quality_min heeft kwaliteitscriteria nodig (criteria zonder price: true)',
    en: 'quality_min needs quality criteria (criteria without price: true)',
  },
  'methods.qualityMinRange': {
    nl: 'quality_min {min} ligt buiten 0..{max} (de kwaliteitspunten die te halen zijn)',
    en: 'quality_min {min} is outside 0..{max} (the quality points there are to earn)',
  },
  'methods.noQuality': {
    nl: 'geen kwaliteitspunten: de prijs per punt is niet te bepalen',
    en: 'no quality points: the price per point cannot be computed',
  },
  'methods.minCriterion': {
    nl: 'minimum niet gehaald: {name} {value} < {min}',
    en: 'minimum not met: {name} {value} < {min}',
  },
  'methods.minGroup': {
    nl: 'minimum niet gehaald: {name} {value} < {min} punten',
    en: 'minimum not met: {name} {value} < {min} points',
  },
  'methods.minQuality': {
    nl: 'minimum kwaliteit niet gehaald: {value} < {min} kwaliteitspunten',
    en: 'minimum quality not met: {value} < {min} quality points',
  },
} as const satisfies Messages;
