import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { studyRefusal } from '../test/study-refusal';
import { datasetWork, parseStudyShard, STUDY_MAX_SHARDS, studyShardRanges } from './study-shard';

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

/** The rule, one dataset at a time: dataset r of scenario s starts at (sum of earlier works) and goes to floor(start·N/W). */
function oracle(works: readonly number[], nReps: number, count: number): number[][] {
  const total = works.reduce((a, w) => a + w * nReps, 0);
  let start = 0;
  return works.map((w) =>
    Array.from({ length: nReps }, () => {
      const shard = Math.floor((start * count) / total);
      start += w;
      return shard;
    }),
  );
}

const spec = (nReps: number, nResamples: number, bca: boolean) => ({
  nReps,
  nResamples,
  methods: bca ? (['percentile', 'bca'] as const) : (['percentile'] as const),
});

describe('datasetWork', () => {
  it('is n·(nResamples + 1), plus n² with BCa', () => {
    expect(datasetWork(80, spec(1, 1000, false))).toBe(80 * 1001);
    expect(datasetWork(80, spec(1, 1000, true))).toBe(80 * 1001 + 6400);
    expect(datasetWork(1, { nReps: 1, nResamples: 1, methods: ['bca'] })).toBe(3);
  });
});

describe('studyShardRanges', () => {
  it('is the documented rule, dataset by dataset, and every dataset is in exactly one shard', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 200 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 40 }),
        (ns, nReps, nResamples, bca, count) => {
          const s = spec(nReps, nResamples, bca);
          // The work by hand: n per resample and for the data, n² for BCa's jackknife.
          const expected = oracle(
            ns.map((n) => n * (nResamples + 1) + (bca ? n * n : 0)),
            nReps,
            count,
          );
          const got = ns.map(() => new Array<number>(nReps).fill(-1));
          for (let index = 0; index < count; index++) {
            for (const r of studyShardRanges(
              ns.map((n) => ({ n })),
              s,
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

  it('balances work to within one dataset of an equal share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 2000 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 50, max: 500 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 16 }),
        (ns, nReps, bca, count) => {
          const s = spec(nReps, 100, bca);
          const work = (n: number) => n * 101 + (bca ? n * n : 0);
          const total = ns.reduce((a, n) => a + work(n) * nReps, 0);
          const most = Math.max(...ns.map(work));
          for (let index = 0; index < count; index++) {
            const mine = studyShardRanges(
              ns.map((n) => ({ n })),
              s,
              { index, count },
            ).reduce((a, r) => a + r.rows * work(ns[r.scenario] as number), 0);
            expect(Math.abs(mine - total / count)).toBeLessThanOrEqual(most);
          }
        },
      ),
    );
  });

  it('splits a grid of unequal n by work, not by count (known answer)', () => {
    // 10 datasets of n = 100, then 10 of n = 300, 99 resamples: work 100·n each, 400,000 in all, 200,000 per
    // shard. Shard 0 takes the ten small ones (100,000) and the large ones starting at 100,000, 130,000, 160,000
    // and 190,000; a split by count would give it 10 and 0.
    const ns = [{ n: 100 }, { n: 300 }];
    expect(studyShardRanges(ns, spec(10, 99, false), { index: 0, count: 2 })).toEqual([
      { scenario: 0, first: 0, rows: 10 },
      { scenario: 1, first: 0, rows: 4 },
    ]);
    expect(studyShardRanges(ns, spec(10, 99, false), { index: 1, count: 2 })).toEqual([
      { scenario: 1, first: 4, rows: 6 },
    ]);
    // With BCa a small dataset weighs 100·100 + 10,000 = 20,000 and a large one 300·100 + 90,000 = 120,000:
    // 1,400,000 in all, 700,000 per shard; the large ones start at 200,000 + 120,000·r, so r = 0 … 4 in shard 0.
    expect(studyShardRanges(ns, spec(10, 99, true), { index: 0, count: 2 })).toEqual([
      { scenario: 0, first: 0, rows: 10 },
      { scenario: 1, first: 0, rows: 5 },
    ]);
  });

  it('gives empty shards when there are more shards than datasets, and exact splits at the largest sizes', () => {
    // Two datasets start at 0 and half way; five shards: shards 0 and 2 (0.5·5 = 2.5).
    const few = Array.from({ length: 5 }, (_, index) =>
      studyShardRanges([{ n: 10 }], spec(2, 9, false), { index, count: 5 }),
    );
    expect(few.map((r) => r.length)).toEqual([1, 0, 1, 0, 0]);
    // 10^9 datasets of n = 10^6 in 88 scenarios with BCa: about 10^29 units, far past 2^53; BigInt keeps it exact.
    const big = Array.from({ length: 88 }, () => ({ n: 1e6 }));
    const huge = spec(1e9, 1e9, true);
    const first = studyShardRanges(big, huge, { index: 0, count: 7 });
    const last = studyShardRanges(big, huge, { index: 6, count: 7 });
    expect(first[0]).toEqual({ scenario: 0, first: 0, rows: 1e9 });
    const end = last.at(-1) as { scenario: number; first: number; rows: number };
    expect(end.scenario).toBe(87);
    expect(end.first + end.rows).toBe(1e9);
    const rows = (index: number) => studyShardRanges(big, huge, { index, count: 7 }).reduce((a, r) => a + r.rows, 0);
    expect(Array.from({ length: 7 }, (_, i) => rows(i)).reduce((a, b) => a + b, 0)).toBe(88e9);
  });
});
