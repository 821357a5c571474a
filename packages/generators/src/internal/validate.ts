import { GeneratorsError } from '../errors';
import { describe } from './describe';

/** Throws GENERATORS_INVALID_SIZE unless n is an integer ≥ 2. */
export function assertSampleSize(n: unknown, where: string): asserts n is number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 2) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_SIZE',
      `${where}: n must be an integer of at least 2 (Spearman's rho needs 2 pairs), got ${describe(n)}.`,
    );
  }
}

/** Throws GENERATORS_INVALID_BUFFER unless value is a Float64Array of the given length. */
export function assertFloat64Array(value: unknown, length: number, where: string, what: string): Float64Array {
  if (!(value instanceof Float64Array)) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_BUFFER',
      `${where}: ${what} must be a Float64Array of length ${length}, got ${describe(value)}.`,
    );
  }
  if (value.length !== length) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_BUFFER',
      `${where}: ${what} must have length ${length}, got length ${value.length}.`,
    );
  }
  return value;
}
