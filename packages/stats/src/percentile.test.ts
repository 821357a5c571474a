import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../test/descriptive-fixture';
import { percentile } from './percentile';
import { QUANTILE_METHODS, type QuantileMethod, quantile } from './quantile';

const methods = fixture.percentile.methods as QuantileMethod[];
const anyData = fc.array(fc.double({ min: -1e300, max: 1e300, noNaN: true }), { minLength: 1, maxLength: 40 });

describe('percentile', () => {
  it('has a fixture from the NumPy this was checked against', () => {
    expect(fixture.numpy).toMatch(/^2\./);
    expect(fixture.percentile.cases.length).toBeGreaterThanOrEqual(13);
  });

  // Sizes 1, 2, 3, 4, 5, 6, 7, 10 and 101; ties, negatives, unsorted, −0, 1e±300, an offset of 1e9; q at 0, 100
  // and every boundary where a method's index rule switches (100k/n, 100k/(n − 1) and the halves between).
  it.each(fixture.percentile.cases)('matches numpy.percentile to 1e-12 for all 13 methods ($name)', (c) => {
    for (const m of methods) {
      const expected = (c.expected as Record<string, number[]>)[m] as number[];
      const got = percentile(c.data, c.q, { method: m });
      expected.forEach((e, i) => {
        const g = got[i] as number;
        // 1e-12 relative, with an absolute floor of 1e-300 where NumPy's value is 0.
        expect(Math.abs(g - e), `${m} at q = ${c.q[i]}: got ${g}, NumPy ${e}`).toBeLessThanOrEqual(
          Math.max(1e-12 * Math.abs(e), 1e-300),
        );
      });
    }
  });

  it('has signed zeros in the fixture, in the data and in NumPy’s results (they must survive loading)', () => {
    const negativeZero = (v: number) => Object.is(v, -0);
    expect(fixture.percentile.cases.filter((c) => c.data.some(negativeZero)).length).toBeGreaterThanOrEqual(3);
    const results = fixture.percentile.cases.flatMap((c) => Object.values(c.expected).flat());
    expect(results.filter(negativeZero).length).toBeGreaterThan(10);
    expect(results.filter((v) => Object.is(v, 0)).length).toBeGreaterThan(10);
  });

  it('in fact reproduces every one of those NumPy values to the last bit, signs of zero included', () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const c of fixture.percentile.cases) {
      for (const m of methods) {
        const all = percentile(c.data, c.q, { method: m });
        ((c.expected as Record<string, number[]>)[m] as number[]).forEach((e, i) => {
          const q = c.q[i] as number;
          const one = percentile(c.data, q, { method: m }); // the scalar path too
          compared++;
          if (!Object.is(all[i], e) || !Object.is(one, e))
            mismatches.push(`${c.name} ${m} q=${q}: ${all[i]}, ${one} vs ${e}`);
        });
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(7000);
  });

  it('uses NumPy’s linear (H&F type 7) method by default', () => {
    // numpy.percentile([15, 20, 35, 40, 50], 40): v = 4 × 0.4 = 1.6, so 20 + 0.6 × (35 − 20) = 29.
    expect(percentile([15, 20, 35, 40, 50], 40)).toBe(29);
    expect(percentile([15, 20, 35, 40, 50], [5, 95], { method: 'lower' })).toEqual(Float64Array.of(15, 40));
  });

  it('equals quantile at q / 100, to the bit, for every method', () => {
    fc.assert(
      fc.property(
        anyData,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom(...QUANTILE_METHODS),
        (data, q, m) => {
          expect(Object.is(percentile(data, q, { method: m }), quantile(data, q / 100, { method: m }))).toBe(true);
        },
      ),
    );
  });

  it('does not change its input', () => {
    const data = [3, 1, 2];
    const typed = Float64Array.of(3, 1, 2);
    percentile(data, 50);
    percentile(typed, [10, 90]);
    expect(data).toEqual([3, 1, 2]);
    expect(Array.from(typed)).toEqual([3, 1, 2]);
  });

  describe('rejects bad input with a code and a message that says what to fix', () => {
    it.each([
      ['empty data', () => percentile([], 50), 'STATS_EMPTY_SAMPLE', /percentile: data is empty/],
      ['NaN in data', () => percentile([1, 2, Number.NaN], 50), 'STATS_NON_FINITE', /data\[2\] is NaN/],
      ['-Infinity in data', () => percentile([Number.NEGATIVE_INFINITY], 50), 'STATS_NON_FINITE', /-Infinity/],
      ['data an object', () => percentile({ length: 1 } as never, 50), 'STATS_INVALID_INPUT', /number\[\]/],
      ['q above 100', () => percentile([1, 2], 101), 'STATS_INVALID_PROBABILITY', /q must be in \[0, 100\], got 101/],
      ['q negative', () => percentile([1, 2], -1), 'STATS_INVALID_PROBABILITY', /got -1/],
      ['q NaN', () => percentile([1, 2], Number.NaN), 'STATS_INVALID_PROBABILITY', /got NaN/],
      ['a bad q in an array', () => percentile([1, 2], Float64Array.of(5, 500)), 'STATS_INVALID_PROBABILITY', /q\[1\]/],
      ['q undefined', () => percentile([1, 2], undefined as never), 'STATS_INVALID_INPUT', /q must be a number/],
      [
        'unknown method',
        () => percentile([1, 2], 50, { method: 'type7' as never }),
        'STATS_INVALID_OPTION',
        /unknown method "type7"\. Use one of: linear, lower/,
      ],
    ])('%s', (_, call, code, message) => {
      expect(call).toThrow(
        expect.objectContaining({ name: 'StatsError', code, message: expect.stringMatching(message) }),
      );
    });
  });
});
