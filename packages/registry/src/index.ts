export { type AnyRegistry, applyPlugin, type Plugin, type PluginStrategy } from './apply-plugin';
export { type CiMethodOptions, CiMethodOptionsSchema, StudentizedOptionsSchema } from './ci-method-options';
export { closestName } from './closest-name';
export {
  type CiMethodInput,
  type CiMethodRegistry,
  type CiMethodSchemas,
  createCiMethodRegistry,
} from './create-ci-method-registry';
export {
  createResamplerRegistry,
  type ResamplerOptions,
  type ResamplerRegistry,
  type ResamplerSchemas,
} from './create-resampler-registry';
export { createRngRegistry, type RngRegistry, type RngSchemas } from './create-rng-registry';
export {
  createStatisticRegistry,
  type StatisticMeta,
  type StatisticRegistry,
  type StatisticSchemas,
} from './create-statistic-registry';
export {
  createStatsRegistries,
  REGISTRY_KINDS,
  type RegistryKind,
  type StatsRegistries,
} from './create-stats-registries';
export { REGISTRY_ERROR_CODES, RegistryError, type RegistryErrorCode } from './errors';
export { type IntervalResult, isBootstrapResult } from './interval-result';
export {
  createRegistry,
  type NoStrategies,
  type OptionsArgument,
  Registry,
  type StrategyDescription,
  type StrategyName,
} from './registry';
export { defineStrategy, type Strategy, type StrategyMeta } from './strategy';
