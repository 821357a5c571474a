import { evaluateQuantiles } from './internal/quantile-input';
import type { QuantileMethod } from './internal/quantile-methods';

export { QUANTILE_METHODS, type QuantileMethod } from './internal/quantile-methods';

/** Options of {@link quantile} and `percentile`. */
export interface QuantileOptions {
  /** How to pick or interpolate between order statistics; NumPy's names. Default `'linear'` (H&F type 7). */
  readonly method?: QuantileMethod;
}

/**
 * The sample quantile at p ∈ [0, 1], exactly as `numpy.quantile(data, p, method=...)`: the same virtual index,
 * the same treatment of the ends and the same interpolation formula (NumPy's `_lerp`), so results agree to the
 * last bit. `method` is one of the 13 in {@link QUANTILE_METHODS}; the default `'linear'` is Hyndman & Fan's
 * type 7 (R's default too): v = (n − 1)·p, then x₍⌊v⌋₎ + (v − ⌊v⌋)·(x₍⌊v⌋+1₎ − x₍⌊v⌋₎) on the sorted data.
 * The input is copied, never sorted in place.
 *
 * Reference: Hyndman, R. J. & Fan, Y. (1996). Sample quantiles in statistical packages. The American
 * Statistician 50(4), 361–365. NumPy: numpy/lib/_function_base_impl.py (`_QuantileMethods`).
 *
 * @param data - the sample: a non-empty number[] or Float64Array of finite values
 * @param p - a probability in [0, 1], or an array of them (then the result is a Float64Array, one per p)
 * @throws {StatsError} STATS_EMPTY_SAMPLE when data is empty; STATS_NON_FINITE when it holds NaN or ±Infinity;
 *   STATS_INVALID_INPUT when data or p is not a number / number[] / Float64Array; STATS_INVALID_PROBABILITY when
 *   a p is NaN or outside [0, 1]; STATS_INVALID_OPTION for an unknown method
 * @example
 * quantile([1, 2, 3, 4], 0.5); // 2.5
 * Array.from(quantile([1, 2, 3, 4], [0.25, 0.75], { method: 'hazen' })); // [1.5, 3.5]
 */
export function quantile(data: readonly number[] | Float64Array, p: number, options?: QuantileOptions): number;
export function quantile(
  data: readonly number[] | Float64Array,
  p: readonly number[] | Float64Array,
  options?: QuantileOptions,
): Float64Array;
export function quantile(
  data: readonly number[] | Float64Array,
  p: number | readonly number[] | Float64Array,
  options?: QuantileOptions,
): number | Float64Array {
  return evaluateQuantiles('quantile', 1, data, p, options);
}
