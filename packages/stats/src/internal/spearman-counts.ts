// Spearman's rho of bootstrap resamples from draw counts (docs/methods.md, "Spearman of a resample"). A resample
// of n pairs is a count c_p of draws of each original pair p. Sorting x and y once per call gives their tie groups
// (equal values); in a resample, tie group g of x holds C_g = Σ c_p draws, and every value in it has the average
// rank below_g + (C_g + 1)/2, below_g being the draws in the groups before it. That is rankdata's average rank
// (spearman-core's (below + 1 + upTo)/2) in O(n), with no sort per resample.
//
// The same bits as spearmanAt on the gathered resample: centred ranks are multiples of 1/2, so every product and
// partial sum below is a multiple of 1/4 below n³/4 and exact while n³ < 2^53. Exact sums do not depend on the
// order of their terms, so Σ_g C_g·dx_g² (by tie group) equals spearmanAt's Σ over the resample in draw order, and rho is then
// the same three roundings. Beyond COUNT_RANKING_LIMIT the sums may round, and callers rank by sorting.
import { spearmanAt, spearmanWork } from './spearman-core';

/** The largest n ranked from counts: n³ = 2^51, well inside exact double sums. */
export const COUNT_RANKING_LIMIT = 131072;

/** One variable's tie groups: `order` lists the points by value; the group at sorted position k ends at end[k]. */
interface TieGroups {
  readonly order: Uint32Array;
  readonly end: Uint32Array;
}

function tieGroups(v: Float64Array): TieGroups {
  const n = v.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (v[a] as number) - (v[b] as number));
  const end = new Uint32Array(n);
  let to = n;
  for (let k = n - 1; k >= 0; k--) {
    // −0 and 0 tie, as they do in spearman-core's comparisons.
    if (k < n - 1 && (v[order[k] as number] as number) !== (v[order[k + 1] as number] as number)) to = k + 1;
    end[k] = to;
  }
  return { order, end };
}

/**
 * Writes each drawn point's centred average rank among the m draws counted in `counts` (rank − (m + 1)/2) and
 * returns Σ draws · centred², the sum of squares over the resample, group by group.
 */
function centredRanks(t: TieGroups, counts: Uint32Array, m: number, out: Float64Array): number {
  const { order, end } = t;
  const n = order.length;
  const mean = (m + 1) / 2;
  let below = 0;
  let squares = 0;
  let k = 0;
  while (k < n) {
    const to = end[k] as number;
    let drawn = 0;
    for (let j = k; j < to; j++) drawn += counts[order[j] as number] as number;
    if (drawn !== 0) {
      const centred = (2 * below + 1 + drawn) / 2 - mean;
      for (let j = k; j < to; j++) out[order[j] as number] = centred;
      squares += drawn * (centred * centred);
      below += drawn;
    }
    k = to;
  }
  return squares;
}

/** Spearman's rho of resamples of one dataset of pairs (x_i, y_i), from draw counts; see the file comment. */
export class SpearmanResampler {
  private readonly x: TieGroups;
  private readonly y: TieGroups;
  private readonly counts: Uint32Array;
  private readonly rx: Float64Array;
  private readonly ry: Float64Array;

  /** x and y of equal length n ≤ COUNT_RANKING_LIMIT. */
  constructor(x: Float64Array, y: Float64Array) {
    this.x = tieGroups(x);
    this.y = tieGroups(y);
    this.counts = new Uint32Array(x.length);
    this.rx = new Float64Array(x.length);
    this.ry = new Float64Array(x.length);
  }

  /** Rho of the resample of pairs idx[offset + i], i < n: bit for bit spearmanAt of the gathered pairs. */
  fromIndices(idx: Uint32Array, offset: number): number {
    const counts = this.counts;
    const n = counts.length;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const p = idx[offset + i] as number;
      counts[p] = (counts[p] as number) + 1;
    }
    return this.fromCounts(n);
  }

  /**
   * The n leave-one-out values: out[i] is rho without pair i, bit for bit spearmanAt of the n − 1 other pairs.
   */
  leaveOneOut(out: Float64Array): void {
    const counts = this.counts;
    const n = counts.length;
    for (let i = 0; i < n; i++) {
      counts.fill(1);
      counts[i] = 0;
      out[i] = this.fromCounts(n - 1);
    }
  }

  /** Rho of the m draws in `counts`. */
  private fromCounts(m: number): number {
    const { counts, rx, ry } = this;
    const sxx = centredRanks(this.x, counts, m, rx);
    const syy = centredRanks(this.y, counts, m, ry);
    let sxy = 0;
    for (let p = 0; p < counts.length; p++) {
      const c = counts[p] as number;
      if (c !== 0) sxy += c * ((rx[p] as number) * (ry[p] as number));
    }
    if (sxx === 0 || syy === 0) return Number.NaN;
    const r = sxy / Math.sqrt(sxx * syy);
    return Math.min(1, Math.max(-1, r));
  }
}

/** Leave-one-out rho of paired data by sorting each deleted copy: for n beyond COUNT_RANKING_LIMIT. */
export function spearmanLeaveOneOutBySorting(x: Float64Array, y: Float64Array, out: Float64Array): void {
  const n = x.length;
  const dx = new Float64Array(n - 1);
  const dy = new Float64Array(n - 1);
  const work = spearmanWork(n - 1);
  for (let i = 0; i < n; i++) {
    dx.set(x.subarray(0, i), 0);
    dx.set(x.subarray(i + 1), i);
    dy.set(y.subarray(0, i), 0);
    dy.set(y.subarray(i + 1), i);
    out[i] = spearmanAt(dx, 0, dy, 0, work);
  }
}
