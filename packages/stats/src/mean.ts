import { StatsError } from './errors';
import { toSamples } from './internal/samples';
import { meanOf } from './statistics/mean';

/**
 * The arithmetic mean, summed as NumPy sums (pairwise: blocks of up to 128 values with 8 accumulators,
 * numpy/_core/src/umath/loops_utils.h.src), so it equals `numpy.mean` — and the `mean` estimate of `bootstrap`,
 * `bootstrapCi` and `lowerBound95` — to the last bit.
 *
 * @throws {StatsError} STATS_EMPTY_SAMPLE for no values; STATS_NON_FINITE for NaN or ±Infinity;
 * STATS_INVALID_INPUT for anything but an array-like of numbers (number[], a typed array, `{ length, 0: … }`)
 * @example
 * mean([1, 2, 3, 4]); // 2.5
 */
export function mean(data: ArrayLike<number>): number {
  const [x] = toSamples([data], { paired: false, nanPolicy: 'raise', fn: 'mean' }).samples as [Float64Array];
  if (x.length === 0) throw new StatsError('STATS_EMPTY_SAMPLE', 'mean: no values; the mean needs at least one.');
  return meanOf(x);
}
