import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spearmanKernel } from '../statistics/correlation';
import { spearmanAt, spearmanWork } from './spearman-core';
import { COUNT_RANKING_LIMIT, SpearmanResampler } from './spearman-counts';

const bits = (x: number) => new BigUint64Array(Float64Array.of(x).buffer)[0];

/** The reference: gather the resample and rank it by sorting (spearman-core, what spearman() computes). */
function bySorting(x: Float64Array, y: Float64Array, idx: Uint32Array, offset: number): number {
  const n = x.length;
  const gx = new Float64Array(n);
  const gy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    gx[i] = x[idx[offset + i] as number] as number;
    gy[i] = y[idx[offset + i] as number] as number;
  }
  return spearmanAt(gx, 0, gy, 0, spearmanWork(n));
}

// Values from a few levels give heavy ties (the study's exposure has 4); doubles give none; ±0 tie.
const value = (levels: number) =>
  fc.oneof(
    fc.integer({ min: 0, max: levels - 1 }).map((k) => k * 0.5 - 1),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, -0),
  );

const dataset = fc
  .record({ n: fc.integer({ min: 2, max: 120 }), levels: fc.integer({ min: 1, max: 6 }) })
  .chain(({ n, levels }) =>
    fc.record({
      x: fc.array(value(levels), { minLength: n, maxLength: n }),
      y: fc.array(value(levels), { minLength: n, maxLength: n }),
      draws: fc.array(fc.array(fc.nat({ max: n - 1 }), { minLength: n, maxLength: n }), { minLength: 1, maxLength: 4 }),
    }),
  );

/** The reference leave-one-out values: rank each deleted copy by sorting. */
function spearmanLeaveOneOutBySorting(x: Float64Array, y: Float64Array, out: Float64Array): void {
  const n = x.length;
  const dx = new Float64Array(n - 1);
  const dy = new Float64Array(n - 1);
  for (let i = 0; i < n; i++) {
    dx.set(x.subarray(0, i), 0);
    dx.set(x.subarray(i + 1), i);
    dy.set(y.subarray(0, i), 0);
    dy.set(y.subarray(i + 1), i);
    out[i] = spearmanAt(dx, 0, dy, 0, spearmanWork(n - 1));
  }
}

describe('Spearman of resamples from draw counts', () => {
  it('equals ranking each resample by sorting, bit for bit, with heavy ties, ±0 and constant resamples', () => {
    fc.assert(
      fc.property(dataset, ({ x, y, draws }) => {
        const xs = Float64Array.from(x);
        const ys = Float64Array.from(y);
        const n = xs.length;
        const idx = Uint32Array.from(draws.flat());
        const resampler = new SpearmanResampler(xs, ys);
        for (let r = 0; r < draws.length; r++) {
          expect(bits(resampler.fromIndices(idx, r * n))).toBe(bits(bySorting(xs, ys, idx, r * n)));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives the leave-one-out values of sorting each deleted copy', () => {
    fc.assert(
      fc.property(dataset, ({ x, y }) => {
        const xs = Float64Array.from(x);
        const ys = Float64Array.from(y);
        const want = new Float64Array(xs.length);
        spearmanLeaveOneOutBySorting(xs, ys, want);
        const got = new Float64Array(xs.length);
        new SpearmanResampler(xs, ys).leaveOneOut(got);
        expect(Array.from(got, bits)).toEqual(Array.from(want, bits));
      }),
      { numRuns: 200 },
    );
  });

  it('known answer: 4 exposure levels, one resample drawn by hand', () => {
    // x = 1, 1, 2, 3; y = 10, 20, 30, 40. Drawing pairs 0, 0, 2, 3: x = 1, 1, 2, 3 → ranks 1.5, 1.5, 3, 4;
    // y = 10, 10, 30, 40 → 1.5, 1.5, 3, 4: rho = 1.
    const r = new SpearmanResampler(Float64Array.of(1, 1, 2, 3), Float64Array.of(10, 20, 30, 40));
    expect(r.fromIndices(Uint32Array.of(0, 0, 2, 3), 0)).toBe(1);
    // Pairs 1, 1, 1, 0: x all 1 → constant → NaN.
    expect(r.fromIndices(Uint32Array.of(1, 1, 1, 0), 0)).toBeNaN();
    // Pairs 3, 2, 1, 0 are the data itself: x ranks 1.5, 1.5, 3, 4, y 1..4 → rho = 4.5/√(4.5·5) = √0.9
    // (scipy.stats.spearmanr: 0.9486832980505139).
    expect(r.fromIndices(Uint32Array.of(3, 2, 1, 0), 0)).toBeCloseTo(Math.sqrt(0.9), 15);
  });

  it('is used up to COUNT_RANKING_LIMIT pairs only (beyond, exact sums are not guaranteed)', () => {
    const big = new Float64Array(COUNT_RANKING_LIMIT + 1);
    expect(spearmanKernel.prepare?.([big, big])).toBeUndefined();
    expect(spearmanKernel.prepare?.([new Float64Array(3), new Float64Array(3)])).toBeTypeOf('function');
  });
});
