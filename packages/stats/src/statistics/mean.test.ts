import { describe, expect, it } from 'vitest';
import fixture from '../../test/fixtures/bootstrap.json';
import { meanOf, meanOfIndices, sum } from './mean';

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
