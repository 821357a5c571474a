import { fillUniform, type Generator } from '@bootstat/rng';
import { GeneratorsError } from './errors';
import { describe } from './internal/describe';
import { outputBuffer } from './internal/output-buffer';

/** Options of {@link passFail}. */
export interface PassFailOptions {
  /** The probability of a pass (1), in [0, 1]. */
  readonly p: number;
}

/**
 * n Bernoulli(p) outcomes, 1 for a pass and 0 for a fail: one `fillUniform` of n values u, then 1 where u < p (so
 * p = 0 never passes and p = 1 always does). Two words per outcome.
 *
 * @param n - how many outcomes, a non-negative integer
 * @param rng - the generator to draw from
 * @param out - where to write, a Float64Array of length n; default a new one
 * @returns `out`
 * @throws {GeneratorsError} GENERATORS_INVALID_OPTION when p ∉ [0, 1]; GENERATORS_INVALID_SIZE /
 *   GENERATORS_INVALID_BUFFER for n and out
 * @example
 * const passes = passFail(500, { p: 0.9 }, streamTree(3).generator());
 * passes.every((v) => v === 0 || v === 1); // true
 */
export function passFail(n: number, options: PassFailOptions, rng: Generator, out?: Float64Array): Float64Array {
  const target = outputBuffer(n, out, 'passFail');
  const p = options?.p;
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_OPTION',
      `passFail: p must be a probability in [0, 1], got ${describe(p)}.`,
    );
  }
  fillUniform(rng, target);
  for (let i = 0; i < n; i++) target[i] = (target[i] as number) < p ? 1 : 0;
  return target;
}
