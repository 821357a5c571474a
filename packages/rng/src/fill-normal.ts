import type { Generator } from './generator';
import { assertGenerator } from './internal/assert-generator';
import { assertFloat64Array } from './internal/validate';
import { normalPpf } from './normal-ppf';

const TWO_POW_26 = 67108864;
const TWO_POW_MINUS_52 = 2.220446049250313e-16;

/**
 * Fills `out` with standard normal deviates by inversion: u = (k + ½) / 2^52 with k made of 26 bits from each
 * of two words (so u lies strictly inside (0, 1), symmetric about ½), then z = Φ⁻¹(u) by Wichura's AS241
 * (PPND16, about 1e-16 relative accuracy). Inversion rather than Box–Muller or a ziggurat: every deviate
 * consumes exactly two words, so deviate i depends only on words 2i and 2i+1, and the tails are exact to the
 * lattice (|z| ≤ 8.13).
 *
 * @returns `out`
 * @throws {RngError} RNG_INVALID_BUFFER when out is not a Float64Array
 * @example
 * const z = fillNormal(createGenerator('xoroshiro128plus', 7), new Float64Array(1000));
 * Math.abs(z.reduce((s, v) => s + v, 0) / z.length) < 0.1; // true
 */
export function fillNormal(rng: Generator, out: Float64Array): Float64Array {
  assertGenerator(rng, 'fillNormal');
  assertFloat64Array(out, 'fillNormal');
  const n = out.length;
  if (n === 0) return out;
  const words = new Uint32Array(out.buffer, out.byteOffset, 2 * n); // in place, as in fillUniform
  rng.fillUint32(words, 0, 2 * n);
  for (let i = 0; i < n; i++) {
    const a = (words[2 * i] as number) >>> 6;
    const b = (words[2 * i + 1] as number) >>> 6;
    out[i] = normalPpf((a * TWO_POW_26 + b + 0.5) * TWO_POW_MINUS_52);
  }
  return out;
}
