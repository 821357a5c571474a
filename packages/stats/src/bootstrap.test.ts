import { streamTree } from '@bootstat/rng';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrap } from './bootstrap';
import { acceleration } from './ci/bca';
import { CI_METHODS } from './ci/interval';
import { spearman } from './spearman';
import { meanOf } from './statistics/mean';

// Measurements on a 0.001 grid in [−100, 100]; subnormal and other extreme data have their own tests.
const sample = fc.array(
  fc.integer({ min: -100000, max: 100000 }).map((v) => v / 1000),
  { minLength: 5, maxLength: 40 },
);
const varied = sample.filter((x) => new Set(x).size > 2);
const data7 = [2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8];

describe('bootstrap: determinism', () => {
  it('gives the same bits for every batch size (each block of 256 resamples has its own stream)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.boolean(), (batch, paired) => {
        const samples = paired ? [data7, data7.map((v) => v * v)] : [data7, [1, 5, 2, 8]];
        const options = { seed: 9, nResamples: 700, method: 'percentile' as const, paired };
        const a = bootstrap(samples, 'mean-difference', { ...options, batch });
        const b = bootstrap(samples, 'mean-difference', options);
        expect(Buffer.from((a.distribution as Float64Array).buffer)).toEqual(
          Buffer.from((b.distribution as Float64Array).buffer),
        );
        expect(a.ci).toEqual(b.ci);
      }),
      { numRuns: 25 },
    );
  });

  it('draws block b from rng.child("resample").child(b), so a result is reproducible from its stream', () => {
    const viaSeed = bootstrap([data7], 'mean', { seed: 77, nResamples: 300 });
    const viaStream = bootstrap([data7], 'mean', { rng: streamTree(77), nResamples: 300 });
    expect(viaStream.distribution).toEqual(viaSeed.distribution);
    expect(viaStream.ci).toEqual(viaSeed.ci);
  });

  it('gives the first 256 replicates unchanged when more resamples are asked for', () => {
    const short = bootstrap([data7], 'mean', { seed: 5, nResamples: 256, method: 'percentile' });
    const long = bootstrap([data7], 'mean', { seed: 5, nResamples: 1000, method: 'percentile' });
    expect(long.distribution?.subarray(0, 256)).toEqual(short.distribution);
  });

  it('differs for different seeds and reports the seed it used, random when none was given', () => {
    const a = bootstrap([data7], 'mean', { seed: 1, nResamples: 200 });
    const b = bootstrap([data7], 'mean', { seed: 2, nResamples: 200 });
    expect(a.distribution).not.toEqual(b.distribution);
    const c = bootstrap([data7], 'mean', { nResamples: 200 });
    expect(bootstrap([data7], 'mean', { nResamples: 200, seed: c.seed }).distribution).toEqual(c.distribution);
  });
});

describe('bootstrap: interval contracts', () => {
  it.each(CI_METHODS)(
    '%s: the 0.95 interval of the mean contains the estimate, or is NaN with a DEGENERATE warning',
    (method) => {
      fc.assert(
        fc.property(varied, fc.nat({ max: 2 ** 32 - 1 }), (x, seed) => {
          const r = bootstrap([x], 'mean', { method, seed, nResamples: 400 });
          // Studentized: a resample of equal values has ŝe* = 0 and an infinite t, which the policy turns into NaN.
          if (Number.isNaN(r.ci.low)) {
            expect(r.warnings.map((w) => w.code)).toContain('DEGENERATE');
            return;
          }
          expect(r.ci.low).toBeLessThanOrEqual(r.estimate);
          expect(r.ci.high).toBeGreaterThanOrEqual(r.estimate);
        }),
        { numRuns: 25 },
      );
    },
  );

  it('uses α = 1 − level on one side for one-sided alternatives (SciPy), the other end infinite', () => {
    const base = { seed: 3, nResamples: 999, method: 'percentile' as const };
    const less = bootstrap([data7], 'mean', { ...base, alternative: 'less', confidenceLevel: 0.95 });
    const greater = bootstrap([data7], 'mean', { ...base, alternative: 'greater', confidenceLevel: 0.95 });
    const twoSided90 = bootstrap([data7], 'mean', { ...base, confidenceLevel: 0.9 });
    expect(less.ci.low).toBe(Number.NEGATIVE_INFINITY);
    expect(greater.ci.high).toBe(Number.POSITIVE_INFINITY);
    expect(less.ci.high).toBeCloseTo(twoSided90.ci.high, 12);
    expect(greater.ci.low).toBeCloseTo(twoSided90.ci.low, 12);
  });

  it('reports standardError with ddof = 1 and bias = mean(θ*) − θ̂', () => {
    const r = bootstrap([[0, 1, 2, 3]], 'mean', {
      nResamples: 0,
      bootstrapResult: { distribution: Float64Array.of(1, 2, 3, 6) },
      method: 'percentile',
    });
    expect(r.standardError).toBeCloseTo(Math.sqrt(14 / 3), 14); // deviations −2, −1, 0, 3 around 3
    expect(r.bias).toBeCloseTo(3 - 1.5, 14);
  });
});

describe('bootstrap: BCa conventions', () => {
  const tied = Float64Array.of(1, 2, 2, 3); // θ̂ = mean([1, 2, 3]) = 2 ties with two replicates
  it('counts ties half in ẑ0 by default (SciPy) and not at all with compat: "r" (R boot)', () => {
    const opts = { nResamples: 0, bootstrapResult: { distribution: tied }, method: 'bca' as const };
    expect(bootstrap([[1, 2, 3]], 'mean', opts).z0).toBe(0); // Φ⁻¹((2·1 + 2)/8) = Φ⁻¹(0.5)
    expect(bootstrap([[1, 2, 3]], 'mean', { ...opts, compat: 'r' }).z0).toBeCloseTo(-0.6744897501960817, 14); // Φ⁻¹(1/4)
  });

  it('counts replicates within tieTolerance·|θ̂| of θ̂ as ties', () => {
    const near = Float64Array.of(2 + 4.5e-16, 2 + 4.5e-16, 1, 3); // two replicates one ulp above θ̂ = 2
    const opts = { nResamples: 0, bootstrapResult: { distribution: near }, method: 'bca' as const };
    expect(bootstrap([[1, 2, 3]], 'mean', opts).z0).toBeCloseTo(-0.6744897501960817, 14); // Φ⁻¹(2/8): no ties
    expect(bootstrap([[1, 2, 3]], 'mean', { ...opts, tieTolerance: 1e-12 }).z0).toBe(0);
  });
});

describe('bootstrap: degenerate data is a policy', () => {
  const constant = [[4, 4, 4, 4, 4, 4]];
  it("'nan' (default): NaN ends and a DEGENERATE warning", () => {
    const r = bootstrap(constant, 'mean', { seed: 1, nResamples: 100 });
    expect(r.ci.low).toBeNaN();
    expect(r.ci.high).toBeNaN();
    expect(r.warnings.map((w) => w.code)).toEqual(['DEGENERATE']);
  });
  it("'percentile-fallback': the percentile interval, with a warning", () => {
    const r = bootstrap(constant, 'mean', { seed: 1, nResamples: 100, degenerate: 'percentile-fallback' });
    expect(r.ci).toEqual({ low: 4, high: 4 });
    expect(r.warnings[0]?.message).toContain('percentile interval is given instead');
  });
  it("'point': the estimate alone, with a warning", () => {
    const r = bootstrap(constant, 'mean', { seed: 1, nResamples: 100, degenerate: 'point', alternative: 'greater' });
    expect(r.ci).toEqual({ low: 4, high: Number.POSITIVE_INFINITY });
  });
  it('normal with one resample: the warning says its standard error needs two replicates', () => {
    const r = bootstrap([[1, 2, 3, 4, 5]], 'mean', { seed: 1, nResamples: 1, method: 'normal' });
    expect(r.ci.low).toBeNaN();
    expect(r.warnings).toEqual([
      {
        code: 'DEGENERATE',
        message:
          'The normal interval cannot be computed: its standard error needs at least 2 replicates, and there is 1. The interval is NaN.',
      },
    ]);
  });
  it("'error': a STATS_DEGENERATE error", () => {
    expect(() => bootstrap(constant, 'mean', { seed: 1, nResamples: 100, degenerate: 'error' })).toThrow(
      expect.objectContaining({ code: 'STATS_DEGENERATE' }),
    );
  });
  it('takes replicates of ±Infinity without a crash: NaN ends and a DEGENERATE warning', () => {
    // A statistic that overflows on some resamples: with 10 of 200 replicates −Infinity, the 0.025 quantile
    // ((B − 1)·0.025 = 4.975) and 0.05 interpolate between −Infinity and a finite replicate (this recursed until
    // the stack overflowed). The interval is flagged, not thrown or silently finite.
    const distribution = Float64Array.from({ length: 200 }, (_, i) => (i < 10 ? Number.NEGATIVE_INFINITY : i));
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    for (const method of ['percentile', 'basic', 'bca'] as const) {
      const r = bootstrap([x], 'mean', { nResamples: 0, bootstrapResult: { distribution }, method });
      expect(r.ci.low).toBeNaN();
      expect(r.warnings.map((w) => w.code)).toEqual(['DEGENERATE']);
      expect(r.warnings[0]?.message).toContain('not finite');
    }
    const fallback = bootstrap([x], 'mean', {
      nResamples: 0,
      bootstrapResult: { distribution },
      method: 'bca',
      degenerate: 'percentile-fallback',
      confidenceLevel: 0.9,
    });
    // The 0.05 quantile: (B − 1)·0.05 = 9.95, between −Infinity (position 9) and 10: its limit, −Infinity.
    expect(fallback.ci.low).toBe(Number.NEGATIVE_INFINITY);
  });
  it.each(['percentile', 'basic'] as const)('%s on constant data returns the constant', (method) => {
    expect(bootstrap(constant, 'mean', { seed: 1, nResamples: 100, method }).ci).toEqual({ low: 4, high: 4 });
  });
});

describe('bootstrap: constant data and identical replicates (exact rule)', () => {
  // The same for every value: rounding in a sum must not decide whether the data are degenerate.
  const values = [3.3, 5, 0.1, 1e-300, 1e300, -7.7];
  const cases = [
    ...CI_METHODS.map((method) => ({ method, label: method })),
    { method: 'studentized' as const, label: 'studentized (nested)', standardError: 'nested' as const },
  ];
  describe.each(values)('20 × %s', (v) => {
    const data = [Array<number>(20).fill(v)];
    it.each(cases)('$label: standard error exactly 0, no bias; BCa and studentized DEGENERATE', (c) => {
      const { label: _label, ...options } = c;
      const r = bootstrap(data, 'mean', { ...options, seed: 3, nResamples: 2000, nestedResamples: 20 });
      expect(r.standardError).toBe(0);
      expect(r.bias).toBe(0);
      if (c.method === 'bca' || c.method === 'studentized') {
        expect(r.ci.low).toBeNaN();
        expect(r.ci.high).toBeNaN();
        expect(r.warnings.map((w) => w.code)).toEqual(['DEGENERATE']);
        expect(() =>
          bootstrap(data, 'mean', { ...options, seed: 3, nResamples: 2000, nestedResamples: 20, degenerate: 'error' }),
        ).toThrow(expect.objectContaining({ code: 'STATS_DEGENERATE' }));
      } else {
        expect(r.ci).toEqual({ low: r.estimate, high: r.estimate });
        expect(r.warnings).toEqual([]);
      }
    });
    it('the BCa acceleration of a constant jackknife is NaN (0/0), whatever the value', () => {
      expect(acceleration([new Float64Array(20).fill(v)])).toBeNaN();
      expect(bootstrap(data, 'mean', { seed: 3, nResamples: 200 }).acceleration).toBeNaN();
    });
  });

  it('gives identical replicates a standard error of exactly 0 and BCa a DEGENERATE warning, whatever the data', () => {
    const distribution = new Float64Array(2000).fill(0.1); // np.std of these is 1.39e-17: its mean is rounded
    const r = bootstrap([[1, 2, 3]], 'mean', { nResamples: 0, bootstrapResult: { distribution } });
    expect(r.standardError).toBe(0);
    expect(r.bias).toBe(0.1 - 2);
    expect(r.ci.low).toBeNaN();
    expect(r.warnings[0]?.message).toContain('every replicate is 0.1');
  });

  it('takes the mean and standard deviation of the replicates as NumPy does (pairwise summation): np.mean, np.std(ddof=1)', () => {
    // d = [((i·7919) mod 1000)/997 + 0.1 for i in range(1000)]; the naive sums give …0831 and …5076.
    const distribution = Float64Array.from({ length: 1000 }, (_, i) => ((i * 7919) % 1000) / 997 + 0.1);
    const r = bootstrap([[1, 2, 3]], 'mean', {
      method: 'percentile',
      nResamples: 0,
      bootstrapResult: { distribution },
    });
    expect(r.bias).toBe(0.6010030090270811 - 2);
    expect(r.standardError).toBe(0.28968850160055104);
  });
});

describe('bootstrap: statistics', () => {
  it('resamples pairs together for spearman and refuses it unpaired', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8];
    const r = bootstrap([x, x], 'spearman', { paired: true, seed: 4, nResamples: 200, method: 'percentile' });
    // Resampled identical pairs stay perfectly rank-correlated (or constant → NaN, none here with 8 values).
    for (const v of r.distribution as Float64Array) expect(Number.isNaN(v) || Math.abs(v - 1) < 1e-12).toBe(true);
    expect(() => bootstrap([x, x], 'spearman', { seed: 4 })).toThrow(
      expect.objectContaining({ code: 'STATS_INVALID_OPTION' }),
    );
  });

  it('computes every built-in statistic on the data', () => {
    const x = [3, 1, 4, 1, 5, 9, 2, 6];
    const y = [2, 7, 1, 8, 2, 8, 1, 8];
    const est = (s: Parameters<typeof bootstrap>[1], samples: number[][] = [x], paired = false) =>
      bootstrap(samples, s, { seed: 1, nResamples: 10, method: 'percentile', paired }).estimate;
    expect(est('mean')).toBe(31 / 8);
    expect(est('median')).toBe(3.5);
    expect(est({ name: 'quantile', p: 0.25 })).toBe(1.75); // NumPy linear: sorted [1,1,2,3,4,5,6,9], h = 1.75
    expect(est('var')).toBeCloseTo(52.875 / 7, 12); // Σ(x − 3.875)² = 52.875
    expect(est({ name: 'std', ddof: 0 })).toBeCloseTo(Math.sqrt(52.875 / 8), 12);
    expect(est({ name: 'trimmed-mean', proportion: 0.25 })).toBe(3.5); // drops 2 from each end: [2,3,4,5]
    expect(est('proportion', [[0, 1, 1, 0, 1]])).toBe(0.6);
    expect(est('mean-difference', [x, y])).toBe(31 / 8 - 37 / 8);
    expect(est('mean-ratio', [x, y])).toBeCloseTo(31 / 37, 15);
  });

  it('accepts a user function and checks what it returns', () => {
    const r = bootstrap([data7], (s) => Math.max(...s), { seed: 1, nResamples: 50, method: 'percentile' });
    expect(r.estimate).toBe(5.6);
    expect(() => bootstrap([data7], (() => 'x') as unknown as () => number, { seed: 1, nResamples: 5 })).toThrow(
      expect.objectContaining({ code: 'STATS_STATISTIC_NOT_NUMBER' }),
    );
  });
});

describe('bootstrap: studentized', () => {
  it('uses the built-in s/√n for the mean and is close to the t interval on normal-looking data', () => {
    const x = Array.from({ length: 60 }, (_, i) => Math.sin(i * 12.9898) * 3 + 10);
    const r = bootstrap([x], 'mean', { method: 'studentized', seed: 2, nResamples: 2000 });
    const m = x.reduce((a, b) => a + b) / x.length;
    const s = Math.sqrt(x.reduce((a, v) => a + (v - m) ** 2, 0) / (x.length - 1));
    const half = 2.000995378 * (s / Math.sqrt(x.length)); // t(0.975, 59), from SciPy
    expect(r.ci.low).toBeGreaterThan(m - 1.25 * half);
    expect(r.ci.low).toBeLessThan(m - 0.75 * half);
    expect(r.ci.high).toBeGreaterThan(m + 0.75 * half);
    expect(r.ci.high).toBeLessThan(m + 1.25 * half);
  });

  it("agrees with a nested bootstrap standard error ('nested') to within a few percent", () => {
    const x = [4.1, 5.3, 2.2, 6.8, 5.5, 3.9, 4.7, 5.1, 6.2, 3.3, 4.4, 5.9];
    const formula = bootstrap([x], 'mean', { method: 'studentized', seed: 8, nResamples: 400 });
    const nested = bootstrap([x], 'mean', {
      method: 'studentized',
      standardError: 'nested',
      nestedResamples: 200,
      seed: 8,
      nResamples: 400,
    });
    const width = (r: typeof formula) => r.ci.high - r.ci.low;
    expect(Math.abs(width(nested) / width(formula) - 1)).toBeLessThan(0.25);
  });

  it('needs a standard error for statistics without a formula', () => {
    expect(() => bootstrap([data7], 'median', { method: 'studentized', seed: 1 })).toThrow(
      expect.objectContaining({ code: 'STATS_INVALID_OPTION', message: expect.stringContaining('standardError') }),
    );
  });
});

describe('bootstrap: bad input gets a clear error', () => {
  const cases: [string, () => unknown, string][] = [
    ['an empty sample', () => bootstrap([[]], 'mean', { method: 'percentile' }), 'STATS_EMPTY_SAMPLE'],
    ['one value for BCa (no jackknife)', () => bootstrap([[3]], 'mean'), 'STATS_EMPTY_SAMPLE'],
    ['no samples', () => bootstrap([], 'mean'), 'STATS_INVALID_INPUT'],
    ['a string sample', () => bootstrap(['abc' as unknown as number[]], 'mean'), 'STATS_INVALID_INPUT'],
    ['a non-number value', () => bootstrap([[1, '2' as unknown as number, 3]], 'mean'), 'STATS_INVALID_INPUT'],
    ['NaN in the data', () => bootstrap([[1, Number.NaN, 3]], 'mean'), 'STATS_NON_FINITE'],
    ['Infinity in the data', () => bootstrap([[1, Number.POSITIVE_INFINITY, 3]], 'mean'), 'STATS_NON_FINITE'],
    [
      'unequal lengths with paired',
      () =>
        bootstrap(
          [
            [1, 2, 3],
            [1, 2],
          ],
          'mean-difference',
          { paired: true },
        ),
      'STATS_LENGTH_MISMATCH',
    ],
    ['confidenceLevel 1', () => bootstrap([data7], 'mean', { confidenceLevel: 1 }), 'STATS_INVALID_OPTION'],
    ['confidenceLevel 0', () => bootstrap([data7], 'mean', { confidenceLevel: 0 }), 'STATS_INVALID_OPTION'],
    [
      'nResamples 0 without a distribution',
      () => bootstrap([data7], 'mean', { nResamples: 0 }),
      'STATS_INVALID_OPTION',
    ],
    ['nResamples 2.5', () => bootstrap([data7], 'mean', { nResamples: 2.5 }), 'STATS_INVALID_OPTION'],
    ['an unknown method', () => bootstrap([data7], 'mean', { method: 'bootstrap-t' as 'bca' }), 'STATS_INVALID_OPTION'],
    ['an unknown option', () => bootstrap([data7], 'mean', { resamples: 10 } as object), 'STATS_INVALID_OPTION'],
    ['an unknown statistic', () => bootstrap([data7], 'mode' as 'mean'), 'STATS_UNKNOWN_STATISTIC'],
    [
      'a quantile without p',
      () => bootstrap([data7], { name: 'quantile' } as unknown as 'mean'),
      'STATS_INVALID_OPTION',
    ],
    ['two samples for mean', () => bootstrap([data7, data7], 'mean'), 'STATS_INVALID_INPUT'],
    ['non-0/1 data for proportion', () => bootstrap([[0, 1, 2]], 'proportion'), 'STATS_INVALID_INPUT'],
  ];
  it.each(cases)('%s', (_label, call, code) => {
    expect(call).toThrow(expect.objectContaining({ code }));
  });

  it('names the option and the accepted values', () => {
    expect(() => bootstrap([data7], 'mean', { method: 'bootstrap-t' as 'bca' })).toThrow(/option method.*percentile/);
    expect(() => bootstrap([data7], 'mean', { confidenceLevel: 1 })).toThrow(
      'bootstrap: option confidenceLevel is invalid: must be < 1, got 1.',
    );
    expect(() => bootstrap([data7], 'mean', { nResamples: 2.5 })).toThrow('expected an integer, got 2.5');
    expect(() => bootstrap([data7], 'mean', { resamples: 10 } as object)).toThrow('unknown option resamples');
    expect(() => bootstrap([data7], 'mean', { standardError: 3 as unknown as 'nested' })).toThrow(
      'option standardError is invalid: expected "nested" or a function of the samples',
    );
  });

  it("omits non-finite values with nanPolicy: 'omit' and says how many", () => {
    const r = bootstrap([[1, Number.NaN, 3, 5, Number.POSITIVE_INFINITY]], 'mean', {
      nanPolicy: 'omit',
      seed: 1,
      nResamples: 50,
    });
    expect(r.estimate).toBe(3);
    expect(r.warnings[0]).toEqual({ code: 'VALUES_OMITTED', message: expect.stringContaining('2 non-finite values') });
  });
});

describe('bootstrap: fast paths give the same bits as the generic path', () => {
  const x = Array.from({ length: 101 }, (_, i) => Math.sin(i * 1.3) * 10 + (i % 7));
  const y = Array.from({ length: 64 }, (_, i) => Math.cos(i * 0.9) * 4 + 20);
  // The generic path: the same mean, as a user function, so the engine gathers copies and calls it.
  const sumMean = (s: Float64Array) => meanOf(s);
  const bits = (r: { distribution?: Float64Array }) => Buffer.from((r.distribution as Float64Array).buffer);
  const opts = { seed: 21, nResamples: 600, method: 'percentile' as const };

  it('mean: sum of gathers equals the statistic on gathered copies', () => {
    expect(bits(bootstrap([x], 'mean', opts))).toEqual(bits(bootstrap([x], sumMean, opts)));
  });

  it('mean-difference and mean-ratio, independent and paired', () => {
    const diff = (a: Float64Array, b: Float64Array) => sumMean(a) - sumMean(b);
    const ratio = (a: Float64Array, b: Float64Array) => sumMean(a) / sumMean(b);
    expect(bits(bootstrap([x, y], 'mean-difference', opts))).toEqual(bits(bootstrap([x, y], diff, opts)));
    expect(bits(bootstrap([x, y], 'mean-ratio', opts))).toEqual(bits(bootstrap([x, y], ratio, opts)));
    const xs = x.slice(0, 64);
    const paired = { ...opts, paired: true };
    expect(bits(bootstrap([xs, y], 'mean-difference', paired))).toEqual(bits(bootstrap([xs, y], diff, paired)));
  });

  it('spearman: ranking from draw counts equals sorting each resample, replicates and BCa jackknife alike', () => {
    // Four exposure levels (heavy ties) against a lognormal-ish outcome, as in the study; and untied data.
    const exposure = Array.from({ length: 80 }, (_, i) => [0, 1.5, 3, 4.5][(i * 7) % 4] as number);
    const outcome = Array.from({ length: 80 }, (_, i) => Math.exp(Math.sin(i * 2.1)) + (i % 4) * 0.1);
    const bySorting = (a: Float64Array, b: Float64Array) => spearman(a, b);
    for (const [sx, sy] of [
      [exposure, outcome],
      [x.slice(0, 64), y],
    ] as const) {
      const o = { seed: 5, nResamples: 700, paired: true, method: 'bca' as const };
      const fast = bootstrap([sx, sy], 'spearman', o);
      const slow = bootstrap([sx, sy], bySorting, o);
      expect(bits(fast)).toEqual(bits(slow));
      expect(fast.acceleration).toBe(slow.acceleration);
      expect(fast.ci).toEqual(slow.ci);
    }
  });

  it('median and linear quantiles: selection equals a full sort', () => {
    const sortedQuantile = (p: number) => (s: Float64Array) => {
      const t = s.slice().sort();
      const h = (t.length - 1) * p;
      const lo = Math.floor(h);
      if (lo >= t.length - 1) return t[t.length - 1] as number;
      const a = t[lo] as number;
      const b = t[lo + 1] as number;
      const g = h - lo;
      return g >= 0.5 ? b - (b - a) * (1 - g) : a + (b - a) * g; // NumPy's _lerp
    };
    for (const p of [0, 0.1, 0.5, 0.9, 1]) {
      expect(bits(bootstrap([x], { name: 'quantile', p }, opts))).toEqual(
        bits(bootstrap([x], sortedQuantile(p), opts)),
      );
    }
    expect(bits(bootstrap([x], 'median', opts))).toEqual(bits(bootstrap([x], sortedQuantile(0.5), opts)));
  });
});
