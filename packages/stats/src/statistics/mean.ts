import { isConstant } from '../internal/is-constant';
import type { StatisticKernel } from './kernel';

/**
 * Σx by NumPy's pairwise summation (numpy/_core/src/umath/loops_utils.h.src, `pairwise_sum`): blocks of at most
 * 128 summed with 8 accumulators, larger ranges split in halves (rounded to multiples of 8). The same operations
 * in the same order, so sums and means equal `np.sum`/`np.mean` to the last bit, with O(log n) rounding growth
 * instead of O(n); and the 8 independent accumulators let random gathers overlap in memory.
 */
export function sum(x: Float64Array): number {
  return pairwiseSum(x, 0, x.length);
}

function pairwiseSum(x: Float64Array, from: number, n: number): number {
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) r += x[from + i] as number;
    return r;
  }
  if (n <= 128) {
    let r0 = x[from] as number;
    let r1 = x[from + 1] as number;
    let r2 = x[from + 2] as number;
    let r3 = x[from + 3] as number;
    let r4 = x[from + 4] as number;
    let r5 = x[from + 5] as number;
    let r6 = x[from + 6] as number;
    let r7 = x[from + 7] as number;
    const end = n - (n % 8);
    let i = 8;
    for (; i < end; i += 8) {
      const k = from + i;
      r0 += x[k] as number;
      r1 += x[k + 1] as number;
      r2 += x[k + 2] as number;
      r3 += x[k + 3] as number;
      r4 += x[k + 4] as number;
      r5 += x[k + 5] as number;
      r6 += x[k + 6] as number;
      r7 += x[k + 7] as number;
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += x[from + i] as number;
    return res;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSum(x, from, half) + pairwiseSum(x, from + half, n - half);
}

/** Σ x[idx[from + i]] for i < n, pairwise exactly as `sum` adds the gathered values. */
function pairwiseGatherSum(x: Float64Array, idx: Uint32Array, from: number, n: number): number {
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) r += x[idx[from + i] as number] as number;
    return r;
  }
  if (n <= 128) {
    let r0 = x[idx[from] as number] as number;
    let r1 = x[idx[from + 1] as number] as number;
    let r2 = x[idx[from + 2] as number] as number;
    let r3 = x[idx[from + 3] as number] as number;
    let r4 = x[idx[from + 4] as number] as number;
    let r5 = x[idx[from + 5] as number] as number;
    let r6 = x[idx[from + 6] as number] as number;
    let r7 = x[idx[from + 7] as number] as number;
    const end = n - (n % 8);
    let i = 8;
    for (; i < end; i += 8) {
      const k = from + i;
      r0 += x[idx[k] as number] as number;
      r1 += x[idx[k + 1] as number] as number;
      r2 += x[idx[k + 2] as number] as number;
      r3 += x[idx[k + 3] as number] as number;
      r4 += x[idx[k + 4] as number] as number;
      r5 += x[idx[k + 5] as number] as number;
      r6 += x[idx[k + 6] as number] as number;
      r7 += x[idx[k + 7] as number] as number;
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += x[idx[from + i] as number] as number;
    return res;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseGatherSum(x, idx, from, half) + pairwiseGatherSum(x, idx, from + half, n - half);
}

export function meanOf(x: Float64Array): number {
  return sum(x) / x.length;
}

/**
 * Sample standard deviation about `mean` with `ddof`: √(Σ(x − mean)² / (n − ddof)), NumPy's two-pass formula and
 * bits. When the squares leave the normal double range — deviations beyond about 1e±150, where the sum of squares
 * overflows to Infinity or underflows towards 0 although the deviation itself is representable — the same sum is
 * taken over the deviations divided by the largest one and scaled back (as LAPACK's dnrm2 does), so 1e300-sized or
 * 1e-300-sized data get their true deviation instead of Infinity or 0. (NumPy gives Infinity or 0 there.)
 */
export function standardDeviation(x: Float64Array, mean: number, ddof: number): number {
  const ss = sumSquaredDeviations(x, mean);
  if (Number.isFinite(ss) && ss >= 1e-290) return Math.sqrt(ss / (x.length - ddof));
  let scale = 0;
  for (let i = 0; i < x.length; i++) scale = Math.max(scale, Math.abs((x[i] as number) - mean));
  if (scale === 0 || !Number.isFinite(scale)) return Math.sqrt(ss / (x.length - ddof));
  let t = 0;
  for (let i = 0; i < x.length; i++) {
    const d = ((x[i] as number) - mean) / scale;
    t += d * d;
  }
  return scale * Math.sqrt(t / (x.length - ddof));
}

/** Sum of squared deviations from the mean, two-pass (centred first, so large offsets cost no precision). */
export function sumSquaredDeviations(x: Float64Array, mean: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const d = (x[i] as number) - mean;
    s += d * d;
  }
  return s;
}

/**
 * Mean of bootstrap or jackknife replicates. When they are all equal it is their common value exactly — a sum
 * of equal values is rounded (2000 copies of 0.1 average to 0.10000000000000002), and that rounding must not give
 * identical replicates a spread — otherwise NumPy's `np.mean` to the last bit (pairwise summation, as `meanOf`).
 */
export function replicateMean(x: Float64Array): number {
  return x.length > 0 && isConstant(x) ? (x[0] as number) : meanOf(x);
}

/**
 * Standard deviation of replicates about their `replicateMean`: √(Σ(x − mean)² / (n − ddof)) with the squares
 * added pairwise, the operations of `np.std(x, ddof)` (`_var`: subtract the mean, square, add.reduce, divide),
 * so its bits equal NumPy's for replicates that are not all equal; exactly 0 for replicates that are.
 */
export function replicateStd(x: Float64Array, mean: number, ddof: number): number {
  return Math.sqrt(pairwiseSquaredDeviations(x, mean, 0, x.length) / (x.length - ddof));
}

/**
 * Mean and ddof-1 standard deviation of replicates some of which are NaN, left out: `kept` holds the others in
 * order (B' of them). Computed as np.nanmean and np.nanstd(ddof=1) compute them, so the bits are NumPy's: sums over
 * all B positions with each NaN counted as 0 (pairwise, so the grouping is NumPy's over B, not over B'), divided by
 * B' (then B' − 1). As `replicateMean` and `replicateStd`: kept values that are all equal give that value and
 * exactly 0. No kept value: NaN and NaN; one: its value and NaN (NumPy: "degrees of freedom <= 0").
 * `scratch` holds at least B values.
 */
export function nanReplicateMoments(
  x: Float64Array,
  kept: Float64Array,
  scratch: Float64Array,
): { mean: number; std: number } {
  const m = kept.length;
  if (m === 0) return { mean: Number.NaN, std: Number.NaN };
  if (isConstant(kept)) return { mean: kept[0] as number, std: m > 1 ? 0 : Number.NaN };
  const z = scratch.length === x.length ? scratch : scratch.subarray(0, x.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    z[i] = Number.isNaN(v) ? 0 : v;
  }
  const mean = sum(z) / m;
  for (let i = 0; i < x.length; i++) {
    const d = (z[i] as number) - mean;
    z[i] = Number.isNaN(x[i] as number) ? 0 : d * d;
  }
  return { mean, std: m > 1 ? Math.sqrt(sum(z) / (m - 1)) : Number.NaN };
}

const sq = (x: Float64Array, mean: number, i: number): number => {
  const d = (x[i] as number) - mean;
  return d * d;
};

/** Σ(x[from + i] − mean)² for i < n, added in `pairwiseSum`'s order. */
function pairwiseSquaredDeviations(x: Float64Array, mean: number, from: number, n: number): number {
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) r += sq(x, mean, from + i);
    return r;
  }
  if (n <= 128) {
    let r0 = sq(x, mean, from);
    let r1 = sq(x, mean, from + 1);
    let r2 = sq(x, mean, from + 2);
    let r3 = sq(x, mean, from + 3);
    let r4 = sq(x, mean, from + 4);
    let r5 = sq(x, mean, from + 5);
    let r6 = sq(x, mean, from + 6);
    let r7 = sq(x, mean, from + 7);
    const end = n - (n % 8);
    let i = 8;
    for (; i < end; i += 8) {
      const k = from + i;
      r0 += sq(x, mean, k);
      r1 += sq(x, mean, k + 1);
      r2 += sq(x, mean, k + 2);
      r3 += sq(x, mean, k + 3);
      r4 += sq(x, mean, k + 4);
      r5 += sq(x, mean, k + 5);
      r6 += sq(x, mean, k + 6);
      r7 += sq(x, mean, k + 7);
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += sq(x, mean, from + i);
    return res;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSquaredDeviations(x, mean, from, half) + pairwiseSquaredDeviations(x, mean, from + half, n - half);
}

/** Mean of x[idx[offset + i]], i < x.length: the sum of gathers, added exactly as meanOf adds gathered copies. */
export function meanOfIndices(x: Float64Array, idx: Uint32Array, offset: number): number {
  return pairwiseGatherSum(x, idx, offset, x.length) / x.length;
}

/** Leave-one-out means from the total: (S − x_i) / (n − 1). */
export function jackknifeMeans(x: Float64Array, out: Float64Array): void {
  const total = sum(x);
  const m = x.length - 1;
  for (let i = 0; i < x.length; i++) out[i] = (total - (x[i] as number)) / m;
}

/** The arithmetic mean. Studentized standard error s/√n (s with ddof = 1). */
export const meanKernel: StatisticKernel = {
  name: 'mean',
  arity: 1,
  paired: 'allowed',
  minLength: 1,
  fromMeans: 'mean',
  evaluate: ([x]) => meanOf(x as Float64Array),
  evaluateScratch: ([x]) => meanOf(x as Float64Array),
  jackknife: ([x], _j, out) => jackknifeMeans(x as Float64Array, out),
  fromIndices: ([x], [idx], [offset]) => meanOfIndices(x as Float64Array, idx as Uint32Array, offset as number),
  standardError: ([x]) => {
    const s = x as Float64Array;
    return Math.sqrt(sumSquaredDeviations(s, meanOf(s)) / (s.length - 1) / s.length);
  },
};

/** The proportion of ones in a sample of zeros and ones: its mean, validated by the engine. */
export const proportionKernel: StatisticKernel = { ...meanKernel, name: 'proportion' };
