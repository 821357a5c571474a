import { type BootstrapResult, bootstrap, CI_METHODS, StatsError } from '@bootstat/stats';
import { describe, expect, it } from 'vitest';
import { CiMethodOptionsSchema } from './ci-method-options';
import { createCiMethodRegistry } from './create-ci-method-registry';
import { RegistryError } from './errors';
import { isBootstrapResult } from './interval-result';

const times = [12.1, 11.4, 13.9, 12.7, 15.2, 11.9, 12.4, 14.8, 13.1, 12.0, 19.6, 12.2, 13.4, 11.8, 16.9];
const before = [0.82, 0.91, 0.77, 0.88, 0.95, 0.84, 0.79, 0.9, 0.86, 0.93];
const after = [0.85, 0.9, 0.8, 0.91, 0.94, 0.88, 0.8, 0.93, 0.85, 0.96];

/** Same numbers to the last bit: every field, and the replicates compared as bytes. */
function expectSameBits(actual: BootstrapResult, expected: BootstrapResult): void {
  expect(actual).toStrictEqual(expected);
  const bytes = (r: BootstrapResult) => Buffer.from((r.distribution as Float64Array).buffer);
  expect(bytes(actual).equals(bytes(expected))).toBe(true);
  for (const key of ['estimate', 'standardError', 'bias', 'z0', 'acceleration'] as const) {
    expect(Object.is(actual[key], expected[key])).toBe(true);
  }
  expect(Object.is(actual.ci.low, expected.ci.low) && Object.is(actual.ci.high, expected.ci.high)).toBe(true);
}

describe('createCiMethodRegistry', () => {
  it("registers bootstrap()'s interval methods, in CI_METHODS order", () => {
    expect(createCiMethodRegistry().names()).toEqual([...CI_METHODS]);
  });

  it.each(CI_METHODS)('%s gives the same bits as bootstrap() called directly (fixed seed)', (method) => {
    const registry = createCiMethodRegistry();
    const options = { seed: 42, nResamples: 999, confidenceLevel: 0.9, alternative: 'greater' } as const;
    const r = registry.run(method, { samples: [times], statistic: 'mean' }, options);
    if (!isBootstrapResult(r)) throw new Error('a built-in method returns a BootstrapResult');
    expect(r.method).toBe(method);
    expectSameBits(r, bootstrap([times], 'mean', { ...options, method }));
  });

  it("uses bootstrap()'s defaults when options are omitted (BCa: 9999 resamples, 95 %, two-sided)", () => {
    const r = createCiMethodRegistry().run('bca', { samples: [times], statistic: 'median' }, { seed: 7 });
    expectSameBits(r as BootstrapResult, bootstrap([times], 'median', { seed: 7 }));
    expect(r).toMatchObject({
      nResamples: 9999,
      confidenceLevel: 0.95,
      alternative: 'two-sided',
      rng: 'xoroshiro128plus',
    });
  });

  it('passes every option through: paired statistics, generator, batch, compat, nanPolicy, degenerate', () => {
    const registry = createCiMethodRegistry();
    const options = {
      seed: 3,
      nResamples: 500,
      paired: true,
      generator: 'mersenne',
      batch: 64,
      compat: 'r',
      tieTolerance: 1e-12,
      degenerate: 'percentile-fallback',
      nanPolicy: 'omit',
    } as const;
    const withNaN = [...before, Number.NaN];
    const r = registry.run('bca', { samples: [withNaN, [...after, 1]], statistic: 'spearman' }, options);
    expectSameBits(
      r as BootstrapResult,
      bootstrap([withNaN, [...after, 1]], 'spearman', { ...options, method: 'bca' }),
    );
    expect(r.rng).toBe('mersenne');
  });

  it('studentized takes a nested bootstrap for statistics without a standard-error formula', () => {
    const registry = createCiMethodRegistry();
    const input = { samples: [times], statistic: 'median' } as const;
    expect(() => registry.run('studentized', input, { seed: 1, nResamples: 50 })).toThrow(StatsError);
    const options = { seed: 1, nResamples: 50, standardError: 'nested', nestedResamples: 20 } as const;
    const r = registry.run('studentized', input, options);
    expectSameBits(r as BootstrapResult, bootstrap([times], 'median', { ...options, method: 'studentized' }));
  });

  it('rejects options bootstrap() would reject, naming the method and the option', () => {
    const registry = createCiMethodRegistry();
    const input = { samples: [times], statistic: 'mean' } as const;
    const bad: [object, RegExp][] = [
      [
        { nResamples: 'x' },
        /^ciMethod 'bca': option nResamples is "x", but it must be an integer >= 1 and <= 1000000000 \(default 9999\)\.$/,
      ],
      [{ confidenceLevel: 95 }, /option confidenceLevel is 95, but it must be a number > 0 and < 1 \(default 0\.95\)/],
      [{ alternative: 'both' }, /must be one of "two-sided", "less", "greater" \(default "two-sided"\)/],
      [{ generator: 'pcg' }, /option generator is "pcg", but it must be one of "xoroshiro128plus", "mersenne"/],
      [{ seed: -1 }, /option seed is -1, but it must be an integer >= 0 and <= 4294967295\.$/],
      [
        { standardError: 'nested' },
        /unknown option standardError; it accepts confidenceLevel, alternative, nResamples/,
      ],
    ];
    for (const [options, message] of bad) {
      expect(() => registry.run('bca', input, options as never)).toThrow(RegistryError);
      expect(() => registry.run('bca', input, options as never)).toThrow(message);
    }
  });

  it("lets bootstrap()'s own errors through (e.g. a paired-only statistic without paired)", () => {
    const run = () =>
      createCiMethodRegistry().run('percentile', { samples: [before, after], statistic: 'pearson' }, { seed: 1 });
    expect(run).toThrow(StatsError);
    expect(run).toThrow(/pass paired: true/);
  });

  it("describes every method with the options' JSON Schema and bootstrap()'s defaults", () => {
    const described = createCiMethodRegistry().describe();
    expect(described.map((d) => d.name)).toEqual([...CI_METHODS]);
    for (const d of described) {
      expect(d.kind).toBe('ciMethod');
      expect(d.summary).not.toContain('\n');
      expect(d.references.length).toBeGreaterThan(0);
      expect(d.options.additionalProperties).toBe(false);
      expect(d.options.required).toBeUndefined();
    }
    const bca = described.find((d) => d.name === 'bca');
    expect(bca?.summary).toMatch(/^BCa: bias-corrected and accelerated percentiles \(SciPy's default\)/);
    const defaults = Object.fromEntries(
      Object.entries(bca?.options.properties ?? {}).map(([k, v]) => [k, (v as { default?: unknown }).default]),
    );
    expect(defaults).toEqual({
      confidenceLevel: 0.95,
      alternative: 'two-sided',
      nResamples: 9999,
      seed: undefined,
      generator: 'xoroshiro128plus',
      batch: undefined,
      paired: false,
      compat: 'scipy',
      tieTolerance: 0,
      degenerate: 'nan',
      nanPolicy: 'raise',
    });
    const studentized = described.find((d) => d.name === 'studentized');
    expect(Object.keys(studentized?.options.properties ?? {})).toEqual([
      ...Object.keys(CiMethodOptionsSchema.shape),
      'standardError',
      'nestedResamples',
    ]);
  });
});
