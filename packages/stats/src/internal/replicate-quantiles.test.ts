import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileSorted } from './quantile-sorted';
import { ReplicateQuantiles } from './replicate-quantiles';

const bits = (x: number) => new BigUint64Array(Float64Array.of(x).buffer)[0];

/** The reference: sort all replicates, then read the quantile (what the engine did before selection). */
const bySorting = (values: Float64Array, p: number) => quantileSorted(values.slice().sort(), p, 'linear');

const replicate = fc.oneof(
  { weight: 8, arbitrary: fc.double() },
  { weight: 4, arbitrary: fc.integer({ min: -3, max: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY) },
);

describe('ReplicateQuantiles: type-7 quantiles by selection', () => {
  it('gives the bits of sorting, for any replicates (ties, NaN, ±Infinity, ±0) and any order of quantiles asked', () => {
    fc.assert(
      fc.property(
        fc.array(replicate, { minLength: 1, maxLength: 300 }),
        fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.025, 0.975)), {
          minLength: 1,
          maxLength: 6,
        }),
        (values, ps) => {
          const x = Float64Array.from(values);
          const before = x.slice();
          const q = new ReplicateQuantiles(x);
          for (const p of ps) expect(bits(q.at(p))).toBe(bits(bySorting(x, p)));
          // Asked again, in reverse, after other positions were placed.
          for (const p of ps.reverse()) expect(bits(q.at(p))).toBe(bits(bySorting(x, p)));
          expect(x).toEqual(before); // the replicates themselves are left alone
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the bits of sorting on 601 to 12 000 replicates (where selection samples for its pivot)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 601, max: 12000 }),
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
        (B, levels, ps) => {
          // Replicates with ties (a few levels) or without (levels ≥ B), in a scrambled order.
          const x = Float64Array.from({ length: B }, (_, i) => (((i * 7919) % B) % levels) * 0.1 + (i % 3) * 1e-9);
          const q = new ReplicateQuantiles(x);
          for (const p of [...ps, 0.025, 0.975]) expect(bits(q.at(p))).toBe(bits(bySorting(x, p)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads NaN past the last number as sorting does, and keeps −0 before +0', () => {
    const x = Float64Array.of(3, Number.NaN, 1, 2, Number.NaN);
    expect(new ReplicateQuantiles(x).at(1)).toBeNaN();
    expect(new ReplicateQuantiles(x).at(0.25)).toBe(2); // sorted: 1, 2, 3, NaN, NaN
    // Sorted: −0, −0, 0, 5; p = 0.25 reads positions 0 and 1 with t = 0.75, so b − (b − a)·0.25 = −0 − 0 = −0.
    const zeros = Float64Array.of(0, -0, 5, -0);
    expect(Object.is(new ReplicateQuantiles(zeros).at(0.25), -0)).toBe(true);
  });

  it('interpolates towards an infinite end as its limit (NumPy gives NaN or ±Infinity there)', () => {
    // (n − 1)·p = 0.3 between −Infinity and 0: −Infinity; p = 1 sits on 0 exactly.
    const q = new ReplicateQuantiles(Float64Array.of(0, Number.NEGATIVE_INFINITY));
    expect(q.at(0.3)).toBe(Number.NEGATIVE_INFINITY);
    expect(q.at(0.7)).toBe(Number.NEGATIVE_INFINITY);
    expect(q.at(1)).toBe(0);
    const up = new ReplicateQuantiles(Float64Array.of(Number.POSITIVE_INFINITY, 0));
    expect(up.at(0)).toBe(0);
    expect(up.at(0.3)).toBe(Number.POSITIVE_INFINITY);
    expect(
      new ReplicateQuantiles(Float64Array.of(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY)).at(0.5),
    ).toBeNaN();
  });

  it('selects on 10 000 replicates without sorting them (known answers: 0.025 and 0.975 of 0..9999)', () => {
    const x = Float64Array.from({ length: 10000 }, (_, i) => (i * 7919) % 10000); // a permutation of 0..9999
    const q = new ReplicateQuantiles(x);
    expect(q.at(0.025)).toBeCloseTo(249.975, 9); // (n − 1)·p = 249.975
    expect(q.at(0.975)).toBeCloseTo(9749.025, 9);
  });
});
