import type { Generator } from './generator';
import { assertGenerator } from './internal/assert-generator';
import { assertFloat64Array } from './internal/validate';

const TWO_POW_26 = 67108864;
const TWO_POW_MINUS_53 = 1.1102230246251565e-16;

/**
 * Fills `out` with doubles uniform on [0, 1) with 53 random bits each: two words a, b per value, as
 * (⌊a / 2^5⌋ · 2^26 + ⌊b / 2^6⌋) / 2^53 (the `genrand_res53` rule of the Mersenne Twister reference code).
 * Every value is a multiple of 2^-53; a fill of k values consumes exactly 2k words.
 *
 * @returns `out`
 * @throws {RngError} RNG_INVALID_BUFFER when out is not a Float64Array
 * @example
 * const u = fillUniform(createGenerator('xoroshiro128plus', 7), new Float64Array(1000));
 * u.every((v) => v >= 0 && v < 1 && Number.isInteger(v * 2 ** 53)); // true
 */
export function fillUniform(rng: Generator, out: Float64Array): Float64Array {
  assertGenerator(rng, 'fillUniform');
  assertFloat64Array(out, 'fillUniform');
  const n = out.length;
  if (n === 0) return out;
  // Draw the 2n words straight into out's own bytes: value i reads words 2i and 2i+1, the 8 bytes it then
  // overwrites, so the conversion runs in place with no scratch buffer.
  const words = new Uint32Array(out.buffer, out.byteOffset, 2 * n);
  rng.fillUint32(words, 0, 2 * n);
  for (let i = 0; i < n; i++) {
    const a = (words[2 * i] as number) >>> 5;
    const b = (words[2 * i + 1] as number) >>> 6;
    out[i] = (a * TWO_POW_26 + b) * TWO_POW_MINUS_53;
  }
  return out;
}
