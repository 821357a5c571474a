// nanReplicates: NaN replicates kept (SciPy, the default) or left out and counted ('omit'), through `bootstrap`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrap } from '../bootstrap';
import { bootstrapResultToJson, parseBootstrapResult } from '../bootstrap-result-json';
import { acceleration } from '../ci/bca';
import { CI_METHODS } from '../ci/interval';
import { resolveStatistic } from '../statistic';
import { meanOf } from '../statistics/mean';
import { leaveOneOut } from './leave-one-out';

// Three pairs with a tie in x: 1 resample in 3 draws x constant (ρ = 0/0 = NaN).
const tiny = [
  [1, 1, 2],
  [1, 2, 3],
];
const nanCount = (a: Float64Array) => a.filter(Number.isNaN).length;
const withoutNaN = (a: Float64Array) => a.filter((v) => !Number.isNaN(v));

describe("nanReplicates: 'propagate' (default, SciPy)", () => {
  it('gives a degenerate interval when a replicate is NaN, and says how many and what would leave them out', () => {
    const r = bootstrap(tiny, 'spearman', { paired: true, seed: 3, nResamples: 500, method: 'percentile' });
    const nan = nanCount(r.distribution as Float64Array);
    expect(nan).toBeGreaterThan(0);
    expect(r.ci.low).toBeNaN();
    expect(r.standardError).toBeNaN();
    expect(r.omittedReplicates).toBe(0);
    expect(r.warnings).toEqual([
      {
        code: 'DEGENERATE',
        message: expect.stringContaining(`(${nan} of 500 are NaN; nanReplicates: 'omit' would leave those out)`),
      },
    ]);
  });
});

describe("nanReplicates: 'omit'", () => {
  it('leaves NaN replicates out of the interval, standard error and bias, counts them and warns', () => {
    const options = { paired: true, seed: 3, nResamples: 500, method: 'percentile' as const };
    const r = bootstrap(tiny, 'spearman', { ...options, nanReplicates: 'omit' });
    const all = r.distribution as Float64Array;
    const nan = nanCount(all);
    expect(r.omittedReplicates).toBe(nan);
    expect(r.nResamples).toBe(500);
    expect(all.length).toBe(500); // the kept distribution is the full one, NaN included, in resample order
    expect(Number.isFinite(r.ci.low) && Number.isFinite(r.ci.high)).toBe(true);
    expect(r.warnings).toEqual([
      {
        code: 'NAN_REPLICATES',
        message: `${nan} of 500 replicates are NaN (the statistic is undefined on those resamples, e.g. a constant x or y for a correlation) and were left out (nanReplicates: 'omit'): the interval, standard error and bias use the other ${500 - nan}.`,
      },
    ]);
    // The ends are those of the same call on the kept replicates alone.
    const kept = withoutNaN(all);
    const again = bootstrap(tiny, 'spearman', { ...options, nResamples: 0, bootstrapResult: { distribution: kept } });
    expect(r.ci).toEqual(again.ci);
    expect(r.bias).toBeCloseTo(meanOf(kept) - r.estimate, 14);
  });

  it.each(CI_METHODS.filter((m) => m !== 'normal' && m !== 'studentized'))(
    '%s: the ends (and ẑ0) are those of the kept replicates, for any share of NaN',
    (method) => {
      const x = [2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 6.1];
      fc.assert(
        fc.property(
          fc.array(
            fc.oneof(
              fc.integer({ min: 0, max: 1000 }).map((v) => v / 100),
              fc.constant(Number.NaN),
            ),
            {
              minLength: 3,
              maxLength: 300,
            },
          ),
          (values) => {
            const distribution = Float64Array.from(values);
            const kept = withoutNaN(distribution);
            fc.pre(kept.length > 0);
            const common = { nResamples: 0, method, degenerate: 'point' } as const;
            const a = bootstrap([x], 'mean', { ...common, bootstrapResult: { distribution }, nanReplicates: 'omit' });
            const b = bootstrap([x], 'mean', { ...common, bootstrapResult: { distribution: kept } });
            expect(a.ci).toEqual(b.ci);
            expect(a.z0).toBe(b.z0);
            expect(a.acceleration).toBe(b.acceleration);
            expect(a.omittedReplicates).toBe(values.length - kept.length);
          },
        ),
        { numRuns: 60 },
      );
    },
  );

  it.each(CI_METHODS)('%s: without NaN replicates it is propagate, bit for bit', (method) => {
    const x = [2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 6.1, 2.2, 3.9];
    const options = { seed: 8, nResamples: 777, method };
    const a = bootstrap([x], 'mean', options);
    const b = bootstrap([x], 'mean', { ...options, nanReplicates: 'omit' });
    expect(b).toEqual(a);
    expect(Object.is(b.ci.low, a.ci.low) && Object.is(b.standardError, a.standardError)).toBe(true);
  });

  it('keeps ±Infinity replicates (only NaN is left out): the interval is degenerate', () => {
    const distribution = Float64Array.from({ length: 50 }, (_, i) =>
      i === 3 ? Number.POSITIVE_INFINITY : i % 7 === 0 ? Number.NaN : i,
    );
    const r = bootstrap([[1, 2, 3, 4]], 'mean', {
      nResamples: 0,
      bootstrapResult: { distribution },
      method: 'percentile',
      nanReplicates: 'omit',
    });
    expect(r.omittedReplicates).toBe(nanCount(distribution));
    expect(r.ci.low).toBeNaN();
    expect(r.warnings.map((w) => w.code)).toEqual(['NAN_REPLICATES', 'DEGENERATE']);
    expect(r.warnings[1]?.message).toContain('not finite');
  });

  it('with every replicate NaN, the degenerate policy gives the interval', () => {
    const distribution = new Float64Array(5).fill(Number.NaN);
    const run = (degenerate: 'nan' | 'point' | 'percentile-fallback' | 'error') =>
      bootstrap([[1, 2, 3, 4]], 'mean', {
        nResamples: 0,
        bootstrapResult: { distribution },
        method: 'bca',
        nanReplicates: 'omit',
        degenerate,
      });
    const nan = run('nan');
    expect(nan.ci.low).toBeNaN();
    expect(nan.standardError).toBeNaN();
    expect(nan.bias).toBeNaN();
    expect(nan.omittedReplicates).toBe(5);
    expect(nan.warnings.map((w) => w.code)).toEqual(['NAN_REPLICATES', 'DEGENERATE']);
    expect(nan.warnings[1]?.message).toContain('all 5 replicates are NaN');
    expect(run('point').ci).toEqual({ low: 2.5, high: 2.5 });
    expect(run('percentile-fallback').ci.high).toBeNaN();
    expect(() => run('error')).toThrow(
      expect.objectContaining({ code: 'STATS_DEGENERATE', message: expect.stringMatching(/^bootstrap: .*all 5/) }),
    );
  });

  it('BCa: NaN jackknife values are left out of the acceleration too, and said so', () => {
    // Deleting the pair with x = 2 leaves x constant: that jackknife value is NaN.
    const kernel = resolveStatistic('spearman', 2);
    const jack = leaveOneOut(
      kernel,
      tiny.map((s) => Float64Array.from(s)),
      true,
    );
    expect(nanCount(jack[0] as Float64Array)).toBe(1);
    const propagate = bootstrap(tiny, 'spearman', {
      paired: true,
      seed: 3,
      nResamples: 0,
      bootstrapResult: { distribution: Float64Array.of(0.5, 1, -0.5, 0.5, 1) },
    });
    expect(propagate.warnings[0]?.message).toContain('1 of 3 jackknife values are NaN');
    const omit = bootstrap(tiny, 'spearman', {
      paired: true,
      nResamples: 0,
      bootstrapResult: { distribution: Float64Array.of(0.5, 1, -0.5, 0.5, 1) },
      nanReplicates: 'omit',
    });
    expect(omit.acceleration).toBe(acceleration([withoutNaN(jack[0] as Float64Array)]));
    expect(omit.warnings[0]).toEqual({
      code: 'NAN_REPLICATES',
      message: "1 of 3 jackknife values are NaN and were left out of the BCa acceleration (nanReplicates: 'omit').",
    });
  });

  it('studentized: a NaN replicate takes its t value out with it', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    // NaN on resamples that draw 10 twice or more (about a quarter of them).
    const statistic = (s: Float64Array) => (s.filter((v) => v === 10).length >= 2 ? Number.NaN : meanOf(s));
    const se = (s: Float64Array) =>
      Math.sqrt(s.reduce((a, v) => a + (v - meanOf(s)) ** 2, 0) / (s.length - 1) / s.length);
    const options = { seed: 4, nResamples: 400, method: 'studentized' as const, standardError: se };
    const propagate = bootstrap([x], statistic, options);
    expect(propagate.ci.low).toBeNaN();
    const omit = bootstrap([x], statistic, { ...options, nanReplicates: 'omit' });
    expect(omit.omittedReplicates).toBe(nanCount(omit.distribution as Float64Array));
    expect(omit.omittedReplicates).toBeGreaterThan(50);
    expect(omit.ci.low).toBeLessThan(omit.estimate);
    expect(omit.ci.high).toBeGreaterThan(omit.estimate);
  });

  it('travels in the JSON form only when some were left out (absent reads back as 0)', () => {
    const r = bootstrap(tiny, 'spearman', { paired: true, seed: 3, nResamples: 300, nanReplicates: 'omit' });
    const json = JSON.parse(JSON.stringify(bootstrapResultToJson(r)));
    expect(json.omittedReplicates).toBe(r.omittedReplicates);
    expect(parseBootstrapResult(json)).toEqual(r);
    const none = bootstrapResultToJson(bootstrap([[1, 2, 3, 4]], 'mean', { seed: 1, nResamples: 20 }));
    expect('omittedReplicates' in none).toBe(false);
    expect(parseBootstrapResult(none).omittedReplicates).toBe(0);
  });

  it('is validated with the other options', () => {
    expect(() => bootstrap([[1, 2, 3]], 'mean', { nanReplicates: 'drop' as never })).toThrow(
      expect.objectContaining({
        code: 'STATS_INVALID_OPTION',
        message: expect.stringMatching(/option nanReplicates is invalid: expected one of "propagate", "omit"/),
      }),
    );
  });
});
