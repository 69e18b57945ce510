// npm run bench: cold starts of the built CLI against `node -e 0`, measured
// in one run, alternating, the median of RUNS each; then throughput on
// generated inputs (scripts/bench/*.mjs). Prints a table and the ratios.
//
// Cold starts are measured with the running Node (the targets hold for
// Node 20, which has no compile cache) and beside it with Node 24, with its
// compile cache (bin/inkoop.js switches it on; the first, warming run fills
// it) and without. Node 24 comes from the npm registry into .bench/
// (scripts/fetch-node.mjs; BENCH_NODES=<folder> to use another folder, as
// .ci/run does); BENCH_NODE=<major> picks another, BENCH_NODE= (empty) none.
//
// The guard: a cold start over its target (on the running Node) is named in
// an OVER line at the end, and the exit code is 1. Timings are no test: CI
// prints them and goes on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fetchNode } from './fetch-node.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
// `npm run bench -- cold tco` runs only the sections named (cold starts and
// scripts/bench/<name>.mjs); without names, all of them.
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);
const node = process.execPath;
const bin = 'bin/inkoop.js';
const nodeLabel = `node ${process.versions.node}`;

function time(nodePath, args, env = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(nodePath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', ...env },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && !args.includes('--fail-under')) {
    throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const cold = [
  { name: 'inkoop --help', args: [bin, '--help'], target: 1.5 },
  { name: 'inkoop show --role jurist (piped)', args: [bin, 'show', '--role', 'jurist'], target: 2 },
  {
    name: 'inkoop show --role jurist --format terminal',
    args: [bin, 'show', '--role', 'jurist', '--format', 'terminal'],
    target: null,
  },
  {
    name: 'inkoop tco examples/costs.yaml',
    args: [bin, 'tco', 'examples/costs.yaml'],
    target: 2,
    needs: 'examples/costs.yaml',
  },
  {
    name: 'inkoop score examples/tender.yaml',
    args: [bin, 'score', 'examples/tender.yaml'],
    target: 2,
    needs: 'examples/tender.yaml',
  },
].filter((c) => wanted('cold') && (!c.needs || existsSync(c.needs)));

/** The Nodes to measure: this one (its own compile cache off), and another with and without. */
function runners(cacheDir) {
  const major = process.versions.node.split('.')[0];
  const off = { NODE_DISABLE_COMPILE_CACHE: '1' };
  const list = [{ label: `node ${major}`, node, env: off, targets: true }];
  const other = process.env.BENCH_NODE ?? '24';
  if (other === '' || other === major) return list;
  let otherNode;
  try {
    otherNode = join(fetchNode(other, process.env.BENCH_NODES || '.bench'), 'node');
  } catch (err) {
    console.log(`(no Node ${other}: ${String(err.message ?? err).split('\n')[0]})\n`);
    return list;
  }
  return [
    ...list,
    { label: `node ${other} cache`, node: otherNode, env: { NODE_COMPILE_CACHE: cacheDir } },
    { label: `node ${other} no cache`, node: otherNode, env: off },
  ];
}

/** Cold starts over their target: `name ratio > target`. */
const over = [];
if (cold.length > 0) {
  const cacheDir = mkdtempSync(join(tmpdir(), 'inkoop-bench-cache-'));
  try {
    const nodes = runners(cacheDir);
    const versions = nodes
      .filter((r, i) => i === 0 || r.node !== nodes[i - 1].node)
      .map((r) => spawnSync(r.node, ['--version'], { encoding: 'utf8' }).stdout.trim());
    console.log(
      `Cold start, median of ${RUNS} runs each, alternating with \`node -e 0\` of the same Node (${versions.join(', ')}; ${process.platform} ${process.arch})\n`,
    );
    // Warm the file cache once, and fill the compile cache.
    for (const r of nodes) {
      time(r.node, ['-e', '0'], r.env);
      for (const c of cold) time(r.node, c.args, r.env);
    }
    const base = nodes.map(() => []);
    const samples = nodes.map(() => cold.map(() => []));
    for (let i = 0; i < RUNS; i++) {
      for (const [k, r] of nodes.entries()) {
        base[k].push(time(r.node, ['-e', '0'], r.env));
        for (const [j, c] of cold.entries()) samples[k][j].push(time(r.node, c.args, r.env));
      }
    }
    const baseMs = base.map(median);
    const head = ['command', ...nodes.flatMap((r) => [`${r.label} ms`, 'ratio']), 'verdict'];
    const rows = [['node -e 0', ...baseMs.flatMap((ms) => [ms.toFixed(1), '1.00']), '']];
    cold.forEach((c, j) => {
      const cells = nodes.flatMap((_, k) => {
        const ms = median(samples[k][j]);
        return [ms.toFixed(1), (ms / baseMs[k]).toFixed(2)];
      });
      const ratio = median(samples[0][j]) / baseMs[0];
      let verdict = '';
      if (c.target !== null) {
        // NEAR: within 5% of the target, where a little more code tips it over.
        const word = ratio > c.target ? 'OVER' : ratio > c.target * 0.95 ? 'NEAR' : 'ok';
        verdict = `${word} (${nodes[0].label} <= ${c.target}x)`;
        if (ratio > c.target) over.push(`${c.name}: ${ratio.toFixed(2)} > ${c.target}`);
      }
      rows.push([c.name, ...cells, verdict]);
    });
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const last = head.length - 1;
    const line = (r) =>
      r
        .map((cell, i) =>
          i === 0 || i === last ? cell.padEnd(widths[i]) : cell.padStart(widths[i]),
        )
        .join('  ')
        .trimEnd();
    console.log(line(head));
    for (const r of rows) console.log(line(r));
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

const dir = 'scripts/bench';
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.mjs') && wanted(f.slice(0, -4)))
  .sort()) {
  const mod = await import(pathToFileURL(join(dir, file)).href);
  console.log(`\n${mod.title ?? file}`);
  await mod.run({ node, bin, median });
}
if (over.length > 0) {
  console.log(`\nOVER their target (${nodeLabel}, ratio to \`node -e 0\`):`);
  for (const line of over) console.log(`OVER ${line}`);
  process.exitCode = 1;
} else if (cold.length > 0) {
  console.log(`\nEvery cold start within its target (${nodeLabel}).`);
}
