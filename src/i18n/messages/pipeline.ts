/** Output for pipelines: several --out files, --summary, JUnit reports, gates. */
import type { Messages } from '../types.js';

export const pipeline = {
  'pipeline.outUnknownExtension': {
    nl: '--out {file}: de extensie {ext} is onbekend; gebruik {extensions}',
    en: '--out {file}: unknown extension {ext}; use {extensions}',
  },
  'pipeline.outNoExtension': {
    nl: '--out {file}: de naam heeft geen extensie waaruit de vorm blijkt; gebruik {extensions}, of geef --format',
    en: '--out {file}: the name has no extension to tell the format; use {extensions}, or give --format',
  },
  'pipeline.outUnsupported': {
    nl: '--out {file}: deze opdracht schrijft geen {format}; gebruik {extensions}',
    en: '--out {file}: this command does not write {format}; use {extensions}',
  },
  'pipeline.outTwice': {
    nl: '--out {file} is twee keer gegeven (ook als {other}); noem elk bestand één keer',
    en: '--out {file} is given twice (also as {other}); name each file once',
  },
  'pipeline.summaryNoEnv': {
    nl: '--summary voegt het rapport toe aan het bestand in $GITHUB_STEP_SUMMARY, maar die variabele is niet gezet; schrijf buiten GitHub Actions met --out rapport.md',
    en: '--summary appends the report to the file named by $GITHUB_STEP_SUMMARY, but that variable is not set; outside GitHub Actions write it with --out report.md',
  },
  'pipeline.summaryWritten': {
    nl: 'rapport toegevoegd aan de samenvatting van de stap ({file})',
    en: 'report appended to the step summary ({file})',
  },
  'pipeline.option.out': {
    nl: 'schrijf het rapport naar dit bestand, in de vorm die de extensie noemt (zoals .html, .json, .md, .csv, .txt, .xlsx; .xml is JUnit); mag vaker; - is de standaarduitvoer',
    en: 'write the report to this file, in the format its extension names (such as .html, .json, .md, .csv, .txt, .xlsx; .xml is JUnit); repeatable; - is standard output',
  },
  'pipeline.option.summary': {
    nl: 'voeg het Markdown-rapport toe aan het bestand in {variable} (de samenvatting van een stap in GitHub Actions)',
    en: 'append the Markdown report to the file named by {variable} (the step summary of GitHub Actions)',
  },
  'pipeline.junit.notAsked': {
    nl: 'niet gevraagd bij deze run',
    en: 'not asked for in this run',
  },
} as const satisfies Messages;
