// The contract every generator of this package keeps, applied to each member of the family
// (fast-check's habit: one set of properties, many implementations).
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createGenerator } from './create-generator';
import type { GeneratorName } from './generator';
import { generatorFromState } from './generator-from-state';

const seed = fc.integer({ min: 0, max: 0xffffffff });

function draw(next: () => number, k: number): number[] {
  return Array.from({ length: k }, next);
}

export function generatorContract(name: GeneratorName): void {
  it('gives the same words for the same seed', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const a = createGenerator(name, s);
        const b = createGenerator(name, s);
        expect(draw(() => a.next(), 8)).toEqual(draw(() => b.next(), 8));
      }),
      { numRuns: 50 },
    );
  });

  it('gives words that are unsigned 32-bit integers', () => {
    fc.assert(
      fc.property(seed, (s) => {
        const g = createGenerator(name, s);
        for (const w of draw(() => g.next(), 16)) {
          expect(Number.isInteger(w) && w >= 0 && w < 2 ** 32).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('gives different words for different seeds', () => {
    fc.assert(
      fc.property(seed, seed, (s, t) => {
        fc.pre(s !== t);
        const a = createGenerator(name, s);
        const b = createGenerator(name, t);
        expect(draw(() => a.next(), 4)).not.toEqual(draw(() => b.next(), 4));
      }),
      { numRuns: 50 },
    );
  });

  it('clones independently: drawing from the clone leaves the original where it was', () => {
    const g = createGenerator(name, 12345);
    g.next();
    const c = g.clone();
    const fromClone = draw(() => c.next(), 5);
    expect(draw(() => g.next(), 5)).toEqual(fromClone);
  });

  it('restores from its state and continues identically', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 0, max: 40 }), (s, skip) => {
        const g = createGenerator(name, s);
        for (let i = 0; i < skip; i++) g.next();
        const restored = generatorFromState(name, g.getState());
        expect(draw(() => restored.next(), 6)).toEqual(draw(() => g.next(), 6));
      }),
      { numRuns: 30 },
    );
  });

  it('fills a buffer with exactly the words next() gives, and leaves the same state', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 5 }), (s, k, offset) => {
        const bulk = createGenerator(name, s);
        const single = createGenerator(name, s);
        const out = new Uint32Array(k + 2 * offset);
        bulk.fillUint32(out, offset, offset + k);
        expect(Array.from(out.subarray(offset, offset + k))).toEqual(draw(() => single.next(), k));
        expect(Array.from(out.subarray(0, offset))).toEqual(new Array(offset).fill(0));
        expect(bulk.getState()).toEqual(single.getState());
        expect(bulk.next()).toBe(single.next());
      }),
      { numRuns: 30 },
    );
  });
}
