import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../test/descriptive-fixture';
import { pearson } from './pearson';
import type { StatsWarning } from './warning';

const pairs = fc
  .integer({ min: 3, max: 40 })
  .chain((n) =>
    fc.tuple(
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: n, maxLength: n }),
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: n, maxLength: n }),
    ),
  )
  .filter(([x, y]) => new Set(x).size > 1 && new Set(y).size > 1);

/** Relative error, or absolute where the coefficient is 0 (SciPy gives 8e-18 for one that is exactly 0). */
function errorOf(got: number, expected: number): number {
  const e = Math.abs(got - expected);
  return Math.abs(expected) > 1e-12 ? e / Math.abs(expected) : e;
}

const integerPairs = fc
  .integer({ min: 3, max: 40 })
  .chain((n) =>
    fc.tuple(
      fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: n, maxLength: n }),
      fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: n, maxLength: n }),
    ),
  )
  .filter(([x, y]) => new Set(x).size > 1 && new Set(y).size > 1);

describe('pearson', () => {
  // n = 2 … 1000, with and without ties, an offset of 1e8, values of 1e±200, mixed scales, an exact line.
  it.each(fixture.pearsonr.cases)('equals scipy.stats.pearsonr(x, y).statistic to 1e-12 ($name)', (c) => {
    const r = pearson(c.x, c.y);
    expect(Math.abs(r - c.statistic)).toBeLessThanOrEqual(Math.max(1e-12 * Math.abs(c.statistic), 1e-15));
  });

  it('is in fact within 4e-16 of SciPy on every fixture case (worst seen: 3.3e-16)', () => {
    const worst = Math.max(...fixture.pearsonr.cases.map((c) => errorOf(pearson(c.x, c.y), c.statistic)));
    expect(worst).toBeLessThan(4e-16);
  });

  it('centres on the mean before multiplying: r is 1 for a line far from zero', () => {
    // A one-pass Σxy − n·x̄·ȳ loses every digit here: the deviations are 1e-8 of the values.
    const x = [1e8 + 1, 1e8 + 2, 1e8 + 3, 1e8 + 4];
    const y = [5e7 + 2, 5e7 + 4, 5e7 + 6, 5e7 + 8];
    expect(pearson(x, y)).toBe(1);
  });

  it('does not overflow for values near the largest double, nor underflow for tiny ones', () => {
    const x = [1, 2, 3, 4, 6];
    const y = [2, 1, 4, 3, 7];
    const r = pearson(x, y);
    const huge = x.map((v) => v * 2.5e307); // up to 1.5e308: their sum, 4e308, overflows unless scaled first
    expect(Math.abs(pearson(huge, y) - r)).toBeLessThan(1e-15);
    expect(Math.abs(pearson(y, huge) - r)).toBeLessThan(1e-15);
    // Deviations of 1e-300 square to 0 and of 7e300 to Infinity unless scaled first.
    const tiny = x.map((v) => v * 1e-300);
    expect(
      Math.abs(
        pearson(
          tiny,
          y.map((v) => v * 1e300),
        ) - r,
      ),
    ).toBeLessThan(1e-15);
  });

  it('is exactly ±1 for two pairs, as SciPy promises, even where the mean of a pair is not a double', () => {
    expect(pearson([0.1, 0.7], [3, 9.2])).toBe(1);
    expect(pearson([0.1, 0.7], [9.2, 3])).toBe(-1);
    // The mean of 1e16 and 1e16 + 2 rounds to one of them, so the deviations come out as 0 and 2: the general
    // formula would give 0.7071.
    expect(pearson([0.1, 0.7], [1e16, 1e16 + 2])).toBe(1);
    expect(pearson([1e16 + 2, 1e16], [0.1, 0.7])).toBe(-1);
  });

  it('lies in [−1, 1], is symmetric in x and y, and does not depend on the order of the pairs', () => {
    fc.assert(
      fc.property(pairs, fc.nat(), ([x, y], shift) => {
        const r = pearson(x, y);
        expect(r >= -1 && r <= 1).toBe(true);
        expect(pearson(y, x)).toBe(r);
        const k = shift % x.length;
        const rotate = (v: number[]) => [...v.slice(k), ...v.slice(0, k)];
        expect(Math.abs(pearson(rotate(x), rotate(y)) - r)).toBeLessThan(1e-13);
      }),
    );
  });

  it('does not change under positive affine maps of x or y, and changes sign under negative ones', () => {
    fc.assert(
      fc.property(
        integerPairs,
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.integer({ min: -50, max: 50 }),
        ([x, y], a, b) => {
          const r = pearson(x, y);
          expect(
            Math.abs(
              pearson(
                x.map((v) => a * v + b),
                y,
              ) - r,
            ),
          ).toBeLessThan(1e-9);
          expect(
            Math.abs(
              pearson(
                x,
                y.map((v) => -a * v),
              ) + r,
            ),
          ).toBeLessThan(1e-9);
        },
      ),
    );
  });

  it('is NaN with a DEGENERATE warning when an input is constant (SciPy: ConstantInputWarning)', () => {
    const warnings: StatsWarning[] = [];
    expect(pearson([1, 2, 3], [5, 5, 5], { onWarning: (w) => warnings.push(w) })).toBeNaN();
    expect(pearson([0.1, 0.1, 0.1], [1, 2, 3], { onWarning: (w) => warnings.push(w) })).toBeNaN();
    expect(pearson([2, 2], [3, 3], { onWarning: (w) => warnings.push(w) })).toBeNaN();
    expect(warnings.map((w) => w.code)).toEqual(['DEGENERATE', 'DEGENERATE', 'DEGENERATE']);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/y is constant.*NaN/),
      expect.stringMatching(/x is constant/),
      expect.stringMatching(/x and y are constant/),
    ]);
    expect(pearson([1, 2, 3], [5, 5, 5])).toBeNaN(); // no callback: still NaN, and nothing printed
  });

  it('warns, as SciPy does, when an input is nearly constant relative to its mean, and never otherwise', () => {
    const warnings: StatsWarning[] = [];
    const onWarning = (w: StatsWarning) => warnings.push(w);
    const r = pearson([1e10, 1e10 + 1e-5, 1e10 - 1e-5, 1e10 + 2e-5], [1, 2, 3, 4], { onWarning });
    expect(r).not.toBeNaN();
    expect(warnings).toEqual([{ code: 'DEGENERATE', message: expect.stringMatching(/nearly constant/) }]);
    pearson([1, 2, 3, 4], [1, 3, 2, 4], { onWarning });
    expect(warnings).toHaveLength(1);
  });

  it('does not change its input', () => {
    const x = [3, 1, 2];
    const y = Float64Array.of(1, 2, 4);
    pearson(x, y);
    expect(x).toEqual([3, 1, 2]);
    expect(Array.from(y)).toEqual([1, 2, 4]);
  });

  describe('rejects bad input with a code and a message that says what to fix', () => {
    it.each([
      ['empty inputs', () => pearson([], []), 'STATS_EMPTY_SAMPLE', /at least 2 pairs to correlate, got 0/],
      ['a single pair', () => pearson([1], [2]), 'STATS_EMPTY_SAMPLE', /at least 2 pairs to correlate, got 1/],
      ['different lengths', () => pearson([1, 2, 3], [1, 2]), 'STATS_LENGTH_MISMATCH', /x has 3 values and y has 2/],
      ['NaN in y', () => pearson([1, 2], [1, Number.NaN]), 'STATS_NON_FINITE', /pearson: y\[1\] is NaN/],
      ['Infinity in x', () => pearson([Number.POSITIVE_INFINITY, 2], [1, 2]), 'STATS_NON_FINITE', /x\[0\] is Infinity/],
      ['x not an array', () => pearson(null as never, [1, 2]), 'STATS_INVALID_INPUT', /x must be a number\[\]/],
      ['a string in y', () => pearson([1, 2], [1, '2'] as never), 'STATS_INVALID_INPUT', /y\[1\] is "2"/],
      [
        'options not an object',
        () => pearson([1, 2], [1, 2], 5 as never),
        'STATS_INVALID_OPTION',
        /options must be an object/,
      ],
      [
        'onWarning not a function',
        () => pearson([1, 2], [1, 2], { onWarning: 'log' as never }),
        'STATS_INVALID_OPTION',
        /onWarning must be a function/,
      ],
    ])('%s', (_, call, code, message) => {
      expect(call).toThrow(
        expect.objectContaining({ name: 'StatsError', code, message: expect.stringMatching(message) }),
      );
    });
  });
});
