// The entry points typed ArrayLike<number> (bootstrap, jackknife, bootstrapCi, lowerBound95, mean) accept every
// array-like of numbers, copied once into a Float64Array, and give the bits of the equivalent number[].
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrap } from '../bootstrap';
import { bootstrapCi } from '../bootstrap-ci';
import { jackknife } from '../jackknife';
import { lowerBound95 } from '../lower-bound-95';
import { mean } from '../mean';
import { MAX_SAMPLE_LENGTH } from './samples';

/** A plain object { length, 0: …, 1: … }. */
const plainObject = (x: readonly number[]): ArrayLike<number> => {
  const o: Record<number, number> & { length: number } = { length: x.length };
  x.forEach((v, i) => {
    o[i] = v;
  });
  return o;
};

/** A class whose elements are getters, as a view over other storage would be. */
class Getters implements ArrayLike<number> {
  readonly [i: number]: number;
  constructor(x: readonly number[]) {
    for (let i = 0; i < x.length; i++) Object.defineProperty(this, i, { get: () => x[i], enumerable: true });
    Object.defineProperty(this, 'length', { value: x.length });
  }
  declare readonly length: number;
}

type Form = readonly [string, (x: readonly number[]) => ArrayLike<number>];
const anyNumbers: Form[] = [
  ['a plain object', plainObject],
  ['a class of getters', (x) => new Getters(x)],
  ['a Float64Array', (x) => Float64Array.from(x)],
];
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });

/** Every entry point on the same data: results must be equal bit for bit (toEqual tells −0 from +0). */
function results(data: ArrayLike<number>) {
  const options = { seed: 7, nResamples: 64 };
  const run = <T>(f: () => T): T | string => {
    try {
      return f();
    } catch (e) {
      return `${(e as { code?: string }).code}: ${(e as Error).message}`;
    }
  };
  return {
    bootstrap: run(() => bootstrap([data], 'mean', { ...options, method: 'bca' })),
    paired: run(() => bootstrap([data, data], 'mean-difference', { ...options, paired: true, method: 'percentile' })),
    jackknife: run(() => jackknife([data], 'mean')),
    bootstrapCi: run(() => bootstrapCi(data, options)),
    lowerBound95: run(() => lowerBound95(data, { runId: '3f2a9c1e', nResamples: 100 })),
    mean: run(() => mean(data)),
  };
}

describe('array-likes of numbers are accepted as the types say', () => {
  it.each(anyNumbers)('%s gives the bits of the equivalent number[]', (_label, form) => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 24 }), (x) => {
        expect(results(form(x))).toEqual(results(x));
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    ['an Int32Array', (x: readonly number[]) => Int32Array.from(x)],
    ['a Uint8Array', (x: readonly number[]) => Uint8Array.from(x)],
    ['a Float32Array', (x: readonly number[]) => Float32Array.from(x)],
  ] as const)('%s gives the bits of the equivalent number[]', (_label, form) => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 24 }), (x) => {
        expect(results(form(x))).toEqual(results(x));
      }),
      { numRuns: 40 },
    );
  });

  it('a Float32Array gives the bits of its values as doubles', () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 24 }),
        (x) => {
          const f = Float32Array.from(x);
          expect(results(f)).toEqual(results(Array.from(f)));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('array-likes that are not of numbers, or not array-likes, are coded errors', () => {
  const entryPoints = [
    ['bootstrap', (d: unknown) => bootstrap([d as number[]], 'mean', { seed: 1, nResamples: 10 })],
    ['bootstrapCi', (d: unknown) => bootstrapCi(d as number[])],
    ['lowerBound95', (d: unknown) => lowerBound95(d as number[], { runId: '3f2a9c1e' })],
    ['mean', (d: unknown) => mean(d as number[])],
  ] as const;
  const bad: [string, unknown, RegExp][] = [
    ['a string element', { length: 2, 0: 1, 1: '2' }, /\[1\] is "2", not a number/],
    ['a null element', [1, null, 3], /\[1\] is null, not a number/],
    ['a missing element', { length: 3, 0: 1, 2: 3 }, /\[1\] is undefined, not a number/],
    ['a bigint element', BigInt64Array.of(1n, 2n), /\[0\] is bigint, not a number/],
    ['a string', '123', /array-like of numbers/],
    ['a DataView', new DataView(new ArrayBuffer(16)), /array-like of numbers/],
    ['an object without length', { 0: 1 }, /array-like of numbers/],
    ['a negative length', { length: -1 }, /length -1/],
    ['a fractional length', { length: 2.5, 0: 1, 1: 2 }, /length 2\.5/],
    ['a string length', { length: '2', 0: 1, 1: 2 }, /length "2"/],
    ['a length of 1e12', { length: 1e12 }, /length 1000000000000.*at most 4294967295/],
    ['a length of 2^32', { length: 2 ** 32, 0: 1 }, /length 4294967296/],
  ];
  describe.each(entryPoints)('%s', (_fn, call) => {
    it.each(bad)('%s', (_label, data, message) => {
      expect(() => call(data)).toThrow(
        expect.objectContaining({ code: 'STATS_INVALID_INPUT', message: expect.stringMatching(message) }),
      );
    });
  });

  it('MAX_SAMPLE_LENGTH is the longest array JavaScript can hold', () => {
    expect(MAX_SAMPLE_LENGTH).toBe(2 ** 32 - 1);
    expect(() => new Array(MAX_SAMPLE_LENGTH + 1)).toThrow(RangeError);
  });
});
