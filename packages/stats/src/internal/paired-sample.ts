import { StatsError } from '../errors';
import { finiteSample } from './finite-sample';

/** Validates and copies the two halves of a paired sample: equal lengths, at least two pairs, finite numbers. */
export function pairedSample(x: unknown, y: unknown, fn: string): { xs: Float64Array; ys: Float64Array } {
  const xs = finiteSample(x, fn, 'x');
  const ys = finiteSample(y, fn, 'y');
  if (xs.length !== ys.length) {
    throw new StatsError(
      'STATS_LENGTH_MISMATCH',
      `${fn}: x has ${xs.length} values and y has ${ys.length}; pass the same number, one (x[i], y[i]) per pair.`,
    );
  }
  if (xs.length < 2) {
    throw new StatsError('STATS_EMPTY_SAMPLE', `${fn}: needs at least 2 pairs to correlate, got ${xs.length}.`);
  }
  return { xs, ys };
}
