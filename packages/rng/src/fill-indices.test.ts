import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGenerator } from './create-generator';
import { fillIndices } from './fill-indices';
import { GENERATOR_NAMES, type Generator } from './generator';

// Lemire's method written the plain way, with BigInt arithmetic, one word at a time: the independent oracle.
function lemireReference(rng: Generator, n: number): number {
  const N = BigInt(n);
  const threshold = (2n ** 32n - N) % N;
  for (;;) {
    const m = BigInt(rng.next()) * N;
    if ((m & 0xffffffffn) >= threshold) return Number(m >> 32n);
  }
}

const range = fc.oneof(
  fc.integer({ min: 1, max: 2000 }),
  fc.integer({ min: 1, max: 2 ** 32 }),
  fc.integer({ min: 2 ** 31, max: 2 ** 31 + 1000 }), // rejection rate near one half
  fc.constantFrom(2 ** 21, 2 ** 21 + 1, 2 ** 32), // both sides of the exact-double fast path, and the top
);

function chiSquare(counts: ArrayLike<number>, expected: number): number {
  let x2 = 0;
  for (let i = 0; i < counts.length; i++) x2 += ((counts[i] as number) - expected) ** 2 / expected;
  return x2;
}

describe('fillIndices', () => {
  it.each(GENERATOR_NAMES)('equals Lemire’s method applied word by word (%s)', (name) => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), range, fc.integer({ min: 0, max: 200 }), (seed, n, k) => {
        const expected = createGenerator(name, seed);
        const rng = createGenerator(name, seed);
        const out = fillIndices(rng, n, new Uint32Array(k));
        expect(Array.from(out)).toEqual(Array.from({ length: k }, () => lemireReference(expected, n)));
        expect(rng.getState()).toEqual(expected.getState()); // consumed exactly the same words
      }),
      { numRuns: 40 },
    );
  });

  it('gives the same indices in one fill of 10 as in 10 fills of 1, even where half the words are rejected', () => {
    for (const n of [7, 1000, 2 ** 31 + 1, 3 * 2 ** 30]) {
      const a = createGenerator('xoroshiro128plus', 2024);
      const b = createGenerator('xoroshiro128plus', 2024);
      const ten = Array.from(fillIndices(a, n, new Uint32Array(10)));
      const singles = Array.from({ length: 10 }, () => fillIndices(b, n, new Uint32Array(1))[0]);
      expect(ten).toEqual(singles);
    }
  });

  it('stays in [0, n)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), range, (seed, n) => {
        const out = fillIndices(createGenerator('xoroshiro128plus', seed), n, new Uint32Array(500));
        for (const i of out) expect(i < n).toBe(true);
      }),
    );
  });

  it('fills only the view it is given', () => {
    const buffer = new Uint32Array(10).fill(99);
    fillIndices(createGenerator('xoroshiro128plus', 1), 5, buffer.subarray(2, 6));
    expect([buffer[0], buffer[1], ...buffer.subarray(6)]).toEqual([99, 99, 99, 99, 99, 99]);
    for (const i of buffer.subarray(2, 6)) expect(i).toBeLessThan(5);
  });

  // Chi-square goodness of fit on a large draw with a fixed seed; critical values chi2.ppf(0.999, df) from SciPy.
  it('is uniform over a small range (chi-square, n = 10, one million draws)', () => {
    const out = fillIndices(createGenerator('xoroshiro128plus', 20241121), 10, new Uint32Array(1_000_000));
    const counts = new Float64Array(10);
    for (const i of out) counts[i] = (counts[i] as number) + 1;
    expect(chiSquare(counts, 100_000)).toBeLessThan(27.877164871256568); // df = 9
  });

  it('has no modulo bias over a huge range where x mod n would have a large one (n = 3·2^30)', () => {
    const n = 3 * 2 ** 30;
    const rng = createGenerator('xoroshiro128plus', 7);
    const words = createGenerator('xoroshiro128plus', 7).fillUint32(new Uint32Array(300_000));
    const out = fillIndices(rng, n, new Uint32Array(300_000));
    const thirds = (values: Iterable<number>) => {
      const c = new Float64Array(3);
      for (const v of values) c[Math.floor(v / 2 ** 30)] = (c[Math.floor(v / 2 ** 30)] as number) + 1;
      return c;
    };
    expect(chiSquare(thirds(out), 100_000)).toBeLessThan(13.815510557964274); // df = 2
    // The same test catches the naive x mod n, so it can fail: a third of the range gets twice the draws.
    const naive = Array.from(words, (x) => x % n);
    expect(chiSquare(thirds(naive), 100_000)).toBeGreaterThan(13.815510557964274);
  });

  it.each([0, -1, 1.5, 2 ** 32 + 1, Number.NaN, Number.POSITIVE_INFINITY, '10'])('rejects n = %s', (n) => {
    expect(() => fillIndices(createGenerator('xoroshiro128plus', 1), n as number, new Uint32Array(3))).toThrow(
      expect.objectContaining({ code: 'RNG_INVALID_RANGE', message: expect.stringContaining('[1, 4294967296]') }),
    );
  });

  it.each([new Int32Array(3), new Float64Array(3), [0, 0, 0]])(
    'rejects an output buffer that is not a Uint32Array',
    (out) => {
      expect(() => fillIndices(createGenerator('xoroshiro128plus', 1), 10, out as unknown as Uint32Array)).toThrow(
        expect.objectContaining({ code: 'RNG_INVALID_BUFFER' }),
      );
    },
  );

  it('rejects something that is not a generator', () => {
    expect(() => fillIndices({ next: () => 1 } as unknown as Generator, 10, new Uint32Array(3))).toThrow(
      expect.objectContaining({ code: 'RNG_UNKNOWN_GENERATOR' }),
    );
  });
});
