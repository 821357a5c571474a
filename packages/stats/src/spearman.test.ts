import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../test/descriptive-fixture';
import { pearson } from './pearson';
import { rank } from './rank';
import { spearman } from './spearman';
import type { StatsWarning } from './warning';

// Integers from a narrow range give many ties; doubles give almost none.
const value = fc.oneof(fc.integer({ min: -4, max: 4 }), fc.double({ min: -1e9, max: 1e9, noNaN: true }));
const pairs = fc
  .integer({ min: 2, max: 60 })
  .chain((n) =>
    fc.tuple(fc.array(value, { minLength: n, maxLength: n }), fc.array(value, { minLength: n, maxLength: n })),
  )
  .filter(([x, y]) => new Set(x).size > 1 && new Set(y).size > 1);

// Multiples of 1/1024 below 100: x³ is exact on them and atan separates them by far more than an ulp, so both
// really are strictly increasing on this data (on all doubles they are not: (−5e-324)³ is −0).
const gridValue = fc.oneof(
  fc.integer({ min: -4, max: 4 }),
  fc.integer({ min: -100_000, max: 100_000 }).map((k) => k / 1024),
);
const gridPairs = fc
  .integer({ min: 2, max: 60 })
  .chain((n) =>
    fc.tuple(fc.array(gridValue, { minLength: n, maxLength: n }), fc.array(gridValue, { minLength: n, maxLength: n })),
  )
  .filter(([x, y]) => new Set(x).size > 1 && new Set(y).size > 1);

describe('spearman', () => {
  // n = 2 … 1000, continuous and tied, monotone and anti-monotone, heavy ties.
  it.each(fixture.spearmanr.cases)('equals scipy.stats.spearmanr(x, y).statistic to 1e-12 ($name)', (c) => {
    const rho = spearman(c.x, c.y);
    expect(Math.abs(rho - c.statistic)).toBeLessThanOrEqual(Math.max(1e-12 * Math.abs(c.statistic), 1e-15));
  });

  it('is in fact within 3e-16 of SciPy on every fixture case (worst seen: 2.1e-16)', () => {
    const worst = Math.max(
      ...fixture.spearmanr.cases.map((c) => {
        const e = Math.abs(spearman(c.x, c.y) - c.statistic);
        return c.statistic === 0 ? e : e / Math.abs(c.statistic); // absolute where rho is 0
      }),
    );
    expect(worst).toBeLessThan(3e-16);
  });

  it('is Pearson’s r of the average ranks, as in SciPy', () => {
    fc.assert(
      fc.property(pairs, ([x, y]) => {
        expect(Math.abs(spearman(x, y) - pearson(rank(x), rank(y)))).toBeLessThan(1e-15);
      }),
    );
  });

  it('handles ties with average ranks: a worked example', () => {
    // ranks x: 1, 2, 3, 4, 5; y = (5, 6, 7, 8, 7): 1, 2, 3.5, 5, 3.5. Centred: (−2, −1, 0, 1, 2) and
    // (−2, −1, 0.5, 2, 0.5): Σxy = 4 + 1 + 0 + 2 + 1 = 8, Σx² = 10, Σy² = 9.5, rho = 8 / √95.
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBe(8 / Math.sqrt(95));
  });

  it('does not depend on the order of the pairs (to the bit: the rank sums are exact)', () => {
    fc.assert(
      fc.property(pairs, fc.nat(), ([x, y], shift) => {
        const k = shift % x.length;
        const rotate = (v: number[]) => [...v.slice(k), ...v.slice(0, k)];
        expect(spearman(rotate(x), rotate(y))).toBe(spearman(x, y));
        expect(spearman([...x].reverse(), [...y].reverse())).toBe(spearman(x, y));
      }),
    );
  });

  it('does not change under strictly increasing transforms, and changes sign under decreasing ones', () => {
    fc.assert(
      fc.property(gridPairs, ([x, y]) => {
        const rho = spearman(x, y);
        expect(
          spearman(
            x.map((v) => v ** 3),
            y.map(Math.atan),
          ),
        ).toBe(rho);
        expect(
          spearman(
            x.map((v) => -v),
            y,
          ) === -rho,
        ).toBe(true); // ===: a rho of 0 may come back as +0
      }),
    );
  });

  it('lies in [−1, 1], is symmetric, and is ±1 for strictly monotone relations', () => {
    fc.assert(
      fc.property(pairs, ([x, y]) => {
        const rho = spearman(x, y);
        expect(rho >= -1 && rho <= 1).toBe(true);
        expect(spearman(y, x)).toBe(rho);
      }),
    );
    expect(spearman([3, 1, 2, 10], [30, 10, 20, 100])).toBe(1);
    expect(spearman([3, 1, 2, 10], [-30, -10, -20, -100])).toBe(-1);
  });

  it('is NaN with a DEGENERATE warning when an input is constant (SciPy: ConstantInputWarning)', () => {
    const warnings: StatsWarning[] = [];
    const onWarning = (w: StatsWarning) => warnings.push(w);
    expect(spearman([1, 2, 3], [4, 4, 4], { onWarning })).toBeNaN();
    expect(spearman([0, -0, 0], [1, 2, 3], { onWarning })).toBeNaN(); // −0 and +0 are one value
    expect(warnings).toEqual([
      { code: 'DEGENERATE', message: expect.stringMatching(/spearman: y is constant.*NaN/) },
      { code: 'DEGENERATE', message: expect.stringMatching(/spearman: x is constant/) },
    ]);
    spearman([1, 2, 3], [3, 1, 2], { onWarning });
    expect(warnings).toHaveLength(2);
  });

  it('does not change its input', () => {
    const x = [3, 1, 2];
    const y = Float64Array.of(1, 2, 2);
    spearman(x, y);
    expect(x).toEqual([3, 1, 2]);
    expect(Array.from(y)).toEqual([1, 2, 2]);
  });

  describe('rejects bad input with a code and a message that says what to fix', () => {
    it.each([
      ['empty inputs', () => spearman([], []), 'STATS_EMPTY_SAMPLE', /spearman: needs at least 2 pairs/],
      ['one pair (SciPy gives NaN)', () => spearman([1], [1]), 'STATS_EMPTY_SAMPLE', /got 1/],
      ['different lengths', () => spearman([1, 2], [1, 2, 3]), 'STATS_LENGTH_MISMATCH', /x has 2 values and y has 3/],
      ['NaN', () => spearman([1, Number.NaN], [1, 2]), 'STATS_NON_FINITE', /x\[1\] is NaN/],
      ['-Infinity', () => spearman([1, 2], [Number.NEGATIVE_INFINITY, 2]), 'STATS_NON_FINITE', /y\[0\] is -Infinity/],
      ['y a string', () => spearman([1, 2], 'ab' as never), 'STATS_INVALID_INPUT', /y must be a number\[\]/],
      ['a boolean element', () => spearman([1, true] as never, [1, 2]), 'STATS_INVALID_INPUT', /x\[1\] is boolean/],
      [
        'onWarning not a function',
        () => spearman([1, 2], [1, 2], { onWarning: 1 as never }),
        'STATS_INVALID_OPTION',
        /onWarning/,
      ],
    ])('%s', (_, call, code, message) => {
      expect(call).toThrow(
        expect.objectContaining({ name: 'StatsError', code, message: expect.stringMatching(message) }),
      );
    });
  });
});
