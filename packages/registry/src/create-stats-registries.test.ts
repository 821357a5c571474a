import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createStatsRegistries, REGISTRY_KINDS } from './create-stats-registries';

describe('createStatsRegistries', () => {
  it('gives one registry per kind, each knowing its kind', () => {
    const registries = createStatsRegistries();
    expect(Object.keys(registries)).toEqual([...REGISTRY_KINDS]);
    for (const kind of REGISTRY_KINDS) expect(registries[kind].kind).toBe(kind);
  });

  it('builds fresh instances on every call: there is no shared, module-level registry', () => {
    const a = createStatsRegistries();
    const b = createStatsRegistries();
    expect(a.ciMethod).not.toBe(b.ciMethod);
    const extended = a.statistic.register({
      name: 'midrange',
      summary: 'Half-way between min and max',
      options: z.strictObject({}),
      run:
        () =>
        (...s: Float64Array[]) => {
          const v = s[0] ?? new Float64Array();
          return (Math.min(...v) + Math.max(...v)) / 2;
        },
    });
    expect(extended.has('midrange')).toBe(true);
    expect(a.statistic.has('midrange')).toBe(false);
    expect(b.statistic.has('midrange')).toBe(false);
    expect(createStatsRegistries().statistic.has('midrange')).toBe(false);
  });

  it("runs a statistic strategy's output through a ciMethod strategy", () => {
    const { ciMethod, statistic } = createStatsRegistries();
    const spec = statistic.run('quantile', undefined, { p: 0.9 });
    const r = ciMethod.run('percentile', { samples: [[3, 1, 4, 1, 5, 9, 2, 6, 5, 3]], statistic: spec }, { seed: 1 });
    expect(r.statistic).toBe('quantile');
    expect(r.estimate).toBeCloseTo(6.3, 12);
  });
});
