// npm run bench: cold starts of the built CLI against `node -e 0`, measured
// in one run, alternating, the median of RUNS each; then throughput on
// generated inputs (scripts/bench/*.mjs). Prints a table and the ratios.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
// `npm run bench -- cold tco` runs only the sections named (cold starts and
// scripts/bench/<name>.mjs); without names, all of them.
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.includes(name);
const node = process.execPath;
const bin = 'bin/inkoop.js';

function time(args, env = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(node, args, {
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
  // The same without the code cache (bin/code-cache.js): what a user gets
  // whose Node is not the one that built the package.
  {
    name: 'inkoop --help (no code cache)',
    args: [bin, '--help'],
    target: null,
    env: { INKOOP_COMPILE_CACHE: '0' },
  },
  {
    name: 'inkoop tco examples/costs.yaml (no code cache)',
    args: [bin, 'tco', 'examples/costs.yaml'],
    target: null,
    env: { INKOOP_COMPILE_CACHE: '0' },
  },
  {
    name: 'inkoop score examples/tender.yaml (no code cache)',
    args: [bin, 'score', 'examples/tender.yaml'],
    target: null,
    env: { INKOOP_COMPILE_CACHE: '0' },
  },
].filter((c) => wanted('cold') && (!c.needs || existsSync(c.needs)));

let failed = false;
if (cold.length > 0) {
  console.log(
    `Cold start, median of ${RUNS} runs each, alternating with \`node -e 0\` (node ${process.version}, ${process.platform} ${process.arch})\n`,
  );
  // Warm the file cache once.
  time(['-e', '0']);
  for (const c of cold) time(c.args, c.env);

  const base = [];
  const samples = cold.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    base.push(time(['-e', '0']));
    cold.forEach((c, j) => samples[j].push(time(c.args, c.env)));
  }
  const baseMs = median(base);
  const rows = [['node -e 0', baseMs.toFixed(1), '1.00', '']];
  cold.forEach((c, j) => {
    const ms = median(samples[j]);
    const ratio = ms / baseMs;
    const verdict =
      c.target === null
        ? ''
        : ratio <= c.target
          ? `ok (target <= ${c.target}x)`
          : `OVER (target <= ${c.target}x)`;
    if (c.target !== null && ratio > c.target) failed = true;
    rows.push([c.name, ms.toFixed(1), ratio.toFixed(2), verdict]);
  });
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...rows.map((r) => r[i].length), ['command', 'ms', 'ratio', ''][i].length),
  );
  const line = (r) =>
    r
      .map((cell, i) => (i === 0 || i === 3 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line(['command', 'ms', 'ratio', 'verdict']));
  for (const r of rows) console.log(line(r));
}

const dir = 'scripts/bench';
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.mjs') && wanted(f.slice(0, -4)))
  .sort()) {
  const mod = await import(pathToFileURL(join(dir, file)).href);
  console.log(`\n${mod.title ?? file}`);
  await mod.run({ node, bin, median });
}
if (failed) console.log('\nSome cold starts are over their target.');
