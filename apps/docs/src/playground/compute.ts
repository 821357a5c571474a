import {
  bootstrap,
  CI_METHODS,
  type CiMethod,
  type LowerBound95Result,
  promotionGate,
  StatsError,
  type StatsWarning,
} from '@bootstat/stats';
import type { PlaygroundStatistic } from './state';

/** What the page asks for: one interval per method, all from the same data, seed and resamples. */
export interface IntervalsRequest {
  readonly values: readonly number[];
  readonly statistic: PlaygroundStatistic;
  readonly method: CiMethod;
  readonly confidenceLevel: number;
  readonly nResamples: number;
  readonly seed: number;
}

/** One method's interval, or why it has none (e.g. studentized without a standard-error formula). */
export interface IntervalRow {
  readonly method: CiMethod;
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  readonly standardError: number;
  readonly warnings: readonly StatsWarning[];
  readonly error?: string;
}

export interface IntervalsOutcome {
  readonly rows: readonly IntervalRow[];
  /** The replicates of the chosen method's run (of the percentile run when the chosen method has no interval). */
  readonly distribution: Float64Array;
}

/**
 * Every interval method of `bootstrap` on the request's data: each row is exactly
 * `bootstrap([values], statistic, { method, confidenceLevel, nResamples, seed })`, the call the page shows, so
 * its numbers are the library's and `bootstat ci`'s to the bit. A StatsError becomes the row's message, except an
 * option out of range, which is thrown (it is every method's), and the first one when every method fails;
 * anything else is a bug and is thrown.
 */
export function computeIntervals(
  request: IntervalsRequest,
  onProgress: (done: number, total: number) => void = () => {},
): IntervalsOutcome {
  const total = CI_METHODS.length * request.nResamples;
  const rows: IntervalRow[] = [];
  let distribution: Float64Array | undefined;
  let fallback: Float64Array | undefined;
  let first: StatsError | undefined;
  CI_METHODS.forEach((method, k) => {
    try {
      const r = bootstrap([request.values], request.statistic, {
        method,
        confidenceLevel: request.confidenceLevel,
        nResamples: request.nResamples,
        seed: request.seed,
        onProgress: (done) => onProgress(k * request.nResamples + done, total),
      });
      rows.push({
        method,
        estimate: r.estimate,
        low: r.ci.low,
        high: r.ci.high,
        standardError: r.standardError,
        warnings: r.warnings,
      });
      if (method === request.method) distribution = r.distribution;
      if (method === 'percentile') fallback = r.distribution;
    } catch (e) {
      if (!(e instanceof StatsError)) throw e;
      // An option out of range (a level of 1.5, a seed of -1) is no method's fault: the first method meets it,
      // and the run gives its one message instead of five rows of it. Studentized's own need (a standard error
      // formula) is that method's row.
      if (k === 0 && e.code === 'STATS_INVALID_OPTION') throw e;
      first ??= e;
      rows.push({ method, estimate: NaN, low: NaN, high: NaN, standardError: NaN, warnings: [], error: e.message });
    }
    onProgress((k + 1) * request.nResamples, total);
  });
  // No method gave an interval (the std of one value, data whose mean overflows): one message, no result.
  if (first !== undefined && rows.every((r) => r.error !== undefined)) throw first;
  return { rows, distribution: distribution ?? fallback ?? new Float64Array(0) };
}

export interface GateRequest {
  readonly scores: readonly number[];
  readonly runId: string;
  readonly threshold: number;
}

export interface GateOutcome {
  readonly passed: boolean;
  readonly reason: string;
  readonly bound: LowerBound95Result;
  readonly warnings: readonly StatsWarning[];
  /** The bench report the verdict is about, as `bootstat gate` reads it from a file. */
  readonly report: { runId: string; benchmark: string; cases: { caseId: string; score: number }[] };
}

/** The name of the i-th pasted score's case: zero-padded, so the gate's caseId order is the pasted order. */
export function caseId(i: number, count: number): string {
  return `case-${String(i + 1).padStart(String(count).length, '0')}`;
}

/**
 * The promotion gate on pasted scores: `promotionGate` with its defaults (min-cases 10, alpha 0.025, 1000
 * resamples) on a report of those scores, seeded by the run id as `bootstat gate` is.
 */
export function computeGate(request: GateRequest): GateOutcome {
  const report = {
    runId: request.runId,
    benchmark: 'playground',
    cases: request.scores.map((score, i) => ({ caseId: caseId(i, request.scores.length), score })),
  };
  const result = promotionGate([report], { threshold: request.threshold });
  const verdict = result.verdicts[0];
  if (verdict === undefined) throw new Error('promotionGate returned no verdict for one report');
  return { passed: verdict.passed, reason: verdict.reason, bound: verdict.bound, warnings: verdict.warnings, report };
}
