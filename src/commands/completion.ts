/**
 * `inkoop completion bash|zsh|fish`: prints a completion script for the
 * shell, generated from the command tree (commands, flags, roles, kinds,
 * formats; file names where a file goes). Nothing is written into the
 * user's shell files; the help says where the script can go.
 */
import { readdirSync } from 'node:fs';
import type { Command, Option } from 'commander';
import { t } from '../i18n/index.js';
import { allRoleNames } from '../content/roles.js';
import { UserError } from '../lib/errors.js';
import {
  type CommandSpec,
  type Completion,
  completionScript,
  type FlagSpec,
  SHELLS,
  type Shell,
} from '../lib/completion.js';
import { emit } from '../lib/output.js';
import { bundledPath } from '../lib/paths.js';
import { didYouMean } from '../lib/suggest.js';
import { inlineSafe } from '../lib/text.js';
import { AUTHORITIES, CONTRACT_TYPES } from '../tco/thresholds.js';

const words = (list: readonly string[]): Completion => ({ kind: 'words', words: list });
const FILES: Completion = { kind: 'files' };

/** The formats each command accepts (its own FORMATS list; test/e2e/completion.test.ts holds them to it). */
const FORMATS: Record<string, readonly string[]> = {
  show: ['terminal', 'markdown', 'json'],
  roles: ['table', 'markdown', 'json'],
  principles: ['table', 'markdown', 'json'],
  tools: ['table', 'markdown', 'json'],
  tco: ['table', 'json', 'csv', 'markdown', 'html', 'xlsx'],
  drempel: ['text', 'json'],
  termijn: ['text', 'json'],
  score: ['table', 'markdown', 'json', 'csv', 'html', 'junit', 'xlsx'],
  criteria: ['table', 'markdown', 'json', 'yaml'],
  scaffold: ['table', 'json'],
  check: ['table', 'markdown', 'json', 'junit'],
  design: ['table', 'markdown', 'json', 'csv'],
};

/** Flags whose value is a file or folder name. */
const FILE_FLAGS = new Set([
  '--file',
  '--out',
  '--answers',
  '--tco',
  '--criteria',
  '--templates',
  '--content',
  '--verify',
  '--scores',
]);

/** The kinds of `inkoop scaffold`: the bundled templates. */
function kinds(): string[] {
  return readdirSync(bundledPath('templates'))
    .filter((n) => n.endsWith('.md'))
    .map((n) => n.replace(/(\.yaml)?\.md$/, ''))
    .sort();
}

/** What a command's positional argument is. */
function positional(name: string, names: string[]): Completion {
  if (name === 'scaffold') return words(kinds());
  if (name === 'completion') return words(SHELLS);
  if (name === 'help') return words(names);
  if (['show', 'roles', 'tools', 'principles', 'drempel', 'termijn'].includes(name)) return null;
  return FILES;
}

function flagValue(command: string, option: Option): Completion | 'none' {
  if (!option.required && !option.optional) return 'none';
  const long = option.long ?? '';
  if (long === '--format') return FORMATS[command] ? words(FORMATS[command]) : null;
  if (long === '--role') return words(allRoleNames());
  if (long === '--lang') return words(['nl', 'en']);
  if (long === '--type') return words(CONTRACT_TYPES);
  if (long === '--authority') return words(AUTHORITIES);
  if (FILE_FLAGS.has(long)) return FILES;
  return null;
}

function flags(command: string, cmd: Command): FlagSpec[] {
  return cmd.options
    .filter((o) => !o.hidden)
    .map((o) => ({
      names: [o.short, o.long].filter((n): n is string => typeof n === 'string'),
      value: flagValue(command, o),
      description: o.description,
    }));
}

export async function run(shell: string | undefined, _opts: unknown, cmd: Command): Promise<void> {
  if (shell === undefined || !(SHELLS as readonly string[]).includes(shell))
    throw new UserError(
      t('completion.shell', {
        shell: inlineSafe(shell ?? ''),
        suggestion: shell ? didYouMean(shell, SHELLS) : '',
      }),
    );
  const program = cmd.parent!;
  const visible = program.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden);
  const names = [...visible.map((c) => c.name()), 'help'];
  const commands: CommandSpec[] = visible.map((c) => ({
    name: c.name(),
    description: c.description(),
    flags: [
      ...flags(c.name(), c),
      { names: ['-h', '--help'], value: 'none', description: t('cli.option.help') },
    ],
    positional: positional(c.name(), names),
  }));
  commands.push({
    name: 'help',
    description: t('cli.command.help'),
    flags: [],
    positional: positional('help', names),
  });
  const global: FlagSpec[] = [
    ...flags('', program),
    { names: ['-h', '--help'], value: 'none', description: t('cli.option.help') },
  ];
  emit(completionScript(shell as Shell, { program: program.name(), commands, global }));
}
