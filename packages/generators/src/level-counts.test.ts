import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareWithFreqDict, summarise } from '../test/freq-comparison';
import { COUNT_PATTERNS } from './count-patterns';
import { GeneratorsError } from './errors';
import { levelCounts } from './level-counts';

const sizes = fc
  .integer({ min: 2, max: 400 })
  .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }), fc.constantFrom(...COUNT_PATTERNS)));

describe('levelCounts: the largest-remainder rule', () => {
  it('gives what the rule says on hand-checked cases', () => {
    // even: 76 spare over 4 levels is 19 each; 77 leaves 1 unit, to the first level; 78 leaves 2: first and last.
    expect(levelCounts(80, 4, 'even')).toEqual([20, 20, 20, 20]);
    expect(levelCounts(81, 4, 'even')).toEqual([21, 20, 20, 20]);
    expect(levelCounts(82, 4, 'even')).toEqual([21, 20, 20, 21]);
    // 73 − 7 = 66 over 7 levels: 9 each and 3 units, ends inwards: first, last, second.
    expect(levelCounts(73, 7, 'even')).toEqual([11, 11, 10, 10, 10, 10, 11]);
    // heavy_tail k = 4: weights 1 + 4/14 at the ends; 76·(18/14)/(2·18/14 + 2) = 21.28…, 76·1/(…) = 16.72…
    expect(levelCounts(80, 4, 'heavy_tail')).toEqual([22, 18, 18, 22]);
    expect(levelCounts(80, 5, 'heavy_center')).toEqual([9, 19, 25, 19, 8]);
  });

  it('k = n gives all ones (every value distinct); k = 1 gives [n]', () => {
    for (const pattern of COUNT_PATTERNS) {
      expect(levelCounts(81, 81, pattern)).toEqual(new Array(81).fill(1));
      expect(levelCounts(81, 1, pattern)).toEqual([81]);
    }
  });

  it('always gives k integers ≥ 1 summing to n', () => {
    fc.assert(
      fc.property(sizes, ([n, k, pattern]) => {
        const counts = levelCounts(n, k, pattern);
        expect(counts).toHaveLength(k);
        for (const c of counts) expect(Number.isInteger(c) && c >= 1).toBe(true);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
      }),
    );
  });

  it('is symmetric up to the last unit: mirrored levels differ by at most 1, in at most one pair, larger first', () => {
    // Every pattern's weights are symmetric, so only the tie-break from the ends inwards (first before last) can
    // make the counts asymmetric, and only for the pair that receives the last odd unit.
    fc.assert(
      fc.property(sizes, ([n, k, pattern]) => {
        const counts = levelCounts(n, k, pattern);
        let uneven = 0;
        for (let i = 0; i < k - 1 - i; i++) {
          const d = (counts[i] as number) - (counts[k - 1 - i] as number);
          expect(d === 0 || d === 1).toBe(true);
          if (d === 1) uneven++;
        }
        expect(uneven).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('even counts differ by at most 1; heavy_tail ends are the largest; heavy_center rises to the middle', () => {
    fc.assert(
      fc.property(sizes, ([n, k]) => {
        const even = levelCounts(n, k, 'even');
        expect(Math.max(...even) - Math.min(...even)).toBeLessThanOrEqual(1);
        const tail = levelCounts(n, k, 'heavy_tail');
        const ends = Math.min(tail[0] as number, tail[k - 1] as number);
        for (let i = 1; i < k - 1; i++) expect(tail[i] as number).toBeLessThanOrEqual(ends + 1);
        const center = levelCounts(n, k, 'heavy_center');
        for (let i = 1; 2 * i <= k - 1; i++) {
          expect(center[i] as number).toBeGreaterThanOrEqual((center[i - 1] as number) - 1);
          expect(center[k - 1 - i] as number).toBeGreaterThanOrEqual((center[k - i] as number) - 1);
        }
      }),
    );
  });

  it('comes close to the reference table FREQ_DICT (n = 73, 80, 81, 82; k = 4 … 10): the README numbers', () => {
    const entries = compareWithFreqDict();
    expect(entries).toHaveLength(4 * 7 * 3);
    const summary = Object.fromEntries(summarise(entries).map((s) => [s.pattern, s]));
    expect(summary.even).toMatchObject({ exact: 23, maxDifference: 1 });
    expect(summary.heavy_tail).toMatchObject({ exact: 6, maxDifference: 6 });
    expect(summary.heavy_center).toMatchObject({ exact: 0, maxDifference: 4 });
    // Only the reference's odd n = 81, k = 9 heavy_tail entry (last level 18) is more than 2 away in heavy_tail.
    const far = entries.filter((e) => e.pattern === 'heavy_tail' && e.maxDifference > 2);
    expect(far.map((e) => [e.n, e.k])).toEqual([[81, 9]]);
    // What matters for a Spearman study is the tie structure: Σ(t³ − t) changes the tie factor by under 0.3 %.
    for (const e of entries) expect(e.tieFactorChange).toBeLessThan(0.003);
  });
});

describe('levelCounts: errors', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(GeneratorsError);
      return [(e as GeneratorsError).code, (e as GeneratorsError).message];
    }
    throw new Error('did not throw');
  };

  it('n < 2, k < 1, k > n and non-integers are GENERATORS_INVALID_SIZE', () => {
    expect(code(() => levelCounts(1, 1, 'even'))[0]).toBe('GENERATORS_INVALID_SIZE');
    expect(code(() => levelCounts(80.5, 4, 'even'))[0]).toBe('GENERATORS_INVALID_SIZE');
    expect(code(() => levelCounts(80, 0, 'even'))[0]).toBe('GENERATORS_INVALID_SIZE');
    expect(code(() => levelCounts(80, 81, 'even'))).toEqual([
      'GENERATORS_INVALID_SIZE',
      'levelCounts: k (the number of levels) must be an integer in [1, n] = [1, 80], got 81.',
    ]);
    expect(code(() => levelCounts(80, 2.5, 'even'))[0]).toBe('GENERATORS_INVALID_SIZE');
  });

  it('an unknown pattern is GENERATORS_UNKNOWN_PATTERN, with the closest name suggested', () => {
    expect(code(() => levelCounts(80, 4, 'heavy-tail' as never))).toEqual([
      'GENERATORS_UNKNOWN_PATTERN',
      `levelCounts: unknown count pattern "heavy-tail". Did you mean 'heavy_tail'? Use one of: even, heavy_tail, heavy_center.`,
    ]);
    expect(code(() => levelCounts(80, 4, 'uniform' as never))[1]).not.toContain('Did you mean');
  });
});
