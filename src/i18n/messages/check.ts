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
    nl: 'Resultaat: {covered} gedekt, {placeholder} met plaatshouder, {empty} leeg, {missing} ontbreekt; {placeholders} — {verdict}',
    en: 'Result: {covered} covered, {placeholder} with a placeholder, {empty} empty, {missing} missing; {placeholders} — {verdict}',
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
} as const satisfies Messages;
