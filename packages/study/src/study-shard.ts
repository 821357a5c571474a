import { StudyError } from './errors';
import type { Scenario } from './expand-scenarios';

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

/**
 * The datasets of shard `index` of `count`, by the split rule of docs/scaling.md: the grid's datasets are laid end
 * to end in scenario order, each as long as its scenario's n (a dataset's cost, generating it and its nResamples
 * resamples, grows with n; every scenario shares nResamples and the methods); the line is cut into `count` equal
 * lengths; a dataset goes to the shard in whose length it starts. Each shard gets contiguous datasets, a few
 * scenarios at most, and work within one dataset's cost of an equal share. Exact integer arithmetic (BigInt), so
 * every machine computes the same split.
 *
 * @example
 * const scenarios = [{ n: 10 }, { n: 30 }];
 * studyShardRanges(scenarios, 4, { index: 0, count: 2 }); // [{ scenario: 0, first: 0, rows: 4 }, { scenario: 1, first: 0, rows: 2 }]
 * studyShardRanges(scenarios, 4, { index: 1, count: 2 }); // [{ scenario: 1, first: 2, rows: 2 }]
 */
export function studyShardRanges(
  scenarios: readonly Pick<Scenario, 'n'>[],
  nReps: number,
  shard: StudyShard,
): StudyRange[] {
  const { index, count } = checkStudyShard(shard);
  const N = BigInt(count);
  const reps = BigInt(nReps);
  const total = scenarios.reduce((a, s) => a + reps * BigInt(s.n), 0n);
  // Dataset r of a scenario starting at `prefix` starts at prefix + r·n; it is in shard i when
  // i·total ≤ (prefix + r·n)·N < (i + 1)·total.
  const firstOf = (i: bigint, prefix: bigint, n: bigint): number => {
    const r = ceilDiv(i * total - prefix * N, n * N);
    return Number(r < 0n ? 0n : r > reps ? reps : r);
  };
  const ranges: StudyRange[] = [];
  let prefix = 0n;
  scenarios.forEach((s, scenario) => {
    const n = BigInt(s.n);
    const first = firstOf(BigInt(index), prefix, n);
    const end = firstOf(BigInt(index + 1), prefix, n);
    if (end > first) ranges.push({ scenario, first, rows: end - first });
    prefix += reps * n;
  });
  return ranges;
}
