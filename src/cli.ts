/**
 * The command line. Registers every command; each action loads its module
 * with `await import()`, so `inkoop --help` loads commander and little else.
 * The only place that turns errors into exit codes.
 */
import { Command, CommanderError, Option } from 'commander';
import { isLang, type Lang, setRunLang } from './i18n/index.js';
import { ExitCode, UserError } from './lib/errors.js';
import { holdOutput, installSignalHandlers, releaseOutput, settle } from './lib/signals.js';

const EXIT_CODES = `
Exit codes:
  0    success
  1    a check or gate failed (score below --fail-under, no guidance for a role,
       a strategy that misses a required part)
  2    usage or input error (unknown flag or name, a bad file: file:line:col)
  130  interrupted (Ctrl-C)
  143  stopped by SIGTERM (129: SIGHUP); nothing written, no temporary file left

Environment:
  INKOOP_LANG      default for --lang (nl or en; default nl)
  INKOOP_CONTENT   default for --content (a folder in the NeRDS layout)
  INKOOP_TEMPLATES default for scaffold --templates (extra or overriding templates)
  NO_COLOR         set to anything to turn colour off; FORCE_COLOR=0 does too
  INKOOP_MAX_INPUT_MB  largest input file read, in MiB (default 64)`;

type Action = (...args: never[]) => Promise<void>;

/** Loads a command module lazily and runs its `run` with the action's arguments. */
function lazy(load: () => Promise<{ run: Action }>): (...args: unknown[]) => Promise<void> {
  return async (...args: unknown[]) => {
    const mod = await load();
    const cmd = args[args.length - 1] as Command;
    // Positional arguments, then the command's options merged with the global ones.
    const positional = args.slice(0, -2);
    await (mod.run as (...a: unknown[]) => Promise<void>)(
      ...positional,
      cmd.optsWithGlobals(),
      cmd,
    );
  };
}

const langOption = () =>
  new Option('--lang <lang>', 'language of the content: nl or en (default: nl, or INKOOP_LANG)');
const contentOption = () =>
  new Option(
    '--content <dir>',
    'read principles from this folder (NeRDS layout; or INKOOP_CONTENT)',
  );

export function buildProgram(): Command {
  const program = new Command('inkoop');
  program
    .description(
      'Dutch public-sector IT procurement from the terminal: NeRDS principle 12 "Definieer je inkoopstrategie" as working tools.',
    )
    .version(
      typeof __INKOOP_VERSION__ === 'string' ? __INKOOP_VERSION__ : '0.0.0-dev',
      '-V, --version',
      'print the version',
    )
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
    .option(
      '-r, --role <role>',
      'show the guidance for one role: beleidsmaker, cxo, projectleider, developer, jurist, inkoper (aliases such as bestuurder, lawyer, buyer work too)',
    )
    .addOption(langOption())
    .addOption(contentOption())
    .option(
      '-f, --format <format>',
      'terminal, markdown or json (default: terminal on a terminal, markdown when piped)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  inkoop show --role jurist\n  inkoop show --role buyer --lang en\n  inkoop show --format json | jq .tabs[].role',
    )
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

  program
    .command('tco')
    .description('total cost of ownership of alternatives in a costs file, exact to the cent')
    .argument('[file]', 'the costs file (YAML); - reads standard input')
    .option('--file <file>', 'the costs file (instead of the argument)')
    .option(
      '-f, --format <format>',
      'table, json, csv, markdown or html (a self-contained report to share or print)',
      'table',
    )
    .option('--detail', 'also show each item per year')
    .option(
      '--years <n>',
      'what-if: another horizon than the file (items outside it are left out, with a warning)',
    )
    .option(
      '--discount-rate <rate>',
      'what-if: another discount rate than the file, e.g. 2.25% or 0.0225',
    )
    .option(
      '--date <yyyy-mm-dd>',
      'with authority in the file: judge the EU thresholds in force on this date (default: today)',
    )
    .option(
      '-o, --out <file>',
      'with --format html: write the report to this file (default: standard output)',
    )
    .option('--force', 'overwrite the file of --out')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExamples:\n  inkoop tco examples/costs.yaml\n  inkoop tco --file examples/costs.yaml --detail\n  inkoop tco examples/costs.yaml --discount-rate 2.25% --format json\n  inkoop tco examples/costs.yaml --format markdown > tco.md\n  inkoop tco examples/costs.yaml --format html --out tco.html',
    )
    .action(lazy(() => import('./commands/tco.js')));

  program
    .command('drempel')
    .description(
      'does an estimated contract value (excl. VAT) reach the European procurement thresholds?',
    )
    .argument('<amount>', 'the estimated contract value in euros, excluding VAT, e.g. 250000')
    .option('--type <type>', 'diensten, leveringen, werken or sociale-diensten', 'diensten')
    .option(
      '--authority <authority>',
      'centraal, decentraal or speciale-sector (default: all three)',
    )
    .option(
      '--date <yyyy-mm-dd>',
      'judge against the thresholds in force on this date (default: today)',
    )
    .option('-f, --format <format>', 'text or json', 'text')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExamples:\n  inkoop drempel 180000\n  inkoop drempel 180000 --authority centraal\n  inkoop drempel 6000000 --type werken --format json',
    )
    .action(lazy(() => import('./commands/drempel.js')));

  const collectDates = (value: string, previous: string[] = []) => [...previous, value];
  program
    .command('termijn')
    .description(
      'the end of the standstill period: dispatch date plus 20 days, moved past weekends and holidays (Algemene termijnenwet)',
    )
    .argument('<date>', 'the day the award decision is sent, YYYY-MM-DD')
    .option('--days <n>', 'the length of the period in calendar days', '20')
    .option(
      '--extra-holiday <date>',
      'a day to treat as a holiday too (YYYY-MM-DD); repeat for more',
      collectDates,
    )
    .option('-f, --format <format>', 'text or json', 'text')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExamples:\n  inkoop termijn 2027-04-07\n  inkoop termijn 2026-12-04 --format json\n  inkoop termijn 2029-05-01 --extra-holiday 2029-05-11',
    )
    .action(lazy(() => import('./commands/termijn.js')));

  program
    .command('award')
    .description(
      'the award decision: a letter to every bidder (Markdown and DOCX), the evaluation report and award.json, from the same computation as score',
    )
    .argument('[tender]', 'a tender file or folder with motivations and an award section')
    .option('-o, --out <folder>', 'the folder to write to (created when missing)')
    .option('--date <yyyy-mm-dd>', 'the dispatch date (instead of award.dispatch_date)')
    .option('--robustness', 'include the robustness summary in the evaluation report')
    .option(
      '--templates <dir>',
      'a template folder whose award/ subfolder overrides the letters (or INKOOP_TEMPLATES)',
    )
    .option(
      '--verify <folder>',
      'recompute a written award decision and compare: exit 1 on any difference',
    )
    .option('--force', 'overwrite files that exist')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExamples:\n  inkoop award examples/award/tender.yaml --out gunning/\n  inkoop award --verify gunning/\n\nExit codes:\n  0  written (or verified)\n  1  a motivation is missing, the first place is tied and unresolved, no dispatch date; or --verify found a difference\n  2  a bad tender file (file:line:col) or a bad option',
    )
    .action(lazy(() => import('./commands/award.js')));

  program
    .command('score')
    .description(
      'score tender bids against weighted award criteria (best price-quality ratio); rank, explain, and gate a CI job',
    )
    .argument(
      '<tender>',
      'a tender file (YAML), a folder with tender.yaml plus one YAML file per bid, or - for standard input',
    )
    .option(
      '-f, --format <format>',
      'table, markdown, json, csv or html (a self-contained report to share or print)',
      'table',
    )
    .option('-e, --explain', 'show per bid and criterion the score, the formula and the points')
    .option(
      '--allow-outside',
      "let a bid's tco: { file } lie outside the tender's folder (refused by default)",
    )
    .option(
      '--fail-under <points>',
      'exit 1 when the best total is below this many points, or when no bid is valid',
    )
    .option(
      '-o, --out <file>',
      'with --format html: write the report to this file (default: standard output)',
    )
    .option('--force', 'overwrite the file of --out')
    .option(
      '--robustness',
      'also report how firm the outcome is: weight changes, score margins, rank reversal and evaluators that change the winner',
    )
    .option(
      '--fail-if-fragile',
      'exit 1 when the winner changes with a weight change within --margin, by withdrawing or adding a bid, or is a tie (implies --robustness)',
    )
    .option(
      '--margin <points>',
      'with --robustness or --fail-if-fragile: a weight change of at most this many points that changes the winner is fragile (default: 5)',
    )
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExamples:\n  inkoop score examples/tender.yaml\n  inkoop score examples/tender.yaml --explain\n  inkoop score examples/tender/ --format json | jq .winner\n  inkoop score tender.yaml --fail-under 60 --format markdown > report.md\n  inkoop score examples/tender.yaml --format html --out report.html\n  inkoop score examples/tender.yaml --robustness\n  inkoop score tender.yaml --fail-if-fragile --margin 3\n\nExit codes:\n  0  scored (and --fail-under, --fail-if-fragile, if given, passed)\n  1  the best total is below --fail-under, no bid is valid, or --fail-if-fragile found the outcome fragile\n  2  a bad tender file (file:line:col) or a bad option',
    )
    .action(lazy(() => import('./commands/score.js')));

  program
    .command('criteria')
    .description(
      "print the award criteria of principle 12 with their weights (or a tender's own); --format yaml writes a starting tender file",
    )
    .argument(
      '[tender]',
      "a tender file or folder whose criteria to print (default: the principle's model)",
    )
    .option(
      '-f, --format <format>',
      'table, markdown, json or yaml (a starting tender file)',
      'table',
    )
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExamples:\n  inkoop criteria\n  inkoop criteria --format yaml > tender.yaml\n  inkoop criteria examples/tender.yaml --format markdown',
    )
    .action(lazy(() => import('./commands/criteria.js')));

  const collectScaffoldSet = (value: string, previous: string[] = []) => [...previous, value];
  program
    .command('scaffold')
    .description(
      "write a procurement document from the principle's templates: by interview in a terminal, or from answers",
    )
    .argument(
      '[kind]',
      'the document: strategy, business-case, project-plan, evaluation, contract-clause, costs, tender (see --list)',
    )
    .option('--list', 'list the templates with a one-line description')
    .option('--answers <file>', 'answers from a YAML or JSON file (- for standard input)')
    .option(
      '--set <key=value>',
      'answer one field; repeat for more (a list field collects every --set of its key)',
      collectScaffoldSet,
    )
    .option('--defaults', 'accept the default of every field that is not answered otherwise')
    .option(
      '--no-input',
      'never ask: fail (exit 2) when a required answer is missing; also without a terminal or with CI=true',
    )
    .option(
      '--tco <costs.yaml>',
      'fill the cost section with the `inkoop tco` comparison of this costs file',
    )
    .option('--criteria <tender.yaml>', 'fill the award criteria with those of this tender file')
    .option(
      '-o, --out <path>',
      'write here (default: <kind>.md, or <kind>.yaml for costs and tender)',
    )
    .option('--stdout', 'print the document instead of writing a file')
    .option('--force', 'overwrite an existing file')
    .option(
      '--templates <dir>',
      'also read templates from this folder; a file with the same kind overrides the bundled one (or INKOOP_TEMPLATES)',
    )
    .option(
      '--example-answers',
      'print an answers file with every field of the template, its question and default',
    )
    .option('-f, --format <format>', 'with --list: table or json')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExamples:\n  inkoop scaffold strategy                          # interview in a terminal\n  inkoop scaffold strategy --answers answers.yaml   # unattended, e.g. in CI\n  inkoop scaffold strategy --example-answers > answers.yaml\n  inkoop scaffold strategy --defaults --set title="Cloudwerkplek" --set needs="..." --stdout\n  inkoop scaffold strategy --tco costs.yaml --lang en\n  inkoop scaffold --list',
    )
    .action(lazy(() => import('./commands/scaffold.js')));

  program
    .command('check')
    .description(
      'check that a purchasing strategy covers the seven conditions and six evaluation questions of principle 12',
    )
    .argument('<strategy>', 'the strategy document (Markdown; - for standard input)')
    .option('-f, --format <format>', 'table, markdown or json', 'table')
    .option(
      '--strict',
      'also fail (exit 1) when a template placeholder such as [Technologie] or {{key}} is left',
    )
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExit 1 when a part is empty or missing, so a CI job can gate procurement documents.\n\nExamples:\n  inkoop check strategy.md\n  inkoop check strategy.md --strict --format json',
    )
    .action(lazy(() => import('./commands/check.js')));

  program
    .command('design')
    .description(
      'before publishing: simulate the award criteria on generated bids and compare how often ties and rank reversal occur with the relative and the bounds price method',
    )
    .argument(
      '<tender>',
      'a tender file (YAML) with criteria and a price method, a tender folder, or - for standard input; bids are not needed',
    )
    .option('--bids <n>', 'bids per generated set (default: 5)')
    .option('--runs <n>', 'number of generated sets (default: 1000)')
    .option('--seed <n>', 'seed of the generator; the same seed gives the same sets (default: 1)')
    .option(
      '--spread <pct>',
      'prices run from the lowest price to this much above it, e.g. 30% or 0.3 (default: 30%)',
    )
    .option(
      '--low-price <euros>',
      "the lowest price a bid can have (default: the tender's best bound, else its budget / (1 + spread), else 100000)",
    )
    .option(
      '--best <euros>',
      'bounds for the bounds method when the tender has none: a price at or below it earns all points (with --worst)',
    )
    .option(
      '--worst <euros>',
      'a price at or above it earns no points (default bounds: the lowest price and 1 + 2 x spread times it)',
    )
    .option(
      '--margin <points>',
      'a weight change of at most this many points that changes the winner counts as fragile (default: 5)',
    )
    .option('-f, --format <format>', 'table, markdown, json or csv', 'table')
    .addOption(langOption())
    .addHelpText(
      'after',
      '\nExamples:\n  inkoop design examples/tender.yaml\n  inkoop design tender.yaml --bids 8 --spread 50% --runs 5000 --seed 7\n  inkoop design tender.yaml --format json | jq .methods.relative.shares\n\nExit codes:\n  0  simulated\n  2  a bad tender file (file:line:col) or a bad option',
    )
    .action(lazy(() => import('./commands/design.js')));

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
  else
    process.stderr.write(
      'This is a bug in inkoop. Run again with INKOOP_DEBUG=1 for details, and report it.\n',
    );
  return ExitCode.Failed;
}

/** `--lang x` / `--lang=x` anywhere, else INKOOP_LANG, else nl; a bad value is left to --lang's own check. */
function runLangFrom(argv: string[]): Lang {
  let value: string | undefined = process.env.INKOOP_LANG || undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang' && argv[i + 1] !== undefined) value = argv[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  });
  const word = (value ?? 'nl').trim().toLowerCase().split(/[-_]/)[0] ?? 'nl';
  return isLang(word) ? word : 'nl';
}

export async function main(argv: string[] = process.argv): Promise<void> {
  // Ctrl-C, SIGTERM, SIGHUP: exit 130, 143, 129; temporary files removed, held output dropped.
  installSignalHandlers();
  // A closed pipe (`inkoop show | head`) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  // Interim (until --lang is read by the option parser): the run's language for messages.
  setRunLang(runLangFrom(argv));
  // Results are printed once the command is done and pending signals are handled.
  holdOutput();
  let failure: unknown;
  let failed = false;
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    failure = err;
    failed = true;
  }
  await settle();
  releaseOutput();
  if (failed) process.exitCode = handle(failure);
}
