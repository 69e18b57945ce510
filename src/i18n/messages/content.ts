/** Messages of the principle commands: show, roles, principles, tools. */
import type { Messages } from '../types.js';

export const content = {
  'content.getStarted': { nl: 'Direct aan de slag', en: 'Get started' },
  'content.byRole': { nl: 'Per rol', en: 'By role' },
  'content.priorityForRole': { nl: 'Prioriteit voor deze rol', en: 'Priority for this role' },
  'content.role.beleidsmaker': { nl: 'Beleidsmaker', en: 'Policy maker' },
  'content.role.cxo': { nl: 'CXO/Bestuurder', en: 'CXO/Executive' },
  'content.role.projectleider': { nl: 'Projectleider', en: 'Project leader' },
  'content.role.developer': { nl: 'Developer', en: 'Developer' },
  'content.role.jurist': { nl: 'Jurist', en: 'Lawyer' },
  'content.role.inkoper': { nl: 'Inkoper', en: 'Buyer' },
  'content.priority.high': { nl: 'hoog', en: 'high' },
  'content.priority.medium': { nl: 'middel', en: 'medium' },
  'content.priority.low': { nl: 'laag', en: 'low' },
  'content.col.role': { nl: 'Rol', en: 'Role' },
  'content.col.name': { nl: 'Naam', en: 'Name' },
  'content.col.priority': { nl: 'Prioriteit', en: 'Priority' },
  'content.col.tool': { nl: 'Hulpmiddel', en: 'Tool' },
  'content.col.status': { nl: 'Status', en: 'Status' },
  'content.col.description': { nl: 'Omschrijving', en: 'Description' },
  'content.col.link': { nl: 'Link', en: 'Link' },
  'content.col.number': { nl: 'Nr.', en: 'No.' },
  'content.col.slug': { nl: 'Slug', en: 'Slug' },
  'content.col.title': { nl: 'Titel', en: 'Title' },
  'content.col.where': { nl: 'Waar', en: 'Where' },
  'content.none': { nl: '-', en: '-' },
  'content.note.pageOnly.nl': {
    nl: 'let op: principe "{slug}" heeft geen Engelse pagina; de Nederlandse wordt getoond',
    en: 'note: principle "{slug}" has no English page; showing the Dutch one',
  },
  'content.note.pageOnly.en': {
    nl: 'let op: principe "{slug}" heeft geen Nederlandse pagina; de Engelse wordt getoond',
    en: 'note: principle "{slug}" has no Dutch page; showing the English one',
  },
  'content.note.roleOnly.nl': {
    nl: 'let op: de Engelse pagina heeft geen aanwijzingen voor de rol "{role}"; de Nederlandse tekst wordt getoond',
    en: 'note: the English page has no guidance for the role "{role}"; showing the Dutch text',
  },
  'content.note.roleOnly.en': {
    nl: 'let op: de Nederlandse pagina heeft geen aanwijzingen voor de rol "{role}"; de Engelse tekst wordt getoond',
    en: 'note: the Dutch page has no guidance for the role "{role}"; showing the English text',
  },
  'content.error.unknownPrinciple': {
    nl: 'onbekend principe "{id}"',
    en: 'unknown principle "{id}"',
  },
  'content.error.unknownRole': { nl: 'onbekende rol "{name}"', en: 'unknown role "{name}"' },
  'content.didYouMean': { nl: ' (bedoel je "{name}"?)', en: ' (did you mean "{name}"?)' },
  'content.hint.principles': {
    nl: 'Principes: {list}. `inkoop principles` toont de lijst.',
    en: 'Principles: {list}. Run `inkoop principles` for the list.',
  },
  'content.hint.roles': {
    nl: 'Rollen: {list} (ook: bestuurder, ontwikkelaar, inkoopadviseur; policy-maker, executive, project-manager, lawyer, buyer)',
    en: 'Roles: {list} (aliases: bestuurder, ontwikkelaar, inkoopadviseur; policy-maker, executive, project-manager, lawyer, buyer)',
  },
  'content.error.noFolder': {
    nl: '--content: {dir}: deze map bestaat niet',
    en: '--content: {dir}: no such folder',
  },
  'content.error.notBundled': {
    nl: 'principe {number} "{title}" zit niet bij inkoop; lees het op {url}',
    en: 'principle {number} "{title}" is not bundled with inkoop; read it at {url}',
  },
  'content.hint.notBundled': {
    nl: 'Of wijs met --content (of INKOOP_CONTENT) de map docs/principes van een NeRDS-checkout aan.',
    en: 'Or point --content (or INKOOP_CONTENT) at the docs/principes folder of a NeRDS checkout.',
  },
  'content.error.notFound': {
    nl: 'principe "{slug}" niet gevonden in {dir}',
    en: 'principle "{slug}" not found in {dir}',
  },
  'content.error.cannotRead': {
    nl: '{file}: kan niet gelezen worden: {reason}',
    en: '{file}: cannot read: {reason}',
  },
  'content.error.noRoleGuidance': {
    nl: 'principe "{slug}" heeft geen aanwijzingen voor de rol {role}',
    en: 'principle "{slug}" has no guidance for the role {role}',
  },
  'content.hint.rolesWithGuidance': {
    nl: 'Rollen met aanwijzingen: {list}',
    en: 'Roles with guidance: {list}',
  },
  'content.hint.noRoleGuidance': {
    nl: 'Deze pagina heeft geen aanwijzingen per rol.',
    en: 'This page has no role guidance.',
  },
  'content.error.frontMatterOpen': {
    nl: 'ongeldige front matter: die is niet afgesloten; voeg er een regel "---" na toe',
    en: 'invalid front matter: it is not closed; add a line "---" after it',
  },
  'content.error.frontMatter': {
    nl: 'ongeldige front matter: {reason}',
    en: 'invalid front matter: {reason}',
  },
  'content.error.tooDeep': {
    nl: 'lijsten of citaten zijn dieper dan {max} niveaus genest; zo diep leest inkoop een pagina niet',
    en: 'lists or quotes are nested deeper than {max} levels; inkoop does not read a page that deep',
  },
} as const satisfies Messages;
