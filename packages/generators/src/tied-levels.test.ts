import { describe, expect, it } from 'vitest';
import { expectGeneratorsError } from '../test/expect-error';
import { levelCounts } from './level-counts';
import { DEFAULT_LEVEL_RANGE, tiedLevels } from './tied-levels';

describe('tiedLevels', () => {
  it('puts k levels at numpy.linspace(1.43, 3.55, k), each repeated counts[i] times', () => {
    // numpy.linspace(1.43, 3.55, 4).tolist() == [1.43, 2.1366666666666667, 2.8433333333333333, 3.55]
    expect(Array.from(tiedLevels({ counts: [2, 1, 3, 1] }))).toEqual([
      1.43, 1.43, 2.1366666666666667, 2.8433333333333333, 2.8433333333333333, 2.8433333333333333, 3.55,
    ]);
    expect(DEFAULT_LEVEL_RANGE).toEqual([1.43, 3.55]);
  });

  it('is sorted, n long, with counts[i] copies of level i; all ones gives n distinct values', () => {
    const counts = levelCounts(81, 9, 'heavy_center');
    const x = tiedLevels({ counts, n: 81 });
    expect(x).toHaveLength(81);
    for (let i = 1; i < x.length; i++) expect(x[i] as number).toBeGreaterThanOrEqual(x[i - 1] as number);
    expect(new Set(x).size).toBe(9);
    const distinct = tiedLevels({ counts: new Array(5).fill(1), range: [0, 1] });
    expect(Array.from(distinct)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('k = 1 gives the low end; the last level is exactly the high end', () => {
    expect(Array.from(tiedLevels({ counts: [3] }))).toEqual([1.43, 1.43, 1.43]);
    expect(tiedLevels({ counts: [1, 1, 1, 1, 1, 1, 1], range: [0.1, 0.7] })[6]).toBe(0.7);
  });

  it('errors: counts, sizes and ranges, each saying what to fix', () => {
    expect(
      expectGeneratorsError(() => tiedLevels({ counts: [20, 20, 20, 19], n: 80 }), 'GENERATORS_INVALID_COUNTS'),
    ).toBe('tiedLevels: the counts sum to 79, not n = 80. Make them sum to n (levelCounts(n, k, pattern) does).');
    expectGeneratorsError(() => tiedLevels({ counts: [20, 0, 20] }), 'GENERATORS_INVALID_COUNTS');
    expectGeneratorsError(() => tiedLevels({ counts: [20, 2.5] }), 'GENERATORS_INVALID_COUNTS');
    expectGeneratorsError(() => tiedLevels({ counts: [] }), 'GENERATORS_INVALID_COUNTS');
    expectGeneratorsError(() => tiedLevels(undefined as never), 'GENERATORS_INVALID_COUNTS');
    expectGeneratorsError(() => tiedLevels({ counts: [1] }), 'GENERATORS_INVALID_SIZE');
    for (const range of [[3, 1], [1, 1], [0, Number.NaN], [0], 'wide']) {
      expectGeneratorsError(() => tiedLevels({ counts: [2, 2], range: range as never }), 'GENERATORS_INVALID_RANGE');
    }
  });
});
