import { quantileSorted } from '../internal/quantile-sorted';
import type { Ends } from './interval';

/**
 * Bootstrap-t interval (Efron & Tibshirani 1993, §12.5): with t*_b = (θ*_b − θ̂)/ŝe*_b,
 * [θ̂ − t*_(1−α) · ŝe, θ̂ − t*_(α) · ŝe], quantiles of t* by the linear rule.
 */
export function studentizedEnds(estimate: number, standardError: number, sortedT: Float64Array, alpha: number): Ends {
  const tLow = quantileSorted(sortedT, alpha, 'linear');
  const tHigh = quantileSorted(sortedT, 1 - alpha, 'linear');
  return { low: estimate - tHigh * standardError, high: estimate - tLow * standardError };
}
