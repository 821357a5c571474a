import { createGenerator, streamTree } from '@bootstat/rng';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectGeneratorsError } from '../test/expect-error';
import { levelCounts } from './level-counts';
import { shuffleLevels } from './shuffle-levels';
import { tiedLevels } from './tied-levels';

describe('shuffleLevels', () => {
  it('is a permutation of the template (same multiset), and leaves the template alone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 200 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }))),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        ([n, k], seed) => {
          const template = tiedLevels({ counts: levelCounts(n, k, 'heavy_center') });
          const copy = template.slice();
          const x = shuffleLevels(template, createGenerator('xoroshiro128plus', seed));
          expect(template).toEqual(copy);
          expect(Array.from(x).sort((a, b) => a - b)).toEqual(Array.from(template));
        },
      ),
    );
  });

  it('is deterministic: the same stream gives the same order; out may be the template itself', () => {
    const template = tiedLevels({ counts: [3, 4, 5] });
    const a = shuffleLevels(template, streamTree(9).child(1).generator());
    const b = shuffleLevels(template, streamTree(9).child(1).generator(), new Float64Array(12));
    const inPlace = template.slice();
    shuffleLevels(inPlace, streamTree(9).child(1).generator(), inPlace);
    expect(b).toEqual(a);
    expect(inPlace).toEqual(a);
    expect(shuffleLevels(template, streamTree(9).child(2).generator())).not.toEqual(a);
  });

  it('puts each level at each position equally often (x = [1, 2, 2, 3]: chi-square over 16 cells)', () => {
    const rng = createGenerator('xoroshiro128plus', 77);
    const template = Float64Array.of(1, 2, 2, 3);
    const out = new Float64Array(4);
    const shuffles = 40_000;
    const seen = new Map<string, number>();
    for (let t = 0; t < shuffles; t++) {
      shuffleLevels(template, rng, out);
      for (let p = 0; p < 4; p++) seen.set(`${p}:${out[p]}`, (seen.get(`${p}:${out[p]}`) ?? 0) + 1);
    }
    let chi2 = 0;
    for (let p = 0; p < 4; p++) {
      for (const [v, share] of [
        [1, 0.25],
        [2, 0.5],
        [3, 0.25],
      ] as const) {
        const e = shuffles * share;
        chi2 += ((seen.get(`${p}:${v}`) ?? 0) - e) ** 2 / e;
      }
    }
    // 12 cells with 3·4 − 4 − 2 = 6 free: P(chi2 > 22.5) = 0.001 at 6 df; bounded loosely by 12 df (32.9).
    expect(chi2).toBeLessThan(32.9);
  });

  it('errors: a template that is not a Float64Array, an out of another length, a missing generator', () => {
    const rng = createGenerator('xoroshiro128plus', 1);
    expectGeneratorsError(() => shuffleLevels([1, 2] as never, rng), 'GENERATORS_INVALID_BUFFER');
    expectGeneratorsError(
      () => shuffleLevels(Float64Array.of(1, 2), rng, new Float64Array(3)),
      'GENERATORS_INVALID_BUFFER',
    );
    expectGeneratorsError(() => shuffleLevels(Float64Array.of(1, 2), undefined as never), 'GENERATORS_INVALID_OPTION');
  });
});
