/**
 * The robustness of a scored tender in plain words (Dutch or English): one
 * view (a summary and a section per analysis, with findings and a table)
 * that the terminal text, the Markdown and the HTML report all show; and the
 * numbers for the JSON (`robustness` key) and a CSV with one row per finding.
 * Pure functions: data in, text out.
 */
import { translator } from '../i18n/index.js';
import { csv, markdownTable, textTable, type Column, type CsvDialect } from '../lib/tables.js';
import { formatMoney, formatNumber, formatPlain, formatPoints, type Lang } from '../lib/i18n.js';
import { csvText, inlineSafe, listJoin, mdCell, mdText, wrap } from '../lib/text.js';
import { localizedName } from './criteria.js';
import { mdName } from './render.js';
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

// ---------------------------------------------------------------- numbers

const pts = (v: number, lang: Lang) => formatPoints(v, lang);
/** A change in points: two decimals, more when it would show as 0. */
const change = (v: number, lang: Lang) => {
  const a = Math.abs(v);
  return formatNumber(a, lang, a > 0 && a < 0.005 ? 6 : 2, 2);
};
const num = formatPlain;
/** A score: two decimals. */
const score = (v: number, lang: Lang) => formatPoints(v, lang);

/** A lead or a distance to the first place in the method's unit: points, euros, or the utility index. */
function amount(v: number, r: Robustness, lang: Lang, bare = false): string {
  if (r.unit === 'cents') return formatMoney(v, lang);
  const t = translator(lang);
  if (r.unit === 'index') {
    const n = formatNumber(v, lang, 4, 4);
    return bare ? n : t('robustness.indexAmount', { n });
  }
  return bare ? pts(v, lang) : t('robustness.pointsAmount', { n: pts(v, lang) });
}

function join(items: readonly string[], lang: Lang): string {
  return listJoin(items, translator(lang)('score.and'));
}

/** "wint X" / "staan A en B gelijk op de eerste plaats", with "in plaats van" the current winner. */
function outcome(s: Standing, base: Standing, lang: Lang): string {
  const t = translator(lang);
  const what =
    s.winner !== null
      ? t('robustness.wins', { w: s.winner })
      : t('robustness.tie', { vs: join(s.tied, lang) });
  const instead =
    base.winner !== null
      ? t('robustness.instead', { w: base.winner })
      : base.tied.length
        ? t('robustness.insteadTie')
        : '';
  return what + instead;
}

function pairText(p: PairChange, lang: Lang): string {
  const t = translator(lang);
  if (p.before === 'tied')
    return t('robustness.part', { a: p.a, b: p.b, first: p.after === 'ahead' ? p.a : p.b });
  return p.after === 'tied'
    ? t('robustness.level', { a: p.a, b: p.b })
    : t('robustness.swap', { a: p.a, b: p.b });
}

/** A pair an added bid changes: at the reported price, and further at any lower price. */
function addedPairText(p: PairChange, lang: Lang): string {
  const t = translator(lang);
  return p.before === 'tied'
    ? t('robustness.parts', { a: p.a, b: p.b })
    : t('robustness.catchUp', { a: p.a, b: p.b });
}

function pairsText(
  changes: readonly PairChange[],
  count: number,
  lang: Lang,
  limit = 5,
  text = pairText,
): string {
  const t = translator(lang);
  const shown = changes.slice(0, limit).map((p) => text(p, lang));
  if (count > shown.length) shown.push(t('robustness.pairsMore', { n: count - shown.length }));
  return shown.join('; ');
}

function relationCell(before: Relation, a: string, b: string, lang: Lang): string {
  const t = translator(lang);
  return before === 'tied' ? t('robustness.tiedNow') : t('robustness.ahead', { a, b });
}

// ---------------------------------------------------------------- the view

function names(r: Robustness): Map<string, string> {
  return new Map([
    ...(r.criteria ?? []).map((c): [string, string] => [`criterion:${c.id}`, c.name]),
    ...r.weights.map((w): [string, string] => [`${w.kind}:${w.id}`, w.name]),
  ]);
}

/** A search's tolerance with enough decimals to show its first digit (1e-7 -> 0.0000001). */
function tolerance(tol: number, lang: Lang): string {
  const d = tol > 0 ? Math.min(12, Math.max(1, Math.ceil(-Math.log10(tol)) + 1)) : 1;
  return formatNumber(tol, lang, d, 0);
}

function thresholdCell(th: WeightThreshold | null, applicable: boolean, lang: Lang): string {
  const t = translator(lang);
  if (!applicable) return t('robustness.na');
  if (!th) return t('robustness.noChange');
  const sign = th.change >= 0 ? '+' : '−';
  const who = th.winner ?? t('robustness.tieCell', { vs: th.tied.join(', ') });
  return `${sign}${change(th.change, lang)} → ${who}`;
}

function weightsSection(r: Robustness, lang: Lang): RobustnessSection {
  const t = translator(lang);
  const name = names(r);
  const base: Standing = { winner: r.winner, tied: r.tied };
  if (!r.weighted)
    return {
      title: t('robustness.weights'),
      findings: [{ level: 'ok', text: t('robustness.noWeights') }],
    };
  const findings: RobustnessFinding[] = [
    { level: 'note', text: t('robustness.weightsIntro', { m: num(r.maxPoints, lang) }) },
  ];
  const label = (w: WeightSensitivity) => name.get(`${w.kind}:${w.id}`)!;
  if (r.tied.length) findings.push({ level: 'fragile', text: t('robustness.weightsTie') });
  else if (r.valid === 1) findings.push({ level: 'ok', text: t('robustness.weightsOne') });
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
        text: t('robustness.weightLine', {
          name: label(w),
          w: num(w.weight, lang),
          x: change(th.change, lang),
          dir: th.change > 0 ? t('robustness.more') : t('robustness.less'),
          w2: pts(th.weight, lang),
          out: outcome(th, base, lang),
        }),
      });
    }
    if (!within.length) {
      const smallest = [...all].sort((a, b) => Math.abs(a.th.change) - Math.abs(b.th.change))[0];
      findings.push({
        level: 'ok',
        text: smallest
          ? `${t('robustness.weightsFirm', { m: num(r.margin, lang) })} ${t('robustness.weightsSmallest', { name: label(smallest.w), x: change(smallest.th.change, lang), dir: smallest.th.change > 0 ? t('robustness.more') : t('robustness.less'), out: outcome(smallest.th, base, lang) })}`
          : `${t('robustness.weightsNever')}`,
      });
    }
  }
  const searched = r.weights.flatMap((w) =>
    [w.increase, w.decrease].flatMap((th) => (th && th.searched !== null ? [th.searched] : [])),
  );
  if (searched.length)
    findings.push({
      level: 'note',
      text: t('methods.searchedWeights', {
        tol: tolerance(Math.max(...searched), lang),
      }),
    });
  const rows = r.weights.map((w) => [
    w.kind === 'group' ? `${label(w)} (${t('robustness.group')})` : label(w),
    num(w.weight, lang),
    thresholdCell(w.increase, w.applicable && !r.tied.length && r.valid > 0, lang),
    thresholdCell(w.decrease, w.applicable && !r.tied.length && r.valid > 0, lang),
  ]);
  return {
    title: t('robustness.weights'),
    findings,
    table: {
      caption: t('robustness.weightsCaption'),
      columns: [
        { header: t('robustness.target') },
        { header: t('robustness.weight'), numeric: true },
        { header: t('robustness.up') },
        { header: t('robustness.down') },
      ],
      rows,
    },
  };
}

const SHOWN_MARGINS = 5;

function marginsSection(r: Robustness, lang: Lang): RobustnessSection {
  const t = translator(lang);
  const name = names(r);
  const crit = (id: string) => name.get(`criterion:${id}`) ?? id;
  if (!r.scored)
    return {
      title: t('robustness.margins'),
      findings: [{ level: 'ok', text: t('robustness.noScores') }],
    };
  const findings: RobustnessFinding[] = [{ level: 'note', text: t('robustness.marginsIntro') }];
  if (!r.margins.length) findings.push({ level: 'ok', text: t('robustness.marginsNoOther') });
  const line = (m: ScoreMargin): RobustnessFinding =>
    m.best?.label
      ? {
          level: 'note',
          text: t('methods.marginLabel', {
            v: m.vendor,
            r: m.rank,
            b: amount(m.behind, r, lang),
            c: crit(m.best.criterion),
            from: m.best.label.from,
            to: m.best.label.to ?? '',
          }),
        }
      : m.best
        ? {
            level: 'note',
            text: t('robustness.marginLine', {
              v: m.vendor,
              r: m.rank,
              b: amount(m.behind, r, lang),
              inc: score(m.best.increase, lang),
              c: crit(m.best.criterion),
              s: score(m.best.score, lang),
              n: score(m.best.needed, lang),
              sc: num(m.best.scale, lang),
            }),
          }
        : {
            level: 'ok',
            text: t('robustness.marginNone', {
              v: m.vendor,
              r: m.rank,
              b: amount(m.behind, r, lang),
            }),
          };
  findings.push(...r.margins.slice(0, SHOWN_MARGINS).map(line));
  if (r.margins.length > SHOWN_MARGINS)
    findings.push({
      level: 'note',
      text: t('robustness.marginsMore', { count: r.margins.length - SHOWN_MARGINS }),
    });
  const searched = r.margins.flatMap((m) =>
    m.criteria.flatMap((c) => (c.searched !== null ? [c.searched] : [])),
  );
  if (searched.length)
    findings.push({
      level: 'note',
      text: t('methods.searchedMargins', {
        tol: tolerance(Math.max(...searched), lang),
      }),
    });
  const winnerLabels = r.winnerLabels ?? [];
  for (const x of winnerLabels)
    findings.push(
      x.to === null
        ? {
            level: 'ok',
            text: t('methods.winnerLabelNone', { v: x.vendor, c: crit(x.criterion), from: x.from }),
          }
        : {
            level: 'note',
            text: t('methods.winnerLabel', {
              v: x.vendor,
              c: crit(x.criterion),
              from: x.from,
              to: x.to,
              out: outcome(x, { winner: x.vendor, tied: [] }, lang),
            }),
          },
    );
  if (winnerLabels.length || r.margins.some((m) => m.criteria.some((c) => c.label)))
    findings.push({ level: 'note', text: t('methods.labelMargins') });
  const rows = r.margins.map((m) => [
    m.vendor,
    String(m.rank),
    amount(m.behind, r, lang, true),
    m.best ? crit(m.best.criterion) : t('robustness.cannot'),
    m.best?.label
      ? `${m.best.label.from} → ${m.best.label.to}`
      : m.best
        ? `+${score(m.best.increase, lang)}`
        : '',
    m.best?.label
      ? (m.best.label.to ?? '')
      : m.best
        ? `${score(m.best.needed, lang)} / ${num(m.best.scale, lang)}`
        : '',
  ]);
  const section: RobustnessSection = { title: t('robustness.margins'), findings };
  if (rows.length) {
    section.table = {
      caption: t('robustness.marginsCaption'),
      columns: [
        { header: t('robustness.vendor') },
        { header: t('robustness.rank'), numeric: true },
        { header: t('robustness.behind'), numeric: true },
        { header: t('robustness.criterion') },
        { header: t('robustness.increase'), numeric: true },
        { header: t('robustness.needed'), numeric: true },
      ],
      rows,
    };
  }
  return section;
}

function withdrawalFinding(w: Withdrawal, base: Standing, lang: Lang): RobustnessFinding {
  const t = translator(lang);
  const price = formatMoney(w.lowestPrice, lang);
  if (w.winnerChanged)
    return {
      level: 'fragile',
      text: t('robustness.withdrawWinner', { v: w.vendor, p: price, out: outcome(w, base, lang) }),
    };
  return {
    level: 'note',
    text: t('robustness.withdrawOrder', {
      v: w.vendor,
      p: price,
      pairs: pairsText(w.changes, w.changeCount, lang),
    }),
  };
}

function additionFindings(a: Addition, base: Standing, lang: Lang): RobustnessFinding[] {
  const t = translator(lang);
  const out: RobustnessFinding[] = [];
  if (a.kind === 'better') {
    const p = formatMoney(a.orderPrice ?? a.winnerPrice ?? 0, lang);
    if (a.winnerPrice !== null)
      out.push({
        level: 'fragile',
        text: t('robustness.addBetterWinner', { p, out: outcome(a, base, lang) }),
      });
    else if (a.orderPrice !== null)
      out.push({
        level: 'note',
        text: t('robustness.addBetterOrder', {
          p,
          pairs: pairsText(a.orderChanges, a.orderChangeCount, lang),
        }),
      });
    else out.push({ level: 'ok', text: t('robustness.addBetterNone') });
    return out;
  }
  if (a.winnerPrice !== null)
    out.push({
      level: 'fragile',
      text: t('robustness.addWinner', {
        p: formatMoney(a.winnerPrice, lang),
        f: formatMoney(a.floorPrice, lang),
        out: outcome(a, base, lang),
      }),
    });
  if (a.orderPrice !== null && (a.winnerPrice === null || a.orderPrice > a.winnerPrice)) {
    out.push({
      level: 'note',
      text: t('robustness.addOrder', {
        p: formatMoney(a.orderPrice, lang),
        pairs: pairsText(a.orderChanges, a.orderChangeCount, lang, 5, addedPairText),
      }),
    });
  }
  if (!out.length) out.push({ level: 'ok', text: t('robustness.addNone') });
  return out;
}

function reversalSection(r: Robustness, lang: Lang): RobustnessSection {
  const t = translator(lang);
  const rr = r.rankReversal;
  const base: Standing = { winner: r.winner, tied: r.tied };
  if (!rr.applicable) {
    const text =
      rr.reason === 'bounds'
        ? t('robustness.bounds')
        : rr.reason === 'no-price'
          ? t('robustness.noPrice')
          : rr.reason === 'independent'
            ? t('robustness.independent')
            : t('robustness.tooFew');
    return { title: t('robustness.reversal'), findings: [{ level: 'ok', text }] };
  }
  const intro =
    r.method === 'utility_index'
      ? t('robustness.reversalUtility')
      : r.priceMethod === 'log'
        ? t('robustness.reversalLog', { factor: num(r.priceFactor, lang) })
        : t('robustness.reversalIntro');
  const findings: RobustnessFinding[] = [{ level: 'note', text: intro }];
  if (rr.withdrawals.length)
    findings.push(...rr.withdrawals.map((w) => withdrawalFinding(w, base, lang)));
  else findings.push({ level: 'ok', text: t('robustness.withdrawNone') });
  if (rr.addition) findings.push(...additionFindings(rr.addition, base, lang));
  const section: RobustnessSection = { title: t('robustness.reversal'), findings };
  const pairs = rr.addition?.pairs ?? [];
  if (pairs.length) {
    section.table = {
      caption: t('robustness.reversalCaption'),
      columns: [
        { header: t('robustness.pair') },
        { header: t('robustness.now') },
        { header: t('robustness.below'), numeric: true },
      ],
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
  const t = translator(lang);
  const ev = r.evaluators;
  const base: Standing = { winner: r.winner, tied: r.tied };
  if (!ev.applicable)
    return {
      title: t('robustness.evaluators'),
      findings: [{ level: 'ok', text: t('robustness.noPanel') }],
    };
  const changed = ev.leaveOut.filter((x) => x.changed);
  const findings: RobustnessFinding[] = changed.length
    ? changed.map((x) => ({
        level: 'note' as RobustnessLevel,
        text: t('robustness.leaveOut', { e: x.evaluator, out: outcome(x, base, lang) }),
      }))
    : [{ level: 'ok', text: t('robustness.leaveOutNone', { n: ev.panel }) }];
  return {
    title: t('robustness.evaluators'),
    findings,
    table: {
      caption: t('robustness.evaluatorsCaption'),
      columns: [
        { header: t('robustness.leftOut'), numeric: true },
        { header: t('robustness.winner') },
      ],
      rows: ev.leaveOut.map((x) => [
        String(x.evaluator),
        x.winner ?? t('robustness.tieCell', { vs: x.tied.join(', ') }),
      ]),
    },
  };
}

function reasonPhrase(reason: FragileReason, r: Robustness, lang: Lang): string {
  const t = translator(lang);
  const base: Standing = { winner: r.winner, tied: r.tied };
  switch (reason.kind) {
    case 'tie':
      return t('robustness.rTie', { vs: join(reason.tied, lang) });
    case 'weight':
      return t('robustness.rWeight', {
        x: change(reason.change, lang),
        dir: reason.change > 0 ? t('robustness.more') : t('robustness.less'),
        name: names(r).get(`${reason.target}:${reason.id}`) ?? reason.id,
        out: outcome(reason, base, lang),
      });
    case 'withdrawal':
      return t('robustness.rWithdrawal', { v: reason.vendor, out: outcome(reason, base, lang) });
    case 'addition':
      if (r.rankReversal.addition?.kind === 'better')
        return t('robustness.rAdditionBetter', {
          p: formatMoney(reason.price, lang),
          out: outcome(reason, base, lang),
        });
      return t('robustness.rAddition', {
        p: formatMoney(reason.price, lang),
        out: outcome(reason, base, lang),
      });
  }
}

/** The tie-break rule that decided, in words. */
function ruleText(r: Robustness, lang: Lang): string {
  const t = translator(lang);
  const rule = r.tieBreak!.decided;
  if (rule.kind === 'highest') {
    const all = names(r);
    const name = all.get(`criterion:${rule.id}`) ?? all.get(`group:${rule.id}`) ?? rule.id;
    return t('score.tieRuleHighest', { name });
  }
  return rule.kind === 'lowest_price'
    ? t('score.tieRuleLowestPrice')
    : t('score.tieRuleLot', { date: rule.drawnOn, by: rule.by });
}

/**
 * A tie in points that the tender's rules decide: the rule's winner is
 * named (the award goes to it), and the outcome is fragile because the
 * smallest change in points decides the first place without the rule.
 */
function tieBrokenSummary(r: Robustness, lang: Lang): string {
  const t = translator(lang);
  const head = t('robustness.tieBrokenLead', {
    vs: join(r.tied, lang),
    w: r.tieBreak!.winner,
    rule: ruleText(r, lang),
  });
  // A change after which the rule's winner is first alone leaves the award as it is.
  const phrases = r.reasons
    .filter((x) => x.kind !== 'tie' && x.winner !== r.tieBreak!.winner)
    .map((x) => reasonPhrase(x, r, lang));
  return phrases.length
    ? `${head} ${t('robustness.tieBrokenChanges', { changes: phrases.join('; ') })}`
    : `${head} ${t('robustness.tieBrokenFragile')}`;
}

function summary(r: Robustness, lang: Lang): string {
  const t = translator(lang);
  if (r.valid === 0) return t('robustness.none');
  if (r.tieBreak) return tieBrokenSummary(r, lang);
  const head = r.tied.length
    ? t('robustness.tieLead', { vs: join(r.tied, lang) })
    : r.valid === 1
      ? t('robustness.only', { w: r.winner! })
      : t('robustness.leads', { w: r.winner!, lead: amount(r.lead!, r, lang), r: r.runnerUp! });
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
          (weights.length > 1 ? t('robustness.rMore', { count: weights.length - 1 }) : ''),
      );
    for (const x of r.reasons)
      if (x.kind === 'withdrawal' || x.kind === 'addition') phrases.push(reasonPhrase(x, r, lang));
    return r.tied.length && phrases.length === 1
      ? head
      : `${head} ${t('robustness.butChanges')}: ${phrases.join('; ')}.`;
  }
  if (r.valid === 1) return head;
  if (!r.weighted)
    return `${head} ${r.rankReversal.reason === 'independent' ? t('robustness.firmIndependent') : t('robustness.firmNoWeights')}`;
  const tail = r.rankReversal.applicable
    ? `, ${t('robustness.firmReversal')}`
    : r.rankReversal.reason === 'bounds'
      ? `; ${t('robustness.firmBounds')}`
      : '';
  return `${head} ${t('robustness.firmWeights', { m: num(r.margin, lang) })}${tail}.`;
}

/** Fields of the analysis that hold text from input: names of bids, criteria and groups. */
const NAME_KEYS = new Set([
  'winner',
  'tied',
  'runnerUp',
  'vendor',
  'name',
  'a',
  'b',
  'id',
  'criterion',
  // A margin on a labelled scale: the labels come from the tender file.
  'from',
  'to',
]);

/**
 * The analysis with every name from input passed through `esc` (criterion
 * and group names in the report's language first). Ids are escaped alike,
 * so that lookups by id still match.
 */
function escapeNames(r: Robustness, lang: Lang, esc: (text: string) => string): Robustness {
  const walk = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'string') return key !== null && NAME_KEYS.has(key) ? esc(value) : value;
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = walk(v, k);
      return out;
    }
    return value;
  };
  const localized = {
    ...r,
    weights: r.weights.map((w) => ({ ...w, name: localizedName(w.id, w.name, lang) })),
    criteria: (r.criteria ?? []).map((c) => ({ ...c, name: localizedName(c.id, c.name, lang) })),
  };
  return walk(localized, null) as Robustness;
}

/** The findings in plain words, in a language: a summary and one section per analysis (the shape the HTML report takes). */
export function robustnessView(
  analysis: Robustness,
  lang: Lang,
  esc: (text: string) => string = (x) => x,
): RobustnessView {
  const r = escapeNames(analysis, lang, esc);
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

const MARK: Record<RobustnessLevel, string> = { fragile: '!', note: '-', ok: '-' };

/**
 * The findings for a terminal: a title, the verdict and summary, then each
 * section with its findings and table. Every text passes `inlineSafe` (which
 * leaves text already made safe as it is): no control character from input
 * reaches the terminal.
 */
export function robustnessText(
  view: RobustnessView,
  lang: Lang,
  options: { style?: RobustnessStyle; width?: number } = {},
): string {
  const t = translator(lang);
  const s = options.style ?? PLAIN;
  const safe = inlineSafe;
  const out: string[] = [s.bold(t('robustness.title'))];
  const verdict = `${view.fragile ? t('robustness.fragile') : t('robustness.firm')}: ${safe(view.summary)}`;
  out.push(
    view.fragile
      ? s.red(wrap(verdict, options.width, ''))
      : s.green(wrap(verdict, options.width, '')),
  );
  for (const section of view.sections) {
    out.push('', s.bold(safe(section.title)));
    for (const f of section.findings) {
      const text = wrap(safe(f.text), options.width, '    ', `  ${MARK[f.level]} `);
      out.push(f.level === 'fragile' ? s.red(text) : text);
    }
    if (section.table) {
      const columns: Column[] = section.table.columns.map((c) => ({
        header: safe(c.header),
        align: c.numeric ? 'right' : 'left',
      }));
      const rows = section.table.rows.map((row) => row.map(safe));
      out.push('', textTable(columns, rows, { indent: '  ' }).trimEnd());
    }
  }
  return out.join('\n') + '\n';
}

/**
 * The findings as Markdown (a section for a pull-request comment or an
 * evaluation report). Given the analysis, names from input are escaped
 * where they stand; given a view built without escaping, every text of it is
 * escaped as a whole. Either way no element, link, image or table break can
 * come from input.
 */
export function robustnessMarkdown(input: Robustness | RobustnessView, lang: Lang): string {
  const t = translator(lang);
  const fromAnalysis = !('sections' in input);
  const view = fromAnalysis ? robustnessView(input, lang, mdName) : input;
  const md = fromAnalysis ? (x: string) => x : mdText;
  const out: string[] = [
    `## ${t('robustness.title')}`,
    '',
    `**${view.fragile ? t('robustness.fragile') : t('robustness.firm')}:** ${md(view.summary)}`,
  ];
  for (const section of view.sections) {
    out.push('', `### ${md(section.title)}`, '');
    for (const f of section.findings)
      out.push(f.level === 'fragile' ? `- ⚠ **${md(f.text)}**` : `- ${md(f.text)}`);
    if (section.table) {
      const columns: Column[] = section.table.columns.map((c) => ({
        header: c.header,
        align: c.numeric ? 'right' : 'left',
      }));
      const rows = section.table.rows.map((row) => row.map(fromAnalysis ? md : mdCell));
      out.push(
        '',
        markdownTable(
          columns,
          rows,
          (s) => s,
          (s) => s,
        ).trimEnd(),
      );
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
  return th
    ? {
        change: round(th.change),
        weight: round(th.weight),
        searched: th.searched === null ? null : { tolerance: th.searched },
        ...standingJson(th),
      }
    : null;
}

/** The `robustness` key of `inkoop score --robustness --format json`: points rounded to 6 decimals, prices in euros. */
export function robustnessJson(r: Robustness) {
  const rr = r.rankReversal;
  const a = rr.addition;
  // Leads and distances in the method's unit: points, euros (to the cent), or the utility index.
  const inUnit = (v: number) => (r.unit === 'cents' ? euros(v) : round(v));
  return {
    method: r.method,
    unit: r.unit === 'cents' ? 'euros' : r.unit,
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
        default:
          // 'addition', the last kind
          return { kind: x.kind, price: euros(x.price), ...standingJson(x) };
      }
    }),
    winner: r.winner,
    tied: [...r.tied],
    /** On a tie in points that the tender's rules decide: the bid they choose; null otherwise. */
    tie_break: r.tieBreak ? { winner: r.tieBreak.winner, rule: r.tieBreak.rule } : null,
    runner_up: r.runnerUp,
    lead: r.lead === null ? null : inUnit(r.lead),
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
      behind: inUnit(m.behind),
      best: m.best
        ? {
            criterion: m.best.criterion,
            score: round(m.best.score),
            increase: round(m.best.increase),
            needed: round(m.best.needed),
            ...(m.best.label ? { label: { ...m.best.label } } : {}),
            searched: m.best.searched === null ? null : { tolerance: m.best.searched },
          }
        : null,
      criteria: m.criteria.map((c) => ({
        criterion: c.criterion,
        score: round(c.score),
        scale: c.scale,
        increase: round(c.increase),
        needed: round(c.needed),
        feasible: c.feasible,
        ...(c.label ? { label: { ...c.label } } : {}),
        searched: c.searched === null ? null : { tolerance: c.searched },
      })),
    })),
    winner_labels: (r.winnerLabels ?? []).map((x) => ({
      vendor: x.vendor,
      criterion: x.criterion,
      from: x.from,
      to: x.to,
      ...(x.to === null ? { winner: null, tied: [] } : standingJson(x)),
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
            kind: a.kind,
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
export function robustnessCsv(r: Robustness, dialect?: CsvDialect, lang: Lang = 'en'): string {
  return csv(robustnessCsvRows(r, lang), dialect);
}

/**
 * The robustness of a tender with lots as one CSV: the rows of each lot's own
 * analysis (robustnessCsv) behind a first column with the lot's id.
 */
export function lotsRobustnessCsv(
  lots: readonly { id: string; analysis: Robustness }[],
  dialect?: CsvDialect,
  lang: Lang = 'en',
): string {
  const t = translator(lang);
  const rows: (string | number | null)[][] = [];
  for (const [i, lot] of lots.entries()) {
    const [header, ...body] = robustnessCsvRows(lot.analysis, lang);
    if (i === 0) rows.push([csvText(t('lots.csv.lot')), ...header!]);
    for (const row of body) rows.push([csvText(lot.id), ...row]);
  }
  return csv(rows, dialect);
}

/** The header and the rows of robustnessCsv, text cells already neutralised. */
function robustnessCsvRows(r: Robustness, lang: Lang): (string | number | null)[][] {
  const t = translator(lang);
  const rows: (string | number | null)[][] = [
    [
      t('csv.rob.analysis'),
      t('csv.rob.subject'),
      t('csv.rob.criterion'),
      t('csv.rob.direction'),
      t('csv.rob.change'),
      t('csv.rob.value'),
      t('csv.rob.winner'),
      t('csv.rob.outcome'),
      t('csv.rob.fragile'),
    ],
  ];
  const bool = (b: boolean) => t(b ? 'sheets.csv.yes' : 'sheets.csv.no');
  const reason = {
    bounds: t('csv.rob.reason.bounds'),
    'no-price': t('csv.rob.reason.noPrice'),
    independent: t('csv.rob.reason.independent'),
    'too-few-bids': t('csv.rob.reason.tooFewBids'),
  } as const;
  for (const w of r.weights) {
    for (const [dir, th] of [
      [t('csv.rob.increase'), w.increase],
      [t('csv.rob.decrease'), w.decrease],
    ] as const) {
      const applicable = w.applicable && r.valid > 1 && !r.tied.length;
      rows.push([
        t('csv.rob.kind.weight'),
        w.id,
        w.kind === 'criterion' ? w.id : null,
        dir,
        th ? round(th.change) : null,
        th ? round(th.weight) : round(w.weight),
        th ? who(th) : null,
        !applicable
          ? t('csv.rob.notApplicable')
          : th
            ? t('csv.rob.winnerChanges')
            : t('csv.rob.noChangeInRange'),
        bool(!!th && Math.abs(th.change) <= r.margin),
      ]);
    }
  }
  for (const m of r.margins) {
    for (const c of m.criteria) {
      rows.push([
        t('csv.rob.kind.scoreMargin'),
        m.vendor,
        c.criterion,
        t('csv.rob.increase'),
        round(c.increase),
        // On a labelled scale: the label needed (empty when none reaches the first place).
        c.label ? (c.label.to ?? '') : round(c.needed),
        null,
        c.feasible ? t('csv.rob.canWin') : t('csv.rob.cannotWin'),
        bool(false),
      ]);
    }
  }
  for (const x of r.winnerLabels ?? [])
    rows.push([
      t('csv.rob.kind.winnerLabel'),
      x.vendor,
      x.criterion,
      t('csv.rob.decrease'),
      null,
      x.to ?? '',
      x.to === null ? null : who(x),
      x.to === null ? t('csv.rob.noChangeInRange') : t('csv.rob.winnerChanges'),
      bool(false),
    ]);
  const rr = r.rankReversal;
  if (!rr.applicable)
    rows.push([
      t('csv.rob.kind.rankReversal'),
      null,
      null,
      null,
      null,
      null,
      null,
      rr.reason
        ? t('csv.rob.notApplicableBecause', { reason: reason[rr.reason] })
        : t('csv.rob.notApplicable'),
      bool(false),
    ]);
  for (const w of rr.withdrawals) {
    rows.push([
      t('csv.rob.kind.withdrawal'),
      w.vendor,
      null,
      null,
      null,
      euros(w.lowestPrice),
      who(w),
      w.winnerChanged
        ? t('csv.rob.winnerChanges')
        : t('csv.rob.orderChangesPairs', { count: w.changeCount }),
      bool(w.winnerChanged),
    ]);
  }
  const a = rr.addition;
  if (a) {
    rows.push([
      t('csv.rob.kind.addition'),
      t('csv.rob.subjectWinner'),
      null,
      t('csv.rob.priceAtOrBelow'),
      null,
      a.winnerPrice === null ? null : euros(a.winnerPrice),
      a.winnerPrice === null ? null : who(a),
      a.winnerPrice === null ? t('csv.rob.winnerStays') : t('csv.rob.winnerChanges'),
      bool(a.winnerPrice !== null),
    ]);
    rows.push([
      t('csv.rob.kind.addition'),
      t('csv.rob.subjectOrder'),
      null,
      t('csv.rob.priceAtOrBelow'),
      null,
      a.orderPrice === null ? null : euros(a.orderPrice),
      null,
      a.orderPrice === null
        ? t('csv.rob.orderStays')
        : t('csv.rob.orderChangesPairs', { count: a.orderChangeCount }),
      bool(false),
    ]);
    for (const p of a.pairs)
      rows.push([
        t('csv.rob.kind.additionPair'),
        `${p.a} / ${p.b}`,
        null,
        t('csv.rob.priceAtOrBelow'),
        null,
        euros(p.price),
        null,
        p.before === 'tied' ? t('csv.rob.tieParts') : t('csv.rob.orderChanges'),
        bool(false),
      ]);
  }
  for (const x of r.evaluators.leaveOut)
    rows.push([
      t('csv.rob.kind.evaluator'),
      t('csv.rob.evaluatorN', { n: x.evaluator }),
      null,
      t('csv.rob.leftOut'),
      null,
      null,
      who(x),
      x.changed ? t('csv.rob.winnerChanges') : t('csv.rob.noChange'),
      bool(false),
    ]);
  if (r.tied.length)
    rows.push([
      t('csv.rob.kind.tie'),
      r.tied.join('; '),
      null,
      null,
      null,
      null,
      null,
      t('csv.rob.tieFirst'),
      bool(true),
    ]);
  // Names from input never start a formula; numbers stay numbers.
  return rows.map((row) => row.map((c) => (typeof c === 'string' ? csvText(c) : c)));
}

/** The reasons of a fragile outcome for the message of --fail-if-fragile (stderr), names shown safely. */
export function fragileMessage(analysis: Robustness, lang: Lang): string {
  const t = translator(lang);
  const r = escapeNames(analysis, lang, inlineSafe);
  const phrases = r.reasons.slice(0, 3).map((x) => reasonPhrase(x, r, lang));
  if (r.reasons.length > 3) phrases.push(t('robustness.pairsMore', { n: r.reasons.length - 3 }));
  return phrases.join('; ');
}
