// Spearman's rho of bootstrap resamples from draw counts (docs/methods.md, "Spearman of a resample"). A resample
// of n pairs is a count c_p of draws of each original pair p. Sorting x and y once per call gives their tie groups
// (equal values); in a resample, tie group g of x holds C_g = Σ c_p draws, and every value in it has the average
// rank below_g + (C_g + 1)/2, below_g being the draws in the groups before it. That is rankdata's average rank
// (spearman-core's (below + 1 + upTo)/2) in O(n), with no sort per resample. Draws are counted by sorted
// position, so the rank pass reads and writes in order.
//
// The same bits as spearmanAt on the gathered resample: centred ranks are multiples of 1/2, so every product and
// partial sum below is a multiple of 1/4 below n³/4 and exact while n³ < 2^53. Exact sums do not depend on the
// order of their terms, so Σ_g C_g·dx_g² (by tie group) equals spearmanAt's Σ over the resample in draw order, and rho is then
// the same three roundings. Beyond COUNT_RANKING_LIMIT the sums may round, and callers rank by sorting.
import type { KernelWork } from '../statistics/kernel';
import { fusedSpearmanReplicates } from './wasm/fused-spearman';

/** The largest n ranked from counts: n³ = 2^51, well inside exact double sums. */
export const COUNT_RANKING_LIMIT = 131072;

/**
 * A resampler loaded with (x, y): the one `work` holds when it has this size, else a new one (then kept in work).
 * bootstrapRows passes one work for all its rows, so the rows share one set of buffers.
 */
export function spearmanResampler(x: Float64Array, y: Float64Array, work?: KernelWork): SpearmanResampler {
  const held = work?.spearman;
  if (held !== undefined && held.size === x.length) return held.load(x, y);
  const made = new SpearmanResampler(x, y);
  if (work !== undefined) work.spearman = made;
  return made;
}

/**
 * One variable's order: `pos[p]` is point p's position when the values are sorted, and the tie group at sorted
 * position k ends at end[k]; `untied` when every group is one point.
 */
export interface Order {
  readonly pos: Uint32Array;
  readonly end: Uint32Array;
  readonly untied: boolean;
}

/** What ranking from counts needs of a dataset: x's and y's orders, and `yAt` (see SpearmanResampler). */
export interface SpearmanOrders {
  readonly x: Order;
  readonly y: Order;
  readonly yAt: Uint32Array;
}

/** Sorts v's points into `sorted` (the point at each sorted position), writes `pos` and `end`, returns the order. */
function orderInto(v: Float64Array, sorted: Uint32Array, pos: Uint32Array, end: Uint32Array): Order {
  const n = v.length;
  for (let i = 0; i < n; i++) sorted[i] = i;
  sorted.sort((a, b) => (v[a] as number) - (v[b] as number));
  for (let k = 0; k < n; k++) pos[sorted[k] as number] = k;
  let to = n;
  let untied = true;
  for (let k = n - 1; k >= 0; k--) {
    // −0 and 0 tie, as they do in spearman-core's comparisons.
    if (k < n - 1 && (v[sorted[k] as number] as number) !== (v[sorted[k + 1] as number] as number)) to = k + 1;
    else if (k < n - 1) untied = false;
    end[k] = to;
  }
  return { pos, end, untied };
}

/**
 * From the draws counted by sorted position (`drawn`, m in all), writes each position's centred average rank,
 * rank − (m + 1)/2, and returns Σ draws · centred², the sum of squares over the resample, group by group. A group
 * with no draws gets a rank too (it is never multiplied by anything but its zero count).
 */
function centredRanks(o: Order, drawn: Uint32Array, m: number, out: Float64Array): number {
  const n = drawn.length;
  const mean = (m + 1) / 2;
  let below = 0;
  let squares = 0;
  if (o.untied) {
    for (let k = 0; k < n; k++) {
      const c = drawn[k] as number;
      const centred = (2 * below + 1 + c) / 2 - mean;
      out[k] = centred;
      squares += c * (centred * centred);
      below += c;
    }
    return squares;
  }
  const end = o.end;
  let k = 0;
  while (k < n) {
    const to = end[k] as number;
    let c = 0;
    for (let j = k; j < to; j++) c += drawn[j] as number;
    const centred = (2 * below + 1 + c) / 2 - mean;
    for (let j = k; j < to; j++) out[j] = centred;
    squares += c * (centred * centred);
    below += c;
    k = to;
  }
  return squares;
}

/** Spearman's rho of resamples of one dataset of pairs (x_i, y_i), from draw counts; see the file comment. */
export class SpearmanResampler implements SpearmanOrders {
  /** Read, never written, by the WebAssembly kernel (wasm/fused-spearman.ts). */
  x: Order;
  y: Order;
  /** For x's sorted position k, the y position of the same point. */
  readonly yAt: Uint32Array;
  /** Draws by x position and by y position. */
  private readonly cx: Uint32Array;
  private readonly cy: Uint32Array;
  /** Centred ranks by x position and by y position. */
  private readonly rx: Float64Array;
  private readonly ry: Float64Array;
  /** The points by sorted position of x and of y, and the pos and end arrays of both orders (reused by load). */
  private readonly sortedX: Uint32Array;
  private readonly sortedY: Uint32Array;
  private readonly buffers: readonly [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  /** The data loaded, so that loading it again costs nothing. */
  private loadedX: Float64Array | undefined;
  private loadedY: Float64Array | undefined;

  /** x and y of equal length n ≤ COUNT_RANKING_LIMIT. */
  constructor(x: Float64Array, y: Float64Array) {
    const n = x.length;
    this.yAt = new Uint32Array(n);
    this.cx = new Uint32Array(n);
    this.cy = new Uint32Array(n);
    this.rx = new Float64Array(n);
    this.ry = new Float64Array(n);
    this.sortedX = new Uint32Array(n);
    this.sortedY = new Uint32Array(n);
    this.buffers = [new Uint32Array(n), new Uint32Array(n), new Uint32Array(n), new Uint32Array(n)];
    this.x = { pos: this.buffers[0], end: this.buffers[1], untied: true };
    this.y = this.x;
    this.load(x, y);
  }

  /** The number of pairs this resampler takes. */
  get size(): number {
    return this.yAt.length;
  }

  /**
   * Loads another dataset of the same size n into these buffers (bootstrapRows' next row), as a new resampler of
   * it would hold it; the same arrays as last time are not sorted again. Returns this.
   */
  load(x: Float64Array, y: Float64Array): this {
    if (x === this.loadedX && y === this.loadedY) return this;
    const [posX, endX, posY, endY] = this.buffers;
    this.x = orderInto(x, this.sortedX, posX, endX);
    this.y = orderInto(y, this.sortedY, posY, endY);
    const n = x.length;
    for (let k = 0; k < n; k++) this.yAt[k] = posY[this.sortedX[k] as number] as number;
    this.loadedX = x;
    this.loadedY = y;
    return this;
  }

  /** Rho of the resample of pairs idx[offset + i], i < n: bit for bit spearmanAt of the gathered pairs. */
  fromIndices(idx: Uint32Array, offset: number): number {
    const { cx, cy } = this;
    const px = this.x.pos;
    const py = this.y.pos;
    const n = cx.length;
    cx.fill(0);
    cy.fill(0);
    for (let i = 0; i < n; i++) {
      const p = idx[offset + i] as number;
      const kx = px[p] as number;
      const ky = py[p] as number;
      cx[kx] = (cx[kx] as number) + 1;
      cy[ky] = (cy[ky] as number) + 1;
    }
    return this.fromCounts(n);
  }

  /**
   * `rows` resamples drawn from the xoroshiro128+ generator whose `getState()` is `state`, each rho written to
   * out[outOffset + r]: bit for bit `fillIndices` of n indices per row then `fromIndices`, computed in
   * WebAssembly. Returns the generator's state after the rows, or undefined (nothing written) when WebAssembly
   * is unavailable or n > COUNT_RANKING_LIMIT: then draw with fillIndices and use fromIndices.
   */
  replicates(
    state: readonly number[],
    rows: number,
    out: Float64Array,
    outOffset: number,
  ): readonly number[] | undefined {
    if (this.cx.length > COUNT_RANKING_LIMIT) return undefined;
    return fusedSpearmanReplicates(this, state, rows, out, outOffset);
  }

  /**
   * The n leave-one-out values: out[i] is rho without pair i, bit for bit spearmanAt of the n − 1 other pairs.
   */
  leaveOneOut(out: Float64Array): void {
    const { cx, cy } = this;
    for (let i = 0; i < cx.length; i++) {
      cx.fill(1);
      cy.fill(1);
      cx[this.x.pos[i] as number] = 0;
      cy[this.y.pos[i] as number] = 0;
      out[i] = this.fromCounts(cx.length - 1);
    }
  }

  /** Rho of the m draws counted in cx and cy. */
  private fromCounts(m: number): number {
    const { cx, rx, ry, yAt } = this;
    const sxx = centredRanks(this.x, cx, m, rx);
    const syy = centredRanks(this.y, this.cy, m, ry);
    let sxy = 0;
    for (let k = 0; k < cx.length; k++)
      sxy += (cx[k] as number) * ((rx[k] as number) * (ry[yAt[k] as number] as number));
    if (sxx === 0 || syy === 0) return Number.NaN;
    const r = sxy / Math.sqrt(sxx * syy);
    return Math.min(1, Math.max(-1, r));
  }
}
