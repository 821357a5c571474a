import type { Ends, ReplicateQuantile } from './interval';
import { percentileEnds } from './percentile';

/**
 * Basic ("reverse percentile") interval (Davison & Hinkley 1997, eq. 5.6; SciPy's 'basic'):
 * [2θ̂ − q(1 − α), 2θ̂ − q(α)].
 */
export function basicEnds(quantile: ReplicateQuantile, alpha: number, estimate: number): Ends {
  const { low, high } = percentileEnds(quantile, alpha);
  return { low: 2 * estimate - high, high: 2 * estimate - low };
}
