import { StatsError } from '../errors';
import type { StatisticKernel } from './kernel';

// scipy.stats.trim_mean: sort, cut ⌊proportion · n⌋ values from each end, average the rest.
function trimmedMeanSorted(sorted: Float64Array, proportion: number): number {
  const n = sorted.length;
  const cut = Math.floor(proportion * n);
  if (cut >= n - cut) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `trimmed-mean: proportion ${proportion} cuts every one of the ${n} values; use a proportion below 0.5.`,
    );
  }
  let s = 0;
  for (let i = cut; i < n - cut; i++) s += sorted[i] as number;
  return s / (n - 2 * cut);
}

export function trimmedMeanKernel(proportion: number): StatisticKernel {
  return {
    name: 'trimmed-mean',
    arity: 1,
    paired: 'allowed',
    minLength: 1,
    evaluate: ([x]) => trimmedMeanSorted((x as Float64Array).slice().sort(), proportion),
    evaluateScratch: ([x]) => trimmedMeanSorted((x as Float64Array).sort(), proportion),
  };
}
