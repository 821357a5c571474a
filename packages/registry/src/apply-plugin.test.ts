import type { Statistic } from '@bootstat/stats';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { applyPlugin, type Plugin } from './apply-plugin';
import { createStatsRegistries, type StatsRegistries } from './create-stats-registries';
import { RegistryError } from './errors';
import { Registry } from './registry';
import { defineStrategy } from './strategy';

const midrange = defineStrategy({
  kind: 'statistic',
  name: 'midrange',
  summary: 'Half-way between the smallest and the largest value',
  options: z.strictObject({}),
  meta: { arity: 1, paired: 'allowed' },
  run: (): Statistic => (x: Float64Array) => (Math.min(...x) + Math.max(...x)) / 2,
});

const iqrOfMidrange = defineStrategy({
  kind: 'statistic',
  name: 'midrange-copy',
  summary: 'Depends on midrange',
  dependsOn: ['midrange'],
  options: z.strictObject({}),
  run: (): Statistic => 'mean',
});

function errorOf(f: () => unknown): RegistryError {
  try {
    f();
  } catch (e) {
    if (e instanceof RegistryError) return e;
    throw e;
  }
  throw new Error('expected a RegistryError');
}

describe('applyPlugin', () => {
  it('registers an array of strategies, each in the registry its kind names, in order', () => {
    const registries = createStatsRegistries();
    const next = applyPlugin(registries, { default: [midrange, iqrOfMidrange] });
    expect(next.statistic.names().slice(-2)).toEqual(['midrange', 'midrange-copy']);
    expect(registries.statistic.has('midrange')).toBe(false);
    expect(next.ciMethod).toBe(registries.ciMethod);
    const spec = next.statistic.run('midrange' as 'mean', undefined);
    const r = next.ciMethod.run('percentile', { samples: [[1, 2, 3, 10]], statistic: spec }, { seed: 1 });
    expect(r.estimate).toBe(5.5);
  });

  it('accepts the default export itself as well as the module', () => {
    expect(applyPlugin(createStatsRegistries(), [midrange]).statistic.has('midrange')).toBe(true);
  });

  it('calls a function plugin with the registries and takes what it returns', () => {
    const plugin: Plugin<StatsRegistries> = (r) => ({ ...r, statistic: r.statistic.register(midrange) });
    const next = applyPlugin(createStatsRegistries(), { default: plugin });
    expect(next.statistic.has('midrange')).toBe(true);
  });

  it('rejects a module that does not follow the format with REGISTRY_INVALID_PLUGIN', () => {
    const registries = createStatsRegistries();
    const cases: [unknown, string][] = [
      [{ default: 42 }, 'the default export is 42'],
      [{ strategies: [midrange] }, 'the default export is object'],
      [[{ ...midrange, kind: 'reporter' }], 'entry 0 has kind "reporter", which is not one of the registries'],
      [[{ ...midrange, kind: undefined }], 'entry 0 has kind undefined'],
      [() => undefined, 'the plugin function returned undefined'],
      [async (r: StatsRegistries) => r, 'returned a promise; it must return the registries synchronously'],
      [(r: StatsRegistries) => ({ ...r, reporter: r.rng }), "returned an unknown registry 'reporter'"],
      [
        (r: StatsRegistries) => ({ ...r, rng: undefined }),
        "must return every registry it was given; 'rng' is undefined",
      ],
      [(r: StatsRegistries) => ({ ...r, rng: r.resampler }), "'rng' is object"],
      [
        (r: StatsRegistries) => ({ ...r, resampler: new Registry('resampler') }),
        'removed resampler strategies iid, paired; plugins only add',
      ],
    ];
    for (const [plugin, fragment] of cases) {
      const e = errorOf(() => applyPlugin(registries, plugin, 'my-plugin.mjs'));
      expect(e.code).toBe('REGISTRY_INVALID_PLUGIN');
      expect(e.message).toMatch(/^my-plugin\.mjs: /);
      expect(e.message).toContain(fragment);
      expect(e.message).toContain('ciMethod, statistic, rng, resampler');
    }
  });

  it('passes registration errors on with their code, prefixed with the source', () => {
    const registries = createStatsRegistries();
    const duplicate = errorOf(() => applyPlugin(registries, [midrange, midrange], 'p.mjs'));
    expect(duplicate.code).toBe('REGISTRY_DUPLICATE_NAME');
    expect(duplicate.message).toMatch(/^p\.mjs: The statistic registry already has a strategy named 'midrange'/);
    expect(errorOf(() => applyPlugin(registries, [iqrOfMidrange], 'p.mjs')).code).toBe('REGISTRY_MISSING_DEPENDENCY');
    expect(errorOf(() => applyPlugin(registries, [{ kind: 'rng', name: 'x' }], 'p.mjs')).code).toBe(
      'REGISTRY_INVALID_STRATEGY',
    );
    expect(errorOf(() => applyPlugin(registries, [{ ...midrange, name: 'mean' }])).message).toMatch(/^plugin: /);
  });
});
