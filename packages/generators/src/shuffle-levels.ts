import type { Generator } from '@bootstat/rng';
import { GeneratorsError } from './errors';
import { describe } from './internal/describe';
import { shuffleInPlace } from './internal/draws';
import { assertFloat64Array } from './internal/validate';

/**
 * A copy of `template` in uniformly random order: one dataset's x. Fisher–Yates (Durstenfeld): for i = n − 1 down to
 * 1, swap out[i] with out[j], j uniform on [0, i] by Lemire's multiply-shift with rejection (no modulo bias; the
 * rule of `fillIndices`). Consumes one 32-bit word per swap, and one more per (rare) rejection. `out` may be
 * `template` itself (shuffled in place).
 *
 * @param template - the values to shuffle, e.g. from `tiedLevels`
 * @param rng - the generator to draw from (advanced by the words used)
 * @param out - where to write, a Float64Array of the template's length; default a new one
 * @returns `out`
 * @throws {GeneratorsError} GENERATORS_INVALID_BUFFER when template is not a Float64Array or out does not fit
 * @example
 * const x = shuffleLevels(tiedLevels({ counts: [2, 2] }), streamTree(1).generator());
 * x.length; // 4
 */
export function shuffleLevels(template: Float64Array, rng: Generator, out?: Float64Array): Float64Array {
  if (!(template instanceof Float64Array)) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_BUFFER',
      `shuffleLevels: template must be a Float64Array (e.g. from tiedLevels), got ${describe(template)}.`,
    );
  }
  if (typeof rng !== 'object' || rng === null || typeof rng.next !== 'function') {
    throw new GeneratorsError(
      'GENERATORS_INVALID_OPTION',
      `shuffleLevels: rng must be a Generator of @bootstat/rng (e.g. stream.generator()), got ${describe(rng)}.`,
    );
  }
  const target = out === undefined ? new Float64Array(template.length) : out;
  assertFloat64Array(target, template.length, 'shuffleLevels', 'out');
  if (target !== template) target.set(template);
  shuffleInPlace(rng, target, new Uint32Array(Math.max(0, target.length - 1)));
  return target;
}
