import type { CorrelationOptions } from './correlation-options';
import { StatsError } from './errors';
import { describe } from './internal/describe';
import { pairedSample } from './internal/paired-sample';
import { spearmanAt, spearmanWork } from './internal/spearman-core';
import { COUNT_RANKING_LIMIT, SpearmanResampler } from './internal/spearman-counts';
import { warningSink } from './internal/warning-sink';

/**
 * Spearman's rho of many resamples of one dataset of pairs: row r of `indices` (n indices from r·n) names the
 * pairs drawn, and out[r] is bit for bit `spearman()` of the pairs (x[i], y[i]) for those i. The data are sorted
 * once per call and each row is ranked from how often it draws each pair, in O(n) instead of a sort
 * (docs/methods.md, "Spearman of a resample"): the row-wise Spearman of a simulation study's resamples, with the
 * bits of `bootstrap`'s replicates. A row whose x or y is constant gives NaN, and `onWarning` then gets one
 * DEGENERATE warning for the call, counting such rows.
 *
 * @param x - n ≥ 2 finite values (number[] or Float64Array)
 * @param y - n finite values, paired with x
 * @param indices - rows·n integers in [0, n), row-major
 * @param out - where to write the rows values (length rows); allocated when omitted
 * @returns `out`
 * @throws {StatsError} STATS_INVALID_INPUT when indices is not a Uint32Array of whole rows of indices below n, or
 *   out is not a Float64Array; STATS_LENGTH_MISMATCH when x and y differ in length or out does not hold one value
 *   per row; STATS_EMPTY_SAMPLE for fewer than 2 pairs; STATS_NON_FINITE for NaN or ±Infinity;
 *   STATS_INVALID_OPTION when options or onWarning has the wrong type
 * @example
 * // two resamples of three pairs: pairs 0, 1, 2 (the data) and 2, 2, 0
 * Array.from(spearmanResamples([1, 2, 3], [1, 3, 2], Uint32Array.of(0, 1, 2, 2, 2, 0))); // [0.5, 1]
 */
export function spearmanResamples(
  x: readonly number[] | Float64Array,
  y: readonly number[] | Float64Array,
  indices: Uint32Array,
  out?: Float64Array,
  options?: CorrelationOptions,
): Float64Array {
  const onWarning = warningSink(options, 'spearmanResamples');
  const { xs, ys } = pairedSample(x, y, 'spearmanResamples');
  const n = xs.length;
  if (!(indices instanceof Uint32Array) || indices.length % n !== 0) {
    throw new StatsError(
      'STATS_INVALID_INPUT',
      `spearmanResamples: indices must be a Uint32Array of whole rows of ${n} indices (one row per resample), got ${indices instanceof Uint32Array ? `${indices.length} values` : describe(indices)}.`,
    );
  }
  for (let k = 0; k < indices.length; k++) {
    if ((indices[k] as number) >= n) {
      throw new StatsError(
        'STATS_INVALID_INPUT',
        `spearmanResamples: indices[${k}] (row ${Math.floor(k / n)}) is ${indices[k]}; indices name pairs 0 to ${n - 1}.`,
      );
    }
  }
  const rows = indices.length / n;
  if (out !== undefined && !(out instanceof Float64Array)) {
    throw new StatsError('STATS_INVALID_INPUT', `spearmanResamples: out must be a Float64Array, got ${describe(out)}.`);
  }
  if (out !== undefined && out.length !== rows) {
    throw new StatsError(
      'STATS_LENGTH_MISMATCH',
      `spearmanResamples: out must hold one value per row (${rows}), but its length is ${out.length}.`,
    );
  }
  const result = out ?? new Float64Array(rows);
  let degenerate = 0;
  if (n <= COUNT_RANKING_LIMIT) {
    const resampler = new SpearmanResampler(xs, ys);
    for (let r = 0; r < rows; r++) result[r] = resampler.fromIndices(indices, r * n);
  } else {
    const gx = new Float64Array(n);
    const gy = new Float64Array(n);
    const work = spearmanWork(n);
    for (let r = 0; r < rows; r++) {
      for (let i = 0; i < n; i++) {
        const p = indices[r * n + i] as number;
        gx[i] = xs[p] as number;
        gy[i] = ys[p] as number;
      }
      result[r] = spearmanAt(gx, 0, gy, 0, work);
    }
  }
  for (let r = 0; r < rows; r++) if (Number.isNaN(result[r] as number)) degenerate++;
  if (degenerate > 0) {
    onWarning?.({
      code: 'DEGENERATE',
      message: `spearmanResamples: ${degenerate} of ${rows} resamples have a constant x or y; their correlation is undefined (0/0) and is NaN.`,
    });
  }
  return result;
}
