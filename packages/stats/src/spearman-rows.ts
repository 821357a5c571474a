import type { CorrelationOptions } from './correlation-options';
import { StatsError } from './errors';
import { describe } from './internal/describe';
import { assertCount, assertRowMatrix } from './internal/row-matrix';
import { spearmanAt, spearmanWork } from './internal/spearman-core';
import { warningSink } from './internal/warning-sink';

/**
 * Spearman's rho of each row of two row-major matrices: row i of X and row i of Y (each `cols` values starting
 * at i·cols) are one dataset of `cols` pairs, and out[i] is its rho. Each out[i] is bit for bit `spearman()` of
 * that row (the same code computes both), with the rank buffers allocated once per call, not per row, for
 * bootstrap replicates. A row with a constant x or y gives NaN; `onWarning` then gets one DEGENERATE warning for
 * the whole call, counting such rows.
 *
 * @param X - rows·cols finite values, row-major
 * @param Y - rows·cols finite values, row-major
 * @param out - where to write the rows results (length rows; must not overlap X or Y); allocated when omitted
 * @returns `out`
 * @throws {StatsError} STATS_INVALID_INPUT when X, Y or out is not a Float64Array or rows / cols is not a
 *   non-negative integer; STATS_LENGTH_MISMATCH when X or Y does not hold rows·cols values or out does not hold
 *   rows; STATS_EMPTY_SAMPLE when cols < 2; STATS_NON_FINITE for NaN or ±Infinity in X or Y;
 *   STATS_INVALID_OPTION when options or onWarning has the wrong type
 * @example
 * // two rows of three pairs
 * Array.from(spearmanRows(Float64Array.of(1, 2, 3, 1, 2, 3), Float64Array.of(1, 3, 2, 3, 2, 1), 2, 3)); // [0.5, -1]
 */
export function spearmanRows(
  X: Float64Array,
  Y: Float64Array,
  rows: number,
  cols: number,
  out?: Float64Array,
  options?: CorrelationOptions,
): Float64Array {
  const onWarning = warningSink(options, 'spearmanRows');
  assertCount(rows, 'rows', 'spearmanRows');
  assertCount(cols, 'cols', 'spearmanRows');
  if (cols < 2) {
    throw new StatsError('STATS_EMPTY_SAMPLE', `spearmanRows: each row needs at least 2 pairs, got cols = ${cols}.`);
  }
  assertRowMatrix(X, 'X', rows, cols, 'spearmanRows', 'Spearman needs finite values');
  assertRowMatrix(Y, 'Y', rows, cols, 'spearmanRows', 'Spearman needs finite values');
  let result: Float64Array;
  if (out === undefined) {
    result = new Float64Array(rows);
  } else {
    if (!(out instanceof Float64Array)) {
      throw new StatsError('STATS_INVALID_INPUT', `spearmanRows: out must be a Float64Array, got ${describe(out)}.`);
    }
    if (out.length !== rows) {
      throw new StatsError(
        'STATS_LENGTH_MISMATCH',
        `spearmanRows: out must hold one value per row (${rows}), but its length is ${out.length}.`,
      );
    }
    result = out;
  }
  const work = spearmanWork(cols);
  let degenerate = 0;
  let firstDegenerate = -1;
  for (let i = 0; i < rows; i++) {
    const rho = spearmanAt(X, i * cols, Y, i * cols, work);
    result[i] = rho;
    if (Number.isNaN(rho)) {
      if (degenerate === 0) firstDegenerate = i;
      degenerate++;
    }
  }
  if (degenerate > 0) {
    onWarning?.({
      code: 'DEGENERATE',
      message:
        `spearmanRows: ${degenerate} of ${rows} rows have a constant x or y (the first is row ${firstDegenerate}); ` +
        'their correlation is undefined (0/0) and is NaN.',
    });
  }
  return result;
}
