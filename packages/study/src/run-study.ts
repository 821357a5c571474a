import { StudyError } from './errors';
import type { Scenario } from './expand-scenarios';
import { type DatasetChunk, runDatasets } from './internal/run-datasets';
import { planStudy, type StudyPlan, type StudyPlanOptions } from './plan-study';
import { STUDY_MODES, type StudyMode } from './study-mode';
import { STUDY_SCHEMA_VERSION, type StudyResult, type StudyWarning } from './study-result';
import type { StudyRange } from './study-shard';
import type { StudySpec, StudySpecInput } from './study-spec';
import {
  type CalibrationSummary,
  type ScenarioDatasets,
  type ScenarioSummary,
  summarizeScenario,
} from './summarize-scenario';

/**
 * Progress of a study: calibrations first (one per distinct design and target), then datasets, and the scenarios
 * whose datasets are all done.
 */
export interface StudyProgress {
  readonly calibrationsDone: number;
  readonly calibrations: number;
  readonly scenariosDone: number;
  readonly scenarios: number;
  readonly datasetsDone: number;
  readonly datasets: number;
}

export interface RunStudyOptions extends StudyPlanOptions {
  /**
   * 'batch' (default): a chunk of datasets is generated as a (chunk × n) matrix and bootstrapped row by row with
   * `bootstrapRows`; 'per-dataset': one dataset at a time with `bootstrap`. The same bits either way.
   */
  readonly mode?: StudyMode;
  readonly onProgress?: (progress: StudyProgress) => void;
}

/**
 * Runs a Monte Carlo study of bootstrap intervals: for every scenario of the spec's grid, calibrates the outcome
 * generator's input ρ to the target, draws nReps datasets, bootstraps each (nResamples resamples, each method),
 * and summarises: mean ends with their sd and Monte Carlo SE, width, coverage of the target, mean ρ̂, NaN
 * replicates, and the Fisher-z interval. docs/study.md.
 *
 * Streams: dataset r of scenario s is drawn from `streamTree(seed).child(s.id).child('data').child(r)` and its
 * resamples from `streamTree(seed).child(s.id).child('bootstrap').child(r)`, so a dataset does not depend on
 * nReps, nResamples, the mode, the chunk size or the worker count (`runStudyAsync` in `@bootstat/study/node`).
 *
 * @throws {StudyError} STUDY_INVALID_SPEC, STUDY_UNKNOWN_NAME, STUDY_INVALID_DESIGN, STUDY_TOO_LARGE (all before
 *   any dataset is drawn), STUDY_INVALID_OPTION
 * @example
 * const result = runStudy({ seed: 7, nReps: 20, nResamples: 200, grid: { k: [4], patterns: ['even'] },
 *   cases: [{ id: 1, n: 40, rho: 0.3, marginal: { median: 10, iqr: 8 } }] });
 * result.scenarios[0].id; // 'case-1/k4/even'
 */
export function runStudy(spec: StudySpecInput | StudySpec, options: RunStudyOptions = {}): StudyResult {
  const mode = checkMode(options.mode, 'runStudy');
  const plan = planStudy(spec, options);
  const summaries: ScenarioSummary[] = new Array(plan.scenarios.length);
  runRanges(plan, allRanges(plan), mode, options.onProgress, (range, datasets, calibration) => {
    summaries[range.scenario] = summarize(plan, range.scenario, datasets, calibration);
  });
  return finishStudy(plan.spec, summaries);
}

/** The mode asked for, or 'batch'; a StudyError for anything else. */
export function checkMode(mode: StudyMode | undefined, caller: string): StudyMode {
  const m = mode ?? 'batch';
  if (!(STUDY_MODES as readonly string[]).includes(m)) {
    throw new StudyError(
      'STUDY_INVALID_OPTION',
      `${caller}: mode must be ${STUDY_MODES.join(' or ')}, got ${JSON.stringify(m)}.`,
    );
  }
  return m;
}

/** Every dataset of every scenario: one range per scenario. */
export function allRanges(plan: StudyPlan): StudyRange[] {
  return plan.scenarios.map((_, scenario) => ({ scenario, first: 0, rows: plan.spec.nReps }));
}

/** A scenario's summary from all its datasets, with the spec's methods and level. */
export function summarize(
  plan: StudyPlan,
  scenario: number,
  datasets: ScenarioDatasets,
  calibration: CalibrationSummary,
): ScenarioSummary {
  return summarizeScenario(plan.scenarios[scenario] as Scenario, datasets, {
    methods: plan.spec.methods,
    confidenceLevel: plan.spec.confidenceLevel,
    calibration,
  });
}

/**
 * Computes ranges of datasets on this thread: first every calibration they need (one per distinct design and
 * target, so that a target the design cannot reach fails at once), then each range's datasets chunk by chunk,
 * handing each finished range to `done` in order. Progress counts ranges as scenarios.
 */
export function runRanges(
  plan: StudyPlan,
  ranges: readonly StudyRange[],
  mode: StudyMode,
  onProgress: ((progress: StudyProgress) => void) | undefined,
  done: (range: StudyRange, datasets: ScenarioDatasets, calibration: CalibrationSummary) => void,
): void {
  const total = ranges.reduce((a, r) => a + r.rows, 0);
  const keys = calibrationKeys(plan, ranges);
  let calibrationsDone = 0;
  const progress = (scenariosDone: number, datasetsDone: number) =>
    onProgress?.({
      calibrationsDone,
      calibrations: keys.size,
      scenariosDone,
      scenarios: ranges.length,
      datasetsDone,
      datasets: total,
    });
  for (const s of keys.values()) {
    plan.calibrate(plan.scenarios[s] as Scenario);
    calibrationsDone++;
    progress(0, 0);
  }
  let datasetsDone = 0;
  ranges.forEach((range, i) => {
    const scenario = plan.scenarios[range.scenario] as Scenario;
    const calibration = plan.calibrate(scenario);
    const datasets = emptyDatasets(plan, range.rows);
    for (let at = 0; at < range.rows; at += plan.chunk) {
      const rows = Math.min(plan.chunk, range.rows - at);
      storeChunk(datasets, runDatasets(plan, scenario, calibration.inputRho, range.first + at, rows, mode), at);
      datasetsDone += rows;
      progress(at + rows === range.rows ? i + 1 : i, datasetsDone);
    }
    done(range, datasets, calibration);
  });
}

/**
 * One scenario index per distinct calibration (design and target) that the ranges need, keyed as the plan caches
 * them, in range order.
 */
export function calibrationKeys(plan: StudyPlan, ranges: readonly StudyRange[]): Map<string, number> {
  const keys = new Map<string, number>();
  for (const { scenario } of ranges) {
    const key = plan.calibrationKey(plan.scenarios[scenario] as Scenario);
    if (!keys.has(key)) keys.set(key, scenario);
  }
  return keys;
}

/** Buffers for `m` datasets of one scenario. */
export function emptyDatasets(plan: { readonly spec: StudySpec }, m: number): ScenarioDatasets {
  return {
    rhoHat: new Float64Array(m),
    nanReplicates: new Float64Array(m),
    low: plan.spec.methods.map(() => new Float64Array(m)),
    high: plan.spec.methods.map(() => new Float64Array(m)),
  };
}

/** Copies a chunk's results into a scenario's buffers at dataset `first`. */
export function storeChunk(into: ScenarioDatasets, chunk: DatasetChunk, first: number): void {
  into.rhoHat.set(chunk.rhoHat, first);
  into.nanReplicates.set(chunk.nanReplicates, first);
  for (const [j, v] of chunk.low.entries()) into.low[j]?.set(v, first);
  for (const [j, v] of chunk.high.entries()) into.high[j]?.set(v, first);
}

/** The result from every scenario's summary, with the study's warnings. */
export function finishStudy(spec: StudySpec, scenarios: StudyResult['scenarios']): StudyResult {
  const warnings: StudyWarning[] = [];
  const nan = scenarios.filter((s) => s.nanReplicates.total > 0);
  if (nan.length > 0) {
    const total = nan.reduce((a, s) => a + s.nanReplicates.total, 0);
    const datasets = nan.reduce((a, s) => a + s.nanReplicates.datasets, 0);
    warnings.push({
      code: 'NAN_REPLICATES',
      message:
        `${total} bootstrap replicate${total === 1 ? ' was' : 's were'} NaN (a resample with a constant x or y) in ${datasets} ` +
        `dataset${datasets === 1 ? '' : 's'} of ${nan.length} scenario${nan.length === 1 ? '' : 's'} (first: ${nan[0]?.id}); ` +
        'they were omitted from their intervals, as np.nanpercentile does, and are counted per scenario (nanReplicates).',
    });
  }
  const none = scenarios.filter((s) => s.intervals.some((m) => m.datasetsWithoutInterval > 0));
  if (none.length > 0) {
    warnings.push({
      code: 'NO_INTERVAL',
      message: `${none.length} scenario${none.length === 1 ? ' has' : 's have'} datasets without an interval (the method gave NaN ends: every replicate NaN, or for BCa a bias correction or acceleration that is not finite; first: ${none[0]?.id}); they are left out of that method's means and coverage, which then describe only the datasets with an interval (datasetsWithoutInterval counts them).`,
    });
  }
  if (spec.nReps < 100 || spec.nResamples < 100) {
    warnings.push({
      code: 'FEW_DATASETS',
      message: `nReps ${spec.nReps} and nResamples ${spec.nResamples}: below 100 of either, every figure carries a large Monte Carlo error (see each standardError).`,
    });
  }
  return {
    schemaVersion: STUDY_SCHEMA_VERSION,
    kind: 'study',
    name: spec.name,
    seed: spec.seed,
    nReps: spec.nReps,
    nResamples: spec.nResamples,
    confidenceLevel: spec.confidenceLevel,
    methods: spec.methods,
    outcome: spec.outcome,
    marginal: spec.marginal,
    scenarios,
    warnings,
  };
}

export type { CalibrationSummary };
