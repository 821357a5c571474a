import type { GeneratorName } from '@bootstat/rng';
import type { Alternative, CiMethod } from './ci/interval';
import type { StatsWarningCode } from './warning';

/** Version of the result's shape; bumped only with a major version, so stored results can be checked. */
export const BOOTSTRAP_RESULT_SCHEMA_VERSION = 1;

/** What `bootstrap` returns. */
export interface BootstrapResult {
  readonly schemaVersion: typeof BOOTSTRAP_RESULT_SCHEMA_VERSION;
  /** θ̂: the statistic on the data. */
  readonly estimate: number;
  /** The interval; one end is ±Infinity for a one-sided alternative. */
  readonly ci: { readonly low: number; readonly high: number };
  /** Standard deviation of the bootstrap distribution, ddof = 1 (as SciPy). */
  readonly standardError: number;
  /** mean(θ*) − θ̂. */
  readonly bias: number;
  readonly method: CiMethod;
  readonly confidenceLevel: number;
  readonly alternative: Alternative;
  /** Number of replicates drawn (B); the interval is computed from B − omittedReplicates of them. */
  readonly nResamples: number;
  /** NaN replicates left out of the interval, standard error and bias (`nanReplicates: 'omit'`); 0 otherwise. */
  readonly omittedReplicates: number;
  /** The root seed of the resampling streams (chosen at random and reported when none was given). */
  readonly seed: number;
  /** The generator of the resampling streams. */
  readonly rng: GeneratorName;
  /** The statistic's name ('custom' or the function's name for a user function). */
  readonly statistic: string;
  /** The replicates θ*_1…θ*_B in resample order (NaN ones included), unless `keepDistribution: false`. */
  readonly distribution?: Float64Array;
  /** BCa only: the bias correction ẑ0 and the acceleration â. */
  readonly z0?: number;
  readonly acceleration?: number;
  readonly warnings: readonly { readonly code: StatsWarningCode; readonly message: string }[];
}
