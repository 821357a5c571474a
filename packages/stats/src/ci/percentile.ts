import type { Ends, ReplicateQuantile } from './interval';

/**
 * Percentile interval (Efron & Tibshirani 1993, §13.3): the α and 1 − α quantiles of the bootstrap
 * distribution, by NumPy's linear (type 7) rule as `scipy.stats.bootstrap` takes them.
 */
export function percentileEnds(quantile: ReplicateQuantile, alpha: number): Ends {
  return { low: quantile(alpha), high: quantile(1 - alpha) };
}
