/**
 * The command line. Works out the run's language first (`--lang` anywhere
 * before `--`, else INKOOP_LANG, else Dutch), then registers every command
 * with its help texts from the message catalogue; each action loads its
 * module with `await import()`, so `inkoop --help` loads commander and the
 * catalogue, little else. The only place that turns errors into exit codes.
 */
import { Command, CommanderError, Help, Option } from 'commander';
import { getRunLang, setRunLang, t } from './i18n/index.js';
import { ExitCode, UserError } from './lib/errors.js';
import { errorCommands, guardOutput, onGitHubActions } from './lib/github.js';
import { resolveLang } from './lib/i18n.js';
import { outputWidth, outputWidthFor, setOutputWidth } from './lib/columns.js';

/** Fits help text to the run's width; set by main() when output is wrapped. */
let fitHelp: ((text: string) => string) | undefined;
import { holdOutput, installSignalHandlers, releaseOutput, settle } from './lib/signals.js';

type Action = (...args: never[]) => Promise<void>;

/**
 * Loads a command module lazily and runs its `run` with the action's
 * arguments; `lang` is the run's language (taken from the command line before
 * commander saw it).
 */
function lazy(load: () => Promise<{ run: Action }>): (...args: unknown[]) => Promise<void> {
  return async (...args: unknown[]) => {
    const mod = await load();
    const cmd = args[args.length - 1] as Command;
    // Positional arguments, then the command's options merged with the global ones.
    const positional = args.slice(0, -2);
    await (mod.run as (...a: unknown[]) => Promise<void>)(
      ...positional,
      {
        ...cmd.optsWithGlobals(),
        lang: getRunLang(),
        formatGiven: cmd.getOptionValueSource('format') === 'cli',
      },
      cmd,
    );
  };
}

/**
 * Takes every `--lang <x>` and `--lang=<x>` out of the arguments (before a
 * `--`), so that it works before or after any command; the last one counts.
 */
export function takeLang(args: readonly string[]): { rest: string[]; lang?: string } {
  const rest: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg === '--lang') {
      const value = args[i + 1];
      if (value === undefined || value === '--') throw new UserError(t('cli.error.langValue'));
      lang = value;
      i++;
    } else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  return { rest, lang };
}

/** Sets the run's language from `--lang` or INKOOP_LANG; returns the arguments without `--lang`. */
export function applyLang(args: readonly string[], env: NodeJS.ProcessEnv = process.env): string[] {
  // A mistake in --lang is reported in INKOOP_LANG's language when that is valid, else in Dutch.
  try {
    setRunLang(resolveLang(undefined, env));
  } catch {
    setRunLang('nl');
  }
  const { rest, lang } = takeLang(args);
  setRunLang(resolveLang(lang, env));
  return rest;
}

const COMMANDER_TITLES: Record<string, () => string> = {
  'Usage:': () => t('cli.heading.usage'),
  'Arguments:': () => t('cli.heading.arguments'),
  'Options:': () => t('cli.heading.options'),
  'Global Options:': () => t('cli.heading.globalOptions'),
  'Commands:': () => t('cli.heading.commands'),
};

const usageWords = (s: string) =>
  s
    .split(' ')
    .map((w) =>
      w === '[options]' ? t('cli.usage.options') : w === '[command]' ? t('cli.usage.command') : w,
    )
    .join(' ');

/** `... (default: "x")` in the run's language. */
const withDefault = (s: string) =>
  s.replace(/\(default: (.*)\)$/, (_all, value: string) => `(${t('cli.help.default', { value })})`);

/** commander's help, with its own words in the run's language. */
const helpConfiguration: Partial<Help> = {
  sortSubcommands: false,
  showGlobalOptions: true,
  styleTitle: (str: string) => COMMANDER_TITLES[str]?.() ?? str,
  commandUsage(this: Help, cmd: Command) {
    return usageWords(Help.prototype.commandUsage.call(this, cmd));
  },
  subcommandTerm(this: Help, cmd: Command) {
    return usageWords(Help.prototype.subcommandTerm.call(this, cmd));
  },
  optionDescription(this: Help, option: Option) {
    return withDefault(Help.prototype.optionDescription.call(this, option));
  },
  argumentDescription(this: Help, argument) {
    return withDefault(Help.prototype.argumentDescription.call(this, argument));
  },
};

/** commander's error messages, each with the words of the run's language. */
const COMMANDER_ERRORS: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^unknown option '(.*)'$/, (m) => t('cli.error.unknownOption', { flag: m[1]! })],
  [/^unknown command '(.*)'$/, (m) => t('cli.error.unknownCommand', { name: m[1]! })],
  [
    /^missing required argument '(.*)'$/,
    // No tender yet (score, design): say how to start one.
    (m) =>
      t('cli.error.missingArgument', { name: m[1]! }) +
      (m[1] === t('cli.ph.tender') ? `\n${t('init.startHint')}` : ''),
  ],
  [
    /^option '(.*)' argument missing$/,
    (m) => t('cli.error.optionMissingArgument', { flags: m[1]! }),
  ],
  [
    /^required option '(.*)' not specified$/,
    (m) => t('cli.error.missingMandatoryOption', { flags: m[1]! }),
  ],
  [
    /^(.*) cannot be used with (.*)$/,
    (m) => t('cli.error.conflictingOption', { a: m[1]!, b: m[2]! }),
  ],
  [
    /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (m) =>
      t('cli.error.excessArguments', {
        forCommand: m[1] === undefined ? '' : t('cli.error.forCommand', { name: m[1] }),
        count: Number(m[2]),
        got: m[3]!,
      }),
  ],
  [/^\(Did you mean one of (.*)\?\)$/, (m) => t('cli.error.didYouMeanOneOf', { names: m[1]! })],
  [/^\(Did you mean (.*)\?\)$/, (m) => t('cli.error.didYouMean', { name: m[1]! })],
];

/** One of commander's error messages (`error: unknown option '--x'` ...) in the run's language. */
export function commanderMessage(text: string): string {
  const lines = text
    .replace(/^error: /, '')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => {
      for (const [re, word] of COMMANDER_ERRORS) {
        const m = re.exec(line);
        if (m) return word(m);
      }
      return line;
    });
  return `inkoop: ${lines.join('\n')}\n`;
}

/** `<bestand>` / `<file>`: a placeholder in the run's language. */
const req = (key: Parameters<typeof t>[0]) => `<${t(key as never)}>`;
const opt = (key: Parameters<typeof t>[0]) => `[${t(key as never)}]`;

/** An "Examples:" block; `lines` are command lines, language-neutral. */
const examples = (...lines: string[]) =>
  `\n${t('cli.heading.examples')}\n${lines.map((l) => `  ${l}`).join('\n')}`;

const contentOption = () => new Option(`--content ${req('cli.ph.dir')}`, t('cli.option.content'));
const formatFlags = () => `-f, --format ${req('cli.ph.format')}`;
const collectOut = (value: string, previous: string[] = []) => [...previous, value];
/** `--out` (repeatable, the format from each extension), `--force` and `--summary`. */
const outputOptions = (cmd: Command) =>
  cmd
    .option(`-o, --out ${req('cli.ph.file')}`, t('pipeline.option.out'), collectOut)
    .option('--force', t('cli.option.force'))
    .option('--summary', t('pipeline.option.summary', { variable: '$GITHUB_STEP_SUMMARY' }));
const csvSeparatorFlag = () => `--csv-separator ${req('sheets.ph.char')}`;

export function buildProgram(): Command {
  const program = new Command('inkoop');
  program
    .description(t('cli.program.description'))
    .version(
      typeof __INKOOP_VERSION__ === 'string' ? __INKOOP_VERSION__ : '0.0.0-dev',
      '-V, --version',
      t('cli.option.version'),
    )
    .helpOption('-h, --help', t('cli.option.help'))
    .helpCommand('help [command]', t('cli.command.help'))
    .option('--no-color', t('cli.option.noColor'))
    // Shown in every help; src/cli.ts takes it out of the arguments before commander parses them.
    .addOption(new Option(`--lang ${req('cli.ph.lang')}`, t('cli.option.lang')))
    .showSuggestionAfterError(true)
    .showHelpAfterError(t('cli.error.helpAfter'))
    .addHelpText('after', `\n${t('cli.epilogue')}\n\n${t('terminal.helpOutput')}`)
    .configureHelp(helpConfiguration)
    .configureOutput({
      outputError: (str, write) => write(commanderMessage(str)),
      // Help fits the run's width like every other text (docs/terminal.md).
      writeOut: (str) => process.stdout.write(fitHelp ? fitHelp(str) : str),
      getOutHelpWidth: () => outputWidth() ?? 80,
    })
    .exitOverride();

  program
    .command('init')
    .description(t('cli.init.description'))
    .argument(opt('cli.ph.dir'), t('cli.init.folder'))
    .option('--tender-folder', t('cli.init.tenderFolder'))
    .option('--example', t('cli.init.example'))
    .addHelpText(
      'after',
      examples('inkoop init', 'inkoop init aanbesteding --tender-folder', 'inkoop init --example'),
    )
    .action(lazy(() => import('./commands/init.js')));

  program
    .command('show')
    .description(t('cli.show.description'))
    .argument(opt('cli.ph.principle'), t('cli.arg.principle'), 'inkoop')
    .option(`-r, --role ${req('cli.ph.role')}`, t('cli.show.role'))
    .addOption(contentOption())
    .option(formatFlags(), t('cli.show.format'))
    .addHelpText(
      'after',
      examples(
        'inkoop show --role jurist',
        'inkoop show --role buyer --lang en',
        'inkoop show --format json | jq .tabs[].role',
      ),
    )
    .action(lazy(() => import('./commands/show.js')));

  program
    .command('roles')
    .description(t('cli.roles.description'))
    .argument(opt('cli.ph.principle'), t('cli.arg.principle'), 'inkoop')
    .addOption(contentOption())
    .option(formatFlags(), t('cli.option.formatTable'), 'table')
    .action(lazy(() => import('./commands/roles.js')));

  program
    .command('principles')
    .description(t('cli.principles.description'))
    .addOption(contentOption())
    .option(formatFlags(), t('cli.option.formatTable'), 'table')
    .action(lazy(() => import('./commands/principles.js')));

  program
    .command('tools')
    .description(t('cli.tools.description'))
    .argument(opt('cli.ph.principle'), t('cli.arg.principle'), 'inkoop')
    .addOption(contentOption())
    .option(formatFlags(), t('cli.option.formatTable'), 'table')
    .action(lazy(() => import('./commands/tools.js')));

  const tco = program
    .command('tco')
    .description(t('cli.tco.description'))
    .argument(opt('cli.ph.file'), t('cli.tco.file'))
    .option(`--file ${req('cli.ph.file')}`, t('cli.tco.fileOption'))
    .option(formatFlags(), t('cli.tco.format'), 'table')
    .option('--detail', t('cli.tco.detail'))
    .option('--years <n>', t('cli.tco.years'))
    .option(`--discount-rate ${req('cli.ph.rate')}`, t('cli.tco.discountRate'))
    .option(`--date ${req('cli.ph.date')}`, t('cli.tco.date'))
    .option(csvSeparatorFlag(), t('sheets.cli.csvSeparator'));
  outputOptions(tco)
    .addHelpText(
      'after',
      examples(
        'inkoop tco examples/costs.yaml',
        'inkoop tco --file examples/costs.yaml --detail',
        'inkoop tco examples/costs.yaml --discount-rate 2.25% --format json',
        'inkoop tco examples/costs.yaml --format markdown > tco.md',
        'inkoop tco examples/costs.yaml --format html --out tco.html',
        'inkoop tco examples/costs.yaml --out tco-report.md --out tco.json',
      ),
    )
    .action(lazy(() => import('./commands/tco.js')));

  program
    .command('drempel')
    .description(t('cli.drempel.description'))
    .argument(req('cli.ph.amount'), t('cli.drempel.amount'))
    .option(`--type ${req('cli.ph.type')}`, t('cli.drempel.type'), 'diensten')
    .option(`--authority ${req('cli.ph.authority')}`, t('cli.drempel.authority'))
    .option(`--date ${req('cli.ph.date')}`, t('cli.drempel.date'))
    .option(formatFlags(), t('cli.drempel.format'), 'text')
    .addHelpText(
      'after',
      examples(
        'inkoop drempel 180000',
        'inkoop drempel 180000 --authority centraal',
        'inkoop drempel 6000000 --type werken --format json',
      ),
    )
    .action(lazy(() => import('./commands/drempel.js')));

  const collectDates = (value: string, previous: string[] = []) => [...previous, value];
  program
    .command('termijn')
    .description(t('cli.termijn.description'))
    .argument(req('cli.ph.sentDate'), t('cli.termijn.date'))
    .option('--days <n>', t('cli.termijn.days'), '20')
    .option(`--extra-holiday ${req('cli.ph.date')}`, t('cli.termijn.extraHoliday'), collectDates)
    .option(formatFlags(), t('cli.drempel.format'), 'text')
    .addHelpText(
      'after',
      examples(
        'inkoop termijn 2027-04-07',
        'inkoop termijn 2026-12-04 --format json',
        'inkoop termijn 2029-05-01 --extra-holiday 2029-05-11',
      ),
    )
    .action(lazy(() => import('./commands/termijn.js')));

  program
    .command('award')
    .description(t('cli.award.description'))
    .argument(opt('cli.ph.tender'), t('cli.award.tender'))
    .option(`-o, --out ${req('cli.ph.dir')}`, t('cli.award.out'))
    .option(`--date ${req('cli.ph.date')}`, t('cli.award.date'))
    .option('--robustness', t('cli.award.robustness'))
    .option(`--templates ${req('cli.ph.dir')}`, t('cli.award.templates'))
    .option(`--verify ${req('cli.ph.dir')}`, t('cli.award.verify'))
    .option(`--lot ${req('lots.cli.ph')}`, t('lots.cli.lot'))
    .option('--force', t('cli.award.force'))
    .addHelpText(
      'after',
      `${examples(
        'inkoop award examples/award/tender.yaml --out gunning/',
        'inkoop award --verify gunning/',
      )}\n\n${t('cli.award.exitCodes')}`,
    )
    .action(lazy(() => import('./commands/award.js')));

  const score = program
    .command('score')
    .description(t('cli.score.description'))
    .argument(req('cli.ph.tender'), t('cli.score.tender'))
    .option(formatFlags(), t('cli.score.format'), 'table')
    .option('-e, --explain', t('cli.score.explain'))
    .option('--allow-outside', t('cli.score.allowOutside', { entry: 'tco: { file }' }))
    .option(`--fail-under ${req('cli.ph.points')}`, t('cli.score.failUnder'))
    .option(csvSeparatorFlag(), t('sheets.cli.csvSeparator'))
    .option(`--scores ${req('forms.ph.path')}`, t('forms.cli.scores'), collectOut)
    .option('--robustness', t('cli.score.robustness'))
    .option('--fail-if-fragile', t('cli.score.failIfFragile'))
    .option(`--margin ${req('cli.ph.points')}`, t('cli.score.margin'))
    .option(`--lot ${req('lots.cli.ph')}`, t('lots.cli.lot'));
  outputOptions(score)
    .addHelpText(
      'after',
      `${examples(
        'inkoop score examples/tender.yaml',
        'inkoop score examples/tender.yaml --explain',
        'inkoop score examples/tender/ --format json | jq .winner',
        'inkoop score tender.yaml --fail-under 60 --format markdown > report.md',
        'inkoop score examples/tender.yaml --format html --out report.html',
        'inkoop score examples/tender.yaml --out score.html --out score.json --out junit.xml',
        'inkoop score examples/tender.yaml --robustness',
        'inkoop score tender.yaml --fail-if-fragile --margin 3',
        'inkoop score tender.yaml --scores forms/',
        'inkoop score examples/lots/tender.yaml --lot software',
      )}\n\n${t('cli.score.exitCodes')}`,
    )
    .action(lazy(() => import('./commands/score.js')));

  program
    .command('forms')
    .description(t('forms.cli.description'))
    .argument(req('cli.ph.tender'), t('cli.score.tender'))
    .option(`-o, --out ${req('cli.ph.dir')}`, t('forms.cli.out'))
    .option(`--evaluators ${req('forms.ph.names')}`, t('forms.cli.evaluators'))
    .option('--force', t('forms.cli.force'))
    .option(`--lot ${req('lots.cli.ph')}`, t('lots.cli.lotForms'))
    .addHelpText(
      'after',
      examples(
        'inkoop forms examples/tender.yaml --out forms/ --evaluators "Anna, Bram, Chris"',
        'inkoop score examples/tender.yaml --scores forms/',
      ),
    )
    .action(lazy(() => import('./commands/forms.js')));

  program
    .command('criteria')
    .description(t('cli.criteria.description'))
    .argument(opt('cli.ph.tender'), t('cli.criteria.tender'))
    .option(formatFlags(), t('cli.criteria.format'), 'table')
    .option(
      `--method ${req('methods.ph.method')}`,
      t('methods.cli.method', {
        methods:
          'weighted, fictitious_price, price_per_point, utility_index, lowest_price, lowest_cost',
      }),
    )
    .option(`--lot ${req('lots.cli.ph')}`, t('lots.cli.lotCriteria'))
    .addHelpText(
      'after',
      examples(
        'inkoop criteria',
        'inkoop criteria --format yaml > tender.yaml',
        'inkoop criteria --format yaml --method fictitious_price > tender.yaml',
        'inkoop criteria examples/tender.yaml --format markdown',
      ),
    )
    .action(lazy(() => import('./commands/criteria.js')));

  const collectScaffoldSet = (value: string, previous: string[] = []) => [...previous, value];
  program
    .command('scaffold')
    .description(t('cli.scaffold.description'))
    .argument(opt('cli.ph.kind'), t('cli.scaffold.kind'))
    .option('--list', t('cli.scaffold.list'))
    .option(`--answers ${req('cli.ph.file')}`, t('cli.scaffold.answers'))
    .option(`--set ${req('cli.ph.keyValue')}`, t('cli.scaffold.set'), collectScaffoldSet)
    .option('--defaults', t('cli.scaffold.defaults'))
    .option('--no-input', t('cli.scaffold.noInput'))
    .option(`--tco ${req('cli.ph.costsFile')}`, t('cli.scaffold.tco'))
    .option(`--criteria ${req('cli.ph.tenderFile')}`, t('cli.scaffold.criteria'))
    .option(`-o, --out ${req('cli.ph.path')}`, t('cli.scaffold.out'))
    .option('--stdout', t('cli.scaffold.stdout'))
    .option('--force', t('cli.scaffold.force'))
    .option(`--templates ${req('cli.ph.dir')}`, t('cli.scaffold.templates'))
    .option('--example-answers', t('cli.scaffold.exampleAnswers'))
    .option(formatFlags(), t('cli.scaffold.format'))
    .addHelpText(
      'after',
      examples(
        `inkoop scaffold strategy                          # ${t('cli.scaffold.exampleInterview')}`,
        `inkoop scaffold strategy --answers answers.yaml   # ${t('cli.scaffold.exampleUnattended')}`,
        'inkoop scaffold strategy --answers answers.yaml --set title="Cloudwerkplek" --stdout',
        'inkoop scaffold strategy --answers answers.yaml --tco costs.yaml --lang en --stdout',
        'inkoop scaffold strategy --example-answers > answers.yaml',
        'inkoop scaffold --list',
      ),
    )
    .action(lazy(() => import('./commands/scaffold.js')));

  const check = program
    .command('check')
    .description(t('cli.check.description'))
    .argument(req('cli.ph.strategy'), t('cli.check.strategy'))
    .option(formatFlags(), t('cli.option.formatTable'), 'table')
    .option('--strict', t('cli.check.strict', { example: '{{key}}' }));
  outputOptions(check)
    .addHelpText(
      'after',
      `\n${t('cli.check.exit')}\n${examples(
        'inkoop check strategy.md',
        'inkoop check strategy.md --strict --format json',
        'inkoop check strategy.md --out check.md --out check.xml',
      )}`,
    )
    .action(lazy(() => import('./commands/check.js')));

  program
    .command('design')
    .description(t('cli.design.description'))
    .argument(req('cli.ph.tender'), t('cli.design.tender'))
    .option('--bids <n>', t('cli.design.bids'))
    .option('--runs <n>', t('cli.design.runs'))
    .option('--seed <n>', t('cli.design.seed'))
    .option(`--spread ${req('cli.ph.pct')}`, t('cli.design.spread'))
    .option(`--low-price ${req('cli.ph.euros')}`, t('cli.design.lowPrice'))
    .option(`--best ${req('cli.ph.euros')}`, t('cli.design.best'))
    .option(`--worst ${req('cli.ph.euros')}`, t('cli.design.worst'))
    .option(`--margin ${req('cli.ph.points')}`, t('cli.design.margin'))
    .option(`--methods ${req('cli.ph.methods')}`, t('cli.design.methods'))
    .option(`--lot ${req('lots.cli.ph')}`, t('lots.cli.lotDesign'))
    .option(formatFlags(), t('cli.design.format'), 'table')
    .option(csvSeparatorFlag(), t('sheets.cli.csvSeparator'))
    .addHelpText(
      'after',
      `${examples(
        'inkoop design examples/tender.yaml',
        'inkoop design tender.yaml --bids 8 --spread 50% --runs 5000 --seed 7',
        'inkoop design tender.yaml --format json | jq .methods.relative.shares',
        'inkoop design examples/tender.yaml --methods weighted,fictitious_price,utility_index',
        'inkoop design examples/lots/tender.yaml --lot software',
      )}\n\n${t('cli.design.exitCodes')}`,
    )
    .action(lazy(() => import('./commands/design.js')));

  program
    .command('completion')
    .description(t('cli.completion.description'))
    .argument(req('cli.ph.shell'), t('cli.completion.shell'))
    .addHelpText(
      'after',
      examples(
        'inkoop completion bash > inkoop.bash',
        'inkoop completion zsh > inkoop.zsh',
        'inkoop completion fish > inkoop.fish',
      ),
    )
    .action(lazy(() => import('./commands/completion.js')));

  return program;
}

function handle(err: unknown): number {
  if (err instanceof CommanderError) {
    // Help and --version exit 0; every other commander error is a usage error.
    return err.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
  }
  if (err instanceof UserError) {
    if (err.exitCode !== ExitCode.Interrupted) {
      const text = `inkoop: ${err.message}\n${err.hint ? `${err.hint}\n` : ''}`;
      process.stderr.write(guardOutput(text, 2));
      // On GitHub Actions also as workflow commands: annotations at file:line:col.
      if (onGitHubActions()) process.stderr.write(errorCommands(err));
    }
    return err.exitCode;
  }
  const e = err as Error;
  process.stderr.write(
    `inkoop: ${t('cli.error.internal', { message: e?.message ?? String(err) })}\n`,
  );
  if (process.env.INKOOP_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
  else process.stderr.write(`${t('cli.error.bug')}\n`);
  return ExitCode.Failed;
}

export async function main(argv: string[] = process.argv): Promise<void> {
  // Ctrl-C, SIGTERM, SIGHUP: exit 130, 143, 129; temporary files removed, held output dropped.
  installSignalHandlers();
  // A closed pipe (`inkoop show | head`) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  // Results are printed once the command is done and pending signals are handled.
  holdOutput();
  // One width for the run's text output (docs/terminal.md); the wrapper is loaded only when
  // output is wrapped, so that `inkoop --help` in a pipe loads nothing more.
  setOutputWidth(outputWidthFor());
  if (outputWidth() !== undefined) fitHelp = (await import('./lib/width.js')).fitText;
  let failure: unknown;
  let failed = false;
  try {
    const args = applyLang(argv.slice(2));
    await buildProgram().parseAsync(args, { from: 'user' });
  } catch (err) {
    failure = err;
    failed = true;
  }
  await settle();
  releaseOutput();
  if (failed) process.exitCode = handle(failure);
}
