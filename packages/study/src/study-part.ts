import { version } from '../package.json';
import { checkStudyMemory, planStudy, type StudyPlan } from './plan-study';
import { checkMode, type RunStudyOptions, runRanges } from './run-study';
import { checkStudyShard, type StudyRange, type StudyShard, studyShardRanges } from './study-shard';
import type { StudySpec, StudySpecInput } from './study-spec';
import { studySpecHash } from './study-spec-hash';
import type { CalibrationSummary, ScenarioDatasets } from './summarize-scenario';

/** Version of the part format (`kind: "study-part"`); bumped only with a major version. */
export const STUDY_PART_SCHEMA_VERSION = 1;

/**
 * This `@bootstat/study`'s version, recorded in every part: parts merge only with the version that made them. (A
 * published `@bootstat/study` pins the exact versions of the `@bootstat` packages it computes with.)
 */
export const STUDY_VERSION: string = version;

/** What one range of a shard gave: its datasets' ρ̂, NaN replicates and interval ends, and the calibration used. */
export interface StudyPartRange extends StudyRange {
  /** The scenario's id and counts, checked against the spec's grid when merging. */
  readonly id: string;
  readonly counts: readonly number[];
  readonly calibration: CalibrationSummary;
  /** Datasets first … first + rows − 1, in order (arrays of length rows). */
  readonly datasets: ScenarioDatasets;
}

/**
 * One shard of a study: everything `mergeStudyParts` needs to give, bit for bit, the result of the unsharded run,
 * and what it needs to refuse parts that do not belong together.
 */
export interface StudyPart {
  readonly schemaVersion: typeof STUDY_PART_SCHEMA_VERSION;
  readonly kind: 'study-part';
  /** The @bootstat/study version that computed it. */
  readonly version: string;
  /** `studySpecHash(spec)`. */
  readonly specHash: string;
  readonly shard: StudyShard;
  /** Scenarios in the whole study. */
  readonly scenarios: number;
  /** The validated spec (with --reps and --resamples applied), so that a merge needs no spec file. */
  readonly spec: StudySpec;
  readonly ranges: readonly StudyPartRange[];
  /** Where the part was read from (a file name), for messages; not part of its content. */
  readonly source?: string;
}

/**
 * The shard's ranges, once its memory is known to fit: a shard keeps the results of all its datasets for its part.
 *
 * @throws {StudyError} STUDY_TOO_LARGE
 */
export function shardRangesThatFit(
  plan: StudyPlan,
  shard: StudyShard,
  options: { readonly workers?: number; readonly memoryLimit?: number },
): StudyRange[] {
  const ranges = studyShardRanges(plan.scenarios, plan.spec, shard);
  checkStudyMemory(plan.spec, {
    chunk: plan.chunk,
    workers: options.workers ?? 1,
    memoryLimit: options.memoryLimit,
    keptDatasets: ranges.reduce((a, r) => a + r.rows, 0),
  });
  return ranges;
}

/** A part from a plan, its shard, and what each of its ranges gave. */
export function studyPartOf(
  plan: StudyPlan,
  shard: StudyShard,
  ranges: readonly { range: StudyRange; datasets: ScenarioDatasets; calibration: CalibrationSummary }[],
): StudyPart {
  return {
    schemaVersion: STUDY_PART_SCHEMA_VERSION,
    kind: 'study-part',
    version: STUDY_VERSION,
    specHash: studySpecHash(plan.spec),
    shard,
    scenarios: plan.scenarios.length,
    spec: plan.spec,
    ranges: ranges.map(({ range, datasets, calibration }) => {
      const scenario = plan.scenarios[range.scenario];
      return {
        ...range,
        id: scenario?.id as string,
        counts: [...(scenario?.counts ?? [])],
        calibration,
        datasets,
      };
    }),
  };
}

/**
 * Computes one shard of a study (`bootstat study SPEC --shard i/N`): the datasets `studyShardRanges` gives it,
 * with the calibrations they need, as a part to write (`formatStudyPart`) and merge (`mergeStudyParts`). Each
 * dataset has the bits it has in the unsharded run, so the merged parts give that run's result exactly. Options
 * as `runStudy`'s; progress counts the shard's ranges as scenarios.
 *
 * @throws {StudyError} as runStudy; STUDY_INVALID_OPTION for a shard outside 0 ≤ index < count ≤ STUDY_MAX_SHARDS
 * @example
 * const spec = { seed: 7, nReps: 20, nResamples: 200, grid: { k: [4], patterns: ['even', 'heavy_tail'] },
 *   cases: [{ id: 1, n: 40, rho: 0.3, marginal: { median: 10, iqr: 8 } }] };
 * const parts = [0, 1, 2].map((index) => runStudyShard(spec, { index, count: 3 }));
 * parts[1].ranges.map((r) => `${r.id}: datasets ${r.first} to ${r.first + r.rows - 1}`); // ['case-1/k4/even: datasets 14 to 19', 'case-1/k4/heavy_tail: datasets 0 to 6']
 */
export function runStudyShard(
  spec: StudySpecInput | StudySpec,
  shard: StudyShard,
  options: RunStudyOptions = {},
): StudyPart {
  const mode = checkMode(options.mode, 'runStudyShard');
  const checked = checkStudyShard(shard);
  const plan = planStudy(spec, options);
  const done: { range: StudyRange; datasets: ScenarioDatasets; calibration: CalibrationSummary }[] = [];
  const ranges = shardRangesThatFit(plan, checked, options);
  runRanges(plan, ranges, mode, options.onProgress, (range, datasets, calibration) => {
    done.push({ range, datasets, calibration });
  });
  return studyPartOf(plan, checked, done);
}
