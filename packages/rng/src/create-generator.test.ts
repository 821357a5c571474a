import { congruential32 } from 'pure-rand/generator/congruential32';
import { mersenne } from 'pure-rand/generator/mersenne';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { xorshift128plus } from 'pure-rand/generator/xorshift128plus';
import { describe, expect, it } from 'vitest';
import { createGenerator } from './create-generator';
import { RngError } from './errors';
import { DEFAULT_GENERATOR, GENERATOR_NAMES, type GeneratorName } from './generator';
import { generatorContract } from './generator.properties';

describe.each(GENERATOR_NAMES)('%s', (name) => {
  generatorContract(name);
});

describe('createGenerator', () => {
  it('defaults to xoroshiro128plus', () => {
    expect(DEFAULT_GENERATOR).toBe('xoroshiro128plus');
  });

  // The pure-rand generators are the reference for their own sequences, including our bulk kernels.
  const pure = {
    xoroshiro128plus,
    mersenne,
    xorshift128plus,
    congruential32,
  } as const;
  it.each(Object.keys(pure) as (keyof typeof pure)[])('%s is pure-rand’s sequence, word for word', (name) => {
    for (const seed of [0, 1, 42, 2 ** 31 - 1, 2 ** 31, 2 ** 32 - 1]) {
      const ours = createGenerator(name, seed);
      const theirs = pure[name](seed | 0);
      const bulk = createGenerator(name, seed).fillUint32(new Uint32Array(1000));
      const expected = Array.from({ length: 1000 }, () => theirs.next() >>> 0);
      expect(Array.from(bulk)).toEqual(expected);
      expect(Array.from({ length: 1000 }, () => ours.next())).toEqual(expected);
    }
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1, 1.5, 2 ** 32, '7', undefined])(
    'rejects the seed %s with RNG_INVALID_SEED',
    (seed) => {
      expect(() => createGenerator('xoroshiro128plus', seed as number)).toThrow(
        expect.objectContaining({ code: 'RNG_INVALID_SEED', message: expect.stringContaining('[0, 4294967295]') }),
      );
    },
  );

  it('rejects an unknown generator name, listing the known ones', () => {
    const call = () => createGenerator('mt19937' as GeneratorName, 1);
    expect(call).toThrow(RngError);
    expect(call).toThrow(
      expect.objectContaining({ code: 'RNG_UNKNOWN_GENERATOR', message: expect.stringContaining('xoroshiro128plus') }),
    );
  });

  it('rejects fillUint32 spans outside the buffer and buffers of the wrong type', () => {
    const g = createGenerator('xoroshiro128plus', 1);
    expect(() => g.fillUint32(new Uint32Array(4), 2, 5)).toThrow(
      expect.objectContaining({ code: 'RNG_INVALID_BUFFER' }),
    );
    expect(() => g.fillUint32(new Uint32Array(4), 3, 2)).toThrow(
      expect.objectContaining({ code: 'RNG_INVALID_BUFFER' }),
    );
    expect(() => g.fillUint32(new Float64Array(4) as unknown as Uint32Array)).toThrow(
      expect.objectContaining({ code: 'RNG_INVALID_BUFFER' }),
    );
  });

  it('has jump where the algorithm defines one, and jumping moves to a different part of the sequence', () => {
    for (const name of GENERATOR_NAMES) {
      const g = createGenerator(name, 5);
      if (name === 'xorshift64star') {
        expect(g.jump).toBeUndefined();
        continue;
      }
      const h = g.clone();
      h.jump?.();
      expect(h.next()).not.toBe(g.next());
    }
  });
});
