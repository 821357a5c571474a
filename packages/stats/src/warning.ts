/** Stable codes of the warnings @bootstat/stats returns (libraries never print; apps decide what to show). */
export const STATS_WARNING_CODES = [
  /** The data is constant or otherwise degenerate: a statistic or interval is NaN or was computed another way. */
  'DEGENERATE',
  /** Too few observations for the interval to be trusted. */
  'SMALL_SAMPLE',
  /** Values were dropped (`nanPolicy: 'omit'`). */
  'VALUES_OMITTED',
  /** A BCa-adjusted percentile fell outside the replicate range (the interval is at an extreme replicate). */
  'INTERVAL_AT_EXTREME',
  /** Replicates that were NaN were left out of the interval (`nanReplicates: 'omit'`); the message says how many. */
  'NAN_REPLICATES',
] as const;

export type StatsWarningCode = (typeof STATS_WARNING_CODES)[number];

/** A structured warning: `code` is stable, `message` is for people. */
export interface StatsWarning {
  readonly code: StatsWarningCode;
  readonly message: string;
}
