/**
 * The robustness of a scored tender in plain words (Dutch or English): one
 * view (a summary and a section per analysis, with findings and a table)
 * that the terminal text, the Markdown and the HTML report all show; and the
 * numbers for the JSON (`robustness` key) and a CSV with one row per finding.
 * Pure functions: data in, text out.
 */
import { csv, markdownTable, textTable, visibleWidth, type Column } from '../lib/format.js';
import { formatMoney, formatNumber, type Lang } from '../lib/i18n.js';
import { localizedName } from './criteria.js';
import type {
  RobustnessFinding,
  RobustnessLevel,
  RobustnessSection,
  ScoreHtmlRobustness,
} from './html.js';
import type {
  Addition,
  FragileReason,
  PairChange,
  Relation,
  Robustness,
  ScoreMargin,
  Standing,
  WeightSensitivity,
  WeightThreshold,
  Withdrawal,
} from './robustness.js';

/** The view of the findings: the same shape the HTML report takes. */
export type RobustnessView = ScoreHtmlRobustness;

// ---------------------------------------------------------------- words

const L = {
  nl: {
    title: 'Robuustheid van de uitkomst',
    fragile: 'Kwetsbaar',
    firm: 'Stevig',
    and: 'en',
    points: 'punten',
    none: 'Geen geldige inschrijving: er is niets te analyseren.',
    only: (w: string) => `${w} is de enige geldige inschrijving; er is geen andere die kan winnen.`,
    leads: (w: string, lead: string, r: string) =>
      `${w} wint met ${lead} punten voorsprong op ${r}.`,
    tieLead: (vs: string) =>
      `${vs} staan gelijk op de eerste plaats: er is geen winnaar, en de kleinste wijziging beslist.`,
    butChanges: 'De winnaar verandert',
    firmWeights: (m: string) => `Geen gewichtswijziging tot ${m} punten verandert de winnaar`,
    firmReversal: 'en het terugtrekken of toevoegen van een inschrijving ook niet',
    firmBounds: 'de prijsformule tussen grenzen kent geen rangomkering',
    // outcomes
    wins: (w: string) => `wint ${w}`,
    tie: (vs: string) => `staan ${vs} gelijk op de eerste plaats`,
    instead: (w: string) => ` in plaats van ${w}`,
    insteadTie: ' (nu een gelijke stand)',
    // reasons in the summary
    rTie: (vs: string) => `er is al een gelijke stand (${vs})`,
    rWeight: (x: string, dir: string, name: string, out: string) =>
      `bij ${x} punten ${dir} gewicht voor ${name} ${out}`,
    rMore: (n: number) =>
      ` (en ${n} andere gewichtswijziging${n === 1 ? '' : 'en'} binnen de marge)`,
    rWithdrawal: (v: string, out: string) => `trekt ${v} zich terug, dan ${out}`,
    rAddition: (p: string, out: string) =>
      `komt er een goedkopere inschrijving bij (tot ${p}, die zelf niet wint), dan ${out}`,
    more: 'meer',
    less: 'minder',
    // weights
    weights: 'Gewichten',
    weightsIntro: (m: string) =>
      `Per criterium en groep: de kleinste wijziging van het gewicht waarbij de winnaar verandert. De andere gewichten bewegen naar verhouding mee, zodat het maximum ${m} punten blijft; een groep verandert met al zijn criteria naar verhouding.`,
    weightLine: (name: string, w: string, x: string, dir: string, w2: string, out: string) =>
      `${name} (${w} punten): bij ${x} punten ${dir} gewicht (${w2}) ${out}.`,
    weightsFirm: (m: string) => `Geen gewichtswijziging tot ${m} punten verandert de winnaar.`,
    weightsSmallest: (name: string, x: string, dir: string, out: string) =>
      `De kleinste die dat wel doet: ${x} punten ${dir} gewicht voor ${name} (dan ${out}).`,
    weightsNever:
      'Geen enkele gewichtswijziging (tussen 0 en het hele maximum) verandert de winnaar.',
    weightsTie: 'Er is geen enkele winnaar: de gevoeligheid voor gewichten is niet berekend.',
    weightsOne: 'Met één geldige inschrijving verandert geen gewicht de winnaar.',
    weightsCaption: 'Gewichtswijziging waarbij de winnaar verandert (de winnaar daarna)',
    target: 'Criterium of groep',
    weight: 'Gewicht',
    up: 'Meer gewicht',
    down: 'Minder gewicht',
    group: 'groep',
    noChange: 'geen wisseling',
    na: 'n.v.t.',
    tieCell: (vs: string) => `gelijk: ${vs}`,
    // margins
    margins: 'Scoremarges',
    marginsIntro:
      'Per inschrijving die niet won: de kleinste verhoging van de score op één criterium waarmee zij zou winnen. Precies die verhoging geeft een gelijke stand; meer geeft de winst.',
    marginLine: (
      v: string,
      r: number,
      b: string,
      inc: string,
      c: string,
      s: string,
      n: string,
      sc: string,
    ) =>
      `${v} (rang ${r}, ${b} punten achter): wint met meer dan ${inc} erbij op ${c} (van ${s} naar ${n}, schaal ${sc}).`,
    marginNone: (v: string, r: number, b: string) =>
      `${v} (rang ${r}, ${b} punten achter): kan niet winnen op één criterium.`,
    marginsMore: (n: number) => `En nog ${n} inschrijving${n === 1 ? '' : 'en'}: zie de tabel.`,
    marginsNoOther: 'Er is geen andere geldige inschrijving.',
    marginsCaption: 'Kleinste scoreverhoging op één criterium waarmee een inschrijving wint',
    vendor: 'Inschrijver',
    rank: 'Rang',
    behind: 'Achterstand',
    criterion: 'Criterium',
    increase: 'Verhoging',
    needed: 'Nodig',
    cannot: 'kan niet winnen op één criterium',
    // rank reversal
    reversal: 'Rangomkering',
    reversalIntro:
      'Met de relatieve prijsformule hangen de prijspunten af van de laagste prijs: het terugtrekken of toevoegen van een inschrijving kan de volgorde van de andere veranderen (Telgen en Timmer 2016; Schotanus e.a. 2022).',
    bounds:
      'De prijsformule tussen grenzen geeft elke prijs punten los van de andere inschrijvingen: terugtrekken of toevoegen van een inschrijving verandert de volgorde van de andere niet. Niet berekend.',
    noPrice:
      'Geen prijscriterium met gewicht: de punten van een inschrijving hangen niet af van de andere. Niet berekend.',
    tooFew: 'Minder dan twee geldige inschrijvingen: er is geen volgorde die kan veranderen.',
    withdrawWinner: (v: string, p: string, out: string) =>
      `Trekt ${v} zich terug, dan wordt de laagste prijs ${p} en ${out}.`,
    withdrawOrder: (v: string, p: string, pairs: string) =>
      `Trekt ${v} zich terug (de laagste prijs wordt dan ${p}), dan verandert de volgorde van de andere: ${pairs}.`,
    withdrawNone:
      'Het terugtrekken van een inschrijving die niet won, verandert de volgorde van de andere niet.',
    addWinner: (p: string, f: string, out: string) =>
      `Komt er een goedkopere inschrijving bij, met een prijs tot ${p} en boven ${f} (zodat zij zelf niet wint), dan ${out}.`,
    addOrder: (p: string, pairs: string) =>
      `Een goedkopere inschrijving met een prijs tot ${p} (die zelf niet wint) verandert de volgorde: ${pairs}.`,
    addNone:
      'Een goedkopere inschrijving die zelf niet wint, verandert de volgorde van de andere niet.',
    swap: (a: string, b: string) => `${a} en ${b} wisselen van plaats`,
    level: (a: string, b: string) => `${a} en ${b} komen gelijk`,
    part: (a: string, b: string, first: string) =>
      `${a} en ${b} staan niet meer gelijk (${first} gaat voor)`,
    catchUp: (a: string, b: string) => `${b} komt naast of vóór ${a}`,
    parts: (a: string, b: string) => `${a} en ${b} staan niet meer gelijk`,
    pairsMore: (n: number) => `en nog ${n}`,
    reversalCaption: 'Paren die van volgorde veranderen als er een goedkopere inschrijving bijkomt',
    pair: 'Paar',
    now: 'Nu',
    below: 'Bij een prijs tot',
    ahead: (a: string, b: string) => `${a} vóór ${b}`,
    tiedNow: 'gelijk',
    // evaluators
    evaluators: 'Beoordelaars',
    noPanel: 'Elke score komt van één beoordelaar: er is geen beoordelaar om weg te laten.',
    leaveOut: (e: number, out: string) =>
      `Zonder de scores van beoordelaar ${e} (de ${e}e score van elke lijst) ${out}. Bespreek de scores in het beoordelingsteam.`,
    leaveOutNone: (n: number) =>
      `Het weglaten van één beoordelaar (${n} in het panel) verandert de winnaar niet.`,
    evaluatorsCaption: 'De winnaar zonder de scores van één beoordelaar',
    leftOut: 'Weggelaten beoordelaar',
    winner: 'Winnaar',
  },
  en: {
    title: 'How firm is the outcome',
    fragile: 'Fragile',
    firm: 'Firm',
    and: 'and',
    points: 'points',
    none: 'No valid bid: there is nothing to analyse.',
    only: (w: string) => `${w} is the only valid bid; no other bid can win.`,
    leads: (w: string, lead: string, r: string) => `${w} wins by ${lead} points over ${r}.`,
    tieLead: (vs: string) =>
      `${vs} tie for first place: there is no winner, and the smallest change decides.`,
    butChanges: 'The winner changes',
    firmWeights: (m: string) => `No weight change of up to ${m} points changes the winner`,
    firmReversal: 'and neither does withdrawing or adding a bid',
    firmBounds: 'the bounds price formula cannot reverse ranks',
    wins: (w: string) => `${w} wins`,
    tie: (vs: string) => `${vs} tie for first place`,
    instead: (w: string) => ` instead of ${w}`,
    insteadTie: ' (now a tie)',
    rTie: (vs: string) => `there is a tie already (${vs})`,
    rWeight: (x: string, dir: string, name: string, out: string) =>
      `with ${x} points ${dir} weight for ${name}, ${out}`,
    rMore: (n: number) => ` (and ${n} other weight change${n === 1 ? '' : 's'} within the margin)`,
    rWithdrawal: (v: string, out: string) => `if ${v} withdraws, ${out}`,
    rAddition: (p: string, out: string) =>
      `if a cheaper bid is added (at or below ${p}, not winning itself), ${out}`,
    more: 'more',
    less: 'less',
    weights: 'Weights',
    weightsIntro: (m: string) =>
      `Per criterion and group: the smallest change of its weight at which the winner changes. The other weights move in proportion, so the maximum stays ${m} points; a group changes with all its criteria in proportion.`,
    weightLine: (name: string, w: string, x: string, dir: string, w2: string, out: string) =>
      `${name} (${w} points): with ${x} points ${dir} weight (${w2}), ${out}.`,
    weightsFirm: (m: string) => `No weight change of up to ${m} points changes the winner.`,
    weightsSmallest: (name: string, x: string, dir: string, out: string) =>
      `The smallest that does: ${x} points ${dir} weight for ${name} (then ${out}).`,
    weightsNever: 'No weight change at all (between 0 and the whole maximum) changes the winner.',
    weightsTie: 'There is no single winner: the sensitivity to weights is not computed.',
    weightsOne: 'With one valid bid, no weight changes the winner.',
    weightsCaption: 'Weight change at which the winner changes (the winner beyond it)',
    target: 'Criterion or group',
    weight: 'Weight',
    up: 'More weight',
    down: 'Less weight',
    group: 'group',
    noChange: 'no change within the range',
    na: 'n/a',
    tieCell: (vs: string) => `tie: ${vs}`,
    margins: 'Score margins',
    marginsIntro:
      'Per bid that did not win: the smallest increase of its score on one criterion that would make it win. Exactly that increase gives a tie; more gives the win.',
    marginLine: (
      v: string,
      r: number,
      b: string,
      inc: string,
      c: string,
      s: string,
      n: string,
      sc: string,
    ) =>
      `${v} (rank ${r}, ${b} points behind): wins with more than ${inc} added on ${c} (from ${s} to ${n}, scale ${sc}).`,
    marginNone: (v: string, r: number, b: string) =>
      `${v} (rank ${r}, ${b} points behind): cannot win on one criterion.`,
    marginsMore: (n: number) => `And ${n} more bid${n === 1 ? '' : 's'}: see the table.`,
    marginsNoOther: 'There is no other valid bid.',
    marginsCaption: 'Smallest score increase on one criterion with which a bid wins',
    vendor: 'Vendor',
    rank: 'Rank',
    behind: 'Behind',
    criterion: 'Criterion',
    increase: 'Increase',
    needed: 'Needed',
    cannot: 'cannot win on one criterion',
    reversal: 'Rank reversal',
    reversalIntro:
      'With the relative price formula, price points depend on the lowest price: withdrawing or adding a bid can change the order of the others (Telgen and Timmer 2016; Schotanus et al. 2022).',
    bounds:
      'The bounds price formula scores each price independently of the other bids: withdrawing or adding a bid does not change the order of the others. Skipped.',
    noPrice:
      "No price criterion with weight: a bid's points do not depend on the other bids. Skipped.",
    tooFew: 'Fewer than two valid bids: there is no order that could change.',
    withdrawWinner: (v: string, p: string, out: string) =>
      `If ${v} withdraws, the lowest price becomes ${p} and ${out}.`,
    withdrawOrder: (v: string, p: string, pairs: string) =>
      `If ${v} withdraws (the lowest price becomes ${p}), the order of the others changes: ${pairs}.`,
    withdrawNone: 'Withdrawing a bid that did not win does not change the order of the others.',
    addWinner: (p: string, f: string, out: string) =>
      `If a cheaper bid is added, priced at or below ${p} and above ${f} (so it does not win itself), ${out}.`,
    addOrder: (p: string, pairs: string) =>
      `A cheaper bid priced at or below ${p} (not winning itself) changes the order: ${pairs}.`,
    addNone: 'A cheaper bid that does not win itself does not change the order of the others.',
    swap: (a: string, b: string) => `${a} and ${b} swap places`,
    level: (a: string, b: string) => `${a} and ${b} draw level`,
    part: (a: string, b: string, first: string) =>
      `${a} and ${b} no longer tie (${first} goes ahead)`,
    catchUp: (a: string, b: string) => `${b} draws level with or overtakes ${a}`,
    parts: (a: string, b: string) => `${a} and ${b} no longer tie`,
    pairsMore: (n: number) => `and ${n} more`,
    reversalCaption: 'Pairs whose order changes when a cheaper bid is added',
    pair: 'Pair',
    now: 'Now',
    below: 'At a price up to',
    ahead: (a: string, b: string) => `${a} ahead of ${b}`,
    tiedNow: 'tied',
    evaluators: 'Evaluators',
    noPanel: 'Every score comes from one evaluator: there is no evaluator to leave out.',
    leaveOut: (e: number, out: string) =>
      `Without the scores of evaluator ${e} (the ${ordinal(e)} score of each list), ${out}. Discuss the scores in the panel.`,
    leaveOutNone: (n: number) =>
      `Leaving out one evaluator (${n} on the panel) does not change the winner.`,
    evaluatorsCaption: 'The winner without the scores of one evaluator',
    leftOut: 'Evaluator left out',
    winner: 'Winner',
  },
} as const;

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

const pts = (v: number, lang: Lang) => formatNumber(v, lang, 2, 2);
/** A change in points: two decimals, more when it would show as 0. */
const change = (v: number, lang: Lang) => {
  const a = Math.abs(v);
  return formatNumber(a, lang, a > 0 && a < 0.005 ? 6 : 2, 2);
};
const num = (v: number, lang: Lang) => formatNumber(v, lang, 4, 0);
/** A score: two decimals. */
const score = (v: number, lang: Lang) => formatNumber(v, lang, 2, 2);

function listJoin(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${L[lang].and} ${items[items.length - 1]}`;
}

/** "wint X" / "staan A en B gelijk op de eerste plaats", with "in plaats van" the current winner. */
function outcome(s: Standing, base: Standing, lang: Lang): string {
  const l = L[lang];
  const what = s.winner !== null ? l.wins(s.winner) : l.tie(listJoin(s.tied, lang));
  const instead =
    base.winner !== null ? l.instead(base.winner) : base.tied.length ? l.insteadTie : '';
  return what + instead;
}

function pairText(p: PairChange, lang: Lang): string {
  const l = L[lang];
  if (p.before === 'tied') return l.part(p.a, p.b, p.after === 'ahead' ? p.a : p.b);
  return p.after === 'tied' ? l.level(p.a, p.b) : l.swap(p.a, p.b);
}

/** A pair an added bid changes: at the reported price, and further at any lower price. */
function addedPairText(p: PairChange, lang: Lang): string {
  return p.before === 'tied' ? L[lang].parts(p.a, p.b) : L[lang].catchUp(p.a, p.b);
}

function pairsText(
  changes: readonly PairChange[],
  count: number,
  lang: Lang,
  limit = 5,
  text = pairText,
): string {
  const shown = changes.slice(0, limit).map((p) => text(p, lang));
  if (count > shown.length) shown.push(L[lang].pairsMore(count - shown.length));
  return shown.join('; ');
}

function relationCell(before: Relation, a: string, b: string, lang: Lang): string {
  return before === 'tied' ? L[lang].tiedNow : L[lang].ahead(a, b);
}

// ---------------------------------------------------------------- the view

function names(r: Robustness, lang: Lang): Map<string, string> {
  return new Map(r.weights.map((w) => [`${w.kind}:${w.id}`, localizedName(w.id, w.name, lang)]));
}

function thresholdCell(th: WeightThreshold | null, applicable: boolean, lang: Lang): string {
  const l = L[lang];
  if (!applicable) return l.na;
  if (!th) return l.noChange;
  const sign = th.change >= 0 ? '+' : '−';
  const who = th.winner ?? l.tieCell(th.tied.join(', '));
  return `${sign}${change(th.change, lang)} → ${who}`;
}

function weightsSection(r: Robustness, lang: Lang): RobustnessSection {
  const l = L[lang];
  const name = names(r, lang);
  const base: Standing = { winner: r.winner, tied: r.tied };
  const findings: RobustnessFinding[] = [
    { level: 'note', text: l.weightsIntro(num(r.maxPoints, lang)) },
  ];
  const label = (w: WeightSensitivity) => name.get(`${w.kind}:${w.id}`)!;
  if (r.tied.length) findings.push({ level: 'fragile', text: l.weightsTie });
  else if (r.valid === 1) findings.push({ level: 'ok', text: l.weightsOne });
  else if (r.valid > 1) {
    const all: { w: WeightSensitivity; th: WeightThreshold }[] = [];
    for (const w of r.weights)
      for (const th of [w.increase, w.decrease]) if (th) all.push({ w, th });
    const within = all
      .filter((x) => Math.abs(x.th.change) <= r.margin)
      .sort((a, b) => Math.abs(a.th.change) - Math.abs(b.th.change));
    for (const { w, th } of within) {
      findings.push({
        level: 'fragile',
        text: l.weightLine(
          label(w),
          num(w.weight, lang),
          change(th.change, lang),
          th.change > 0 ? l.more : l.less,
          pts(th.weight, lang),
          outcome(th, base, lang),
        ),
      });
    }
    if (!within.length) {
      const smallest = [...all].sort((a, b) => Math.abs(a.th.change) - Math.abs(b.th.change))[0];
      findings.push({
        level: 'ok',
        text: smallest
          ? `${l.weightsFirm(num(r.margin, lang))} ${l.weightsSmallest(label(smallest.w), change(smallest.th.change, lang), smallest.th.change > 0 ? l.more : l.less, outcome(smallest.th, base, lang))}`
          : `${l.weightsNever}`,
      });
    }
  }
  const rows = r.weights.map((w) => [
    w.kind === 'group' ? `${label(w)} (${l.group})` : label(w),
    num(w.weight, lang),
    thresholdCell(w.increase, w.applicable && !r.tied.length && r.valid > 0, lang),
    thresholdCell(w.decrease, w.applicable && !r.tied.length && r.valid > 0, lang),
  ]);
  return {
    title: l.weights,
    findings,
    table: {
      caption: l.weightsCaption,
      columns: [
        { header: l.target },
        { header: l.weight, numeric: true },
        { header: l.up },
        { header: l.down },
      ],
      rows,
    },
  };
}

const SHOWN_MARGINS = 5;

function marginsSection(r: Robustness, lang: Lang): RobustnessSection {
  const l = L[lang];
  const name = names(r, lang);
  const crit = (id: string) => name.get(`criterion:${id}`) ?? id;
  const findings: RobustnessFinding[] = [{ level: 'note', text: l.marginsIntro }];
  if (!r.margins.length) findings.push({ level: 'ok', text: l.marginsNoOther });
  const line = (m: ScoreMargin): RobustnessFinding =>
    m.best
      ? {
          level: 'note',
          text: l.marginLine(
            m.vendor,
            m.rank,
            pts(m.behind, lang),
            score(m.best.increase, lang),
            crit(m.best.criterion),
            score(m.best.score, lang),
            score(m.best.needed, lang),
            num(m.best.scale, lang),
          ),
        }
      : { level: 'ok', text: l.marginNone(m.vendor, m.rank, pts(m.behind, lang)) };
  findings.push(...r.margins.slice(0, SHOWN_MARGINS).map(line));
  if (r.margins.length > SHOWN_MARGINS)
    findings.push({ level: 'note', text: l.marginsMore(r.margins.length - SHOWN_MARGINS) });
  const rows = r.margins.map((m) => [
    m.vendor,
    String(m.rank),
    pts(m.behind, lang),
    m.best ? crit(m.best.criterion) : l.cannot,
    m.best ? `+${score(m.best.increase, lang)}` : '',
    m.best ? `${score(m.best.needed, lang)} / ${num(m.best.scale, lang)}` : '',
  ]);
  const section: RobustnessSection = { title: l.margins, findings };
  if (rows.length) {
    section.table = {
      caption: l.marginsCaption,
      columns: [
        { header: l.vendor },
        { header: l.rank, numeric: true },
        { header: l.behind, numeric: true },
        { header: l.criterion },
        { header: l.increase, numeric: true },
        { header: l.needed, numeric: true },
      ],
      rows,
    };
  }
  return section;
}

function withdrawalFinding(w: Withdrawal, base: Standing, lang: Lang): RobustnessFinding {
  const l = L[lang];
  const price = formatMoney(w.lowestPrice, lang);
  if (w.winnerChanged)
    return { level: 'fragile', text: l.withdrawWinner(w.vendor, price, outcome(w, base, lang)) };
  return {
    level: 'note',
    text: l.withdrawOrder(w.vendor, price, pairsText(w.changes, w.changeCount, lang)),
  };
}

function additionFindings(a: Addition, base: Standing, lang: Lang): RobustnessFinding[] {
  const l = L[lang];
  const out: RobustnessFinding[] = [];
  if (a.winnerPrice !== null)
    out.push({
      level: 'fragile',
      text: l.addWinner(
        formatMoney(a.winnerPrice, lang),
        formatMoney(a.floorPrice, lang),
        outcome(a, base, lang),
      ),
    });
  if (a.orderPrice !== null && (a.winnerPrice === null || a.orderPrice > a.winnerPrice)) {
    out.push({
      level: 'note',
      text: l.addOrder(
        formatMoney(a.orderPrice, lang),
        pairsText(a.orderChanges, a.orderChangeCount, lang, 5, addedPairText),
      ),
    });
  }
  if (!out.length) out.push({ level: 'ok', text: l.addNone });
  return out;
}

function reversalSection(r: Robustness, lang: Lang): RobustnessSection {
  const l = L[lang];
  const rr = r.rankReversal;
  const base: Standing = { winner: r.winner, tied: r.tied };
  if (!rr.applicable) {
    const text =
      rr.reason === 'bounds' ? l.bounds : rr.reason === 'no-price' ? l.noPrice : l.tooFew;
    return { title: l.reversal, findings: [{ level: 'ok', text }] };
  }
  const findings: RobustnessFinding[] = [{ level: 'note', text: l.reversalIntro }];
  if (rr.withdrawals.length)
    findings.push(...rr.withdrawals.map((w) => withdrawalFinding(w, base, lang)));
  else findings.push({ level: 'ok', text: l.withdrawNone });
  if (rr.addition) findings.push(...additionFindings(rr.addition, base, lang));
  const section: RobustnessSection = { title: l.reversal, findings };
  const pairs = rr.addition?.pairs ?? [];
  if (pairs.length) {
    section.table = {
      caption: l.reversalCaption,
      columns: [{ header: l.pair }, { header: l.now }, { header: l.below, numeric: true }],
      rows: pairs.map((p) => [
        `${p.a} – ${p.b}`,
        relationCell(p.before, p.a, p.b, lang),
        formatMoney(p.price, lang),
      ]),
    };
  }
  return section;
}

function evaluatorsSection(r: Robustness, lang: Lang): RobustnessSection {
  const l = L[lang];
  const ev = r.evaluators;
  const base: Standing = { winner: r.winner, tied: r.tied };
  if (!ev.applicable) return { title: l.evaluators, findings: [{ level: 'ok', text: l.noPanel }] };
  const changed = ev.leaveOut.filter((x) => x.changed);
  const findings: RobustnessFinding[] = changed.length
    ? changed.map((x) => ({
        level: 'note' as RobustnessLevel,
        text: l.leaveOut(x.evaluator, outcome(x, base, lang)),
      }))
    : [{ level: 'ok', text: l.leaveOutNone(ev.panel) }];
  return {
    title: l.evaluators,
    findings,
    table: {
      caption: l.evaluatorsCaption,
      columns: [{ header: l.leftOut, numeric: true }, { header: l.winner }],
      rows: ev.leaveOut.map((x) => [String(x.evaluator), x.winner ?? l.tieCell(x.tied.join(', '))]),
    },
  };
}

function reasonPhrase(reason: FragileReason, r: Robustness, lang: Lang): string {
  const l = L[lang];
  const base: Standing = { winner: r.winner, tied: r.tied };
  switch (reason.kind) {
    case 'tie':
      return l.rTie(listJoin(reason.tied, lang));
    case 'weight':
      return l.rWeight(
        change(reason.change, lang),
        reason.change > 0 ? l.more : l.less,
        names(r, lang).get(`${reason.target}:${reason.id}`) ?? reason.id,
        outcome(reason, base, lang),
      );
    case 'withdrawal':
      return l.rWithdrawal(reason.vendor, outcome(reason, base, lang));
    case 'addition':
      return l.rAddition(formatMoney(reason.price, lang), outcome(reason, base, lang));
  }
}

function summary(r: Robustness, lang: Lang): string {
  const l = L[lang];
  if (r.valid === 0) return l.none;
  const head = r.tied.length
    ? l.tieLead(listJoin(r.tied, lang))
    : r.valid === 1
      ? l.only(r.winner!)
      : l.leads(r.winner!, pts(r.lead!, lang), r.runnerUp!);
  if (r.fragile) {
    const weights = r.reasons
      .filter((x) => x.kind === 'weight')
      .sort(
        (a, b) =>
          Math.abs((a as { change: number }).change) - Math.abs((b as { change: number }).change),
      );
    const phrases: string[] = [];
    for (const x of r.reasons) if (x.kind === 'tie') phrases.push(reasonPhrase(x, r, lang));
    if (weights.length)
      phrases.push(
        reasonPhrase(weights[0]!, r, lang) +
          (weights.length > 1 ? l.rMore(weights.length - 1) : ''),
      );
    for (const x of r.reasons)
      if (x.kind === 'withdrawal' || x.kind === 'addition') phrases.push(reasonPhrase(x, r, lang));
    return r.tied.length && phrases.length === 1
      ? head
      : `${head} ${l.butChanges}: ${phrases.join('; ')}.`;
  }
  if (r.valid === 1) return head;
  const tail = r.rankReversal.applicable
    ? `, ${l.firmReversal}`
    : r.rankReversal.reason === 'bounds'
      ? `; ${l.firmBounds}`
      : '';
  return `${head} ${l.firmWeights(num(r.margin, lang))}${tail}.`;
}

/** The findings in plain words, in a language: a summary and one section per analysis (the shape the HTML report takes). */
export function robustnessView(r: Robustness, lang: Lang): RobustnessView {
  const sections =
    r.valid === 0
      ? []
      : [
          weightsSection(r, lang),
          marginsSection(r, lang),
          reversalSection(r, lang),
          evaluatorsSection(r, lang),
        ];
  return { fragile: r.fragile, summary: summary(r, lang), sections };
}

// ---------------------------------------------------------------- text and Markdown

/** Styling hooks for the terminal (chalk functions, or identity). */
export interface RobustnessStyle {
  bold(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
}

const PLAIN: RobustnessStyle = { bold: (s) => s, red: (s) => s, green: (s) => s, yellow: (s) => s };

function wrap(text: string, width: number | undefined, indent: string, first = indent): string {
  if (width === undefined) return first + text;
  const lines: string[] = [];
  let line = '';
  let lead = first;
  for (const word of text.split(' ')) {
    if (line && visibleWidth(lead + line + ' ' + word) > width) {
      lines.push(lead + line);
      line = word;
      lead = indent;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(lead + line);
  return lines.join('\n');
}

const MARK: Record<RobustnessLevel, string> = { fragile: '!', note: '-', ok: '-' };

/** The findings for a terminal: a title, the verdict and summary, then each section with its findings and table. */
export function robustnessText(
  view: RobustnessView,
  lang: Lang,
  options: { style?: RobustnessStyle; width?: number } = {},
): string {
  const l = L[lang];
  const s = options.style ?? PLAIN;
  const out: string[] = [s.bold(l.title)];
  const verdict = `${view.fragile ? l.fragile : l.firm}: ${view.summary}`;
  out.push(
    view.fragile
      ? s.red(wrap(verdict, options.width, ''))
      : s.green(wrap(verdict, options.width, '')),
  );
  for (const section of view.sections) {
    out.push('', s.bold(section.title));
    for (const f of section.findings) {
      const text = wrap(f.text, options.width, '    ', `  ${MARK[f.level]} `);
      out.push(f.level === 'fragile' ? s.red(text) : text);
    }
    if (section.table) {
      const columns: Column[] = section.table.columns.map((c) => ({
        header: c.header,
        align: c.numeric ? 'right' : 'left',
      }));
      out.push('', textTable(columns, section.table.rows, { indent: '  ' }).trimEnd());
    }
  }
  return out.join('\n') + '\n';
}

function mdText(text: string): string {
  return text.replace(/([\\`*_{}[\]<>|#])/g, '\\$1');
}

/** The findings as Markdown (a section for a pull-request comment or an evaluation report). */
export function robustnessMarkdown(view: RobustnessView, lang: Lang): string {
  const l = L[lang];
  const out: string[] = [
    `## ${l.title}`,
    '',
    `**${view.fragile ? l.fragile : l.firm}:** ${mdText(view.summary)}`,
  ];
  for (const section of view.sections) {
    out.push('', `### ${mdText(section.title)}`, '');
    for (const f of section.findings)
      out.push(f.level === 'fragile' ? `- ⚠ **${mdText(f.text)}**` : `- ${mdText(f.text)}`);
    if (section.table) {
      const columns: Column[] = section.table.columns.map((c) => ({
        header: c.header,
        align: c.numeric ? 'right' : 'left',
      }));
      out.push('', markdownTable(columns, section.table.rows).trimEnd());
    }
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------- JSON and CSV

const round = (v: number) => {
  const x = Math.round(v * 1e6) / 1e6;
  return x === 0 ? 0 : x;
};
const euros = (cents: number) => Math.round(cents) / 100;
const standingJson = (s: Standing) => ({ winner: s.winner, tied: [...s.tied] });

function thresholdJson(th: WeightThreshold | null) {
  return th ? { change: round(th.change), weight: round(th.weight), ...standingJson(th) } : null;
}

/** The `robustness` key of `inkoop score --robustness --format json`: points rounded to 6 decimals, prices in euros. */
export function robustnessJson(r: Robustness) {
  const rr = r.rankReversal;
  const a = rr.addition;
  return {
    margin: r.margin,
    fragile: r.fragile,
    reasons: r.reasons.map((x) => {
      switch (x.kind) {
        case 'tie':
          return { kind: x.kind, tied: [...x.tied] };
        case 'weight':
          return {
            kind: x.kind,
            target: x.target,
            id: x.id,
            change: round(x.change),
            ...standingJson(x),
          };
        case 'withdrawal':
          return { kind: x.kind, vendor: x.vendor, ...standingJson(x) };
        case 'addition':
          return { kind: x.kind, price: euros(x.price), ...standingJson(x) };
      }
    }),
    winner: r.winner,
    tied: [...r.tied],
    runner_up: r.runnerUp,
    lead: r.lead === null ? null : round(r.lead),
    weights: r.weights.map((w) => ({
      kind: w.kind,
      id: w.id,
      name: w.name,
      weight: round(w.weight),
      range: { min: round(w.min), max: round(w.max) },
      applicable: w.applicable,
      increase: thresholdJson(w.increase),
      decrease: thresholdJson(w.decrease),
    })),
    score_margins: r.margins.map((m) => ({
      vendor: m.vendor,
      rank: m.rank,
      behind: round(m.behind),
      best: m.best
        ? {
            criterion: m.best.criterion,
            score: round(m.best.score),
            increase: round(m.best.increase),
            needed: round(m.best.needed),
          }
        : null,
      criteria: m.criteria.map((c) => ({
        criterion: c.criterion,
        score: round(c.score),
        scale: c.scale,
        increase: round(c.increase),
        needed: round(c.needed),
        feasible: c.feasible,
      })),
    })),
    rank_reversal: {
      applicable: rr.applicable,
      reason: rr.reason,
      withdrawals_checked: rr.checked,
      withdrawals: rr.withdrawals.map((w) => ({
        vendor: w.vendor,
        lowest_price: euros(w.lowestPrice),
        winner_changed: w.winnerChanged,
        ...standingJson(w),
        changes: w.changes.map((p) => ({ ...p })),
        change_count: w.changeCount,
      })),
      addition: a
        ? {
            floor_price: euros(a.floorPrice),
            order_price: a.orderPrice === null ? null : euros(a.orderPrice),
            order_changes: a.orderChanges.map((p) => ({ ...p })),
            order_change_count: a.orderChangeCount,
            winner_price: a.winnerPrice === null ? null : euros(a.winnerPrice),
            ...(a.winnerPrice === null ? { winner: null, tied: [] } : standingJson(a)),
            pairs: a.pairs.map((p) => ({
              a: p.a,
              b: p.b,
              before: p.before,
              price: euros(p.price),
            })),
            pair_count: a.pairCount,
          }
        : null,
    },
    evaluators: {
      panel: r.evaluators.panel,
      applicable: r.evaluators.applicable,
      leave_out: r.evaluators.leaveOut.map((x) => ({
        evaluator: x.evaluator,
        ...standingJson(x),
        changed: x.changed,
      })),
    },
  };
}

export type RobustnessJson = ReturnType<typeof robustnessJson>;

const who = (s: Standing) => s.winner ?? s.tied.join('; ');

/**
 * The findings as CSV, one row per finding (RFC 4180, CRLF):
 * analysis,subject,criterion,direction,change,value,winner,outcome,fragile.
 */
export function robustnessCsv(r: Robustness): string {
  const rows: (string | number | null)[][] = [
    [
      'analysis',
      'subject',
      'criterion',
      'direction',
      'change',
      'value',
      'winner',
      'outcome',
      'fragile',
    ],
  ];
  const bool = (b: boolean) => (b ? 'true' : 'false');
  for (const w of r.weights) {
    for (const [dir, th] of [
      ['increase', w.increase],
      ['decrease', w.decrease],
    ] as const) {
      const applicable = w.applicable && r.valid > 1 && !r.tied.length;
      rows.push([
        'weight',
        w.id,
        w.kind === 'criterion' ? w.id : null,
        dir,
        th ? round(th.change) : null,
        th ? round(th.weight) : round(w.weight),
        th ? who(th) : null,
        !applicable ? 'not applicable' : th ? 'winner changes' : 'no change within the range',
        bool(!!th && Math.abs(th.change) <= r.margin),
      ]);
    }
  }
  for (const m of r.margins) {
    for (const c of m.criteria) {
      rows.push([
        'score_margin',
        m.vendor,
        c.criterion,
        'increase',
        round(c.increase),
        round(c.needed),
        null,
        c.feasible ? 'can win' : 'cannot win on this criterion',
        'false',
      ]);
    }
  }
  const rr = r.rankReversal;
  if (!rr.applicable)
    rows.push([
      'rank_reversal',
      null,
      null,
      null,
      null,
      null,
      null,
      `not applicable: ${rr.reason}`,
      'false',
    ]);
  for (const w of rr.withdrawals) {
    rows.push([
      'withdrawal',
      w.vendor,
      null,
      null,
      null,
      euros(w.lowestPrice),
      who(w),
      w.winnerChanged ? 'winner changes' : `order changes: ${w.changeCount} pairs`,
      bool(w.winnerChanged),
    ]);
  }
  const a = rr.addition;
  if (a) {
    rows.push([
      'addition',
      'winner',
      null,
      'price at or below',
      null,
      a.winnerPrice === null ? null : euros(a.winnerPrice),
      a.winnerPrice === null ? null : who(a),
      a.winnerPrice === null ? 'winner does not change' : 'winner changes',
      bool(a.winnerPrice !== null),
    ]);
    rows.push([
      'addition',
      'order',
      null,
      'price at or below',
      null,
      a.orderPrice === null ? null : euros(a.orderPrice),
      null,
      a.orderPrice === null
        ? 'order does not change'
        : `order changes: ${a.orderChangeCount} pairs`,
      'false',
    ]);
    for (const p of a.pairs)
      rows.push([
        'addition_pair',
        `${p.a} / ${p.b}`,
        null,
        'price at or below',
        null,
        euros(p.price),
        null,
        p.before === 'tied' ? 'tie parts' : 'order changes',
        'false',
      ]);
  }
  for (const x of r.evaluators.leaveOut)
    rows.push([
      'evaluator',
      `evaluator ${x.evaluator}`,
      null,
      'left out',
      null,
      null,
      who(x),
      x.changed ? 'winner changes' : 'no change',
      'false',
    ]);
  if (r.tied.length)
    rows.push([
      'tie',
      r.tied.join('; '),
      null,
      null,
      null,
      null,
      null,
      'tie for first place',
      'true',
    ]);
  return csv(rows);
}

/** Plain English reasons for the stderr message of --fail-if-fragile. */
export function fragileMessage(r: Robustness): string {
  const phrases = r.reasons.slice(0, 3).map((x) => reasonPhrase(x, r, 'en'));
  if (r.reasons.length > 3) phrases.push(`and ${r.reasons.length - 3} more`);
  return phrases.join('; ');
}
