import { StatsError } from '../errors';
import { describe } from './describe';

/**
 * The smallest double a with 1 − 2a < 1: below it the bound's confidence level 1 − 2·alpha rounds to 1 and no
 * interval exists. 1 − x rounds to 1 for every x ≤ 2^-54 (half an ulp below 1; the tie goes to the even 1), so the
 * floor is the double just above 2^-55: 2^-55 + 2^-107 ≈ 2.775557561562892e-17. Public as PROMOTION_GATE_MIN_ALPHA.
 */
export const MIN_ALPHA = 2 ** -55 + 2 ** -107;

/**
 * Throws STATS_INVALID_OPTION unless alpha is a number in [MIN_ALPHA, 0.5), naming `fn`, the value given and,
 * below the floor, the smallest alpha that works.
 */
export function assertAlpha(alpha: unknown, fn: string): asserts alpha is number {
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 0.5)) {
    throw new StatsError('STATS_INVALID_OPTION', `${fn}: alpha must be a number in (0, 0.5), got ${describe(alpha)}.`);
  }
  if (alpha < MIN_ALPHA) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `${fn}: alpha ${alpha} is too small: the bound's confidence level 1 − 2·alpha rounds to 1 in double precision. ` +
        `The smallest alpha that works is ${MIN_ALPHA} (PROMOTION_GATE_MIN_ALPHA).`,
    );
  }
}

/**
 * The smallest double a whose a / m, computed in double precision as Holm's first round computes it, is at least
 * MIN_ALPHA: the smallest alpha that works for m reports under Holm's correction.
 */
export function minAlphaFor(m: number): number {
  let a = MIN_ALPHA * m;
  while (a / m < MIN_ALPHA) a = nextDouble(a, 1);
  for (let down = nextDouble(a, -1); down / m >= MIN_ALPHA; down = nextDouble(a, -1)) a = down;
  return a;
}

/** The neighbouring double of a positive finite x, above (step 1) or below (step −1). */
function nextDouble(x: number, step: 1 | -1): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + BigInt(step));
  return view.getFloat64(0);
}
