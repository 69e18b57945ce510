/** Messages of `inkoop check`: the report and the verdict on stderr. */
import type { Messages } from '../types.js';

export const check = {
  'check.title': { nl: 'Inkoopstrategie-check: {file}', en: 'Purchasing strategy check: {file}' },
  'check.conditions': {
    nl: 'Voorwaarden voor een effectieve inkoopstrategie',
    en: 'Conditions of an effective purchasing strategy',
  },
  'check.questions': { nl: 'Evaluatievragen', en: 'Evaluation questions' },
  'check.col.part': { nl: 'Onderdeel', en: 'Part' },
  'check.col.question': { nl: 'Vraag', en: 'Question' },
  'check.col.status': { nl: 'Status', en: 'Status' },
  'check.col.where': { nl: 'Waar', en: 'Where' },
  'check.line': { nl: 'r. {line}', en: 'line {line}' },
  'check.add': {
    nl: 'voeg een kop toe, zoals "## {heading}"',
    en: 'add a heading such as "## {heading}"',
  },
  'check.placeholders': { nl: 'Plaatshouders', en: 'Placeholders' },
  'check.status.covered': { nl: 'gedekt', en: 'covered' },
  'check.status.placeholder': { nl: 'plaatshouder', en: 'placeholder' },
  'check.status.empty': { nl: 'leeg', en: 'empty' },
  'check.status.missing': { nl: 'ontbreekt', en: 'missing' },
  'check.result': {
    nl: 'Resultaat (elk onderdeel één keer geteld): {covered} gedekt, {placeholder} met plaatshouder, {empty} leeg, {missing}; {placeholders} — {verdict}',
    en: 'Result (each part counted once): {covered} covered, {placeholder} with a placeholder, {empty} empty, {missing}; {placeholders} — {verdict}',
  },
  'check.missingCount': {
    nl: { one: '{count} ontbreekt', other: '{count} ontbreken' },
    en: { one: '{count} missing', other: '{count} missing' },
  },
  'check.inDocument': {
    nl: {
      one: '{count} plaatshouder in het document',
      other: '{count} plaatshouders in het document',
    },
    en: {
      one: '{count} placeholder in the document',
      other: '{count} placeholders in the document',
    },
  },
  'check.ok': { nl: 'in orde', en: 'passes' },
  'check.notOk': { nl: 'niet in orde', en: 'fails' },
  'check.strict': {
    nl: ' (--strict: plaatshouders tellen als fout)',
    en: ' (--strict: placeholders count as failures)',
  },
  'check.incomplete': {
    nl: '{file}: de strategie is onvolledig: {reasons}',
    en: '{file}: the strategy is incomplete: {reasons}',
  },
  'check.partsMissing': {
    nl: {
      one: '{count} onderdeel ontbreekt ({parts})',
      other: '{count} onderdelen ontbreken ({parts})',
    },
    en: { one: '{count} part is missing ({parts})', other: '{count} parts are missing ({parts})' },
  },
  'check.partsEmpty': {
    nl: {
      one: '{count} onderdeel is leeg ({parts})',
      other: '{count} onderdelen zijn leeg ({parts})',
    },
    en: { one: '{count} part is empty ({parts})', other: '{count} parts are empty ({parts})' },
  },
  'check.placeholdersLeft': {
    nl: {
      one: '{count} plaatshouder staat er nog (--strict)',
      other: '{count} plaatshouders staan er nog (--strict)',
    },
    en: {
      one: '{count} placeholder is left (--strict)',
      other: '{count} placeholders are left (--strict)',
    },
  },
  'check.and': { nl: 'en', en: 'and' },
  // The six evaluation questions of principle 12, as the check report names them.
  'check.question.userNeeds': {
    nl: 'Sluit de strategie aan op de behoeften van gebruikers?',
    en: 'Is the strategy tailored to user needs?',
  },
  'check.question.totalCost': {
    nl: 'Houdt ze rekening met de total cost of ownership?',
    en: 'Does it take into account the total cost of ownership?',
  },
  'check.question.competitionInnovation': {
    nl: 'Bevordert ze concurrentie en innovatie?',
    en: 'Does it promote competition and innovation?',
  },
  'check.question.exit': {
    nl: 'Is er een duidelijke exitstrategie?',
    en: 'Is there a clear exit strategy?',
  },
  'check.question.sustainabilitySocialValue': {
    nl: 'Is er aandacht voor duurzaamheid en sociale waarde?',
    en: 'Is attention paid to sustainability and social value?',
  },
  'check.question.legalPolicy': {
    nl: 'Voldoet ze aan alle wettelijke en beleidsmatige eisen?',
    en: 'Does it meet all legal and policy requirements?',
  },
  // The parts of a strategy: the seven conditions' names, and a heading suggested for a missing part.
  'check.part.needsAnalysis': { nl: 'Behoefteanalyse', en: 'Needs analysis' },
  'check.part.marketExploration': { nl: 'Marktverkenning', en: 'Market exploration' },
  'check.part.sourcingModel': { nl: 'Sourcingmodel', en: 'Sourcing model' },
  'check.part.totalCostOfOwnership': {
    nl: 'Total cost of ownership (TCO)',
    en: 'Total cost of ownership',
  },
  'check.part.riskAnalysis': { nl: 'Risicoanalyse', en: 'Risk analysis' },
  'check.part.contractStrategy': { nl: 'Contractstrategie', en: 'Contract strategy' },
  'check.part.exitStrategy': { nl: 'Exitstrategie', en: 'Exit strategy' },
  'check.part.competitionInnovation': {
    nl: 'Concurrentie en innovatie',
    en: 'Competition and innovation',
  },
  'check.part.sustainabilitySocialValue': {
    nl: 'Duurzaamheid en sociale waarde',
    en: 'Sustainability and social value',
  },
  'check.part.legalPolicy': { nl: 'Wet- en regelgeving', en: 'Legal and policy requirements' },
} as const satisfies Messages;
