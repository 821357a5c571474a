import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studyRefusal } from '../test/study-refusal';
import { parseStudyShard, STUDY_MAX_SHARDS, studyShardRanges } from './study-shard';

describe('parseStudyShard', () => {
  it('reads I/N with a 0-based index', () => {
    expect(parseStudyShard('0/1')).toEqual({ index: 0, count: 1 });
    expect(parseStudyShard(' 6/7 ')).toEqual({ index: 6, count: 7 });
    expect(parseStudyShard(`0/${STUDY_MAX_SHARDS}`)).toEqual({ index: 0, count: STUDY_MAX_SHARDS });
  });

  it('refuses anything else, saying what is expected', () => {
    for (const bad of [
      '3/3',
      '1/0',
      '-1/3',
      'a/b',
      '1.5/3',
      '1/',
      '/3',
      '1 / 3',
      '1/3/5',
      '',
      `0/${STUDY_MAX_SHARDS + 1}`,
    ]) {
      const e = studyRefusal(() => parseStudyShard(bad));
      expect(e.code, bad).toBe('STUDY_INVALID_OPTION');
    }
    expect(studyRefusal(() => parseStudyShard('3/3')).message).toMatch(/run from 0 to 2 for 3 shards \(0-based\)/);
    expect(studyRefusal(() => parseStudyShard('x')).message).toMatch(/INDEX\/COUNT with a 0-based index/);
  });
});

/** The rule, one dataset at a time: dataset r of scenario s starts at (sum of earlier lengths) and goes to floor(start·N/W). */
function oracle(ns: readonly number[], nReps: number, count: number): number[][] {
  const total = ns.reduce((a, n) => a + n * nReps, 0);
  let start = 0;
  return ns.map((n) =>
    Array.from({ length: nReps }, () => {
      const shard = Math.floor((start * count) / total);
      start += n;
      return shard;
    }),
  );
}

describe('studyShardRanges', () => {
  it('is the documented rule, dataset by dataset, and every dataset is in exactly one shard', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 40 }),
        (ns, nReps, count) => {
          const expected = oracle(ns, nReps, count);
          const got = ns.map(() => new Array<number>(nReps).fill(-1));
          for (let index = 0; index < count; index++) {
            for (const r of studyShardRanges(
              ns.map((n) => ({ n })),
              nReps,
              { index, count },
            )) {
              expect(r.rows).toBeGreaterThan(0);
              for (let d = r.first; d < r.first + r.rows; d++) {
                expect(got[r.scenario]?.[d], 'a dataset in two shards').toBe(-1);
                (got[r.scenario] as number[])[d] = index;
              }
            }
          }
          expect(got).toEqual(expected);
        },
      ),
    );
  });

  it('balances work (datasets weighted by n) to within one dataset of an equal share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 2000 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 50, max: 500 }),
        fc.integer({ min: 1, max: 16 }),
        (ns, nReps, count) => {
          const total = ns.reduce((a, n) => a + n * nReps, 0);
          const maxN = Math.max(...ns);
          for (let index = 0; index < count; index++) {
            const work = studyShardRanges(
              ns.map((n) => ({ n })),
              nReps,
              { index, count },
            ).reduce((a, r) => a + r.rows * (ns[r.scenario] as number), 0);
            expect(Math.abs(work - total / count)).toBeLessThanOrEqual(maxN);
          }
        },
      ),
    );
  });

  it('splits a grid of unequal n by work, not by count (known answer)', () => {
    // 10 datasets of n = 100, then 10 of n = 300: 4000 in all, 2000 per shard. Shard 0 takes the ten small ones
    // (1000) and the first 4 large ones (starting at 1000, 1300, 1600, 1900); a count split would give it 10 and 0.
    const ns = [{ n: 100 }, { n: 300 }];
    expect(studyShardRanges(ns, 10, { index: 0, count: 2 })).toEqual([
      { scenario: 0, first: 0, rows: 10 },
      { scenario: 1, first: 0, rows: 4 },
    ]);
    expect(studyShardRanges(ns, 10, { index: 1, count: 2 })).toEqual([{ scenario: 1, first: 4, rows: 6 }]);
  });

  it('gives empty shards when there are more shards than datasets, and exact splits at the largest sizes', () => {
    // Two datasets of n = 10 start at 0 and 10 of 20; five shards of 4 each: shards 0 and 2 (10·5/20 = 2.5).
    const few = Array.from({ length: 5 }, (_, index) => studyShardRanges([{ n: 10 }], 2, { index, count: 5 }));
    expect(few.map((r) => r.length)).toEqual([1, 0, 1, 0, 0]);
    // 10^9 datasets of n = 10^6 in 88 scenarios: 8.8e16 units, past 2^53; BigInt keeps the split exact.
    const big = Array.from({ length: 88 }, () => ({ n: 1e6 }));
    const last = studyShardRanges(big, 1e9, { index: 6, count: 7 });
    const first = studyShardRanges(big, 1e9, { index: 0, count: 7 });
    expect(first[0]).toEqual({ scenario: 0, first: 0, rows: 1e9 });
    expect(last.at(-1)).toEqual({ scenario: 87, first: expect.any(Number), rows: expect.any(Number) });
    const end = last.at(-1) as { first: number; rows: number };
    expect(end.first + end.rows).toBe(1e9);
    const rows = (index: number) => studyShardRanges(big, 1e9, { index, count: 7 }).reduce((a, r) => a + r.rows, 0);
    expect(Array.from({ length: 7 }, (_, i) => rows(i)).reduce((a, b) => a + b, 0)).toBe(88e9);
  });
});
