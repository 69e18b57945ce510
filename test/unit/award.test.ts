import { describe, expect, it } from 'vitest';
import { letterPlans, slugify } from '../../src/award/model.js';
import type { ScoreResult } from '../../src/score/score.js';

describe('letter file names', () => {
  it('folds diacritics and turns everything else into -', () => {
    expect(slugify('Café Noël B.V.')).toBe('cafe-noel-b-v');
    expect(slugify('Ærø & Søn')).toBe('r-s-n');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('日本')).toBe('inschrijver');
  });

  it('adds -2, -3 on a collision, and never takes the report or award.json names', () => {
    const bids = ['Alfa BV', 'Alfa B.V.', 'alfa-bv', 'Proces verbaal', 'Award'].map(
      (vendor, i) => ({
        vendor,
        excluded: i > 2,
        rank: i + 1,
        total: 1,
      }),
    );
    const plans = letterPlans({ bids, winner: 'Alfa BV' } as unknown as ScoreResult);
    expect(plans.map((p) => [p.slug, p.kind])).toEqual([
      ['alfa-bv', 'award'],
      ['alfa-b-v', 'rejection'],
      ['alfa-bv-2', 'rejection'],
      ['proces-verbaal-2', 'exclusion'],
      ['award-2', 'exclusion'],
    ]);
  });
});
