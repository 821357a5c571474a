import { type CiMethodRegistry, createCiMethodRegistry } from './create-ci-method-registry';
import { createResamplerRegistry, type ResamplerRegistry } from './create-resampler-registry';
import { createRngRegistry, type RngRegistry } from './create-rng-registry';
import { createStatisticRegistry, type StatisticRegistry } from './create-statistic-registry';

/**
 * The registry kinds in use, one per concern. Planned, not yet created: 'generator' (synthetic data for studies),
 * 'policy' and 'proposer' (simulator), 'reporter' (output formats).
 */
export const REGISTRY_KINDS = ['ciMethod', 'statistic', 'rng', 'resampler'] as const;

export type RegistryKind = (typeof REGISTRY_KINDS)[number];

/** The registries of @bootstat/stats and @bootstat/rng, by kind: what plugins extend and the apps run. */
export type StatsRegistries = {
  readonly ciMethod: CiMethodRegistry;
  readonly statistic: StatisticRegistry;
  readonly rng: RngRegistry;
  readonly resampler: ResamplerRegistry;
};

/**
 * Fresh registries with every built-in of @bootstat/stats and @bootstat/rng registered: CI methods, statistics,
 * generators and resamplers. Each call builds new instances (no singleton), so one program can hold differently
 * extended sets side by side.
 *
 * @example
 * const registries = createStatsRegistries();
 * Object.keys(registries); // ['ciMethod', 'statistic', 'rng', 'resampler']
 * const latencies = [12.1, 11.4, 13.9, 12.7, 15.2, 11.9, 12.4, 14.8, 13.1, 12.0];
 * const statistic = registries.statistic.run('quantile', undefined, { p: 0.9 });
 * const r = registries.ciMethod.run('bca', { samples: [latencies], statistic }, { nResamples: 1000, seed: 42 });
 * r.estimate; // 14.84
 */
export function createStatsRegistries(): StatsRegistries {
  return {
    ciMethod: createCiMethodRegistry(),
    statistic: createStatisticRegistry(),
    rng: createRngRegistry(),
    resampler: createResamplerRegistry(),
  };
}
