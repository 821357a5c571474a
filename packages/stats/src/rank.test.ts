import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../test/descriptive-fixture';
import { RANK_METHODS, type RankMethod, rank } from './rank';

// Small integers make ties common; the doubles make them rare.
const data = fc.oneof(
  fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 60 }),
  fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 60 }),
);

describe('rank', () => {
  it('lists the tie methods of scipy.stats.rankdata', () => {
    expect([...RANK_METHODS].sort()).toEqual([...fixture.rankdata.methods].sort());
  });

  it('ties −0 with +0, as SciPy does (the fixture holds both)', () => {
    const c = fixture.rankdata.cases.find((k) => k.name === 'signed zeros tie');
    expect(c?.data.map((v) => Object.is(v, -0))).toEqual([false, true, false, true]);
    expect(Array.from(rank([0, -0, 1, -0], { method: 'dense' }))).toEqual([1, 1, 2, 1]);
  });

  it.each(fixture.rankdata.cases)('equals scipy.stats.rankdata exactly for every method ($name)', (c) => {
    for (const m of fixture.rankdata.methods as RankMethod[]) {
      expect(Array.from(rank(c.data, { method: m })), m).toEqual((c.expected as Record<string, number[]>)[m]);
    }
  });

  it.each([
    ['average (the default): a tie group shares the mean of its ranks', undefined, [2.5, 1, 4, 2.5, 5]],
    ['min: a tie group takes its lowest rank', 'min', [2, 1, 4, 2, 5]],
    ['max: a tie group takes its highest rank', 'max', [3, 1, 4, 3, 5]],
    ['dense: the number of the value among the distinct values', 'dense', [2, 1, 3, 2, 4]],
    ['ordinal: ties ranked in order of appearance', 'ordinal', [2, 1, 4, 3, 5]],
  ] as const)('ranks ties by %s', (_, method, expected) => {
    const options = method === undefined ? undefined : { method };
    expect(Array.from(rank([20, 10, 30, 20, 40], options))).toEqual(expected);
  });

  it('gives average ranks that sum to n(n + 1)/2', () => {
    fc.assert(
      fc.property(data, (xs) => {
        const n = xs.length;
        expect(rank(xs).reduce((s, r) => s + r, 0)).toBe((n * (n + 1)) / 2);
      }),
    );
  });

  it('orders min ≤ average ≤ max, with ordinal a permutation of 1…n and dense reaching the number of distinct values', () => {
    fc.assert(
      fc.property(data, (xs) => {
        const n = xs.length;
        const [lo, avg, hi, dense, ordinal] = (['min', 'average', 'max', 'dense', 'ordinal'] as const).map((method) =>
          rank(xs, { method }),
        ) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
        for (let i = 0; i < n; i++) {
          expect(lo[i] as number).toBeLessThanOrEqual(avg[i] as number);
          expect(avg[i] as number).toBeLessThanOrEqual(hi[i] as number);
          expect(avg[i]).toBe(((lo[i] as number) + (hi[i] as number)) / 2);
        }
        expect(Array.from(ordinal).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
        expect(Math.max(...dense)).toBe(new Set(xs.map((x) => (x === 0 ? 0 : x))).size); // −0 ties with +0
      }),
    );
  });

  it('does not change under a strictly increasing transform of the data', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 40 }), (xs) => {
        for (const method of RANK_METHODS) {
          expect(
            rank(
              xs.map((x) => Math.exp(x / 4) * 3 - 7),
              { method },
            ),
          ).toEqual(rank(xs, { method }));
        }
      }),
    );
  });

  it('accepts a Float64Array, does not change its input, and gives an empty result for empty data as SciPy', () => {
    const typed = Float64Array.of(3, 1, 2);
    expect(Array.from(rank(typed))).toEqual([3, 1, 2]);
    expect(Array.from(typed)).toEqual([3, 1, 2]);
    const plain = [2, 1];
    rank(plain, { method: 'ordinal' });
    expect(plain).toEqual([2, 1]);
    expect(rank([])).toEqual(new Float64Array(0));
  });

  describe('rejects bad input with a code and a message that says what to fix', () => {
    it.each([
      ['NaN', () => rank([1, Number.NaN]), 'STATS_NON_FINITE', /rank: data\[1\] is NaN.*Remove NaN/],
      ['Infinity', () => rank([Number.POSITIVE_INFINITY, 1]), 'STATS_NON_FINITE', /data\[0\] is Infinity/],
      ['a string element', () => rank([1, 'b'] as never), 'STATS_INVALID_INPUT', /data\[1\] is "b", not a number/],
      ['not an array', () => rank(7 as never), 'STATS_INVALID_INPUT', /must be a number\[\] or a Float64Array/],
      ['an Int32Array', () => rank(new Int32Array(3) as never), 'STATS_INVALID_INPUT', /got Int32Array/],
      [
        'an unknown method',
        () => rank([1, 2], { method: 'first' as never }),
        'STATS_INVALID_OPTION',
        /unknown method "first"\. Use one of: average, min, max, dense, ordinal/,
      ],
      ['options a string', () => rank([1, 2], 'min' as never), 'STATS_INVALID_OPTION', /\{ method: 'min' \}/],
    ])('%s', (_, call, code, message) => {
      expect(call).toThrow(
        expect.objectContaining({ name: 'StatsError', code, message: expect.stringMatching(message) }),
      );
    });
  });
});
