/** The evaluation report of a tender with lots: who was passed over stands under the ranking, not under the tie. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inkoop, ROOT, tempDir } from '../helpers.js';
import { docxText } from '../zip.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** Whether `sentence` stands after the last `ranking` heading before it, with no `tie` heading between. */
function underRanking(text: string, sentence: string, ranking: string, tie: string): boolean {
  const at = text.indexOf(sentence);
  if (at < 0) return false;
  return text.lastIndexOf(ranking, at) > text.lastIndexOf(tie, at);
}

describe('award report with lots: the passed-over bid', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`stands under the ranking and its award line (${lang}), in Markdown, HTML and DOCX`, async () => {
      const out = join(tmp.dir, lang);
      const r = await inkoop(['award', 'examples/lots/tender.yaml', '--out', out, '--lang', lang], {
        cwd: ROOT,
      });
      expect(r.exitCode).toBe(0);
      const sentence =
        lang === 'nl'
          ? 'Alfa ICT (rang 1) is gepasseerd: deze inschrijver heeft Werkplekken al gegund gekregen'
          : 'Alfa ICT (rank 1) is passed over: this bidder has already been awarded Werkplekken';
      const [ranking, tie] =
        lang === 'nl' ? ['Rangschikking', 'Gelijke stand'] : ['Ranking', 'Tie'];
      const base = lang === 'nl' ? 'proces-verbaal' : 'evaluation-report';
      const md = readFileSync(join(out, `${base}.md`), 'utf8');
      expect(underRanking(md, sentence, `### ${ranking}\n`, `### ${tie}\n`)).toBe(true);
      // The award line comes first, then the passed-over sentence.
      const award = md.indexOf(
        lang === 'nl' ? 'Voorgenomen gunning aan Bravo Software' : 'Bravo Software',
      );
      expect(award).toBeGreaterThan(0);
      expect(md.indexOf(sentence)).toBeGreaterThan(award);
      const html = readFileSync(join(out, `${base}.html`), 'utf8');
      expect(underRanking(html, sentence, `>${ranking}</h`, `>${tie}</h`)).toBe(true);
      const docx = docxText(readFileSync(join(out, `${base}.docx`)));
      expect(underRanking(docx, sentence, ranking, tie)).toBe(true);
    });
  }

  it('the letter of a winner after the cap speaks in its award method terms', async () => {
    const file = join(tmp.dir, 'ppp.yaml');
    writeFileSync(
      file,
      readFileSync(join(ROOT, 'examples/lots/tender.yaml'), 'utf8').replace(
        /^scale: 10$/m,
        'scale: 10\nmethod: price_per_point',
      ),
    );
    const out = join(tmp.dir, 'ppp');
    const r = await inkoop(['award', file, '--out', out, '--lang', 'en']);
    expect(r.exitCode).toBe(0);
    const letter = readFileSync(join(out, 'software-bravo-software.md'), 'utf8');
    expect(letter).toContain(
      'your bid is the highest-ranked of a bidder still allowed to win a lot (place 2, with a price per quality point of EUR 4,285.71).',
    );
    expect(letter).not.toContain('of 0');
    expect((await inkoop(['award', '--verify', out])).exitCode).toBe(0);
  });
});
