/** Messages of `inkoop score --robustness`: the findings in plain words, errors and notes. */
import type { Messages } from '../types.js';

export const robustness = {
  'robustness.title': { nl: 'Robuustheid van de uitkomst', en: 'How firm is the outcome' },
  'robustness.fragile': { nl: 'Kwetsbaar', en: 'Fragile' },
  'robustness.firm': { nl: 'Stevig', en: 'Firm' },
  'robustness.and': { nl: 'en', en: 'and' },
  'robustness.points': { nl: 'punten', en: 'points' },
  'robustness.none': {
    nl: 'Geen geldige inschrijving: er is niets te analyseren.',
    en: 'No valid bid: there is nothing to analyse.',
  },
  'robustness.only': {
    nl: '{w} is de enige geldige inschrijving; er is geen andere die kan winnen.',
    en: '{w} is the only valid bid; no other bid can win.',
  },
  'robustness.leads': {
    nl: '{w} wint met {lead} voorsprong op {r}.',
    en: '{w} wins by {lead} over {r}.',
  },
  'robustness.tieBrokenLead': {
    nl: '{vs} staan gelijk op de eerste plaats in punten; {w} wint volgens de regel voor een gelijke stand ({rule}).',
    en: '{vs} tie for first place in points; {w} wins by the tie-break rule ({rule}).',
  },
  'robustness.tieBrokenFragile': {
    nl: 'Die uitkomst is kwetsbaar: de kleinste wijziging in de punten beslist de eerste plaats zonder de regel.',
    en: 'That outcome is fragile: the smallest change in points decides the first place without the rule.',
  },
  'robustness.tieBrokenChanges': {
    nl: 'Die uitkomst is kwetsbaar: de kleinste wijziging in de punten beslist de eerste plaats zonder de regel; {changes}.',
    en: 'That outcome is fragile: the smallest change in points decides the first place without the rule; {changes}.',
  },
  'robustness.tieLead': {
    nl: '{vs} staan gelijk op de eerste plaats: er is geen winnaar, en de kleinste wijziging beslist.',
    en: '{vs} tie for first place: there is no winner, and the smallest change decides.',
  },
  'robustness.butChanges': { nl: 'De winnaar verandert', en: 'The winner changes' },
  'robustness.firmWeights': {
    nl: 'Geen gewichtswijziging tot {m} punten verandert de winnaar',
    en: 'No weight change of up to {m} points changes the winner',
  },
  'robustness.firmReversal': {
    nl: 'en het terugtrekken of toevoegen van een inschrijving ook niet',
    en: 'and neither does withdrawing or adding a bid',
  },
  'robustness.pointsAmount': { nl: '{n} punten', en: '{n} points' },
  'robustness.indexAmount': { nl: '{n} (nutsindex)', en: '{n} (utility index)' },
  'robustness.firmNoWeights': {
    nl: 'Het terugtrekken of toevoegen van een inschrijving verandert de winnaar niet.',
    en: 'Neither withdrawing nor adding a bid changes the winner.',
  },
  'robustness.firmIndependent': {
    nl: 'Deze methode waardeert elke inschrijving los van de andere: terugtrekken of toevoegen verandert haar volgorde niet.',
    en: 'This method values each bid on its own: withdrawing or adding one does not change the order.',
  },
  'robustness.noWeights': {
    nl: 'Deze gunningsmethode kent geen gewichten: er is geen gewicht dat de winnaar kan veranderen. Niet berekend.',
    en: 'This award method has no weights: no weight can change the winner. Skipped.',
  },
  'robustness.noScores': {
    nl: 'Bij deze gunningsmethode beslist alleen de prijs (of de kosten): een hogere score verandert de rangorde niet. Niet berekend.',
    en: 'Under this award method only the price (or the cost) decides: a higher score does not change the ranking. Skipped.',
  },
  'robustness.independent': {
    nl: 'Deze gunningsmethode waardeert elke inschrijving los van de andere: terugtrekken of toevoegen van een inschrijving verandert de volgorde van de andere niet. Niet berekend.',
    en: 'This award method values each bid on its own: withdrawing or adding a bid does not change the order of the others. Skipped.',
  },
  'robustness.reversalLog': {
    nl: 'Met de logaritmische prijsformule hangen de prijspunten af van de laagste prijs: een inschrijving die op {factor} keer de laagste prijs of meer uitkomt, krijgt geen prijspunten. Terugtrekken of toevoegen van een inschrijving kan zo de volgorde van de andere veranderen; de drempels zijn gezocht door herberekening.',
    en: 'With the logarithmic price formula, price points depend on the lowest price: a bid at {factor} times the lowest price or more earns none. Withdrawing or adding a bid can so change the order of the others; the thresholds are found by rescoring.',
  },
  'robustness.reversalUtility': {
    nl: 'De nutsindex rekent met de hoogste kwaliteit (Qbest) en de laagste prijs van de geldige inschrijvingen: terugtrekken of toevoegen van een inschrijving kan de volgorde van de andere veranderen.',
    en: 'The utility index uses the highest quality (Qbest) and the lowest price of the valid bids: withdrawing or adding a bid can change the order of the others.',
  },
  'robustness.addBetterWinner': {
    nl: 'Komt er een inschrijving bij met de hoogste score op elk criterium, tegen {p} (zodat zij zelf niet wint), dan {out}.',
    en: 'If a bid with the top score on every criterion is added, at {p} (so it does not win itself), {out}.',
  },
  'robustness.addBetterOrder': {
    nl: 'Een inschrijving met de hoogste score op elk criterium, tegen {p} (die zelf niet wint), verandert de volgorde: {pairs}.',
    en: 'A bid with the top score on every criterion, at {p} (not winning itself), changes the order: {pairs}.',
  },
  'robustness.addBetterNone': {
    nl: 'Een inschrijving met de hoogste score op elk criterium die zelf niet wint, verandert de volgorde van de andere niet.',
    en: 'A bid with the top score on every criterion that does not win itself does not change the order of the others.',
  },
  'robustness.rAdditionBetter': {
    nl: 'komt er een inschrijving met de hoogste score op elk criterium bij (tegen {p}, die zelf niet wint), dan {out}',
    en: 'if a bid with the top score on every criterion is added (at {p}, not winning itself), {out}',
  },
  'robustness.firmBounds': {
    nl: 'de prijsformule tussen grenzen kent geen rangomkering',
    en: 'the bounds price formula cannot reverse ranks',
  },
  'robustness.wins': { nl: 'wint {w}', en: '{w} wins' },
  'robustness.tie': { nl: 'staan {vs} gelijk op de eerste plaats', en: '{vs} tie for first place' },
  'robustness.instead': { nl: ' in plaats van {w}', en: ' instead of {w}' },
  'robustness.insteadTie': { nl: ' (nu een gelijke stand)', en: ' (now a tie)' },
  'robustness.rTie': {
    nl: 'er is al een gelijke stand ({vs})',
    en: 'there is a tie already ({vs})',
  },
  'robustness.rWeight': {
    nl: 'bij {x} punten {dir} gewicht voor {name} {out}',
    en: 'with {x} points {dir} weight for {name}, {out}',
  },
  'robustness.rMore': {
    nl: {
      one: ' (en {count} andere gewichtswijziging binnen de marge)',
      other: ' (en {count} andere gewichtswijzigingen binnen de marge)',
    },
    en: {
      one: ' (and {count} other weight change within the margin)',
      other: ' (and {count} other weight changes within the margin)',
    },
  },
  'robustness.rWithdrawal': {
    nl: 'trekt {v} zich terug, dan {out}',
    en: 'if {v} withdraws, {out}',
  },
  'robustness.rAddition': {
    nl: 'komt er een goedkopere inschrijving bij (tot {p}, die zelf niet wint), dan {out}',
    en: 'if a cheaper bid is added (at or below {p}, not winning itself), {out}',
  },
  'robustness.more': { nl: 'meer', en: 'more' },
  'robustness.less': { nl: 'minder', en: 'less' },
  'robustness.weights': { nl: 'Gewichten', en: 'Weights' },
  'robustness.weightsIntro': {
    nl: 'Per criterium en groep: de kleinste wijziging van het gewicht waarbij de winnaar verandert. De andere gewichten bewegen naar verhouding mee, zodat het maximum {m} punten blijft; een groep verandert met al zijn criteria naar verhouding.',
    en: 'Per criterion and group: the smallest change of its weight at which the winner changes. The other weights move in proportion, so the maximum stays {m} points; a group changes with all its criteria in proportion.',
  },
  'robustness.weightLine': {
    nl: '{name} ({w} punten): bij {x} punten {dir} gewicht ({w2}) {out}.',
    en: '{name} ({w} points): with {x} points {dir} weight ({w2}), {out}.',
  },
  'robustness.weightsFirm': {
    nl: 'Geen gewichtswijziging tot {m} punten verandert de winnaar.',
    en: 'No weight change of up to {m} points changes the winner.',
  },
  'robustness.weightsSmallest': {
    nl: 'De kleinste die dat wel doet: {x} punten {dir} gewicht voor {name} (dan {out}).',
    en: 'The smallest that does: {x} points {dir} weight for {name} (then {out}).',
  },
  'robustness.weightsNever': {
    nl: 'Geen enkele gewichtswijziging (tussen 0 en het hele maximum) verandert de winnaar.',
    en: 'No weight change at all (between 0 and the whole maximum) changes the winner.',
  },
  'robustness.weightsTie': {
    nl: 'Er is geen enkele winnaar: de gevoeligheid voor gewichten is niet berekend.',
    en: 'There is no single winner: the sensitivity to weights is not computed.',
  },
  'robustness.weightsOne': {
    nl: 'Met één geldige inschrijving verandert geen gewicht de winnaar.',
    en: 'With one valid bid, no weight changes the winner.',
  },
  'robustness.weightsCaption': {
    nl: 'Gewichtswijziging waarbij de winnaar verandert (de winnaar daarna)',
    en: 'Weight change at which the winner changes (the winner beyond it)',
  },
  'robustness.target': { nl: 'Criterium of groep', en: 'Criterion or group' },
  'robustness.weight': { nl: 'Gewicht', en: 'Weight' },
  'robustness.up': { nl: 'Meer gewicht', en: 'More weight' },
  'robustness.down': { nl: 'Minder gewicht', en: 'Less weight' },
  'robustness.group': { nl: 'groep', en: 'group' },
  'robustness.noChange': { nl: 'geen wisseling', en: 'no change within the range' },
  'robustness.na': { nl: 'n.v.t.', en: 'n/a' },
  'robustness.tieCell': { nl: 'gelijk: {vs}', en: 'tie: {vs}' },
  'robustness.margins': { nl: 'Scoremarges', en: 'Score margins' },
  'robustness.marginsIntro': {
    nl: 'Per inschrijving die niet won: de kleinste verhoging van de score op één criterium waarmee zij zou winnen. Precies die verhoging geeft een gelijke stand; meer geeft de winst.',
    en: 'Per bid that did not win: the smallest increase of its score on one criterion that would make it win. Exactly that increase gives a tie; more gives the win.',
  },
  'robustness.marginLine': {
    nl: '{v} (rang {r}, {b} achter): wint met meer dan {inc} erbij op {c} (van {s} naar {n}, schaal {sc}).',
    en: '{v} (rank {r}, {b} behind): wins with more than {inc} added on {c} (from {s} to {n}, scale {sc}).',
  },
  'robustness.marginNone': {
    nl: '{v} (rang {r}, {b} achter): kan niet winnen op één criterium.',
    en: '{v} (rank {r}, {b} behind): cannot win on one criterion.',
  },
  'robustness.marginsMore': {
    nl: {
      one: 'En nog {count} inschrijving: zie de tabel.',
      other: 'En nog {count} inschrijvingen: zie de tabel.',
    },
    en: {
      one: 'And {count} more bid: see the table.',
      other: 'And {count} more bids: see the table.',
    },
  },
  'robustness.marginsNoOther': {
    nl: 'Er is geen andere geldige inschrijving.',
    en: 'There is no other valid bid.',
  },
  'robustness.marginsCaption': {
    nl: 'Kleinste scoreverhoging op één criterium waarmee een inschrijving wint',
    en: 'Smallest score increase on one criterion with which a bid wins',
  },
  'robustness.vendor': { nl: 'Inschrijver', en: 'Vendor' },
  'robustness.rank': { nl: 'Rang', en: 'Rank' },
  'robustness.behind': { nl: 'Achterstand', en: 'Behind' },
  'robustness.criterion': { nl: 'Criterium', en: 'Criterion' },
  'robustness.increase': { nl: 'Verhoging', en: 'Increase' },
  'robustness.needed': { nl: 'Nodig', en: 'Needed' },
  'robustness.cannot': {
    nl: 'kan niet winnen op één criterium',
    en: 'cannot win on one criterion',
  },
  'robustness.reversal': { nl: 'Rangomkering', en: 'Rank reversal' },
  'robustness.reversalIntro': {
    nl: 'Met de relatieve prijsformule hangen de prijspunten af van de laagste prijs: het terugtrekken of toevoegen van een inschrijving kan de volgorde van de andere veranderen (Telgen en Timmer 2016; Schotanus e.a. 2022).',
    en: 'With the relative price formula, price points depend on the lowest price: withdrawing or adding a bid can change the order of the others (Telgen and Timmer 2016; Schotanus et al. 2022).',
  },
  'robustness.bounds': {
    nl: 'De prijsformule tussen grenzen geeft elke prijs punten los van de andere inschrijvingen: terugtrekken of toevoegen van een inschrijving verandert de volgorde van de andere niet. Niet berekend.',
    en: 'The bounds price formula scores each price independently of the other bids: withdrawing or adding a bid does not change the order of the others. Skipped.',
  },
  'robustness.noPrice': {
    nl: 'Geen prijscriterium met gewicht: de punten van een inschrijving hangen niet af van de andere. Niet berekend.',
    en: "No price criterion with weight: a bid's points do not depend on the other bids. Skipped.",
  },
  'robustness.tooFew': {
    nl: 'Minder dan twee geldige inschrijvingen: er is geen volgorde die kan veranderen.',
    en: 'Fewer than two valid bids: there is no order that could change.',
  },
  'robustness.withdrawWinner': {
    nl: 'Trekt {v} zich terug, dan wordt de laagste prijs {p} en {out}.',
    en: 'If {v} withdraws, the lowest price becomes {p} and {out}.',
  },
  'robustness.withdrawOrder': {
    nl: 'Trekt {v} zich terug (de laagste prijs wordt dan {p}), dan verandert de volgorde van de andere: {pairs}.',
    en: 'If {v} withdraws (the lowest price becomes {p}), the order of the others changes: {pairs}.',
  },
  'robustness.withdrawNone': {
    nl: 'Het terugtrekken van een inschrijving die niet won, verandert de volgorde van de andere niet.',
    en: 'Withdrawing a bid that did not win does not change the order of the others.',
  },
  'robustness.addWinner': {
    nl: 'Komt er een goedkopere inschrijving bij, met een prijs tot {p} en boven {f} (zodat zij zelf niet wint), dan {out}.',
    en: 'If a cheaper bid is added, priced at or below {p} and above {f} (so it does not win itself), {out}.',
  },
  'robustness.addOrder': {
    nl: 'Een goedkopere inschrijving met een prijs tot {p} (die zelf niet wint) verandert de volgorde: {pairs}.',
    en: 'A cheaper bid priced at or below {p} (not winning itself) changes the order: {pairs}.',
  },
  'robustness.addNone': {
    nl: 'Een goedkopere inschrijving die zelf niet wint, verandert de volgorde van de andere niet.',
    en: 'A cheaper bid that does not win itself does not change the order of the others.',
  },
  'robustness.swap': { nl: '{a} en {b} wisselen van plaats', en: '{a} and {b} swap places' },
  'robustness.level': { nl: '{a} en {b} komen gelijk', en: '{a} and {b} draw level' },
  'robustness.part': {
    nl: '{a} en {b} staan niet meer gelijk ({first} gaat voor)',
    en: '{a} and {b} no longer tie ({first} goes ahead)',
  },
  'robustness.catchUp': {
    nl: '{b} komt naast of vóór {a}',
    en: '{b} draws level with or overtakes {a}',
  },
  'robustness.parts': { nl: '{a} en {b} staan niet meer gelijk', en: '{a} and {b} no longer tie' },
  'robustness.pairsMore': { nl: 'en nog {n}', en: 'and {n} more' },
  'robustness.reversalCaption': {
    nl: 'Paren die van volgorde veranderen als er een goedkopere inschrijving bijkomt',
    en: 'Pairs whose order changes when a cheaper bid is added',
  },
  'robustness.pair': { nl: 'Paar', en: 'Pair' },
  'robustness.now': { nl: 'Nu', en: 'Now' },
  'robustness.below': { nl: 'Bij een prijs tot', en: 'At a price up to' },
  'robustness.ahead': { nl: '{a} vóór {b}', en: '{a} ahead of {b}' },
  'robustness.tiedNow': { nl: 'gelijk', en: 'tied' },
  'robustness.evaluators': { nl: 'Beoordelaars', en: 'Evaluators' },
  'robustness.noPanel': {
    nl: 'Elke score komt van één beoordelaar: er is geen beoordelaar om weg te laten.',
    en: 'Every score comes from one evaluator: there is no evaluator to leave out.',
  },
  'robustness.leaveOut': {
    nl: 'Zonder de scores van beoordelaar {e} (de {e}e score van elke lijst) {out}. Bespreek de scores in het beoordelingsteam.',
    en: 'Without the scores of evaluator {e} (score number {e} of each list), {out}. Discuss the scores in the panel.',
  },
  'robustness.leaveOutNone': {
    nl: 'Het weglaten van één beoordelaar ({n} in het panel) verandert de winnaar niet.',
    en: 'Leaving out one evaluator ({n} on the panel) does not change the winner.',
  },
  'robustness.evaluatorsCaption': {
    nl: 'De winnaar zonder de scores van één beoordelaar',
    en: 'The winner without the scores of one evaluator',
  },
  'robustness.leftOut': { nl: 'Weggelaten beoordelaar', en: 'Evaluator left out' },
  'robustness.winner': { nl: 'Winnaar', en: 'Winner' },
  'robustness.gate': {
    nl: '--fail-if-fragile: de uitkomst is kwetsbaar (marge {margin} punten): {reasons}',
    en: '--fail-if-fragile: the outcome is fragile (margin {margin} points): {reasons}',
  },
  'robustness.marginAlone': {
    nl: '--margin werkt met --robustness of --fail-if-fragile: voeg er een toe, bijvoorbeeld inkoop score tender.yaml --fail-if-fragile --margin 3',
    en: '--margin works with --robustness or --fail-if-fragile: add one of them, e.g. inkoop score tender.yaml --fail-if-fragile --margin 3',
  },
  'robustness.badMargin': {
    nl: '--margin: verwacht een aantal punten, 0 of meer (een gewichtswijziging waarbinnen een andere winnaar als kwetsbaar telt), niet "{value}"',
    en: '--margin: expected a number of points, 0 or more (a weight change within which a change of winner counts as fragile), got "{value}"',
  },
} as const satisfies Messages;
