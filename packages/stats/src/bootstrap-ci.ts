import type { Stream } from '@bootstat/rng';
import { bootstrap } from './bootstrap';
import { type NanReplicatePolicy, parseBootstrapOptions } from './bootstrap-options';
import { StatsError } from './errors';
import { describe } from './internal/describe';
import { toSamples } from './internal/samples';
import { meanOf, standardDeviation } from './statistics/mean';
import type { StatsWarning } from './warning';

export interface BootstrapCiOptions {
  /** Default 42. */
  readonly seed?: number;
  /** A stream-tree node to draw from instead of `streamTree(seed)`; each campaign cell passes its own child. */
  readonly rng?: Stream;
  /** Default 1000. */
  readonly nResamples?: number;
  /** Default 0.95. */
  readonly confidenceLevel?: number;
  /**
   * NaN replicate means (only from sums that overflow to +∞ and −∞ at once): 'propagate' (default) or 'omit', as
   * `bootstrap` takes it; omitted ones are reported in `warning` (NAN_REPLICATES) unless n = 2 already warns.
   */
  readonly nanReplicates?: NanReplicatePolicy;
}

/** The benchmark-campaign summary of repeated measurements of one metric. */
export interface BootstrapCiResult {
  readonly mean: number;
  /** Sample standard deviation (ddof = 1); null for a single value. */
  readonly std: number | null;
  /** Percentile-bootstrap interval of the mean; null for a single value. */
  readonly ciLower: number | null;
  readonly ciUpper: number | null;
  readonly nSamples: number;
  readonly confidenceLevel: number;
  /** A structured warning when the number of values is too small to trust the interval; null otherwise. */
  readonly warning: StatsWarning | null;
}

/**
 * The benchmark-campaign rule for a handful of repeated measurements: the mean with a percentile-bootstrap
 * interval of the mean (seed 42 and 1000 resamples by default), degrading gracefully with the count —
 * 1 value: the mean, no interval; 2 values: an interval and a SMALL_SAMPLE warning that it is unreliable;
 * 3 or more: an interval.
 *
 * @throws {StatsError} STATS_EMPTY_SAMPLE for no values; STATS_NON_FINITE for NaN or ±Infinity; STATS_INVALID_INPUT
 * for anything but an array-like of numbers (number[], a typed array, `{ length, 0: … }`); STATS_INVALID_OPTION
 * for a bad seed, rng, nResamples, confidenceLevel or nanReplicates (bootstrap's checks), whatever the number of values
 * @example
 * const r = bootstrapCi([101.2, 99.8, 100.5, 100.9]); // { mean: 100.6, std: …, ciLower: …, ciUpper: …, nSamples: 4, … }
 * [r.mean, r.nSamples, r.warning]; // [100.6, 4, null]
 * 99.8 <= r.ciLower && r.ciUpper <= 101.2; // true
 */
export function bootstrapCi(values: ArrayLike<number>, options: BootstrapCiOptions = {}): BootstrapCiResult {
  if (typeof options !== 'object' || options === null) {
    throw new StatsError('STATS_INVALID_OPTION', `bootstrapCi: options must be an object, got ${describe(options)}.`);
  }
  const { seed = 42, nResamples = 1000, confidenceLevel = 0.95, rng, nanReplicates } = options;
  // Every option is checked as bootstrap() checks it, before the data and the 1-value shortcut look at n.
  const bootstrapOptions = {
    method: 'percentile',
    nResamples,
    confidenceLevel,
    keepDistribution: false,
    seed, // checked even when rng is given, which then draws instead (as in bootstrap)
    ...(rng === undefined ? {} : { rng }),
    ...(nanReplicates === undefined ? {} : { nanReplicates }),
  } as const;
  parseBootstrapOptions(bootstrapOptions, 'bootstrapCi');
  const [x] = toSamples([values], { paired: false, nanPolicy: 'raise', fn: 'bootstrapCi' }).samples as [Float64Array];
  const n = x.length;
  if (n === 0) throw new StatsError('STATS_EMPTY_SAMPLE', 'bootstrapCi needs at least one value, got none.');
  const mean = meanOf(x);
  if (n === 1) {
    return {
      mean,
      std: null,
      ciLower: null,
      ciUpper: null,
      nSamples: 1,
      confidenceLevel,
      warning: { code: 'SMALL_SAMPLE', message: 'Only 1 value: the mean is reported without a confidence interval.' },
    };
  }
  const r = bootstrap([x], 'mean', bootstrapOptions);
  return {
    mean,
    std: standardDeviation(x, mean, 1),
    ciLower: r.ci.low,
    ciUpper: r.ci.high,
    nSamples: n,
    confidenceLevel,
    warning:
      n === 2
        ? {
            code: 'SMALL_SAMPLE',
            message: 'Only 2 values: the bootstrap interval has at most 3 distinct means and is unreliable.',
          }
        : (r.warnings.find((w) => w.code === 'NAN_REPLICATES') ?? null),
  };
}
