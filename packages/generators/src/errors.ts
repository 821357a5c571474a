/** Stable codes of the errors @bootstat/generators throws. A code never changes meaning within a major version. */
export const GENERATORS_ERROR_CODES = [
  /** A sample size n or a number of levels k out of range (n < 2, k < 1, k > n, not an integer). */
  'GENERATORS_INVALID_SIZE',
  /** Level counts that are not positive integers or do not sum to n. */
  'GENERATORS_INVALID_COUNTS',
  /** A count pattern that is not one of COUNT_PATTERNS; the message suggests the closest name. */
  'GENERATORS_UNKNOWN_PATTERN',
  /** A level range that is not two finite numbers [lo, hi] with lo < hi. */
  'GENERATORS_INVALID_RANGE',
  /** A template, an output buffer or a row range that does not fit (wrong type or length). */
  'GENERATORS_INVALID_BUFFER',
  /** An option out of range: an input rho outside [−1, 1], a target, a tolerance, a mean, sd or p. */
  'GENERATORS_INVALID_OPTION',
  /** An outcome that needs a particular marginal (log-linear needs the lognormal) was given another one. */
  'GENERATORS_MARGINAL_MISMATCH',
  /** calibrateRho: the target mean Spearman rho cannot be reached with these ties (the message gives the limit). */
  'GENERATORS_UNREACHABLE_TARGET',
] as const;

export type GeneratorsErrorCode = (typeof GENERATORS_ERROR_CODES)[number];

/**
 * The one error class of @bootstat/generators. `code` is stable; `message` says what was wrong and how to fix it.
 * Errors of @bootstat/registry (an unknown outcome or marginal name, options that do not fit a strategy's schema)
 * pass through as `RegistryError`s.
 *
 * @example
 * let caught;
 * try {
 *   levelCounts(80, 4, 'heavy-tail');
 * } catch (e) {
 *   caught = e;
 * }
 * caught instanceof GeneratorsError; // true
 * caught.code; // 'GENERATORS_UNKNOWN_PATTERN'
 * caught.message.includes("Did you mean 'heavy_tail'?"); // true
 */
export class GeneratorsError extends Error {
  override readonly name = 'GeneratorsError';
  readonly code: GeneratorsErrorCode;

  constructor(code: GeneratorsErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
