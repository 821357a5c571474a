// What the fused kernels' tests share: xoroshiro128+ states as the engine meets them, states built to put a chosen
// word at a chosen place (BigInt arithmetic on 64-bit lanes; the kernels are tested, not this), the WebAssembly
// global typed for tests, and a bit-exact comparison of replicates.
import { createGenerator, streamTree } from '@bootstat/rng';

export const MASK32 = 0xffffffffn;
const MASK64 = 0xffffffffffffffffn;
const rotl = (v: bigint, k: bigint) => ((v << k) | (v >> (64n - k))) & MASK64;

/** A xoroshiro128+ state as its two 64-bit lanes [s0, s1]. */
export type Lanes = readonly [bigint, bigint];

/** The state one step before [s0, s1]: s1 = rotl(t, 37) and s0 = rotl(s0_, 24) ^ t ^ (t << 16) with t = s0_ ^ s1_. */
export function stepBack([s0, s1]: Lanes): Lanes {
  const t = rotl(s1, 27n);
  const previous0 = rotl(s0 ^ t ^ ((t << 16n) & MASK64), 40n);
  return [previous0, t ^ previous0];
}

/** Lanes as pure-rand's state words [s0.hi, s0.lo, s1.hi, s1.lo]. */
export const toState = ([s0, s1]: Lanes): number[] => [s0 >> 32n, s0 & MASK32, s1 >> 32n, s1 & MASK32].map(Number);

/**
 * Index of the first replicate whose 64 bits differ (the sign of zero included), or -1. A NaN equals any NaN: its
 * sign and payload are not part of the promise (docs/determinism.md), and WebAssembly and V8 choose them
 * differently (CI's fast-check seed 879745023: data holding a NaN and values near ±3.6e307 gave NaN replicates
 * whose bits differed between the two-stream kernel and the JavaScript path).
 */
export function firstDifference(a: Float64Array, b: Float64Array): number {
  const x = new BigUint64Array(a.buffer, a.byteOffset, a.length);
  const y = new BigUint64Array(b.buffer, b.byteOffset, b.length);
  if (x.length !== y.length) return 0;
  return x.findIndex((bits, i) => bits !== y[i] && !(Number.isNaN(a[i]) && Number.isNaN(b[i])));
}

/** The global, typed here: the library's lib (ES2022, no DOM) does not declare it. */
export const wasmApi = (
  globalThis as unknown as { WebAssembly: { validate(bytes: Uint8Array): boolean; Instance: unknown } }
).WebAssembly;

const advanced = createGenerator('xoroshiro128plus', 99);
advanced.fillUint32(new Uint32Array(1001));
/** States as the engine meets them: from a seed (signed words), from the stream tree (unsigned), mid-sequence. */
export const STATES: [string, readonly number[]][] = [
  ['seed 42', createGenerator('xoroshiro128plus', 42).getState()],
  ['stream block 3', streamTree(7).child('resample').child(3).generator('xoroshiro128plus').getState()],
  ['advanced', advanced.getState()],
];
