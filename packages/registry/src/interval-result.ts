import { type Alternative, BOOTSTRAP_RESULT_SCHEMA_VERSION, type BootstrapResult, CI_METHODS } from '@bootstat/stats';

/**
 * What a `ciMethod` strategy returns: an interval and the fields every method can fill honestly. A
 * `BootstrapResult` is one (every built-in returns a full `BootstrapResult`); a plugin method that does not
 * resample (a Wilson score interval, an exact binomial interval) leaves the bootstrap fields out.
 *
 * Why not `BootstrapResult` itself: its `method` is the closed `CiMethod` union and its `seed`, `rng`,
 * `nResamples` and `distribution` describe a resampling that such a method never did. Use `isBootstrapResult` to
 * get the full type back (e.g. for `bootstrapResultToJson`).
 */
export interface IntervalResult {
  /** θ̂: the statistic on the data. */
  readonly estimate: number;
  /** The interval; one end is ±Infinity for a one-sided alternative. */
  readonly ci: { readonly low: number; readonly high: number };
  /** The strategy's name ('bca', 'wilson', …). */
  readonly method: string;
  readonly confidenceLevel: number;
  readonly alternative: Alternative;
  /** The statistic's name. */
  readonly statistic: string;
  readonly warnings: readonly { readonly code: string; readonly message: string }[];
  /** Standard error of the estimate, when the method has one. */
  readonly standardError?: number;
  /** Bootstrap methods only (see `BootstrapResult`). */
  readonly schemaVersion?: number;
  readonly bias?: number;
  readonly nResamples?: number;
  readonly seed?: number;
  readonly rng?: string;
  readonly distribution?: Float64Array;
  readonly z0?: number;
  readonly acceleration?: number;
}

/**
 * Whether an interval came from the bootstrap engine (a built-in `ciMethod`), i.e. is a full `BootstrapResult`.
 *
 * @example
 * // every built-in ciMethod gives a full BootstrapResult: after the check, bootstrapResultToJson(r) type-checks
 * const r = createStatsRegistries().ciMethod.run('percentile', { samples: [[2.1, 3.4, 1.9, 5.6]], statistic: 'mean' });
 * isBootstrapResult(r); // true
 * isBootstrapResult({ ...r, method: 'wilson' }); // false
 */
export function isBootstrapResult(result: IntervalResult): result is BootstrapResult {
  return (
    result.schemaVersion === BOOTSTRAP_RESULT_SCHEMA_VERSION &&
    (CI_METHODS as readonly string[]).includes(result.method) &&
    typeof result.seed === 'number' &&
    typeof result.rng === 'string' &&
    typeof result.nResamples === 'number' &&
    typeof result.standardError === 'number' &&
    typeof result.bias === 'number'
  );
}
