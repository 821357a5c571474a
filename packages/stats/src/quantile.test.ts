import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../test/descriptive-fixture';
import { QUANTILE_METHODS, type QuantileMethod, quantile } from './quantile';

const methods = fixture.quantile.methods as QuantileMethod[];
const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

// Data whose pairwise differences are exact (multiples of 1/64 of modest size): NumPy's two-sided lerp is then
// monotone in p. With an inexact b − a it can step back by one ulp where t crosses 0.5, in NumPy as here.
const exactData = fc.array(
  fc.integer({ min: -64_000, max: 64_000 }).map((k) => k / 64),
  { minLength: 1, maxLength: 40 },
);
const anyData = fc.array(fc.double({ min: -1e300, max: 1e300, noNaN: true }), { minLength: 1, maxLength: 40 });
const probability = fc.double({ min: 0, max: 1, noNaN: true });
const method = fc.constantFrom(...QUANTILE_METHODS);

describe('quantile', () => {
  it('lists the 13 methods of numpy.quantile', () => {
    expect([...QUANTILE_METHODS].sort()).toEqual([...methods].sort());
  });

  it.each(fixture.quantile.cases)('equals numpy.quantile to the last bit for every method ($name)', (c) => {
    for (const m of methods) {
      const expected = (c.expected as Record<string, number[]>)[m] as number[];
      const got = quantile(c.data, c.p, { method: m });
      expected.forEach((e, i) => {
        const one = quantile(c.data, c.p[i] as number, { method: m });
        // Object.is: the same double, and the same sign of zero (NumPy's gamma rule shows in −0 vs +0).
        expect(Object.is(got[i], e), `${m} at p = ${c.p[i]}: got ${got[i]}, NumPy ${e}`).toBe(true);
        expect(Object.is(one, e), `${m} at p = ${c.p[i]} alone: got ${one}, NumPy ${e}`).toBe(true);
      });
    }
  });

  // Hand-worked on x = 1…10, p = 0.25 from Hyndman & Fan (1996): with x(k) = k, types 4–9 give their 1-based
  // position h itself.
  it.each([
    ['linear (H&F type 7): v = (n − 1)p = 2.25, interpolated', 'linear', 3.25],
    ['lower: x at ⌊(n − 1)p⌋ = 2', 'lower', 3],
    ['higher: x at ⌈(n − 1)p⌉ = 3', 'higher', 4],
    ['nearest: x at round((n − 1)p) = 2', 'nearest', 3],
    ['midpoint: mean of the lower and higher values', 'midpoint', 3.5],
    ['inverted_cdf (H&F type 1): np = 2.5 is not whole, so x(3)', 'inverted_cdf', 3],
    ['averaged_inverted_cdf (H&F type 2): np = 2.5 is not whole, so x(3)', 'averaged_inverted_cdf', 3],
    ['closest_observation (H&F type 3): np − ½ = 2, whole and even, so x(2)', 'closest_observation', 2],
    ['interpolated_inverted_cdf (H&F type 4): h = np = 2.5', 'interpolated_inverted_cdf', 2.5],
    ['hazen (H&F type 5): h = np + ½ = 3', 'hazen', 3],
    ['weibull (H&F type 6): h = (n + 1)p = 2.75', 'weibull', 2.75],
    ['normal_unbiased (H&F type 9): h = (n + ¼)p + ⅜ = 2.9375', 'normal_unbiased', 2.9375],
  ] as const)('uses NumPy’s %s', (_, m, expected) => {
    expect(quantile(oneToTen, 0.25, { method: m })).toBe(expected);
  });

  it('uses NumPy’s median_unbiased (H&F type 8): h = (n + ⅓)p + ⅓ = 35/12', () => {
    expect(quantile(oneToTen, 0.25, { method: 'median_unbiased' })).toBeCloseTo(35 / 12, 15);
  });

  it('averages the two order statistics at a whole np for averaged_inverted_cdf (H&F type 2)', () => {
    expect(quantile(oneToTen, 0.2, { method: 'averaged_inverted_cdf' })).toBe(2.5); // np = 2: (x(2) + x(3))/2
    expect(quantile(oneToTen, 0.2, { method: 'inverted_cdf' })).toBe(2); // type 1 takes x(2)
  });

  it('rounds halves to even for nearest, as np.around does', () => {
    // n = 5: (n − 1)p = 0.5 → index 0, 1.5 → index 2.
    expect(quantile([1, 2, 3, 4, 5], [0.125, 0.375], { method: 'nearest' })).toEqual(Float64Array.of(1, 3));
  });

  it('defaults to the linear method', () => {
    fc.assert(
      fc.property(anyData, probability, (data, p) => {
        expect(Object.is(quantile(data, p), quantile(data, p, { method: 'linear' }))).toBe(true);
        expect(Object.is(quantile(data, p, {}), quantile(data, p, { method: 'linear' }))).toBe(true);
      }),
    );
  });

  it('is monotone in p for every method', () => {
    fc.assert(
      fc.property(exactData, probability, probability, method, (data, a, b, m) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(quantile(data, lo, { method: m })).toBeLessThanOrEqual(quantile(data, hi, { method: m }));
      }),
    );
  });

  it('stays within [min, max], and gives min at p = 0 and max at p = 1 for the linear method', () => {
    fc.assert(
      fc.property(anyData, probability, method, (data, p, m) => {
        const min = Math.min(...data);
        const max = Math.max(...data);
        const v = quantile(data, p, { method: m });
        expect(v >= min && v <= max).toBe(true);
        expect(quantile(data, 0) === min).toBe(true); // ===: NumPy's lerp may turn −0 into +0 here
        expect(quantile(data, 1) === max).toBe(true);
      }),
    );
  });

  it('does not depend on the order of the data, and does not change it', () => {
    fc.assert(
      fc.property(anyData, probability, method, (data, p, m) => {
        const copy = [...data];
        const typed = Float64Array.from(data);
        const v = quantile(data, p, { method: m });
        expect(data).toEqual(copy);
        // The copy is sorted with −0 before +0 whatever the input order, so even the sign of a zero agrees.
        expect(Object.is(quantile([...data].reverse(), p, { method: m }), v)).toBe(true);
        expect(Object.is(quantile(typed, p, { method: m }), v)).toBe(true);
        expect(Array.from(typed)).toEqual(copy);
      }),
    );
  });

  it('gives, for an array of p, the quantile at each p', () => {
    fc.assert(
      fc.property(anyData, fc.array(probability, { maxLength: 10 }), method, (data, ps, m) => {
        const all = quantile(data, ps, { method: m });
        expect(all).toBeInstanceOf(Float64Array);
        expect(Array.from(all)).toEqual(ps.map((p) => quantile(data, p, { method: m })));
        expect(quantile(data, Float64Array.from(ps), { method: m })).toEqual(all);
      }),
    );
  });

  it('interpolates halves when b − a overflows, where NumPy returns NaN (a documented difference)', () => {
    // NumPy 2.4: np.quantile([-1e308, 1e308], [0, 0.3, 0.5, 1]) = [nan, inf, -inf, 1e308].
    const [atZero, at03, atHalf, atOne] = quantile([-1e308, 1e308], [0, 0.3, 0.5, 1]);
    expect(atZero).toBe(-1e308);
    expect(Math.abs((at03 as number) / -4e307 - 1)).toBeLessThan(1e-15);
    expect(atHalf).toBe(0);
    expect(atOne).toBe(1e308);
  });

  describe('rejects bad input with a code and a message that says what to fix', () => {
    it.each([
      ['empty data', () => quantile([], 0.5), 'STATS_EMPTY_SAMPLE', /data is empty/],
      ['NaN in data', () => quantile([1, Number.NaN], 0.5), 'STATS_NON_FINITE', /data\[1\] is NaN/],
      ['Infinity in data', () => quantile([Number.POSITIVE_INFINITY], 0.5), 'STATS_NON_FINITE', /finite values/],
      ['a string in data', () => quantile(['1'] as never, 0.5), 'STATS_INVALID_INPUT', /data\[0\] is "1"/],
      ['data not an array', () => quantile('1,2' as never, 0.5), 'STATS_INVALID_INPUT', /number\[\] or a Float64Array/],
      [
        'a Float32Array',
        () => quantile(new Float32Array(2) as never, 0.5),
        'STATS_INVALID_INPUT',
        /Float64Array\.from/,
      ],
      ['p above 1', () => quantile([1, 2], 1.5), 'STATS_INVALID_PROBABILITY', /p must be in \[0, 1\], got 1\.5/],
      ['p a percentage', () => quantile([1, 2], 50), 'STATS_INVALID_PROBABILITY', /use percentile\(\)/],
      ['p negative', () => quantile([1, 2], -0.1), 'STATS_INVALID_PROBABILITY', /got -0\.1/],
      ['p NaN', () => quantile([1, 2], Number.NaN), 'STATS_INVALID_PROBABILITY', /got NaN/],
      ['a bad p in an array', () => quantile([1, 2], [0.5, 2]), 'STATS_INVALID_PROBABILITY', /p\[1\] must be/],
      ['p a string', () => quantile([1, 2], '0.5' as never), 'STATS_INVALID_INPUT', /p must be a number/],
      ['unknown method', () => quantile([1, 2], 0.5, { method: 'R7' as never }), 'STATS_INVALID_OPTION', /hazen/],
      [
        'method as a string',
        () => quantile([1, 2], 0.5, 'hazen' as never),
        'STATS_INVALID_OPTION',
        /\{ method: "hazen" \}/,
      ],
      ['options null', () => quantile([1, 2], 0.5, null as never), 'STATS_INVALID_OPTION', /must be an object/],
    ])('%s', (_, call, code, message) => {
      expect(call).toThrow(
        expect.objectContaining({ name: 'StatsError', code, message: expect.stringMatching(message) }),
      );
    });
  });
});
