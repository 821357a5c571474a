// SplitMix64 (Steele, Lea & Flood 2014; the seeding generator Vigna recommends for the xor-shift family).
// Used only to derive seeds and stream keys, never in a hot loop, so BigInt keeps it obviously exact.

const MASK64 = 0xffffffffffffffffn;
/** The golden-ratio increment γ = 0x9E3779B97F4A7C15. */
export const GOLDEN_GAMMA = 0x9e3779b97f4a7c15n;

/** SplitMix64's output function: a bijection on 64-bit words with full avalanche. */
export function mix64(z: bigint): bigint {
  z &= MASK64;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return z ^ (z >> 31n);
}

/** The k-th output (k = 1, 2, …) of SplitMix64 started from `state`: mix64(state + k·γ). */
export function splitmix64(state: bigint, k: number): bigint {
  return mix64((state + BigInt(k) * GOLDEN_GAMMA) & MASK64);
}

/** A 64-bit word as its [high, low] 32-bit halves, each an unsigned integer. */
export function toWords(z: bigint): [number, number] {
  return [Number((z >> 32n) & 0xffffffffn), Number(z & 0xffffffffn)];
}

export function fromWords(hi: number, lo: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}
