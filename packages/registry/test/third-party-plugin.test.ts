// A plugin written from outside, as a user would: only the public entry points of @bootstat/registry and
// @bootstat/stats, two strategies the packages do not have, registered on createStatsRegistries() and used by name.
import {
  type CiMethodInput,
  createStatsRegistries,
  defineStrategy,
  type IntervalResult,
  isBootstrapResult,
} from '@bootstat/registry';
import { bootstrap, normalPpf, type StatisticFunction } from '@bootstat/stats';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';

/** A trimmed mean as a user function of the samples: sort a copy, cut ⌊proportion·n⌋ from each end, average. */
const userTrimmedMean = defineStrategy({
  kind: 'statistic',
  name: 'user-trimmed-mean',
  summary: 'Trimmed mean computed by a user function (20 % from each end by default)',
  references: ['scipy.stats.trim_mean'],
  meta: { arity: 1, paired: 'allowed' },
  options: z.strictObject({ proportion: z.number().min(0).lt(0.5).default(0.2) }),
  run: (_: undefined, { proportion }): StatisticFunction => {
    const trimmed = (x: Float64Array): number => {
      const sorted = Float64Array.from(x).sort();
      const cut = Math.floor(proportion * sorted.length);
      let sum = 0;
      for (let i = cut; i < sorted.length - cut; i++) sum += sorted[i] as number;
      return sum / (sorted.length - 2 * cut);
    };
    return trimmed;
  },
});

/**
 * The Wilson score interval for a proportion (Wilson 1927), from the 0/1 data of one sample: with p̂ = x/n and
 * z = Φ⁻¹(1 − α/2), centre (x + z²/2)/(n + z²) and half-width z·√(p̂(1 − p̂)/n + z²/(4n²))/(1 + z²/n).
 * Not a bootstrap: it returns an IntervalResult without seed, replicates or resample count.
 */
const wilson = defineStrategy({
  kind: 'ciMethod',
  name: 'wilson',
  summary: 'Wilson score interval for a proportion (no resampling)',
  references: ['Wilson, E. B. (1927). Probable inference… JASA 22(158), 209–212'],
  options: z.strictObject({ confidenceLevel: z.number().gt(0).lt(1).default(0.95) }),
  run: ({ samples, statistic }: CiMethodInput, { confidenceLevel }): IntervalResult => {
    const data = samples[0];
    if (samples.length !== 1 || data === undefined || statistic !== 'proportion') {
      throw new Error("wilson: one sample of zeros and ones, with the statistic 'proportion'");
    }
    let x = 0;
    for (const v of data) x += v;
    const n = data.length;
    const p = x / n;
    const z = normalPpf(1 - (1 - confidenceLevel) / 2);
    const centre = (x + (z * z) / 2) / (n + z * z);
    const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
    return {
      estimate: p,
      ci: { low: centre - half, high: centre + half },
      method: 'wilson',
      confidenceLevel,
      alternative: 'two-sided',
      statistic: 'proportion',
      standardError: Math.sqrt((p * (1 - p)) / n), // the binomial standard error of p̂
      warnings: [],
    };
  },
});

// 7 successes in n = 20.
const successes = [1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0];

describe('a third-party plugin', () => {
  const builtIn = createStatsRegistries();
  const registries = {
    ...builtIn,
    statistic: builtIn.statistic.register(userTrimmedMean),
    ciMethod: builtIn.ciMethod.register(wilson),
  };

  it('registers next to the built-ins, typed: its names and options are checked like theirs', () => {
    expect(registries.statistic.names()).toContain('user-trimmed-mean');
    expect(registries.ciMethod.names()).toEqual(['percentile', 'basic', 'normal', 'bca', 'studentized', 'wilson']);
    expect(builtIn.ciMethod.has('wilson')).toBe(false);
    expectTypeOf(registries.ciMethod.run<'wilson'>)
      .parameter(2)
      .toEqualTypeOf<{ confidenceLevel?: number | undefined } | undefined>();
    const input = { samples: [successes], statistic: 'proportion' } as const;
    // @ts-expect-error wilson does not resample
    expect(() => registries.ciMethod.run('wilson', input, { seed: 1 })).toThrow(
      "ciMethod 'wilson': unknown option seed; it accepts confidenceLevel.",
    );
  });

  it('the Wilson interval for 7 of 20 at 95 % and 90 % matches the closed form', () => {
    // Expected values computed independently with Python 3 (statistics.NormalDist().inv_cdf, math.sqrt) from the
    // closed form above; 95 %: z = 1.9599639845400536, centre 0.3741687737079229, half-width 0.1929769496068408.
    const input = { samples: [successes], statistic: 'proportion' } as const;
    const r95 = registries.ciMethod.run('wilson', input);
    expect(r95.estimate).toBe(0.35);
    expect(r95.ci.low).toBeCloseTo(0.1811918241010821, 14);
    expect(r95.ci.high).toBeCloseTo(0.5671457233147637, 14);
    expect(r95).toMatchObject({ method: 'wilson', confidenceLevel: 0.95, alternative: 'two-sided', warnings: [] });
    expect(isBootstrapResult(r95)).toBe(false);
    const r90 = registries.ciMethod.run('wilson', input, { confidenceLevel: 0.9 });
    expect(r90.ci.low).toBeCloseTo(0.2022600400567611, 14);
    expect(r90.ci.high).toBeCloseTo(0.5334873111515283, 14);
  });

  it('is described with the built-ins: the same help and method tables list it', () => {
    const described = registries.ciMethod.describe().find((d) => d.name === 'wilson');
    expect(described?.summary).toBe('Wilson score interval for a proportion (no resampling)');
    expect(described?.options.properties?.confidenceLevel).toMatchObject({ type: 'number', default: 0.95 });
  });

  it('the user statistic runs through the built-in CI methods and agrees with the built-in trimmed mean', () => {
    const latencies = [12.1, 11.4, 13.9, 12.7, 15.2, 11.9, 12.4, 14.8, 13.1, 12.0, 19.6, 12.2, 13.4, 11.8, 16.9];
    const statistic = registries.statistic.run('user-trimmed-mean', undefined);
    expect(typeof statistic).toBe('function');
    const options = { seed: 11, nResamples: 2000 } as const;
    const mine = registries.ciMethod.run('bca', { samples: [latencies], statistic }, options);
    const theirs = bootstrap([latencies], { name: 'trimmed-mean', proportion: 0.2 }, options);
    // Same resamples (same seed and streams); the sums may round differently, so compare to 1e-12.
    expect(mine.estimate).toBeCloseTo(theirs.estimate, 12);
    expect(mine.ci.low).toBeCloseTo(theirs.ci.low, 12);
    expect(mine.ci.high).toBeCloseTo(theirs.ci.high, 12);
    expect(mine.statistic).toBe('trimmed');
    const tenPercent = registries.statistic.run('user-trimmed-mean', undefined, { proportion: 0.1 });
    const r = registries.ciMethod.run('percentile', { samples: [latencies], statistic: tenPercent }, options);
    expect(r.estimate).toBeCloseTo(
      bootstrap([latencies], { name: 'trimmed-mean', proportion: 0.1 }, options).estimate,
      12,
    );
  });
});
