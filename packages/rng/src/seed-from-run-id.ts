import { RngError } from './errors';
import { describe } from './internal/describe';

const HEX8 = /^[0-9a-fA-F]{8}/;

/**
 * The promotion-gate seed of a run: the integer value of the run id's first 8 hexadecimal characters, i.e.
 * Python's `int(run_id[:8], 16)`, in [0, 2^32). Anyone holding the run id can recompute the seed.
 *
 * Stricter than Python's `int` on purpose: the first 8 characters must all be hex digits, so a `0x` prefix,
 * a sign, an underscore or white space there is an error rather than a quietly different seed.
 *
 * @throws {RngError} RNG_INVALID_RUN_ID when the run id is not a string, is shorter than 8 characters, or is
 * not hexadecimal in its first 8 characters
 * @example
 * // int('3f2a9c1e', 16) = 0x3f2a9c1e = 1059757086
 * seedFromRunId('3f2a9c1e-77b0-4c1d-9a51-0c6f2d8e4b13'); // 1059757086
 */
export function seedFromRunId(runId: string): number {
  if (typeof runId !== 'string') {
    throw new RngError('RNG_INVALID_RUN_ID', `A run id is a string, got ${describe(runId)}.`);
  }
  if (runId.length < 8) {
    throw new RngError(
      'RNG_INVALID_RUN_ID',
      `Run id ${describe(runId)} has ${runId.length} characters; the seed is taken from the first 8, which must be hex digits.`,
    );
  }
  if (!HEX8.test(runId)) {
    throw new RngError(
      'RNG_INVALID_RUN_ID',
      `Run id ${describe(runId)} must start with 8 hex digits (0-9, a-f); got ${describe(runId.slice(0, 8))}. ` +
        'Use seedFromString() for names that are not hex.',
    );
  }
  return Number.parseInt(runId.slice(0, 8), 16);
}
