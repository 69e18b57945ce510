/**
 * Hostile principle pages (`--content`): control characters, links with
 * unsafe schemes, remote images and nesting too deep for a renderer. The
 * bytes of stdout and stderr are checked, not their appearance.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inkoop, tempDir } from '../helpers.js';

const STACK = /\n\s+at |internal error|Maximum call stack/;
/** Control characters a page must never get onto a terminal: ESC, BEL, C1, bidi overrides. */
const RAW_CONTROLS = /[\u0007\u001b\u0080-\u009f\u202a-\u202e\u2066-\u2069]/;

const PAGE = [
  '---',
  'title: "20. Eigen \u001b[31mrood\u001b[0m"',
  'summary: "Samenvatting \u202eggol"',
  'roles:',
  '  - Inkoper: high',
  '---',
  '# 20. Eigen',
  '',
  'Tekst met ESC \u001b[2J, BEL \u0007, C1 \u009b31m, OSC 8 \u001b]8;;https://evil.example\u0007klik\u001b]8;;\u0007 en \u202eomgedraaid.',
  'Entiteiten: &#x1b;[31m, &#155;, &#x202e;, &rlm;.',
  '',
  '[veilig](https://example.org/a) [script](javascript:alert(1)) [data](data:text/html,x) [mail](mailto:a@example.org)',
  '<javascript:alert(2)> <https://example.org/b>',
  '![logo](https://tracker.example/pixel.png) ![](http://tracker.example/leeg.png)',
  '',
  '[ref]: javascript:alert(3)',
  '',
  '## Hoe pas je het toe?',
  '',
  '<div class="action-card"><h3>Kaart \u001b[5m</h3><p>Omschrijving [x](javascript:y)</p><a href="javascript:alert(4)">Open</a></div>',
  '',
  '=== "Inkoper"',
  '    Stap \u001b]0;titel\u0007 een.',
  '',
].join('\n');

let dir: string;
let cleanup: () => void;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  mkdirSync(join(dir, 'eigen'));
  writeFileSync(join(dir, 'eigen', 'index.md'), PAGE);
});
afterAll(() => cleanup());

function rendered(markdown: string): string {
  return new Marked().parse(markdown, { async: false }) as string;
}

describe('show --content with a hostile page', () => {
  it('shows control characters as escapes in Markdown output', async () => {
    const r = await inkoop(['show', 'eigen', '--content', dir, '--format', 'markdown']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROLS);
    expect(r.stdout).toContain('\\x1b[2J');
    expect(r.stdout).toContain('\\x07');
    expect(r.stdout).toContain('\\x9b31m');
    expect(r.stdout).toContain('\\u202e');
    expect(r.stderr).toBe('');
  });

  it('keeps only http, https and mailto links, and shows images as text', async () => {
    const r = await inkoop(['show', 'eigen', '--content', dir, '--format', 'markdown']);
    const html = rendered(r.stdout);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:)/);
    expect(hrefs).toContain('https://example.org/a');
    expect(hrefs).toContain('mailto:a@example.org');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/href="(javascript|data)/);
    // The image's alt text and address stay readable as text.
    expect(r.stdout).toContain('logo (https\\://tracker.example/pixel.png)');
    // Link texts stay; the unsafe link itself goes.
    expect(html).toContain('script');
    expect(html).toContain('data');
    expect(r.stdout).not.toMatch(/\]\((javascript|data):/);
  });

  it('renders the terminal form with no escape sequence from the page', async () => {
    for (const color of ['0', '1']) {
      const r = await inkoop(['show', 'eigen', '--content', dir, '--format', 'terminal'], {
        env: { FORCE_COLOR: color },
      });
      expect(r.exitCode).toBe(0);
      // Only SGR sequences (colour, bold) may remain; everything else is visible text.
      const withoutSgr = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
      expect(withoutSgr).not.toMatch(RAW_CONTROLS);
      expect(withoutSgr).toContain('\\x1b[2J');
      expect(withoutSgr).toContain('\\u202e');
      expect(withoutSgr).not.toContain('javascript:alert(1)');
    }
  });

  it('keeps escapes out of a role tab, the tools table and the roles table', async () => {
    const role = await inkoop(['show', 'eigen', '--role', 'inkoper', '--content', dir]);
    expect(role.exitCode).toBe(0);
    expect(role.stdout).not.toMatch(RAW_CONTROLS);
    expect(role.stdout).toContain('\\x1b]0;titel\\x07');
    for (const format of ['table', 'markdown']) {
      const tools = await inkoop(['tools', 'eigen', '--content', dir, '--format', format]);
      expect(tools.exitCode).toBe(0);
      expect(tools.stdout).not.toMatch(RAW_CONTROLS);
      expect(tools.stdout).toContain(format === 'table' ? '\\x1b[5m' : '\\x1b\\[5m');
      expect(tools.stdout).not.toContain('javascript:alert(4)');
      const roles = await inkoop(['roles', 'eigen', '--content', dir, '--format', format]);
      expect(roles.exitCode).toBe(0);
      expect(roles.stdout).not.toMatch(RAW_CONTROLS);
      expect(roles.stdout).toContain(format === 'table' ? '\\x1b[31m' : '\\x1b\\[31m');
    }
  });

  it('writes JSON with the same data and no raw control character', async () => {
    const r = await inkoop(['show', 'eigen', '--content', dir, '--format', 'json']);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROLS);
    expect(JSON.parse(r.stdout).summary).toBe('Samenvatting \u202eggol');
  });

  it('shows a file name with control characters as escapes in messages', async () => {
    const r = await inkoop(['show', '--content', join(dir, 'geen\u001b[31m\u202emap')]);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROLS);
    expect(r.stderr).toContain('geen\\x1b[31m\\u202emap');
    const role = await inkoop(['show', '--role', 'jur\u001b]8;;x\u0007ist']);
    expect(role.exitCode).toBe(2);
    expect(role.stderr).not.toMatch(RAW_CONTROLS);
  });
});

describe('nesting', () => {
  it('refuses lists nested deeper than 64 levels with file:line:col, exit 2', async () => {
    const { dir: deep, cleanup: done } = tempDir();
    try {
      mkdirSync(join(deep, 'diep'));
      const lines = ['---', 'title: Diep', '---', '# Diep', ''];
      for (let i = 0; i < 3000; i++) lines.push(`${'  '.repeat(i)}- a`);
      const file = join(deep, 'diep', 'index.md');
      writeFileSync(file, lines.join('\n'));
      for (const format of ['terminal', 'markdown', 'json']) {
        const r = await inkoop(['show', 'diep', '--content', deep, '--format', format]);
        expect(r.exitCode).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).not.toMatch(STACK);
        // Item 65 is on line 5 + 65 = 70, indented by 128 spaces.
        expect(r.stderr).toBe(
          `inkoop: ${file}:70:129: lijsten of citaten zijn dieper dan 64 niveaus genest; zo diep leest inkoop een pagina niet\n`,
        );
      }
      const en = await inkoop(['show', 'diep', '--content', deep, '--lang', 'en']);
      expect(en.stderr).toContain(
        `${file}:70:129: lists or quotes are nested deeper than 64 levels`,
      );
      // 64 levels are fine.
      writeFileSync(file, lines.slice(0, 5 + 64).join('\n'));
      const ok = await inkoop(['show', 'diep', '--content', deep, '--format', 'terminal']);
      expect(ok.exitCode).toBe(0);
      // Block quotes nest just as deep.
      writeFileSync(file, `---\ntitle: Diep\n---\n# Diep\n\n${'> '.repeat(5000)}x\n`);
      const quotes = await inkoop(['show', 'diep', '--content', deep, '--format', 'terminal']);
      expect(quotes.exitCode).toBe(2);
      expect(quotes.stderr).toContain(`${file}:6:1: `);
      expect(quotes.stderr).not.toMatch(STACK);
    } finally {
      done();
    }
  });
});
