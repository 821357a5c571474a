import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGenerator } from './create-generator';
import { fillNormal } from './fill-normal';
import { normalPpf } from './normal-ppf';

describe('fillNormal', () => {
  it('inverts the lattice point (k + ½) / 2^52 made of 26 bits from each of two words', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), fc.integer({ min: 0, max: 50 }), (seed, k) => {
        const words = createGenerator('xoroshiro128plus', seed);
        const out = fillNormal(createGenerator('xoroshiro128plus', seed), new Float64Array(k));
        for (let i = 0; i < k; i++) {
          const lattice = Number((BigInt(words.next() >>> 6) << 26n) | BigInt(words.next() >>> 6));
          expect(out[i]).toBe(normalPpf((lattice + 0.5) / 2 ** 52));
        }
      }),
      { numRuns: 20 },
    );
  });

  it('is finite even at the ends of the lattice, and exactly symmetric', () => {
    const lo = normalPpf(0.5 / 2 ** 52);
    const hi = normalPpf(1 - 0.5 / 2 ** 52);
    expect(Number.isFinite(lo) && Number.isFinite(hi)).toBe(true);
    expect(hi).toBe(-lo);
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 52 - 1 }), (k) => {
        expect(normalPpf((k + 0.5) / 2 ** 52)).toBe(-normalPpf((2 ** 52 - 1 - k + 0.5) / 2 ** 52));
      }),
    );
  });

  it('has mean 0, variance 1 and the normal tail mass on a large draw', () => {
    const z = fillNormal(createGenerator('xoroshiro128plus', 5), new Float64Array(200_000));
    let s = 0;
    let s2 = 0;
    let beyond196 = 0;
    for (const x of z) {
      s += x;
      s2 += x * x;
      if (Math.abs(x) > 1.959963984540054) beyond196++;
    }
    const mean = s / z.length;
    expect(Math.abs(mean)).toBeLessThan(0.012); // 5 standard errors
    expect(Math.abs(s2 / z.length - mean * mean - 1)).toBeLessThan(0.016);
    expect(Math.abs(beyond196 / z.length - 0.05)).toBeLessThan(0.0025);
  });

  it('gives the same values in one fill of 10 as in 10 fills of 1', () => {
    const a = createGenerator('xorshift64star', 8);
    const b = createGenerator('xorshift64star', 8);
    const ten = fillNormal(a, new Float64Array(10));
    expect(Array.from(ten)).toEqual(Array.from({ length: 10 }, () => fillNormal(b, new Float64Array(1))[0]));
  });

  it('rejects a buffer that is not a Float64Array', () => {
    expect(() => fillNormal(createGenerator('xoroshiro128plus', 1), [0, 0] as unknown as Float64Array)).toThrow(
      expect.objectContaining({ code: 'RNG_INVALID_BUFFER' }),
    );
  });
});
