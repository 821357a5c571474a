import { type BenchReport, BenchReportSchema } from './bench-report';
import { StatsError } from './errors';
import { assertAlpha, MIN_ALPHA, minAlphaFor } from './internal/alpha-floor';
import { type LowerBound95Result, lowerBound95 } from './lower-bound-95';
import type { StatsWarning } from './warning';

export interface PromotionGateOptions {
  /** The bound must exceed this for a pass. */
  readonly threshold: number;
  /** Fewer cases than this fail the report (fail closed); default 10. */
  readonly minCases?: number;
  /**
   * Lower-tail probability of the bound; default 0.025 (the lower end of a two-sided 95 % BCa interval). At least
   * PROMOTION_GATE_MIN_ALPHA (and, with `holm`, at least that times the number of reports) and below 0.5.
   */
  readonly alpha?: number;
  /** Default 1000; at least PROMOTION_GATE_MIN_RESAMPLES. */
  readonly nResamples?: number;
  /** Holm's step-down correction of alpha across the reports (Holm 1979); default false. */
  readonly holm?: boolean;
  /**
   * Called after each report's bound with (bounds done, reports to do), for a progress bar; under Holm, once per
   * round. The library never prints.
   */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ReportVerdict {
  readonly runId: string;
  readonly benchmark: string | undefined;
  readonly passed: boolean;
  /** Why, in words: 'lower bound 0.83 > threshold 0.8', 'only 4 cases (min-cases 10)'… */
  readonly reason: string;
  /** The alpha this report's bound was computed at (smaller than alpha under Holm). */
  readonly alpha: number;
  readonly bound: LowerBound95Result;
  /** The case scores in caseId order: the order the bound was computed from. */
  readonly scores: Float64Array;
  readonly warnings: readonly StatsWarning[];
}

export interface PromotionGateResult {
  readonly passed: boolean;
  readonly threshold: number;
  /** The family alpha given (each verdict's own alpha is smaller under Holm). */
  readonly alpha: number;
  readonly holm: boolean;
  readonly minCases: number;
  readonly nResamples: number;
  readonly verdicts: readonly ReportVerdict[];
}

/**
 * The fewest resamples the gate accepts. Its bound is the BCa-adjusted 2.5 % quantile of the resampled means: from a
 * few dozen resamples that quantile is the smallest one or two of them, not an estimate of anything.
 */
export const PROMOTION_GATE_MIN_RESAMPLES = 100;

/**
 * The smallest alpha the gate (and `lowerBound95`) accepts, 2^-55 + 2^-107 ≈ 2.775557561562892e-17: the smallest
 * double a with 1 − 2a < 1. Below it the bound's confidence level 1 − 2·alpha rounds to 1 and no interval exists.
 * Under Holm's correction every round's alpha/k must clear it too.
 */
export const PROMOTION_GATE_MIN_ALPHA = MIN_ALPHA;

/**
 * The scores of a report in caseId order (so file order never changes a verdict); a repeated caseId is an error.
 *
 * @example
 * const report = { runId: '3f2a9c1e', cases: [{ caseId: 'b', score: 0.5 }, { caseId: 'a', score: 1 }] };
 * Array.from(reportScores(report)); // [1, 0.5]
 */
export function reportScores(report: BenchReport): Float64Array {
  const cases = [...report.cases].sort((a, b) => (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
  for (let i = 1; i < cases.length; i++) {
    if (cases[i]?.caseId === cases[i - 1]?.caseId) {
      throw new StatsError(
        'STATS_INVALID_INPUT',
        `Run ${report.runId}: caseId ${JSON.stringify(cases[i]?.caseId)} appears more than once; each case must be scored once.`,
      );
    }
  }
  return Float64Array.from(cases, (c) => c.score);
}

/**
 * The promotion gate: for each bench run report, `lowerBound95` of its scores (seeded by its run id) against the
 * threshold. A report passes only when it has at least `minCases` cases and its bound is strictly above the
 * threshold; anything else fails (fail closed). With `holm`, the reports are tested step-down at α/m, α/(m−1), …:
 * at each step every remaining report whose bound clears the threshold at the current level passes, and the
 * procedure stops at the first step where none does (Holm 1979). The overall verdict passes only when every
 * report passes.
 *
 * Options are checked before any report is read, and their errors name the option, never a report ("Report k:"
 * prefixes only errors about a report's content).
 *
 * @throws {StatsError} STATS_INVALID_INPUT for a report that does not fit `BenchReportSchema` or repeats a caseId;
 * STATS_INVALID_OPTION for a threshold outside [0, 1], a bad minCases or nResamples, an alpha outside
 * [PROMOTION_GATE_MIN_ALPHA, 0.5), or, with `holm`, an alpha that alpha/m (m reports) takes below
 * PROMOTION_GATE_MIN_ALPHA
 * @example
 * const scores = [0.91, 0.85, 0.88, 0.95, 0.9, 0.87, 0.93, 0.86, 0.92, 0.89]; // every one above 0.8
 * const report = { runId: '3f2a9c1e-77b0', cases: scores.map((score, i) => ({ caseId: `case-${i + 1}`, score })) };
 * promotionGate([report], { threshold: 0.8 }).passed; // true
 * promotionGate([report], { threshold: 0.8, minCases: 20 }).verdicts[0].reason; // 'only 10 cases (min-cases 20)'
 */
export function promotionGate(reports: readonly unknown[], options: PromotionGateOptions): PromotionGateResult {
  const { threshold, minCases = 10, alpha = 0.025, nResamples = 1000, holm = false, onProgress } = options;
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `promotionGate: threshold must be a number in [0, 1], got ${String(threshold)}.`,
    );
  }
  if (!Number.isInteger(minCases) || minCases < 1) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `promotionGate: minCases must be an integer >= 1, got ${String(minCases)}.`,
    );
  }
  if (!Number.isInteger(nResamples) || nResamples < PROMOTION_GATE_MIN_RESAMPLES || nResamples > 1e7) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `promotionGate: nResamples must be an integer in [${PROMOTION_GATE_MIN_RESAMPLES}, 10000000] (the gate's rule uses 1000), got ${String(nResamples)}.`,
    );
  }
  assertAlpha(alpha, 'promotionGate');
  if (reports.length === 0) throw new StatsError('STATS_EMPTY_SAMPLE', 'promotionGate: no reports to gate.');
  // Holm's smallest level is alpha/m, in its first round: it must give a bound too.
  if (holm && alpha / reports.length < MIN_ALPHA) {
    const m = reports.length;
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `promotionGate: alpha ${alpha} is too small for Holm's correction over ${m} reports: its first round tests at ` +
        `alpha/${m} = ${alpha / m}, below ${MIN_ALPHA} (PROMOTION_GATE_MIN_ALPHA), where the bound's confidence ` +
        `level 1 − 2·alpha rounds to 1. The smallest alpha for ${m} reports is ${minAlphaFor(m)}.`,
    );
  }
  const parsed = reports.map((r, i) => {
    const result = BenchReportSchema.safeParse(r);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new StatsError(
        'STATS_INVALID_INPUT',
        `Report ${i + 1}: ${issue?.path.join('.') || 'report'}: ${issue?.message ?? 'invalid'}.`,
      );
    }
    try {
      return { report: result.data, scores: reportScores(result.data) };
    } catch (e) {
      throw new StatsError('STATS_INVALID_INPUT', `Report ${i + 1}: ${(e as Error).message}`);
    }
  });
  const at = (k: number, a: number) => {
    try {
      return lowerBound95(parsed[k]?.scores as Float64Array, {
        runId: parsed[k]?.report.runId as string,
        alpha: a,
        nResamples,
      });
    } catch (e) {
      // An option error is the caller's, not the report's (the options were checked above; this is a safeguard).
      if (e instanceof StatsError && e.code === 'STATS_INVALID_OPTION') throw e;
      // Name the report, as for a schema error (an empty cases list…).
      const code = e instanceof StatsError ? e.code : 'STATS_INVALID_INPUT';
      throw new StatsError(code, `Report ${k + 1}: ${(e as Error).message}`);
    }
  };
  const alphas = parsed.map(() => alpha);
  const passes = parsed.map(() => false);
  // Each report's bound at the alpha it was last tested at: Holm's rounds compute it, the verdicts reuse it.
  const bounds: (LowerBound95Result | undefined)[] = parsed.map(() => undefined);
  if (holm) {
    // Step-down: α/|remaining| each round; everything clearing it passes; stop when nothing does.
    // The family is every report given, too-small ones included (they never clear): the conservative count.
    let remaining = parsed.map((_, k) => k);
    while (remaining.length > 0) {
      const level = alpha / remaining.length;
      remaining.forEach((k, i) => {
        alphas[k] = level;
        bounds[k] = at(k, level);
        onProgress?.(i + 1, remaining.length);
      });
      const cleared = remaining.filter((k) => (bounds[k] as LowerBound95Result).lowerBound > threshold);
      if (cleared.length === 0) break;
      for (const k of cleared) passes[k] = true;
      remaining = remaining.filter((k) => !cleared.includes(k));
    }
  }
  const verdicts = parsed.map(({ report, scores }, k): ReportVerdict => {
    const reused = bounds[k];
    const bound = reused ?? at(k, alphas[k] as number);
    if (reused === undefined) onProgress?.(k + 1, parsed.length);
    const enough = scores.length >= minCases;
    const cleared = holm ? (passes[k] as boolean) : bound.lowerBound > threshold;
    const passed = enough && Number.isFinite(bound.lowerBound) && cleared;
    const lb = bound.lowerBound;
    const reason = !enough
      ? `only ${scores.length} case${scores.length === 1 ? '' : 's'} (min-cases ${minCases})`
      : Number.isNaN(lb)
        ? 'the lower bound is undefined (NaN)'
        : `lower bound ${lb} ${passed ? '>' : '<='} threshold ${threshold}`;
    return {
      runId: report.runId,
      benchmark: report.benchmark,
      passed,
      reason,
      alpha: alphas[k] as number,
      bound,
      scores,
      warnings: bound.warnings,
    };
  });
  return { passed: verdicts.every((v) => v.passed), threshold, alpha, holm, minCases, nResamples, verdicts };
}
