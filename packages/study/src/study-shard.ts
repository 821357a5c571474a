import { StudyError } from './errors';
import type { Scenario } from './expand-scenarios';
import type { StudySpec } from './study-spec';

/** Shard `index` of `count` (0-based: 0 ≤ index < count), as `--shard index/count` names it. */
export interface StudyShard {
  readonly index: number;
  readonly count: number;
}

/** Datasets [first, first + rows) of the scenario at `scenario` (its index in grid order). */
export interface StudyRange {
  readonly scenario: number;
  readonly first: number;
  readonly rows: number;
}

/** The most shards a study may be split into. */
export const STUDY_MAX_SHARDS = 100_000;

/**
 * Checks a shard id: whole numbers, 1 ≤ count ≤ STUDY_MAX_SHARDS, 0 ≤ index < count.
 *
 * @throws {StudyError} STUDY_INVALID_OPTION saying which bound is broken
 * @example
 * checkStudyShard({ index: 3, count: 4 }); // { index: 3, count: 4 }
 */
export function checkStudyShard(shard: StudyShard): StudyShard {
  const { index, count } = shard ?? ({} as StudyShard);
  if (!Number.isInteger(count) || count < 1 || count > STUDY_MAX_SHARDS) {
    throw new StudyError(
      'STUDY_INVALID_OPTION',
      `a shard count must be a whole number in [1, ${STUDY_MAX_SHARDS}], got ${String(count)}.`,
    );
  }
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new StudyError(
      'STUDY_INVALID_OPTION',
      `shard indices run from 0 to ${count - 1} for ${count} shards (0-based), got ${String(index)}.`,
    );
  }
  return { index, count };
}

/**
 * A shard id written `i/N` (0-based index i of N shards), as `--shard` takes it.
 *
 * @throws {StudyError} STUDY_INVALID_OPTION for anything else, saying what is expected
 * @example
 * parseStudyShard('2/7'); // { index: 2, count: 7 }
 */
export function parseStudyShard(text: string): StudyShard {
  const m = /^(\d{1,9})\/(\d{1,9})$/.exec(text.trim());
  if (m === null) {
    throw new StudyError(
      'STUDY_INVALID_OPTION',
      `a shard is written INDEX/COUNT with a 0-based index, e.g. 0/4 to 3/4, got ${JSON.stringify(text)}.`,
    );
  }
  return checkStudyShard({ index: Number(m[1]), count: Number(m[2]) });
}

const ceilDiv = (a: bigint, b: bigint): bigint => (a >= 0n ? (a + b - 1n) / b : -(-a / b));

/** What the split weighs a dataset by: its spec's resamples and methods. */
export interface StudyWorkSpec {
  readonly nReps: number;
  readonly nResamples: number;
  readonly methods: readonly StudySpec['methods'][number][];
}

/**
 * The work of one dataset of n values, in the units the split rule weighs it by: n·(nResamples + 1) (drawing it,
 * and each resample's Spearman ρ, linear in n), plus n² when the methods include BCa (its jackknife: n
 * leave-one-out ρ of n values). Every scenario shares nResamples and the methods, so only n varies.
 *
 * @example
 * datasetWork(80, { nReps: 200, nResamples: 1000, methods: ['percentile'] }); // 80080
 * datasetWork(80, { nReps: 200, nResamples: 1000, methods: ['percentile', 'bca'] }); // 86480
 */
export function datasetWork(n: number, spec: StudyWorkSpec): number {
  return n * (spec.nResamples + 1) + (spec.methods.includes('bca') ? n * n : 0);
}

/**
 * The datasets of shard `index` of `count`, by the split rule of docs/scaling.md: the grid's datasets are laid end
 * to end in scenario order, each as long as its work (`datasetWork`: n·(nResamples + 1), plus n² with BCa); the
 * line is cut into `count` equal lengths; a dataset goes to the shard in whose length it starts. Each shard gets
 * contiguous datasets, a few scenarios at most, and work within one dataset's of an equal share. Exact integer
 * arithmetic (BigInt), so every machine computes the same split.
 *
 * @example
 * const spec = { nReps: 4, nResamples: 99, methods: ['percentile'] };
 * const scenarios = [{ n: 10 }, { n: 30 }];
 * studyShardRanges(scenarios, spec, { index: 0, count: 2 }); // [{ scenario: 0, first: 0, rows: 4 }, { scenario: 1, first: 0, rows: 2 }]
 * studyShardRanges(scenarios, spec, { index: 1, count: 2 }); // [{ scenario: 1, first: 2, rows: 2 }]
 */
export function studyShardRanges(
  scenarios: readonly Pick<Scenario, 'n'>[],
  spec: StudyWorkSpec,
  shard: StudyShard,
): StudyRange[] {
  const { index, count } = checkStudyShard(shard);
  const N = BigInt(count);
  const reps = BigInt(spec.nReps);
  const B = BigInt(spec.nResamples);
  const bca = spec.methods.includes('bca');
  const work = (n: bigint) => n * (B + 1n) + (bca ? n * n : 0n);
  const total = scenarios.reduce((a, s) => a + reps * work(BigInt(s.n)), 0n);
  // Dataset r of a scenario starting at `prefix` starts at prefix + r·w; it is in shard i when
  // i·total ≤ (prefix + r·w)·N < (i + 1)·total.
  const firstOf = (i: bigint, prefix: bigint, w: bigint): number => {
    const r = ceilDiv(i * total - prefix * N, w * N);
    return Number(r < 0n ? 0n : r > reps ? reps : r);
  };
  const ranges: StudyRange[] = [];
  let prefix = 0n;
  scenarios.forEach((s, scenario) => {
    const w = work(BigInt(s.n));
    const first = firstOf(BigInt(index), prefix, w);
    const end = firstOf(BigInt(index + 1), prefix, w);
    if (end > first) ranges.push({ scenario, first, rows: end - first });
    prefix += reps * w;
  });
  return ranges;
}
