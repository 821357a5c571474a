/** Stable codes of the errors @bootstat/simulator throws. A code never changes meaning within a major version. */
export const SIMULATOR_ERROR_CODES = [
  /** An amount of money that is not a whole, positive, safe number of cents (a fraction, a negative, above 2^53). */
  'SIMULATOR_INVALID_AMOUNT',
  /** A transaction record that does not hold together: a missing field, a priority outside 0–10, a deadline or a
   * settlement before its arrival, a duplicate id. */
  'SIMULATOR_INVALID_RECORD',
  /** An option out of range: a seed, a sample index, a number of ticks, an unknown seed scheme. */
  'SIMULATOR_INVALID_OPTION',
  /** An event trace that does not hold together: not JSON lines, a settlement before its arrival, a bad field. */
  'SIMULATOR_INVALID_TRACE',
  /** An agent that the trace (or the scenario) does not have. */
  'SIMULATOR_UNKNOWN_AGENT',
  /** A policy that is not one: an unknown field, op or action, a missing key, a parameter out of range. */
  'SIMULATOR_INVALID_POLICY',
  /** A proposer that cannot go on: it failed too many times in a row, or can never work (a missing command). */
  'SIMULATOR_PROPOSER_FAILED',
] as const;

export type SimulatorErrorCode = (typeof SIMULATOR_ERROR_CODES)[number];

/**
 * The one error class of @bootstat/simulator: a stable `code`, a message that says what was wrong and how to fix
 * it, and where (a record's tx id, a field), when known.
 *
 * @example
 * let caught;
 * try {
 *   checkCents(12.5, 'amount');
 * } catch (e) {
 *   caught = e;
 * }
 * caught.code; // 'SIMULATOR_INVALID_AMOUNT'
 */
export class SimulatorError extends Error {
  override readonly name = 'SimulatorError';
  readonly code: SimulatorErrorCode;
  /** The record (its tx id) or field at fault, when known. */
  readonly where: string | undefined;

  constructor(code: SimulatorErrorCode, message: string, where?: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.where = where;
  }
}
