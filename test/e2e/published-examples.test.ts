/**
 * Worked examples published by Negometrix / Mercell, through the built CLI
 * (sources and published figures in test/fixtures/published/*.yaml and
 * test/unit/published-examples.test.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inkoop, ROOT } from '../helpers.js';

const fx = (name: string) => join(ROOT, 'test', 'fixtures', 'published', name);

interface ScoreJson {
  method: string;
  winner: string | null;
  bids: {
    vendor: string;
    rank: number | null;
    value: number | null;
    price_to_win: number | null;
  }[];
}

async function score(name: string, ...args: string[]) {
  const r = await inkoop(['score', fx(name), ...args]);
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return r.stdout;
}

const byVendor = (j: ScoreJson) => Object.fromEntries(j.bids.map((b) => [b.vendor, b]));

describe('published worked examples through inkoop score', () => {
  // Negometrix "Gunnen op waarde": EUR 80,000 - EUR 1,500 = EUR 78,500.
  it('Negometrix Gunnen op waarde: 78,500', async () => {
    const j = JSON.parse(
      await score('negometrix-gunnen-op-waarde.yaml', '--format', 'json'),
    ) as ScoreJson;
    expect(j.method).toBe('fictitious_price');
    expect(byVendor(j)['A (gedeeltelijk)']).toMatchObject({ rank: 2, value: 78500 });
    const text = await score('negometrix-gunnen-op-waarde.yaml', '--explain');
    expect(text).toContain('Fictieve prijs: 80.000,00 − 1.500,00 = 78.500,00');
  });

  // Mercell "Utility Index": 0.600 / 0.5829 / 0.5500; B equal at EUR 850, C at EUR 550.
  it('Mercell Utility Index: A first; B at 850 and C at 550 draw level', async () => {
    const j = JSON.parse(
      await score('mercell-utility-index.yaml', '--format', 'json'),
    ) as ScoreJson;
    expect(j.winner).toBe('A');
    const b = byVendor(j);
    expect(b.A).toMatchObject({ rank: 1, value: 0.6 });
    expect(b.B).toMatchObject({ rank: 2, price_to_win: 850 });
    expect(b.B!.value).toBeCloseTo(0.5829, 4);
    expect(b.C).toMatchObject({ rank: 3, value: 0.55, price_to_win: 550 });
    const text = await score('mercell-utility-index.yaml', '--lang', 'en');
    expect(text).toMatch(/A\s+EUR 1,000\.00\s+54\.00\s+0\.6000/);
    expect(text).toMatch(/B\s+EUR 875\.00\s+48\.00\s+0\.5829/);
    expect(text).toMatch(/C\s+EUR 600\.00\s+36\.00\s+0\.5500/);
  });

  // Negometrix "Low bid scoring formula": A 146, B 144.
  it('Negometrix Low bid scoring: 146 against 144', async () => {
    const j = JSON.parse(await score('negometrix-low-bid.yaml', '--format', 'json')) as ScoreJson;
    expect(j.method).toBe('weighted');
    expect(j.winner).toBe('A');
    expect(byVendor(j).A).toMatchObject({ rank: 1, value: 146 });
    expect(byVendor(j).B).toMatchObject({ rank: 2, value: 144 });
  });
});
