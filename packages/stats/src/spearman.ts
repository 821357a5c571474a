import type { CorrelationOptions } from './correlation-options';
import { isConstant } from './internal/is-constant';
import { pairedSample } from './internal/paired-sample';
import { spearmanAt, spearmanWork } from './internal/spearman-core';
import { constantInputWarning, warningSink } from './internal/warning-sink';

/**
 * Spearman's rank correlation rho of the pairs (x[i], y[i]), as `scipy.stats.spearmanr(x, y).statistic` (to
 * 1e-12; in practice to a few units in the last place): Pearson's r of the average ranks, so ties are handled the
 * way SciPy handles them (each tied value gets the mean of the ranks its group spans). The rank means are exactly
 * (n + 1)/2, so the sums are exact and r is rounded only three times. A constant x or y makes rho 0/0: the result
 * is NaN and `onWarning` gets a DEGENERATE warning. One difference from SciPy, which returns NaN for fewer than
 * 2 pairs: that is an error here.
 *
 * Reference: Spearman, C. (1904). The proof and measurement of association between two things. American Journal
 * of Psychology 15(1), 72–101. SciPy: scipy/stats/_stats_py.py (`spearmanr`).
 *
 * @param x - number[] or Float64Array of finite values
 * @param y - the same length as x
 * @throws {StatsError} STATS_LENGTH_MISMATCH when x and y differ in length; STATS_EMPTY_SAMPLE for fewer than
 *   2 pairs; STATS_NON_FINITE for NaN or ±Infinity; STATS_INVALID_INPUT when x or y is not a number[] or
 *   Float64Array; STATS_INVALID_OPTION when options or onWarning has the wrong type
 * @example
 * // ranks of y: [1, 2, 3.5, 5, 3.5]; rho = 8/√95 = 0.82078268166812327…, to the nearest double
 * spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]); // 0.8207826816681233
 * const warnings = [];
 * spearman([1, 2, 3], [4, 4, 4], { onWarning: (w) => warnings.push(w) }); // NaN
 * warnings.map((w) => w.code); // ['DEGENERATE']
 */
export function spearman(
  x: readonly number[] | Float64Array,
  y: readonly number[] | Float64Array,
  options?: CorrelationOptions,
): number {
  const onWarning = warningSink(options, 'spearman');
  const { xs, ys } = pairedSample(x, y, 'spearman');
  const rho = spearmanAt(xs, 0, ys, 0, spearmanWork(xs.length));
  if (Number.isNaN(rho)) onWarning?.(constantInputWarning('spearman', isConstant(xs), isConstant(ys)));
  return rho;
}
