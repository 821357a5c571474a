// Exact 32×32→64-bit products in double arithmetic, for code that must stay in 32-bit integers.

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/**
 * High 32 bits of the exact product of two unsigned 32-bit integers.
 *
 * Math.imul gives the low word exactly. The rounded double product differs from the exact one by at most 2^11
 * (half an ulp below 2^64), so (product − low) / 2^32 lies within 2^-20 of the exact high word and rounding
 * recovers it. Both inputs must already be unsigned (use `>>> 0`).
 */
export function mulHi32(a: number, b: number): number {
  const lo = Math.imul(a, b) >>> 0;
  return Math.round((a * b - lo) * TWO_POW_MINUS_32);
}
