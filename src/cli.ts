/**
 * The command line. Registers every command; each action loads its module
 * with `await import()`, so `inkoop --help` loads commander and little else.
 * The only place that turns errors into exit codes.
 */
import { Command, CommanderError, Option } from 'commander';
import { ExitCode, UserError } from './lib/errors.js';

const EXIT_CODES = `
Exit codes:
  0    success
  1    a check or gate failed (score below --fail-under, no guidance for a role,
       a strategy that misses a required part)
  2    usage or input error (unknown flag or name, a bad file: file:line:col)
  130  interrupted (Ctrl-C)

Environment:
  INKOOP_LANG      default for --lang (nl or en; default nl)
  INKOOP_CONTENT   default for --content (a folder in the NeRDS layout)
  NO_COLOR         set to anything to turn colour off; FORCE_COLOR=0 does too`;

export interface GlobalOptions {
  color?: boolean;
}

type Action = (...args: never[]) => Promise<void>;

/** Loads a command module lazily and runs its `run` with the action's arguments. */
function lazy(load: () => Promise<{ run: Action }>): (...args: unknown[]) => Promise<void> {
  return async (...args: unknown[]) => {
    const mod = await load();
    const cmd = args[args.length - 1] as Command;
    // Positional arguments, then the command's options merged with the global ones.
    const positional = args.slice(0, -2);
    await (mod.run as (...a: unknown[]) => Promise<void>)(...positional, cmd.optsWithGlobals(), cmd);
  };
}

const langOption = () => new Option('--lang <lang>', 'language of the content: nl or en (default: nl, or INKOOP_LANG)');
const contentOption = () => new Option('--content <dir>', 'read principles from this folder (NeRDS layout; or INKOOP_CONTENT)');

export function buildProgram(): Command {
  const program = new Command('inkoop');
  program
    .description('Dutch public-sector IT procurement from the terminal: NeRDS principle 12 "Definieer je inkoopstrategie" as working tools.')
    .version(typeof __INKOOP_VERSION__ === 'string' ? __INKOOP_VERSION__ : '0.0.0-dev', '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--no-color', 'no colour in the output (also NO_COLOR=1)')
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_CODES)
    .configureHelp({ sortSubcommands: false, showGlobalOptions: true })
    .exitOverride();

  program
    .command('show')
    .description("show a principle, or one role's guidance with --role")
    .argument('[principle]', 'slug or number of the principle', 'inkoop')
    .option('-r, --role <role>', 'show the guidance for one role: beleidsmaker, cxo, projectleider, developer, jurist, inkoper (aliases such as bestuurder, lawyer, buyer work too)')
    .addOption(langOption())
    .addOption(contentOption())
    .option('-f, --format <format>', 'terminal, markdown or json (default: terminal on a terminal, markdown when piped)')
    .addHelpText('after', '\nExamples:\n  inkoop show --role jurist\n  inkoop show --role buyer --lang en\n  inkoop show --format json | jq .tabs[].role')
    .action(lazy(() => import('./commands/show.js')));

  program
    .command('roles')
    .description('list the roles of a principle with their priority, highest first')
    .argument('[principle]', 'slug or number of the principle', 'inkoop')
    .addOption(langOption())
    .addOption(contentOption())
    .option('-f, --format <format>', 'table, markdown or json', 'table')
    .action(lazy(() => import('./commands/roles.js')));

  program
    .command('principles')
    .description('list all NeRDS principles, with where to read them')
    .addOption(contentOption())
    .option('-f, --format <format>', 'table, markdown or json', 'table')
    .action(lazy(() => import('./commands/principles.js')));

  program
    .command('tools')
    .description("list a principle's action cards (tools) with status and link")
    .argument('[principle]', 'slug or number of the principle', 'inkoop')
    .addOption(langOption())
    .addOption(contentOption())
    .option('-f, --format <format>', 'table, markdown or json', 'table')
    .action(lazy(() => import('./commands/tools.js')));

  return program;
}

function handle(err: unknown): number {
  if (err instanceof CommanderError) {
    // Help and --version exit 0; every other commander error is a usage error.
    return err.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
  }
  if (err instanceof UserError) {
    if (err.exitCode !== ExitCode.Interrupted) {
      process.stderr.write(`inkoop: ${err.message}\n`);
      if (err.hint) process.stderr.write(`${err.hint}\n`);
    }
    return err.exitCode;
  }
  const e = err as Error;
  process.stderr.write(`inkoop: internal error: ${e?.message ?? String(err)}\n`);
  if (process.env.INKOOP_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
  else process.stderr.write('This is a bug in inkoop. Run again with INKOOP_DEBUG=1 for details, and report it.\n');
  return ExitCode.Failed;
}

export async function main(argv: string[] = process.argv): Promise<void> {
  // A closed pipe (`inkoop show | head`) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  process.on('SIGINT', () => process.exit(ExitCode.Interrupted));
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    process.exitCode = handle(err);
  }
}
