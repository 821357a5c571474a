/**
 * The 13 sample-quantile methods of `numpy.quantile` / `numpy.percentile`, by NumPy's names. Nine are Hyndman &
 * Fan's (1996) types: inverted_cdf (1), averaged_inverted_cdf (2), closest_observation (3),
 * interpolated_inverted_cdf (4), hazen (5), weibull (6), linear (7, the default), median_unbiased (8),
 * normal_unbiased (9); lower, higher, nearest and midpoint are NumPy's own, on the linear method's index.
 */
export const QUANTILE_METHODS = [
  'linear',
  'lower',
  'higher',
  'nearest',
  'midpoint',
  'inverted_cdf',
  'averaged_inverted_cdf',
  'closest_observation',
  'interpolated_inverted_cdf',
  'hazen',
  'weibull',
  'median_unbiased',
  'normal_unbiased',
] as const;

/** One of {@link QUANTILE_METHODS}. */
export type QuantileMethod = (typeof QUANTILE_METHODS)[number];
