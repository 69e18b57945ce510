// Throughput of `inkoop tco` on generated costs files: 1,000 options x 100
// items over 50 years (5.1 million item-years), and smaller files to show that
// the cost grows linearly with options x items x years. Times the built CLI
// end to end (reading, YAML, validation, computation, JSON output), and the
// pure core (computeTco on the validated document) on its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const title = 'inkoop tco: generated costs files (options x items x years)';

const CATEGORIES = [
  'acquisition',
  'implementation',
  'migration',
  'license',
  'hosting',
  'support',
  'personnel',
  'training',
  'exit',
  'residual',
  'other',
];

/** A costs file as YAML text: a quarter one-off items, the rest recurring (yearly or monthly, indexed). */
export function generate(options, items, years, seed = 1) {
  let s = seed;
  const rnd = () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
  const out = [
    `title: Generated ${options} x ${items} x ${years}`,
    `years: ${years}`,
    'discount_rate: "2.25%"',
    'indexation: "2%"',
    'vat: "21%"',
    'authority: decentraal',
    'options:',
  ];
  for (let o = 0; o < options; o++) {
    out.push(`  - name: Option ${o + 1}`, '    costs:');
    for (let i = 0; i < items; i++) {
      out.push(
        `      - name: Item ${i + 1}`,
        `        category: ${CATEGORIES[i % CATEGORIES.length]}`,
        `        amount: ${(Math.floor(rnd() * 5_000_000) / 100).toFixed(2)}`,
      );
      if (i % 4 === 0) out.push(`        year: ${Math.floor(rnd() * (years + 1))}`);
      else
        out.push(
          `        every: ${i % 4 === 1 ? 'month' : 'year'}`,
          `        quantity: ${1 + Math.floor(rnd() * 20)}`,
        );
      if (i % 10 === 3) out.push('        indexation: "3.5%"');
    }
  }
  return out.join('\n') + '\n';
}

const SIZES = [
  // Growth with the number of options (items and years fixed).
  [10, 100, 50],
  [100, 100, 50],
  [1000, 100, 50],
  // Growth with the number of years (options and items fixed).
  [100, 100, 10],
  [100, 100, 25],
];

export async function run({ node, bin, median }) {
  const dir = mkdtempSync(join(tmpdir(), 'inkoop-bench-tco-'));
  const lib = await import(pathToFileURL(resolve('dist/index.js')).href);
  const { parseDocument } = await import('yaml');
  try {
    // Warm the core up once, so the smallest size does not pay for the JIT.
    const warm = lib.costsFileSchema.parse(parseDocument(generate(50, 100, 50, 7)).toJS());
    for (let k = 0; k < 3; k++) lib.computeTco(warm, { today: new Date('2026-06-01T00:00:00Z') });
    const rows = [
      [
        'options x items x years',
        'item-years',
        'file MB',
        'CLI ms',
        'CLI ms/option',
        'core ms',
        'core ns/item-year',
      ],
    ];
    for (const [o, i, y] of SIZES) {
      const text = generate(o, i, y);
      const file = join(dir, `costs-${o}-${i}-${y}.yaml`);
      writeFileSync(file, text);
      const itemYears = o * i * (y + 1);
      const runs = itemYears > 1_000_000 ? 1 : 3;
      const cli = [];
      for (let k = 0; k < runs; k++) {
        const start = process.hrtime.bigint();
        const r = spawnSync(node, [bin, 'tco', file, '--format', 'json'], {
          stdio: ['ignore', 'ignore', 'pipe'],
          maxBuffer: 1 << 30,
        });
        cli.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (r.status !== 0) throw new Error(`inkoop tco ${file} exited ${r.status}: ${r.stderr}`);
      }
      // The core alone, on the validated document (no YAML, no output).
      const document = lib.costsFileSchema.parse(parseDocument(text).toJS());
      const core = [];
      for (let k = 0; k < 5; k++) {
        const start = process.hrtime.bigint();
        lib.computeTco(document, { today: new Date('2026-06-01T00:00:00Z') });
        core.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      const cliMs = median(cli);
      const coreMs = median(core);
      rows.push([
        `${o} x ${i} x ${y}`,
        itemYears.toLocaleString('en'),
        (text.length / 1e6).toFixed(1),
        cliMs.toFixed(0),
        (cliMs / o).toFixed(1),
        coreMs.toFixed(0),
        ((coreMs * 1e6) / itemYears).toFixed(0),
      ]);
    }
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    for (const r of rows)
      console.log(
        r
          .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
          .join('  '),
      );
    console.log(
      'Linear growth shows as a steady CLI time per option (the file grows with options x items) and a steady core time per item-year.',
    );
    console.log(
      'The rest of the CLI time is start-up, reading the YAML (scripts/bench/yaml.mjs), validation and writing the JSON.',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
