/** `inkoop show [principle] [--role r]`: a principle or one role's guidance. */
import { ExitCode, UserError } from '../lib/errors.js';
import { parseFormat, json } from '../lib/format.js';
import { resolveLang, type Lang } from '../lib/i18n.js';
import { emit, note } from '../lib/output.js';
import { didYouMean } from '../lib/suggest.js';
import { loadPrinciple } from '../content/load.js';
import { renderOverview, renderRole } from '../content/render.js';
import { allRoleNames, roleKey, roleName, ROLE_KEYS, type RoleKey } from '../content/roles.js';
import type { Principle, RoleTab } from '../content/types.js';
import { contentDir, loadFor, type PrincipleOptions } from '../input/content.js';

interface ShowOptions extends PrincipleOptions {
  role?: string;
}

const FORMATS = ['terminal', 'markdown', 'json'] as const;

function parseRole(name: string): RoleKey {
  const key = roleKey(name);
  if (key) return key;
  throw new UserError(
    `unknown role "${name}"${didYouMean(name.toLowerCase(), [...ROLE_KEYS, ...allRoleNames()])}`,
    {
      hint: `Roles: ${ROLE_KEYS.join(', ')} (aliases: bestuurder, ontwikkelaar, inkoopadviseur; policy-maker, executive, project-manager, lawyer, buyer)`,
    },
  );
}

/** The role's tab, from the requested language or else from the other one (the English page has no tabs). */
function findTab(
  id: string,
  opts: ShowOptions,
  lang: Lang,
  role: RoleKey,
): { principle: Principle; tab: RoleTab; lang: Lang } {
  const { principle } = loadFor(id, opts, lang);
  const tab = principle.tabs.find((t) => t.role === role);
  if (tab) return { principle, tab, lang: principle.lang };
  const other: Lang = principle.lang === 'nl' ? 'en' : 'nl';
  try {
    const alt = loadPrinciple(id, { lang: other, contentDir: contentDir(opts) });
    const altTab = alt.lang === other ? alt.principle.tabs.find((t) => t.role === role) : undefined;
    if (altTab) {
      note(
        `note: the ${lang === 'en' ? 'English' : 'Dutch'} page has no guidance for the role "${role}"; showing the ${other === 'en' ? 'English' : 'Dutch'} text`,
      );
      // Keep the title in the language asked for; the role text is the other language's.
      return { principle: { ...alt.principle, title: principle.title }, tab: altTab, lang: other };
    }
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
  }
  const roles = principle.tabs.map((t) => t.role).filter((r): r is RoleKey => r !== null);
  throw new UserError(
    `principle "${principle.slug}" has no guidance for the role ${roleName(role, lang)}`,
    {
      exitCode: ExitCode.Failed,
      hint: roles.length
        ? `Roles with guidance: ${roles.join(', ')}`
        : 'This page has no role guidance.',
    },
  );
}

export async function run(id: string, opts: ShowOptions): Promise<void> {
  const lang = resolveLang(opts.lang);
  const format = parseFormat(opts.format, FORMATS, process.stdout.isTTY ? 'terminal' : 'markdown');
  const role = opts.role !== undefined ? parseRole(opts.role) : undefined;

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
    markdown = format === 'json' ? '' : renderOverview(principle, principle.lang);
  }

  if (format === 'json') return emit(json(data));
  if (format === 'markdown') return emit(markdown);
  const { renderTerminal } = await import('../lib/terminal.js');
  emit(await renderTerminal(markdown, { color: opts.color }));
}
