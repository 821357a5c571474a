import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENERATOR_NAMES } from './generator';
import { streamTree } from './stream-tree';

const key = fc.oneof(fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.string());
const firstWords = (g: { next(): number }, k = 4) => Array.from({ length: k }, () => g.next());

describe('streamTree', () => {
  it('gives the same stream for the same seed and path, however the tree was walked', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 0xffffffff }),
        fc.array(key, { maxLength: 4 }),
        fc.array(key, { maxLength: 8 }),
        (seed, path, noise) => {
          const direct = path.reduce((s, k) => s.child(k), streamTree(seed));
          // Creating and drawing from unrelated streams first changes nothing.
          const root = streamTree(seed);
          for (const k of noise) firstWords(root.child(k).generator());
          const walked = path.reduce((s, k) => s.child(k), root);
          expect(walked.id).toBe(direct.id);
          expect(walked.path).toEqual(path);
          expect(firstWords(walked.generator())).toEqual(firstWords(direct.generator()));
        },
      ),
    );
  });

  it('gives different streams for different child keys', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), key, key, (seed, a, b) => {
        fc.pre(a !== b);
        const root = streamTree(seed);
        expect(root.child(a).id).not.toBe(root.child(b).id);
        expect(firstWords(root.child(a).generator())).not.toEqual(firstWords(root.child(b).generator()));
      }),
    );
  });

  it('keeps numeric and string keys apart: child(3) is not child("3")', () => {
    const root = streamTree(1);
    expect(root.child(3).id).not.toBe(root.child('3').id);
  });

  it('gives a child a stream different from its parent and from its siblings’ children', () => {
    const root = streamTree(7);
    const ids = new Set([
      root.id,
      root.child(0).id,
      root.child(1).id,
      root.child(0).child(1).id,
      root.child(1).child(0).id,
    ]);
    expect(ids.size).toBe(5);
  });

  it('gives different streams for different seeds', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), fc.nat({ max: 0xffffffff }), (s, t) => {
        fc.pre(s !== t);
        expect(streamTree(s).child('x').id).not.toBe(streamTree(t).child('x').id);
      }),
    );
  });

  it.each(GENERATOR_NAMES)('builds a %s generator that restarts at the same point on every call', (name) => {
    const node = streamTree(99).child('scenario').child(3);
    expect(firstWords(node.generator(name), 16)).toEqual(firstWords(node.generator(name), 16));
    expect(node.generator(name).name).toBe(name);
  });

  it.each([-1, 1.5, Number.NaN, 2 ** 53, null, {}])('rejects the child key %s', (bad) => {
    expect(() => streamTree(1).child(bad as number)).toThrow(expect.objectContaining({ code: 'RNG_INVALID_KEY' }));
  });

  it.each([-1, 2 ** 32, 0.5])('rejects the root seed %s', (bad) => {
    expect(() => streamTree(bad)).toThrow(expect.objectContaining({ code: 'RNG_INVALID_SEED' }));
  });
});
