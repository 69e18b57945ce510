/** Messages of `inkoop design`: the simulation report, errors and notes. */
import type { Messages } from '../types.js';

export const design = {
  'design.title': {
    nl: 'Ontwerp van de gunning: simulatie van de prijsmethode',
    en: 'Award design: simulation of the price method',
  },
  'design.setup': {
    nl: '{runs} gegenereerde sets van {bids} inschrijvingen; prijzen van {low} tot {high} (spreiding {spread}); seed {seed}.',
    en: '{runs} generated sets of {bids} bids; prices from {low} to {high} (spread {spread}); seed {seed}.',
  },
  'design.price': {
    nl: 'Prijscriteria: {w} van {m} punten.',
    en: 'Price criteria: {w} of {m} points.',
  },
  'design.bounds': {
    nl: 'Grenzen voor de methode tussen grenzen: {b} (alle punten) en {w} (geen punten).',
    en: 'Bounds for the bounds method: {b} (all points) and {w} (no points).',
  },
  'design.titleMethods': {
    nl: 'Ontwerp van de gunning: simulatie van gunningsmethoden naast elkaar',
    en: 'Award design: simulation of award methods side by side',
  },
  'design.method.weighted': { nl: 'Gewogen factorenmethode', en: 'Weighted factor method' },
  'design.method.fictitiousPrice': { nl: 'Fictieve inschrijfprijs', en: 'Fictitious price' },
  'design.method.pricePerPoint': {
    nl: 'Prijs per kwaliteitspunt',
    en: 'Price per quality point',
  },
  'design.method.utilityIndex': { nl: 'Nutsindex', en: 'Utility index' },
  'design.method.lowestPrice': { nl: 'Laagste prijs', en: 'Lowest price' },
  'design.method.lowestCost': { nl: 'Laagste kosten', en: 'Lowest cost' },
  'design.formula.relative': { nl: 'relatief', en: 'relative' },
  'design.formula.bounds': { nl: 'tussen grenzen', en: 'bounds' },
  'design.formula.log': { nl: 'logaritmisch', en: 'logarithmic' },
  'design.canReverse': {
    nl: '{m}: rangomkering kan. Het terugtrekken of toevoegen van één inschrijving die niet won, veranderde de winnaar in {rel} van de sets.',
    en: '{m}: rank reversal can happen. Withdrawing or adding one bid that did not win changed the winner in {rel} of the sets.',
  },
  'design.cannotReverse': {
    nl: '{m}: geen rangomkering: elke inschrijving wordt los van de andere gewaardeerd.',
    en: '{m}: no rank reversal: each bid is valued on its own.',
  },
  'design.utilityNeedsPrice': {
    nl: '--methods utility_index heeft een prijscriterium met een gewicht nodig (price: true) in de aanbesteding',
    en: '--methods utility_index needs a price criterion with a weight (price: true) in the tender',
  },
  'design.unknownMethod': {
    nl: '--methods: onbekende gunningsmethode "{value}"{suggestion}; kies uit {methods}',
    en: '--methods: unknown award method "{value}"{suggestion}; choose from {methods}',
  },
  'design.metric': { nl: 'In hoeveel sets', en: 'In how many sets' },
  'design.relative': { nl: 'Relatief', en: 'Relative' },
  'design.boundsM': { nl: 'Tussen grenzen', en: 'Bounds' },
  'design.chosen': { nl: ' (gekozen)', en: ' (chosen)' },
  'design.ties': { nl: 'Gelijke stand om de eerste plaats', en: 'Tie for first place' },
  'design.withdrawalWinner': {
    nl: 'Winnaar verandert als een verliezer zich terugtrekt',
    en: 'Winner changes when a losing bid withdraws',
  },
  'design.withdrawalOrder': {
    nl: 'Volgorde verandert als een verliezer zich terugtrekt',
    en: 'Order changes when a losing bid withdraws',
  },
  'design.additionWinner': {
    nl: 'Winnaar verandert als er een goedkopere inschrijving bijkomt',
    en: 'Winner changes when a cheaper bid is added',
  },
  'design.additionOrder': {
    nl: 'Volgorde verandert als er een goedkopere inschrijving bijkomt',
    en: 'Order changes when a cheaper bid is added',
  },
  'design.additionWinnerBest': {
    nl: 'Winnaar verandert als er een inschrijving met de hoogste kwaliteit bijkomt',
    en: 'Winner changes when a bid of the highest quality is added',
  },
  'design.additionOrderBest': {
    nl: 'Volgorde verandert als er een inschrijving met de hoogste kwaliteit bijkomt',
    en: 'Order changes when a bid of the highest quality is added',
  },
  'design.additionWinnerAny': {
    nl: 'Winnaar verandert als er een inschrijving bijkomt (*)',
    en: 'Winner changes when a bid is added (*)',
  },
  'design.additionOrderAny': {
    nl: 'Volgorde verandert als er een inschrijving bijkomt (*)',
    en: 'Order changes when a bid is added (*)',
  },
  'design.additionNote': {
    nl: '(*) De toegevoegde inschrijving: bij de nutsindex een met de hoogste score op elk criterium (zij verschuift de beste kwaliteit), bij de andere methoden een goedkopere zonder kwaliteit (zij verschuift de laagste prijs).',
    en: '(*) The bid added: under the utility index one with the top score on every criterion (it moves the best quality), under the other methods a cheaper one without quality (it moves the lowest price).',
  },
  'design.weightWinner': {
    nl: 'Winnaar verandert bij een gewichtswijziging tot {m} punten',
    en: 'Winner changes with a weight change of up to {m} points',
  },
  'design.fragile': {
    nl: 'Kwetsbaar (zoals --fail-if-fragile oordeelt)',
    en: 'Fragile (as --fail-if-fragile judges it)',
  },
  'design.noPrice': {
    nl: 'Geen prijscriterium met gewicht: de prijsmethode maakt voor de uitkomst niets uit.',
    en: 'No price criterion with weight: the price method makes no difference to the outcome.',
  },
  'design.reversal': {
    nl: 'Met de relatieve methode veranderde de winnaar in {rel} van de sets door het terugtrekken of toevoegen van één inschrijving die niet won (rangomkering). Met de methode tussen grenzen kan dat niet: elke prijs krijgt punten los van de andere inschrijvingen.',
    en: 'With the relative method, withdrawing or adding one bid that did not win changed the winner in {rel} of the sets (rank reversal). With the bounds method that cannot happen: each price earns points independently of the other bids.',
  },
  'design.noReversal': {
    nl: 'In geen enkele set veranderde de winnaar door het terugtrekken of toevoegen van één inschrijving.',
    en: 'In no set did withdrawing or adding one bid change the winner.',
  },
  'design.tiesText': {
    nl: 'Gelijke standen om de eerste plaats: {rel} (relatief) en {bnd} (tussen grenzen).',
    en: 'Ties for first place: {rel} (relative) and {bnd} (bounds).',
  },
  'design.weightsText': {
    nl: 'Een gewichtswijziging tot {m} punten veranderde de winnaar in {rel} (relatief) en {bnd} (tussen grenzen) van de sets.',
    en: 'A weight change of up to {m} points changed the winner in {rel} (relative) and {bnd} (bounds) of the sets.',
  },
  'design.chosenText': {
    nl: 'Deze aanbesteding gebruikt nu: {m}.',
    en: 'This tender uses now: {m}.',
  },
  'design.generated': {
    nl: 'De inschrijvingen zijn gegenereerd: een kwaliteitsniveau tussen 40% en 90% van de schaal dat voor de helft met de prijs meeloopt, per criterium 15% van de schaal meer of minder, afgerond op een tiende van de schaal. Dezelfde seed geeft dezelfde sets.',
    en: 'The bids are generated: a quality level between 40% and 90% of the scale, half of it following the price, per criterion 15% of the scale more or less, rounded to a tenth of the scale. The same seed gives the same sets.',
  },
  'design.ignoredBids': {
    nl: {
      one: 'inkoop design: de {count} inschrijving in het aanbestedingsbestand telt niet mee; de simulatie maakt haar eigen inschrijvingen',
      other:
        'inkoop design: de {count} inschrijvingen in het aanbestedingsbestand tellen niet mee; de simulatie maakt haar eigen inschrijvingen',
    },
    en: {
      one: 'inkoop design: the {count} bid in the tender file is ignored; the simulation generates its own',
      other:
        'inkoop design: the {count} bids in the tender file are ignored; the simulation generates its own',
    },
  },
  'design.expected': {
    nl: '--{name}: verwacht {what}, niet "{value}"',
    en: '--{name}: expected {what}, got "{value}"',
  },
  'design.whatBids': {
    nl: 'een geheel aantal inschrijvingen per set, 2 tot en met 200',
    en: 'a whole number of bids per set, 2 to 200',
  },
  'design.whatRuns': {
    nl: 'een geheel aantal sets, 1 tot en met 100000',
    en: 'a whole number of sets, 1 to 100000',
  },
  'design.whatSeed': {
    nl: 'een geheel getal van 0 tot en met 4294967295',
    en: 'a whole number from 0 to 4294967295',
  },
  'design.whatMargin': { nl: 'een aantal punten, 0 of meer', en: 'a number of points, 0 or more' },
  'design.whatEuros': {
    nl: 'een bedrag in euro, meer dan 0, met hoogstens twee decimalen',
    en: 'an amount in euros, more than 0, at most two decimals',
  },
  'design.badSpread': {
    nl: '--spread: verwacht de spreiding van de prijzen als percentage of als fractie, meer dan 0 en hoogstens 1000%, zoals 30% of 0.3, niet "{value}"',
    en: '--spread: expected the price spread as a percentage or a fraction, more than 0 and at most 1000%, like 30% or 0.3, got "{value}"',
  },
  'design.bestWorstTogether': {
    nl: '--best en --worst horen bij elkaar: geef beide, de grenzen van de methode tussen grenzen in euro (best < worst)',
    en: '--best and --worst go together: give both, the bounds of the bounds method in euros (best < worst)',
  },
  'design.bestBelowWorst': {
    nl: '--best moet lager zijn dan --worst, niet {best} en {worst}',
    en: '--best must be lower than --worst, got {best} and {worst}',
  },
  'design.tenderBounds': {
    nl: '--best en --worst: de aanbesteding heeft eigen grenzen (method: bounds); laat de opties of de grenzen weg',
    en: '--best and --worst: the tender sets its own bounds (method: bounds); remove the options or the bounds',
  },
  'design.lowPrice': { nl: '--low-price: minstens 1 euro', en: '--low-price: at least 1 euro' },
} as const satisfies Messages;
