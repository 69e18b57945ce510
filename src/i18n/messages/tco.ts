/** `inkoop tco`: the TCO report in every format, its warnings and errors. */
import type { Messages } from '../types.js';

export const tco = {
  // ------------------------------------------------------------ report labels
  'tco.title': { nl: 'Total Cost of Ownership', en: 'Total cost of ownership' },
  'tco.titleOf': {
    nl: 'Total Cost of Ownership: {title}',
    en: 'Total cost of ownership: {title}',
  },
  'tco.option': { nl: 'Alternatief', en: 'Option' },
  'tco.optionWith': { nl: '{option} — {description}', en: '{option} — {description}' },
  'tco.rank': { nl: 'Rang', en: 'Rank' },
  'tco.year': { nl: 'Jaar', en: 'Year' },
  'tco.nominal': { nl: 'Nominaal', en: 'Nominal' },
  'tco.presentValue': { nl: 'Contante waarde', en: 'Present value' },
  'tco.category': { nl: 'Categorie', en: 'Category' },
  'tco.item': { nl: 'Kostenpost', en: 'Item' },
  'tco.amount': { nl: 'Bedrag', en: 'Amount' },
  'tco.total': { nl: 'Totaal', en: 'Total' },
  'tco.npvShort': { nl: 'NCW', en: 'NPV' },
  'tco.npvInclVat': { nl: 'NCW incl. btw', en: 'NPV incl. VAT' },
  'tco.difference': { nl: 'Verschil met goedkoopste', en: 'Difference to cheapest' },
  'tco.comparison': { nl: 'Vergelijking', en: 'Comparison' },
  'tco.tie': { nl: 'gelijk', en: 'tie' },
  'tco.horizon': { nl: 'Looptijd', en: 'Horizon' },
  'tco.horizonValue': {
    nl: {
      one: '{count} jaar (jaar 0 tot en met 1)',
      other: '{count} jaar (jaar 0 tot en met {count})',
    },
    en: { one: '{count} year (year 0 to 1)', other: '{count} years (year 0 to {count})' },
  },
  'tco.discountRate': { nl: 'Discontovoet', en: 'Discount rate' },
  'tco.indexation': { nl: 'Indexatie', en: 'Indexation' },
  'tco.vat': { nl: 'Btw', en: 'VAT' },
  'tco.none': { nl: 'geen', en: 'none' },
  'tco.amountsIn': {
    nl: 'Bedragen in {currency}, exclusief btw.',
    en: 'Amounts in {currency}, excluding VAT.',
  },
  'tco.roundingNote': {
    nl: {
      one: 'De contante waarden per jaar zijn elk afgerond op de cent; hun som wijkt {count} cent af van de netto contante waarde, die exact is opgeteld en pas aan het eind is afgerond.',
      other:
        'De contante waarden per jaar zijn elk afgerond op de cent; hun som wijkt {count} cent af van de netto contante waarde, die exact is opgeteld en pas aan het eind is afgerond.',
    },
    en: {
      one: 'The present values per year are each rounded to the cent; their sum differs by {count} cent from the net present value, which is summed exactly and rounded at the end.',
      other:
        'The present values per year are each rounded to the cent; their sum differs by {count} cents from the net present value, which is summed exactly and rounded at the end.',
    },
  },
  'tco.and': { nl: 'en', en: 'and' },
  'tco.conclusionTie': {
    nl: '{options} zijn even goedkoop (NCW {npv}).',
    en: '{options} cost the same (NPV {npv}).',
  },
  'tco.conclusionCheapest': {
    nl: '{option} is het goedkoopst: {difference} minder dan {next} (NCW).',
    en: '{option} is the cheapest: {difference} less than {next} (NPV).',
  },
  'tco.conclusionCheapestUndiscounted': {
    nl: '{option} is het goedkoopst: {difference} minder dan {next} (NCW, zonder discontering gelijk aan het nominale totaal).',
    en: '{option} is the cheapest: {difference} less than {next} (NPV, equal to the nominal total without discounting).',
  },
  'tco.single': {
    nl: '{option}: totaal {total}, netto contante waarde {npv}.',
    en: '{option}: total {total}, net present value {npv}.',
  },
  'tco.thresholdLine': { nl: '{option}: {sentence}', en: '{option}: {sentence}' },
  'tco.contractValueInternal': {
    nl: 'Geraamde opdrachtwaarde {value}: het totaal {total} zonder de kosten van de eigen organisatie ({internal}), die niet aan een leverancier worden betaald.',
    en: "Estimated contract value {value}: the total {total} without the authority's own costs ({internal}), which are not paid to a supplier.",
  },
  'tco.contractValueResidual': {
    nl: 'Geraamde opdrachtwaarde {value}: het totaal {total} vóór aftrek van de restwaarde ({residual}).',
    en: 'Estimated contract value {value}: the total {total} before the residual value ({residual}) is subtracted.',
  },
  'tco.contractValueBoth': {
    nl: 'Geraamde opdrachtwaarde {value}: het totaal {total} zonder de kosten van de eigen organisatie ({internal}), die niet aan een leverancier worden betaald, en vóór aftrek van de restwaarde ({residual}).',
    en: "Estimated contract value {value}: the total {total} without the authority's own costs ({internal}), which are not paid to a supplier, and before the residual value ({residual}) is subtracted.",
  },

  // ------------------------------------------------------------ categories
  'tco.category.acquisition': { nl: 'Aanschaf', en: 'Acquisition' },
  'tco.category.implementation': { nl: 'Implementatie', en: 'Implementation' },
  'tco.category.migration': { nl: 'Migratie', en: 'Migration' },
  'tco.category.license': { nl: 'Licenties', en: 'Licences' },
  'tco.category.hosting': { nl: 'Hosting', en: 'Hosting' },
  'tco.category.support': { nl: 'Ondersteuning', en: 'Support' },
  'tco.category.personnel': { nl: 'Personeel', en: 'Personnel' },
  'tco.category.training': { nl: 'Opleiding', en: 'Training' },
  'tco.category.exit': { nl: 'Exit', en: 'Exit' },
  'tco.category.residual': { nl: 'Restwaarde', en: 'Residual value' },
  'tco.category.other': { nl: 'Overig', en: 'Other' },

  // ------------------------------------------------------------ warnings on stderr
  'tco.warning': { nl: 'waarschuwing: {text}', en: 'warning: {text}' },
  'tco.warnDropped': {
    nl: '{option}: "{item}" valt buiten de looptijd van {years} jaar en is weggelaten',
    en: '{option}: "{item}" falls outside the horizon of {years} years and is left out',
  },
  'tco.warnCut': {
    nl: '{option}: "{item}" is afgekapt na jaar {year}',
    en: '{option}: "{item}" is cut off at year {year}',
  },
  'tco.warnOutdated': {
    nl: 'de gebruikte Europese drempels ({period}) golden tot en met {until}; controleer welke drempels nu gelden',
    en: 'the EU thresholds used ({period}) held until {until}; check the thresholds in force now',
  },

  // ------------------------------------------------------------ errors
  'tco.errTwoFiles': {
    nl: 'twee kostenbestanden opgegeven ({first} en --file {second}); geef er één',
    en: 'two costs files given ({first} and --file {second}); give one',
  },
  'tco.errNoFile': {
    nl: 'geen kostenbestand: geef er een als `inkoop tco kosten.yaml` of `--file kosten.yaml` (- leest standaardinvoer)',
    en: 'no costs file: give one as `inkoop tco costs.yaml` or `--file costs.yaml` (- reads standard input)',
  },
  'tco.errYears': {
    nl: '--years: "{value}" is geen looptijd; geef een geheel aantal jaren van 1 tot en met 100',
    en: '--years: "{value}" is not a horizon; give a whole number of years from 1 to 100',
  },
  'tco.errRate': {
    nl: '--discount-rate: "{value}" is geen percentage; schrijf 0.0225 of 2.25%',
    en: '--discount-rate: "{value}" is not a rate; write 0.0225 or 2.25%',
  },
  'tco.tooLarge.item': {
    nl: 'het bedrag van "{name}" is te groot om tot op de cent exact op te tellen',
    en: '"{name}" is too large to add up exactly to the cent',
  },
  'tco.tooLarge.total': {
    nl: 'het totaal van {name} is te groot om tot op de cent exact op te tellen',
    en: 'the total of {name} is too large to add up exactly to the cent',
  },
  'tco.tooLarge.contractValue': {
    nl: 'de opdrachtwaarde van {name} is te groot om tot op de cent exact op te tellen',
    en: 'the contract value of {name} is too large to add up exactly to the cent',
  },
  'tco.tooLarge.npv': {
    nl: 'de contante waarde van {name} is te groot om tot op de cent exact te berekenen',
    en: 'the NPV of {name} is too large to add up exactly to the cent',
  },
  'tco.tooLarge.year': {
    nl: 'de contante waarde van jaar {year} van {name} is te groot om tot op de cent exact te berekenen',
    en: 'year {year} of {name} is too large to add up exactly to the cent',
  },
  'tco.tooLarge.unnamed': { nl: 'de kosten', en: 'the costs' },
  'tco.tooLarge.vat': {
    nl: 'een bedrag inclusief btw is te groot om tot op de cent exact te berekenen',
    en: 'an amount including VAT is too large to add up exactly to the cent',
  },
  'tco.errRange': {
    nl: '{file}: {reason}; splits de bedragen of kies een kortere looptijd',
    en: '{file}: {reason}; split the amounts or use a shorter horizon',
  },
  // ------------------------------------------------------------ the HTML report
  'tco.html.report': { nl: 'TCO-vergelijking', en: 'TCO comparison' },
  'tco.html.subtitle': {
    nl: {
      one: 'Total Cost of Ownership van 1 alternatief over {years} jaar',
      other: 'Total Cost of Ownership van {count} alternatieven over {years} jaar',
    },
    en: {
      one: 'Total cost of ownership of 1 option over {years} years',
      other: 'Total cost of ownership of {count} options over {years} years',
    },
  },
  'tco.html.assumptions': { nl: 'Uitgangspunten', en: 'Assumptions' },
  'tco.html.horizonText': {
    nl: '{years} jaar: jaar 0 (aanschaf) tot en met jaar {years}',
    en: '{years} years: year 0 (purchase) to year {years}',
  },
  'tco.html.discountText': {
    nl: '{rate} per jaar; de contante waarde van jaar {t} is het bedrag / (1 + discontovoet){power}; jaar 0 wordt niet verdisconteerd',
    en: '{rate} a year; the present value of year {t} is the amount / (1 + discount rate){power}; year 0 is not discounted',
  },
  'tco.html.noDiscount': {
    nl: 'geen (0%): de netto contante waarde is gelijk aan het nominale totaal',
    en: 'none (0%): the net present value equals the nominal total',
  },
  'tco.html.indexationText': {
    nl: '{rate} per jaar op terugkerende posten (een post kan een eigen indexatie hebben)',
    en: '{rate} a year on recurring items (an item may have its own indexation)',
  },
  'tco.html.vatText': {
    nl: '{rate}; bedragen zijn exclusief btw, de vergelijking toont de totalen ook inclusief btw',
    en: '{rate}; amounts exclude VAT, the comparison also shows the totals including VAT',
  },
  'tco.html.noVat': {
    nl: 'niet opgegeven; alle bedragen zijn exclusief btw',
    en: 'not given; all amounts exclude VAT',
  },
  'tco.html.currency': { nl: 'Valuta', en: 'Currency' },
  'tco.html.authority': { nl: 'Aanbestedende dienst', en: 'Contracting authority' },
  'tco.html.outcome': { nl: 'Uitkomst', en: 'Outcome' },
  'tco.html.remarks': { nl: 'Opmerkingen', en: 'Remarks' },
  'tco.html.amountsIn': {
    nl: 'bedragen in {currency}, excl. btw',
    en: 'amounts in {currency}, excl. VAT',
  },
  'tco.html.captioned': { nl: '{caption} ({amounts})', en: '{caption} ({amounts})' },
  'tco.html.comparisonCaption': {
    nl: 'Vergelijking van de alternatieven, gerangschikt op netto contante waarde (laagste eerst)',
    en: 'Comparison of the options, ranked by net present value (lowest first)',
  },
  'tco.html.total': { nl: 'Totaal nominaal', en: 'Nominal total' },
  'tco.html.npv': { nl: 'Netto contante waarde', en: 'Net present value' },
  'tco.html.totalVat': { nl: 'Totaal incl. btw', en: 'Total incl. VAT' },
  'tco.html.npvVat': { nl: 'NCW incl. btw', en: 'NPV incl. VAT' },
  'tco.html.difference': {
    nl: 'Verschil met goedkoopste (NCW)',
    en: 'Difference to the cheapest (NPV)',
  },
  'tco.html.cumulative': { nl: 'Cumulatieve kosten', en: 'Cumulative cost' },
  'tco.html.cumulativeChart': {
    nl: 'Cumulatieve kosten per alternatief (nominaal)',
    en: 'Cumulative cost per option (nominal)',
  },
  'tco.html.cumulativeDesc': {
    nl: 'Lijndiagram van de opgetelde nominale kosten tot en met elk jaar. {items}',
    en: 'Line chart of the nominal costs added up to each year. {items}',
  },
  'tco.html.cumulativeItem': {
    nl: '{option}: {amount} na {years} jaar',
    en: '{option}: {amount} after {years} years',
  },
  'tco.html.cumulativeCaption': {
    nl: 'Cumulatieve nominale kosten tot en met elk jaar',
    en: 'Cumulative nominal cost up to each year',
  },
  'tco.html.cumulativeOnly': {
    nl: 'Het diagram toont de {shown} goedkoopste van {count} alternatieven.',
    en: 'The chart shows the {shown} cheapest of {count} options.',
  },
  'tco.html.breakEven': {
    nl: '{option} is vanaf jaar {year} cumulatief goedkoper dan {other} (break-even in jaar {year}).',
    en: '{option} is cumulatively cheaper than {other} from year {year} on (break-even in year {year}).',
  },
  'tco.html.always': {
    nl: '{option} is in elk jaar cumulatief goedkoper dan {other}; er is geen break-even.',
    en: '{option} is cumulatively cheaper than {other} in every year; there is no break-even.',
  },
  'tco.html.endCheaper': {
    nl: 'Nominaal is {other} vanaf jaar {year} cumulatief goedkoper dan {option}; op netto contante waarde is {option} goedkoper.',
    en: 'In nominal terms {other} is cumulatively cheaper than {option} from year {year} on; by net present value {option} is cheaper.',
  },
  'tco.html.equalEnd': {
    nl: '{option} en {other} kosten na de hele looptijd nominaal evenveel.',
    en: '{option} and {other} cost the same in nominal terms over the whole horizon.',
  },
  'tco.html.chartNote': {
    nl: 'De tabellen hieronder bevatten dezelfde cijfers.',
    en: 'The tables below hold the same figures.',
  },
  'tco.html.yearAmount': { nl: 'Jaar {year}: {amount}', en: 'Year {year}: {amount}' },
  'tco.html.amountAxis': { nl: '{currency}, excl. btw', en: '{currency}, excl. VAT' },
  'tco.html.perYearChart': {
    nl: 'Kosten per jaar en categorie: {option}',
    en: 'Cost per year and category: {option}',
  },
  'tco.html.perYearDesc': {
    nl: 'Gestapelde staven per jaar voor {option}; een restwaarde staat onder de as. {items}',
    en: 'Stacked bars per year for {option}; a residual value is below the axis. {items}',
  },
  'tco.html.byYearCaption': {
    nl: '{option}: kosten per jaar en categorie, nominaal en contant',
    en: '{option}: cost per year and category, nominal and present value',
  },
  'tco.html.byCategoryCaption': {
    nl: '{option}: kosten per categorie over de hele looptijd',
    en: '{option}: cost per category over the whole horizon',
  },
  'tco.html.share': { nl: 'Aandeel', en: 'Share' },
  'tco.html.itemsCaption': { nl: '{option}: kostenposten', en: '{option}: cost items' },
  'tco.html.kind': { nl: 'Soort', en: 'Kind' },
  'tco.html.once': { nl: 'eenmalig, jaar {year}', en: 'one-off, year {year}' },
  'tco.html.leftOut': {
    nl: 'valt buiten de looptijd van {years} jaar',
    en: 'outside the horizon of {years} years',
  },
  'tco.html.yearly': { nl: 'jaarlijks', en: 'yearly' },
  'tco.html.monthly': { nl: 'maandelijks', en: 'monthly' },
  'tco.html.threshold': { nl: 'Europese aanbestedingsdrempel', en: 'EU procurement threshold' },
  'tco.html.thresholdIntro': {
    nl: 'De geraamde opdrachtwaarde is de som van de nominale kosten exclusief btw over de hele looptijd die aan leveranciers worden betaald: zonder de kosten van de eigen organisatie (internal), vóór aftrek van een restwaarde.',
    en: "The estimated contract value is the sum of the nominal costs excluding VAT over the whole horizon that are paid to suppliers: without the authority's own costs (internal), before a residual value is subtracted.",
  },
  'tco.html.thresholdCaption': {
    nl: 'Geraamde opdrachtwaarde per alternatief tegen de Europese drempel',
    en: 'Estimated contract value per option against the EU threshold',
  },
  'tco.html.contractValue': { nl: 'Geraamde opdrachtwaarde', en: 'Estimated contract value' },
  'tco.html.thresholdValue': { nl: 'Drempel', en: 'Threshold' },
  'tco.html.verdict': { nl: 'Europees aanbesteden', en: 'European tender' },
  'tco.html.required': { nl: 'verplicht', en: 'required' },
  'tco.html.notRequired': { nl: 'niet verplicht', en: 'not required' },
  'tco.html.source': {
    nl: 'Drempels: {source}, geldig van {from} tot en met {to}.',
    en: 'Thresholds: {source}, valid from {from} to {to}.',
  },
  'tco.html.outdated': {
    nl: 'Let op: deze drempels gelden voor een periode die voorbij is; controleer de drempels die nu gelden.',
    en: 'Note: these thresholds hold for a period that has passed; check the thresholds that apply now.',
  },
  'tco.html.made': {
    nl: 'Gemaakt met inkoop {version} (NeRDS principe 12).',
    en: 'Made with inkoop {version} (NeRDS principle 12).',
  },
  'tco.html.rounding': {
    nl: 'Elk bedrag per post en jaar is op de cent afgerond; totalen zijn sommen van die centen.',
    en: 'Each amount per item and year is rounded to the cent; totals are sums of those cents.',
  },
} as const satisfies Messages;
