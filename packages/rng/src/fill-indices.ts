import { RngError } from './errors';
import type { Generator } from './generator';
import { assertGenerator } from './internal/assert-generator';
import { describe } from './internal/describe';
import { assertUint32Array, UINT32_LIMIT } from './internal/validate';

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;
/** Up to n = 2^21, every product x·n of a 32-bit word is below 2^53 and so exact in a double. */
const EXACT_PRODUCT_LIMIT = 2097152;

/**
 * Fills `out` with independent, exactly uniform integers in [0, n): the resample indices of a bootstrap.
 *
 * Lemire's multiply-shift with rejection (Lemire 2019, "Fast random integer generation in an interval"):
 * for each 32-bit word x, the 64-bit product m = x·n; if its low word is below 2^32 mod n the word is rejected
 * and the next one tried, otherwise the index is the high word of m. The products are exact (see mulHi32),
 * so there is no modulo bias, and the words are consumed in order: a fill of k indices equals k fills of one.
 *
 * @param rng - the generator to draw from; it is advanced by the words consumed
 * @param n - the range size, an integer in [1, 2^32]
 * @param out - the Uint32Array to fill (all of it; pass `out.subarray(a, b)` for part of a buffer)
 * @returns `out`
 * @throws {RngError} RNG_INVALID_RANGE when n is not an integer in [1, 2^32]; RNG_INVALID_BUFFER when out is
 * not a Uint32Array
 * @example
 * const idx = fillIndices(createGenerator('xoroshiro128plus', 42), 30, new Uint32Array(30 * 1000));
 * idx.every((i) => i < 30); // true
 */
export function fillIndices(rng: Generator, n: number, out: Uint32Array): Uint32Array {
  assertGenerator(rng, 'fillIndices');
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > UINT32_LIMIT) {
    throw new RngError(
      'RNG_INVALID_RANGE',
      `fillIndices draws integers in [0, n) for an integer n in [1, 4294967296], got n=${describe(n)}.`,
    );
  }
  assertUint32Array(out, 'fillIndices');
  const length = out.length;
  rng.fillUint32(out, 0, length);
  if (n === UINT32_LIMIT) return out; // every word is already an index
  // Words are written into `out` and compacted in place: an accepted word's index goes to slot w <= r, so no
  // unread word is overwritten. Rejected words leave a gap that the next pass refills with exactly as many new
  // words as are still missing, so no word is drawn that is not consumed.
  const threshold = (UINT32_LIMIT - n) % n; // 2^32 mod n
  const compact = n <= EXACT_PRODUCT_LIMIT ? compactExact : compactWide;
  let w = 0;
  for (;;) {
    w = compact(out, w, n, threshold);
    if (w === length) return out;
    rng.fillUint32(out, w, length);
  }
}

// Each pass maps the words in out[w..) to indices in place and returns the new fill level. Kept as two small
// monomorphic functions: V8 optimises a tight loop far better than one loop with a mode switch inside.

/**
 * n ≤ 2^21: x·n < 2^53 is exact in a double, so x·n·2^-32 truncated (>>> 0) is the exact high word; the low
 * word comes from Math.imul. Integer compares and an integer store keep the loop free of double→int slow paths.
 */
function compactExact(out: Uint32Array, w: number, n: number, threshold: number): number {
  const length = out.length;
  for (let r = w; r < length; r++) {
    const x = out[r] as number;
    if (Math.imul(x, n) >>> 0 >= threshold) out[w++] = (x * n * TWO_POW_MINUS_32) >>> 0;
  }
  return w;
}

/** Larger n: the low word from Math.imul, the high word recovered exactly from the rounded product. */
function compactWide(out: Uint32Array, w: number, n: number, threshold: number): number {
  const length = out.length;
  for (let r = w; r < length; r++) {
    const x = out[r] as number;
    const lo = Math.imul(x, n) >>> 0;
    if (lo >= threshold) out[w++] = Math.round((x * n - lo) * TWO_POW_MINUS_32);
  }
  return w;
}
