// Score forms (docs/forms.md): `inkoop forms` writing 20 forms of 50 bids x
// 30 criteria, and `inkoop score --scores` reading them back once they are
// filled in (with @e965/xlsx, as an evaluator's spreadsheet program would).
// The target: reading stays under 2 s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rng } from '../bench-lib.mjs';

export const title =
  'Score forms: 20 evaluators, 50 bids x 30 criteria (inkoop forms, score --scores)';

const BIDS = 50;
const CRITERIA = 30;
const EVALUATORS = 20;
const RUNS = 3;

function tender() {
  const out = ['title: Benchmark', 'scale: 10', 'criteria:'];
  for (let c = 0; c < CRITERIA; c++) out.push(`  - { id: c${c}, name: Criterion ${c}, weight: 2 }`);
  out.push('  - { id: p, name: Price, weight: 40, price: true }');
  out.push(`evaluators: [${Array.from({ length: EVALUATORS }, (_, e) => `E${e}`).join(', ')}]`);
  out.push('bids:');
  for (let b = 0; b < BIDS; b++)
    out.push(`  - { vendor: Vendor ${b}, price: ${100_000 + b * 1000} }`);
  return out.join('\n') + '\n';
}

export async function run({ node, bin, median }) {
  const dir = mkdtempSync(join(tmpdir(), 'inkoop-bench-forms-'));
  const time = (args) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(node, [bin, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 30,
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`inkoop ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return ms;
  };
  try {
    const path = join(dir, 'tender.yaml');
    writeFileSync(path, tender());
    const forms = join(dir, 'forms');
    const write = time(['forms', path, '--out', forms]);
    const XLSX = (await import('@e965/xlsx')).default;
    const rand = rng(7);
    for (const f of readdirSync(forms)) {
      const wb = XLSX.read(readFileSync(join(forms, f)));
      const ws = wb.Sheets[wb.SheetNames[1]];
      for (let r = 2; r < 2 + BIDS * CRITERIA; r++) {
        ws[`E${r}`] = { t: 'n', v: Math.round(rand() * 10) };
        ws[`F${r}`] = { t: 's', v: `Motivation ${r}` };
      }
      writeFileSync(join(forms, f), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
    }
    const read = median(
      Array.from({ length: RUNS }, () =>
        time(['score', path, '--scores', forms, '--format', 'json']),
      ),
    );
    console.log(`  writing ${EVALUATORS} forms:             ${(write / 1000).toFixed(2)} s`);
    console.log(
      `  reading ${EVALUATORS} filled forms (score): ${(read / 1000).toFixed(2)} s (target: under 2 s) ${read < 2000 ? 'ok' : 'OVER'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
