import type { StatisticKernel } from './kernel';
import { meanOf, sum, sumSquaredDeviations } from './mean';

/** Variance with `ddof` delta degrees of freedom: Σ(x − x̄)² / (n − ddof). ddof = 1 is the sample variance. */
export function varianceOf(x: Float64Array, ddof: number): number {
  return sumSquaredDeviations(x, meanOf(x)) / (x.length - ddof);
}

// Leave-one-out: with m = x̄ and S2 = Σ(x − m)², deleting x_i leaves S2 − n/(n−1)·(x_i − m)² (exact algebra on
// centred values). When one value carries nearly all of S2 that subtraction cancels, so any leave-one-out sum
// below 1e-6·S2 is recomputed directly (two-pass over the other n − 1 values): O(n) except for such outliers.
function jackknifeVariances(x: Float64Array, ddof: number, out: Float64Array, root: boolean): void {
  const n = x.length;
  const m = sum(x) / n;
  const s2 = sumSquaredDeviations(x, m);
  const k = n / (n - 1);
  const denominator = n - 1 - ddof;
  for (let i = 0; i < n; i++) {
    const d = (x[i] as number) - m;
    let rest = s2 - k * d * d;
    if (rest < 1e-6 * s2) rest = leaveOneOutSquares(x, i);
    const v = rest / denominator;
    out[i] = root ? Math.sqrt(v) : v;
  }
}

function leaveOneOutSquares(x: Float64Array, skip: number): number {
  let total = 0;
  for (let i = 0; i < x.length; i++) if (i !== skip) total += x[i] as number;
  const mean = total / (x.length - 1);
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    if (i === skip) continue;
    const d = (x[i] as number) - mean;
    s += d * d;
  }
  return s;
}

export function varianceKernel(ddof: number): StatisticKernel {
  return {
    name: 'var',
    arity: 1,
    paired: 'allowed',
    minLength: ddof + 1,
    evaluate: ([x]) => varianceOf(x as Float64Array, ddof),
    evaluateScratch: ([x]) => varianceOf(x as Float64Array, ddof),
    jackknife: ([x], _j, out) => jackknifeVariances(x as Float64Array, ddof, out, false),
  };
}

export function stdKernel(ddof: number): StatisticKernel {
  return {
    name: 'std',
    arity: 1,
    paired: 'allowed',
    minLength: ddof + 1,
    evaluate: ([x]) => Math.sqrt(varianceOf(x as Float64Array, ddof)),
    evaluateScratch: ([x]) => Math.sqrt(varianceOf(x as Float64Array, ddof)),
    jackknife: ([x], _j, out) => jackknifeVariances(x as Float64Array, ddof, out, true),
  };
}
