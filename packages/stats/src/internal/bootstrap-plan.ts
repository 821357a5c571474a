import { type GeneratorName, type Stream, streamTree } from '@bootstat/rng';
import { type BootstrapOptions, parseBootstrapOptions, type ResolvedBootstrapOptions } from '../bootstrap-options';
import { BOOTSTRAP_RESULT_SCHEMA_VERSION, type BootstrapResult } from '../bootstrap-result';
import { basicEnds } from '../ci/basic';
import { acceleration, bcaEnds, biasCorrection } from '../ci/bca';
import { type Ends, tailAlpha } from '../ci/interval';
import { normalEnds } from '../ci/normal';
import { percentileEnds } from '../ci/percentile';
import { studentizedEnds } from '../ci/studentized';
import { StatsError } from '../errors';
import { resolveStatistic, type Statistic } from '../statistic';
import type { StatisticKernel } from '../statistics/kernel';
import { replicateMean, replicateStd } from '../statistics/mean';
import type { StatsWarning } from '../warning';
import { isConstant } from './is-constant';
import { leaveOneOut } from './leave-one-out';
import { ReplicateQuantiles } from './replicate-quantiles';
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
  const { o, kernel, data, estimate, seed, studentized } = plan;
  const warnings = [...plan.warnings];
  const B = distribution.length;
  let finite = true;
  for (let i = 0; i < B; i++) if (!Number.isFinite(distribution[i] as number)) finite = false;
  // NumPy's np.mean / np.std(ddof=1) of the replicates (pairwise sums); identical replicates: their value, se 0.
  const meanReplicate = replicateMean(distribution);
  const standardError = B > 1 ? replicateStd(distribution, meanReplicate, 1) : Number.NaN;
  // Degeneracy is decided exactly, never by the rounding of a sum: every sample constant, or every replicate equal.
  // Then BCa's ẑ0 and â and the studentized t values have nothing to measure (docs/methods.md).
  const flat = data.every(isConstant)
    ? 'the data are constant (every value of each sample is equal)'
    : B > 1 && isConstant(distribution)
      ? `every replicate is ${distribution[0]}, so the bootstrap distribution has no spread`
      : undefined;
  // Ends read two order statistics each: selected in place, never a full sort (the same bits as sorting).
  const order = new ReplicateQuantiles(distribution);
  const quantile = (p: number) => order.at(p);
  const alpha = tailAlpha(o.confidenceLevel, o.alternative);

  let ends: Ends;
  let z0: number | undefined;
  let accel: number | undefined;
  let problem: string | undefined = finite ? undefined : 'some replicates of the statistic are not finite';
  switch (o.method) {
    case 'percentile':
      ends = percentileEnds(quantile, alpha);
      break;
    case 'basic':
      ends = basicEnds(quantile, alpha, estimate);
      break;
    case 'normal':
      ends = normalEnds(estimate, standardError, alpha);
      break;
    case 'bca': {
      z0 = biasCorrection(distribution, estimate, { compat: o.compat, tieTolerance: o.tieTolerance });
      accel = acceleration(leaveOneOut(kernel, data, o.paired));
      ends = bcaEnds(quantile, alpha, z0, accel);
      if (flat !== undefined) {
        problem ??= flat;
      } else if (Number.isNaN(ends.low) || Number.isNaN(ends.high)) {
        problem ??= !Number.isFinite(z0)
          ? `every replicate lies on one side of the estimate (ẑ0 = ${z0})`
          : 'the jackknife values are all equal, so the acceleration is 0/0 (constant or degenerate data)';
      }
      break;
    }
    case 'studentized': {
      const t = tValues as Float64Array;
      const tOrder = new ReplicateQuantiles(t);
      const se = (studentized as StudentizedSetup).estimateSe(standardError);
      ends = studentizedEnds(estimate, se, (p) => tOrder.at(p), alpha);
      if (flat !== undefined) problem ??= flat;
      else if (!t.every(Number.isFinite) || !Number.isFinite(se)) {
        problem ??= 'a replicate has a zero or undefined standard error, so its t value is not finite';
      }
      break;
    }
  }
  if (problem === undefined && (Number.isNaN(ends.low) || Number.isNaN(ends.high))) problem = 'the interval is NaN';

  if (problem !== undefined) {
    const message = `The ${o.method} interval cannot be computed: ${problem}.`;
    switch (o.degenerate) {
      case 'error':
        throw new StatsError('STATS_DEGENERATE', `bootstrap: ${message} Choose another degenerate policy or method.`);
      case 'nan':
        ends = { low: Number.NaN, high: Number.NaN };
        warnings.push({ code: 'DEGENERATE', message: `${message} The interval is NaN.` });
        break;
      case 'percentile-fallback':
        ends = percentileEnds(quantile, alpha);
        warnings.push({ code: 'DEGENERATE', message: `${message} The percentile interval is given instead.` });
        break;
      case 'point':
        ends = { low: estimate, high: estimate };
        warnings.push({ code: 'DEGENERATE', message: `${message} The interval is the estimate alone.` });
        break;
    }
  }
  const ci = {
    low: o.alternative === 'less' ? Number.NEGATIVE_INFINITY : ends.low,
    high: o.alternative === 'greater' ? Number.POSITIVE_INFINITY : ends.high,
  };
  return {
    schemaVersion: BOOTSTRAP_RESULT_SCHEMA_VERSION,
    estimate,
    ci,
    standardError,
    bias: meanReplicate - estimate,
    method: o.method,
    confidenceLevel: o.confidenceLevel,
    alternative: o.alternative,
    nResamples: B,
    seed,
    rng: o.generator,
    statistic: kernel.name,
    ...(o.keepDistribution ? { distribution } : {}),
    ...(z0 === undefined ? {} : { z0, acceleration: accel as number }),
    warnings,
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
