// Throughput of `inkoop score`: generated tenders of 50 criteria (5 groups of
// 10, one scored from the price) with 3 evaluators per scored criterion,
// at growing numbers of bids. Time should grow linearly with bids x criteria.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rng } from '../bench-lib.mjs';

export const title = 'inkoop score: bids x 50 criteria, 3 evaluators each (--format json)';

const CRITERIA = 50;
const SIZES = [1_000, 2_500, 10_000];
// The median of three runs for the small sizes; one run of the largest (about a minute).
const runsFor = (bids) => Number(process.env.BENCH_SCORE_RUNS ?? (bids > 2_500 ? 1 : 3));

export function tender(bids) {
  const rand = rng(bids);
  const out = [
    'title: Benchmark',
    'scale: 10',
    'price: { method: relative }',
    'knockouts: [ISO 27001]',
    'criteria:',
  ];
  for (let g = 0; g < CRITERIA / 10; g++) {
    out.push(`  - id: g${g}`, `    name: Group ${g}`, '    criteria:');
    for (let c = 0; c < 10; c++) {
      const k = g * 10 + c;
      out.push(
        `      - { id: c${k}, name: Criterion ${k}, weight: 2${k === 0 ? ', price: true' : ''} }`,
      );
    }
  }
  out.push('bids:');
  for (let b = 0; b < bids; b++) {
    out.push(
      `  - vendor: Vendor ${b}`,
      `    price: ${(100_000 + Math.floor(rand() * 900_000_00) / 100).toFixed(2)}`,
    );
    out.push(`    knockouts: { ISO 27001: ${rand() < 0.95} }`, '    scores:');
    for (let k = 1; k < CRITERIA; k++) {
      const e = () => Math.floor(rand() * 11);
      out.push(`      c${k}: [${e()}, ${e()}, ${e()}]`);
    }
  }
  return out.join('\n') + '\n';
}

/** The same tender as data, for timing the core without YAML parsing. */
function tenderData(bids) {
  const rand = rng(bids);
  const criteria = [];
  for (let g = 0; g < CRITERIA / 10; g++) {
    const list = [];
    for (let c = 0; c < 10; c++) {
      const k = g * 10 + c;
      list.push({
        id: `c${k}`,
        name: `Criterion ${k}`,
        weight: 2,
        ...(k === 0 ? { price: true } : {}),
      });
    }
    criteria.push({ id: `g${g}`, name: `Group ${g}`, criteria: list });
  }
  const list = [];
  for (let b = 0; b < bids; b++) {
    const scores = {};
    const price = Number((100_000 + Math.floor(rand() * 900_000_00) / 100).toFixed(2));
    const ok = rand() < 0.95;
    for (let k = 1; k < CRITERIA; k++)
      scores[`c${k}`] = [Math.floor(rand() * 11), Math.floor(rand() * 11), Math.floor(rand() * 11)];
    list.push({ vendor: `Vendor ${b}`, price, knockouts: { 'ISO 27001': ok }, scores });
  }
  return {
    title: 'Benchmark',
    scale: 10,
    price: { method: 'relative' },
    knockouts: ['ISO 27001'],
    criteria,
    bids: list,
  };
}

export async function run({ node, bin, median }) {
  const dir = mkdtempSync(join(tmpdir(), 'inkoop-bench-score-'));
  try {
    const rows = [];
    for (const bids of SIZES) {
      const path = join(dir, `tender-${bids}.yaml`);
      writeFileSync(path, tender(bids));
      const times = [];
      for (let i = 0; i < runsFor(bids); i++) {
        const start = process.hrtime.bigint();
        const r = spawnSync(node, [bin, 'score', path, '--format', 'json'], {
          stdio: ['ignore', 'pipe', 'pipe'],
          maxBuffer: 1 << 30,
        });
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        if (r.status !== 0) throw new Error(`inkoop score ${path} exited ${r.status}: ${r.stderr}`);
        times.push(ms);
      }
      const ms = median(times);
      const cells = bids * CRITERIA;
      rows.push([
        bids.toLocaleString('en'),
        String(times.length),
        (statSync(path).size / 1e6).toFixed(1),
        ms.toFixed(0),
        ((ms / cells) * 1e3).toFixed(1),
      ]);
    }
    const head = ['bids', 'runs', 'MB', 'ms', 'us per bid x criterion'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r) => r.map((c, i) => c.padStart(widths[i])).join('  ');
    console.log(line(head));
    for (const r of rows) console.log(line(r));
    console.log(
      `(median of the runs; ${CRITERIA} criteria, ${CRITERIA - 1} scored by 3 evaluators, 1 from the price. Time per bid x criterion`,
    );
    console.log(' should stay flat.)');

    // The core alone, in this process: validation (zod), scoring and the JSON contract, no YAML.
    const lib = await import(pathToFileURL(resolve('dist/index.js')).href);
    const core = [];
    for (const bids of SIZES) {
      const data = tenderData(bids);
      const times = { validate: [], score: [], json: [] };
      for (let i = 0; i < 3; i++) {
        let t = process.hrtime.bigint();
        const doc = lib.tenderFileSchema.parse(data);
        times.validate.push(Number(process.hrtime.bigint() - t) / 1e6);
        t = process.hrtime.bigint();
        const result = lib.scoreTender(doc);
        times.score.push(Number(process.hrtime.bigint() - t) / 1e6);
        t = process.hrtime.bigint();
        JSON.stringify(lib.scoreJson(result));
        times.json.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      core.push([
        bids.toLocaleString('en'),
        median(times.validate).toFixed(0),
        median(times.score).toFixed(0),
        median(times.json).toFixed(0),
      ]);
    }
    const h2 = ['bids', 'validate ms', 'score ms', 'json ms'];
    const w2 = h2.map((h, i) => Math.max(h.length, ...core.map((r) => r[i].length)));
    console.log('\nThe core alone, in process (no YAML parsing; median of 3):');
    console.log(h2.map((c, i) => c.padStart(w2[i])).join('  '));
    for (const r of core) console.log(r.map((c, i) => c.padStart(w2[i])).join('  '));
    console.log(
      "The rest of the command's time is start-up, reading the YAML (scripts/bench/yaml.mjs) and garbage collection.",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
