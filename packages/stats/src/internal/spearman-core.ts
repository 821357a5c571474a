// Spearman's rho as SciPy computes it (`scipy.stats.spearmanr`): Pearson's r of the average ranks. Written to run
// once per row of a matrix with no allocation: the caller owns the work buffers. spearman() and spearmanRows()
// both call spearmanAt, so a row's result is bit for bit spearman() of that row.

/** Scratch space for n pairs: a sort buffer and the two rank vectors. */
export interface SpearmanWork {
  readonly sorted: Float64Array;
  readonly rx: Float64Array;
  readonly ry: Float64Array;
}

export function spearmanWork(n: number): SpearmanWork {
  return { sorted: new Float64Array(n), rx: new Float64Array(n), ry: new Float64Array(n) };
}

/**
 * Writes into `out` the average ranks of values[offset … offset + n), n = sorted.length. Each value's rank is the
 * mean of the ranks its tie group spans, (below + 1 + upTo) / 2 with below = #{< v} and upTo = #{≤ v}: a multiple
 * of 1/2, exact, and equal to rankdata's min + (k − 1)/2.
 */
export function averageRanksInto(values: Float64Array, offset: number, sorted: Float64Array, out: Float64Array): void {
  const n = sorted.length;
  for (let i = 0; i < n; i++) sorted[i] = values[offset + i] as number;
  sorted.sort();
  for (let i = 0; i < n; i++) {
    const v = values[offset + i] as number;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    const below = lo;
    // Untied values are the common case: one look past the group's first element settles it.
    lo++;
    if (lo < n && (sorted[lo] as number) <= v) {
      hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((sorted[mid] as number) <= v) lo = mid + 1;
        else hi = mid;
      }
    }
    out[i] = (below + 1 + lo) / 2;
  }
}

/**
 * Spearman's rho of the n = work.sorted.length pairs (x[xOffset + i], y[yOffset + i]); NaN when x or y is
 * constant. Average ranks sum to n(n + 1)/2, so their mean is (n + 1)/2 exactly and every centred rank is a
 * multiple of 1/2: the three sums below are exact (for n below about 30 000) and r is rounded only three times.
 */
export function spearmanAt(
  x: Float64Array,
  xOffset: number,
  y: Float64Array,
  yOffset: number,
  work: SpearmanWork,
): number {
  const { sorted, rx, ry } = work;
  const n = sorted.length;
  averageRanksInto(x, xOffset, sorted, rx);
  averageRanksInto(y, yOffset, sorted, ry);
  const mean = (n + 1) / 2;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (rx[i] as number) - mean;
    const dy = (ry[i] as number) - mean;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (sxx === 0 || syy === 0) return Number.NaN;
  const r = sxy / Math.sqrt(sxx * syy);
  return Math.min(1, Math.max(-1, r));
}
