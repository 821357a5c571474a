import type { GeneratorRegistries } from './create-generator-registries';

/** A registered strategy chosen by name, with its options (checked by the strategy's zod schema). */
export interface StrategyChoice {
  readonly name: string;
  readonly options?: unknown;
}

/** Everything that defines how one synthetic (x, y) dataset is drawn. */
export interface DatasetDesign {
  /** The x template (e.g. `tiedLevels({ counts })`); each dataset's x is a shuffle of it. Its length is n. */
  readonly template: Float64Array;
  /** The outcome model: 'rank-mixing' (default of the reference), 'gaussian-copula', 'log-linear', or a plugin's. */
  readonly outcome: StrategyChoice;
  /** The marginal of y: 'lognormal' with { median, iqr }, or a plugin's. */
  readonly marginal: StrategyChoice;
  /** The input rho ρ_in in [−1, 1], usually `calibrateRho(...).inputRho` (ties attenuate Spearman's rho). */
  readonly inputRho: number;
}

/** Options of the dataset functions. */
export interface DatasetOptions {
  /** Where names are looked up; default `createGeneratorRegistries()` (the built-ins). */
  readonly registries?: GeneratorRegistries;
}
