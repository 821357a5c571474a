import { StudyError } from './errors';
import type { Scenario } from './expand-scenarios';
import { type DatasetChunk, runDatasets } from './internal/run-datasets';
import { planStudy, type StudyPlan, type StudyPlanOptions } from './plan-study';
import { STUDY_MODES, type StudyMode } from './study-mode';
import { STUDY_SCHEMA_VERSION, type StudyResult, type StudyWarning } from './study-result';
import type { StudySpec, StudySpecInput } from './study-spec';
import { type CalibrationSummary, type ScenarioDatasets, summarizeScenario } from './summarize-scenario';

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
  const mode = options.mode ?? 'batch';
  if (!(STUDY_MODES as readonly string[]).includes(mode)) {
    throw new StudyError(
      'STUDY_INVALID_OPTION',
      `runStudy: mode must be ${STUDY_MODES.join(' or ')}, got ${JSON.stringify(mode)}.`,
    );
  }
  const plan = planStudy(spec, options);
  const scenarios = plan.scenarios.length;
  const total = scenarios * plan.spec.nReps;
  // Every calibration before any dataset: a target the design cannot reach fails the study at once.
  const keys = calibrationKeys(plan);
  let calibrationsDone = 0;
  const progress = (scenariosDone: number, datasetsDone: number) =>
    options.onProgress?.({
      calibrationsDone,
      calibrations: keys.size,
      scenariosDone,
      scenarios,
      datasetsDone,
      datasets: total,
    });
  for (const s of keys.values()) {
    plan.calibrate(plan.scenarios[s] as Scenario);
    calibrationsDone++;
    progress(0, 0);
  }
  let datasetsDone = 0;
  const summaries = plan.scenarios.map((scenario, s) => {
    const calibration = plan.calibrate(scenario);
    const datasets = emptyDatasets(plan);
    for (let first = 0; first < plan.spec.nReps; first += plan.chunk) {
      const rows = Math.min(plan.chunk, plan.spec.nReps - first);
      storeChunk(datasets, runDatasets(plan, scenario, calibration.inputRho, first, rows, mode), first);
      datasetsDone += rows;
      progress(first + rows === plan.spec.nReps ? s + 1 : s, datasetsDone);
    }
    return summarizeScenario(scenario, datasets, {
      methods: plan.spec.methods,
      confidenceLevel: plan.spec.confidenceLevel,
      calibration,
    });
  });
  return finishStudy(plan, summaries);
}

/** One scenario index per distinct calibration (design and target), keyed as the plan caches them. */
export function calibrationKeys(plan: StudyPlan): Map<string, number> {
  const keys = new Map<string, number>();
  plan.scenarios.forEach((s, i) => {
    const key = plan.calibrationKey(s);
    if (!keys.has(key)) keys.set(key, i);
  });
  return keys;
}

/** Buffers for every dataset of one scenario. */
export function emptyDatasets(plan: StudyPlan): ScenarioDatasets {
  const m = plan.spec.nReps;
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
export function finishStudy(plan: StudyPlan, scenarios: StudyResult['scenarios']): StudyResult {
  const { spec } = plan;
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
