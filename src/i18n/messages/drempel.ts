/**
 * `inkoop drempel` and the EU threshold verdict that `inkoop tco` also shows:
 * contract types, kinds of authority, the verdict sentence, the table, errors.
 */
import type { Messages } from '../types.js';

export const drempel = {
  'drempel.type.diensten': { nl: 'diensten', en: 'services' },
  'drempel.type.leveringen': { nl: 'leveringen', en: 'supplies' },
  'drempel.type.werken': { nl: 'werken', en: 'works' },
  'drempel.type.socialeDiensten': {
    nl: 'sociale en andere specifieke diensten',
    en: 'social and other specific services',
  },
  'drempel.authority.centraal': { nl: 'centrale overheid', en: 'central government' },
  'drempel.authority.decentraal': { nl: 'decentrale overheid', en: 'sub-central authority' },
  'drempel.authority.specialeSector': { nl: 'speciale sector', en: 'utilities' },
  'drempel.authorityWithFlag': { nl: '{name} ({flag})', en: '{name} ({flag})' },
  'drempel.reached': {
    nl: 'Geraamde opdrachtwaarde {value} excl. btw bereikt de Europese drempel van {threshold} voor {type} ({authority}, drempels {period}, geldig tot en met {until}): Europees aanbesteden is verplicht.',
    en: 'Estimated contract value {value} excl. VAT reaches the EU threshold of {threshold} for {type} ({authority}, thresholds {period}, valid until {until}): a European tender is required.',
  },
  'drempel.below': {
    nl: 'Geraamde opdrachtwaarde {value} excl. btw blijft onder de Europese drempel van {threshold} voor {type} ({authority}, drempels {period}, geldig tot en met {until}).',
    en: 'Estimated contract value {value} excl. VAT stays below the EU threshold of {threshold} for {type} ({authority}, thresholds {period}, valid until {until}).',
  },
  'drempel.source': {
    nl: 'Gedelegeerde Verordeningen (EU) {numbers}',
    en: 'Delegated Regulations (EU) {numbers}',
  },
  'drempel.head': {
    nl: 'Geraamde opdrachtwaarde {value} excl. btw, {type}; drempels {period} ({source}).',
    en: 'Estimated contract value {value} excl. VAT, {type}; thresholds {period} ({source}).',
  },
  'drempel.colAuthority': { nl: 'Aanbestedende dienst', en: 'Authority' },
  'drempel.colThreshold': { nl: 'Drempel', en: 'Threshold' },
  'drempel.colTender': { nl: 'Europees aanbesteden', en: 'European tender' },
  'drempel.yes': { nl: 'ja', en: 'yes' },
  'drempel.no': { nl: 'nee', en: 'no' },
  'drempel.warnOutdated': {
    nl: 'waarschuwing: de nieuwste drempels die inkoop kent ({period}) golden tot en met {until}; er kunnen nieuwere drempels gelden',
    en: 'warning: the newest thresholds inkoop knows ({period}) held until {until}; newer thresholds may apply',
  },
  'drempel.errAmount': {
    nl: '"{text}" is geen bedrag; schrijf het in euro zonder scheidingstekens voor duizendtallen, zoals 250000 of 250000,50',
    en: '"{text}" is not an amount; write it in euros without thousands separators, like 250000 or 250000.50',
  },
  'drempel.errTooLarge': {
    nl: '"{text}" is een te groot bedrag om exact te vergelijken',
    en: '"{text}" is too large an amount to compare exactly',
  },
  'drempel.errDate': {
    nl: '--date: "{text}" is geen datum; schrijf hem als JJJJ-MM-DD, zoals 2026-03-01',
    en: '--date: "{text}" is not a date; write it as YYYY-MM-DD, like 2026-03-01',
  },
  'drempel.errChoice': {
    nl: '{flag}: onbekende waarde "{value}"{suggestion}; gebruik een van {allowed}',
    en: '{flag}: unknown value "{value}"{suggestion}; use one of {allowed}',
  },
} as const satisfies Messages;
