/** Messages of `inkoop score` and `inkoop criteria`: the report in every format, the starting tender file, errors and notes. */
import type { Messages } from '../types.js';

export const score = {
  'score.report': { nl: 'Beoordeling inschrijvingen', en: 'Evaluation of bids' },
  'score.rank': { nl: 'Rang', en: 'Rank' },
  'score.vendor': { nl: 'Inschrijver', en: 'Vendor' },
  'score.price': { nl: 'Prijs', en: 'Price' },
  'score.total': { nl: 'Totaal', en: 'Total' },
  'score.criterion': { nl: 'Criterium', en: 'Criterion' },
  'score.score': { nl: 'Score', en: 'Score' },
  'score.formula': { nl: 'Berekening', en: 'Calculation' },
  'score.points': { nl: 'Punten', en: 'Points' },
  'score.weight': { nl: 'Punten', en: 'Points' },
  'score.share': { nl: 'Aandeel', en: 'Share' },
  'score.id': { nl: 'Id', en: 'Id' },
  'score.priceMark': { nl: 'prijs', en: 'price' },
  'score.max': {
    nl: 'Maximaal {max} punten (beste prijs-kwaliteitverhouding, gewogen factorenmethode).',
    en: 'At most {max} points (best price-quality ratio, weighted factor method).',
  },
  'score.relative': {
    nl: 'Prijs: relatief, gewicht × laagste prijs / prijs',
    en: 'Price: relative, weight × lowest price / price',
  },
  'score.bounds': {
    nl: 'Prijs: tussen grenzen, gewicht × ({worst} − prijs) / ({worst} − {best}), tussen 0 en het gewicht',
    en: 'Price: between bounds, weight × ({worst} − price) / ({worst} − {best}), between 0 and the weight',
  },
  'score.lowest': { nl: 'laagste geldige prijs {price}', en: 'lowest valid price {price}' },
  'score.budget': { nl: 'budget {price}', en: 'budget {price}' },
  'score.winner': {
    nl: 'Winnaar: {vendor}, met {total} van {max} punten.',
    en: 'Winner: {vendor}, with {total} of {max} points.',
  },
  'score.tie': {
    nl: 'Gelijke stand: {vendors} delen de eerste plaats met {total} punten. Er is geen winnaar; beslis volgens de regel voor een gelijke stand in de aanbestedingsstukken.',
    en: 'Tie: {vendors} share first place with {total} points. There is no winner; decide by the tie-break rule in the tender documents.',
  },
  'score.tieBroken': {
    nl: 'Gelijke stand: {vendors} delen de eerste plaats met {total} punten. {winner} wint volgens de regel voor een gelijke stand uit de aanbestedingsstukken ({rule}).',
    en: 'Tie: {vendors} share first place with {total} points. {winner} wins under the tie-break rule of the tender documents ({rule}).',
  },
  'score.tieRuleHighest': {
    nl: 'de meeste punten op {name}',
    en: 'the most points on {name}',
  },
  'score.tieRuleLowestPrice': { nl: 'de laagste prijs', en: 'the lowest price' },
  'score.tieRuleLot': {
    nl: 'loting op {date} door {by}',
    en: 'lots drawn on {date} by {by}',
  },
  'score.tieAt': {
    nl: 'Gelijke stand op plaats {rank}: {vendors}.',
    en: 'Tie at place {rank}: {vendors}.',
  },
  'score.none': {
    nl: 'Geen geldige inschrijving: elke inschrijving is uitgesloten. Er is geen winnaar.',
    en: 'No valid bid: every bid is excluded. There is no winner.',
  },
  'score.excluded': {
    nl: 'Uitgesloten (geen totaal, geen rang)',
    en: 'Excluded (no total, no rank)',
  },
  'score.excludedShort': { nl: 'uitgesloten', en: 'excluded' },
  'score.knockoutFalse': {
    nl: 'knock-out niet gehaald: {requirement}',
    en: 'knock-out not met: {requirement}',
  },
  'score.knockoutMissing': {
    nl: 'knock-out niet beantwoord: {requirement}',
    en: 'knock-out not answered: {requirement}',
  },
  'score.overBudget': {
    nl: 'prijs {price} boven het budget van {budget}',
    en: 'price {price} above the budget of {budget}',
  },
  'score.spreadTitle': {
    nl: 'Let op: beoordelaars lopen ver uiteen (spreiding groter dan een derde van de schaal)',
    en: 'Note: evaluators disagree widely (spread larger than a third of the scale)',
  },
  'score.spread': {
    nl: '{scores} (spreiding {spread} > {limit})',
    en: '{scores} (spread {spread} > {limit})',
  },
  'score.explain': { nl: 'Toelichting per inschrijving', en: 'Explanation per bid' },
  'score.rankOf': { nl: 'rang {rank}, {total} punten', en: 'rank {rank}, {total} points' },
  'score.tcoSource': {
    nl: 'netto contante waarde van optie "{option}" in {file}',
    en: 'net present value of option "{option}" in {file}',
  },
  'score.atBest': { nl: 'prijs ≤ {best}: alle punten', en: 'price ≤ {best}: all points' },
  'score.atWorst': { nl: 'prijs ≥ {worst}: geen punten', en: 'price ≥ {worst}: no points' },
  'score.and': { nl: 'en', en: 'and' },
  'score.rounding': {
    nl: 'Punten zijn afgerond weergegeven; totalen en rangen zijn berekend met de onafgeronde punten.',
    en: 'Points are shown rounded; totals and ranks are computed from the unrounded points.',
  },
  'score.criteriaTitle': { nl: 'Gunningscriteria', en: 'Award criteria' },
  'score.yaml.head': {
    nl: '# Aanbesteding voor `inkoop score`: gunningscriteria en inschrijvingen.\n# Vul de inschrijvingen in en run: inkoop score <dit bestand>\n# Formaat: zie `inkoop score --help` en schemas/tender.schema.json.',
    en: '# A tender for `inkoop score`: award criteria and bids.\n# Fill in the bids and run: inkoop score <this file>\n# Format: see `inkoop score --help` and schemas/tender.schema.json.',
  },
  'score.yaml.title': { nl: 'Aanbesteding (onderwerp)', en: 'Tender (subject)' },
  'score.yaml.scale': { nl: 'scores lopen van 0 tot 10', en: 'scores run from 0 to 10' },
  'score.yaml.criteria': {
    nl: '# Gunningscriteria; het gewicht is het aantal punten. Een groep telt de punten van zijn criteria op.',
    en: '# Award criteria; the weight is the number of points. A group adds up the points of its criteria.',
  },
  'score.yaml.price': {
    nl: '# relative: gewicht × laagste prijs / prijs; of bounds met best en worst (in euro).',
    en: '# relative: weight × lowest price / price; or bounds with best and worst (in euros).',
  },
  'score.yaml.budget': {
    nl: '# budget: 500000        # een inschrijving boven het budget wordt uitgesloten',
    en: '# budget: 500000        # a bid above the budget is excluded',
  },
  'score.yaml.knockouts': {
    nl: '# knockouts:             # minimumeisen; elke inschrijving moet ze halen\n#   - ISO 27001-certificering',
    en: '# knockouts:             # minimum requirements every bid must meet\n#   - ISO 27001 certification',
  },
  'score.yaml.bids': {
    nl: '# Eén inschrijving per leverancier; score per criterium (een lijst = één score per beoordelaar).\n# ~ is nog niet gescoord: zolang een score ~ is, noemt inkoop score geen winnaar.',
    en: '# One bid per vendor; a score per criterion (a list = one score per evaluator).\n# ~ is not scored yet: while a score is ~, inkoop score names no winner.',
  },
  'score.yaml.vendor': { nl: 'Leverancier A', en: 'Vendor A' },
  'score.yaml.priceNote': { nl: 'in euro, exclusief btw', en: 'in euros, excluding VAT' },
  'score.html.subtitle': {
    nl: 'Gunning op beste prijs-kwaliteitverhouding (gewogen factorenmethode)',
    en: 'Award on the best price-quality ratio (weighted factor method)',
  },
  'score.html.outcome': { nl: 'Uitkomst', en: 'Outcome' },
  'score.html.method': { nl: 'Zo is beoordeeld', en: 'How bids were scored' },
  'score.html.maxPoints': { nl: 'Maximaal aantal punten', en: 'Maximum points' },
  'score.html.priceMethod': { nl: 'Prijsformule', en: 'Price formula' },
  'score.html.relative': {
    nl: 'relatief: gewicht × laagste geldige prijs / prijs',
    en: 'relative: weight × lowest valid price / price',
  },
  'score.html.bounds': {
    nl: 'tussen grenzen: een prijs op of onder {best} krijgt alle punten, op of boven {worst} geen; daartussen naar rato',
    en: 'between bounds: a price at or below {best} earns all points, at or above {worst} none; in proportion in between',
  },
  'score.html.lowest': { nl: 'Laagste geldige prijs', en: 'Lowest valid price' },
  'score.html.budget': { nl: 'Budget (plafond)', en: 'Budget (ceiling)' },
  'score.html.budgetNote': {
    nl: 'een hogere prijs sluit de inschrijving uit',
    en: 'a higher price excludes the bid',
  },
  'score.html.knockouts': {
    nl: 'Knock-outcriteria (minimumeisen)',
    en: 'Knock-out requirements (minimum requirements)',
  },
  'score.html.none': { nl: 'geen', en: 'none' },
  'score.html.bids': { nl: 'Inschrijvingen', en: 'Bids' },
  'score.html.bidsCount': {
    nl: '{valid} beoordeeld, {excluded} uitgesloten',
    en: '{valid} scored, {excluded} excluded',
  },
  'score.html.ranking': { nl: 'Rangorde', en: 'Ranking' },
  'score.html.chartTitle': {
    nl: 'Punten per inschrijving, verdeeld over de groepen criteria',
    en: 'Points per bid, split into the criterion groups',
  },
  'score.html.chartNote': {
    nl: 'De tabel hieronder bevat dezelfde cijfers.',
    en: 'The table below holds the same figures.',
  },
  'score.html.chartDesc': {
    nl: 'Horizontale staven in volgorde van rang. {items}',
    en: 'Horizontal bars in order of rank. {items}',
  },
  'score.html.bidAxis': { nl: 'Inschrijver', en: 'Bid' },
  'score.html.pointsAxis': { nl: 'Punten (maximaal {max})', en: 'Points (at most {max})' },
  'score.html.rankingCaption': {
    nl: 'Rangorde met punten per groep criteria',
    en: 'Ranking with points per criterion group',
  },
  'score.html.rank': { nl: 'Rang', en: 'Rank' },
  'score.html.vendor': { nl: 'Inschrijver', en: 'Vendor' },
  'score.html.price': { nl: 'Prijs', en: 'Price' },
  'score.html.total': { nl: 'Totaal', en: 'Total' },
  'score.html.maximum': { nl: 'Maximaal', en: 'Maximum' },
  'score.html.pointsTitle': { nl: 'Punten per criterium', en: 'Points per criterion' },
  'score.html.pointsCaption': {
    nl: 'Punten per criterium en inschrijving (score tussen haakjes)',
    en: 'Points per criterion and bid (score in brackets)',
  },
  'score.html.rankOne': { nl: 'rang {a}', en: 'rank {a}' },
  'score.html.ranks': { nl: 'rang {a} tot en met {b}', en: 'ranks {a} to {b}' },
  'score.html.criterion': { nl: 'Criterium', en: 'Criterion' },
  'score.html.weight': { nl: 'Max.', en: 'Max.' },
  'score.html.excluded': { nl: 'Uitgesloten inschrijvingen', en: 'Excluded bids' },
  'score.html.excludedIntro': {
    nl: 'Een uitgesloten inschrijving krijgt geen punten en geen rang, en haar prijs telt niet als laagste prijs.',
    en: 'An excluded bid gets no points and no rank, and its price does not count as the lowest price.',
  },
  'score.html.excludedCaption': {
    nl: 'Uitgesloten inschrijvingen met de reden',
    en: 'Excluded bids with the reason',
  },
  'score.html.reasons': { nl: 'Reden', en: 'Reason' },
  'score.html.noneExcluded': { nl: 'Geen inschrijving is uitgesloten.', en: 'No bid is excluded.' },
  'score.html.spreads': { nl: 'Spreiding tussen beoordelaars', en: 'Spread between evaluators' },
  'score.html.spreadsIntro': {
    nl: 'Waar meerdere beoordelaars een criterium scoorden, telt het gemiddelde. Een spreiding groter dan een derde van de schaal is gemarkeerd: bespreek die in het beoordelingsteam vóór de gunningsbeslissing.',
    en: 'Where several evaluators scored a criterion, their mean counts. A spread larger than a third of the scale is marked: discuss it in the evaluation panel before the award decision.',
  },
  'score.html.spreadsCaption': {
    nl: 'Scores van de beoordelaars per inschrijving en criterium',
    en: "Evaluators' scores per bid and criterion",
  },
  'score.html.evaluators': { nl: 'Scores beoordelaars', en: "Evaluators' scores" },
  'score.html.mean': { nl: 'Gemiddelde', en: 'Mean' },
  'score.html.spread': { nl: 'Spreiding', en: 'Spread' },
  'score.html.limit': { nl: 'Grens', en: 'Limit' },
  'score.html.status': { nl: 'Beoordeling', en: 'Assessment' },
  'score.html.wide': { nl: 'groot: bespreken', en: 'wide: discuss' },
  'score.html.fine': { nl: 'binnen de grens', en: 'within the limit' },
  'score.html.noPanels': {
    nl: 'Elke score is door één beoordelaar gegeven; er is geen spreiding te tonen.',
    en: 'Every score was given by one evaluator; there is no spread to show.',
  },
  'score.html.wideCount': {
    nl: {
      one: '{count} spreiding is groter dan een derde van de schaal.',
      other: '{count} spreidingen zijn groter dan een derde van de schaal.',
    },
    en: {
      one: '{count} spread is larger than a third of the scale.',
      other: '{count} spreads are larger than a third of the scale.',
    },
  },
  'score.html.explain': { nl: 'Toelichting per inschrijving', en: 'Explanation per bid' },
  'score.html.robustness': { nl: 'Robuustheid van de uitkomst', en: 'How firm is the outcome' },
  'score.html.fragile': { nl: 'Kwetsbaar', en: 'Fragile' },
  'score.html.level.ok': { nl: 'In orde', en: 'Fine' },
  'score.html.level.note': { nl: 'Opmerking', en: 'Note' },
  'score.html.level.fragile': { nl: 'Kwetsbaar', en: 'Fragile' },
  'score.html.firm': { nl: 'Stevig', en: 'Firm' },
  'score.html.rounding': {
    nl: 'Punten staan afgerond op twee decimalen; totalen en rangen zijn berekend met de onafgeronde punten.',
    en: 'Points are shown rounded to two decimals; totals and ranks are computed from the unrounded points.',
  },
  'score.html.made': {
    nl: 'Gemaakt met inkoop {version} (NeRDS principe 12).',
    en: 'Made with inkoop {version} (NeRDS principle 12).',
  },
  'score.badFailUnder': {
    nl: '--fail-under: verwacht een aantal punten, 0 of meer, niet "{value}"',
    en: '--fail-under: expected a number of points, 0 or more, got "{value}"',
  },
  'score.failUnderTooHigh': {
    nl: '--fail-under {threshold} is meer dan de {max} punten die een inschrijving in deze aanbesteding kan halen; geen inschrijving kan de drempel halen',
    en: '--fail-under {threshold} is more than the {max} points a bid can earn in this tender; no bid could pass',
  },
  'score.failUnderNoValid': {
    nl: '--fail-under {threshold}: geen geldige inschrijving (elke inschrijving is uitgesloten)',
    en: '--fail-under {threshold}: no valid bid (every bid is excluded)',
  },
  'score.failUnderBelow': {
    nl: '--fail-under {threshold}: het beste totaal is {total} punten ({vendors}), onder de drempel',
    en: '--fail-under {threshold}: the best total is {total} points ({vendors}), below the threshold',
  },
} as const satisfies Messages;
