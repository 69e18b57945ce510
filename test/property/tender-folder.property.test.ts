/**
 * A tender folder never loses a bid: whatever YAML files it holds, reading
 * and scoring it either scores every bid file (and the bids in tender.yaml),
 * or fails with a user error that names one of the files.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTender, scoreRead } from '../../src/input/tender.js';
import { UserError } from '../../src/lib/errors.js';

const TENDER = `criteria:
  - { id: q, name: Q, weight: 60 }
  - { id: p, name: P, weight: 40, price: true }
`;

const COSTS =
  'years: 2\noptions:\n  - name: X\n    costs:\n      - { name: Licentie, amount: 1.005, quantity: 3, every: year }\n';

type Kind =
  | 'bid'
  | 'tcoBid'
  | 'unlinkedCosts'
  | 'junk'
  | 'hidden'
  | 'list'
  | 'noVendor'
  | 'empty'
  | 'badWeightish';

/** Kinds that a correct folder may hold; any other kind must make the read fail. */
const GOOD: ReadonlySet<Kind> = new Set(['bid', 'tcoBid']);

const kind = fc.constantFrom<Kind>(
  'bid',
  'bid',
  'bid',
  'tcoBid',
  'unlinkedCosts',
  'junk',
  'hidden',
  'list',
  'noVendor',
  'empty',
  'badWeightish',
);

describe('tender folders', () => {
  it('score every bid, or fail naming a file', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(kind, fc.integer({ min: 1, max: 10 }), fc.boolean()), {
          minLength: 0,
          maxLength: 7,
        }),
        fc.boolean(),
        (files, yml) => {
          const dir = mkdtempSync(join(tmpdir(), 'inkoop-prop-folder-'));
          try {
            writeFileSync(join(dir, 'tender.yaml'), TENDER);
            const names: string[] = [join(dir, 'tender.yaml')];
            const vendors: string[] = [];
            files.forEach(([k, score, upper], i) => {
              const ext = yml ? 'yml' : upper ? 'YAML' : 'yaml';
              const name = `${k === 'hidden' ? '.' : ''}file-${i}.${ext}`;
              const path = join(dir, name);
              names.push(path);
              const vendor = `Vendor ${i}`;
              let text: string;
              switch (k) {
                case 'bid':
                case 'hidden':
                  text = `vendor: ${vendor}\nprice: ${100 + i}\nscores: { q: ${score} }\n`;
                  if (k === 'bid') vendors.push(vendor);
                  break;
                case 'tcoBid': {
                  const costs = `costs-${i}.yaml`;
                  writeFileSync(join(dir, costs), COSTS);
                  names.push(join(dir, costs));
                  text = `vendor: ${vendor}\ntco: { file: ${costs}, option: X }\nscores: { q: ${score} }\n`;
                  vendors.push(vendor);
                  break;
                }
                case 'unlinkedCosts':
                  text = COSTS;
                  break;
                case 'junk':
                  text = `remark: nothing ${i}\n`;
                  break;
                case 'list':
                  text = '- a\n- b\n';
                  break;
                case 'noVendor':
                  text = `price: 10\nscores: { q: ${score} }\n`;
                  break;
                case 'empty':
                  text = '';
                  break;
                case 'badWeightish':
                  text = `vendor: ${vendor}\nprice: 1e308\nscores: { q: ${score} }\n`;
                  break;
              }
              writeFileSync(path, text);
            });
            const allGood = files.every(([k]) => GOOD.has(k)) && files.length > 0;
            let scored: string[] | undefined;
            let error: unknown;
            try {
              scored = scoreRead(readTender(dir)).bids.map((b) => b.vendor);
            } catch (err) {
              error = err;
            }
            if (scored) {
              // Every bid file is in the ranking, and nothing else is.
              expect(allGood).toBe(true);
              expect([...scored].sort()).toEqual([...vendors].sort());
            } else {
              expect(error).toBeInstanceOf(UserError);
              expect(allGood).toBe(false);
              const message = (error as Error).message;
              expect(names.some((n) => message.includes(n))).toBe(true);
              expect(message).not.toMatch(/internal error|\n\s+at /i);
            }
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
