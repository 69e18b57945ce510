/**
 * inkoop award: letters to every bidder and the evaluation report, every
 * figure equal to what `inkoop score` computes; refusals; --verify.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inkoop, ROOT, tempDir } from '../helpers.js';
import { docxText } from '../zip.js';

const EXAMPLE = join(ROOT, 'examples', 'award', 'tender.yaml');
const nl = (v: number) => v.toFixed(2).replace('.', ',');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

describe('inkoop award', () => {
  it('writes a letter per bidder and the report, with the figures of inkoop score', async () => {
    const scored = await inkoop(['score', EXAMPLE, '--format', 'json']);
    expect(scored.exitCode).toBe(0);
    const score = JSON.parse(scored.stdout);
    // The tie between Alfa and Bravo (80 points each) is broken by { highest: kwaliteit }.
    expect(score.tie).toBe(true);
    expect(score.winner).toBe('Alfa Hosting B.V.');
    expect(score.tie_break.rule).toBe('highest:kwaliteit');

    const out = join(dir, 'gunning');
    const r = await inkoop(['award', EXAMPLE, '--out', out]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe(`14 bestanden geschreven in ${out}\n`);
    expect(readdirSync(out).sort()).toEqual([
      'alfa-hosting-b-v.docx',
      'alfa-hosting-b-v.md',
      'award.json',
      'bravo-cloud.docx',
      'bravo-cloud.md',
      'charlie-it.docx',
      'charlie-it.md',
      'delta-datacenters.docx',
      'delta-datacenters.md',
      'echo-systems.docx',
      'echo-systems.md',
      'proces-verbaal.docx',
      'proces-verbaal.html',
      'proces-verbaal.md',
    ]);

    const bid = (v: string) => score.bids.find((b: { vendor: string }) => b.vendor === v);
    const alfa = bid('Alfa Hosting B.V.');
    const bravo = bid('Bravo Cloud');
    const echo = bid('Echo Systems');
    const letter = (slug: string) => readFileSync(join(out, `${slug}.md`), 'utf8');
    const word = (slug: string) => docxText(readFileSync(join(out, `${slug}.docx`)));

    // The winner: the intention to award, its own scores and total, the end date.
    const win = letter('alfa-hosting-b-v');
    expect(win).toContain('voornemens zijn de opdracht aan u te gunnen');
    expect(win).toContain(`met ${nl(alfa.total)} van de 100,00 punten`);
    for (const [id, pts] of Object.entries(alfa.points)) {
      expect(win, id).toContain(nl(pts as number));
    }
    expect(win).toContain('tot en met 28 april 2027');

    // A rejected bidder: its rank, its figures and the winner's, motivations, advantages.
    for (const [slug, b] of [
      ['bravo-cloud', bravo],
      ['echo-systems', echo],
    ] as const) {
      const text = letter(slug);
      const docx = word(slug);
      expect(text).toContain(`Uw inschrijving is als ${b.rank}e geëindigd, met ${nl(b.total)}`);
      expect(text).toContain(`de inschrijving van Alfa Hosting B.V. behaalde ${nl(alfa.total)}`);
      for (const id of ['functioneel', 'plan', 'duurzaamheid', 'prijs']) {
        // A row holds this bid's points, then the winner's.
        const row = text.split('\n').find((l) => l.startsWith(`| ${nameOf(score, id)} |`))!;
        expect(row, `${slug} ${id}`).toContain(`| ${nl(b.points[id])} | ${nl(alfa.points[id])} |`);
      }
      for (const [id, m] of Object.entries(b.motivations)) {
        expect(text, id).toContain(m as string);
        expect(docx, id).toContain(m as string);
      }
      for (const m of Object.values(alfa.motivations)) expect(text).toContain(m as string);
      expect(text).toContain('tot en met 28 april 2027');
      expect(docx).toContain('tot en met 28 april 2027');
      expect(text).toContain('kort geding');
      expect(docx).toContain(`met ${nl(b.total)} van de 100,00 punten`);
    }
    // Alfa scored higher than Bravo on functioneel (24 vs 18) and plan (16 vs 14), not on duurzaamheid.
    const advantages = letter('bravo-cloud').split('## Relatieve voordelen')[1]!.split('##')[0]!;
    expect(advantages).toContain('- Functionele eisen: 24,00 tegen 18,00 punten.');
    expect(advantages).toContain('- Plan van aanpak: 16,00 tegen 14,00 punten.');
    expect(advantages).not.toContain('Duurzaamheid');
    expect(letter('bravo-cloud')).toContain(
      'Alfa Hosting B.V. en Bravo Cloud deelden de eerste plaats. Volgens de regel voor een gelijke stand uit de aanbestedingsstukken gaat de inschrijving met de meeste punten op Kwaliteit voor: dat is Alfa Hosting B.V.',
    );

    // Excluded bidders: the reason, the winner's name, standstill and remedies.
    expect(letter('charlie-it')).toContain(
      'de prijs van € 2.100.000,00 ligt boven het plafondbedrag van € 2.000.000,00',
    );
    expect(letter('delta-datacenters')).toContain('voldoet niet aan de knock-outeis "BIO"');
    for (const slug of ['charlie-it', 'delta-datacenters']) {
      expect(letter(slug)).toContain('te gunnen aan Alfa Hosting B.V.');
      expect(letter(slug)).not.toContain('B.V..');
      expect(letter(slug)).toContain('kort geding');
    }

    // The evaluation report: consensus, individual scores, spread, ranking, inputs with hashes.
    const report = readFileSync(join(out, 'proces-verbaal.md'), 'utf8');
    expect(report).toContain('| Functionele eisen | 8 | 9 / 5 / 8 | 8 | 24,00 |');
    expect(report).toContain('spreiding 4');
    expect(report).toContain('Verschoven voorbij: 27 april 2027.');
    const record = JSON.parse(readFileSync(join(out, 'award.json'), 'utf8'));
    expect(record).toMatchObject({
      dispatch_date: '2027-04-07',
      standstill_end: '2027-04-28',
      winner: 'Alfa Hosting B.V.',
    });
    expect(record.letters.map((l: { vendor: string; kind: string }) => [l.vendor, l.kind])).toEqual(
      [
        ['Alfa Hosting B.V.', 'award'],
        ['Bravo Cloud', 'rejection'],
        ['Echo Systems', 'rejection'],
        ['Charlie IT', 'exclusion'],
        ['Delta Datacenters', 'exclusion'],
      ],
    );
    expect(record.inputs).toHaveLength(1);
    expect(report).toContain(record.inputs[0].sha256);
    const html = readFileSync(join(out, 'proces-verbaal.html'), 'utf8');
    expect(html).toContain('Content-Security-Policy" content="default-src &#39;none&#39;');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<td>Alfa Hosting B.V.</td>');
  });

  it('writes English letters with --lang en', async () => {
    const out = join(dir, 'award');
    const r = await inkoop(['award', EXAMPLE, '--out', out, '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    const text = readFileSync(join(out, 'bravo-cloud.md'), 'utf8');
    expect(text).toContain('Your bid ranked 2nd, with 80.00 of 100.00 points');
    expect(text).toContain('up to and including 28 April 2027');
    expect(existsSync(join(out, 'evaluation-report.html'))).toBe(true);
  });

  it('verifies a written decision, and names what changed (exit 1)', async () => {
    const { dir: work, cleanup: done } = tempDir();
    try {
      const tender = join(work, 'tender.yaml');
      writeFileSync(tender, readFileSync(EXAMPLE));
      const out = join(work, 'gunning');
      expect((await inkoop(['award', tender, '--out', out])).exitCode).toBe(0);
      const ok = await inkoop(['award', '--verify', out]);
      expect(ok.exitCode).toBe(0);
      expect(ok.stderr).toContain('kloppen met de invoer en de berekening');
      // A changed score changes the figures: the input and the letters no longer match.
      writeFileSync(tender, readFileSync(tender, 'utf8').replace('score: 5\n', 'score: 9\n'));
      const bad = await inkoop(['award', '--verify', out, '--lang', 'en']);
      expect(bad.exitCode).toBe(1);
      expect(bad.stderr).toContain('input file ../tender.yaml changed since the award decision');
      expect(bad.stderr).toContain(
        'echo-systems.md no longer agrees with a new computation from the inputs',
      );
      expect(bad.stderr).not.toContain('    at ');
    } finally {
      done();
    }
  });

  it('refuses without motivations, with an unresolved tie or without a date (exit 1, nothing written)', async () => {
    const base = readFileSync(EXAMPLE, 'utf8');
    const cases: [string, string, RegExp][] = [
      [
        'motivation',
        base.replace(/plan:\n {8}score: 7\n {8}motivation: [^\n]*\n/, 'plan: 7\n'),
        /motivation\.yaml:55:13: de score van "Bravo Cloud" op "Plan van aanpak" heeft geen motivering/,
      ],
      [
        'tie',
        // Without the tie-break rules, Alfa and Bravo stay tied at 80 points.
        base.replace('tie_break:\n  - highest: kwaliteit\n  - lowest: price\n', ''),
        /er moet worden geloot/,
      ],
      ['date', base.replace('  dispatch_date: 2027-04-07\n', ''), /award\.dispatch_date ontbreekt/],
    ];
    for (const [name, text, message] of cases) {
      const tender = join(dir, `${name}.yaml`);
      writeFileSync(tender, text);
      const out = join(dir, `out-${name}`);
      const r = await inkoop(['award', tender, '--out', out]);
      expect(r.exitCode, name).toBe(1);
      expect(r.stderr, name).toMatch(message);
      expect(r.stderr).toMatch(/^inkoop: geen gunningsbeslissing geschreven; los eerst op:\n/);
      expect(existsSync(out), name).toBe(false);
    }
    // --date gives the dispatch date instead: 5 December 2027 + 20 = Saturday 25 December
    // (eerste Kerstdag), Sunday 26 December (tweede Kerstdag) -> Monday 27 December.
    const tender = join(dir, 'date.yaml');
    const r = await inkoop(['award', tender, '--out', join(dir, 'd'), '--date', '2027-12-05']);
    expect(r.exitCode).toBe(0);
    expect(readFileSync(join(dir, 'd', 'echo-systems.md'), 'utf8')).toContain(
      'tot en met 27 december 2027',
    );
  });

  it('never overwrites without --force, and escapes names from the tender', async () => {
    const out = join(dir, 'g');
    expect((await inkoop(['award', EXAMPLE, '--out', out])).exitCode).toBe(0);
    const again = await inkoop(['award', EXAMPLE, '--out', out]);
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toContain('bestaat al; gebruik --force');
    expect((await inkoop(['award', EXAMPLE, '--out', out, '--force'])).exitCode).toBe(0);

    const hostile = join(dir, 'hostile.yaml');
    writeFileSync(
      hostile,
      readFileSync(EXAMPLE, 'utf8').replace(
        'vendor: Echo Systems',
        'vendor: "<img src=x onerror=alert(1)> [x](http://evil.example)"',
      ),
    );
    const h = join(dir, 'h');
    expect((await inkoop(['award', hostile, '--out', h])).exitCode).toBe(0);
    const files = readdirSync(h);
    expect(files).toContain('img-src-x-onerror-alert-1-x-http-evil-example.md');
    const html = readFileSync(join(h, 'proces-verbaal.html'), 'utf8');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href=');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

function nameOf(score: { criteria: { id: string; name: string }[] }, id: string): string {
  return score.criteria.find((c) => c.id === id)!.name;
}

describe('inkoop score with a tie broken by the tender rule', () => {
  it('names the winner and the rule in the text and Markdown reports', async () => {
    const text = await inkoop(['score', EXAMPLE]);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toContain(
      'Alfa Hosting B.V. wint volgens de regel voor een gelijke stand uit de aanbestedingsstukken (de meeste punten op Kwaliteit).',
    );
    const md = await inkoop(['score', EXAMPLE, '--format', 'markdown', '--lang', 'en']);
    expect(md.stdout).toContain(
      'Alfa Hosting B.V. wins under the tie-break rule of the tender documents (the most points on Kwaliteit).',
    );
  });
});

describe("inkoop award: an authority's own templates and holidays", () => {
  it('takes award/<name>.md from the template folder, and extra_holidays move the end', async () => {
    const { dir: work, cleanup: done } = tempDir();
    try {
      const templates = join(work, 'templates');
      const award = join(templates, 'award');
      const fs = await import('node:fs');
      fs.mkdirSync(award, { recursive: true });
      // The bundled exclusion letter with a line of the authority's own.
      const bundled = readFileSync(join(ROOT, 'templates', 'award', 'letter-exclusion.md'), 'utf8');
      writeFileSync(
        join(award, 'letter-exclusion.md'),
        bundled.replace('Met vriendelijke groet,', 'Hoogachtend, namens het college,'),
      );
      const tender = join(work, 'tender.yaml');
      // 28 April 2027, the end after Koningsdag, made a holiday too: the end moves to 29 April.
      writeFileSync(
        tender,
        readFileSync(EXAMPLE, 'utf8').replace(
          '  dispatch_date: 2027-04-07\n',
          '  dispatch_date: 2027-04-07\n  extra_holidays: [2027-04-28]\n',
        ),
      );
      const out = join(work, 'out');
      const r = await inkoop(['award', tender, '--out', out, '--templates', templates]);
      expect(r.exitCode, r.stderr).toBe(0);
      expect(readFileSync(join(out, 'charlie-it.md'), 'utf8')).toContain(
        'Hoogachtend, namens het college,',
      );
      expect(readFileSync(join(out, 'bravo-cloud.md'), 'utf8')).toContain(
        'Met vriendelijke groet,',
      );
      expect(readFileSync(join(out, 'bravo-cloud.md'), 'utf8')).toContain(
        'tot en met 29 april 2027',
      );
      expect(JSON.parse(readFileSync(join(out, 'award.json'), 'utf8')).standstill_end).toBe(
        '2027-04-29',
      );
      // --verify recomputes with the same templates.
      expect((await inkoop(['award', '--verify', out])).exitCode).toBe(0);
    } finally {
      done();
    }
  });
});
