import type { Ends, ReplicateQuantile } from './interval';

/**
 * Bootstrap-t interval (Efron & Tibshirani 1993, §12.5): with t*_b = (θ*_b − θ̂)/ŝe*_b,
 * [θ̂ − t*_(1−α) · ŝe, θ̂ − t*_(α) · ŝe], quantiles of t* by the linear rule.
 */
export function studentizedEnds(
  estimate: number,
  standardError: number,
  tQuantile: ReplicateQuantile,
  alpha: number,
): Ends {
  const tLow = tQuantile(alpha);
  const tHigh = tQuantile(1 - alpha);
  return { low: estimate - tHigh * standardError, high: estimate - tLow * standardError };
}
