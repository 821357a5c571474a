import type { CiMethod } from '@bootstat/stats';
import type { Scenario } from './expand-scenarios';
import { type FisherZInterval, fisherZInterval } from './fisher-z-interval';
import { type MeanSummary, meanSummary } from './internal/mean-summary';

export type { MeanSummary } from './internal/mean-summary';

/** What each dataset of a scenario gave, in dataset order: the input of `summarizeScenario`. */
export interface ScenarioDatasets {
  /** Spearman's ρ̂ of each dataset. */
  readonly rhoHat: Float64Array;
  /** NaN replicates (constant resamples) omitted from each dataset's bootstrap. */
  readonly nanReplicates: Float64Array;
  /** Per method (in the spec's order), each dataset's interval ends. */
  readonly low: readonly Float64Array[];
  readonly high: readonly Float64Array[];
}

/** How the input ρ of the outcome generator was found (or given). */
export interface CalibrationSummary {
  /** The ρ given to the generator. */
  readonly inputRho: number;
  /** The mean ρ̂ over the calibration datasets at that input (NaN when not calibrated). */
  readonly achievedMeanRho: number;
  /** Its Monte Carlo SE. */
  readonly standardError: number;
  /** Calibration datasets (0 when not calibrated). */
  readonly datasets: number;
}

/** One interval method's figures over the datasets of a scenario. */
export interface MethodSummary {
  readonly method: CiMethod;
  /** The lower ends: their mean, sd (ddof 1) and the SE of the mean. */
  readonly low: MeanSummary;
  readonly high: MeanSummary;
  /** Widths high − low. */
  readonly width: MeanSummary;
  /** The share of datasets whose interval holds the target ρ (ends included), and its binomial SE √(p(1−p)/m). */
  readonly coverage: { readonly rate: number; readonly standardError: number };
  /**
   * Datasets whose interval is NaN (every replicate NaN, or BCa's ẑ0 or acceleration not finite): left out of every
   * figure above, which then describe only the datasets with an interval.
   */
  readonly datasetsWithoutInterval: number;
}

/** A scenario's figures: what the reference reports (mean ends, their sd, mean ρ̂) and what it does not. */
export interface ScenarioSummary {
  readonly id: string;
  readonly caseId: string;
  readonly label: string | undefined;
  readonly n: number;
  readonly k: number;
  readonly pattern: string;
  readonly counts: readonly number[];
  readonly rho: number;
  readonly calibration: CalibrationSummary;
  readonly nReps: number;
  readonly rhoHat: MeanSummary;
  /** NaN replicates omitted over all datasets, and the datasets that had any. */
  readonly nanReplicates: { readonly total: number; readonly datasets: number };
  readonly intervals: readonly MethodSummary[];
  /** The asymptotic interval at the target ρ (Fisher z, Bonett–Wright SE, tie-corrected for the x counts); null for n < 4. */
  readonly fisherZ: FisherZInterval | null;
}

const strip = ({ mean, sd, standardError }: MeanSummary): MeanSummary => ({ mean, sd, standardError });

/**
 * A scenario's figures from what its datasets gave: per method the mean, sd and Monte Carlo SE of the lower and
 * upper ends and of the width, and the coverage of the target ρ with its binomial SE; the mean ρ̂; the NaN replicates;
 * the Fisher-z interval. Sums run in dataset order, so the bits depend only on the datasets, never on how they
 * were computed (batch or one by one, chunks, threads).
 *
 * @example
 * const s = summarizeScenario(
 *   { index: 0, id: 'case-1/k2/even', caseId: '1', label: undefined, n: 4, k: 2, pattern: 'even', counts: [2, 2], countsFrom: 'rule', rho: 0.1, marginal: {} },
 *   { rhoHat: Float64Array.of(0.2, 0), nanReplicates: Float64Array.of(0, 3), low: [Float64Array.of(-0.5, 0.2)], high: [Float64Array.of(0.5, 0.6)] },
 *   { methods: ['percentile'], confidenceLevel: 0.95, calibration: { inputRho: 0.1, achievedMeanRho: Number.NaN, standardError: Number.NaN, datasets: 0 } },
 * );
 * s.intervals[0].coverage.rate; // 0.5
 */
export function summarizeScenario(
  scenario: Scenario,
  datasets: ScenarioDatasets,
  options: {
    readonly methods: readonly CiMethod[];
    readonly confidenceLevel: number;
    readonly calibration: CalibrationSummary;
  },
): ScenarioSummary {
  const m = datasets.rhoHat.length;
  let total = 0;
  let withNan = 0;
  for (let r = 0; r < m; r++) {
    const c = datasets.nanReplicates[r] as number;
    total += c;
    if (c > 0) withNan++;
  }
  const intervals = options.methods.map((method, j): MethodSummary => {
    const lo = datasets.low[j] as Float64Array;
    const hi = datasets.high[j] as Float64Array;
    const width = new Float64Array(m);
    let covered = 0;
    let missing = 0;
    for (let r = 0; r < m; r++) {
      const a = lo[r] as number;
      const b = hi[r] as number;
      if (Number.isNaN(a) || Number.isNaN(b)) {
        width[r] = Number.NaN;
        missing++;
        continue;
      }
      width[r] = b - a;
      if (a <= scenario.rho && scenario.rho <= b) covered++;
    }
    const valid = m - missing;
    const rate = valid > 0 ? covered / valid : Number.NaN;
    return {
      method,
      low: strip(meanSummary(lo)),
      high: strip(meanSummary(hi)),
      width: strip(meanSummary(width)),
      coverage: { rate, standardError: valid > 0 ? Math.sqrt((rate * (1 - rate)) / valid) : Number.NaN },
      datasetsWithoutInterval: missing,
    };
  });
  return {
    id: scenario.id,
    caseId: scenario.caseId,
    label: scenario.label,
    n: scenario.n,
    k: scenario.k,
    pattern: scenario.pattern,
    counts: scenario.counts,
    rho: scenario.rho,
    calibration: options.calibration,
    nReps: m,
    rhoHat: strip(meanSummary(datasets.rhoHat)),
    nanReplicates: { total, datasets: withNan },
    intervals,
    fisherZ:
      scenario.n < 4
        ? null
        : fisherZInterval(scenario.rho, {
            n: scenario.n,
            confidenceLevel: options.confidenceLevel,
            tieCounts: scenario.counts,
          }),
  };
}
