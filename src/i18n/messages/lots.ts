/** Messages of lots (percelen): the tender file's lots, their award in order, the cap per bidder. */
import type { Messages } from '../types.js';

export const lots = {
  // ---------------------------------------------------------------- the tender file
  'lots.withoutLots': {
    nl: '{key} hoort bij een aanbesteding met percelen; voeg percelen toe (lots: een lijst met id en name) of haal {key} weg',
    en: '{key} belongs to a tender with lots; add lots (lots: a list with id and name) or remove {key}',
  },
  'lots.bidLotsWithoutLots': {
    nl: 'deze aanbesteding heeft geen percelen (lots:); geef prijs en scores direct bij de inschrijving, of voeg de percelen toe aan de aanbesteding',
    en: 'this tender has no lots (lots:); give the price and scores directly in the bid, or add the lots to the tender',
  },
  'lots.duplicateId': {
    nl: 'dubbel perceel "{id}": perceel {other} heeft dezelfde id; elk perceel heeft een eigen id',
    en: 'duplicate lot "{id}": lot {other} has the same id; every lot has an id of its own',
  },
  'lots.budgetTwice': {
    nl: 'perceel "{id}" noemt zijn budget twee keer (budget en price.budget); laat er een staan',
    en: 'lot "{id}" gives its budget twice (budget and price.budget); keep one',
  },
  'lots.orderUnknown': {
    nl: 'onbekend perceel "{id}"{suggestion}; de percelen zijn: {lots}',
    en: 'unknown lot "{id}"{suggestion}; the lots are: {lots}',
  },
  'lots.orderTwice': {
    nl: 'perceel "{id}" staat twee keer in lot_order; noem elk perceel precies een keer',
    en: 'lot "{id}" appears twice in lot_order; name every lot exactly once',
  },
  'lots.orderMissing': {
    nl: 'lot_order noemt niet alle percelen: {missing} ontbreekt; noem elk perceel precies een keer, in de volgorde van gunnen',
    en: 'lot_order does not name every lot: {missing} is missing; name every lot exactly once, in the order of award',
  },
  'lots.maxAboveLots': {
    nl: 'max_lots_per_bidder {max} is meer dan het aantal percelen ({count}); het maximum beperkt dan niets',
    en: 'max_lots_per_bidder {max} is more than the number of lots ({count}); the maximum would limit nothing',
  },
  'lots.bidLevel': {
    nl: 'in een aanbesteding met percelen staat {key} per perceel, onder lots: en de id van het perceel (inschrijving "{vendor}")',
    en: 'in a tender with lots, {key} is given per lot, under lots: and the lot id (bid "{vendor}")',
  },
  'lots.bidNoLot': {
    nl: 'inschrijving "{vendor}" schrijft op geen enkel perceel in: zet onder lots: per perceel-id de prijs en de scores; de percelen zijn: {lots}',
    en: 'bid "{vendor}" bids on no lot: put the price and scores under lots: per lot id; the lots are: {lots}',
  },
  'lots.bidUnknownLot': {
    nl: 'onbekend perceel "{id}"{suggestion}; de percelen zijn: {lots}',
    en: 'unknown lot "{id}"{suggestion}; the lots are: {lots}',
  },
  'lots.unknownKnockout': {
    nl: 'onbekende knock-out-eis "{requirement}"{suggestion}; de eisen van de aanbesteding en de percelen zijn: {requirements}',
    en: 'unknown knock-out requirement "{requirement}"{suggestion}; the requirements of the tender and its lots are: {requirements}',
  },
  'lots.noKnockouts': {
    nl: 'onbekende knock-out-eis "{requirement}": de aanbesteding en de percelen noemen geen knock-out-eisen',
    en: 'unknown knock-out requirement "{requirement}": the tender and its lots list no knock-out requirements',
  },
  // ---------------------------------------------------------------- reports
  'lots.heading': { nl: 'Perceel: {name}', en: 'Lot: {name}' },
  'lots.passedMark': { nl: '(gepasseerd)', en: '(passed over)' },
  'lots.passedOver': {
    nl: {
      one: '{vendor} (rang {rank}) is gepasseerd: deze inschrijver heeft {won} al gegund gekregen en mag ten hoogste {count} perceel winnen.',
      other:
        '{vendor} (rang {rank}) is gepasseerd: deze inschrijver heeft {won} al gegund gekregen en mag ten hoogste {count} percelen winnen.',
    },
    en: {
      one: '{vendor} (rank {rank}) is passed over: this bidder has already been awarded {won} and may win at most {count} lot.',
      other:
        '{vendor} (rank {rank}) is passed over: this bidder has already been awarded {won} and may win at most {count} lots.',
    },
  },
  'lots.awardedAfterCap': {
    nl: 'Gegund aan: {vendor}, de hoogst gerangschikte inschrijving die nog een perceel mag winnen (rang {rank}, {total} van {max} punten).',
    en: 'Awarded to: {vendor}, the highest-ranked bid still allowed to win a lot (rank {rank}, {total} of {max} points).',
  },
  'lots.awardedAfterCapValue': {
    nl: 'Gegund aan: {vendor}, de hoogst gerangschikte inschrijving die nog een perceel mag winnen (rang {rank}, met {value}).',
    en: 'Awarded to: {vendor}, the highest-ranked bid still allowed to win a lot (rank {rank}, with {value}).',
  },
  'lots.tieBrokenAfterCap': {
    nl: 'Van de inschrijvingen die nog een perceel mogen winnen, delen {vendors} de beste plaats; de regel voor een gelijke stand ({rule}) wijst {winner} aan.',
    en: 'Of the bids still allowed to win a lot, {vendors} share the best place; the tie-break rule ({rule}) chooses {winner}.',
  },
  'lots.tieAfterCap': {
    nl: 'Gelijke stand: {vendors} delen de beste plaats die overblijft. Er is geen winnaar; beslis volgens de regel voor een gelijke stand in de aanbestedingsstukken.',
    en: 'Tie: {vendors} share the best place that is left. There is no winner; decide by the tie-break rule in the tender documents.',
  },
  'lots.noneAfterCap': {
    nl: 'Niet gegund: geen geldige inschrijving van een inschrijver die nog een perceel mag winnen.',
    en: 'Not awarded: no valid bid from a bidder still allowed to win a lot.',
  },
  'lots.order': {
    nl: 'De percelen worden gegund in deze volgorde: {order}.',
    en: 'The lots are awarded in this order: {order}.',
  },
  'lots.noCap': {
    nl: 'Een inschrijver mag elk perceel winnen.',
    en: 'A bidder may win every lot.',
  },
  'lots.cap': {
    nl: {
      one: 'Een inschrijver mag ten hoogste {count} perceel winnen.',
      other: 'Een inschrijver mag ten hoogste {count} percelen winnen.',
    },
    en: {
      one: 'A bidder may win at most {count} lot.',
      other: 'A bidder may win at most {count} lots.',
    },
  },
  'lots.summaryTitle': { nl: 'Gunning per perceel', en: 'Award per lot' },
  'lots.summaryTie': { nl: 'gelijke stand tussen {vendors}', en: 'tie between {vendors}' },
  'lots.summaryNone': { nl: 'niet gegund', en: 'not awarded' },
  'lots.summaryPassed': { nl: '({vendors} gepasseerd)', en: '({vendors} passed over)' },
  // ---------------------------------------------------------------- the command line
  'lots.cli.ph': { nl: 'perceel', en: 'lot' },
  'lots.cli.lot': {
    nl: 'alleen dit perceel (id), gegund zoals in de hele gunning: het maximum per inschrijver telt de eerder gegunde percelen mee',
    en: 'only this lot (id), awarded as in the full award: the cap per bidder counts the lots awarded before it',
  },
  'lots.cli.lotCriteria': {
    nl: 'alleen de criteria van dit perceel (id)',
    en: "only this lot's criteria (id)",
  },
  'lots.cli.lotForms': {
    nl: 'alleen het blad van dit perceel (id) in elk formulier',
    en: "only this lot's sheet (id) in each form",
  },
  'lots.cli.lotDesign': {
    nl: 'alleen dit perceel (id) simuleren',
    en: 'simulate only this lot (id)',
  },
  'lots.noLots': {
    nl: '--lot {lot}: deze aanbesteding heeft geen percelen (lots:)',
    en: '--lot {lot}: this tender has no lots (lots:)',
  },
  'lots.unknownLot': {
    nl: '--lot {lot}: onbekend perceel{suggestion}; de percelen zijn: {lots}',
    en: '--lot {lot}: unknown lot{suggestion}; the lots are: {lots}',
  },
  'lots.criteriaYamlNeedsLot': {
    nl: '--format yaml begint een aanbestedingsbestand met de criteria van één perceel: kies het met --lot',
    en: '--format yaml starts a tender file with the criteria of one lot: choose it with --lot',
  },
  'lots.inLot': { nl: 'Perceel {lot}: {message}', en: 'Lot {lot}: {message}' },
  'lots.inLotAwarded': {
    nl: 'Perceel {lot}: {message} (de inschrijving die na het maximum per inschrijver is gegund)',
    en: 'Lot {lot}: {message} (the bid awarded after the cap per bidder)',
  },
  // ---------------------------------------------------------------- award letters and report
  'lots.awardTitle': { nl: '{title}, perceel {name}', en: '{title}, lot {name}' },
  'lots.letterPassedOver': {
    nl: {
      one: 'Een inschrijver mag ten hoogste {count} perceel winnen, en aan u is {won} al gegund. Daarom bent u op dit perceel gepasseerd: het perceel gaat naar de hoogst gerangschikte inschrijving van een inschrijver die nog een perceel mag winnen, die van {winner}. Uw inschrijving is niet uitgesloten en houdt haar plaats in de rangschikking; uw prijs telt mee voor de prijspunten van de andere inschrijvingen.',
      other:
        'Een inschrijver mag ten hoogste {count} percelen winnen, en aan u zijn {won} al gegund. Daarom bent u op dit perceel gepasseerd: het perceel gaat naar de hoogst gerangschikte inschrijving van een inschrijver die nog een perceel mag winnen, die van {winner}. Uw inschrijving is niet uitgesloten en houdt haar plaats in de rangschikking; uw prijs telt mee voor de prijspunten van de andere inschrijvingen.',
    },
    en: {
      one: 'A bidder may win at most {count} lot, and you have already been awarded {won}. You are therefore passed over on this lot: it goes to the highest-ranked bid of a bidder still allowed to win a lot, that of {winner}. Your bid is not excluded and keeps its place in the ranking; your price counts for the price points of the other bids.',
      other:
        'A bidder may win at most {count} lots, and you have already been awarded {won}. You are therefore passed over on this lot: it goes to the highest-ranked bid of a bidder still allowed to win a lot, that of {winner}. Your bid is not excluded and keeps its place in the ranking; your price counts for the price points of the other bids.',
    },
  },
  'lots.letterOthersPassed': {
    nl: {
      one: 'Hoger gerangschikt dan {winner}: {vendors}. Een inschrijver mag ten hoogste {count} perceel winnen; wie dat maximum al heeft gewonnen, is op dit perceel gepasseerd.',
      other:
        'Hoger gerangschikt dan {winner}: {vendors}. Een inschrijver mag ten hoogste {count} percelen winnen; wie dat maximum al heeft gewonnen, is op dit perceel gepasseerd.',
    },
    en: {
      one: 'Ranked above {winner}: {vendors}. A bidder may win at most {count} lot; a bidder that has already won that many is passed over on this lot.',
      other:
        'Ranked above {winner}: {vendors}. A bidder may win at most {count} lots; a bidder that has already won that many is passed over on this lot.',
    },
  },
  'lots.openingWinnerAfterCap': {
    nl: 'Wij hebben de inschrijvingen op {title} beoordeeld volgens de gunningscriteria en de beoordelingsmethode uit de aanbestedingsstukken. Met genoegen delen wij u mee dat wij voornemens zijn dit perceel aan u te gunnen: uw inschrijving is de hoogst gerangschikte van een inschrijver die nog een perceel mag winnen (plaats {rank}, met {total} van de {max} punten).',
    en: 'We have evaluated the bids for {title} against the award criteria and the evaluation method of the tender documents. We are pleased to inform you that we intend to award this lot to you: your bid is the highest-ranked of a bidder still allowed to win a lot (place {rank}, with {total} of {max} points).',
  },
  'lots.openingWinnerAfterCapValue': {
    nl: 'Wij hebben de inschrijvingen op {title} beoordeeld volgens de gunningscriteria en de beoordelingsmethode uit de aanbestedingsstukken. Met genoegen delen wij u mee dat wij voornemens zijn dit perceel aan u te gunnen: uw inschrijving is de hoogst gerangschikte van een inschrijver die nog een perceel mag winnen (plaats {rank}, met {value}).',
    en: 'We have evaluated the bids for {title} against the award criteria and the evaluation method of the tender documents. We are pleased to inform you that we intend to award this lot to you: your bid is the highest-ranked of a bidder still allowed to win a lot (place {rank}, with {value}).',
  },
  'lots.noEligible': {
    nl: 'perceel {name} kan niet worden gegund: elke geldige inschrijving is van een inschrijver die het maximum aantal percelen al heeft gewonnen',
    en: 'lot {name} cannot be awarded: every valid bid is from a bidder that has already won the maximum number of lots',
  },
  'lots.designCap': {
    nl: {
      one: 'Elk perceel is op zichzelf gesimuleerd; het maximum van {count} perceel per inschrijver is niet gesimuleerd.',
      other:
        'Elk perceel is op zichzelf gesimuleerd; het maximum van {count} percelen per inschrijver is niet gesimuleerd.',
    },
    en: {
      one: 'Each lot is simulated on its own; the cap of {count} lot per bidder is not simulated.',
      other:
        'Each lot is simulated on its own; the cap of {count} lots per bidder is not simulated.',
    },
  },
  'lots.designTitle': { nl: 'Perceel {name}', en: 'Lot {name}' },
  // ---------------------------------------------------------------- robustness of a lot's award
  'lots.rob.title': {
    nl: 'Gunning van dit perceel met het maximum per inschrijver',
    en: 'Award of this lot under the cap per bidder',
  },
  'lots.rob.goesTo': { nl: 'gaat dit perceel naar {vendor}', en: 'this lot goes to {vendor}' },
  'lots.rob.tie': {
    nl: 'delen {vendors} de beste plaats die overblijft',
    en: '{vendors} share the best place that is left',
  },
  'lots.rob.none': { nl: 'wordt dit perceel niet gegund', en: 'this lot is not awarded' },
  'lots.rob.withdrawal': {
    nl: 'wordt de inschrijving van {vendor} op perceel {lot} ingetrokken, dan {out}',
    en: 'if the bid of {vendor} on lot {lot} is withdrawn, {out}',
  },
  'lots.rob.addition': {
    nl: 'komt er op perceel {lot} een goedkopere inschrijving bij (tot {price}, die dat perceel zelf niet wint), dan {out}',
    en: 'if a cheaper bid is added on lot {lot} (at or below {price}, not winning that lot itself), {out}',
  },
  'lots.rob.tiedNow': {
    nl: 'de gunning staat al gelijk ({vendors})',
    en: 'the award is tied already ({vendors})',
  },
  'lots.rob.weights': {
    nl: 'een gewichtswijziging tot {margin} punten verandert de eerste plaats van dit perceel',
    en: 'a weight change of up to {margin} points changes the first place of this lot',
  },
  'lots.rob.firmFinding': {
    nl: 'Geen terugtrekking ({withdrawals} bekeken) en geen goedkopere inschrijving ({additions} prijzen bekeken) op dit perceel of een eerder gegund perceel verandert de gunning van dit perceel.',
    en: 'No withdrawal ({withdrawals} checked) and no cheaper bid ({additions} prices checked) on this lot or a lot awarded before it changes the award of this lot.',
  },
  'lots.rob.scope': {
    nl: 'Een terugtrekking of een extra inschrijving op een eerder gegund perceel kan veranderen welke percelen een inschrijver al heeft gewonnen, en dus wie hier wordt gepasseerd; daarom is de gunning van alle percelen opnieuw berekend. De gewichten en de scoremarges hieronder gaan over de rangschikking van dit perceel op zichzelf.',
    en: 'A withdrawal or an added bid on a lot awarded before this one can change which lots a bidder has already won, and so who is passed over here; the award of every lot is therefore recomputed. The weights and score margins below are about the ranking of this lot on its own.',
  },
  'lots.rob.summaryChanges': {
    nl: 'De gunning van dit perceel verandert: {changes}.',
    en: 'The award of this lot changes: {changes}.',
  },
  'lots.rob.summaryFirm': {
    nl: 'De gunning aan {vendor} verandert niet door een terugtrekking of een goedkopere inschrijving, ook niet op een eerder gegund perceel.',
    en: 'The award to {vendor} does not change by a withdrawal or a cheaper bid, also not on a lot awarded before.',
  },
  'lots.rob.ranking': {
    nl: 'Rangschikking van dit perceel: {summary}',
    en: 'Ranking of this lot: {summary}',
  },
  'lots.csv.lot': { nl: 'perceel', en: 'lot' },
  'lots.csv.passedOver': { nl: 'gepasseerd', en: 'passed_over' },
  'lots.csv.awarded': { nl: 'gegund', en: 'awarded' },
} as const satisfies Messages;
