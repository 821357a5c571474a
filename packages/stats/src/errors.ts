/** Stable codes of the errors @bootstat/stats throws. A code never changes meaning within a major version. */
export const STATS_ERROR_CODES = [
  /** A sample or array argument is empty where at least one value is needed. */
  'STATS_EMPTY_SAMPLE',
  /** NaN or ±Infinity in data where it is not allowed (`nanPolicy: 'raise'`). */
  'STATS_NON_FINITE',
  /** An argument has the wrong type (not an array of numbers, not a function…). */
  'STATS_INVALID_INPUT',
  /** Arrays that must have equal lengths do not (paired samples, x and y of a correlation). */
  'STATS_LENGTH_MISMATCH',
  /** A probability, quantile or percentile outside its range. */
  'STATS_INVALID_PROBABILITY',
  /** An option has a value outside what it accepts (method name, confidenceLevel, nResamples…). */
  'STATS_INVALID_OPTION',
  /** A statistic name that is not built in. */
  'STATS_UNKNOWN_STATISTIC',
  /** A user statistic returned something that is not a finite number where one is needed. */
  'STATS_STATISTIC_NOT_NUMBER',
  /** The data cannot give the requested interval (e.g. BCa on constant data with `degenerate: 'error'`). */
  'STATS_DEGENERATE',
] as const;

export type StatsErrorCode = (typeof STATS_ERROR_CODES)[number];

/** Where an error about parsed text points (parseBenchReport): the source, and the 1-based line and column. */
export interface StatsErrorLocation {
  readonly source?: string;
  readonly line?: number;
  readonly column?: number;
}

/** The one error class of @bootstat/stats: a stable `code`, and a message saying what was wrong and what to do. */
export class StatsError extends Error {
  override readonly name = 'StatsError';
  readonly code: StatsErrorCode;
  /** Empty except for errors about parsed text. */
  readonly location: StatsErrorLocation;

  constructor(code: StatsErrorCode, message: string, location: StatsErrorLocation = {}) {
    super(message);
    this.code = code;
    this.location = location;
  }
}
