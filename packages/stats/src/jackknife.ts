import { StatsError } from './errors';
import { leaveOneOut } from './internal/leave-one-out';
import { type SampleInput, toSamples } from './internal/samples';
import { resolveStatistic, type Statistic } from './statistic';

export interface JackknifeOptions {
  /** Delete whole rows (x_i, y_i, …) together, as for paired statistics; default false. */
  readonly paired?: boolean;
}

/**
 * Leave-one-out values of a statistic (Quenouille–Tukey jackknife; Efron & Tibshirani 1993, ch. 11).
 *
 * For independent samples, one Float64Array per sample: entry i is the statistic with observation i of that
 * sample deleted and the other samples whole. With `paired: true` (and always for spearman and pearson), one
 * array: entry i is the statistic with row i of every sample deleted. Means, proportions, variances, standard
 * deviations, mean differences and mean ratios use O(n) update rules from totals; any other statistic is
 * recomputed on each leave-one-out sample (O(n²)).
 *
 * @throws {StatsError} STATS_EMPTY_SAMPLE when a sample has fewer than 2 values; the codes of `bootstrap`'s
 * sample and statistic checks
 * @example
 * // the mean of [1, 2, 3, 10] without each value in turn (one Float64Array per sample)
 * const [means] = jackknife([[1, 2, 3, 10]], 'mean');
 * Array.from(means); // [5, 14 / 3, 13 / 3, 2]
 */
export function jackknife(
  samples: readonly SampleInput[],
  statistic: Statistic,
  options: JackknifeOptions = {},
): Float64Array[] {
  const kernel = resolveStatistic(statistic, Array.isArray(samples) ? samples.length : 0);
  const paired = options.paired === true || kernel.paired === 'required';
  const { samples: data } = toSamples(samples, { paired, nanPolicy: 'raise', fn: 'jackknife' });
  data.forEach((s, j) => {
    if (s.length < 2) {
      throw new StatsError(
        'STATS_EMPTY_SAMPLE',
        `jackknife: sample ${j} has ${s.length} value${s.length === 1 ? '' : 's'}; leaving one out needs at least 2.`,
      );
    }
  });
  return leaveOneOut(kernel, data, paired);
}
