import type { CorrelationOptions } from './correlation-options';
import { isConstant } from './internal/is-constant';
import { pairedSample } from './internal/paired-sample';
import { constantInputWarning, warningSink } from './internal/warning-sink';

// SciPy's NearConstantInputWarning threshold, eps^0.75 for doubles: 2^(-52 · 0.75).
const NEAR_CONSTANT = 2 ** -39;

/**
 * Pearson's correlation coefficient r of the pairs (x[i], y[i]), equal to `scipy.stats.pearsonr(x, y).statistic`
 * to 1e-12 relative. Numerically careful: the data is centred on means computed in two passes (the second
 * corrects the first: Chan, Golub & LeVeque 1983), then scaled by the largest |deviation| so no sum of squares can
 * overflow or underflow (as SciPy does), the sums are compensated (Neumaier), and r = Σuv / √(Σu² Σv²) is
 * clipped to [−1, 1]. As in SciPy, r is
 * exactly ±1 for n = 2. A constant x or y makes r 0/0: the result is NaN and `onWarning` gets a DEGENERATE
 * warning; so it does when an input is nearly constant relative to its mean (SciPy's NearConstantInputWarning),
 * where r may be inaccurate.
 *
 * @param x - number[] or Float64Array of finite values
 * @param y - the same length as x
 * @throws {StatsError} STATS_LENGTH_MISMATCH when x and y differ in length; STATS_EMPTY_SAMPLE for fewer than
 *   2 pairs; STATS_NON_FINITE for NaN or ±Infinity; STATS_INVALID_INPUT when x or y is not a number[] or
 *   Float64Array; STATS_INVALID_OPTION when options or onWarning has the wrong type
 * @example
 * // 11/√130 = 0.96476382123773213…, to the nearest double
 * pearson([1, 2, 3, 4], [2, 4, 5, 9]); // 0.9647638212377321
 * const warnings = [];
 * pearson([1, 2, 3], [5, 5, 5], { onWarning: (w) => warnings.push(w) }); // NaN
 * warnings.map((w) => w.code); // ['DEGENERATE']
 */
export function pearson(
  x: readonly number[] | Float64Array,
  y: readonly number[] | Float64Array,
  options?: CorrelationOptions,
): number {
  const onWarning = warningSink(options, 'pearson');
  const { xs, ys } = pairedSample(x, y, 'pearson');
  const constantX = isConstant(xs);
  const constantY = isConstant(ys);
  if (constantX || constantY) {
    onWarning?.(constantInputWarning('pearson', constantX, constantY));
    return Number.NaN;
  }
  const n = xs.length;
  if (n === 2) return (xs[1] as number) > (xs[0] as number) === (ys[1] as number) > (ys[0] as number) ? 1 : -1;
  shrinkIfHuge(xs);
  shrinkIfHuge(ys);
  const mx = mean(xs);
  const my = mean(ys);
  let ax = 0;
  let ay = 0;
  for (let i = 0; i < n; i++) {
    ax = Math.max(ax, Math.abs((xs[i] as number) - mx));
    ay = Math.max(ay, Math.abs((ys[i] as number) - my));
  }
  // Neumaier-compensated sums: the products are rounded once each, the sums carry their rounding errors along,
  // so cancellation in Σuv costs nothing (Neumaier 1974; Higham 2002, §4.3).
  let suu = 0;
  let cuu = 0;
  let svv = 0;
  let cvv = 0;
  let suv = 0;
  let cuv = 0;
  for (let i = 0; i < n; i++) {
    const u = ((xs[i] as number) - mx) / ax;
    const v = ((ys[i] as number) - my) / ay;
    let term = u * u;
    let t = suu + term;
    cuu += Math.abs(suu) >= Math.abs(term) ? suu - t + term : term - t + suu;
    suu = t;
    term = v * v;
    t = svv + term;
    cvv += Math.abs(svv) >= Math.abs(term) ? svv - t + term : term - t + svv;
    svv = t;
    term = u * v;
    t = suv + term;
    cuv += Math.abs(suv) >= Math.abs(term) ? suv - t + term : term - t + suv;
    suv = t;
  }
  suu += cuu;
  svv += cvv;
  suv += cuv;
  if (ax * Math.sqrt(suu) < NEAR_CONSTANT * Math.abs(mx) || ay * Math.sqrt(svv) < NEAR_CONSTANT * Math.abs(my)) {
    onWarning?.({
      code: 'DEGENERATE',
      message:
        'pearson: an input is nearly constant (its spread is below 1.8e-12 of its mean), so r may be ' +
        'inaccurate. Subtract a typical value before correlating.',
    });
  }
  const r = suv / Math.sqrt(suu * svv);
  return Math.min(1, Math.max(-1, r));
}

/** The mean in two passes: Σx/n, then corrected by the mean of the deviations from it. */
function mean(values: Float64Array): number {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] as number;
  const m = sum / n;
  let correction = 0;
  for (let i = 0; i < n; i++) correction += (values[i] as number) - m;
  return m + correction / n;
}

const HUGE = 2 ** 1000;
const SHRINK = 2 ** -64;

/**
 * Above 2^1000 (≈ 1e301) a sum or a deviation can overflow; r does not change with scale, so such data is scaled
 * by 2^-64 first, which is exact (values too small to survive it are negligible beside the huge ones).
 */
function shrinkIfHuge(values: Float64Array): void {
  let largest = 0;
  for (let i = 0; i < values.length; i++) largest = Math.max(largest, Math.abs(values[i] as number));
  if (largest <= HUGE) return;
  for (let i = 0; i < values.length; i++) values[i] = (values[i] as number) * SHRINK;
}
