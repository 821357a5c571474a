/** The confidence-interval methods of `bootstrap`. SciPy has percentile, basic and bca; `bca` is SciPy's default and ours. */
export const CI_METHODS = ['percentile', 'basic', 'normal', 'bca', 'studentized'] as const;
export type CiMethod = (typeof CI_METHODS)[number];

/** SciPy's meaning: 'less' bounds the statistic from above (low = −∞), 'greater' from below (high = +∞). */
export const ALTERNATIVES = ['two-sided', 'less', 'greater'] as const;
export type Alternative = (typeof ALTERNATIVES)[number];

/** Both ends of an interval, before the alternative replaces one of them by ±∞. */
export interface Ends {
  readonly low: number;
  readonly high: number;
}

/** The tail probability per end: (1 − level)/2 two-sided, 1 − level one-sided (scipy.stats.bootstrap). */
/** The replicates' p-quantile by NumPy's linear rule (ReplicateQuantiles.at, or quantileSorted on sorted values). */
export type ReplicateQuantile = (p: number) => number;

export function tailAlpha(confidenceLevel: number, alternative: Alternative): number {
  return alternative === 'two-sided' ? (1 - confidenceLevel) / 2 : 1 - confidenceLevel;
}
