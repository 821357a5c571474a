import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedFromString } from './seed-from-string';

describe('seedFromString', () => {
  it('is the 32-bit FNV-1a of the UTF-8 bytes (published test vector)', () => {
    expect(seedFromString('a')).toBe(0xe40c292c);
    expect(seedFromString('foobar')).toBe(0xbf9cf968);
  });

  it('gives a valid seed for any non-empty string', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme' }), (s) => {
        const seed = seedFromString(s);
        expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
        expect(seedFromString(s)).toBe(seed);
      }),
    );
  });

  it.each(['', 42, null])('rejects %j', (name) => {
    expect(() => seedFromString(name as string)).toThrow(expect.objectContaining({ code: 'RNG_INVALID_SEED' }));
  });
});
