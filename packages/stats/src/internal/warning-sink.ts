import { StatsError } from '../errors';
import type { StatsWarning } from '../warning';
import { describe } from './describe';

/** Reads `{ onWarning }` from a correlation's options: the callback, or undefined when none was given. */
export function warningSink(options: unknown, fn: string): ((warning: StatsWarning) => void) | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `${fn}: options must be an object such as { onWarning: (w) => ... }, got ${describe(options)}.`,
    );
  }
  const onWarning: unknown = (options as { onWarning?: unknown }).onWarning;
  if (onWarning === undefined) return undefined;
  if (typeof onWarning !== 'function') {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `${fn}: onWarning must be a function (warning) => void, got ${describe(onWarning)}.`,
    );
  }
  return onWarning as (warning: StatsWarning) => void;
}

/** The warning a constant input gives: which input, and why the coefficient is NaN. */
export function constantInputWarning(fn: string, constantX: boolean, constantY: boolean): StatsWarning {
  const which = constantX && constantY ? 'x and y are' : constantX ? 'x is' : 'y is';
  return {
    code: 'DEGENERATE',
    message: `${fn}: ${which} constant, so the correlation coefficient is undefined (0/0) and is NaN.`,
  };
}
