import { bootstrap, STATISTIC_NAMES, StatsError } from '@bootstat/stats';
import { describe, expect, it } from 'vitest';
import { createStatisticRegistry } from './create-statistic-registry';
import { RegistryError } from './errors';

const x = [2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 4.1];
const y = [1.8, 3.9, 2.2, 5.1, 4.0, 3.6, 2.5, 4.6];

describe('createStatisticRegistry', () => {
  it('registers every built-in statistic of bootstrap(), in STATISTIC_NAMES order', () => {
    expect(createStatisticRegistry().names()).toEqual([...STATISTIC_NAMES]);
  });

  it('returns the Statistic spec bootstrap() accepts, options parsed and defaults filled', () => {
    const s = createStatisticRegistry();
    expect(s.run('mean', undefined)).toBe('mean');
    expect(s.run('spearman', undefined)).toBe('spearman');
    expect(s.run('median', undefined)).toEqual({ name: 'median', method: 'linear' });
    expect(s.run('quantile', undefined, { p: 0.9 })).toEqual({ name: 'quantile', p: 0.9, method: 'linear' });
    expect(s.run('quantile', undefined, { p: 0.1, method: 'hazen' })).toEqual({
      name: 'quantile',
      p: 0.1,
      method: 'hazen',
    });
    expect(s.run('trimmed-mean', undefined, { proportion: 0.2 })).toEqual({ name: 'trimmed-mean', proportion: 0.2 });
    expect(s.run('std', undefined)).toEqual({ name: 'std', ddof: 1 });
    expect(s.run('var', undefined, { ddof: 0 })).toEqual({ name: 'var', ddof: 0 });
  });

  it('rejects options the statistic does not take, naming them', () => {
    const s = createStatisticRegistry();
    expect(() => s.run('quantile', undefined, { p: 1.5 })).toThrow(
      "statistic 'quantile': option p is 1.5, but it must be a number >= 0 and <= 1.",
    );
    expect(() => s.run('trimmed-mean', undefined, {} as never)).toThrow(
      "statistic 'trimmed-mean': option proportion is required: a number >= 0 and < 0.5.",
    );
    expect(() => s.run('mean', undefined, { p: 0.5 } as never)).toThrow(
      "statistic 'mean': unknown option p; it takes no options.",
    );
    expect(() => s.run('std', undefined, { ddof: 0.5 })).toThrow(RegistryError);
  });

  it('meta: arity and pairing agree with what bootstrap() accepts for every statistic', () => {
    const s = createStatisticRegistry();
    const defaults: Record<string, object> = { quantile: { p: 0.5 }, 'trimmed-mean': { proportion: 0.1 } };
    for (const name of s.names()) {
      const meta = s.get(name).meta;
      if (meta === undefined) throw new Error(`${name} has no meta`);
      const statistic = s.run(name, undefined, defaults[name] as never);
      const data = name === 'proportion' ? [[0, 1, 1, 0, 1, 1, 0, 1]] : [x, y].slice(0, meta.arity);
      const paired = meta.paired === 'required';
      expect(() => bootstrap(data, statistic, { paired, nResamples: 20, seed: 1, method: 'percentile' })).not.toThrow();
      const wrongArity = meta.arity === 1 ? [x, y] : [x];
      expect(() => bootstrap(wrongArity, statistic, { paired, nResamples: 20, seed: 1 })).toThrow(StatsError);
      if (paired) expect(() => bootstrap(data, statistic, { nResamples: 20, seed: 1 })).toThrow(/paired: true/);
    }
  });

  it('describes each statistic, its options with their defaults and its meta', () => {
    const quantile = createStatisticRegistry()
      .describe()
      .find((d) => d.name === 'quantile');
    expect(quantile?.meta).toEqual({ arity: 1, paired: 'allowed' });
    expect(quantile?.options.required).toEqual(['p']);
    expect(quantile?.options.properties?.method).toMatchObject({ type: 'string', default: 'linear' });
  });
});
