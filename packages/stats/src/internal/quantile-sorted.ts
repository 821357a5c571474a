// Sample quantiles exactly as NumPy 2.x computes them (numpy/lib/_function_base_impl.py: `_QuantileMethods`,
// `_get_indexes`, `_get_gamma`, `_lerp`), reproduced operation for operation so results agree to the last bit.
// Hyndman, R. J. & Fan, Y. (1996). Sample quantiles in statistical packages. The American Statistician 50(4),
// 361–365.
import { StatsError } from '../errors';
import type { QuantileMethod } from './quantile-methods';

/**
 * The p-quantile of `sorted` by `method`. No validation: `sorted` is non-empty, ascending and finite, and p is in
 * [0, 1]. This is the core of `quantile` and `percentile`; the bootstrap engine calls it on its sorted replicates.
 */
export function quantileSorted(sorted: Float64Array, p: number, method: QuantileMethod = 'linear'): number {
  const n = sorted.length;
  switch (method) {
    case 'linear':
      return interpolate(sorted, (n - 1) * p, GAMMA_AS_IS);
    case 'lower':
      return sorted[Math.floor((n - 1) * p)] as number;
    case 'higher':
      return sorted[Math.ceil((n - 1) * p)] as number;
    case 'nearest':
      // np.around rounds halves to even: with n = 5, p = 0.125 gives index 0, p = 0.375 gives index 2.
      return sorted[roundHalfEven((n - 1) * p)] as number;
    case 'midpoint': {
      const h = (n - 1) * p;
      return interpolate(sorted, 0.5 * (Math.floor(h) + Math.ceil(h)), GAMMA_MIDPOINT);
    }
    case 'inverted_cdf':
      return sorted[discreteIndex(n * p - 1, false)] as number;
    case 'averaged_inverted_cdf':
      return interpolate(sorted, n * p - 1, GAMMA_AVERAGED);
    case 'closest_observation':
      // H&F type 3 takes the even order statistic at a tie; in 0-based indexes that is the odd one.
      return sorted[discreteIndex(n * p - 1 - 0.5, true)] as number;
    case 'interpolated_inverted_cdf':
      return interpolate(sorted, virtualIndex(n, p, 0, 1), GAMMA_AS_IS);
    case 'hazen':
      return interpolate(sorted, virtualIndex(n, p, 0.5, 0.5), GAMMA_AS_IS);
    case 'weibull':
      return interpolate(sorted, virtualIndex(n, p, 0, 0), GAMMA_AS_IS);
    case 'median_unbiased':
      return interpolate(sorted, virtualIndex(n, p, 1 / 3, 1 / 3), GAMMA_AS_IS);
    case 'normal_unbiased':
      return interpolate(sorted, virtualIndex(n, p, 3 / 8, 3 / 8), GAMMA_AS_IS);
    default:
      // Unreachable from TypeScript; a JavaScript caller may still pass anything.
      throw new StatsError('STATS_INVALID_OPTION', `quantileSorted: unknown method ${String(method)}.`);
  }
}

/**
 * The two positions `quantileSorted(sorted, p, 'linear')` reads in an array of n values: for selecting just those
 * order statistics instead of sorting (ReplicateQuantiles). Computed exactly as `interpolate` computes them.
 */
export function linearQuantilePositions(n: number, p: number): [number, number] {
  const v = (n - 1) * p;
  if (v >= n - 1) return [n - 1, n - 1];
  if (v < 0) return [0, 0];
  const lo = Math.floor(v);
  return [lo, lo + 1];
}

const GAMMA_AS_IS = 0;
const GAMMA_AVERAGED = 1;
const GAMMA_MIDPOINT = 2;
type GammaRule = typeof GAMMA_AS_IS | typeof GAMMA_AVERAGED | typeof GAMMA_MIDPOINT;

/** H&F's continuous index with plotting position (alpha, beta), 0-based, in NumPy's order of operations. */
function virtualIndex(n: number, p: number, alpha: number, beta: number): number {
  return n * p + (alpha + p * (1 - alpha - beta)) - 1;
}

/**
 * Interpolates between the order statistics either side of the 0-based virtual index v, as NumPy's `_quantile`
 * does: beyond the last index both neighbours are the last value, below 0 both are the first.
 */
function interpolate(sorted: Float64Array, v: number, rule: GammaRule): number {
  const n = sorted.length;
  let lo: number;
  let hi: number;
  // NumPy takes gamma = v − (the clamped lower index), and the clamped index of the last value is −1, not n − 1.
  // The neighbours are then equal, so this only shows in the sign of a zero; it is kept so that shows identically.
  let base: number;
  if (v >= n - 1) {
    lo = n - 1;
    hi = n - 1;
    base = -1;
  } else if (v < 0) {
    lo = 0;
    hi = 0;
    base = 0;
  } else {
    lo = Math.floor(v);
    hi = lo + 1;
    base = lo;
  }
  let gamma = v - base;
  if (rule === GAMMA_AVERAGED) gamma = gamma === 0 ? 0.5 : 1;
  else if (rule === GAMMA_MIDPOINT) gamma = v % 1 === 0 ? 0 : 0.5;
  return lerp(sorted[lo] as number, sorted[hi] as number, gamma);
}

/**
 * NumPy's `_lerp`: a + (b − a)·t, or b − (b − a)·(1 − t) once t ≥ 0.5, so that t = 1 gives b exactly and the
 * result is monotone in t. One deliberate difference: when b − a overflows (|values| near 1.8e308) NumPy returns
 * NaN or ±Infinity; we interpolate the halves instead, which is exact to scale and stays finite.
 */
function lerp(a: number, b: number, t: number): number {
  const d = b - a;
  if (d === Number.POSITIVE_INFINITY || d === Number.NEGATIVE_INFINITY) {
    if (Number.isFinite(a) && Number.isFinite(b)) return 2 * lerp(a / 2, b / 2, t);
    // An infinite end (bootstrap replicates may be ±Infinity): the limit of the interpolation, which is that end
    // unless t sits exactly on the other one; between −Infinity and +Infinity it is undefined.
    if (t === 0) return a;
    if (t === 1) return b;
    return Number.isFinite(a) ? b : Number.isFinite(b) ? a : Number.NaN;
  }
  return t >= 0.5 ? b - d * (1 - t) : a + d * t;
}

/**
 * NumPy's `_discrete_interpolation_to_boundaries`: the index below v when v is whole (and, for
 * closest_observation, that index is odd), otherwise the index above; never below 0.
 */
function discreteIndex(v: number, onlyOdd: boolean): number {
  const below = Math.floor(v);
  const whole = v - below === 0 && (!onlyOdd || Math.abs(below % 2) === 1);
  const index = whole ? below : below + 1;
  return Math.max(index, 0);
}

/** Rounds x ≥ 0 to the nearest integer, halves to even (`np.around`). */
function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d < 0.5) return f;
  if (d > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}
