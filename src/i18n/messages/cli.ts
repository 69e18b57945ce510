/**
 * The command line itself: help texts of every command and option, commander's
 * own headings and error messages, the exit-code and environment epilogue.
 * Placeholders of arguments and option values (`<bestand>`) are words too.
 */
import type { Messages } from '../types.js';

export const cli = {
  // Commander's headings and words in usage lines.
  'cli.heading.usage': { nl: 'Gebruik:', en: 'Usage:' },
  'cli.heading.arguments': { nl: 'Argumenten:', en: 'Arguments:' },
  'cli.heading.options': { nl: 'Opties:', en: 'Options:' },
  'cli.heading.globalOptions': { nl: 'Algemene opties:', en: 'Global Options:' },
  'cli.heading.commands': { nl: 'Opdrachten:', en: 'Commands:' },
  'cli.heading.examples': { nl: 'Voorbeelden:', en: 'Examples:' },
  'cli.heading.exitCodes': { nl: 'Afsluitcodes:', en: 'Exit codes:' },
  'cli.usage.options': { nl: '[opties]', en: '[options]' },
  'cli.usage.command': { nl: '[opdracht]', en: '[command]' },
  'cli.help.default': { nl: 'standaard: {value}', en: 'default: {value}' },

  // Commander's error messages.
  'cli.error.unknownOption': {
    nl: "onbekende optie '{flag}'",
    en: "unknown option '{flag}'",
  },
  'cli.error.unknownCommand': {
    nl: "onbekende opdracht '{name}'",
    en: "unknown command '{name}'",
  },
  'cli.error.missingArgument': {
    nl: "het argument '{name}' ontbreekt",
    en: "missing required argument '{name}'",
  },
  'cli.error.optionMissingArgument': {
    nl: "de optie '{flags}' mist een waarde",
    en: "option '{flags}' argument missing",
  },
  'cli.error.missingMandatoryOption': {
    nl: "de verplichte optie '{flags}' ontbreekt",
    en: "required option '{flags}' not specified",
  },
  'cli.error.conflictingOption': {
    nl: '{a} gaat niet samen met {b}',
    en: '{a} cannot be used with {b}',
  },
  'cli.error.excessArguments': {
    nl: {
      one: 'te veel argumenten{forCommand}: {count} verwacht, {got} gekregen',
      other: 'te veel argumenten{forCommand}: {count} verwacht, {got} gekregen',
    },
    en: {
      one: 'too many arguments{forCommand}: expected {count} argument, got {got}',
      other: 'too many arguments{forCommand}: expected {count} arguments, got {got}',
    },
  },
  'cli.error.forCommand': { nl: " voor '{name}'", en: " for '{name}'" },
  'cli.error.didYouMean': { nl: '(bedoelde je {name}?)', en: '(did you mean {name}?)' },
  'cli.error.didYouMeanOneOf': {
    nl: '(bedoelde je een van {names}?)',
    en: '(did you mean one of {names}?)',
  },
  'cli.error.helpAfter': {
    nl: '(gebruik --help voor uitleg)',
    en: '(run with --help for usage)',
  },
  'cli.error.langValue': {
    nl: '--lang: geef een taal op: nl of en',
    en: '--lang: give a language: nl or en',
  },
  'cli.error.internal': {
    nl: 'interne fout: {message}',
    en: 'internal error: {message}',
  },
  'cli.error.bug': {
    nl: 'Dit is een fout in inkoop. Draai opnieuw met INKOOP_DEBUG=1 voor details en meld hem.',
    en: 'This is a bug in inkoop. Run again with INKOOP_DEBUG=1 for details, and report it.',
  },

  // Placeholders in usage lines and option flags.
  'cli.ph.principle': { nl: 'principe', en: 'principle' },
  'cli.ph.role': { nl: 'rol', en: 'role' },
  'cli.ph.lang': { nl: 'taal', en: 'lang' },
  'cli.ph.dir': { nl: 'map', en: 'dir' },
  'cli.ph.format': { nl: 'formaat', en: 'format' },
  'cli.ph.file': { nl: 'bestand', en: 'file' },
  'cli.ph.rate': { nl: 'voet', en: 'rate' },
  'cli.ph.date': { nl: 'jjjj-mm-dd', en: 'yyyy-mm-dd' },
  'cli.ph.sentDate': { nl: 'verzenddatum', en: 'date' },
  'cli.ph.amount': { nl: 'bedrag', en: 'amount' },
  'cli.ph.methods': { nl: 'methoden', en: 'methods' },
  'cli.ph.type': { nl: 'soort', en: 'type' },
  'cli.ph.authority': { nl: 'aanbesteder', en: 'authority' },
  'cli.ph.tender': { nl: 'aanbesteding', en: 'tender' },
  'cli.ph.points': { nl: 'punten', en: 'points' },
  'cli.ph.kind': { nl: 'soort', en: 'kind' },
  'cli.ph.keyValue': { nl: 'sleutel=waarde', en: 'key=value' },
  'cli.ph.costsFile': { nl: 'kosten.yaml', en: 'costs.yaml' },
  'cli.ph.tenderFile': { nl: 'aanbesteding.yaml', en: 'tender.yaml' },
  'cli.ph.path': { nl: 'pad', en: 'path' },
  'cli.ph.shell': { nl: 'shell', en: 'shell' },
  'cli.ph.strategy': { nl: 'strategie', en: 'strategy' },
  'cli.ph.pct': { nl: 'pct', en: 'pct' },
  'cli.ph.euros': { nl: 'euro', en: 'euros' },

  // The program and its global options.
  'cli.program.description': {
    nl: 'Inkoop van IT bij de Nederlandse overheid vanaf de terminal: NeRDS-principe 12 "Definieer je inkoopstrategie" als werkend gereedschap.',
    en: 'Dutch public-sector IT procurement from the terminal: NeRDS principle 12 "Definieer je inkoopstrategie" as working tools.',
  },
  'cli.option.version': { nl: 'toon het versienummer', en: 'print the version' },
  'cli.option.help': { nl: 'toon deze hulp', en: 'show help' },
  'cli.command.help': { nl: 'toon de hulp bij een opdracht', en: 'show help for a command' },
  'cli.option.noColor': {
    nl: 'geen kleur in de uitvoer (ook NO_COLOR=1)',
    en: 'no colour in the output (also NO_COLOR=1)',
  },
  'cli.option.lang': {
    nl: 'taal van alle tekst: nl of en (standaard: nl, of INKOOP_LANG); mag voor of na de opdracht',
    en: 'language of all text: nl or en (default: nl, or INKOOP_LANG); before or after the command',
  },
  'cli.option.content': {
    nl: 'lees de principes uit deze map (NeRDS-indeling; of INKOOP_CONTENT)',
    en: 'read principles from this folder (NeRDS layout; or INKOOP_CONTENT)',
  },
  'cli.epilogue': {
    nl: `Afsluitcodes:
  0    gelukt
  1    een controle faalde (hoogste score onder --fail-under, geen handreiking voor een rol,
       een strategie waarin een verplicht onderdeel ontbreekt)
  2    fout in gebruik of invoer (onbekende optie of naam, een fout bestand: bestand:regel:kolom)
  130  onderbroken (Ctrl-C)
  143  gestopt door SIGTERM (129: SIGHUP); niets geschreven, geen tijdelijk bestand achtergelaten

Omgeving:
  INKOOP_LANG      standaard voor --lang (nl of en; anders nl)
  INKOOP_CONTENT   standaard voor --content (een map in de NeRDS-indeling)
  INKOOP_TEMPLATES standaard voor scaffold --templates (extra of vervangende sjablonen)
  NO_COLOR         zet op een willekeurige waarde voor uitvoer zonder kleur; FORCE_COLOR=0 ook
  INKOOP_MAX_INPUT_MB  grootste invoerbestand dat gelezen wordt, in MiB (standaard 64)`,
    en: `Exit codes:
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
  INKOOP_MAX_INPUT_MB  largest input file read, in MiB (default 64)`,
  },

  // Shared option texts.
  'cli.arg.principle': {
    nl: 'slug of nummer van het principe',
    en: 'slug or number of the principle',
  },
  'cli.option.formatTable': { nl: 'table, markdown of json', en: 'table, markdown or json' },
  'cli.option.force': {
    nl: 'overschrijf het bestand van --out',
    en: 'overwrite the file of --out',
  },

  // init
  'cli.init.description': {
    nl: 'begin hier: schrijf een begin van costs.yaml en tender.yaml, met voorbeeldwaarden en uitleg',
    en: 'start here: write a starting costs.yaml and tender.yaml, with example values and comments',
  },
  'cli.init.folder': {
    nl: 'de map om in te schrijven (standaard: de huidige map; met --example: examples); wordt gemaakt als hij ontbreekt',
    en: 'the folder to write to (default: the current folder; with --example: examples); created when missing',
  },
  'cli.init.tenderFolder': {
    nl: 'schrijf een aanbestedingsmap tender/ (tender.yaml en één bestand per inschrijving) in plaats van tender.yaml',
    en: 'write a tender folder tender/ (tender.yaml plus one file per bid) instead of tender.yaml',
  },
  'cli.init.example': {
    nl: 'schrijf de uitgewerkte voorbeelden (kosten, aanbesteding, aanbestedingsmap, gunning) die in elke --help gebruikt worden',
    en: 'write the worked examples (costs, tender, tender folder, award) that every --help uses',
  },

  // completion
  'cli.completion.description': {
    nl: 'toon een script dat opdrachten, opties, rollen, soorten, formaten en bestandsnamen aanvult in bash, zsh of fish; laad het met source <(inkoop completion bash)',
    en: 'print a script that completes commands, flags, roles, kinds, formats and file names in bash, zsh or fish; load it with source <(inkoop completion bash)',
  },
  'cli.completion.shell': { nl: 'bash, zsh of fish', en: 'bash, zsh or fish' },

  // show
  'cli.show.description': {
    nl: 'toon een principe, of met --role de handreiking voor één rol',
    en: "show a principle, or one role's guidance with --role",
  },
  'cli.show.role': {
    nl: 'toon de handreiking voor één rol: beleidsmaker, cxo, projectleider, developer, jurist, inkoper (ook andere namen zoals bestuurder, lawyer, buyer)',
    en: 'show the guidance for one role: beleidsmaker, cxo, projectleider, developer, jurist, inkoper (aliases such as bestuurder, lawyer, buyer work too)',
  },
  'cli.show.format': {
    nl: 'terminal (tekst, standaard; ook in een pijp), markdown of json',
    en: 'terminal (text, the default; also when piped), markdown or json',
  },

  // roles, principles, tools
  'cli.roles.description': {
    nl: 'som de rollen van een principe op met hun prioriteit, hoogste eerst',
    en: 'list the roles of a principle with their priority, highest first',
  },
  'cli.principles.description': {
    nl: 'som alle NeRDS-principes op, met waar je ze leest',
    en: 'list all NeRDS principles, with where to read them',
  },
  'cli.tools.description': {
    nl: 'som de actiekaarten (tools) van een principe op met status en link',
    en: "list a principle's action cards (tools) with status and link",
  },

  // tco
  'cli.tco.description': {
    nl: 'totale kosten (TCO) van de alternatieven in een kostenbestand, tot op de cent',
    en: 'total cost of ownership of alternatives in a costs file, exact to the cent',
  },
  'cli.tco.file': {
    nl: 'het kostenbestand (YAML); - leest standaardinvoer',
    en: 'the costs file (YAML); - reads standard input',
  },
  'cli.tco.fileOption': {
    nl: 'het kostenbestand (in plaats van het argument)',
    en: 'the costs file (instead of the argument)',
  },
  'cli.tco.format': {
    nl: 'table, json, csv, markdown, html (een zelfstandig rapport om te delen of af te drukken) of xlsx (een Excel-werkmap, met --out)',
    en: 'table, json, csv, markdown, html (a self-contained report to share or print) or xlsx (an Excel workbook, with --out)',
  },
  'cli.tco.detail': { nl: 'toon ook elke post per jaar', en: 'also show each item per year' },
  'cli.tco.years': {
    nl: 'wat-als: een andere looptijd dan in het bestand (posten daarbuiten vallen weg, met een waarschuwing)',
    en: 'what-if: another horizon than the file (items outside it are left out, with a warning)',
  },
  'cli.tco.discountRate': {
    nl: 'wat-als: een andere disconteringsvoet dan in het bestand, bijvoorbeeld 2.25% of 0.0225',
    en: 'what-if: another discount rate than the file, e.g. 2.25% or 0.0225',
  },
  'cli.tco.date': {
    nl: 'met een aanbesteder in het bestand: toets aan de Europese drempels die op deze datum gelden (standaard: vandaag)',
    en: 'with authority in the file: judge the EU thresholds in force on this date (default: today)',
  },

  // drempel
  'cli.drempel.description': {
    nl: 'haalt een geraamde opdrachtwaarde (excl. btw) de Europese aanbestedingsdrempels?',
    en: 'does an estimated contract value (excl. VAT) reach the European procurement thresholds?',
  },
  'cli.drempel.amount': {
    nl: 'de geraamde opdrachtwaarde in euro, exclusief btw, bijvoorbeeld 250000',
    en: 'the estimated contract value in euros, excluding VAT, e.g. 250000',
  },
  'cli.drempel.type': {
    nl: 'diensten, leveringen, werken of sociale-diensten',
    en: 'diensten, leveringen, werken or sociale-diensten',
  },
  'cli.drempel.authority': {
    nl: 'centraal, decentraal of speciale-sector (standaard: alle drie)',
    en: 'centraal, decentraal or speciale-sector (default: all three)',
  },
  'cli.drempel.date': {
    nl: 'toets aan de drempels die op deze datum gelden (standaard: vandaag)',
    en: 'judge against the thresholds in force on this date (default: today)',
  },
  'cli.drempel.format': { nl: 'text of json', en: 'text or json' },

  // termijn
  'cli.termijn.description': {
    nl: 'het einde van de opschortende termijn: verzenddatum plus 20 dagen, verschoven voorbij weekends en feestdagen (Algemene termijnenwet)',
    en: 'the end of the standstill period: dispatch date plus 20 days, moved past weekends and holidays (Algemene termijnenwet)',
  },
  'cli.termijn.date': {
    nl: 'de dag waarop de gunningsbeslissing is verzonden, JJJJ-MM-DD',
    en: 'the day the award decision is sent, YYYY-MM-DD',
  },
  'cli.termijn.days': {
    nl: 'de lengte van de termijn in kalenderdagen',
    en: 'the length of the period in calendar days',
  },
  'cli.termijn.extraHoliday': {
    nl: 'een dag die ook als feestdag telt (JJJJ-MM-DD); herhaal voor meer',
    en: 'a day to treat as a holiday too (YYYY-MM-DD); repeat for more',
  },

  // award
  'cli.award.description': {
    nl: 'de gunningsbeslissing: een brief aan elke inschrijver (Markdown en DOCX), het beoordelingsrapport en award.json, uit dezelfde berekening als score',
    en: 'the award decision: a letter to every bidder (Markdown and DOCX), the evaluation report and award.json, from the same computation as score',
  },
  'cli.award.tender': {
    nl: 'een aanbestedingsbestand of -map met motiveringen en een onderdeel award',
    en: 'a tender file or folder with motivations and an award section',
  },
  'cli.award.out': {
    nl: 'de map om in te schrijven (wordt gemaakt als hij ontbreekt)',
    en: 'the folder to write to (created when missing)',
  },
  'cli.award.date': {
    nl: 'de verzenddatum (in plaats van award.dispatch_date)',
    en: 'the dispatch date (instead of award.dispatch_date)',
  },
  'cli.award.robustness': {
    nl: 'neem de samenvatting van de robuustheid op in het beoordelingsrapport',
    en: 'include the robustness summary in the evaluation report',
  },
  'cli.award.templates': {
    nl: 'een sjabloonmap waarvan de submap award/ de brieven vervangt (of INKOOP_TEMPLATES)',
    en: 'a template folder whose award/ subfolder overrides the letters (or INKOOP_TEMPLATES)',
  },
  'cli.award.verify': {
    nl: 'bereken een geschreven gunningsbeslissing opnieuw en vergelijk: afsluitcode 1 bij elk verschil',
    en: 'recompute a written award decision and compare: exit 1 on any difference',
  },
  'cli.award.force': {
    nl: 'overschrijf bestanden die er al zijn',
    en: 'overwrite files that exist',
  },
  'cli.award.exitCodes': {
    nl: `Afsluitcodes:
  0  geschreven (of nagerekend)
  1  een motivering ontbreekt, de eerste plaats is gedeeld en niet beslist, geen verzenddatum; of --verify vond een verschil
  2  een fout aanbestedingsbestand (bestand:regel:kolom) of een foute optie`,
    en: `Exit codes:
  0  written (or verified)
  1  a motivation is missing, the first place is tied and unresolved, no dispatch date; or --verify found a difference
  2  a bad tender file (file:line:col) or a bad option`,
  },

  // score
  'cli.score.description': {
    nl: 'beoordeel inschrijvingen op gewogen gunningscriteria (beste prijs-kwaliteitverhouding); rangschik, licht toe en bewaak een CI-taak',
    en: 'score tender bids against weighted award criteria (best price-quality ratio); rank, explain, and gate a CI job',
  },
  'cli.score.tender': {
    nl: 'een aanbestedingsbestand (YAML), een map met tender.yaml en één YAML-bestand per inschrijving, of - voor standaardinvoer',
    en: 'a tender file (YAML), a folder with tender.yaml plus one YAML file per bid, or - for standard input',
  },
  'cli.score.format': {
    nl: 'table, markdown, json, csv, html (een zelfstandig rapport om te delen of af te drukken) of xlsx (een Excel-werkmap, met --out)',
    en: 'table, markdown, json, csv, html (a self-contained report to share or print) or xlsx (an Excel workbook, with --out)',
  },
  'cli.score.explain': {
    nl: 'toon per inschrijving en criterium de score, de formule en de punten',
    en: 'show per bid and criterion the score, the formula and the points',
  },
  'cli.score.allowOutside': {
    nl: 'laat het bestand van {entry} van een inschrijving buiten de map van de aanbesteding liggen (standaard geweigerd)',
    en: "let a bid's {entry} lie outside the tender's folder (refused by default)",
  },
  'cli.score.failUnder': {
    nl: 'sluit af met 1 als het hoogste totaal onder dit aantal punten ligt (bij prijs per kwaliteitspunt en de nutsindex: de kwaliteitspunten van de eerste), of als geen inschrijving geldig is',
    en: 'exit 1 when the best total is below this many points (under price per quality point and the utility index: the quality points of the first), or when no bid is valid',
  },
  'cli.score.robustness': {
    nl: 'meld ook hoe vast de uitkomst staat: verschuivingen in de weging, scoremarges, rangwisseling en beoordelaars die de winnaar veranderen',
    en: 'also report how firm the outcome is: weight changes, score margins, rank reversal and evaluators that change the winner',
  },
  'cli.score.failIfFragile': {
    nl: 'sluit af met 1 als de winnaar wisselt bij een verschuiving in de weging binnen --margin, als een inschrijving wegvalt of bijkomt, of bij gelijke stand (houdt --robustness in)',
    en: 'exit 1 when the winner changes with a weight change within --margin, by withdrawing or adding a bid, or is a tie (implies --robustness)',
  },
  'cli.score.margin': {
    nl: 'met --robustness of --fail-if-fragile: een verschuiving in de weging van hoogstens zoveel punten die de winnaar verandert, is wankel (standaard: 5)',
    en: 'with --robustness or --fail-if-fragile: a weight change of at most this many points that changes the winner is fragile (default: 5)',
  },
  'cli.score.exitCodes': {
    nl: `Afsluitcodes:
  0  beoordeeld (en --fail-under en --fail-if-fragile, als gegeven, geslaagd)
  1  het hoogste totaal ligt onder --fail-under, geen inschrijving is geldig, of --fail-if-fragile vond de uitkomst wankel
  2  een fout aanbestedingsbestand (bestand:regel:kolom) of een foute optie`,
    en: `Exit codes:
  0  scored (and --fail-under, --fail-if-fragile, if given, passed)
  1  the best total is below --fail-under, no bid is valid, or --fail-if-fragile found the outcome fragile
  2  a bad tender file (file:line:col) or a bad option`,
  },

  // criteria
  'cli.criteria.description': {
    nl: 'toon de gunningscriteria van principe 12 met hun wegingen (of die van een aanbesteding); --format yaml schrijft een begin van een aanbestedingsbestand',
    en: "print the award criteria of principle 12 with their weights (or a tender's own); --format yaml writes a starting tender file",
  },
  'cli.criteria.tender': {
    nl: 'een aanbestedingsbestand of -map waarvan je de criteria wilt zien (standaard: het model van het principe)',
    en: "a tender file or folder whose criteria to print (default: the principle's model)",
  },
  'cli.criteria.format': {
    nl: 'table, markdown, json of yaml (een begin van een aanbestedingsbestand)',
    en: 'table, markdown, json or yaml (a starting tender file)',
  },

  // scaffold
  'cli.scaffold.description': {
    nl: 'schrijf een inkoopdocument uit de sjablonen van het principe: met een vraaggesprek in een terminal, of uit antwoorden',
    en: "write a procurement document from the principle's templates: by interview in a terminal, or from answers",
  },
  'cli.scaffold.kind': {
    nl: 'het document: strategy, business-case, project-plan, evaluation, contract-clause, costs, tender (zie --list)',
    en: 'the document: strategy, business-case, project-plan, evaluation, contract-clause, costs, tender (see --list)',
  },
  'cli.scaffold.list': {
    nl: 'som de sjablonen op met een beschrijving van één regel',
    en: 'list the templates with a one-line description',
  },
  'cli.scaffold.answers': {
    nl: 'antwoorden uit een YAML- of JSON-bestand (- voor standaardinvoer)',
    en: 'answers from a YAML or JSON file (- for standard input)',
  },
  'cli.scaffold.set': {
    nl: 'beantwoord één veld; herhaal voor meer (een lijstveld verzamelt elke --set van zijn sleutel)',
    en: 'answer one field; repeat for more (a list field collects every --set of its key)',
  },
  'cli.scaffold.defaults': {
    nl: 'neem de standaardwaarde van elk veld dat niet op een andere manier beantwoord is',
    en: 'accept the default of every field that is not answered otherwise',
  },
  'cli.scaffold.noInput': {
    nl: 'vraag nooit iets: stop (afsluitcode 2) als een verplicht antwoord ontbreekt; ook zonder terminal of met CI=true',
    en: 'never ask: fail (exit 2) when a required answer is missing; also without a terminal or with CI=true',
  },
  'cli.scaffold.tco': {
    nl: 'vul het kostenonderdeel met de vergelijking van `inkoop tco` voor dit kostenbestand',
    en: 'fill the cost section with the `inkoop tco` comparison of this costs file',
  },
  'cli.scaffold.criteria': {
    nl: 'vul de gunningscriteria met die van dit aanbestedingsbestand',
    en: 'fill the award criteria with those of this tender file',
  },
  'cli.scaffold.out': {
    nl: 'schrijf hierheen (standaard: <soort>.md, of <soort>.yaml voor costs en tender)',
    en: 'write here (default: <kind>.md, or <kind>.yaml for costs and tender)',
  },
  'cli.scaffold.stdout': {
    nl: 'druk het document af in plaats van een bestand te schrijven',
    en: 'print the document instead of writing a file',
  },
  'cli.scaffold.force': {
    nl: 'overschrijf een bestaand bestand',
    en: 'overwrite an existing file',
  },
  'cli.scaffold.templates': {
    nl: 'lees ook sjablonen uit deze map; een bestand van dezelfde soort vervangt het meegeleverde (of INKOOP_TEMPLATES)',
    en: 'also read templates from this folder; a file with the same kind overrides the bundled one (or INKOOP_TEMPLATES)',
  },
  'cli.scaffold.exampleAnswers': {
    nl: 'druk een antwoordbestand af met elk veld van het sjabloon, zijn vraag en standaardwaarde',
    en: 'print an answers file with every field of the template, its question and default',
  },
  'cli.scaffold.format': { nl: 'met --list: table of json', en: 'with --list: table or json' },
  'cli.scaffold.exampleInterview': {
    nl: 'vraaggesprek in een terminal',
    en: 'interview in a terminal',
  },
  'cli.scaffold.exampleUnattended': {
    nl: 'zonder vragen, bijvoorbeeld in CI',
    en: 'unattended, e.g. in CI',
  },

  // check
  'cli.check.description': {
    nl: 'controleer of een inkoopstrategie de zeven voorwaarden en zes evaluatievragen van principe 12 dekt',
    en: 'check that a purchasing strategy covers the seven conditions and six evaluation questions of principle 12',
  },
  'cli.check.strategy': {
    nl: 'het strategiedocument (Markdown; - voor standaardinvoer)',
    en: 'the strategy document (Markdown; - for standard input)',
  },
  'cli.check.strict': {
    nl: 'faal ook (afsluitcode 1) als een plaatshouder uit het sjabloon, zoals [Technologie] of {example}, is blijven staan',
    en: 'also fail (exit 1) when a template placeholder such as [Technologie] or {example} is left',
  },
  'cli.check.exit': {
    nl: 'Afsluitcode 1 als een onderdeel leeg is of ontbreekt, zodat een CI-taak inkoopdocumenten kan tegenhouden.',
    en: 'Exit 1 when a part is empty or missing, so a CI job can gate procurement documents.',
  },

  // design
  'cli.design.description': {
    nl: 'vóór publicatie: simuleer de gunningscriteria op gegenereerde inschrijvingen en vergelijk hoe vaak gelijke stand en rangwisseling voorkomen bij de relatieve methode en de methode met grenzen',
    en: 'before publishing: simulate the award criteria on generated bids and compare how often ties and rank reversal occur with the relative and the bounds price method',
  },
  'cli.design.tender': {
    nl: 'een aanbestedingsbestand (YAML) met criteria en een prijsmethode, een aanbestedingsmap, of - voor standaardinvoer; inschrijvingen zijn niet nodig',
    en: 'a tender file (YAML) with criteria and a price method, a tender folder, or - for standard input; bids are not needed',
  },
  'cli.design.bids': {
    nl: 'inschrijvingen per gegenereerde reeks (standaard: 5)',
    en: 'bids per generated set (default: 5)',
  },
  'cli.design.runs': {
    nl: 'aantal gegenereerde reeksen (standaard: 1000)',
    en: 'number of generated sets (default: 1000)',
  },
  'cli.design.seed': {
    nl: 'startgetal van de generator; hetzelfde startgetal geeft dezelfde reeksen (standaard: 1)',
    en: 'seed of the generator; the same seed gives the same sets (default: 1)',
  },
  'cli.design.spread': {
    nl: 'prijzen lopen van de laagste prijs tot zoveel daarboven, bijvoorbeeld 30% of 0.3 (standaard: 30%)',
    en: 'prices run from the lowest price to this much above it, e.g. 30% or 0.3 (default: 30%)',
  },
  'cli.design.lowPrice': {
    nl: 'de laagste prijs die een inschrijving kan hebben (standaard: de beste grens van de aanbesteding, anders haar budget / (1 + spreiding), anders 100000)',
    en: "the lowest price a bid can have (default: the tender's best bound, else its budget / (1 + spread), else 100000)",
  },
  'cli.design.best': {
    nl: 'grenzen voor de methode met grenzen als de aanbesteding ze niet heeft: een prijs op of onder deze grens krijgt alle punten (met --worst)',
    en: 'bounds for the bounds method when the tender has none: a price at or below it earns all points (with --worst)',
  },
  'cli.design.worst': {
    nl: 'een prijs op of boven deze grens krijgt geen punten (standaardgrenzen: de laagste prijs en 1 + 2 x spreiding maal die prijs)',
    en: 'a price at or above it earns no points (default bounds: the lowest price and 1 + 2 x spread times it)',
  },
  'cli.design.margin': {
    nl: 'een verschuiving in de weging van hoogstens zoveel punten die de winnaar verandert, telt als wankel (standaard: 5)',
    en: 'a weight change of at most this many points that changes the winner counts as fragile (default: 5)',
  },
  'cli.design.methods': {
    nl: "gunningsmethoden naast elkaar, met komma's: weighted, fictitious_price, price_per_point, utility_index, lowest_price, lowest_cost",
    en: 'award methods side by side, comma-separated: weighted, fictitious_price, price_per_point, utility_index, lowest_price, lowest_cost',
  },
  'cli.design.format': { nl: 'table, markdown, json of csv', en: 'table, markdown, json or csv' },
  'cli.design.exitCodes': {
    nl: `Afsluitcodes:
  0  gesimuleerd
  2  een fout aanbestedingsbestand (bestand:regel:kolom) of een foute optie`,
    en: `Exit codes:
  0  simulated
  2  a bad tender file (file:line:col) or a bad option`,
  },
} as const satisfies Messages;
