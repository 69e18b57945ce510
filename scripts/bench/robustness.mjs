// `inkoop score --robustness` on generated tenders of 20 criteria (4 groups
// of 5, one scored from the price) with 3 evaluators per scored criterion:
// 50 bids (the target: well under a second), then 100 and 200 bids to show
// the growth. Also the core alone in process, and `inkoop design`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rng } from '../bench-lib.mjs';

export const title =
  'inkoop score --robustness: bids x 20 criteria, 3 evaluators each; inkoop design';

const CRITERIA = 20;
const SIZES = [50, 100, 200];
const RUNS = 5;

function tender(bids) {
  const rand = rng(bids);
  const out = ['title: Benchmark', 'scale: 10', 'price: { method: relative }', 'criteria:'];
  for (let g = 0; g < CRITERIA / 5; g++) {
    out.push(`  - id: g${g}`, `    name: Group ${g}`, '    criteria:');
    for (let c = 0; c < 5; c++) {
      const k = g * 5 + c;
      out.push(
        `      - { id: c${k}, name: Criterion ${k}, weight: 5${k === 0 ? ', price: true' : ''} }`,
      );
    }
  }
  out.push('bids:');
  for (let b = 0; b < bids; b++) {
    // A quality level that follows the price a little, so the ranking is close and rank reversal can occur.
    const u = rand();
    out.push(
      `  - vendor: Vendor ${b}`,
      `    price: ${(100_000 * (1 + 0.4 * u)).toFixed(2)}`,
      '    scores:',
    );
    for (let k = 1; k < CRITERIA; k++) {
      const e = () => Math.max(0, Math.min(10, Math.round(4 + 3 * u + 4 * rand())));
      out.push(`      c${k}: [${e()}, ${e()}, ${e()}]`);
    }
  }
  return out.join('\n') + '\n';
}

export async function run({ node, bin, median }) {
  const dir = mkdtempSync(join(tmpdir(), 'inkoop-bench-robustness-'));
  const time = (args, ok = [0, 1]) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(node, [bin, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 30,
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (!ok.includes(r.status))
      throw new Error(`inkoop ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return ms;
  };
  try {
    const rows = [];
    const lib = await import(pathToFileURL(resolve('dist/index.js')).href);
    for (const bids of SIZES) {
      const path = join(dir, `tender-${bids}.yaml`);
      const text = tender(bids);
      writeFileSync(path, text);
      const plain = median(
        Array.from({ length: RUNS }, () => time(['score', path, '--format', 'json'])),
      );
      const robust = median(
        Array.from({ length: RUNS }, () =>
          time(['score', path, '--format', 'json', '--robustness']),
        ),
      );
      // The analysis alone, in this process: the tender parsed once, then analyseRobustness.
      const { parse } = await import('yaml');
      const resolved = lib.resolveTender(lib.tenderFileSchema.parse(parse(text)));
      const core = median(
        Array.from({ length: RUNS }, () => {
          const t = process.hrtime.bigint();
          lib.analyseRobustness(resolved);
          return Number(process.hrtime.bigint() - t) / 1e6;
        }),
      );
      rows.push([
        String(bids),
        plain.toFixed(0),
        robust.toFixed(0),
        (robust - plain).toFixed(0),
        core.toFixed(1),
      ]);
    }
    const head = ['bids', 'score ms', '--robustness ms', 'difference ms', 'core ms'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r) => r.map((c, i) => c.padStart(widths[i])).join('  ');
    console.log(line(head));
    for (const r of rows) console.log(line(r));
    console.log(
      `(median of ${RUNS} runs; ${CRITERIA} criteria in 4 groups, ${CRITERIA - 1} scored by 3 evaluators, 1 from the price.`,
    );
    console.log(
      ' "core ms" is analyseRobustness alone, in process: weights of 24 targets, margins, rank reversal, evaluators.)',
    );

    const design = join(dir, 'design.yaml');
    writeFileSync(
      design,
      'criteria:\n  - { id: q, name: Q, weight: 60 }\n  - { id: p, name: P, weight: 40, price: true }\n',
    );
    for (const runs of [1_000, 5_000]) {
      const ms = median(
        Array.from({ length: 3 }, () => time(['design', design, '--runs', String(runs)], [0])),
      );
      console.log(
        `inkoop design, ${runs.toLocaleString('en')} sets of 5 bids, 2 criteria: ${ms.toFixed(0)} ms (median of 3)`,
      );
    }
    const model = median(
      Array.from({ length: 3 }, () => time(['design', resolve('examples/tender.yaml')], [0])),
    );
    console.log(
      `inkoop design examples/tender.yaml (the model of principle 12, 1,000 sets): ${model.toFixed(0)} ms (median of 3)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
