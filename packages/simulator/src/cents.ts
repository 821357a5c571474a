import { SimulatorError } from './errors';

/**
 * Money in @bootstat/simulator is a whole number of cents in a JavaScript number, checked to be a safe integer
 * (|x| ≤ 2^53 − 1) at every boundary: exact arithmetic for sums up to 90 trillion (about 9·10^13 currency units),
 * and fast, unlike BigInt. This is the check: `what` names the field in the message.
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_AMOUNT for a fraction, NaN, ±Infinity, a value beyond 2^53 − 1, or a
 *   negative value unless `allowNegative` (a balance may be negative, an amount may not)
 * @example
 * checkCents(1_000_000, 'amount'); // 1000000
 * checkCents(-250, 'balance', { allowNegative: true }); // -250
 */
export function checkCents(value: unknown, what: string, options: { readonly allowNegative?: boolean } = {}): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || (value < 0 && options.allowNegative !== true)) {
    const why =
      typeof value !== 'number'
        ? `a ${value === null ? 'null' : typeof value}`
        : Number.isNaN(value)
          ? 'NaN'
          : !Number.isFinite(value)
            ? String(value)
            : !Number.isInteger(value)
              ? `${value}, a fraction of a cent`
              : !Number.isSafeInteger(value)
                ? `${value}, beyond 2^53 − 1 (9,007,199,254,740,991) where cents are no longer exact`
                : `${value}, negative`;
    throw new SimulatorError(
      'SIMULATOR_INVALID_AMOUNT',
      `${what} must be a whole number of cents${options.allowNegative === true ? '' : ', not negative,'} in a safe integer; got ${why}.`,
      what,
    );
  }
  return value;
}
