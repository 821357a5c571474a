import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { floydRivestSelect, selectInPlace } from './select';

// Ties, wide ranges and lengths past Floyd–Rivest's sampling threshold (600).
const values = fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true })), {
  minLength: 1,
  maxLength: 3000,
});

describe.each([
  ['floydRivestSelect', floydRivestSelect],
  ['selectInPlace', selectInPlace],
] as const)('%s', (_name, select) => {
  it('puts the k-th smallest at k, nothing larger before it and nothing smaller after it', () => {
    fc.assert(
      fc.property(values, fc.nat(), (v, kk) => {
        const a = Float64Array.from(v);
        const k = kk % a.length;
        const sorted = a.slice().sort();
        select(a, k);
        expect(a[k] === sorted[k]).toBe(true); // === : a selection cannot tell −0 from +0
        for (let i = 0; i < k; i++) expect(a[i] as number).toBeLessThanOrEqual(a[k] as number);
        for (let i = k + 1; i < a.length; i++) expect(a[i] as number).toBeGreaterThanOrEqual(a[k] as number);
        expect(a.slice().sort()).toEqual(sorted); // a permutation of the input
      }),
      { numRuns: 300 },
    );
  });

  it('selects within [from, to) only', () => {
    const a = Float64Array.from({ length: 2000 }, (_, i) => (i * 7919) % 2000);
    const before = a.slice();
    select(a, 1500, 1000, 1900);
    expect(a[1500]).toBe(before.slice(1000, 1900).sort()[500]);
    expect(a.slice(0, 1000)).toEqual(before.slice(0, 1000));
    expect(a.slice(1900)).toEqual(before.slice(1900));
  });
});
