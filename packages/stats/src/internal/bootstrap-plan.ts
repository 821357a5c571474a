import { type GeneratorName, type Stream, streamTree } from '@bootstat/rng';
import { type BootstrapOptions, parseBootstrapOptions, type ResolvedBootstrapOptions } from '../bootstrap-options';
import { BOOTSTRAP_RESULT_SCHEMA_VERSION, type BootstrapResult } from '../bootstrap-result';
import { StatsError } from '../errors';
import { resolveStatistic, type Statistic } from '../statistic';
import type { StatisticKernel } from '../statistics/kernel';
import type { StatsWarning } from '../warning';
import { replicateInterval } from './replicate-interval';
import { nestedSe } from './resample-blocks';
import { type SampleInput, toSamples } from './samples';

/** Everything `bootstrap` settles before resampling: validated options and data, θ̂, seed and streams. */
export interface BootstrapPlan {
  readonly o: ResolvedBootstrapOptions;
  readonly kernel: StatisticKernel;
  readonly data: Float64Array[];
  readonly estimate: number;
  readonly warnings: readonly StatsWarning[];
  readonly seed: number;
  readonly root: Stream;
  readonly studentized: StudentizedSetup | undefined;
}

/** Validates everything and computes θ̂; throws the coded errors documented on `bootstrap`. */
export function planBootstrap(
  samples: readonly SampleInput[],
  statistic: Statistic,
  options: BootstrapOptions,
): BootstrapPlan {
  const o = parseBootstrapOptions(options);
  const kernel = resolveStatistic(statistic, Array.isArray(samples) ? samples.length : 0);
  if (typeof statistic !== 'function' && Array.isArray(samples) && samples.length !== kernel.arity) {
    throw new StatsError(
      'STATS_INVALID_INPUT',
      `bootstrap: statistic ${kernel.name} takes ${kernel.arity} sample${kernel.arity === 1 ? '' : 's'}, got ${samples.length}.`,
    );
  }
  if (kernel.paired === 'required' && !o.paired) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `bootstrap: ${kernel.name} is a statistic of pairs (x_i, y_i); pass paired: true so pairs are resampled together.`,
    );
  }
  const { samples: data, warnings } = toSamples(samples, { paired: o.paired, nanPolicy: o.nanPolicy, fn: 'bootstrap' });
  const minLength = Math.max(kernel.minLength, o.method === 'bca' ? 2 : 1);
  data.forEach((s, j) => {
    if (s.length < minLength) {
      throw new StatsError(
        'STATS_EMPTY_SAMPLE',
        `bootstrap: sample ${j} has ${s.length} value${s.length === 1 ? '' : 's'}; ` +
          (o.method === 'bca' && s.length === 1
            ? 'BCa needs at least 2 for its jackknife (use another method for a single value).'
            : `${kernel.name} needs at least ${minLength}.`),
      );
    }
  });
  if (kernel.name === 'proportion') {
    const s = data[0] as Float64Array;
    const bad = s.findIndex((v) => v !== 0 && v !== 1);
    if (bad >= 0) {
      throw new StatsError('STATS_INVALID_INPUT', `bootstrap: proportion takes 0/1 data; value ${bad} is ${s[bad]}.`);
    }
  }

  const estimate = kernel.evaluate(data);
  if (!Number.isFinite(estimate)) {
    throw new StatsError(
      'STATS_DEGENERATE',
      `bootstrap: the statistic is ${estimate} on the data itself, so no interval exists (constant input to a correlation?).`,
    );
  }

  const seed = o.seed ?? randomSeed();
  const root = o.rng ?? streamTree(seed);
  const studentized =
    o.method === 'studentized'
      ? studentizedSetup(kernel, o.standardError, data, {
          paired: o.paired,
          generator: o.generator,
          root,
          nested: o.nestedResamples,
        })
      : undefined;
  if (studentized !== undefined && o.bootstrapResult?.distribution !== undefined) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      'bootstrap: the studentized method cannot reuse bootstrapResult; resample.',
    );
  }
  return { o, kernel, data, estimate, warnings, seed, root, studentized };
}

/** The interval, standard error, bias and result object from the replicates (and t values when studentized). */
export function finishBootstrap(
  plan: BootstrapPlan,
  distribution: Float64Array,
  tValues: Float64Array | undefined,
): BootstrapResult {
  const { o, kernel, estimate, seed } = plan;
  const r = replicateInterval(plan, distribution, tValues, 'bootstrap');
  return {
    schemaVersion: BOOTSTRAP_RESULT_SCHEMA_VERSION,
    estimate,
    ci: { low: r.low, high: r.high },
    standardError: r.standardError,
    bias: r.bias,
    method: o.method,
    confidenceLevel: o.confidenceLevel,
    alternative: o.alternative,
    nResamples: distribution.length,
    omittedReplicates: r.omitted,
    seed,
    rng: o.generator,
    statistic: kernel.name,
    ...(o.keepDistribution ? { distribution } : {}),
    ...(r.z0 === undefined ? {} : { z0: r.z0, acceleration: r.acceleration as number }),
    warnings: [...plan.warnings, ...r.warnings],
  };
}

function randomSeed(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0] as number;
}

export interface StudentizedSetup {
  /** How a worker rebuilds replicateSe: only built-in formulas and the nested bootstrap can cross a thread. */
  readonly kind: 'function' | 'formula' | 'nested';
  readonly replicateSe: (resampled: readonly Float64Array[], replicate: number) => number;
  /** ŝe of θ̂ itself; given the bootstrap standard error for estimators that have no formula. */
  readonly estimateSe: (bootstrapSe: number) => number;
}

export function studentizedSetup(
  kernel: StatisticKernel,
  standardError: BootstrapOptions['standardError'],
  data: readonly Float64Array[],
  { paired, generator, root, nested }: { paired: boolean; generator: GeneratorName; root: Stream; nested: number },
): StudentizedSetup {
  if (typeof standardError === 'function') {
    const se = (s: readonly Float64Array[]) => {
      const v: unknown = standardError(...s);
      if (typeof v !== 'number') {
        throw new StatsError(
          'STATS_STATISTIC_NOT_NUMBER',
          `The standardError function returned ${String(v)}, not a number.`,
        );
      }
      return v;
    };
    return { kind: 'function', replicateSe: se, estimateSe: () => se(data) };
  }
  if (standardError === undefined && kernel.standardError !== undefined) {
    const formula = kernel.standardError;
    return { kind: 'formula', replicateSe: (s) => formula(s), estimateSe: () => formula(data) };
  }
  if (standardError === 'nested') {
    return {
      kind: 'nested',
      replicateSe: nestedSe(kernel, paired, generator, root.child('nested'), nested),
      estimateSe: (bootstrapSe) => bootstrapSe,
    };
  }
  throw new StatsError(
    'STATS_INVALID_OPTION',
    `bootstrap: the studentized method needs a standard error for ${kernel.name}: pass standardError, a function of the samples (mean and mean-difference have a built-in formula).`,
  );
}
