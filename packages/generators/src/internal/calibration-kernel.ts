import type { Stream } from '@bootstat/rng';
import type { OutcomeModel } from '../outcome-model';
import { randomPermutation } from './draws';

/**
 * Merge counting costs about (k − 1)·n steps per dataset, sorting about n·log2(n) comparisons with a larger constant.
 * Measured (n = 80 and 300, k = 8 … 30, both paths forced): merging is faster up to k ≈ 18 at both sizes, i.e. while
 * k − 1 ≤ 2.5·log2(n). Both paths give the same numbers.
 */
const MERGE_FACTOR = 2.5;

/**
 * The mean Spearman rho over `datasets` simulated datasets as a function of the input rho, with common random
 * numbers: dataset d is drawn from stream.child(d) exactly as a dataset generator draws it (x's shuffle, then the
 * outcome's noise), once; each evaluation only recombines score = a·levelScore + b·noise and ranks it. y is never
 * drawn: rank(y) = rank(score) for every outcome, so the marginal cannot matter.
 *
 * Each dataset's rho is computed as @bootstat/stats `spearman(x, y)` computes it — Σ(rx − m)(ry − m) over
 * √(Σ(rx − m)²·Σ(ry − m)²), every sum exact (multiples of 1/4 below 2^53) — so it is bit for bit spearman of the
 * dataset the generator would make, as long as the scores do not tie (probability 0 in practice).
 *
 * Ranks of the score, two ways, same numbers: with few tie groups, within each x tie group the order of the scores is
 * the order of the noise (one a·c_g added to all), so the noise is sorted per group once and each evaluation counts,
 * for every pair of groups, how many scores of one lie below each score of the other by a linear merge: group g's
 * rank sum is n_g(n_g + 1)/2 + Σ_h #{pairs with the h score below}. Otherwise each evaluation sorts the scores.
 */
export class CalibrationKernel {
  readonly n: number;
  readonly datasets: number;
  /** Each dataset's rho at the last evaluation. */
  readonly rhoHat: Float64Array;
  readonly groups: number;
  readonly merge: boolean;
  readonly #model: OutcomeModel;
  readonly #denominator: number;
  // Group layout (merge path): sizes, offsets, centred midrank and level score of each group.
  readonly #size: Uint32Array;
  readonly #offset: Uint32Array;
  readonly #centred: Float64Array;
  readonly #level: Float64Array;
  // Merge path: the noise of dataset d, sorted within each group, at d·n + offset[g]. Sort path: noise by position,
  // with each position's centred midrank and level score.
  readonly #noise: Float64Array;
  readonly #rowCentred: Float64Array | undefined;
  readonly #rowLevel: Float64Array | undefined;
  readonly #v: Float64Array;
  readonly #sorted: Float64Array;
  readonly #rankSum: Float64Array;
  readonly #ownRankSum: Float64Array;
  readonly #base: Float64Array;

  /** `path` forces a way of ranking (for tests); by default the faster for the number of tie groups. */
  constructor(midranks: Float64Array, model: OutcomeModel, stream: Stream, datasets: number, path?: 'merge' | 'sort') {
    const n = midranks.length;
    this.n = n;
    this.datasets = datasets;
    this.#model = model;
    this.rhoHat = new Float64Array(datasets);
    const m = (n + 1) / 2;
    const levelScores = model.levelScores;

    // Tie groups of x, in increasing midrank order.
    const byRank = Array.from({ length: n }, (_, i) => i).sort(
      (i, j) => (midranks[i] as number) - (midranks[j] as number) || i - j,
    );
    const groupOf = new Uint32Array(n);
    const sizes: number[] = [];
    const centred: number[] = [];
    const level: number[] = [];
    let constantWithinGroups = true;
    for (let at = 0; at < n; ) {
      const i0 = byRank[at] as number;
      let end = at;
      while (end < n && midranks[byRank[end] as number] === midranks[i0]) {
        const i = byRank[end] as number;
        groupOf[i] = sizes.length;
        if (levelScores[i] !== levelScores[i0]) constantWithinGroups = false;
        end++;
      }
      sizes.push(end - at);
      centred.push((midranks[i0] as number) - m);
      level.push(levelScores[i0] as number);
      at = end;
    }
    const k = sizes.length;
    this.groups = k;
    this.#size = Uint32Array.from(sizes);
    this.#offset = new Uint32Array(k);
    for (let g = 1; g < k; g++) this.#offset[g] = (this.#offset[g - 1] as number) + (sizes[g - 1] as number);
    this.#centred = Float64Array.from(centred);
    this.#level = Float64Array.from(level);
    let sxx = 0;
    for (let i = 0; i < n; i++) {
      const d = (midranks[i] as number) - m;
      sxx += d * d;
    }
    const syy = (n * n * n - n) / 12; // Σ(rank − m)² of a permutation, exact
    this.#denominator = Math.sqrt(sxx * syy);
    this.merge = constantWithinGroups && (path === undefined ? k - 1 <= MERGE_FACTOR * Math.log2(n) : path === 'merge');

    const store = new Float64Array(datasets * n);
    this.#noise = store;
    this.#rowCentred = this.merge ? undefined : new Float64Array(datasets * n);
    this.#rowLevel = this.merge ? undefined : new Float64Array(datasets * n);
    this.#v = new Float64Array(n);
    this.#sorted = new Float64Array(n);
    this.#rankSum = new Float64Array(k);
    // Each group's ranks among its own members: 1 + … + n_g.
    this.#ownRankSum = Float64Array.from(sizes, (s) => (s * (s + 1)) / 2);
    this.#base = new Float64Array(k);
    const offset = this.#offset;
    const size = this.#size;
    const perm = new Uint32Array(n);
    const words = new Uint32Array(n);
    const noise = new Float64Array(n);
    const fill = new Uint32Array(k);
    for (let d = 0, row = 0; d < datasets; d++, row += n) {
      const rng = stream.child(d).generator();
      randomPermutation(rng, perm, words);
      model.drawNoise(rng, noise);
      if (this.merge) {
        fill.set(offset);
        for (let j = 0; j < n; j++) {
          const g = groupOf[perm[j] as number] as number;
          const at = fill[g] as number;
          store[row + at] = noise[j] as number;
          fill[g] = at + 1;
        }
        for (let g = 0; g < k; g++) {
          const from = row + (offset[g] as number);
          sortRange(store, from, from + (size[g] as number));
        }
      } else {
        const rowCentred = this.#rowCentred as Float64Array;
        const rowLevel = this.#rowLevel as Float64Array;
        for (let j = 0; j < n; j++) {
          const i = perm[j] as number;
          store[row + j] = noise[j] as number;
          rowCentred[row + j] = (midranks[i] as number) - m;
          rowLevel[row + j] = levelScores[i] as number;
        }
      }
    }
  }

  /** The mean of the datasets' Spearman rho at this input rho (each dataset's rho left in `rhoHat`). */
  evaluate(inputRho: number): number {
    const [a, b] = this.#model.weights(inputRho);
    return this.merge ? this.#evaluateByMerging(a, b) : this.#evaluateBySorting(a, b);
  }

  #evaluateByMerging(a: number, b: number): number {
    const { n, datasets, groups: k, rhoHat } = this;
    const size = this.#size;
    const offset = this.#offset;
    const centred = this.#centred;
    const noise = this.#noise;
    const v = this.#v;
    const rankSum = this.#rankSum;
    const denominator = this.#denominator;
    const base = this.#base;
    for (let g = 0; g < k; g++) base[g] = a * (this.#level[g] as number);
    let sum = 0;
    for (let d = 0, row = 0; d < datasets; d++, row += n) {
      for (let g = 0; g < k; g++) {
        const c = base[g] as number;
        const from = offset[g] as number;
        const to = from + (size[g] as number);
        for (let i = from; i < to; i++) v[i] = c + b * (noise[row + i] as number);
      }
      rankSum.set(this.#ownRankSum);
      for (let g = 0; g < k; g++) {
        const gFrom = offset[g] as number;
        const gTo = gFrom + (size[g] as number);
        for (let h = g + 1; h < k; h++) {
          const hFrom = offset[h] as number;
          const hTo = hFrom + (size[h] as number);
          // below = #{(i in g, l in h): v_l < v_i}; in the other pairs the g score is below.
          let below = 0;
          let p = hFrom;
          for (let i = gFrom; i < gTo; i++) {
            const vi = v[i] as number;
            while (p < hTo && (v[p] as number) < vi) p++;
            below += p;
          }
          below -= hFrom * (gTo - gFrom);
          rankSum[g] = (rankSum[g] as number) + below;
          rankSum[h] = (rankSum[h] as number) + (gTo - gFrom) * (hTo - hFrom) - below;
        }
      }
      let num = 0;
      for (let g = 0; g < k; g++) num += (centred[g] as number) * (rankSum[g] as number);
      const r = Math.min(1, Math.max(-1, num / denominator));
      rhoHat[d] = r;
      sum += r;
    }
    return sum / datasets;
  }

  #evaluateBySorting(a: number, b: number): number {
    const { datasets, rhoHat } = this;
    const denominator = this.#denominator;
    let sum = 0;
    for (let d = 0; d < datasets; d++) {
      const r = Math.min(1, Math.max(-1, this.#sortNumerator(d, a, b) / denominator));
      rhoHat[d] = r;
      sum += r;
    }
    return sum / datasets;
  }

  #sortNumerator(d: number, a: number, b: number): number {
    const n = this.n;
    const row = d * n;
    const noise = this.#noise;
    const rowCentred = this.#rowCentred as Float64Array;
    const rowLevel = this.#rowLevel as Float64Array;
    const v = this.#v;
    const sorted = this.#sorted;
    for (let j = 0; j < n; j++) v[j] = a * (rowLevel[row + j] as number) + b * (noise[row + j] as number);
    sorted.set(v);
    sorted.sort();
    let num = 0;
    for (let j = 0; j < n; j++) {
      const vj = v[j] as number;
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((sorted[mid] as number) < vj) lo = mid + 1;
        else hi = mid;
      }
      num += (rowCentred[row + j] as number) * (lo + 1);
    }
    return num;
  }
}

/** Sorts values[from … to) in place: insertion sort for short ranges, the built-in sort otherwise. */
function sortRange(values: Float64Array, from: number, to: number): void {
  if (to - from > 32) {
    values.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const v = values[i] as number;
    let j = i - 1;
    while (j >= from && (values[j] as number) > v) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = v;
  }
}
