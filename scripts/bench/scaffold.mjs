// `inkoop scaffold` from an answers file, and `inkoop check` on generated
// strategies of growing size (the bundled strategy repeated, so every part
// matches many times). Time should grow linearly with the document.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const title = 'inkoop scaffold (answers file) and inkoop check (strategies of growing size)';

const SIZES = [100, 1_000, 5_000];

export async function run({ node, bin, median }) {
  const dir = mkdtempSync(join(tmpdir(), 'inkoop-bench-scaffold-'));
  const time = (args) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(node, [resolve(bin), ...args], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 30,
      env: { ...process.env, CI: 'true', FORCE_COLOR: '0' },
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`inkoop ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return { ms, stdout: String(r.stdout) };
  };
  try {
    const answers = resolve('test/fixtures/scaffold/strategy.answers.yaml');
    const scaffold = median(
      [0, 1, 2, 3, 4].map(
        () => time(['scaffold', 'strategy', '--answers', answers, '--stdout']).ms,
      ),
    );
    console.log(`  scaffold strategy --answers --stdout: ${scaffold.toFixed(1)} ms (median of 5)`);
    const one = time(['scaffold', 'strategy', '--answers', answers, '--stdout']).stdout;
    for (const copies of SIZES) {
      const file = join(dir, `strategy-${copies}.md`);
      writeFileSync(file, Array.from({ length: copies }, () => one).join('\n'));
      const lines = readFileSync(file, 'utf8').split('\n').length;
      const runs = copies > 1_000 ? 1 : 3;
      const ms = median(
        Array.from({ length: runs }, () => time(['check', file, '--format', 'json']).ms),
      );
      const kb = statSync(file).size / 1024;
      console.log(
        `  check: ${copies} strategies, ${lines} lines, ${kb.toFixed(0)} kB: ${ms.toFixed(0)} ms (${((ms / lines) * 1000).toFixed(1)} µs per line)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
