/** Messages of `inkoop award`: the award decision, the letters and the evaluation report. */
import type { Messages } from '../types.js';

export const award = {
  // The file name of the evaluation report, without extension.
  'award.reportFile': { nl: 'proces-verbaal', en: 'evaluation-report' },
  'award.subject': {
    nl: 'Gunningsbeslissing {title}',
    en: 'Award decision: {title}',
  },
  'award.reportTitle': {
    nl: 'Proces-verbaal van beoordeling: {title}',
    en: 'Evaluation report: {title}',
  },
  'award.untitled': { nl: 'de aanbesteding', en: 'the tender' },
  'award.openingWinner': {
    nl: 'Wij hebben de inschrijvingen op {title} beoordeeld volgens de gunningscriteria en de beoordelingsmethode uit de aanbestedingsstukken. Met genoegen delen wij u mee dat wij voornemens zijn de opdracht aan u te gunnen: uw inschrijving is als eerste geëindigd, met {total} van de {max} punten.',
    en: 'We have evaluated the bids for {title} against the award criteria and the evaluation method of the tender documents. We are pleased to inform you that we intend to award the contract to you: your bid ranked first, with {total} of {max} points.',
  },
  'award.openingRejection': {
    nl: 'Wij hebben de inschrijvingen op {title} beoordeeld volgens de gunningscriteria en de beoordelingsmethode uit de aanbestedingsstukken. Wij zijn voornemens de opdracht te gunnen aan {winner}. Uw inschrijving is als {rank} geëindigd, met {total} van de {max} punten; de inschrijving van {winner} behaalde {winnerTotal} punten. Hieronder leest u de scores, de motivering per criterium en de relatieve voordelen van de winnende inschrijving.',
    en: 'We have evaluated the bids for {title} against the award criteria and the evaluation method of the tender documents. We intend to award the contract to {winner}. Your bid ranked {rank}, with {total} of {max} points; the bid of {winner} earned {winnerTotal} points. Below you find the scores, the motivation per criterion and the relative advantages of the winning bid.',
  },
  'award.openingExclusion': {
    nl: 'Wij hebben de inschrijvingen op {title} beoordeeld. Uw inschrijving is uitgesloten van verdere beoordeling: {reasons}. Wij zijn voornemens de opdracht te gunnen aan {winner}.',
    en: 'We have evaluated the bids for {title}. Your bid has been excluded from further evaluation: {reasons}. We intend to award the contract to {winner}.',
  },
  'award.tieHighest': {
    nl: '{winner} en {others} deelden de eerste plaats. Volgens de regel voor een gelijke stand uit de aanbestedingsstukken gaat de inschrijving met de meeste punten op {criterion} voor: dat is {winner}.',
    en: '{winner} and {others} shared the first place. Under the tie-break rule of the tender documents the bid with the most points on {criterion} comes first: that is {winner}.',
  },
  'award.tieLowestPrice': {
    nl: '{winner} en {others} deelden de eerste plaats. Volgens de regel voor een gelijke stand uit de aanbestedingsstukken gaat de inschrijving met de laagste prijs voor: dat is {winner}.',
    en: '{winner} and {others} shared the first place. Under the tie-break rule of the tender documents the bid with the lowest price comes first: that is {winner}.',
  },
  'award.tieLot': {
    nl: '{winner} en {others} deelden de eerste plaats. Op {date} is geloot door {by}; daarbij is {winner} getrokken.',
    en: '{winner} and {others} shared the first place. Lots were drawn on {date} by {by}; {winner} was drawn.',
  },
  // Ordinals: the code picks st/nd/rd by the number's last digits (11-13 take "th").
  'award.ordinal': { nl: '{rank}e', en: '{rank}th' },
  'award.ordinal1': { nl: '{rank}e', en: '{rank}st' },
  'award.ordinal2': { nl: '{rank}e', en: '{rank}nd' },
  'award.ordinal3': { nl: '{rank}e', en: '{rank}rd' },
  'award.criterion': { nl: 'Criterium', en: 'Criterion' },
  'award.weight': { nl: 'Gewicht', en: 'Weight' },
  'award.yourScore': { nl: 'Uw score', en: 'Your score' },
  'award.yourPoints': { nl: 'Uw punten', en: 'Your points' },
  'award.winnerPoints': { nl: 'Punten {winner}', en: 'Points {winner}' },
  'award.score': { nl: 'Score', en: 'Score' },
  'award.points': { nl: 'Punten', en: 'Points' },
  'award.total': { nl: 'Totaal', en: 'Total' },
  'award.price': { nl: 'Prijs', en: 'Price' },
  'award.priceScored': { nl: 'prijs', en: 'price' },
  'award.group': { nl: 'groep {name}', en: 'group {name}' },
  'award.pointsValue': { nl: '{value} punten', en: '{value} points' },
  'award.scoreOf': { nl: 'score {score} van {scale}', en: 'score {score} of {scale}' },
  'award.yourBid': { nl: 'Uw inschrijving', en: 'Your bid' },
  'award.bidOf': { nl: 'Inschrijving van {vendor}', en: 'The bid of {vendor}' },
  'award.priceLine': {
    nl: 'Prijs: {price}, beoordeeld met de prijsformule uit de aanbestedingsstukken.',
    en: 'Price: {price}, scored with the price formula of the tender documents.',
  },
  'award.advantagesIntro': {
    nl: 'Op deze criteria scoorde de inschrijving van {winner} hoger dan de uwe:',
    en: 'On these criteria the bid of {winner} scored higher than yours:',
  },
  'award.advantage': {
    nl: '{criterion}: {winnerPoints} tegen {ownPoints} punten.',
    en: '{criterion}: {winnerPoints} against {ownPoints} points.',
  },
  'award.noAdvantage': {
    nl: 'De inschrijving van {winner} scoorde op geen enkel criterium hoger dan de uwe; het verschil komt uit de optelling van alle criteria.',
    en: 'The bid of {winner} scored higher than yours on no single criterion; the difference comes from the sum of all criteria.',
  },
  'award.standstill': {
    nl: 'Wij sluiten de overeenkomst niet voordat de opschortende termijn van {days} kalenderdagen na de dag van verzending van deze brief ({dispatch}) is verstreken. Die termijn loopt tot en met {end} (Aanbestedingswet 2012, art. 2.127; verlengd volgens de Algemene termijnenwet waar hij op een zaterdag, zondag of feestdag zou eindigen).',
    en: 'We will not conclude the contract before the standstill period of {days} calendar days after the day this letter is sent ({dispatch}) has passed. That period runs up to and including {end} (Aanbestedingswet 2012, art. 2.127; extended under the Algemene termijnenwet where it would end on a Saturday, Sunday or holiday).',
  },
  'award.remedies': {
    nl: 'Bent u het niet eens met deze beslissing, dan kunt u vóór het einde van de opschortende termijn een kort geding aanhangig maken bij de voorzieningenrechter. Wij sluiten de overeenkomst niet voordat die termijn is verstreken, en niet zolang een tijdig aanhangig gemaakt kort geding loopt.',
    en: 'If you disagree with this decision, you can start summary proceedings (kort geding) before the preliminary relief judge before the end of the standstill period. We will not conclude the contract before that period has passed, nor while summary proceedings started in time are pending.',
  },
  'award.contact': {
    nl: 'Voor vragen over deze brief kunt u contact opnemen met {contact}.',
    en: 'For questions about this letter, please contact {contact}.',
  },
  'award.date': { nl: 'Datum', en: 'Date' },
  'award.reference': { nl: 'Kenmerk', en: 'Reference' },
  'award.subjectLabel': { nl: 'Onderwerp', en: 'Subject' },
  'award.reasonKnockout': {
    nl: 'de inschrijving voldoet niet aan de knock-outeis "{requirement}"',
    en: 'the bid does not meet the knock-out requirement "{requirement}"',
  },
  'award.reasonKnockoutMissing': {
    nl: 'de inschrijving geeft geen antwoord op de knock-outeis "{requirement}"',
    en: 'the bid gives no answer to the knock-out requirement "{requirement}"',
  },
  'award.reasonBudget': {
    nl: 'de prijs van {price} ligt boven het plafondbedrag van {budget}',
    en: 'the price of {price} is above the budget ceiling of {budget}',
  },
  'award.and': { nl: 'en', en: 'and' },
  // The evaluation report.
  'award.reportIntro': {
    nl: 'Dit proces-verbaal legt de beoordeling van de inschrijvingen vast, met elke score en de motivering ervan, zoals berekend door inkoop uit de invoerbestanden hieronder. Maximaal {max} punten.',
    en: 'This report records the evaluation of the bids, with every score and its motivation, as computed by inkoop from the input files listed below. At most {max} points.',
  },
  'award.bidsReceived': { nl: 'Ontvangen inschrijvingen', en: 'Bids received' },
  'award.exclusions': { nl: 'Uitsluitingen', en: 'Exclusions' },
  'award.noExclusions': { nl: 'Geen inschrijving is uitgesloten.', en: 'No bid was excluded.' },
  'award.scores': { nl: 'Scores en motivering', en: 'Scores and motivation' },
  'award.evaluators': { nl: 'Beoordelaars', en: 'Evaluators' },
  'award.consensus': { nl: 'Consensus', en: 'Consensus' },
  'award.motivation': { nl: 'Motivering', en: 'Motivation' },
  'award.spreads': { nl: 'Spreiding tussen beoordelaars', en: 'Spread between evaluators' },
  'award.spread': {
    nl: '{vendor}, {criterion}: scores {scores}, spreiding {spread} (meer dan een derde van de schaal)',
    en: '{vendor}, {criterion}: scores {scores}, spread {spread} (more than a third of the scale)',
  },
  'award.noSpreads': {
    nl: 'Geen spreiding groter dan een derde van de schaal.',
    en: 'No spread larger than a third of the scale.',
  },
  'award.ranking': { nl: 'Rangschikking', en: 'Ranking' },
  'award.rank': { nl: 'Rang', en: 'Rank' },
  'award.vendor': { nl: 'Inschrijver', en: 'Bidder' },
  'award.winner': { nl: 'Winnaar', en: 'Winner' },
  'award.winnerIs': {
    nl: 'Voorgenomen gunning aan {winner}, met {total} van de {max} punten.',
    en: 'Intended award to {winner}, with {total} of {max} points.',
  },
  'award.tie': { nl: 'Gelijke stand', en: 'Tie' },
  'award.noTie': {
    nl: 'De eerste plaats werd niet gedeeld.',
    en: 'The first place was not shared.',
  },
  'award.robustness': { nl: 'Robuustheid', en: 'Robustness' },
  'award.robustnessNotRun': {
    nl: 'Niet onderzocht (inkoop award --robustness neemt de analyse op).',
    en: 'Not analysed (inkoop award --robustness includes the analysis).',
  },
  'award.standstillTitle': { nl: 'Opschortende termijn', en: 'Standstill period' },
  'award.standstillReport': {
    nl: 'Verzending van de gunningsbeslissing: {dispatch}. De opschortende termijn van {days} kalenderdagen loopt tot en met {end}.',
    en: 'The award decision is sent on {dispatch}. The standstill period of {days} calendar days runs up to and including {end}.',
  },
  'award.skipped': {
    nl: 'Verschoven voorbij: {days}.',
    en: 'Moved past: {days}.',
  },
  'award.inputs': { nl: 'Invoerbestanden', en: 'Input files' },
  'award.file': { nl: 'Bestand', en: 'File' },
  'award.excluded': { nl: 'uitgesloten', en: 'excluded' },
  // Refusals and status lines.
  'award.missingMotivation': {
    nl: 'de score van "{vendor}" op "{criterion}" heeft geen motivering; elke score van een gerangschikte inschrijving heeft er een nodig: schrijf {example}',
    en: 'the score of "{vendor}" on "{criterion}" has no motivation; every score of a ranked bid needs one: write {example}',
  },
  'award.unresolvedTie': {
    nl: 'de eerste plaats wordt gedeeld door {vendors} en geen regel beslist; er moet worden geloot. Leg de uitkomst vast als laatste regel van tie_break, met lot.winner (de getrokken inschrijver), lot.drawn_on (JJJJ-MM-DD) en lot.by (wie lootte, in wiens bijzijn)',
    en: 'the first place is shared by {vendors} and no rule decides; lots must be drawn. Record the outcome as the last rule of tie_break, with lot.winner (the bidder drawn), lot.drawn_on (YYYY-MM-DD) and lot.by (who drew, in whose presence)',
  },
  'award.noValidBid': {
    nl: 'geen geldige inschrijving: elke inschrijving is uitgesloten, er valt niets te gunnen',
    en: 'no valid bid: every bid is excluded, there is nothing to award',
  },
  'award.noSection': {
    nl: 'award: ontbreekt; voeg een sectie award toe met authority.name (de aanbestedende dienst) en dispatch_date (JJJJ-MM-DD)',
    en: 'award: is missing; add an award section with authority.name (the contracting authority) and dispatch_date (YYYY-MM-DD)',
  },
  'award.noDate': {
    nl: 'award.dispatch_date ontbreekt: geef de verzenddatum (JJJJ-MM-DD) in de tender of met --date',
    en: 'award.dispatch_date is missing: give the dispatch date (YYYY-MM-DD) in the tender or with --date',
  },
  'award.refused': {
    nl: 'geen gunningsbeslissing geschreven; los eerst op:',
    en: 'no award decision written; first resolve:',
  },
  'award.writtenFolder': {
    nl: '{count} bestanden geschreven in {folder}',
    en: '{count} files written in {folder}',
  },
  'award.verifyOk': {
    nl: '{folder}: alle {count} bestanden kloppen met de invoer en de berekening',
    en: '{folder}: all {count} files agree with the inputs and the computation',
  },
  'award.verifyChangedInput': {
    nl: 'invoerbestand {file} is gewijzigd sinds de gunningsbeslissing (SHA-256 {was}, nu {now})',
    en: 'input file {file} changed since the award decision (SHA-256 {was}, now {now})',
  },
  'award.verifyMissing': {
    nl: '{file} ontbreekt',
    en: '{file} is missing',
  },
  'award.verifyChangedOutput': {
    nl: '{file} is gewijzigd sinds het werd geschreven (SHA-256 {was}, nu {now})',
    en: '{file} changed since it was written (SHA-256 {was}, now {now})',
  },
  'award.verifyDiffers': {
    nl: '{file} klopt niet meer met een nieuwe berekening uit de invoer (eerste verschil op regel {line})',
    en: '{file} no longer agrees with a new computation from the inputs (first difference on line {line})',
  },
  'award.verifyWinner': {
    nl: 'de winnaar is nu {now}, in award.json staat {was}',
    en: 'the winner is now {now}, award.json says {was}',
  },
  'award.verifyFailed': {
    nl: '{folder}: de gunningsbeslissing klopt niet meer:',
    en: '{folder}: the award decision no longer holds:',
  },
  'award.badAwardJson': {
    nl: '{file}: geen award.json van inkoop award ({why})',
    en: '{file}: not an award.json of inkoop award ({why})',
  },
  'award.noStdin': {
    nl: 'award: de tender moet een bestand of map zijn (award.json legt die vast voor --verify); standaardinvoer kan niet opnieuw worden gelezen',
    en: 'award: the tender must be a file or folder (award.json records it for --verify); standard input cannot be read again',
  },
  'award.noTender': {
    nl: 'award: geef het tenderbestand of de tendermap, zoals inkoop award tender.yaml --out gunning/',
    en: 'award: give the tender file or folder, like inkoop award tender.yaml --out award/',
  },
  'award.outIsFile': {
    nl: '--out: {file} is een bestand; geef een map',
    en: '--out: {file} is a file; give a folder',
  },
  'award.badDate': {
    nl: '--date: "{value}" is geen datum; schrijf JJJJ-MM-DD, zoals 2027-04-07',
    en: '--date: "{value}" is not a date; write it as YYYY-MM-DD, like 2027-04-07',
  },
  'award.outMissing': {
    nl: '--out: geef de map voor de brieven en het proces-verbaal, zoals --out gunning/',
    en: '--out: give the folder for the letters and the report, like --out award/',
  },
} as const satisfies Messages;
