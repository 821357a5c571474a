import { evaluateQuantiles } from './internal/quantile-input';
import type { QuantileOptions } from './quantile';

/**
 * The sample percentile at q ∈ [0, 100], exactly as `numpy.percentile(data, q, method=...)`: q is divided by 100
 * and the rest is {@link quantile}'s, to the last bit. `method` is one of the 13 in `QUANTILE_METHODS`; the
 * default `'linear'` is Hyndman & Fan's (1996) type 7. The input is copied, never sorted in place.
 *
 * Reference: Hyndman, R. J. & Fan, Y. (1996). Sample quantiles in statistical packages. The American
 * Statistician 50(4), 361–365.
 *
 * @param data - the sample: a non-empty number[] or Float64Array of finite values
 * @param q - a percentage in [0, 100], or an array of them (then the result is a Float64Array, one per q)
 * @throws {StatsError} STATS_EMPTY_SAMPLE when data is empty; STATS_NON_FINITE when it holds NaN or ±Infinity;
 *   STATS_INVALID_INPUT when data or q is not a number / number[] / Float64Array; STATS_INVALID_PROBABILITY when
 *   a q is NaN or outside [0, 100]; STATS_INVALID_OPTION for an unknown method
 * @example
 * percentile([15, 20, 35, 40, 50], 40); // 29
 * Array.from(percentile([15, 20, 35, 40, 50], [5, 95], { method: 'lower' })); // [15, 40]
 */
export function percentile(data: readonly number[] | Float64Array, q: number, options?: QuantileOptions): number;
export function percentile(
  data: readonly number[] | Float64Array,
  q: readonly number[] | Float64Array,
  options?: QuantileOptions,
): Float64Array;
export function percentile(
  data: readonly number[] | Float64Array,
  q: number | readonly number[] | Float64Array,
  options?: QuantileOptions,
): number | Float64Array {
  return evaluateQuantiles('percentile', 100, data, q, options);
}
