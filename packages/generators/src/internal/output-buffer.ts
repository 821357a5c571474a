import { GeneratorsError } from '../errors';
import { describe } from './describe';

/** `out`, or a new Float64Array of length n, after checking n and out. */
export function outputBuffer(n: number, out: Float64Array | undefined, where: string): Float64Array {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_SIZE',
      `${where}: n must be a non-negative integer, got ${describe(n)}.`,
    );
  }
  if (out === undefined) return new Float64Array(n);
  if (!(out instanceof Float64Array) || out.length !== n) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_BUFFER',
      `${where}: out must be a Float64Array of length n = ${n}, got ${
        out instanceof Float64Array ? `length ${(out as Float64Array).length}` : describe(out)
      }.`,
    );
  }
  return out;
}
