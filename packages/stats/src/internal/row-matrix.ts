import { StatsError } from '../errors';
import { describe } from './describe';

/** Checks a row or column count: a non-negative safe integer. `fn` names the public function in the message. */
export function assertCount(value: unknown, name: string, fn: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new StatsError(
      'STATS_INVALID_INPUT',
      `${fn}: ${name} must be a non-negative integer, got ${describe(value)}.`,
    );
  }
}

/**
 * Checks a row-major matrix of datasets: a Float64Array of rows × cols values, every one finite (`needs` ends the
 * message: "Spearman needs finite values").
 */
export function assertRowMatrix(
  m: unknown,
  name: string,
  rows: number,
  cols: number,
  fn: string,
  needs: string,
): asserts m is Float64Array {
  if (!(m instanceof Float64Array)) {
    throw new StatsError(
      'STATS_INVALID_INPUT',
      `${fn}: ${name} must be a Float64Array of rows × cols values (row-major), got ${describe(m)}.`,
    );
  }
  if (m.length !== rows * cols) {
    throw new StatsError(
      'STATS_LENGTH_MISMATCH',
      `${fn}: ${name} has ${m.length} values but rows × cols = ${rows} × ${cols} = ${rows * cols}.`,
    );
  }
  for (let k = 0; k < m.length; k++) {
    const v = m[k] as number;
    if (!Number.isFinite(v)) {
      throw new StatsError(
        'STATS_NON_FINITE',
        `${fn}: ${name}[${k}] (row ${Math.floor(k / cols)}, column ${k % cols}) is ${describe(v)}; ` +
          `${needs}. Remove or replace NaN and ±Infinity first.`,
      );
    }
  }
}
