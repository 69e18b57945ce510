/**
 * The award methods against worked examples published by others (Negometrix /
 * Mercell help pages). Each tender is in test/fixtures/published/, with its
 * source and the published figures in its comments; test/e2e/published-examples
 * runs the same files through the built CLI. No published worked example with
 * numbers was found for price per quality point, for the bounds formula beyond
 * its end points, or for Rijkswaterstaat's 0-3 scale (docs/methods.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/lib/yaml.js';
import { priceFraction } from '../../src/score/methods.js';
import { tenderFileSchema, type TenderDocument } from '../../src/score/schema.js';
import { scoreTender } from '../../src/score/score.js';

const fixture = (name: string) =>
  readYaml(
    readFileSync(new URL(`../fixtures/published/${name}`, import.meta.url), 'utf8'),
    name,
    tenderFileSchema,
  ).data as TenderDocument;

/** vendor -> { rank, value, priceToWin } */
function ranking(name: string) {
  const r = scoreTender(fixture(name));
  return {
    method: r.method,
    bids: Object.fromEntries(
      r.bids.map((b) => [b.vendor, { rank: b.rank, value: b.value, priceToWin: b.priceToWin }]),
    ),
  };
}

describe('Negometrix "Gunnen op waarde" (fictitious price)', () => {
  // https://support.negometrix.com/nl/support/solutions/articles/9000123966-gunnen-op-waarde
  // Published: price EUR 80,000, a criterion worth EUR 2,500, "voldoet gedeeltelijk"
  // (60%) earns EUR 1,500: 80,000 - 1,500 = 78,500. "Voldoet helemaal" earns 2,500
  // (77,500), "voldoet niet" 0 (80,000). Values in cents.
  it('reproduces 80,000 - 1,500 = 78,500', () => {
    const r = ranking('negometrix-gunnen-op-waarde.yaml');
    expect(r.method).toBe('fictitious_price');
    expect(r.bids['A (gedeeltelijk)']).toMatchObject({ rank: 2, value: 7_850_000 });
    expect(r.bids['A (helemaal)']).toMatchObject({ rank: 1, value: 7_750_000 });
    expect(r.bids['A (niet)']).toMatchObject({ rank: 3, value: 8_000_000 });
    // The quality earned per label is the page's table: 2,500 / 1,500 / 0.
    const earned = Object.fromEntries(
      scoreTender(fixture('negometrix-gunnen-op-waarde.yaml')).bids.map((b) => [
        b.vendor,
        b.earned,
      ]),
    );
    expect(earned).toEqual({ 'A (helemaal)': 250_000, 'A (gedeeltelijk)': 150_000, 'A (niet)': 0 });
  });
});

describe('Mercell "Utility Index" (value for money)', () => {
  // https://mercell.atlassian.net/wiki/pages/diffpages.action?originalId=196086038586&pageId=196133486669
  // Published: Q 90/80/60%, P 1000/875/600, weights 60/40 (N = 1.5):
  //   Ua = (1 - 0) / 1000 x 600 = 0.600; Ub = 0.85 / 875 x 600 = 0.5829;
  //   Uc = 0.55 / 600 x 600 = 0.5500. A first, B second, C third.
  //   B equal to A at Ub / Ua x 875 = EUR 850; C at 0.55 / 0.6 x 600 = EUR 550.
  // (C's price then is the lowest, Pbest = 550: Uc = 0.55 and Ua = 550 / 1000 = 0.55.)
  it('reproduces the indices, the order and the prices at which B and C draw level', () => {
    const r = ranking('mercell-utility-index.yaml');
    expect(r.method).toBe('utility_index');
    expect(r.bids.A!.rank).toBe(1);
    expect(r.bids.A!.value).toBeCloseTo(0.6, 12);
    expect(r.bids.B!.rank).toBe(2);
    expect(r.bids.B!.value).toBeCloseTo(0.5829, 4);
    expect(r.bids.C!.rank).toBe(3);
    expect(r.bids.C!.value).toBeCloseTo(0.55, 12);
    expect(r.bids.B!.priceToWin).toBe(85_000);
    expect(r.bids.C!.priceToWin).toBe(55_000);
  });
});

describe('Negometrix "Low bid scoring formula" (weighted, relative price)', () => {
  // https://support-us.negometrix.com/support/solutions/articles/44001761046-low-bid-scoring-formula
  // Published: A 40 + 30 + 20 + 8,000 / 10,000 x 70 = 56 -> 146; B 32 + 20 + 22 + 70 = 144.
  it('reproduces 146 against 144, A wins', () => {
    const r = ranking('negometrix-low-bid.yaml');
    expect(r.method).toBe('weighted');
    expect(r.bids.A).toMatchObject({ rank: 1 });
    expect(r.bids.A!.value).toBeCloseTo(146, 9);
    expect(r.bids.B).toMatchObject({ rank: 2 });
    expect(r.bids.B!.value).toBeCloseTo(144, 9);
    const a = scoreTender(fixture('negometrix-low-bid.yaml')).bids.find((b) => b.vendor === 'A')!;
    expect(a.points.price!).toBeCloseTo(56, 9);
  });

  // The same page: a price twice the lowest earns half the price points.
  it('a price twice the lowest earns half the price points', () => {
    expect(priceFraction({ method: 'relative', bounds: null, factor: 2 }, 200, 100)).toBe(0.5);
  });
});

describe('Negometrix "De log formule" and "De gewogen factor methode" (end points only)', () => {
  // https://support.negometrix.com/nl/support/solutions/articles/9000092065-de-log-formule
  // Published: the lowest price earns 100% of the price points whatever A; with
  // A = 2 a bid twice as dear as the lowest earns none. (Negometrix lets a bid
  // dearer than A x the lowest go negative; inkoop stops at 0, as issue 14 asks.)
  it('log: 100% at the lowest price, 0 at A x the lowest', () => {
    const log = (factor: number) => ({ method: 'log' as const, bounds: null, factor });
    for (const a of [1.5, 2, 3]) expect(priceFraction(log(a), 100_000, 100_000)).toBe(1);
    expect(priceFraction(log(2), 200_000, 100_000)).toBeCloseTo(0, 12);
    expect(priceFraction(log(2), 300_000, 100_000)).toBe(0);
  });

  // https://support.negometrix.com/nl/support/solutions/articles/9000092064-de-gewogen-factor-methode
  // Published: Pi = Psetmax earns no price points, Pi = Psetmin all (WP), linear between.
  it('bounds: all points at Psetmin, none at Psetmax, linear between', () => {
    const rule = { method: 'bounds' as const, bounds: { best: 80_000, worst: 120_000 }, factor: 2 };
    expect(priceFraction(rule, 80_000, 80_000)).toBe(1);
    expect(priceFraction(rule, 120_000, 80_000)).toBe(0);
    expect(priceFraction(rule, 100_000, 80_000)).toBe(0.5);
  });
});
