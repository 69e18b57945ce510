/** Reading input and writing files: limits, encodings, file types, failed writes. */
import type { Messages } from '../types.js';

export const io = {
  // What is being read, for "expected ..." in messages.
  'io.kind.file': { nl: 'een bestand', en: 'a file' },
  'io.kind.costs': { nl: 'een kostenbestand', en: 'a costs file' },
  'io.kind.tender': { nl: 'een aanbestedingsbestand', en: 'a tender file' },
  'io.kind.bid': { nl: 'een inschrijvingsbestand', en: 'a bid file' },
  'io.kind.answers': { nl: 'een antwoordenbestand', en: 'an answers file' },
  'io.kind.template': { nl: 'een sjabloon', en: 'a template' },
  'io.kind.strategy': { nl: 'een strategiedocument', en: 'a strategy document' },
  'io.kind.page': { nl: 'een principepagina', en: 'a principle page' },
  'io.kind.folder': { nl: 'een map', en: 'a folder' },

  // What a path turned out to be, when it is not a regular file.
  'io.type.folder': { nl: 'een map', en: 'a folder' },
  'io.type.device': { nl: 'een apparaat', en: 'a device' },
  'io.type.fifo': { nl: 'een named pipe (FIFO)', en: 'a named pipe (FIFO)' },
  'io.type.socket': { nl: 'een socket', en: 'a socket' },
  'io.type.other': { nl: 'geen gewoon bestand', en: 'not a regular file' },

  // Reading.
  'io.notFound': {
    nl: '{file}: bestaat niet (verwacht: {kind})',
    en: '{file}: no such file (expected {kind})',
  },
  'io.notRegular': {
    nl: '{file} is {type}, geen gewoon bestand; inkoop leest alleen gewone bestanden en standaardinvoer (-)',
    en: '{file} is {type}, not a regular file; inkoop reads only regular files and standard input (-)',
  },
  'io.isFolder': {
    nl: '{file} is een map; verwacht: {kind}',
    en: '{file} is a folder; expected {kind}',
  },
  'io.denied': {
    nl: '{file}: geen toegang (leesrechten ontbreken)',
    en: '{file}: permission denied (cannot read it)',
  },
  'io.folderDenied': {
    nl: '{file}: de map kan niet worden gelezen: geen toegang',
    en: '{file}: cannot list the folder: permission denied',
  },
  'io.cannotRead': {
    nl: '{file}: kan niet worden gelezen: {reason}',
    en: '{file}: cannot read: {reason}',
  },
  'io.tooLarge': {
    nl: '{file} is {size}, meer dan de grens van {limit} voor invoer; verhoog de grens met INKOOP_MAX_INPUT_MB als het bestand klopt',
    en: '{file} is {size}, more than the input limit of {limit}; raise the limit with INKOOP_MAX_INPUT_MB if the file is right',
  },
  'io.stdinTooLarge': {
    nl: 'standaardinvoer is groter dan de grens van {limit} voor invoer; verhoog de grens met INKOOP_MAX_INPUT_MB als de invoer klopt',
    en: 'standard input is larger than the input limit of {limit}; raise the limit with INKOOP_MAX_INPUT_MB if the input is right',
  },
  'io.badLimit': {
    nl: 'INKOOP_MAX_INPUT_MB: "{value}" is geen positief aantal MiB; schrijf bijvoorbeeld INKOOP_MAX_INPUT_MB=128',
    en: 'INKOOP_MAX_INPUT_MB: "{value}" is not a positive number of MiB; write for example INKOOP_MAX_INPUT_MB=128',
  },
  'io.stdinTerminal': {
    nl: 'standaardinvoer (-) is een terminal; stuur een bestand door (< bestand, of via |) of geef een pad',
    en: 'standard input (-) is a terminal; pipe a file in (< file, or through |) or give a path',
  },
  'io.stdinFailed': {
    nl: 'standaardinvoer kan niet worden gelezen: {reason}',
    en: 'cannot read standard input: {reason}',
  },
  'io.invalidUtf8': {
    nl: 'geen geldige UTF-8 (byte 0x{byte}); sla het bestand op als UTF-8',
    en: 'not valid UTF-8 (byte 0x{byte}); save the file as UTF-8',
  },
  'io.wrongEncoding': {
    nl: 'het bestand is in {encoding}, niet in UTF-8; sla het op als UTF-8 (in een editor: Opslaan als, codering UTF-8; of: iconv -f {encoding} -t UTF-8 oud > nieuw)',
    en: 'the file is in {encoding}, not UTF-8; save it as UTF-8 (in an editor: Save as, encoding UTF-8; or: iconv -f {encoding} -t UTF-8 old > new)',
  },
  'io.binary': {
    nl: 'geen tekstbestand (het bevat een NUL-byte); inkoop leest tekst in UTF-8',
    en: 'not a text file (it contains a NUL byte); inkoop reads text in UTF-8',
  },
  'io.tooDeep': {
    nl: 'dieper genest dan {limit} niveaus; zo diep nest geen inkoopbestand',
    en: 'nested deeper than {limit} levels; no procurement file nests that deep',
  },

  // Writing.
  'io.exists': {
    nl: '{file} bestaat al; gebruik --force om het te overschrijven, of --out om elders te schrijven',
    en: '{file} already exists; use --force to overwrite it, or --out to write elsewhere',
  },
  'io.existsLink': {
    nl: '{file} bestaat al als symbolische koppeling naar {target}; gebruik --force om het bestand waarnaar die wijst te vervangen, of --out om elders te schrijven',
    en: '{file} already exists as a symbolic link to {target}; use --force to replace the file it points to, or --out to write elsewhere',
  },
  'io.danglingLink': {
    nl: 'kan {file} niet schrijven: het is een symbolische koppeling naar {target}, dat niet bestaat',
    en: 'cannot write {file}: it is a symbolic link to {target}, which does not exist',
  },
  'io.wroteThroughLink': {
    nl: '{file} is een symbolische koppeling; het bestand waarnaar die wijst ({target}) is vervangen, de koppeling is gebleven',
    en: '{file} is a symbolic link; the file it points to ({target}) was replaced, the link kept',
  },
  'io.targetFolder': {
    nl: 'kan {file} niet schrijven: het is een map; geef een bestandsnaam, zoals {example}',
    en: 'cannot write {file}: it is a folder; give a file name, like {example}',
  },
  'io.targetNotRegular': {
    nl: 'kan {file} niet schrijven: het is {type}, geen gewoon bestand; inkoop schrijft alleen gewone bestanden (gebruik --out - voor standaarduitvoer)',
    en: 'cannot write {file}: it is {type}, not a regular file; inkoop writes only regular files (use --out - for standard output)',
  },
  'io.noFolder': {
    nl: 'kan {file} niet schrijven: de map {dir} bestaat niet',
    en: 'cannot write {file}: the folder {dir} does not exist',
  },
  'io.parentNotFolder': {
    nl: 'kan {file} niet schrijven: {dir} is geen map',
    en: 'cannot write {file}: {dir} is not a folder',
  },
  'io.writeDenied': {
    nl: 'kan {file} niet schrijven: geen toegang (is de map alleen-lezen?)',
    en: 'cannot write {file}: permission denied (is the folder read-only?)',
  },
  'io.noSpace': {
    nl: 'kan {file} niet schrijven: de schijf is vol; er is niets veranderd',
    en: 'cannot write {file}: no space left on the device; nothing was changed',
  },
  'io.quota': {
    nl: 'kan {file} niet schrijven: de schijfruimte (quotum) is op; er is niets veranderd',
    en: 'cannot write {file}: disk quota exceeded; nothing was changed',
  },
  'io.ioError': {
    nl: 'kan {file} niet schrijven: invoer-/uitvoerfout van het apparaat (EIO); er is niets veranderd',
    en: 'cannot write {file}: input/output error of the device (EIO); nothing was changed',
  },
  'io.readOnlyFs': {
    nl: 'kan {file} niet schrijven: het bestandssysteem is alleen-lezen',
    en: 'cannot write {file}: the file system is read-only',
  },
  'io.nameTooLong': {
    nl: 'kan {file} niet schrijven: de naam is te lang voor het bestandssysteem',
    en: 'cannot write {file}: the name is too long for the file system',
  },
  'io.writeFailed': {
    nl: 'kan {file} niet schrijven: {reason}; er is niets veranderd',
    en: 'cannot write {file}: {reason}; nothing was changed',
  },
  'io.forceWithoutOut': {
    nl: '--force overschrijft het bestand van --out; geef ook --out <bestand>',
    en: '--force overwrites the file of --out; give --out <file> too',
  },
  'io.outEmpty': { nl: '--out: geef een bestandsnaam', en: '--out: expected a file name' },
} as const satisfies Messages;
