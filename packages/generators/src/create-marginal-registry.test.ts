import { defineStrategy, RegistryError } from '@bootstat/registry';
import { normalPpf, streamTree } from '@bootstat/rng';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createDatasetGenerator } from './create-dataset-generator';
import { createGeneratorRegistries } from './create-generator-registries';
import { createMarginalRegistry } from './create-marginal-registry';
import type { Marginal } from './marginal';
import { tiedLevels } from './tied-levels';

/** A plugin marginal, as a user would write one: uniform on [lo, hi]. */
const uniformMarginal = defineStrategy({
  name: 'uniform',
  summary: 'Uniform on [lo, hi]',
  options: z.strictObject({ lo: z.number().default(0), hi: z.number().default(1) }),
  run: (_: undefined, { lo, hi }): Marginal => ({
    name: 'uniform',
    parameters: { lo, hi },
    quantile: (p) => lo + (hi - lo) * p,
  }),
});

describe('marginals', () => {
  it('lognormal: quantile(p) = exp(mu + sigma·Φ⁻¹(p)) with the fitted mu, sigma; the median is the median', () => {
    const m = createMarginalRegistry().run('lognormal', undefined, { median: 15.4, iqr: 19.3 });
    expect(m.name).toBe('lognormal');
    expect(m.parameters).toMatchObject({ mu: 2.7343675094195836, sigma: 0.7212953465487908 });
    expect(m.quantile(0.5)).toBeCloseTo(15.4, 12);
    expect(m.quantile(0.9)).toBe(Math.exp(2.7343675094195836 + 0.7212953465487908 * normalPpf(0.9)));
    // The reference's convention: Q3 is taken as median + IQR/2, so quantile(0.75) = 15.4 + 9.65.
    expect(m.quantile(0.75)).toBeCloseTo(25.05, 12);
  });

  it('lognormal options are checked by its schema (RegistryError REGISTRY_INVALID_OPTIONS)', () => {
    const registry = createMarginalRegistry();
    expect(() => registry.runByName('lognormal', undefined, { median: -1, iqr: 2 })).toThrow(RegistryError);
    expect(() => registry.runByName('lognormal', undefined, { median: 1, iqr: 2, mean: 3 })).toThrow(/mean/);
    expect(() => registry.runByName('lognormal', undefined, {})).toThrow(/median/);
    expect(registry.describe()[0]).toMatchObject({ kind: 'marginal', name: 'lognormal', options: { type: 'object' } });
  });

  it('an unknown marginal name is REGISTRY_UNKNOWN_NAME with the closest name', () => {
    expect(() => createMarginalRegistry().runByName('lognormall', undefined, {})).toThrow(/Did you mean 'lognormal'/);
  });

  it('a plugin marginal (uniform, registered here) drives the datasets like a built-in', () => {
    const base = createGeneratorRegistries();
    const registries = { ...base, marginal: base.marginal.register(uniformMarginal) };
    expect(registries.marginal.names()).toEqual(['lognormal', 'uniform']);
    const gen = createDatasetGenerator(
      {
        template: tiedLevels({ counts: [10, 10, 10] }),
        outcome: { name: 'rank-mixing' },
        marginal: { name: 'uniform', options: { lo: 2, hi: 3 } },
        inputRho: 0.5,
      },
      { registries },
    );
    const x = new Float64Array(30);
    const y = new Float64Array(30);
    gen.generate(streamTree(4).child(0), x, y);
    for (const v of y) expect(v > 2 && v < 3).toBe(true);
    // The same datasets with the lognormal: the same ranks of y (the marginal never changes the ranks).
    const lognormal = createDatasetGenerator({
      ...gen.design,
      marginal: { name: 'lognormal', options: { median: 1, iqr: 1 } },
    });
    const x2 = new Float64Array(30);
    const y2 = new Float64Array(30);
    lognormal.generate(streamTree(4).child(0), x2, y2);
    expect(x2).toEqual(x);
    const order = (v: Float64Array) => Array.from(v.keys()).sort((i, j) => (v[i] as number) - (v[j] as number));
    expect(order(y2)).toEqual(order(y));
  });
});
