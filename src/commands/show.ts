/** `inkoop show [principle] [--role r]`: a principle or one role's guidance. */
import { ExitCode, UserError } from '../lib/errors.js';
import { parseFormat } from '../lib/tables.js';
import { resolveLang, type Lang } from '../lib/i18n.js';
import { emit, note } from '../lib/output.js';
import { outputWidth } from '../lib/columns.js';
import { closest } from '../lib/suggest.js';
import { inlineSafe, terminalSafe } from '../lib/text.js';
import { translator } from '../i18n/index.js';
import { loadPrinciple, OTHER_LANG } from '../content/load.js';
import { renderOverview, renderRole } from '../content/render.js';
import { allRoleNames, roleKey, roleName, ROLE_KEYS, type RoleKey } from '../content/roles.js';
import type { Principle, RoleTab } from '../content/types.js';
import { contentDir, loadFor, pageJson, type PrincipleOptions } from '../input/content.js';

interface ShowOptions extends PrincipleOptions {
  role?: string;
}

const FORMATS = ['terminal', 'markdown', 'json'] as const;

function parseRole(name: string, lang: Lang): RoleKey {
  const key = roleKey(name);
  if (key) return key;
  const t = translator(lang);
  const guess = closest(name.toLowerCase(), [...ROLE_KEYS, ...allRoleNames()]);
  throw new UserError(
    t('content.error.unknownRole', { name: inlineSafe(name) }) +
      (guess ? t('content.didYouMean', { name: guess }) : ''),
    { hint: t('content.hint.roles', { list: ROLE_KEYS.join(', ') }) },
  );
}

/** The role's tab, from the requested language or else from the other one (the English page has no tabs). */
function findTab(
  id: string,
  opts: ShowOptions,
  lang: Lang,
  role: RoleKey,
): { principle: Principle; tab: RoleTab; lang: Lang } {
  const t = translator(lang);
  const { principle } = loadFor(id, opts, lang);
  const tab = principle.tabs.find((x) => x.role === role);
  if (tab) return { principle, tab, lang: principle.lang };
  const other = OTHER_LANG[principle.lang];
  try {
    const alt = loadPrinciple(id, { lang: other, contentDir: contentDir(opts) });
    const altTab = alt.lang === other ? alt.principle.tabs.find((x) => x.role === role) : undefined;
    if (altTab) {
      note(t(`content.note.roleOnly.${other}`, { role }));
      // Keep the title in the language asked for; the role text is the other language's.
      return { principle: { ...alt.principle, title: principle.title }, tab: altTab, lang: other };
    }
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
  }
  const roles = principle.tabs.map((x) => x.role).filter((r): r is RoleKey => r !== null);
  throw new UserError(
    t('content.error.noRoleGuidance', {
      slug: inlineSafe(principle.slug),
      role: roleName(role, lang),
    }),
    {
      exitCode: ExitCode.Failed,
      hint: roles.length
        ? t('content.hint.rolesWithGuidance', { list: roles.join(', ') })
        : t('content.hint.noRoleGuidance'),
    },
  );
}

export async function run(id: string, opts: ShowOptions): Promise<void> {
  const lang = resolveLang(opts.lang);
  // The same default on a terminal and in a pipe (docs/terminal.md): text, wrapped only to a known width.
  const format = parseFormat(opts.format, FORMATS, 'terminal');
  const role = opts.role !== undefined ? parseRole(opts.role, lang) : undefined;

  let markdown: string;
  let data: unknown;
  if (role) {
    const { principle, tab, lang: tabLang } = findTab(id, opts, lang, role);
    const priority = principle.roles.find((r) => r.role === role)?.priority ?? null;
    data = {
      slug: principle.slug,
      number: principle.number,
      title: principle.title,
      lang: tabLang,
      role,
      priority,
      tab,
    };
    markdown = format === 'json' ? '' : renderRole(principle, tab, lang, role);
  } else {
    const { principle } = loadFor(id, opts, lang);
    data = principle;
    markdown = format === 'json' ? '' : renderOverview(principle, lang);
  }

  if (format === 'json') return emit(pageJson(data));
  if (format === 'markdown') return emit(terminalSafe(markdown));
  const { renderTerminal } = await import('../lib/terminal.js');
  emit(await renderTerminal(markdown, { color: opts.color, width: outputWidth() }));
}
