import { quantileSorted } from '../internal/quantile-sorted';
import type { Ends } from './interval';

/**
 * Percentile interval (Efron & Tibshirani 1993, §13.3): the α and 1 − α quantiles of the bootstrap
 * distribution, by NumPy's linear (type 7) rule as `scipy.stats.bootstrap` takes them.
 */
export function percentileEnds(sorted: Float64Array, alpha: number): Ends {
  return { low: quantileSorted(sorted, alpha, 'linear'), high: quantileSorted(sorted, 1 - alpha, 'linear') };
}
