import { describe, expect, it } from 'vitest';
import fixture from '../../test/fixtures/bootstrap.json';
import { meanOf, meanOfIndices, standardDeviation, sum } from './mean';

describe('sum and mean (NumPy pairwise summation)', () => {
  it.each(fixture.means.map((m) => [m.values.length, m] as const))(
    'equal np.sum and np.mean to the last bit, n = %i',
    (_n, { values, mean, sum: total }) => {
      const x = Float64Array.from(values);
      expect(sum(x)).toBe(total);
      expect(meanOf(x)).toBe(mean);
    },
  );

  it('adds gathered values exactly as it adds a gathered copy', () => {
    const x = Float64Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 1e3 + 1 / (i + 1));
    for (const n of [5, 8, 100, 128, 129, 1000]) {
      const idx = Uint32Array.from({ length: n + 3 }, (_, i) => (i * 7919) % x.length);
      const copy = Float64Array.from(idx.subarray(3), (i) => x[i] as number);
      // meanOfIndices divides by x.length, so compare on a sample whose length is n
      const sample = x.subarray(0, n);
      expect(
        meanOfIndices(
          sample,
          idx.map((i) => i % n),
          3,
        ),
      ).toBe(meanOf(Float64Array.from(idx.subarray(3), (i) => sample[i % n] as number)));
      expect(copy).toHaveLength(n);
    }
  });
});

describe('standardDeviation', () => {
  const sd = (values: number[]) => {
    const x = Float64Array.from(values);
    return standardDeviation(x, meanOf(x), 1);
  };
  // sd([1, 1.7, 1.5], ddof = 1) = √0.13 (deviations −0.4, 0.3, 0.1, squares summing to 0.26).
  const unit = Math.sqrt(0.13);

  it('is the true deviation where the squares overflow (1e300-sized data) or vanish (1e-300-sized data)', () => {
    expect(Math.abs(sd([1e300, 1.7e300, 1.5e300]) / (unit * 1e300) - 1)).toBeLessThan(1e-14);
    expect(Math.abs(sd([1e-300, 1.7e-300, 1.5e-300]) / (unit * 1e-300) - 1)).toBeLessThan(1e-14);
  });

  it('is exactly √(Σd² / (n − 1)) (NumPy) in the normal range, and 0 for equal values', () => {
    expect(sd([1, 1.7, 1.5])).toBe(Math.sqrt(((1 - 1.4) ** 2 + (1.7 - 1.4) ** 2 + (1.5 - 1.4) ** 2) / 2));
    expect(sd([0.25, 0.25, 0.25])).toBe(0);
  });
});
