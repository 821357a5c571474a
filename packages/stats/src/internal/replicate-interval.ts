// The interval step of the bootstrap, from the replicates on: what `bootstrap` (through finishBootstrap) and
// `bootstrapRows` (once per row) both run, so a row's bits are `bootstrap`'s by construction.
import type { ResolvedBootstrapOptions } from '../bootstrap-options';
import { basicEnds } from '../ci/basic';
import { acceleration, bcaEnds, biasCorrection } from '../ci/bca';
import { type Ends, tailAlpha } from '../ci/interval';
import { normalEnds } from '../ci/normal';
import { percentileEnds } from '../ci/percentile';
import { studentizedEnds } from '../ci/studentized';
import { StatsError } from '../errors';
import type { KernelWork, StatisticKernel } from '../statistics/kernel';
import { nanReplicateMoments, replicateMean, replicateStd } from '../statistics/mean';
import type { StatsWarning } from '../warning';
import type { StudentizedSetup } from './bootstrap-plan';
import { isConstant } from './is-constant';
import { leaveOneOut } from './leave-one-out';
import { ReplicateQuantiles } from './replicate-quantiles';

/** What the interval step needs besides the replicates: validated options, the statistic, the data and θ̂. */
export interface IntervalInput {
  readonly o: ResolvedBootstrapOptions;
  readonly kernel: StatisticKernel;
  readonly data: readonly Float64Array[];
  readonly estimate: number;
  readonly studentized: StudentizedSetup | undefined;
}

/** Buffers of at least B values each, reused across calls by a caller with many intervals (bootstrapRows). */
export interface IntervalWork {
  /** The replicates' copy that selection reorders. */
  readonly order: Float64Array;
  /** The replicates and t values that are not NaN (nanReplicates: 'omit'). */
  readonly kept: Float64Array;
  readonly keptT: Float64Array;
  /** np.nanmean / np.nanstd's zero-filled copy. */
  readonly scratch: Float64Array;
  /** The kernel's buffers, for the jackknife (the resampling's, so a Spearman row is not sorted again). */
  readonly kernel?: KernelWork;
}

export interface ReplicateInterval {
  /** The ends, one of them ±Infinity for a one-sided alternative. */
  readonly low: number;
  readonly high: number;
  readonly standardError: number;
  readonly bias: number;
  /** BCa only. */
  readonly z0: number | undefined;
  readonly acceleration: number | undefined;
  /** NaN replicates left out (nanReplicates: 'omit'); 0 otherwise. */
  readonly omitted: number;
  /** Whether the `degenerate` policy gave the ends (a DEGENERATE warning says why). */
  readonly degenerate: boolean;
  /** NAN_REPLICATES and DEGENERATE warnings, in that order. */
  readonly warnings: StatsWarning[];
}

const nanQuantile = () => Number.NaN;

/**
 * The interval, standard error and bias from the replicates (and t values when studentized), with the degenerate
 * policy applied and NaN replicates handled as `o.nanReplicates` says (docs/methods.md). `where` starts the message
 * of a STATS_DEGENERATE error ("bootstrap", "bootstrapRows: row 3").
 */
export function replicateInterval(
  input: IntervalInput,
  distribution: Float64Array,
  tValues: Float64Array | undefined,
  where: string,
  work?: IntervalWork,
): ReplicateInterval {
  const { o, kernel, data, estimate, studentized } = input;
  const warnings: StatsWarning[] = [];
  const B = distribution.length;
  let nonFinite = 0;
  let nan = 0;
  for (let i = 0; i < B; i++) {
    const v = distribution[i] as number;
    if (!Number.isFinite(v)) {
      nonFinite++;
      if (Number.isNaN(v)) nan++;
    }
  }
  const omit = o.nanReplicates === 'omit';
  // Without NaN (or with 'propagate') the kept replicates are the replicates: the same arrays, the same bits.
  let kept = distribution;
  let keptT = tValues;
  let meanReplicate: number;
  let standardError: number;
  if (omit && nan > 0) {
    kept = work === undefined ? new Float64Array(B - nan) : work.kept.subarray(0, B - nan);
    if (tValues !== undefined) keptT = work === undefined ? new Float64Array(B - nan) : work.keptT.subarray(0, B - nan);
    let k = 0;
    for (let i = 0; i < B; i++) {
      const v = distribution[i] as number;
      if (Number.isNaN(v)) continue;
      kept[k] = v;
      if (keptT !== undefined) keptT[k] = (tValues as Float64Array)[i] as number;
      k++;
    }
    // np.nanmean / np.nanstd(ddof=1) of the replicates.
    ({ mean: meanReplicate, std: standardError } = nanReplicateMoments(
      distribution,
      kept,
      work?.scratch ?? new Float64Array(B),
    ));
  } else {
    // NumPy's np.mean / np.std(ddof=1) of the replicates (pairwise sums); identical replicates: their value, se 0.
    meanReplicate = replicateMean(distribution);
    standardError = B > 1 ? replicateStd(distribution, meanReplicate, 1) : Number.NaN;
  }
  const omitted = omit ? nan : 0;
  const m = kept.length;
  // Degeneracy is decided exactly, never by the rounding of a sum: every sample constant, or every replicate equal.
  // Then BCa's ẑ0 and â and the studentized t values have nothing to measure (docs/methods.md).
  const flat = data.every(isConstant)
    ? 'the data are constant (every value of each sample is equal)'
    : m > 1 && isConstant(kept)
      ? `every replicate is ${kept[0]}, so the bootstrap distribution has no spread`
      : undefined;
  // Ends read two order statistics each: selected in place, never a full sort (the same bits as sorting).
  const order = new ReplicateQuantiles(kept, work?.order);
  const quantile = m === 0 ? nanQuantile : (p: number) => order.at(p);
  const alpha = tailAlpha(o.confidenceLevel, o.alternative);

  let ends: Ends;
  let z0: number | undefined;
  let accel: number | undefined;
  let jackknifeOmitted = 0;
  let jackknifeCount = 0;
  let problem: string | undefined;
  if (m === 0 && B > 0) {
    problem = `all ${B} replicates are NaN (the statistic is undefined on every resample)`;
  } else if (nonFinite - omitted > 0) {
    problem =
      'some replicates of the statistic are not finite' +
      (nan > 0 && !omit ? ` (${nan} of ${B} are NaN; nanReplicates: 'omit' would leave those out)` : '');
  }
  switch (o.method) {
    case 'percentile':
      ends = percentileEnds(quantile, alpha);
      break;
    case 'basic':
      ends = basicEnds(quantile, alpha, estimate);
      break;
    case 'normal':
      ends = normalEnds(estimate, standardError, alpha);
      // The replicates' standard deviation (ddof 1) needs two of them; say so rather than "the interval is NaN".
      if (Number.isNaN(standardError) && m < 2) {
        problem ??= `its standard error needs at least 2 replicates, and there ${m === 1 ? 'is 1' : `are ${m}`}`;
      }
      break;
    case 'bca': {
      z0 = biasCorrection(kept, estimate, { compat: o.compat, tieTolerance: o.tieTolerance });
      const jackknife = leaveOneOut(kernel, data, o.paired, work?.kernel);
      let jackknifeNaN = 0;
      for (const values of jackknife) {
        jackknifeCount += values.length;
        for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i] as number)) jackknifeNaN++;
      }
      // 'omit': NaN leave-one-out values (a deletion that leaves x constant) are left out of â as well.
      if (omit && jackknifeNaN > 0) {
        jackknifeOmitted = jackknifeNaN;
        accel = acceleration(jackknife.map((values) => values.filter((v) => !Number.isNaN(v))));
      } else {
        accel = acceleration(jackknife);
      }
      ends = bcaEnds(quantile, alpha, z0, accel);
      if (flat !== undefined) {
        problem ??= flat;
      } else if (Number.isNaN(ends.low) || Number.isNaN(ends.high)) {
        problem ??= !Number.isFinite(z0)
          ? `every replicate lies on one side of the estimate (ẑ0 = ${z0})`
          : jackknifeOmitted > 0
            ? `${jackknifeOmitted} of ${jackknifeCount} jackknife values are NaN, and the others are too few or all equal for an acceleration`
            : jackknifeNaN > 0
              ? `${jackknifeNaN} of ${jackknifeCount} jackknife values are NaN (the statistic is undefined without one observation), so the acceleration is NaN`
              : 'the jackknife values are all equal, so the acceleration is 0/0 (constant or degenerate data)';
      }
      break;
    }
    case 'studentized': {
      const t = keptT as Float64Array;
      const tOrder = new ReplicateQuantiles(t);
      const se = (studentized as StudentizedSetup).estimateSe(standardError);
      ends = studentizedEnds(estimate, se, m === 0 ? nanQuantile : (p) => tOrder.at(p), alpha);
      if (flat !== undefined) problem ??= flat;
      else if (!t.every(Number.isFinite) || !Number.isFinite(se)) {
        problem ??= 'a replicate has a zero or undefined standard error, so its t value is not finite';
      }
      break;
    }
  }
  if (problem === undefined && (Number.isNaN(ends.low) || Number.isNaN(ends.high))) problem = 'the interval is NaN';

  if (omitted > 0 || jackknifeOmitted > 0) {
    const replicates =
      omitted > 0
        ? `${omitted} of ${B} replicates are NaN (the statistic is undefined on those resamples, e.g. a constant x or y for a correlation) and were left out (nanReplicates: 'omit'): the interval, standard error and bias use the other ${B - omitted}.`
        : '';
    const jackknife =
      jackknifeOmitted > 0
        ? `${jackknifeOmitted} of ${jackknifeCount} jackknife values are NaN and were left out of the BCa acceleration (nanReplicates: 'omit').`
        : '';
    warnings.push({
      code: 'NAN_REPLICATES',
      message: replicates && jackknife ? `${replicates} ${jackknife}` : replicates || jackknife,
    });
  }
  const degenerate = problem !== undefined;
  if (problem !== undefined) {
    const message = `The ${o.method} interval cannot be computed: ${problem}.`;
    switch (o.degenerate) {
      case 'error':
        throw new StatsError('STATS_DEGENERATE', `${where}: ${message} Choose another degenerate policy or method.`);
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
  return {
    low: o.alternative === 'less' ? Number.NEGATIVE_INFINITY : ends.low,
    high: o.alternative === 'greater' ? Number.POSITIVE_INFINITY : ends.high,
    standardError,
    bias: meanReplicate - estimate,
    z0,
    acceleration: accel,
    omitted,
    degenerate,
    warnings,
  };
}
