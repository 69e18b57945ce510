/** The evaluation report of a tender with lots: who was passed over stands under the ranking, not under the tie. */
import { readFileSync } from 'node:fs';
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
});
