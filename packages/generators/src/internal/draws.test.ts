import { createGenerator, fillIndices, fillNormal, GENERATOR_NAMES, type Generator, normalPpf } from '@bootstat/rng';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openUniform, shuffleInPlace, standardNormal } from './draws';

describe('single draws follow the bulk fills of @bootstat/rng, bit for bit', () => {
  it.each(GENERATOR_NAMES)('%s: standardNormal = fillNormal', (name) => {
    const a = createGenerator(name, 11);
    const b = createGenerator(name, 11);
    const z = fillNormal(a, new Float64Array(50));
    for (let i = 0; i < 50; i++) expect(standardNormal(b)).toBe(z[i]);
    expect(b.getState()).toEqual(a.getState());
  });

  it('openUniform is the lattice fillNormal inverts: normalPpf(openUniform) = fillNormal; never 0 or 1', () => {
    const a = createGenerator('xoroshiro128plus', 5);
    const b = createGenerator('xoroshiro128plus', 5);
    const z = fillNormal(a, new Float64Array(200));
    for (let i = 0; i < 200; i++) {
      const u = openUniform(b);
      expect(u > 0 && u < 1).toBe(true);
      expect(normalPpf(u)).toBe(z[i]);
    }
  });
});

describe('shuffleInPlace: Fisher–Yates with Lemire bounded integers', () => {
  /** The specification: for i = n − 1 … 1, j = fillIndices(rng, i + 1, one slot), swap. */
  function reference(seed: number, n: number): { perm: number[]; state: readonly number[] } {
    const rng = createGenerator('xoroshiro128plus', seed);
    const perm = Array.from({ length: n }, (_, i) => i);
    const one = new Uint32Array(1);
    for (let i = n - 1; i > 0; i--) {
      const j = fillIndices(rng, i + 1, one)[0] as number;
      [perm[i], perm[j]] = [perm[j] as number, perm[i] as number];
    }
    return { perm, state: rng.getState() };
  }

  it('equals the one-index-at-a-time specification and consumes exactly its words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 300 }), (seed, n) => {
        const rng = createGenerator('xoroshiro128plus', seed);
        const perm = Uint32Array.from({ length: n }, (_, i) => i);
        shuffleInPlace(rng, perm, new Uint32Array(n));
        const want = reference(seed, n);
        expect(Array.from(perm)).toEqual(want.perm);
        expect(rng.getState()).toEqual(want.state);
      }),
    );
  });

  it('takes the next word after a rejection, as fillIndices does (scripted words: 0 is rejected for every s ≥ 2)', () => {
    // 2^32 mod s ≥ 1 for s not a power of 2, and the low word of 0·s is 0, so a 0 word is always rejected there.
    const script = [0, 0, 0x9e3779b9, 0, 0x7f4a7c15, 0xdeadbeef, 0, 0, 0, 0x12345678, 0xffffffff, 0, 0x0badf00d, 0x5];
    const scripted = (): Generator & { used: () => number } => {
      let at = 0;
      const next = () => script[at++ % script.length] as number;
      return {
        name: 'xoroshiro128plus',
        next,
        fillUint32(out: Uint32Array, from = 0, to = out.length) {
          for (let i = from; i < to; i++) out[i] = next();
          return out;
        },
        clone: () => scripted(),
        getState: () => [at],
        used: () => at,
      };
    };
    for (const n of [3, 5, 6, 7, 11]) {
      const mine = scripted();
      const perm = Uint32Array.from({ length: n }, (_, i) => i);
      shuffleInPlace(mine, perm, new Uint32Array(n));
      const spec = scripted();
      const want = Array.from({ length: n }, (_, i) => i);
      const one = new Uint32Array(1);
      for (let i = n - 1; i > 0; i--) {
        const j = fillIndices(spec, i + 1, one)[0] as number;
        [want[i], want[j]] = [want[j] as number, want[i] as number];
      }
      expect(Array.from(perm), `n = ${n}`).toEqual(want);
      expect(mine.used(), `n = ${n}`).toBe(spec.used());
      expect(mine.used()).toBeGreaterThan(n - 1); // some words were rejected
    }
  });

  it('every permutation of 4 is equally likely (chi-square over 24 cells, 48 000 shuffles)', () => {
    const rng = createGenerator('xoroshiro128plus', 2024);
    const counts = new Map<string, number>();
    const perm = new Uint32Array(4);
    const words = new Uint32Array(4);
    const shuffles = 48_000;
    for (let t = 0; t < shuffles; t++) {
      perm.set([0, 1, 2, 3]);
      shuffleInPlace(rng, perm, words);
      const key = perm.join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(24);
    const expected = shuffles / 24;
    let chi2 = 0;
    for (const c of counts.values()) chi2 += (c - expected) ** 2 / expected;
    // 23 degrees of freedom: P(chi2 > 49.7) = 0.001.
    expect(chi2).toBeLessThan(49.7);
  });
});
