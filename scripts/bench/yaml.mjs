// Reading YAML: the fast plain-YAML reader (src/lib/yaml-plain.ts) against
// the full parser with positions (`yaml`), on the generated costs and tender
// files of the other sections. The reader is bundled from source for this,
// as it is internal to the CLI.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from './tco.mjs';
import { tender } from './score.mjs';

export const title =
  'Reading YAML: the plain-YAML reader and the full parser with positions (in process, median of 3)';

export async function run({ median }) {
  mkdirSync('.bench', { recursive: true });
  const out = resolve('.bench/yaml-readers.mjs');
  await build({
    stdin: {
      contents:
        "export { readPlainYaml } from './src/lib/yaml-plain.ts'; export { parseYamlWithPositions } from './src/lib/yaml.ts';",
      resolveDir: '.',
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    alias: { yaml: './node_modules/yaml/browser/dist/index.js' },
    logLevel: 'error',
  });
  const { readPlainYaml, parseYamlWithPositions } = await import(pathToFileURL(out).href);
  const inputs = [
    ['costs 100 x 100 x 50', generate(100, 100, 50)],
    ['costs 1,000 x 100 x 50', generate(1000, 100, 50)],
    ['tender 1,000 bids x 50 criteria', tender(1_000)],
    ['tender 10,000 bids x 50 criteria', tender(10_000)],
  ];
  const time = (f) => {
    const ms = [];
    for (let k = 0; k < 3; k++) {
      const start = process.hrtime.bigint();
      f();
      ms.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return median(ms);
  };
  const rows = [['input', 'MB', 'plain reader ms', 'MB/s', 'full parser ms', 'MB/s']];
  for (const [name, text] of inputs) {
    const mb = Buffer.byteLength(text) / 1e6;
    if (!readPlainYaml(text)) throw new Error(`the plain reader gave up on ${name}`);
    const fast = time(() => readPlainYaml(text));
    // The full parser once for the largest inputs (several seconds each).
    const full =
      mb > 5
        ? (() => {
            const s = process.hrtime.bigint();
            parseYamlWithPositions(text, 'bench.yaml');
            return Number(process.hrtime.bigint() - s) / 1e6;
          })()
        : time(() => parseYamlWithPositions(text, 'bench.yaml'));
    rows.push([
      name,
      mb.toFixed(1),
      fast.toFixed(0),
      (mb / (fast / 1e3)).toFixed(1),
      full.toFixed(0),
      (mb / (full / 1e3)).toFixed(1),
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows)
    console.log(
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '),
    );
  console.log(
    'A valid file in plain YAML is read by the plain reader only; the full parser runs when a value must be located for an error message, or for YAML the plain reader leaves to it.',
  );
}
