/**
 * The GitHub Action (action.yml) and the GitLab CI template
 * (ci/inkoop.gitlab-ci.yml), run here as far as a machine without the CI
 * servers allows: each file is read with the yaml package, and its shell
 * steps run with the shell flags the CI server uses, against a tender whose
 * gate fails. The reports must exist and the job must end with the gate's
 * exit code. Not run here: the `uses:` steps (setup-node, upload-artifact;
 * their `if:` is checked) and the install step (it needs the npm registry;
 * the built CLI is on PATH instead, as `inkoop`).
 */
import { execa } from 'execa';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT, tempDir } from '../helpers.js';

const XSD = join(ROOT, 'test', 'fixtures', 'junit.xsd');
const XMLLINT = '/usr/bin/xmllint';

/** The command line GitHub runs a `run:` step with, per `shell:` (GitHub's workflow syntax, jobs.<id>.steps[*].shell). */
const GITHUB_SHELLS: Record<string, string[]> = {
  bash: ['bash', '--noprofile', '--norc', '-eo', 'pipefail'],
  sh: ['sh', '-e'],
};

const bin = tempDir();
afterAll(() => bin.cleanup());
writeFileSync(join(bin.dir, 'inkoop'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
chmodSync(join(bin.dir, 'inkoop'), 0o755);

/** A workspace with a copy of examples/, as a checked-out repository. */
function workspace() {
  const work = tempDir();
  cpSync(join(ROOT, 'examples'), join(work.dir, 'examples'), { recursive: true });
  return work;
}

const baseEnv = () => ({
  PATH: `${bin.dir}:${process.env.PATH ?? ''}`,
  FORCE_COLOR: '0',
  NO_COLOR: '',
  CI: 'true',
  INKOOP_LANG: '',
  INKOOP_CONTENT: '',
  GITHUB_ACTIONS: '',
  GITHUB_STEP_SUMMARY: '',
});

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

interface Action {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;

/** `${{ inputs.x }}` and `${{ steps.s.outputs.y }}`, the only expressions the action uses in values. */
function expand(
  text: string,
  inputs: Record<string, string>,
  outputs: Record<string, Record<string, string>>,
): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_all, expr: string) => {
    let m = /^inputs\.([\w-]+)$/.exec(expr);
    if (m) return inputs[m[1]!] ?? '';
    m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    if (m) return outputs[m[1]!]?.[m[2]!] ?? '';
    throw new Error(`expression not handled by this test: ${expr}`);
  });
}

/** `name=value` lines of $GITHUB_OUTPUT. */
function readOutputs(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

/** Runs the action's shell steps in order, as the runner does; returns each step's result. */
async function runAction(given: Record<string, string>) {
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(action.inputs)) inputs[k] = String(v.default ?? '');
  Object.assign(inputs, given);
  const work = workspace();
  const summary = join(work.dir, 'step_summary');
  const outputs: Record<string, Record<string, string>> = {};
  const results: { step: Step; exitCode: number; stdout: string; stderr: string }[] = [];
  let failed = false;
  try {
    for (const [i, step] of action.runs.steps.entries()) {
      const always = step.if?.includes('always()') === true;
      if (failed && !always) continue;
      if (step.uses !== undefined || step.id === 'install') continue;
      const output = join(work.dir, `.output-${i}`);
      const script = join(work.dir, `.step-${i}.sh`);
      writeFileSync(script, `${step.run}`);
      const [cmd, ...flags] = GITHUB_SHELLS[step.shell!]!;
      const env = Object.fromEntries(
        Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v), inputs, outputs)]),
      );
      const r = await execa(cmd!, [...flags, script], {
        cwd: work.dir,
        reject: false,
        stdin: 'ignore',
        env: {
          ...baseEnv(),
          GITHUB_ACTIONS: 'true',
          GITHUB_ACTION_PATH: ROOT,
          GITHUB_OUTPUT: output,
          GITHUB_STEP_SUMMARY: summary,
          ...env,
        },
      });
      if (step.id) outputs[step.id] = readOutputs(output);
      results.push({
        step,
        exitCode: r.exitCode ?? -1,
        stdout: String(r.stdout),
        stderr: String(r.stderr),
      });
      if (r.exitCode !== 0) failed = true;
    }
    const report = join(work.dir, inputs['report-dir']!);
    const read = (name: string) =>
      existsSync(join(report, name)) ? readFileSync(join(report, name), 'utf8') : null;
    return {
      results,
      outputs,
      html: read('report.html'),
      junit: read('junit.xml'),
      json: read('score.json'),
      junitFile: join(report, 'junit.xml'),
      summary: existsSync(summary) ? readFileSync(summary, 'utf8') : null,
      cleanup: work.cleanup,
    };
  } catch (err) {
    work.cleanup();
    throw err;
  }
}

describe('action.yml (GitHub Action)', () => {
  it('is a composite action: install, score, upload even when the gate fails, then fail the job', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.inputs.tender!.required).toBe(true);
    const steps = action.runs.steps;
    const ids = steps.map((s) => s.id ?? s.uses ?? s.name);
    expect(ids.indexOf('install')).toBeLessThan(ids.indexOf('score'));
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toBe('always()');
    expect(ids.indexOf('score')).toBeLessThan(steps.indexOf(upload!));
    const last = steps[steps.length - 1]!;
    expect(last.if).toBe('always()');
    expect(last.run).toMatch(/exit "\$INKOOP_EXIT_CODE"/);
    for (const s of steps.filter((x) => x.run !== undefined)) expect(s.shell).toBe('bash');
    // Inputs reach the scripts through env only, never pasted into the script text.
    for (const s of steps) expect(s.run ?? '').not.toMatch(/\$\{\{/);
  });

  it('with a gate that fails: the reports and the step summary exist, and the job fails with exit 1', async () => {
    const run = await runAction({ tender: 'examples/tender.yaml', 'fail-under': '80' });
    try {
      const [score, fail] = run.results;
      expect(score!.step.id).toBe('score');
      expect(score!.exitCode, score!.stderr).toBe(0);
      expect(run.outputs.score).toEqual({ 'exit-code': '1' });
      expect(run.html).toMatch(/^<!DOCTYPE html>/);
      expect(JSON.parse(run.json!).gate.passed).toBe(false);
      expect(run.junit).toContain('failures="1"');
      if (existsSync(XMLLINT))
        execFileSync(XMLLINT, ['--noout', '--nonet', '--schema', XSD, run.junitFile], {
          stdio: 'pipe',
        });
      expect(run.summary).toMatch(/^# Vervanging zaaksysteem gemeente Voorbeeldstad 2026\n/);
      expect(score!.stdout).toMatch(/Digitaal Dossier Groep/);
      expect(score!.stderr).toMatch(/^::error title=inkoop::--fail-under 80: /m);
      expect(fail!.exitCode).toBe(1);
    } finally {
      run.cleanup();
    }
  });

  it('with a gate that passes the job passes; with wrong input it fails with exit 2 and an annotation', async () => {
    const ok = await runAction({ tender: 'examples/tender.yaml', 'fail-under': '60', lang: 'en' });
    try {
      expect(ok.results.map((r) => r.exitCode)).toEqual([0, 0]);
      expect(ok.summary).toMatch(/^# Vervanging zaaksysteem/);
      expect(ok.html).toMatch(/<html lang="en">/);
    } finally {
      ok.cleanup();
    }
    const bad = await runAction({ tender: 'examples/missing.yaml' });
    try {
      expect(bad.results.map((r) => r.exitCode)).toEqual([0, 2]);
      expect(bad.results[0]!.stderr).toMatch(/^::error title=inkoop::/m);
      expect(bad.html).toBeNull();
    } finally {
      bad.cleanup();
    }
  });
});

interface GitlabJob {
  image: string;
  variables: Record<string, string>;
  before_script: string[];
  script: string[];
  artifacts: {
    when: string;
    paths: string[];
    expose_as?: string;
    reports: { junit: string };
  };
}

describe('ci/inkoop.gitlab-ci.yml (GitLab CI template)', () => {
  const template = parse(readFileSync(join(ROOT, 'ci', 'inkoop.gitlab-ci.yml'), 'utf8')) as Record<
    string,
    GitlabJob
  >;
  const job = template['.inkoop-score']!;

  it('is a hidden job to extend, with the JUnit report and the artefacts kept always', () => {
    expect(Object.keys(template)).toEqual(['.inkoop-score']);
    expect(job.artifacts.when).toBe('always');
    expect(job.artifacts.reports.junit).toBe('inkoop-report/junit.xml');
    expect(job.artifacts.paths).toEqual(['inkoop-report/']);
    expect(job.before_script.join('\n')).toMatch(/npm install -g/);
  });

  it('its script, run as GitLab runs it (bash, -e), fails with the gate and leaves every report', async () => {
    const work = workspace();
    try {
      // GitLab's bash scripts start with `set -eo pipefail` and run each line in one shell.
      const script = join(work.dir, '.gitlab.sh');
      writeFileSync(script, `set -eo pipefail\n${job.script.join('\n')}\n`);
      const run = async (variables: Record<string, string>) =>
        execa('bash', ['-e', script], {
          cwd: work.dir,
          reject: false,
          stdin: 'ignore',
          env: { ...baseEnv(), ...job.variables, GITLAB_CI: 'true', ...variables },
        });
      const failed = await run({ INKOOP_TENDER: 'examples/tender.yaml', INKOOP_FAIL_UNDER: '80' });
      expect(failed.exitCode).toBe(1);
      const dir = join(work.dir, 'inkoop-report');
      expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
      expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/^# Vervanging/);
      expect(JSON.parse(readFileSync(join(dir, 'score.json'), 'utf8')).gate.fail_under).toBe(80);
      if (existsSync(XMLLINT))
        execFileSync(XMLLINT, ['--noout', '--nonet', '--schema', XSD, join(dir, 'junit.xml')], {
          stdio: 'pipe',
        });
      // A second run in the same folder overwrites the reports (--force) and can pass.
      const passed = await run({
        INKOOP_TENDER: 'examples/tender.yaml',
        INKOOP_FAIL_UNDER: '60',
        INKOOP_FAIL_IF_FRAGILE: 'false',
      });
      expect(passed.exitCode, String(passed.stderr)).toBe(0);
      expect(JSON.parse(readFileSync(join(dir, 'score.json'), 'utf8')).gate.fail_under).toBe(60);
      const fragile = await run({
        INKOOP_TENDER: 'examples/tender.yaml',
        INKOOP_FAIL_IF_FRAGILE: 'true',
        INKOOP_MARGIN: '1',
      });
      expect(fragile.exitCode).toBe(
        JSON.parse(readFileSync(join(dir, 'score.json'), 'utf8')).gate.passed ? 0 : 1,
      );
    } finally {
      work.cleanup();
    }
  });
});
