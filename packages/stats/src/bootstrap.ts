import { fillIndices, type GeneratorName, type Stream, streamTree } from '@bootstat/rng';
import { type BootstrapOptions, parseBootstrapOptions, RESAMPLE_BLOCK_SIZE } from './bootstrap-options';
import { BOOTSTRAP_RESULT_SCHEMA_VERSION, type BootstrapResult } from './bootstrap-result';
import { basicEnds } from './ci/basic';
import { acceleration, bcaEnds, biasCorrection } from './ci/bca';
import { type Ends, tailAlpha } from './ci/interval';
import { normalEnds } from './ci/normal';
import { percentileEnds } from './ci/percentile';
import { studentizedEnds } from './ci/studentized';
import { StatsError } from './errors';
import { leaveOneOut } from './internal/leave-one-out';
import { type SampleInput, toSamples } from './internal/samples';
import { resolveStatistic, type Statistic } from './statistic';
import type { StatisticKernel } from './statistics/kernel';

/** Indices held in memory at once when `batch` is not given: 2^18 (1 MiB). */
const DEFAULT_INDEX_BUDGET = 262144;

/**
 * Bootstrap confidence interval of a statistic: `scipy.stats.bootstrap` for TypeScript, with the same defaults
 * and numbers (BCa, 9999 resamples, 95 %, SciPy's ẑ0 tie rule and jackknife acceleration, type-7 quantiles).
 *
 * Resamples are drawn in blocks of 256; block b draws from `rng.child('resample').child(b)` (one stream per
 * sample unless paired), so the result is bit-identical for every `batch` and worker count
 * (docs/determinism.md). Formulas and sources: docs/methods.md.
 *
 * @param samples - one or more samples (number[] or Float64Array); two for two-sample and paired statistics
 * @param statistic - a built-in name ('mean', 'median', 'std', 'var', 'quantile', 'trimmed-mean', 'proportion',
 * 'spearman', 'pearson', 'mean-difference', 'mean-ratio'), one with options (`{ name: 'quantile', p: 0.9 }`), or a
 * function of the resampled arrays
 * @throws {StatsError} STATS_INVALID_INPUT, STATS_EMPTY_SAMPLE, STATS_NON_FINITE, STATS_LENGTH_MISMATCH,
 * STATS_INVALID_OPTION, STATS_UNKNOWN_STATISTIC, STATS_STATISTIC_NOT_NUMBER, STATS_DEGENERATE (degenerate: 'error')
 * @example
 * const r = bootstrap([[2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8]], 'mean', { seed: 42 });
 * r.ci; // { low, high }: the 95 % BCa interval of the mean
 */
export function bootstrap(
  samples: readonly SampleInput[],
  statistic: Statistic,
  options: BootstrapOptions = {},
): BootstrapResult {
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
  let distribution: Float64Array;
  let tValues: Float64Array | undefined;
  if (o.bootstrapResult?.distribution !== undefined) {
    distribution = o.bootstrapResult.distribution.slice();
  } else {
    distribution = new Float64Array(o.nResamples);
    tValues = studentized === undefined ? undefined : new Float64Array(o.nResamples);
    resample(kernel, data, {
      paired: o.paired,
      nResamples: o.nResamples,
      batch: o.batch,
      generator: o.generator,
      stream: root.child('resample'),
      out: distribution,
      ...(tValues && studentized ? { t: { out: tValues, estimate, se: studentized.replicateSe } } : {}),
    });
  }
  if (studentized !== undefined && tValues === undefined) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      'bootstrap: the studentized method cannot reuse bootstrapResult; resample.',
    );
  }

  const B = distribution.length;
  let total = 0;
  let finite = true;
  for (let i = 0; i < B; i++) {
    const v = distribution[i] as number;
    total += v;
    if (!Number.isFinite(v)) finite = false;
  }
  const meanReplicate = total / B;
  let ss = 0;
  for (let i = 0; i < B; i++) ss += ((distribution[i] as number) - meanReplicate) ** 2;
  const standardError = B > 1 ? Math.sqrt(ss / (B - 1)) : Number.NaN;
  const sorted = distribution.slice().sort();
  const alpha = tailAlpha(o.confidenceLevel, o.alternative);

  let ends: Ends;
  let z0: number | undefined;
  let accel: number | undefined;
  let problem: string | undefined = finite ? undefined : 'some replicates of the statistic are not finite';
  switch (o.method) {
    case 'percentile':
      ends = percentileEnds(sorted, alpha);
      break;
    case 'basic':
      ends = basicEnds(sorted, alpha, estimate);
      break;
    case 'normal':
      ends = normalEnds(estimate, standardError, alpha);
      break;
    case 'bca': {
      z0 = biasCorrection(distribution, estimate, { compat: o.compat, tieTolerance: o.tieTolerance });
      accel = acceleration(leaveOneOut(kernel, data, o.paired));
      ends = bcaEnds(sorted, alpha, z0, accel);
      if (Number.isNaN(ends.low) || Number.isNaN(ends.high)) {
        problem ??= !Number.isFinite(z0)
          ? `every replicate lies on one side of the estimate (ẑ0 = ${z0})`
          : 'the jackknife values are all equal, so the acceleration is 0/0 (constant or degenerate data)';
      }
      break;
    }
    case 'studentized': {
      const t = (tValues as Float64Array).slice().sort();
      const se = (studentized as StudentizedSetup).estimateSe(standardError);
      ends = studentizedEnds(estimate, se, t, alpha);
      if (!(Number.isFinite(t[0] as number) && Number.isFinite(t[t.length - 1] as number)) || !Number.isFinite(se)) {
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
        ends = percentileEnds(sorted, alpha);
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

interface ResampleJob {
  readonly paired: boolean;
  readonly nResamples: number;
  readonly batch: number | undefined;
  readonly generator: GeneratorName;
  readonly stream: Stream;
  readonly out: Float64Array;
  readonly t?: {
    readonly out: Float64Array;
    readonly estimate: number;
    readonly se: (resampled: readonly Float64Array[], replicate: number) => number;
  };
}

/**
 * Fills job.out with B replicates. Block b (RESAMPLE_BLOCK_SIZE resamples) draws its indices from
 * stream.child(b) — paired: one generator for the shared indices; otherwise stream.child(b).child(j) for sample
 * j — so how the block is cut into batches cannot change a single index.
 */
function resample(kernel: StatisticKernel, data: readonly Float64Array[], job: ResampleJob): void {
  const sizes = job.paired ? [(data[0] as Float64Array).length] : data.map((s) => s.length);
  const totalN = sizes.reduce((a, b) => a + b, 0);
  const batch = Math.min(RESAMPLE_BLOCK_SIZE, job.batch ?? Math.max(1, Math.floor(DEFAULT_INDEX_BUDGET / totalN)));
  const indices = sizes.map((n) => new Uint32Array(batch * n));
  const scratch = data.map((s) => new Float64Array(s.length));
  const nBlocks = Math.ceil(job.nResamples / RESAMPLE_BLOCK_SIZE);
  for (let b = 0; b < nBlocks; b++) {
    const blockStream = job.stream.child(b);
    const generators = job.paired
      ? [blockStream.generator(job.generator)]
      : sizes.map((_, j) => blockStream.child(j).generator(job.generator));
    const first = b * RESAMPLE_BLOCK_SIZE;
    const rowsInBlock = Math.min(RESAMPLE_BLOCK_SIZE, job.nResamples - first);
    for (let r0 = 0; r0 < rowsInBlock; r0 += batch) {
      const rows = Math.min(batch, rowsInBlock - r0);
      sizes.forEach((n, j) => {
        fillIndices(
          generators[j] as ReturnType<Stream['generator']>,
          n,
          (indices[j] as Uint32Array).subarray(0, rows * n),
        );
      });
      for (let r = 0; r < rows; r++) {
        for (let j = 0; j < data.length; j++) {
          const source = data[j] as Float64Array;
          const idx = indices[job.paired ? 0 : j] as Uint32Array;
          const dst = scratch[j] as Float64Array;
          const n = dst.length;
          const offset = r * n;
          for (let i = 0; i < n; i++) dst[i] = source[idx[offset + i] as number] as number;
        }
        const replicate = first + r0 + r;
        if (job.t !== undefined) {
          // The standard error must see the resample before the statistic may reorder it.
          const se = job.t.se(scratch, replicate);
          const theta = kernel.evaluateScratch(scratch);
          job.out[replicate] = theta;
          job.t.out[replicate] = (theta - job.t.estimate) / se;
        } else {
          job.out[replicate] = kernel.evaluateScratch(scratch);
        }
      }
    }
  }
}

interface StudentizedSetup {
  readonly replicateSe: (resampled: readonly Float64Array[], replicate: number) => number;
  /** ŝe of θ̂ itself; given the bootstrap standard error for estimators that have no formula. */
  readonly estimateSe: (bootstrapSe: number) => number;
}

function studentizedSetup(
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
    return { replicateSe: se, estimateSe: () => se(data) };
  }
  if (standardError === undefined && kernel.standardError !== undefined) {
    const formula = kernel.standardError;
    return { replicateSe: (s) => formula(s), estimateSe: () => formula(data) };
  }
  if (standardError === 'nested') {
    return {
      replicateSe: nestedSe(kernel, paired, generator, root.child('nested'), nested),
      estimateSe: (bootstrapSe) => bootstrapSe,
    };
  }
  throw new StatsError(
    'STATS_INVALID_OPTION',
    `bootstrap: the studentized method needs a standard error for ${kernel.name}: pass standardError, a function of the samples (mean and mean-difference have a built-in formula).`,
  );
}

/**
 * Standard error of replicate k by an inner bootstrap of `inner` resamples of the resampled data, drawing from
 * stream.child(k) (so it too is independent of batch and workers): the ddof = 1 standard deviation of the inner
 * replicates.
 */
function nestedSe(
  kernel: StatisticKernel,
  paired: boolean,
  generator: GeneratorName,
  stream: Stream,
  inner: number,
): (resampled: readonly Float64Array[], replicate: number) => number {
  const values = new Float64Array(inner);
  let scratch: Float64Array[] = [];
  let indices: Uint32Array[] = [];
  return (resampled, replicate) => {
    if (scratch.length === 0) {
      scratch = resampled.map((s) => new Float64Array(s.length));
      indices = (paired ? [resampled[0] as Float64Array] : resampled).map((s) => new Uint32Array(s.length));
    }
    const node = stream.child(replicate);
    const generators = paired
      ? [node.generator(generator)]
      : resampled.map((_, j) => node.child(j).generator(generator));
    for (let k = 0; k < inner; k++) {
      indices.forEach((idx, j) => {
        fillIndices(generators[j] as ReturnType<Stream['generator']>, idx.length, idx);
      });
      for (let j = 0; j < resampled.length; j++) {
        const source = resampled[j] as Float64Array;
        const idx = indices[paired ? 0 : j] as Uint32Array;
        const dst = scratch[j] as Float64Array;
        for (let i = 0; i < dst.length; i++) dst[i] = source[idx[i] as number] as number;
      }
      values[k] = kernel.evaluateScratch(scratch);
    }
    let mean = 0;
    for (let k = 0; k < inner; k++) mean += values[k] as number;
    mean /= inner;
    let ss = 0;
    for (let k = 0; k < inner; k++) ss += ((values[k] as number) - mean) ** 2;
    return Math.sqrt(ss / (inner - 1));
  };
}
