import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jackknife } from './jackknife';

const sample = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 3, maxLength: 30 });
const closeArrays = (a: Float64Array, b: Float64Array, tol: number) => {
  expect(a.length).toBe(b.length);
  a.forEach((v, i) => {
    expect(Math.abs(v - (b[i] as number))).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(b[i] as number)));
  });
};

describe('jackknife', () => {
  it('gives the leave-one-out means (known answer)', () => {
    const [values] = jackknife([[1, 2, 3, 10]], 'mean');
    expect(Array.from(values as Float64Array)).toEqual([5, 14 / 3, 13 / 3, 2]);
  });

  it.each([
    ['mean', (x: Float64Array) => x.reduce((a, b) => a + b, 0) / x.length],
    [
      'var',
      (x: Float64Array) => {
        const m = x.reduce((a, b) => a + b, 0) / x.length;
        return x.reduce((a, v) => a + (v - m) ** 2, 0) / (x.length - 1);
      },
    ],
    [
      'std',
      (x: Float64Array) => {
        const m = x.reduce((a, b) => a + b, 0) / x.length;
        return Math.sqrt(x.reduce((a, v) => a + (v - m) ** 2, 0) / (x.length - 1));
      },
    ],
  ] as const)('the O(n) rule for %s equals recomputing on each leave-one-out sample', (name, direct) => {
    fc.assert(
      fc.property(sample, (x) => {
        const [fast] = jackknife([x], name);
        const [slow] = jackknife([x], direct);
        closeArrays(fast as Float64Array, slow as Float64Array, 1e-9);
      }),
    );
  });

  it('deletes from one sample at a time for independent samples (mean-difference)', () => {
    const [fromX, fromY] = jackknife(
      [
        [1, 2, 3],
        [10, 20],
      ],
      'mean-difference',
    );
    expect(Array.from(fromX as Float64Array)).toEqual([2.5 - 15, 2 - 15, 1.5 - 15]);
    expect(Array.from(fromY as Float64Array)).toEqual([2 - 20, 2 - 10]);
  });

  it('deletes whole pairs for paired statistics', () => {
    const x = [1, 2, 3, 4];
    const y = [2, 1, 4, 3];
    const values = jackknife([x, y], 'spearman');
    expect(values).toHaveLength(1);
    // Without pair 0: x = [2,3,4], y = [1,4,3] → ranks [1,2,3] vs [1,3,2] → ρ = 0.5
    expect((values[0] as Float64Array)[0]).toBeCloseTo(0.5, 14);
    const paired = jackknife([x, y], 'mean-difference', { paired: true });
    closeArrays(paired[0] as Float64Array, Float64Array.of(1 / 3, -1 / 3, 1 / 3, -1 / 3), 1e-15);
  });

  it('rejects a sample of one value', () => {
    expect(() => jackknife([[1]], 'mean')).toThrow(expect.objectContaining({ code: 'STATS_EMPTY_SAMPLE' }));
  });
});
