import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fixture from '../test/fixtures/bootstrap.json';
import { mean } from './mean';

describe('mean', () => {
  it.each(fixture.means.map((m) => [m.values.length, m] as const))(
    'equals numpy.mean to the last bit, n = %i',
    (_n, { values, mean: expected }) => {
      expect(mean(values)).toBe(expected);
      expect(mean(Float64Array.from(values))).toBe(expected);
    },
  );

  it('lies between the smallest and the largest value', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }), (x) => {
        const m = mean(x);
        expect(m).toBeGreaterThanOrEqual(Math.min(...x));
        expect(m).toBeLessThanOrEqual(Math.max(...x));
      }),
    );
  });

  it('rejects no values, NaN, Infinity and non-numbers with a coded error', () => {
    expect(() => mean([])).toThrow(expect.objectContaining({ code: 'STATS_EMPTY_SAMPLE' }));
    expect(() => mean([1, Number.NaN])).toThrow(expect.objectContaining({ code: 'STATS_NON_FINITE' }));
    expect(() => mean([1, Number.POSITIVE_INFINITY])).toThrow(expect.objectContaining({ code: 'STATS_NON_FINITE' }));
    expect(() => mean(['1'] as unknown as number[])).toThrow(expect.objectContaining({ code: 'STATS_INVALID_INPUT' }));
  });
});
