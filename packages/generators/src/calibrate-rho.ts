import type { Stream } from '@bootstat/rng';
import type { CalibrationCache } from './calibration-cache';
import { createGeneratorRegistries, type GeneratorRegistries } from './create-generator-registries';
import type { StrategyChoice } from './dataset-design';
import { GeneratorsError } from './errors';
import { CalibrationKernel } from './internal/calibration-kernel';
import { describe } from './internal/describe';
import { findInputRho } from './internal/find-input-rho';
import { prepareTemplate } from './internal/prepare-template';
import { tiedLevels } from './tied-levels';

/** Default number of simulated datasets for calibration (MC SE of the mean rho about 0.11/√4000 ≈ 0.0017 at n = 80). */
export const CALIBRATION_DATASETS = 4000;

/** Stop when |mean rho − target| is at most this (default of `tolerance`). */
export const CALIBRATION_TOLERANCE = 1e-5;

/** Options of {@link calibrateRho}. */
export interface CalibrateRhoOptions {
  /** The x template; or give `counts` (and `range`) and it is `tiedLevels({ counts, range })`. */
  readonly template?: Float64Array | undefined;
  readonly counts?: readonly number[] | undefined;
  readonly range?: readonly [number, number] | undefined;
  /** The outcome, by name and options: 'rank-mixing', 'gaussian-copula', 'log-linear' or a plugin's. */
  readonly outcome: StrategyChoice;
  /** The mean Spearman rho wanted, in (−1, 1). */
  readonly target: number;
  /** How many datasets are simulated (the same ones for every trial rho). Default 4000. */
  readonly datasets?: number;
  /** The stream dataset d is drawn from as stream.child(d); use a subtree of its own, e.g. root.child('calibration'). */
  readonly stream: Stream;
  /** Stop when |mean rho − target| ≤ tolerance. Default 1e-5. */
  readonly tolerance?: number;
  /** Where the outcome name is looked up; default the built-ins. */
  readonly registries?: GeneratorRegistries;
  /** A memo to read and fill; default none. */
  readonly cache?: CalibrationCache;
}

/** What {@link calibrateRho} found. */
export interface CalibrationResult {
  /** The target mean Spearman rho. */
  readonly target: number;
  /** The input rho to use in the design (`DatasetDesign.inputRho`). */
  readonly inputRho: number;
  /** The mean Spearman rho of the calibration datasets at that input rho. */
  readonly achievedMeanRho: number;
  /** Its Monte Carlo standard error: sd(rho) (ddof 1) / √datasets. */
  readonly standardError: number;
  /** The number of calibration datasets. */
  readonly datasets: number;
  /** Root-finding steps after the bracket was set (0 for target 0). */
  readonly iterations: number;
  /** Evaluations of the mean rho in all (bracket included). */
  readonly evaluations: number;
}

function fail(message: string): never {
  throw new GeneratorsError('GENERATORS_INVALID_OPTION', `calibrateRho: ${message}`);
}

function templateOf(options: CalibrateRhoOptions): Float64Array {
  if (options.template !== undefined && options.counts !== undefined) {
    fail('give either template or counts (with range), not both.');
  }
  if (options.template !== undefined) return options.template;
  if (options.counts === undefined) fail('give the x design: template (a Float64Array) or counts (one per level).');
  return tiedLevels(
    options.range === undefined ? { counts: options.counts } : { counts: options.counts, range: options.range },
  );
}

function cacheKey(
  template: Float64Array,
  outcome: string,
  parsed: unknown,
  rest: readonly (string | number)[],
): string {
  // The template run-length encoded, in order: exact (String round-trips a double) and short for tied designs.
  const runs: string[] = [];
  for (let i = 0; i < template.length; ) {
    let j = i + 1;
    while (j < template.length && template[j] === template[i]) j++;
    runs.push(`${String(template[i])}x${j - i}`);
    i = j;
  }
  return JSON.stringify([runs.join(','), outcome, parsed, ...rest]);
}

/**
 * The input rho at which the mean Spearman rho of simulated datasets equals `target`: ties in x attenuate Spearman's
 * rho (and rank mixing's lattice noise does a little even without ties), so the rho fed to an outcome must be larger
 * in magnitude than the rho wanted.
 *
 * Deterministic, with common random numbers: `datasets` datasets are drawn once from stream.child(0 …) — x's shuffle
 * and the outcome's noise, exactly as `generateDatasets(design, stream, 0, datasets, …)` draws them — and every trial
 * input rho reuses them, so f(ρ_in), the mean rho, is a non-decreasing step function of ρ_in. y is never drawn: the
 * ranks of y are the ranks of the outcome's score, so the marginal cannot change Spearman's rho and is not an input.
 * Each dataset's rho is bit for bit `spearman(x, y)` of the dataset the generator would make (scores do not tie).
 *
 * Root finding on f(ρ_in) − target over [−0.999, 0.999]: secant steps from ρ_in = target until the root is
 * bracketed (an end of the range is evaluated when a step would leave it; an end short of the target means the target
 * is unreachable), then the Illinois variant of regula falsi (Dowell & Jarratt 1971), stopping when
 * |f − target| ≤ tolerance or the bracket is narrower than 1e-7 (f is a step function: it may step over the target).
 * The evaluated point closest to the target is returned. Typically 2–4 evaluations.
 * Target 0 gives input rho 0. The reference (Karwowski-Simulations data_generator.py `_calibrate_rho_multipoint`)
 * bisects at 5 probes on 300 datasets and interpolates; this solves at the target itself.
 *
 * @throws {GeneratorsError} GENERATORS_UNREACHABLE_TARGET (|target| beyond what ρ_in = ±0.999 gives with these ties,
 *   or x has a single level); GENERATORS_INVALID_OPTION (target not in (−1, 1), datasets < 2, tolerance, stream,
 *   template and counts both or neither); the template and counts errors of `tiedLevels`; {RegistryError} for the
 *   outcome
 * @example
 * const r = calibrateRho({
 *   counts: levelCounts(80, 4, 'even'),
 *   outcome: { name: 'rank-mixing' },
 *   target: -0.13,
 *   stream: streamTree(99).child('calibration'),
 * });
 * r.inputRho; // about −0.148
 * Math.abs(r.achievedMeanRho - -0.13) <= 1e-5; // true
 */
export function calibrateRho(options: CalibrateRhoOptions): CalibrationResult {
  if (typeof options !== 'object' || options === null) {
    fail(`pass { counts or template, outcome, target, stream, datasets?, tolerance? }, got ${describe(options)}.`);
  }
  const { target, stream } = options;
  const datasets = options.datasets ?? CALIBRATION_DATASETS;
  const tolerance = options.tolerance ?? CALIBRATION_TOLERANCE;
  if (typeof target !== 'number' || !(target > -1 && target < 1)) {
    fail(`target must be a mean Spearman rho in (−1, 1), got ${describe(target)}.`);
  }
  if (!Number.isSafeInteger(datasets) || datasets < 2) {
    fail(`datasets must be an integer of at least 2 (default ${CALIBRATION_DATASETS}), got ${describe(datasets)}.`);
  }
  if (typeof tolerance !== 'number' || !(tolerance > 0 && tolerance < 1)) {
    fail(`tolerance must be a number in (0, 1) (default ${CALIBRATION_TOLERANCE}), got ${describe(tolerance)}.`);
  }
  if (typeof stream !== 'object' || stream === null || typeof stream.child !== 'function') {
    fail(
      `stream must be a Stream of @bootstat/rng, e.g. streamTree(99).child('calibration'), got ${describe(stream)}.`,
    );
  }
  const { template, midranks } = prepareTemplate(templateOf(options), 'calibrateRho');
  const registries: GeneratorRegistries = options.registries ?? createGeneratorRegistries();
  const outcomeName = options.outcome?.name;
  const parsed = registries.outcome.parseOptions(outcomeName, options.outcome?.options);
  const key = cacheKey(template, outcomeName, parsed, [target, datasets, tolerance, stream.id]);
  const cached = options.cache?.get(key);
  if (cached !== undefined) return cached;

  const model = registries.outcome.run(outcomeName, { template, midranks }, parsed);
  const kernel = new CalibrationKernel(midranks, model, stream, datasets);
  if (kernel.groups < 2) {
    throw new GeneratorsError(
      'GENERATORS_UNREACHABLE_TARGET',
      'calibrateRho: x has a single level, so Spearman’s rho is 0/0 for every dataset. Use at least 2 levels.',
    );
  }

  let last = Number.NaN;
  const search = findInputRho(
    (rho) => {
      last = rho;
      return kernel.evaluate(rho);
    },
    target,
    tolerance,
  );
  if (search.unreachable !== undefined) {
    const { end, value } = search.unreachable;
    throw new GeneratorsError(
      'GENERATORS_UNREACHABLE_TARGET',
      `calibrateRho: a mean Spearman rho of ${target} cannot be reached with these ties: at input rho ${end} the ` +
        `mean is ${value.toFixed(4)}, the ${end > 0 ? 'largest' : 'smallest'} reachable (n = ${kernel.n}, ` +
        `${kernel.groups} levels). Choose |target| ≤ ${Math.abs(value).toFixed(4)} or use more levels.`,
    );
  }

  // The standard error at the chosen input rho (re-evaluated when the last evaluation was elsewhere).
  const achieved = last === search.rho ? search.value : kernel.evaluate(search.rho);
  let ss = 0;
  for (let d = 0; d < datasets; d++) {
    const e = (kernel.rhoHat[d] as number) - achieved;
    ss += e * e;
  }
  const result: CalibrationResult = Object.freeze({
    target,
    inputRho: search.rho,
    achievedMeanRho: achieved,
    standardError: Math.sqrt(ss / (datasets - 1) / datasets),
    datasets,
    iterations: search.iterations,
    evaluations: search.evaluations,
  });
  options.cache?.set(key, result);
  return result;
}
