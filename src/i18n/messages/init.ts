/** `inkoop init`: a new user's first files, and where to start without them. */
import type { Messages } from '../types.js';

export const init = {
  'init.exampleAndFolder': {
    nl: '--example schrijft de uitgewerkte voorbeelden (met een aanbestedingsmap examples/tender/); laat --tender-folder weg',
    en: '--example writes the worked examples (with a tender folder examples/tender/); leave out --tender-folder',
  },
  'init.emptyFolder': {
    nl: 'geef een map op, of laat hem weg voor de huidige map',
    en: 'give a folder, or leave it out for the current folder',
  },
  'init.notAFolder': {
    nl: '{dir} is een bestand, geen map; geef een map op (die mag nog niet bestaan)',
    en: '{dir} is a file, not a folder; give a folder (it need not exist yet)',
  },
  'init.exists': {
    nl: {
      one: '{files} bestaat al; inkoop init overschrijft niets en heeft niets geschreven',
      other: '{files} bestaan al; inkoop init overschrijft niets en heeft niets geschreven',
    },
    en: {
      one: '{files} exists already; inkoop init overwrites nothing and wrote nothing',
      other: '{files} exist already; inkoop init overwrites nothing and wrote nothing',
    },
  },
  'init.existsHint': {
    nl: 'Kies een andere map (inkoop init <map>), of verplaats of verwijder deze bestanden eerst.',
    en: 'Choose another folder (inkoop init <folder>), or move or remove these files first.',
  },
  'init.next': {
    nl: 'Vervang de voorbeeldbedragen en vul de scores in (een score ~ is nog niet gegeven), en run dan:\n  {tco}\n  {score}',
    en: 'Replace the example amounts and fill in the scores (a score ~ has not been given yet), then run:\n  {tco}\n  {score}',
  },
  'init.nextExample': {
    nl: 'Probeer:\n  {tco}\n  {score}\n  {folder}\n  {award}',
    en: 'Try:\n  {tco}\n  {score}\n  {folder}\n  {award}',
  },
  'init.startHint': {
    nl: 'Nog geen bestand? `inkoop init` schrijft een begin van costs.yaml en tender.yaml, `inkoop init --example` de uitgewerkte voorbeelden, en `inkoop criteria --format yaml > tender.yaml` een aanbestedingsbestand met de criteria van principe 12.',
    en: 'No file yet? `inkoop init` writes a starting costs.yaml and tender.yaml, `inkoop init --example` the worked examples, and `inkoop criteria --format yaml > tender.yaml` a tender file with the criteria of principle 12.',
  },
} as const satisfies Messages;
