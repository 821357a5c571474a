import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGenerator } from './create-generator';
import { fillUniform } from './fill-uniform';
import { GENERATOR_NAMES } from './generator';

describe('fillUniform', () => {
  it.each(GENERATOR_NAMES)('builds each value from two words as (a>>5 · 2^26 + b>>6) / 2^53 (%s)', (name) => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), fc.integer({ min: 0, max: 100 }), (seed, k) => {
        const words = createGenerator(name, seed);
        const out = fillUniform(createGenerator(name, seed), new Float64Array(k));
        for (let i = 0; i < k; i++) {
          const a = BigInt(words.next() >>> 5);
          const b = BigInt(words.next() >>> 6);
          expect(out[i]).toBe(Number((a << 26n) | b) / 2 ** 53);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('lies in [0, 1) on multiples of 2^-53, and a fill of 10 equals 10 fills of 1', () => {
    const a = createGenerator('xoroshiro128plus', 3);
    const b = createGenerator('xoroshiro128plus', 3);
    const ten = fillUniform(a, new Float64Array(10));
    const singles = Array.from({ length: 10 }, () => fillUniform(b, new Float64Array(1))[0]);
    expect(Array.from(ten)).toEqual(singles);
    for (const u of ten) {
      expect(u >= 0 && u < 1).toBe(true);
      expect(Number.isInteger(u * 2 ** 53)).toBe(true);
    }
  });

  it('has mean 1/2 and variance 1/12 on a large draw', () => {
    const u = fillUniform(createGenerator('xoroshiro128plus', 11), new Float64Array(200_000));
    let s = 0;
    let s2 = 0;
    for (const x of u) {
      s += x;
      s2 += x * x;
    }
    const mean = s / u.length;
    // Standard errors: sqrt(1/12 / n) ≈ 6.5e-4 for the mean; 5 of them is a generous margin.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.0033);
    expect(Math.abs(s2 / u.length - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  it('fills only the view it is given', () => {
    const buffer = new Float64Array(8).fill(7);
    fillUniform(createGenerator('xoroshiro128plus', 1), buffer.subarray(3, 5));
    expect([...buffer.subarray(0, 3), ...buffer.subarray(5)]).toEqual([7, 7, 7, 7, 7, 7]);
    expect(buffer[3]).toBeLessThan(1);
  });

  it('rejects a buffer that is not a Float64Array', () => {
    expect(() =>
      fillUniform(createGenerator('xoroshiro128plus', 1), new Float32Array(2) as unknown as Float64Array),
    ).toThrow(expect.objectContaining({ code: 'RNG_INVALID_BUFFER' }));
  });
});
