import { linearQuantilePositions, quantileSorted } from './quantile-sorted';
import { floydRivestSelect, minToFront } from './select';

/**
 * The linear (type 7) quantiles of bootstrap replicates without sorting them: each quantile reads at most two
 * order statistics, and those are put in place by selection (Floyd & Rivest's SELECT, O(B)) in a copy of the replicates.
 * The result is bit for bit `quantileSorted(replicates.slice().sort(), p)`: the order statistics are the same
 * values, NaN goes last as Float64Array.prototype.sort puts it, and when a −0 is present (sort orders −0 before
 * +0, selection cannot tell them apart) the copy is sorted outright.
 */
export class ReplicateQuantiles {
  private readonly a: Float64Array;
  /** Replicates that are not NaN: a[0..finite) after the NaN are moved last. */
  private readonly ordered: number;
  private readonly sorted: boolean;
  /** Positions already holding their order statistic, ascending. */
  private readonly placed: number[] = [];

  /** `work` (at least as long as the replicates) holds the copy instead of a new array, for callers that reuse it. */
  constructor(replicates: Float64Array, work?: Float64Array) {
    const a = work === undefined ? replicates.slice() : work.subarray(0, replicates.length);
    if (work !== undefined) a.set(replicates);
    let nan = false;
    let negativeZero = false;
    for (let i = 0; i < a.length; i++) {
      const v = a[i] as number;
      if (Number.isNaN(v)) nan = true;
      else if (v === 0 && 1 / v < 0) negativeZero = true;
    }
    let m = a.length;
    if (nan) {
      // Numbers first, then NaN (as sorting leaves them; which NaN bits land where is not promised: docs/determinism.md).
      m = 0;
      for (let i = 0; i < replicates.length; i++) {
        if (!Number.isNaN(replicates[i] as number)) a[m++] = replicates[i] as number;
      }
      a.set(replicates.filter(Number.isNaN), m);
    }
    if (negativeZero) a.subarray(0, m).sort();
    this.a = a;
    this.ordered = m;
    this.sorted = negativeZero;
  }

  /** The p-quantile (p in [0, 1]) by NumPy's linear rule, as `quantileSorted` gives it on the sorted replicates. */
  at(p: number): number {
    const [lo, hi] = linearQuantilePositions(this.a.length, p);
    this.place(lo);
    this.place(hi);
    return quantileSorted(this.a, p, 'linear');
  }

  private place(k: number): void {
    if (this.sorted || k >= this.ordered) return;
    const placed = this.placed;
    let i = 0;
    while (i < placed.length && (placed[i] as number) < k) i++;
    if (placed[i] === k) return;
    // Everything before a placed position is ≤ its value and everything after is ≥: k's order statistic lies
    // between the placed neighbours.
    const from = i === 0 ? 0 : (placed[i - 1] as number) + 1;
    const to = i === placed.length ? this.ordered : (placed[i] as number);
    if (k === from) minToFront(this.a, from, to);
    else floydRivestSelect(this.a, k, from, to);
    placed.splice(i, 0, k);
  }
}
