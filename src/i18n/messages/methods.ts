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
  'methods.winner': {
    nl: 'Winnaar: {vendor}, met {value}.',
    en: 'Winner: {vendor}, with {value}.',
  },
  'methods.tie': {
    nl: 'Gelijke stand: {vendors} delen de eerste plaats met {value}. Er is geen winnaar; beslis volgens de regel voor een gelijke stand in de aanbestedingsstukken.',
    en: 'Tie: {vendors} share first place with {value}. There is no winner; decide by the tie-break rule in the tender documents.',
  },
  'methods.tieBroken': {
    nl: 'Gelijke stand: {vendors} delen de eerste plaats met {value}. {winner} wint volgens de regel voor een gelijke stand uit de aanbestedingsstukken ({rule}).',
    en: 'Tie: {vendors} share first place with {value}. {winner} wins under the tie-break rule of the tender documents ({rule}).',
  },
  'methods.rankOf': { nl: 'rang {rank}, {value}', en: 'rank {rank}, {value}' },
  'methods.qualityMinNote': {
    nl: 'minimaal {min} kwaliteitspunten',
    en: 'at least {min} quality points',
  },
  'methods.log': {
    nl: 'Prijs: logaritmisch, gewicht × max(0, 1 − ln(prijs / laagste prijs) / ln {factor}); bij {factor} × de laagste prijs geen punten',
    en: 'Price: logarithmic, weight × max(0, 1 − ln(price / lowest price) / ln {factor}); no points at {factor} × the lowest price',
  },
  'methods.sentence.fictitiousPrice': {
    nl: 'Fictieve inschrijfprijs (gunnen op waarde): prijs − de waarde van de kwaliteit (per criterium de waarde in euro × het aandeel dat de score oplevert); de laagste fictieve inschrijfprijs wint',
    en: 'Fictitious price (award on value): price − the value of quality (per criterion its value in euros × the share its score earns); the lowest fictitious price wins',
  },
  'methods.sentence.pricePerPoint': {
    nl: 'Prijs per kwaliteitspunt: prijs / kwaliteitspunten (maximaal {max}); de laagste prijs per punt wint',
    en: 'Price per quality point: price / quality points (at most {max}); the lowest price per point wins',
  },
  'methods.sentence.utilityIndex': {
    nl: 'Nutsindex (waarde voor geld): ((1 − (Qbest − Qi) × N) / Pi) × Pbest, met Q de kwaliteitspunten als deel van het maximum, N = {n} (gewicht kwaliteit / gewicht prijs) en Pbest de laagste geldige prijs; de hoogste index wint',
    en: 'Utility index (value for money): ((1 − (Qbest − Qi) × N) / Pi) × Pbest, with Q the quality points as a share of the maximum, N = {n} (quality weight / price weight) and Pbest the lowest valid price; the highest index wins',
  },
  'methods.sentence.lowestPrice': {
    nl: 'Laagste prijs: de laagste prijs wint; kwaliteitscriteria gelden alleen als minimum',
    en: 'Lowest price: the lowest price wins; quality criteria act only as minimums',
  },
  'methods.sentence.lowestCost': {
    nl: 'Laagste kosten op basis van levenscycluskosten: de laagste kosten (netto contante waarde uit `inkoop tco`, anders de prijs) winnen',
    en: 'Lowest cost on a life-cycle basis: the lowest cost (net present value from `inkoop tco`, else the price) wins',
  },
  'methods.name.weighted': {
    nl: 'gewogen factorenmethode (beste prijs-kwaliteitverhouding)',
    en: 'weighted factor method (best price-quality ratio)',
  },
  'methods.name.fictitiousPrice': {
    nl: 'fictieve inschrijfprijs (gunnen op waarde)',
    en: 'fictitious price (award on value)',
  },
  'methods.name.pricePerPoint': {
    nl: 'prijs per kwaliteitspunt',
    en: 'price per quality point',
  },
  'methods.name.utilityIndex': {
    nl: 'nutsindex (waarde voor geld)',
    en: 'utility index (value for money)',
  },
  'methods.name.lowestPrice': { nl: 'laagste prijs', en: 'lowest price' },
  'methods.name.lowestCost': {
    nl: 'laagste kosten op basis van levenscycluskosten',
    en: 'lowest cost on a life-cycle basis',
  },
  'methods.phrase.weighted': { nl: '{value} punten', en: '{value} points' },
  'methods.phrase.fictitiousPrice': {
    nl: 'een fictieve inschrijfprijs van {value}',
    en: 'a fictitious price of {value}',
  },
  'methods.phrase.pricePerPoint': {
    nl: 'een prijs per kwaliteitspunt van {value}',
    en: 'a price per quality point of {value}',
  },
  'methods.phrase.utilityIndex': {
    nl: 'een nutsindex van {value}',
    en: 'a utility index of {value}',
  },
  'methods.phrase.lowestPrice': { nl: 'een prijs van {value}', en: 'a price of {value}' },
  'methods.phrase.lowestCost': { nl: 'kosten van {value}', en: 'a cost of {value}' },
  'methods.column.fictitiousPrice': { nl: 'Fictieve prijs', en: 'Fictitious price' },
  'methods.column.pricePerPoint': { nl: 'Prijs per punt', en: 'Price per point' },
  'methods.column.utilityIndex': { nl: 'Nutsindex', en: 'Utility index' },
  'methods.column.lowestPrice': { nl: 'Prijs', en: 'Price' },
  'methods.column.lowestCost': { nl: 'Kosten', en: 'Cost' },
  'methods.column.weighted': { nl: 'Totaal', en: 'Total' },
  'methods.column.earned': { nl: 'Kwaliteitswaarde', en: 'Quality value' },
  'methods.column.quality': { nl: 'Kwaliteitspunten', en: 'Quality points' },
  'methods.cost': { nl: 'Kosten', en: 'Cost' },
  'methods.toWin.title': { nl: 'Omslagprijs', en: 'Price to win' },
  'methods.toWin.titleCost': { nl: 'Omslagkosten', en: 'Cost to win' },
  'methods.toWin.intro': {
    nl: 'De prijs waarbij een inschrijving, verder ongewijzigd, gelijk eindigt met de nummer één (voor de winnaar: met de nummer twee); alle inschrijvingen opnieuw beoordeeld.',
    en: 'The price at which a bid, all else equal, would tie the bid ranked first (for the winner: the runner-up); every bid rescored.',
  },
  'methods.toWin.introCost': {
    nl: 'De kosten waarbij een inschrijving, verder ongewijzigd, gelijk eindigt met de nummer één (voor de winnaar: met de nummer twee).',
    en: 'The cost at which a bid, all else equal, would tie the bid ranked first (for the winner: the runner-up).',
  },
  'methods.toWin.price.winner': {
    nl: 'blijft eerste tot en met een prijs van {price} ({diff} ruimte)',
    en: 'stays first up to a price of {price} ({diff} of room)',
  },
  'methods.toWin.price.other': {
    nl: 'komt gelijk met de nummer één bij een prijs van {price} ({diff} lager)',
    en: 'would tie the first at a price of {price} ({diff} lower)',
  },
  'methods.toWin.price.any': {
    nl: 'blijft eerste bij elke prijs',
    en: 'stays first at any price',
  },
  'methods.toWin.price.anyBudget': {
    nl: 'blijft eerste bij elke prijs tot het budget',
    en: 'stays first at any price up to the budget',
  },
  'methods.toWin.price.none': {
    nl: 'wordt bij geen enkele prijs eerste',
    en: 'cannot come first at any price',
  },
  'methods.toWin.cost.winner': {
    nl: 'blijft eerste tot en met kosten van {price} ({diff} ruimte)',
    en: 'stays first up to a cost of {price} ({diff} of room)',
  },
  'methods.toWin.cost.other': {
    nl: 'komt gelijk met de nummer één bij kosten van {price} ({diff} lager)',
    en: 'would tie the first at a cost of {price} ({diff} lower)',
  },
  'methods.toWin.cost.any': {
    nl: 'blijft eerste bij elke hoogte van de kosten',
    en: 'stays first at any cost',
  },
  'methods.toWin.cost.anyBudget': {
    nl: 'blijft eerste bij alle kosten tot het budget',
    en: 'stays first at any cost up to the budget',
  },
  'methods.toWin.cost.none': {
    nl: 'wordt bij geen enkele hoogte van de kosten eerste',
    en: 'cannot come first at any cost',
  },
  'methods.formula': { nl: 'Berekening', en: 'Calculation' },
  'methods.weightsUnused': {
    nl: 'let op: method {method} gebruikt geen gewichten; de gewichten in het aanbestedingsbestand tellen niet mee',
    en: 'note: method {method} uses no weights; the weights in the tender file do not count',
  },
  'methods.priceCriteriaUnused': {
    nl: 'let op: method {method} neemt de prijs van de inschrijving zelf; prijscriterium {ids} telt niet mee',
    en: "note: method {method} takes the bid's price itself; price criterion {ids} does not count",
  },
  'methods.html.method': { nl: 'Gunningsmethode', en: 'Award method' },
  'methods.html.formula': { nl: 'Formule', en: 'Formula' },
  'methods.html.subtitle': {
    nl: 'Gunning volgens de methode {method}',
    en: 'Award by the method {method}',
  },
  'methods.yaml.weighted': {
    nl: 'gewogen factorenmethode: de meeste punten winnen',
    en: 'weighted factor method: the most points win',
  },
  'methods.yaml.fictitiousPrice': {
    nl: 'prijs − waarde van de kwaliteit; de laagste fictieve prijs wint',
    en: 'price − value of quality; the lowest fictitious price wins',
  },
  'methods.yaml.pricePerPoint': {
    nl: 'prijs / kwaliteitspunten; de laagste wint',
    en: 'price / quality points; the lowest wins',
  },
  'methods.yaml.utilityIndex': {
    nl: 'nutsindex (waarde voor geld); de hoogste wint',
    en: 'utility index (value for money); the highest wins',
  },
  'methods.yaml.lowestPrice': {
    nl: 'de laagste prijs wint',
    en: 'the lowest price wins',
  },
  'methods.yaml.lowestCost': {
    nl: 'de laagste levenscycluskosten (tco:) of prijs winnen',
    en: 'the lowest life-cycle cost (tco:) or price wins',
  },
  'methods.yaml.criteriaValue': {
    nl: '# Kwaliteitscriteria met hun waarde in euro: het meeste dat een inschrijving er verdient (score 3 = 100%, 2 = 60%, 1 = 25%, NR = -50%).',
    en: '# Quality criteria with their value in euros: the most a bid earns there (score 3 = 100%, 2 = 60%, 1 = 25%, NR = -50%).',
  },
  'methods.yaml.onlyMinimums': {
    nl: 'alleen als minimum, bijvoorbeeld:',
    en: 'only as minimums, for example:',
  },
  'methods.yaml.tcoNote': {
    nl: 'in plaats van price: de netto contante waarde',
    en: 'instead of price: the net present value',
  },
  'methods.cli.method': {
    nl: 'met --format yaml: een begin van een aanbestedingsbestand voor deze gunningsmethode ({methods})',
    en: 'with --format yaml: a starting tender file for this award method ({methods})',
  },
  'methods.ph.method': { nl: 'methode', en: 'method' },
  'methods.cli.unknownMethod': {
    nl: 'onbekende gunningsmethode "{method}"{suggestion}; kies uit {methods}',
    en: 'unknown award method "{method}"{suggestion}; choose from {methods}',
  },
  'methods.cli.methodNeedsYaml': {
    nl: '--method hoort bij --format yaml (een begin van een aanbestedingsbestand)',
    en: '--method goes with --format yaml (a starting tender file)',
  },
  'methods.award.openingWinner': {
    nl: 'Wij hebben de inschrijvingen op {title} beoordeeld volgens de gunningscriteria en de gunningsmethode uit de aanbestedingsstukken: {method}. Met genoegen delen wij u mee dat wij voornemens zijn de opdracht aan u te gunnen: uw inschrijving is als eerste geëindigd, met {value}.',
    en: 'We have evaluated the bids for {title} against the award criteria and the award method of the tender documents: {method}. We are pleased to inform you that we intend to award the contract to you: your bid ranked first, with {value}.',
  },
  'methods.award.openingRejection': {
    nl: 'Wij hebben de inschrijvingen op {title} beoordeeld volgens de gunningscriteria en de gunningsmethode uit de aanbestedingsstukken: {method}. Wij zijn voornemens de opdracht te gunnen aan {winner}. Uw inschrijving is als {rank} geëindigd, met {value}; de inschrijving van {winner} had {winnerValue}.',
    en: 'We have evaluated the bids for {title} against the award criteria and the award method of the tender documents: {method}. We intend to award the contract to {winner}. Your bid ranked {rank}, with {value}; the bid of {winner} had {winnerValue}.',
  },
  'methods.award.priceToTie': {
    nl: 'Bij een prijs van {price} was uw inschrijving, verder ongewijzigd, gelijk geëindigd met de winnende inschrijving.',
    en: 'At a price of {price}, all else equal, your bid would have tied the winning bid.',
  },
  'methods.award.costToTie': {
    nl: 'Bij kosten van {price} was uw inschrijving, verder ongewijzigd, gelijk geëindigd met de winnende inschrijving.',
    en: 'At a cost of {price}, all else equal, your bid would have tied the winning bid.',
  },
  'methods.award.noPrice': {
    nl: 'Geen enkele prijs had uw inschrijving, verder ongewijzigd, op de eerste plaats gebracht.',
    en: 'No price would have brought your bid, all else equal, to the first place.',
  },
  'methods.award.reportIntro': {
    nl: 'Dit proces-verbaal legt de beoordeling van de inschrijvingen vast, met elke score en de motivering ervan, zoals berekend door inkoop uit de invoerbestanden hieronder. Gunningsmethode: {method}. {formula}.',
    en: 'This report records the evaluation of the bids, with every score and its motivation, as computed by inkoop from the input files listed below. Award method: {method}. {formula}.',
  },
  'methods.award.winnerIs': {
    nl: 'De winnende inschrijving is die van {winner}, met {value}.',
    en: 'The winning bid is that of {winner}, with {value}.',
  },
  'methods.failUnderNoPoints': {
    nl: '--fail-under {threshold}: de gunningsmethode {method}, {name}, kent geen punten, dus er is niets om aan de drempel te toetsen; laat --fail-under weg, of gebruik een methode met punten (weighted, price_per_point, utility_index)',
    en: '--fail-under {threshold}: the award method {method}, {name}, gives no points, so there is nothing to hold against the threshold; leave out --fail-under, or use a method with points (weighted, price_per_point, utility_index)',
  },
  'methods.failUnderTooHighQuality': {
    nl: '--fail-under {threshold} is meer dan de {max} kwaliteitspunten die een inschrijving in deze aanbesteding kan halen; geen inschrijving kan de drempel halen',
    en: '--fail-under {threshold} is more than the {max} quality points a bid can earn in this tender; no bid could pass',
  },
  'methods.failUnderBelowQuality': {
    nl: '--fail-under {threshold}: de inschrijving op de eerste plaats heeft {total} kwaliteitspunten ({vendors}), onder de drempel',
    en: '--fail-under {threshold}: the bid ranked first has {total} quality points ({vendors}), below the threshold',
  },
  'methods.html.chartTitle': {
    nl: '{value} per inschrijving, in volgorde van rang',
    en: '{value} per bid, in order of rank',
  },
  'methods.html.axisEuro': { nl: '{value} (euro)', en: '{value} (euros)' },
  'methods.html.lowerWins': {
    nl: 'De laagste waarde staat eerst.',
    en: 'The lowest value ranks first.',
  },
  'methods.html.higherWins': {
    nl: 'De hoogste waarde staat eerst.',
    en: 'The highest value ranks first.',
  },
  'methods.searchedWeights': {
    nl: 'Bij deze gunningsmethode zijn de gewichtsdrempels gezocht, niet uitgerekend: het bereik is in 200 stappen afgelopen en de eerste verandering daarna verfijnd; een drempel is nauwkeurig tot op {tol} punt.',
    en: 'Under this award method the weight thresholds are searched, not solved: the range is stepped through in 200 steps and the first change then narrowed down; a threshold is accurate to within {tol} points.',
  },
  'methods.searchedMargins': {
    nl: 'Een deel van deze marges is gezocht, niet uitgerekend (de beste kwaliteit verschuift met de score): de schaal is in 200 stappen afgelopen en de eerste verandering daarna verfijnd; nauwkeurig tot op {tol} van de score.',
    en: 'Some of these margins are searched, not solved (the best quality moves with the score): the scale is stepped through in 200 steps and the first change then narrowed down; accurate to within {tol} of the score.',
  },
  'methods.labelMargins': {
    nl: 'Op een schaal met labels telt alleen een heel label: de marge is het eerstvolgende hogere label waarmee een inschrijving op de eerste plaats komt (gelijk of alleen); voor de winnaar het eerstvolgende lagere label waarmee de winnaar verandert.',
    en: 'On a labelled scale only a whole label counts: the margin is the nearest higher label with which a bid comes first (tied or alone); for the winner, the nearest lower label with which the winner changes.',
  },
  'methods.marginLabel': {
    nl: '{v} (rang {r}, {b} achter): komt op de eerste plaats met het label {to} op {c} (nu {from}).',
    en: '{v} (rank {r}, {b} behind): comes first with the label {to} on {c} (now {from}).',
  },
  'methods.winnerLabel': {
    nl: '{v} (eerste): met het label {to} op {c} (nu {from}) {out}.',
    en: '{v} (first): with the label {to} on {c} (now {from}), {out}.',
  },
  'methods.winnerLabelNone': {
    nl: '{v} (eerste): geen lager label op {c} (nu {from}) verandert de winnaar.',
    en: '{v} (first): no lower label on {c} (now {from}) changes the winner.',
  },
} as const satisfies Messages;
