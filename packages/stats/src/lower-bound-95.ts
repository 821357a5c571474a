import { seedFromRunId } from '@bootstat/rng';
import { bootstrap } from './bootstrap';
import { parseBootstrapOptions } from './bootstrap-options';
import { StatsError } from './errors';
import { assertAlpha } from './internal/alpha-floor';
import { isConstant } from './internal/is-constant';
import { toSamples } from './internal/samples';
import { meanOf, standardDeviation } from './statistics/mean';
import type { StatsWarning } from './warning';

export interface LowerBound95Options {
  /** The bench run's id; the seed is `seedFromRunId(runId)`, int(run_id[:8], 16). */
  readonly runId: string;
  /** Default 1000. */
  readonly nResamples?: number;
  /** The lower tail probability, in [PROMOTION_GATE_MIN_ALPHA, 0.5); default 0.025. */
  readonly alpha?: number;
}

export interface LowerBound95Result {
  /** The bound the promotion gate compares with its threshold. */
  readonly lowerBound: number;
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation, ddof = 1 (NaN for a single score). */
  readonly sd: number;
  readonly seed: number;
  readonly runId: string;
  readonly nResamples: number;
  readonly alpha: number;
  /** 'small-sample' (n < 5: bound 0), 'constant' (sd = 0: bound = mean) or 'bca'. */
  readonly rule: 'small-sample' | 'constant' | 'bca';
  /** The bootstrapped means (rule 'bca' only), for plots and audits. */
  readonly distribution?: Float64Array;
  readonly warnings: readonly StatsWarning[];
}

/** Relative tolerance within which a resample mean counts as a tie with the mean of the scores (see ẑ0). */
export const LOWER_BOUND_TIE_TOLERANCE = 1e-10;

/** Fewer scores than this give a bound of 0. */
export const LOWER_BOUND_MIN_SCORES = 5;

/**
 * The promotion-gate bound: the BCa-adjusted α-quantile of the bootstrapped means of the scores, with the seed
 * taken from the run id so anyone can recompute it. With the default α = 0.025 this is the lower end of the
 * two-sided 95 % BCa interval, which is a one-sided 97.5 % lower confidence bound — not a 95 % one.
 *
 * Small-sample rules: fewer than 5 scores → 0, with a SMALL_SAMPLE warning naming n and the run id;
 * standard deviation 0 → the mean itself, without resampling (BCa is undefined on constant data); scores whose
 * differences vanish in double precision are treated alike (bound = mean, with a DEGENERATE warning). Any other
 * bound BCa cannot give — every replicate on one side of the mean, as with a handful of resamples — is NaN, with a
 * DEGENERATE warning, so a gate on it fails closed; it is never the mean.
 *
 * @throws {StatsError} STATS_EMPTY_SAMPLE for no scores; STATS_NON_FINITE; STATS_INVALID_INPUT for anything but an
 * array-like of numbers (number[], a typed array, `{ length, 0: … }`); STATS_INVALID_OPTION for alpha
 * outside [PROMOTION_GATE_MIN_ALPHA, 0.5) (below it 1 − 2·alpha rounds to 1) or a bad nResamples, whatever the
 * number of scores; RngError RNG_INVALID_RUN_ID for a run id that does not start with 8 hex digits
 * @example
 * const b = lowerBound95([0.82, 0.91, 0.77, 0.88, 0.95, 0.84], { runId: '3f2a9c1e-77b0' });
 * [b.seed, b.rule, b.nResamples]; // [0x3f2a9c1e, 'bca', 1000]
 * b.lowerBound < b.mean; // true
 * lowerBound95([0.82, 0.91, 0.77], { runId: '3f2a9c1e-77b0' }).lowerBound; // 0
 */
export function lowerBound95(scores: ArrayLike<number>, options: LowerBound95Options): LowerBound95Result {
  const { runId, nResamples = 1000, alpha = 0.025 } = options ?? ({} as LowerBound95Options);
  assertAlpha(alpha, 'lowerBound95');
  const seed = seedFromRunId(runId);
  const bootstrapOptions = {
    method: 'bca',
    confidenceLevel: 1 - 2 * alpha,
    nResamples,
    seed,
    // A bound BCa cannot give is NaN, never the mean: the gate fails closed on it (see below for the one exception).
    degenerate: 'nan',
    // Resample means that equal the mean of the scores differ from it only by summation-order rounding; counting
    // those within 1e-10 relative as ties keeps ẑ0 — and the verdict — from turning on the last bit.
    tieTolerance: LOWER_BOUND_TIE_TOLERANCE,
  } as const;
  // Checked as bootstrap() checks them, before the small-sample and constant shortcuts skip it.
  parseBootstrapOptions(bootstrapOptions, 'lowerBound95');
  const [x] = toSamples([scores], { paired: false, nanPolicy: 'raise', fn: 'lowerBound95' }).samples as [Float64Array];
  const n = x.length;
  if (n === 0) throw new StatsError('STATS_EMPTY_SAMPLE', `lowerBound95: run ${runId} has no scores.`);
  // Equal scores are detected exactly: their computed mean and sd could be off by an ulp.
  const constant = x.every((v) => v === x[0]);
  const mean = constant ? (x[0] as number) : meanOf(x);
  const sd = n === 1 ? Number.NaN : constant ? 0 : standardDeviation(x, mean, 1);
  const base = { n, mean, sd, seed, runId, nResamples, alpha };
  if (n < LOWER_BOUND_MIN_SCORES) {
    return {
      ...base,
      lowerBound: 0,
      rule: 'small-sample',
      warnings: [
        {
          code: 'SMALL_SAMPLE',
          message: `Run ${runId} has ${n} score${n === 1 ? '' : 's'}; at least ${LOWER_BOUND_MIN_SCORES} are needed, so the lower bound is 0.`,
        },
      ],
    };
  }
  if (sd === 0) return { ...base, lowerBound: mean, rule: 'constant', warnings: [] };
  const r = bootstrap([x], 'mean', bootstrapOptions);
  // Scores that differ only below double precision (e.g. subnormals) leave the jackknife, or every resample mean,
  // without spread while ẑ0 stays finite: that is the constant case again, so the bound is the mean, with the
  // DEGENERATE warning saying why. Every replicate on one side of the mean (ẑ0 = ±∞, e.g. with very few resamples)
  // keeps the NaN.
  const noSpread =
    Number.isNaN(r.acceleration as number) || (r.nResamples > 1 && isConstant(r.distribution as Float64Array));
  const flat = Number.isNaN(r.ci.low) && Number.isFinite(r.z0 as number) && noSpread;
  return {
    ...base,
    lowerBound: flat ? mean : r.ci.low,
    rule: 'bca',
    warnings: flat
      ? [
          {
            code: 'DEGENERATE',
            message: `Run ${runId}: the scores differ only below double precision, so the jackknife or the resample means have no spread and BCa is undefined; the bound is their mean.`,
          },
        ]
      : r.warnings,
    ...(r.distribution ? { distribution: r.distribution } : {}),
  };
}
