/**
 * `inkoop check`: does a purchasing strategy cover what principle 12 says a
 * good one must? The seven conditions of an effective purchasing strategy
 * and the principle's six evaluation questions are looked up by heading, in
 * Dutch or English, loosely: Markdown headings, bold or "Label:" lines and
 * list items that start with a label all count, with or without numbering,
 * accents, hyphens or capitals. Each part is covered, empty, still holds a
 * template placeholder, or is missing. Pure: text in, result out.
 */
import type { CheckItem, CheckResult, CheckStatus, CheckText, Placeholder } from './types.js';

interface ItemSpec {
  id: string;
  kind: 'condition' | 'question';
  /** The part's name in the report (a catalogue key). */
  label: CheckText;
  /** A heading that would be recognised (a catalogue key). */
  expected: CheckText;
  include: RegExp[];
  exclude?: RegExp[];
}

const NEEDS = {
  include: [
    /behoefte/,
    /\bneeds?\b/,
    /\brequirements?\b/,
    /programma van eisen/,
    /\bgebruikerswensen/,
    /\buser research\b/,
  ],
  exclude: [/\blegal|polic|juridisch|wettelijk|beleid|wet en regelgeving/],
};
const TCO = {
  include: [
    /total costs? of ownership/,
    /\btco\b/,
    /levenscycluskosten/,
    /\blife ?cycle costs?/,
    /\bkosten ?analyse/,
    /\bcosts? analysis/,
    /^kosten$/,
    /^costs?$/,
    /\btotale kosten/,
    /\btotal costs?\b/,
    /\bkostenoverzicht/,
    /\bcost overview/,
    /\bkosten en baten/,
    /\bcosts? and benefits/,
  ],
};
const EXIT = {
  include: [
    /\bexit/,
    /\buittred/,
    /\boverstap/,
    /\bontvlechting/,
    /\bswitching\b/,
    /\boffboarding/,
  ],
};

const SPECS: ItemSpec[] = [
  {
    id: 'needs-analysis',
    kind: 'condition',
    label: 'check.part.needsAnalysis',
    expected: 'check.part.needsAnalysis',
    ...NEEDS,
  },
  {
    id: 'market-exploration',
    kind: 'condition',
    label: 'check.part.marketExploration',
    expected: 'check.part.marketExploration',
    include: [
      /\bmarkt ?(verkenning|onderzoek|consultatie|analyse|dialoog|orientatie|scan|oriëntatie|kennis)/,
      /^markt$/,
      /\bmarket (exploration|research|analysis|consultation|survey|engagement|scan|study|sounding|dialogue)/,
      /^market$/,
    ],
  },
  {
    id: 'sourcing-model',
    kind: 'condition',
    label: 'check.part.sourcingModel',
    expected: 'check.part.sourcingModel',
    include: [
      /\bsourcing/,
      /\binkoopmodel/,
      /\bleveringsmodel/,
      /\bdelivery model/,
      /\bprocurement model/,
    ],
  },
  {
    id: 'total-cost-of-ownership',
    kind: 'condition',
    label: 'check.part.totalCostOfOwnership',
    expected: 'check.part.totalCostOfOwnership',
    ...TCO,
  },
  {
    id: 'risk-analysis',
    kind: 'condition',
    label: 'check.part.riskAnalysis',
    expected: 'check.part.riskAnalysis',
    include: [/\brisic/, /\brisks?\b/, /\brisk /],
    exclude: [/reductie|reduction|verlaging/],
  },
  {
    id: 'contract-strategy',
    kind: 'condition',
    label: 'check.part.contractStrategy',
    expected: 'check.part.contractStrategy',
    include: [/\bcontract/, /\bovereenkomst/],
    exclude: [/\bcontract ?(clausule|clause|value|waarde)/],
  },
  {
    id: 'exit-strategy',
    kind: 'condition',
    label: 'check.part.exitStrategy',
    expected: 'check.part.exitStrategy',
    ...EXIT,
  },
  {
    id: 'user-needs',
    kind: 'question',
    label: 'check.question.userNeeds',
    expected: 'check.part.needsAnalysis',
    ...NEEDS,
  },
  {
    id: 'total-cost',
    kind: 'question',
    label: 'check.question.totalCost',
    expected: 'check.part.totalCostOfOwnership',
    ...TCO,
  },
  {
    id: 'competition-innovation',
    kind: 'question',
    label: 'check.question.competitionInnovation',
    expected: 'check.part.competitionInnovation',
    include: [
      /concurrentie/,
      /\bcompetiti/,
      /\binnovati/,
      /marktwerking/,
      /\bmkb\b/,
      /\bsmes?\b/,
      /leveranciersdiversiteit/,
      /\bsupplier divers/,
      /\bdiversificatie/,
    ],
  },
  {
    id: 'exit',
    kind: 'question',
    label: 'check.question.exit',
    expected: 'check.part.exitStrategy',
    ...EXIT,
  },
  {
    id: 'sustainability-social-value',
    kind: 'question',
    label: 'check.question.sustainabilitySocialValue',
    expected: 'check.part.sustainabilitySocialValue',
    include: [
      /duurza/,
      /\bmvi\b/,
      /maatschappelijk/,
      /\bsociale? /,
      /\bsocial/,
      /sustainab/,
      /circula/,
      /\bmilieu/,
      /\benvironment/,
      /\besg\b/,
      /\bsroi\b/,
    ],
  },
  {
    id: 'legal-policy',
    kind: 'question',
    label: 'check.question.legalPolicy',
    expected: 'check.part.legalPolicy',
    include: [
      /\bwet\b/,
      /\bwet en /,
      /regelgeving/,
      /\bwetgeving/,
      /\bwettelijk/,
      /juridisch/,
      /\blegal/,
      /legislation/,
      /\bregulat/,
      /compliance/,
      /\bbeleid/,
      /\bpolic(y|ies)/,
      /aanbestedingsrecht/,
      /aanbestedingswet/,
      /\bavg\b/,
      /\bgdpr\b/,
    ],
  },
];

/** The parts checked, in the principle's order: seven conditions, then six questions. */
export const CHECK_ITEMS: readonly {
  id: string;
  kind: 'condition' | 'question';
  label: CheckText;
  expected: CheckText;
}[] = SPECS.map(({ id, kind, label, expected }) => ({
  id,
  kind,
  label,
  expected,
}));

/** A heading or label reduced for loose matching: "3. Sourcing-model" -> "sourcing model". */
export function normalizeHeading(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/<[^>]+>/g, ' ')
    .replace(/[*_`~]/g, '')
    .replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[a-h][.)]|[ivx]+\.)\s+/, '')
    .replace(/['’‘]/g, '')
    .replace(/[^\p{L}\p{N}&%]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Line {
  text: string;
  /** 1-based line number. */
  n: number;
  /** Inside a fenced code block. */
  code: boolean;
}

interface Section {
  title: string;
  norm: string;
  line: number;
  /** 1-6 for headings, 7 for label lines, 8 for list items with a label. */
  level: number;
  /** Lines of the body (for list items, the text after the label first). */
  body: Line[];
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const BOLD_LABEL = /^\s*(?:\*\*|__)(.+?):?(?:\*\*|__):?\s*$/;
// A colon written `\:` (how scaffold escapes one at the end of an answer) makes no label.
const PLAIN_LABEL = /^\s*([^\s\-*+#>|`][^:]{0,60})(?<!\\):\s*$/;
const LIST_ITEM = /^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$/;
const INLINE_LABEL =
  /^(?:\*\*|__)?([^:*_\n]{1,60}?)(?:\*\*|__)?\s*(?<!\\):(?:\*\*|__)?(?:\s+(.*))?$/;
const TEXT_LABEL = /^\s*([^\s\-*+#>|`:][^:]{0,50}?)(?<!\\):\s+(\S.*)$/;

function splitLines(markdown: string): Line[] {
  const lines: Line[] = [];
  let fence: string | null = null;
  markdown
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((text, i) => {
      const f = FENCE.exec(text);
      if (fence !== null) {
        lines.push({ text, n: i + 1, code: true });
        if (f && f[1]!.startsWith(fence)) fence = null;
        return;
      }
      if (f) {
        fence = f[1]!;
        lines.push({ text, n: i + 1, code: true });
        return;
      }
      lines.push({ text, n: i + 1, code: false });
    });
  return lines;
}

interface Heading {
  index: number;
  level: number;
  title: string;
  /** Index of the setext underline, which is not body text. */
  underline?: number;
}

function findHeadings(lines: Line[]): Heading[] {
  const out: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.code) continue;
    const atx = ATX.exec(l.text);
    if (atx) {
      out.push({ index: i, level: atx[1]!.length, title: atx[2]! });
      continue;
    }
    const next = lines[i + 1];
    if (
      next &&
      !next.code &&
      SETEXT.test(next.text) &&
      l.text.trim() !== '' &&
      !LIST_ITEM.test(l.text) &&
      !/^\s{4}/.test(l.text)
    ) {
      const prev = lines[i - 1];
      // "Text\n---" is a heading only when the text starts a paragraph.
      if (!prev || prev.text.trim() === '' || ATX.test(prev.text)) {
        out.push({
          index: i,
          level: next.text.trim().startsWith('=') ? 1 : 2,
          title: l.text.trim(),
          underline: i + 1,
        });
        i++;
      }
    }
  }
  return out;
}

function indentOf(s: string): number {
  return /^[ \t]*/.exec(s)![0].replace(/\t/g, '    ').length;
}

function sections(lines: Line[]): Section[] {
  const headings = findHeadings(lines);
  const underlines = new Set(
    headings.flatMap((h) => (h.underline === undefined ? [] : [h.underline])),
  );
  const headingAt = new Map(headings.map((h) => [h.index, h]));
  const out: Section[] = [];
  const bodyLines = (from: number, to: number) =>
    lines.slice(from, to).filter((_, k) => !underlines.has(from + k));

  // The document title (a single H1 that comes first) is not a section: its body is everything.
  const h1s = headings.filter((h) => h.level === 1);
  const title = h1s.length === 1 && headings[0] === h1s[0] ? h1s[0] : undefined;

  // A heading's section ends at the next heading of the same or a higher level.
  const ends = new Map<Heading, number>();
  const open: Heading[] = [];
  for (const h of headings) {
    while (open.length > 0 && open[open.length - 1]!.level >= h.level)
      ends.set(open.pop()!, h.index);
    open.push(h);
  }
  for (const h of headings) {
    if (h === title) continue;
    const start = h.underline !== undefined ? h.underline + 1 : h.index + 1;
    const end = ends.get(h) ?? lines.length;
    out.push({
      title: h.title,
      norm: normalizeHeading(h.title),
      line: lines[h.index]!.n,
      level: h.level,
      body: bodyLines(start, end),
    });
  }

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.code || headingAt.has(i) || underlines.has(i)) continue;
    const label = BOLD_LABEL.exec(l.text) ?? PLAIN_LABEL.exec(l.text);
    if (label && !LIST_ITEM.test(l.text)) {
      let end = i + 1;
      while (end < lines.length) {
        const o = lines[end]!;
        if (
          !o.code &&
          (headingAt.has(end) ||
            ((BOLD_LABEL.test(o.text) || PLAIN_LABEL.test(o.text)) && !LIST_ITEM.test(o.text)))
        )
          break;
        end++;
      }
      out.push({
        title: label[1]!,
        norm: normalizeHeading(label[1]!),
        line: l.n,
        level: 7,
        body: bodyLines(i + 1, end),
      });
      continue;
    }
    const item = LIST_ITEM.exec(l.text);
    const inline = item ? INLINE_LABEL.exec(item[2]!) : TEXT_LABEL.exec(l.text);
    if (inline) {
      const indent = item ? indentOf(item[1]!) : indentOf(l.text);
      const body: Line[] = [{ text: inline[2] ?? '', n: l.n, code: false }];
      let end = i + 1;
      if (item) {
        while (
          end < lines.length &&
          (lines[end]!.text.trim() === '' || indentOf(lines[end]!.text) > indent)
        )
          end++;
        while (end > i + 1 && lines[end - 1]!.text.trim() === '') end--;
      }
      body.push(...lines.slice(i + 1, end));
      out.push({
        title: inline[1]!,
        norm: normalizeHeading(inline[1]!),
        line: l.n,
        level: 8,
        body,
      });
    }
  }
  return out;
}

const BRACKET = /(?<![!\]\\])\[(?!\^)(?![ xX]\])([^[\]\n]{1,200})\](?![([:])/g;
const OTHER_PLACEHOLDERS = [
  /\{\{[^{}\n]*\}\}/g,
  /(?:€|\bEUR)\s?X\b/g,
  /\bX\s?%/g,
  /\b(?:TODO|TBD|FIXME)\b/g,
  /\bXXX+\b/g,
  /\bnader te bepalen\b/gi,
  /\bn\.t\.b\./gi,
];

/** Placeholders in one line of text: `[Technologie/Service]`, `{{key}}`, `€X`, `X%`, TODO. */
export function findPlaceholders(text: string, line: number): Placeholder[] {
  // Inline code is not checked; blank it out keeping the columns.
  const scan = text.replace(/(`+)(.+?)\1/g, (m) => ' '.repeat(m.length));
  const found: Placeholder[] = [];
  for (const re of [BRACKET, ...OTHER_PLACEHOLDERS]) {
    re.lastIndex = 0;
    for (const m of scan.matchAll(re))
      found.push({
        line,
        col: (m.index ?? 0) + 1,
        text: text.slice(m.index ?? 0, (m.index ?? 0) + m[0].length),
      });
  }
  // Overlaps (the bracket around "€X per jaar") count once.
  found.sort((a, b) => a.col - b.col);
  return found.filter((p, i) => i === 0 || p.col >= found[i - 1]!.col + found[i - 1]!.text.length);
}

/** Text that counts as content: anything with a letter or digit that is not a label, a marker or a placeholder. */
function contentOf(text: string): string {
  let s = text.replace(/<!--.*?-->/g, ' ');
  for (const re of [BRACKET, ...OTHER_PLACEHOLDERS]) s = s.replace(re, ' ');
  const item = LIST_ITEM.exec(s);
  if (item) s = item[2]!;
  if (ATX.test(s) || BOLD_LABEL.test(s) || PLAIN_LABEL.test(s)) return '';
  const inline = INLINE_LABEL.exec(s.trim());
  if (inline) s = inline[2] ?? '';
  return /[\p{L}\p{N}]/u.test(s) ? s.trim() : '';
}

function sectionStatus(
  section: Section,
  byLine: Map<number, Placeholder[]>,
): { status: CheckStatus; placeholders: Placeholder[] } {
  const own = [...new Set(section.body.map((l) => l.n))].flatMap((n) => byLine.get(n) ?? []);
  let inComment = false;
  let content = false;
  for (const l of section.body) {
    let text = l.text;
    if (inComment) {
      const end = text.indexOf('-->');
      if (end < 0) continue;
      text = text.slice(end + 3);
      inComment = false;
    }
    const open = text.lastIndexOf('<!--');
    if (open >= 0 && text.indexOf('-->', open) < 0) {
      text = text.slice(0, open);
      inComment = true;
    }
    if (l.code ? /[\p{L}\p{N}]/u.test(text) && !FENCE.test(text) : contentOf(text) !== '')
      content = true;
  }
  const status: CheckStatus = own.length > 0 ? 'placeholder' : content ? 'covered' : 'empty';
  return { status, placeholders: own };
}

const RANK: Record<CheckStatus, number> = { covered: 3, placeholder: 2, empty: 1, missing: 0 };

/**
 * Checks a strategy document. `strict` makes placeholders fail the check
 * too; without it, only empty and missing parts do.
 */
export function checkStrategy(markdown: string, options: { strict?: boolean } = {}): CheckResult {
  const lines = splitLines(markdown);
  const placeholders = lines.filter((l) => !l.code).flatMap((l) => findPlaceholders(l.text, l.n));
  const all = sections(lines);
  const byLine = new Map<number, Placeholder[]>();
  for (const p of placeholders) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p]);
  const items: CheckItem[] = SPECS.map((spec) => {
    const matched = all.filter(
      (s) =>
        spec.include.some((re) => re.test(s.norm)) &&
        !(spec.exclude ?? []).some((re) => re.test(s.norm)),
    );
    // Headings first, then label lines and labelled list items; each in document order.
    matched.sort((a, b) => a.level - b.level || a.line - b.line);
    const matches = matched.map((s) => {
      const st = sectionStatus(s, byLine);
      return {
        heading: s.title.trim(),
        line: s.line,
        kind:
          s.level <= 6
            ? ('heading' as const)
            : s.level === 7
              ? ('label' as const)
              : ('item' as const),
        status: st.status,
        placeholders: st.placeholders,
      };
    });
    let status: CheckStatus = 'missing';
    for (const m of matches) if (RANK[m.status] > RANK[status]) status = m.status;
    const seen = new Set<string>();
    const own = matches
      .flatMap((m) => m.placeholders)
      .filter((p) => {
        const k = `${p.line}:${p.col}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      })
      .sort((a, b) => a.line - b.line || a.col - b.col);
    return {
      id: spec.id,
      kind: spec.kind,
      label: spec.label,
      status,
      matches: matches.map(({ heading, line, kind, status }) => ({ heading, line, kind, status })),
      placeholders: own,
      expected: spec.expected,
    };
  });
  const summary: Record<CheckStatus, number> = { covered: 0, placeholder: 0, empty: 0, missing: 0 };
  for (const i of items) summary[i.status]++;
  const strict = options.strict ?? false;
  const ok = summary.empty === 0 && summary.missing === 0 && (!strict || placeholders.length === 0);
  return { items, placeholders, summary, ok, strict };
}
