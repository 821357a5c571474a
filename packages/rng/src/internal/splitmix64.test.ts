import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromWords, mix64, mix64Words, splitmix64, splitmix64Words, toWords } from './splitmix64';

const word = fc.integer({ min: 0, max: 0xffffffff });
const edges = fc.constantFrom(0, 1, 0x7fffffff, 0x80000000, 0xffffffff);

describe('SplitMix64 on 32-bit halves', () => {
  it('mix64Words equals the BigInt mix64', () => {
    fc.assert(
      fc.property(fc.oneof(word, edges), fc.oneof(word, edges), (h, l) => {
        expect(mix64Words(h, l)).toEqual(toWords(mix64(fromWords(h, l))));
      }),
      { numRuns: 2000 },
    );
  });

  it('splitmix64Words equals the BigInt splitmix64 for k = 1 and 2, carries included', () => {
    fc.assert(
      fc.property(fc.oneof(word, edges), fc.oneof(word, edges), fc.constantFrom(1 as const, 2 as const), (h, l, k) => {
        expect(splitmix64Words(h, l, k)).toEqual(toWords(splitmix64(fromWords(h, l), k)));
      }),
      { numRuns: 2000 },
    );
  });

  it("known answer: SplitMix64's first output from state 0 is 0xe220a8397b1dcdaf (Vigna's reference)", () => {
    expect(splitmix64Words(0, 0, 1)).toEqual([0xe220a839, 0x7b1dcdaf]);
  });
});
