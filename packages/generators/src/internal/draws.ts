// Single draws from a Generator's words, by the rules of @bootstat/rng's bulk fills, so a value drawn here is bit for
// bit the value the fill would give from the same two words (the tests hold them equal). The fills take a buffer and
// check their arguments on every call; these are for loops that need one value at a time.
import { type Generator, normalPpf } from '@bootstat/rng';

const TWO_POW_26 = 67108864;
const TWO_POW_MINUS_32 = 2.3283064365386963e-10;
const TWO_POW_MINUS_52 = 2.220446049250313e-16;
/** Up to s = 2^21 every product x·s of a 32-bit word is below 2^53 and so exact in a double. */
const EXACT_PRODUCT_LIMIT = 2097152;
const UINT32_LIMIT = 4294967296;

/**
 * A double uniform on the open lattice (k + ½)/2^52 ⊂ (0, 1) from two words: the u that `fillNormal` inverts, so
 * normalPpf(openUniform(rng)) is bit for bit fillNormal's deviate. Symmetric about ½, never 0 or 1.
 */
export function openUniform(rng: Generator): number {
  const a = rng.next() >>> 6;
  const b = rng.next() >>> 6;
  return (a * TWO_POW_26 + b + 0.5) * TWO_POW_MINUS_52;
}

/** A standard normal deviate: `fillNormal`'s rule for one value (inversion, AS241). */
export function standardNormal(rng: Generator): number {
  return normalPpf(openUniform(rng));
}

/**
 * Fisher–Yates (Durstenfeld) shuffle of perm in place: for i = n − 1 down to 1, swap perm[i] with perm[j], j uniform
 * on [0, i] by Lemire's multiply-shift with rejection (Lemire 2019): a word x is rejected when the low word of
 * x·(i + 1) is below 2^32 mod (i + 1), and the next word tried — the rule of `fillIndices`, so j is exactly
 * fillIndices(rng, i + 1, one slot) (2^32 mod s, a division, is only computed when the low word is below s). Every
 * permutation is exactly equally likely.
 *
 * Words come through `rng.fillUint32` into `words` (length ≥ n − 1), never more than the swaps still to do, so
 * exactly the words used are drawn, as if one `next()` at a time.
 */
export function shuffleInPlace(rng: Generator, perm: Uint32Array | Float64Array, words: Uint32Array): void {
  let at = 0;
  let available = 0;
  for (let i = perm.length - 1; i > 0; i--) {
    const s = i + 1;
    // i swaps remain, this one included, each needing at least one word.
    if (at === available) {
      rng.fillUint32(words, 0, i);
      at = 0;
      available = i;
    }
    let x = words[at++] as number;
    let lo = Math.imul(x, s) >>> 0;
    if (lo < s) {
      const threshold = (UINT32_LIMIT - s) % s;
      while (lo < threshold) {
        if (at === available) {
          rng.fillUint32(words, 0, i);
          at = 0;
          available = i;
        }
        x = words[at++] as number;
        lo = Math.imul(x, s) >>> 0;
      }
    }
    const j = s <= EXACT_PRODUCT_LIMIT ? (x * s * TWO_POW_MINUS_32) >>> 0 : Math.round((x * s - lo) * TWO_POW_MINUS_32);
    const t = perm[i] as number;
    perm[i] = perm[j] as number;
    perm[j] = t;
  }
}

/** perm[i] = i, then shuffleInPlace. */
export function randomPermutation(rng: Generator, perm: Uint32Array, words: Uint32Array): void {
  for (let i = 0; i < perm.length; i++) perm[i] = i;
  shuffleInPlace(rng, perm, words);
}
