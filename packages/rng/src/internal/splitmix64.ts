// SplitMix64 (Steele, Lea & Flood 2014; the seeding generator Vigna recommends for the xor-shift family).
// BigInt keeps it obviously exact; the stream tree, which derives a few streams per bootstrap call, uses the same
// functions on 32-bit halves (mix64Words, splitmix64Words), tested equal to these.
import { mulHi32 } from './uint64';

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

/** A 64-bit word as unsigned 32-bit halves [high, low]. */
export type Words = readonly [number, number];

/** (a · b) mod 2^64 on halves: the exact low product, and the cross terms' low words added to its high word. */
function mul64(ah: number, al: number, bh: number, bl: number): Words {
  return [(mulHi32(al, bl) + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0, Math.imul(al, bl) >>> 0];
}

/** z ^ (z >> s) for 0 < s < 32, on halves. */
function xorShift(h: number, l: number, s: number): Words {
  return [(h ^ (h >>> s)) >>> 0, (l ^ ((l >>> s) | (h << (32 - s)))) >>> 0];
}

/** `mix64` on 32-bit halves. */
export function mix64Words(h: number, l: number): Words {
  let [a, b] = xorShift(h, l, 30);
  [a, b] = mul64(a, b, 0xbf58476d, 0x1ce4e5b9);
  [a, b] = xorShift(a, b, 27);
  [a, b] = mul64(a, b, 0x94d049bb, 0x133111eb);
  return xorShift(a, b, 31);
}

/** `splitmix64(state, k)` for k = 1 or 2, on 32-bit halves: mix64(state + k·γ). */
export function splitmix64Words(h: number, l: number, k: 1 | 2): Words {
  // k·γ mod 2^64: 0x9e3779b97f4a7c15 and 0x3c6ef372fe94f82a.
  const gh = k === 1 ? 0x9e3779b9 : 0x3c6ef372;
  const gl = k === 1 ? 0x7f4a7c15 : 0xfe94f82a;
  const lo = l + gl;
  return mix64Words((h + gh + (lo > 0xffffffff ? 1 : 0)) >>> 0, lo >>> 0);
}
