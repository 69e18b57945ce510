/**
 * JUnit XML, the test report format CI servers read (GitLab's
 * `artifacts:reports:junit`, Jenkins' junit step, GitHub test reporters):
 * `<testsuites>` holding `<testsuite>` elements holding `<testcase>`
 * elements, each passed, failed (`<failure message>`) or skipped
 * (`<skipped message>`), as Ant's XMLJUnitResultFormatter writes it and the
 * Jenkins junit schema describes it (test/fixtures/junit.xsd; a test
 * validates every report against it). No timestamps or host names: the same
 * input gives the same bytes. Pure.
 */

export type CaseStatus = 'passed' | 'failed' | 'skipped';

export interface JunitCase {
  /** What is tested, e.g. "--fail-under 60" or a strategy part. */
  name: string;
  /** The group, dotted, e.g. "inkoop.score.gate". */
  classname: string;
  status: CaseStatus;
  /** The one-line reason of a failure or a skip. */
  message?: string;
  /** Longer text: the failure's body, or system-out of a passed case. */
  detail?: string;
  /** The kind of failure, e.g. "gate" or "missing" (default "failure"). */
  type?: string;
}

export interface JunitSuite {
  name: string;
  cases: readonly JunitCase[];
  properties?: readonly (readonly [string, string])[];
  /** Text for the suite's system-out, e.g. the verdict. */
  out?: string;
}

/**
 * Text as XML 1.0 allows it: characters XML cannot hold at all (controls
 * other than tab and line ends, lone surrogates, U+FFFE and U+FFFF) are
 * shown as `\u{..}`, never dropped silently.
 */
export function xmlChars(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const ok =
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      c >= 0x10000;
    out += ok ? ch : `\\u{${c.toString(16)}}`;
  }
  return out;
}

/** Element text: & and < (and > for "]]>") escaped. */
export function xmlText(text: string): string {
  return xmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes; line ends and tabs kept as character references. */
export function xmlAttr(text: string): string {
  return xmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

const count = (cases: readonly JunitCase[], status: CaseStatus) =>
  cases.filter((c) => c.status === status).length;

function caseXml(c: JunitCase): string {
  const head = `    <testcase name="${xmlAttr(c.name)}" classname="${xmlAttr(c.classname)}" time="0"`;
  const message = c.message === undefined ? '' : ` message="${xmlAttr(c.message)}"`;
  if (c.status === 'failed') {
    const body = xmlText(c.detail ?? c.message ?? '');
    return `${head}>\n      <failure${message} type="${xmlAttr(c.type ?? 'failure')}">${body}</failure>\n    </testcase>`;
  }
  if (c.status === 'skipped') return `${head}>\n      <skipped${message}/>\n    </testcase>`;
  if (c.detail !== undefined)
    return `${head}>\n      <system-out>${xmlText(c.detail)}</system-out>\n    </testcase>`;
  return `${head}/>`;
}

/** A JUnit XML document with the suites given. */
export function junitXml(name: string, suites: readonly JunitSuite[]): string {
  const all = suites.flatMap((s) => s.cases);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlAttr(name)}" tests="${all.length}" failures="${count(all, 'failed')}" errors="0" skipped="${count(all, 'skipped')}" time="0">`,
  ];
  for (const s of suites) {
    out.push(
      `  <testsuite name="${xmlAttr(s.name)}" tests="${s.cases.length}" failures="${count(s.cases, 'failed')}" errors="0" skipped="${count(s.cases, 'skipped')}" time="0">`,
    );
    if (s.properties?.length) {
      out.push('    <properties>');
      for (const [k, v] of s.properties)
        out.push(`      <property name="${xmlAttr(k)}" value="${xmlAttr(v)}"/>`);
      out.push('    </properties>');
    }
    for (const c of s.cases) out.push(caseXml(c));
    if (s.out !== undefined) out.push(`    <system-out>${xmlText(s.out)}</system-out>`);
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}
