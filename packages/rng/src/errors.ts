/** Stable codes of the errors @bootstat/rng throws. A code never changes meaning within a major version. */
export const RNG_ERROR_CODES = [
  'RNG_INVALID_SEED',
  'RNG_INVALID_RUN_ID',
  'RNG_INVALID_RANGE',
  'RNG_INVALID_BUFFER',
  'RNG_INVALID_STATE',
  'RNG_INVALID_KEY',
  'RNG_UNKNOWN_GENERATOR',
] as const;

export type RngErrorCode = (typeof RNG_ERROR_CODES)[number];

/**
 * The one error class of @bootstat/rng. `code` is stable; `message` says what was wrong and how to fix it.
 *
 * @example
 * try {
 *   seedFromRunId('xyz');
 * } catch (e) {
 *   if (!(e instanceof RngError)) throw e;
 *   e.code; // 'RNG_INVALID_RUN_ID'
 * }
 */
export class RngError extends Error {
  override readonly name = 'RngError';
  readonly code: RngErrorCode;

  constructor(code: RngErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
