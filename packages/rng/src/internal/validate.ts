import { RngError } from '../errors';
import { describe } from './describe';

export const UINT32_LIMIT = 4294967296;

/** A seed is an integer in [0, 2^32): what every generator here consumes without loss. */
export function assertSeed(seed: unknown, what = 'seed'): asserts seed is number {
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed >= UINT32_LIMIT) {
    throw new RngError(
      'RNG_INVALID_SEED',
      `${what} must be an integer in [0, 4294967295], got ${describe(seed)}. ` +
        'Use seedFromString() for names and seedFromRunId() for run ids.',
    );
  }
}

export function assertUint32Array(out: unknown, fn: string): asserts out is Uint32Array {
  if (!(out instanceof Uint32Array)) {
    throw new RngError('RNG_INVALID_BUFFER', `${fn} writes into a Uint32Array, got ${describe(out)}.`);
  }
}

export function assertFloat64Array(out: unknown, fn: string): asserts out is Float64Array {
  if (!(out instanceof Float64Array)) {
    throw new RngError('RNG_INVALID_BUFFER', `${fn} writes into a Float64Array, got ${describe(out)}.`);
  }
}

export function assertSpan(out: Uint32Array, from: unknown, to: unknown, fn: string): void {
  if (
    typeof from !== 'number' ||
    typeof to !== 'number' ||
    !Number.isInteger(from) ||
    !Number.isInteger(to) ||
    from < 0 ||
    to > out.length ||
    from > to
  ) {
    throw new RngError(
      'RNG_INVALID_BUFFER',
      `${fn}: from and to must be integers with 0 <= from <= to <= ${out.length}, got from=${describe(from)}, to=${describe(to)}.`,
    );
  }
}
