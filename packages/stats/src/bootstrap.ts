import type { BootstrapOptions } from './bootstrap-options';
import type { BootstrapResult } from './bootstrap-result';
import { StatsError } from './errors';
import { finishBootstrap, planBootstrap } from './internal/bootstrap-plan';
import { blockCount, resampleBlocks } from './internal/resample-blocks';
import type { SampleInput } from './internal/samples';
import type { Statistic } from './statistic';

/**
 * Bootstrap confidence interval of a statistic: `scipy.stats.bootstrap` for TypeScript, with the same defaults
 * and numbers (BCa, 9999 resamples, 95 %, SciPy's ẑ0 tie rule and jackknife acceleration, type-7 quantiles).
 *
 * Resamples are drawn in blocks of 256; block b draws from `rng.child('resample').child(b)` (one stream per
 * sample unless paired), so the result is bit-identical for every `batch` and worker count
 * (docs/determinism.md). Formulas and sources: docs/methods.md. For worker threads use `bootstrapAsync`.
 *
 * @param samples - one or more samples, each an array-like of numbers (number[], a typed array, `{ length, 0: … }`)
 *   copied once into a Float64Array; two for two-sample and paired statistics
 * @param statistic - a built-in name ('mean', 'median', 'std', 'var', 'quantile', 'trimmed-mean', 'proportion',
 * 'spearman', 'pearson', 'mean-difference', 'mean-ratio'), one with options (`{ name: 'quantile', p: 0.9 }`), or a
 * function of the resampled arrays
 * @throws {StatsError} STATS_INVALID_INPUT, STATS_EMPTY_SAMPLE, STATS_NON_FINITE, STATS_LENGTH_MISMATCH,
 * STATS_INVALID_OPTION, STATS_UNKNOWN_STATISTIC, STATS_STATISTIC_NOT_NUMBER, STATS_DEGENERATE (degenerate: 'error')
 * @example
 * const r = bootstrap([[2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8]], 'mean', { seed: 42 });
 * r.ci; // { low, high }: the 95 % BCa interval of the mean
 * r.estimate; // 3.357142857142857
 * r.ci.low < r.estimate && r.estimate < r.ci.high; // true
 * [r.method, r.confidenceLevel, r.distribution.length]; // ['bca', 0.95, 9999]
 */
export function bootstrap(
  samples: readonly SampleInput[],
  statistic: Statistic,
  options: BootstrapOptions = {},
): BootstrapResult {
  const plan = planBootstrap(samples, statistic, options);
  const { o } = plan;
  if (o.workers > 1) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `bootstrap: workers: ${o.workers} needs bootstrapAsync (worker threads are asynchronous); bootstrap runs on this thread.`,
    );
  }
  const reused = o.bootstrapResult?.distribution;
  if (reused !== undefined) return finishBootstrap(plan, reused.slice(), undefined);
  const distribution = new Float64Array(o.nResamples);
  const tValues = plan.studentized === undefined ? undefined : new Float64Array(o.nResamples);
  const onProgress = o.onProgress;
  resampleBlocks(plan.kernel, plan.data, {
    paired: o.paired,
    nResamples: o.nResamples,
    batch: o.batch,
    generator: o.generator,
    stream: plan.root.child('resample'),
    blockStart: 0,
    blockEnd: blockCount(o.nResamples),
    out: distribution,
    ...(tValues && plan.studentized
      ? { t: { out: tValues, estimate: plan.estimate, se: plan.studentized.replicateSe } }
      : {}),
    ...(onProgress ? { onBlock: (done: number) => onProgress(done, o.nResamples) } : {}),
  });
  return finishBootstrap(plan, distribution, tValues);
}
