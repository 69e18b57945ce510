/**
 * The words of the robustness and design CSV files (`score --robustness
 * --format csv`, `design --format csv`): headers and coded cells in the
 * run's language, as the score CSV has them. English keeps the stable
 * snake_case names it always had.
 */
import type { Messages } from '../types.js';

export const csv = {
  // ---------------------------------------------------------------- robustness: headers
  'csv.rob.analysis': { nl: 'analyse', en: 'analysis' },
  'csv.rob.subject': { nl: 'onderwerp', en: 'subject' },
  'csv.rob.criterion': { nl: 'criterium', en: 'criterion' },
  'csv.rob.direction': { nl: 'richting', en: 'direction' },
  'csv.rob.change': { nl: 'wijziging', en: 'change' },
  'csv.rob.value': { nl: 'waarde', en: 'value' },
  'csv.rob.winner': { nl: 'winnaar', en: 'winner' },
  'csv.rob.outcome': { nl: 'uitkomst', en: 'outcome' },
  'csv.rob.fragile': { nl: 'kwetsbaar', en: 'fragile' },
  // ---------------------------------------------------------------- robustness: the analyses
  'csv.rob.kind.weight': { nl: 'gewicht', en: 'weight' },
  'csv.rob.kind.scoreMargin': { nl: 'scoremarge', en: 'score_margin' },
  'csv.rob.kind.rankReversal': { nl: 'rangomkering', en: 'rank_reversal' },
  'csv.rob.kind.withdrawal': { nl: 'terugtrekking', en: 'withdrawal' },
  'csv.rob.kind.addition': { nl: 'toevoeging', en: 'addition' },
  'csv.rob.kind.additionPair': { nl: 'toevoeging_paar', en: 'addition_pair' },
  'csv.rob.kind.evaluator': { nl: 'beoordelaar', en: 'evaluator' },
  'csv.rob.kind.tie': { nl: 'gelijke_stand', en: 'tie' },
  'csv.rob.kind.winnerLabel': { nl: 'label_winnaar', en: 'winner_label' },
  // ---------------------------------------------------------------- robustness: cells
  'csv.rob.increase': { nl: 'verhoging', en: 'increase' },
  'csv.rob.decrease': { nl: 'verlaging', en: 'decrease' },
  'csv.rob.priceAtOrBelow': { nl: 'prijs tot en met', en: 'price at or below' },
  'csv.rob.leftOut': { nl: 'weggelaten', en: 'left out' },
  'csv.rob.subjectWinner': { nl: 'winnaar', en: 'winner' },
  'csv.rob.subjectOrder': { nl: 'volgorde', en: 'order' },
  'csv.rob.evaluatorN': { nl: 'beoordelaar {n}', en: 'evaluator {n}' },
  'csv.rob.notApplicable': { nl: 'niet van toepassing', en: 'not applicable' },
  'csv.rob.notApplicableBecause': {
    nl: 'niet van toepassing: {reason}',
    en: 'not applicable: {reason}',
  },
  'csv.rob.winnerChanges': { nl: 'winnaar verandert', en: 'winner changes' },
  'csv.rob.winnerStays': { nl: 'winnaar verandert niet', en: 'winner does not change' },
  'csv.rob.noChangeInRange': {
    nl: 'geen wisseling binnen het bereik',
    en: 'no change within the range',
  },
  'csv.rob.canWin': { nl: 'kan winnen', en: 'can win' },
  'csv.rob.cannotWin': {
    nl: 'kan niet winnen op dit criterium',
    en: 'cannot win on this criterion',
  },
  'csv.rob.orderChangesPairs': {
    nl: { one: 'volgorde verandert: {count} paar', other: 'volgorde verandert: {count} paren' },
    en: { one: 'order changes: {count} pair', other: 'order changes: {count} pairs' },
  },
  'csv.rob.orderStays': { nl: 'volgorde verandert niet', en: 'order does not change' },
  'csv.rob.orderChanges': { nl: 'volgorde verandert', en: 'order changes' },
  'csv.rob.tieParts': { nl: 'gelijke stand valt uiteen', en: 'tie parts' },
  'csv.rob.noChange': { nl: 'geen wisseling', en: 'no change' },
  'csv.rob.tieFirst': { nl: 'gelijke stand om de eerste plaats', en: 'tie for first place' },
  'csv.rob.reason.bounds': { nl: 'bandbreedtemethode', en: 'bounds' },
  'csv.rob.reason.noPrice': { nl: 'geen prijs', en: 'no-price' },
  'csv.rob.reason.independent': { nl: 'onafhankelijk', en: 'independent' },
  'csv.rob.reason.tooFewBids': { nl: 'te weinig inschrijvingen', en: 'too-few-bids' },
  // ---------------------------------------------------------------- design
  'csv.design.metric': { nl: 'maatstaf', en: 'metric' },
  'csv.design.share': { nl: '{name}_aandeel', en: '{name}_share' },
  'csv.design.sets': { nl: 'reeksen', en: 'sets' },
  'csv.design.ties': { nl: 'gelijke_stand', en: 'ties' },
  'csv.design.withdrawalWinner': { nl: 'terugtrekking_winnaar', en: 'withdrawal_winner' },
  'csv.design.withdrawalOrder': { nl: 'terugtrekking_volgorde', en: 'withdrawal_order' },
  'csv.design.additionWinner': { nl: 'toevoeging_winnaar', en: 'addition_winner' },
  'csv.design.additionOrder': { nl: 'toevoeging_volgorde', en: 'addition_order' },
  'csv.design.reversalWinner': { nl: 'rangomkering_winnaar', en: 'reversal_winner' },
  'csv.design.weightWinner': { nl: 'gewicht_winnaar', en: 'weight_winner' },
  'csv.design.fragile': { nl: 'kwetsbaar', en: 'fragile' },
} as const satisfies Messages;
