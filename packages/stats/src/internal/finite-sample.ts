import { StatsError } from '../errors';
import { describe } from './describe';

/**
 * Copies `data` into a new Float64Array after checking that it is a number[] or a Float64Array of finite numbers.
 * `fn` and `name` say where the problem is ("quantile: data[3] is NaN"). Length is the caller's to check.
 *
 * @throws {StatsError} STATS_INVALID_INPUT for anything else or a non-number element, STATS_NON_FINITE for NaN/±Infinity
 */
export function finiteSample(data: unknown, fn: string, name: string): Float64Array {
  if (!(Array.isArray(data) || data instanceof Float64Array)) {
    throw new StatsError(
      'STATS_INVALID_INPUT',
      `${fn}: ${name} must be a number[] or a Float64Array, got ${describe(data)}. ` +
        `Convert other array-likes with Float64Array.from(${name}).`,
    );
  }
  const n = data.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v: unknown = data[i];
    if (typeof v !== 'number') {
      throw new StatsError(
        'STATS_INVALID_INPUT',
        `${fn}: ${name}[${i}] is ${describe(v)}, not a number. Pass an array of numbers.`,
      );
    }
    if (!Number.isFinite(v)) {
      throw new StatsError(
        'STATS_NON_FINITE',
        `${fn}: ${name}[${i}] is ${describe(v)}; ${fn} needs finite values. Remove NaN and ±Infinity first.`,
      );
    }
    out[i] = v;
  }
  return out;
}
