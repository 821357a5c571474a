import { RngError } from './errors';
import { describe } from './internal/describe';
import { Xorshift64Star } from './internal/generators/xorshift64star';

/**
 * xorshift64* with its whole 64-bit output, as SimCash's Rust engine and Python bootstrap sampler use it: the state
 * is the seed itself (0 becomes 1), and an integer in [0, m) is `next % m`, not the unbiased draw of `fillIndices`.
 * It is the `'xorshift64star'` generator of `createGenerator` (whose `next()` returns each output's high 32 bits),
 * seeded another way.
 */
export interface Xorshift64StarSequence {
  /** The next output modulo m, for a whole m in [1, 2^32]: exactly `next_u64() % m` of the reference. */
  nextModulo(m: number): number;
  /** The next whole 64-bit output, as a BigInt. */
  nextBigUint64(): bigint;
  /** The state as [high, low] 32-bit words. */
  getState(): readonly number[];
}

const TWO_64 = 1n << 64n;

/**
 * An xorshift64* sequence whose state is `seed` (a whole number in [0, 2^64), a BigInt or a safe integer; 0 is
 * taken as 1, as the reference does).
 *
 * @throws {RngError} RNG_INVALID_SEED for anything else; RNG_INVALID_RANGE for a modulus outside [1, 2^32]
 * @example
 * const x = createXorshift64Star(1);
 * x.nextBigUint64(); // 5180492295206395165n
 * x.nextBigUint64(); // 12380297144915551517n
 * createXorshift64Star(914360478).nextBigUint64(); // 1413602841802363043n
 * createXorshift64Star(1).nextModulo(10); // 5
 */
export function createXorshift64Star(seed: bigint | number): Xorshift64StarSequence {
  const s = typeof seed === 'number' && Number.isSafeInteger(seed) && seed >= 0 ? BigInt(seed) : seed;
  if (typeof s !== 'bigint' || s < 0n || s >= TWO_64) {
    throw new RngError(
      'RNG_INVALID_SEED',
      `an xorshift64* seed must be a whole number in [0, 2^64) (a BigInt, or a safe integer), got ${describe(seed)}.`,
    );
  }
  const state = s === 0n ? 1n : s;
  const g = new Xorshift64Star(Number(state >> 32n), Number(state & 0xffffffffn));
  return {
    nextModulo(m) {
      if (!Number.isInteger(m) || m < 1 || m > 4294967296) {
        throw new RngError('RNG_INVALID_RANGE', `nextModulo needs a whole m in [1, 2^32], got ${describe(m)}.`);
      }
      return g.nextModulo(m);
    },
    nextBigUint64: () => g.nextBigUint64(),
    getState: () => g.getState(),
  };
}
