import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RngError } from './errors';
import { generatorFromState } from './generator-from-state';
import { createXorshift64Star } from './xorshift64-star';

const MASK = (1n << 64n) - 1n;

/** xorshift64* in BigInt, written from Vigna (2016) and SimCash's Python sampler, as the oracle. */
function reference(seed: bigint) {
  let x = seed === 0n ? 1n : seed;
  return () => {
    x ^= x >> 12n;
    x ^= (x << 25n) & MASK;
    x ^= x >> 27n;
    return (x * 0x2545f4914f6cdd1dn) & MASK;
  };
}

describe('createXorshift64Star', () => {
  it('gives the known answers of issue 16 (computed with Python integers from the reference sampler)', () => {
    const x = createXorshift64Star(1);
    expect([x.nextBigUint64(), x.nextBigUint64(), x.nextBigUint64()]).toEqual([
      5180492295206395165n,
      12380297144915551517n,
      13389498078930870103n,
    ]);
    // SimCash's sample seed for base 42, sample 0 (sha256("42:sample:0"), first 8 bytes big-endian, mod 2^31).
    expect(createXorshift64Star(914360478).nextBigUint64()).toBe(1413602841802363043n);
    expect(createXorshift64Star(0).nextBigUint64()).toBe(5180492295206395165n); // 0 is taken as 1
  });

  it('nextModulo is the 64-bit output mod m, exactly, for any m in [1, 2^32]', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: MASK }),
        fc.array(
          fc.oneof(
            fc.integer({ min: 1, max: 1000 }),
            fc.integer({ min: 1, max: 2 ** 32 }),
            fc.constantFrom(1, 2 ** 32, 2 ** 32 - 1, 2 ** 31, 3),
          ),
          { minLength: 1, maxLength: 20 },
        ),
        (seed, moduli) => {
          const x = createXorshift64Star(seed);
          const r = reference(seed);
          for (const m of moduli) expect(x.nextModulo(m)).toBe(Number(r() % BigInt(m)));
        },
      ),
    );
  });

  it('is the xorshift64star generator: its next() is the high word of each output', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: MASK }), (seed) => {
        const x = createXorshift64Star(seed);
        const g = generatorFromState('xorshift64star', [Number(seed >> 32n), Number(seed & 0xffffffffn)]);
        for (let i = 0; i < 5; i++) expect(g.next()).toBe(Number(x.nextBigUint64() >> 32n));
        expect(g.getState()).toEqual(x.getState());
      }),
    );
  });

  it('refuses a seed or modulus it cannot take as the reference does', () => {
    for (const bad of [-1, 1.5, 2 ** 53, Number.NaN, 1n << 64n, -1n, '1', null]) {
      expect(() => createXorshift64Star(bad as never), String(bad)).toThrow(RngError);
    }
    const x = createXorshift64Star(1);
    for (const m of [0, -1, 0.5, 2 ** 32 + 1, Number.NaN]) {
      expect(() => x.nextModulo(m)).toThrow(/nextModulo needs a whole m in \[1, 2\^32\]/);
    }
  });
});
