import { streamTree } from '@bootstat/rng';
import { StudyError } from './errors';
import { estimateStudyMemory } from './estimate-study-memory';
import { expandScenarios, type Scenario } from './expand-scenarios';
import { defaultGeneratorSet, type GeneratorSet } from './generator-set';
import { type StudySpec, type StudySpecInput, validateStudySpec } from './study-spec';
import type { CalibrationSummary } from './summarize-scenario';

/** The largest chunk a study takes: datasets generated and bootstrapped together. */
export const STUDY_MAX_CHUNK = 1 << 20;

export interface StudyPlanOptions {
  /** Datasets per chunk; default: as many as fit in 16 MB of x and y, at most 1000. Never changes the result. */
  readonly chunk?: number;
  /** Worker threads the plan is sized for (the memory estimate counts a chunk per worker); default 1. */
  readonly workers?: number;
  /** Bytes the study may use (default: unlimited in a browser; `os.totalmem()` on Node through the CLI). */
  readonly memoryLimit?: number;
  /** Outcome and marginal strategies, with plugins; default the built-in ones of @bootstat/generators. */
  readonly generators?: GeneratorSet;
}

/** A checked study, ready to run: its scenarios, chunk size and the shared calibration. */
export interface StudyPlan {
  readonly spec: StudySpec;
  readonly scenarios: readonly Scenario[];
  readonly chunk: number;
  readonly generators: GeneratorSet;
  /** The scenario's calibrated input ρ (computed once per design and target, then cached). */
  calibrate(scenario: Scenario): CalibrationSummary;
  /** What a calibration depends on besides the spec: scenarios with equal keys share one calibration. */
  calibrationKey(scenario: Scenario): string;
  /** The sorted exposure levels of a scenario (its template). */
  template(scenario: Scenario): Float64Array;
}

/**
 * The default chunk: x and y of a chunk fit in 16 MB, between 1 and 1000 datasets.
 *
 * @example
 * defaultChunk(80); // 1000
 * defaultChunk(1e6); // 1
 */
export function defaultChunk(n: number): number {
  return Math.max(1, Math.min(1000, Math.floor(2 ** 24 / (16 * n))));
}

/**
 * Checks everything a study needs before anything is drawn: the spec, the names it uses (outcome, marginal,
 * patterns), every scenario's design and options, the chunk and the memory, so that a bad spec fails at once
 * with one message.
 *
 * @throws {StudyError} STUDY_INVALID_SPEC, STUDY_UNKNOWN_NAME, STUDY_INVALID_DESIGN, STUDY_INVALID_OPTION, STUDY_TOO_LARGE
 * @example
 * const plan = planStudy({ seed: 1, nReps: 10, nResamples: 100, grid: { k: [4], patterns: ['even', 'heavy_tail'] },
 *   cases: [{ id: 1, n: 80, rho: -0.13, marginal: { median: 15.4, iqr: 19.3 } }] });
 * plan.scenarios.map((s) => s.id); // ['case-1/k4/even', 'case-1/k4/heavy_tail']
 */
export function planStudy(input: StudySpecInput | StudySpec, options: StudyPlanOptions = {}): StudyPlan {
  const spec = validateStudySpec(input);
  const maxN = spec.cases.reduce((a, c) => Math.max(a, c.n), 0);
  const chunk = options.chunk ?? defaultChunk(maxN);
  if (!Number.isInteger(chunk) || chunk < 1 || chunk > STUDY_MAX_CHUNK) {
    throw new StudyError(
      'STUDY_INVALID_OPTION',
      `chunk must be a whole number in [1, ${STUDY_MAX_CHUNK}], got ${chunk}.`,
    );
  }
  const workers = options.workers ?? 1;
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
    throw new StudyError('STUDY_INVALID_OPTION', `workers must be a whole number in [1, 256], got ${workers}.`);
  }
  // Memory first: nothing of the size of n is built before it is known to fit.
  checkStudyMemory(spec, { chunk, workers, memoryLimit: options.memoryLimit });
  const generators = options.generators ?? defaultGeneratorSet();
  const scenarios = expandScenarios(spec, generators.countRule);
  generators.check(spec, scenarios);
  const templates = new Map<string, Float64Array>();
  const calibrations = new Map<string, CalibrationSummary>();
  const calibrationRoot = streamTree(
    spec.calibration === false ? spec.seed : (spec.calibration.seed ?? spec.seed),
  ).child('calibration');
  const template = (scenario: Scenario) => {
    const key = `${spec.levels.range.join(',')}|${scenario.counts.join(',')}`;
    let t = templates.get(key);
    if (t === undefined) {
      t = generators.template(scenario.counts, spec.levels.range);
      templates.set(key, t);
    }
    return t;
  };
  // One calibration per design and target: the marginal never changes a rank, so it is not part of the key.
  const calibrationKey = (scenario: Scenario) => `${scenario.counts.join(',')}|${scenario.rho}`;
  return {
    spec,
    scenarios,
    calibrationKey,
    chunk,
    generators,
    template,
    calibrate(scenario) {
      if (spec.calibration === false) {
        return { inputRho: scenario.rho, achievedMeanRho: Number.NaN, standardError: Number.NaN, datasets: 0 };
      }
      const key = calibrationKey(scenario);
      let c = calibrations.get(key);
      if (c === undefined) {
        c = generators.calibrate(spec, template(scenario), scenario, calibrationRoot.child(scenario.counts.join(',')));
        calibrations.set(key, c);
      }
      return c;
    },
  };
}

/** Refuses a study (or a shard, with the datasets it keeps) whose memory estimate is over the limit, if one is set. */
export function checkStudyMemory(
  spec: StudySpec,
  options: { chunk: number; workers: number; memoryLimit: number | undefined; keptDatasets?: number },
): void {
  if (options.memoryLimit === undefined) return;
  const need = estimateStudyMemory(spec, options);
  if (need.bytes > options.memoryLimit) {
    const gb = (b: number) => `${(b / 1024 ** 3).toFixed(1)} GB`;
    throw new StudyError(
      'STUDY_TOO_LARGE',
      `this study needs about ${gb(need.bytes)} but ${gb(options.memoryLimit)} is available: ${need.hint}.`,
    );
  }
}
