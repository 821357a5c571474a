import { RngError } from './errors';
import { describe } from './internal/describe';

const encoder = new TextEncoder();

/**
 * A stable 32-bit seed for any non-empty name: the 32-bit FNV-1a hash (Fowler, Noll & Vo; offset basis
 * 2166136261, prime 16777619) of the name's UTF-8 bytes. The same name gives the same seed on every platform
 * and in every version of this package.
 *
 * @throws {RngError} RNG_INVALID_SEED when the name is not a string or is empty
 * @example
 * // 0xbf9cf968 = 3214735720, the FNV-1a test vector for 'foobar'
 * seedFromString('foobar'); // 3214735720
 */
export function seedFromString(name: string): number {
  if (typeof name !== 'string' || name.length === 0) {
    throw new RngError('RNG_INVALID_SEED', `seedFromString needs a non-empty string, got ${describe(name)}.`);
  }
  const bytes = encoder.encode(name);
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i] as number;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
