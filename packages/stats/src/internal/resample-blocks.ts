import { fillIndices, type Generator, type GeneratorName, type Stream } from '@bootstat/rng';
import { RESAMPLE_BLOCK_SIZE } from '../bootstrap-options';
import type { KernelWork, StatisticKernel } from '../statistics/kernel';
import { replicateMean, replicateStd } from '../statistics/mean';
import { fusedMeanReplicates, fusedMeanReplicates2 } from './wasm/fused-mean';

/** The longest sample the fused means kernel copies into its memory: 2^22 values (32 MiB). */
const FUSED_MAX_LENGTH = 4194304;

/** Indices held in memory at once when `batch` is not given: 2^18 (1 MiB). */
const DEFAULT_INDEX_BUDGET = 262144;

export interface ResampleJob {
  readonly paired: boolean;
  readonly nResamples: number;
  readonly batch: number | undefined;
  readonly generator: GeneratorName;
  /** The 'resample' node: block b draws from stream.child(b). */
  readonly stream: Stream;
  /** Blocks [blockStart, blockEnd); out[0] is replicate blockStart · RESAMPLE_BLOCK_SIZE. */
  readonly blockStart: number;
  readonly blockEnd: number;
  readonly out: Float64Array;
  readonly t?: {
    readonly out: Float64Array;
    readonly estimate: number;
    readonly se: (resampled: readonly Float64Array[], replicate: number) => number;
  };
  readonly onBlock?: (replicatesDone: number) => void;
  /** Buffers kept across jobs of one shape (bootstrapRows' rows), so each is allocated once; absent, per job. */
  readonly work?: ResampleWork;
}

/** The index, gather and means buffers of `resampleBlocks` and the kernel's own, filled in by the first job. */
export interface ResampleWork extends KernelWork {
  indices?: Uint32Array[];
  scratch?: Float64Array[];
  other?: Float64Array;
}

/** work[key] when it has these lengths, else new arrays of them (kept in work for the next job). */
function reuse<T extends Uint32Array | Float64Array>(
  work: ResampleWork | undefined,
  key: 'indices' | 'scratch',
  lengths: readonly number[],
  make: (length: number) => T,
): T[] {
  const held = work?.[key] as T[] | undefined;
  if (held !== undefined && held.length === lengths.length && held.every((a, j) => a.length === lengths[j])) {
    return held;
  }
  const made = lengths.map(make);
  if (work !== undefined) (work[key] as T[]) = made;
  return made;
}

export function blockCount(nResamples: number): number {
  return Math.ceil(nResamples / RESAMPLE_BLOCK_SIZE);
}

/**
 * Computes the replicates of blocks [blockStart, blockEnd). Block b (RESAMPLE_BLOCK_SIZE resamples) draws its
 * indices from stream.child(b) — paired: one generator for the shared indices; otherwise stream.child(b).child(j)
 * for sample j — so neither the batch size nor which worker runs the block can change a single index. Statistics
 * with a `fromIndices` kernel are computed straight from the indices (sum of gathers); others on gathered copies.
 */
export function resampleBlocks(kernel: StatisticKernel, data: readonly Float64Array[], job: ResampleJob): void {
  const sizes = job.paired ? [(data[0] as Float64Array).length] : data.map((s) => s.length);
  const totalN = sizes.reduce((a, b) => a + b, 0);
  const batch = Math.min(RESAMPLE_BLOCK_SIZE, job.batch ?? Math.max(1, Math.floor(DEFAULT_INDEX_BUDGET / totalN)));
  const base = job.blockStart * RESAMPLE_BLOCK_SIZE;
  let b = job.blockStart;
  // Statistics of sample means, and Spearman, on xoroshiro128+: a fused WebAssembly kernel per block, when the
  // engine has WebAssembly.
  // A WebAssembly memory never shrinks: samples past FUSED_MAX_LENGTH stay in JavaScript rather than leave
  // hundreds of megabytes reserved for the life of the process.
  const fused =
    job.t === undefined && job.generator === 'xoroshiro128plus' && data.every((s) => s.length <= FUSED_MAX_LENGTH)
      ? kernel.fromMeans
      : undefined;
  const fusedPaired =
    job.t === undefined && job.generator === 'xoroshiro128plus' && job.paired && fused === undefined
      ? kernel.fusedBlocks?.(data, job.work)
      : undefined;
  const rowsOf = (block: number) => Math.min(RESAMPLE_BLOCK_SIZE, job.nResamples - block * RESAMPLE_BLOCK_SIZE);
  // In each branch, false means no WebAssembly here: the JavaScript path below goes on from block b, same bits.
  if (fused !== undefined) {
    let other: Float64Array | undefined;
    if (fused !== 'mean') {
      other = job.work?.other ?? new Float64Array(2 * RESAMPLE_BLOCK_SIZE);
      if (job.work !== undefined) job.work.other = other;
    }
    while (b < job.blockEnd) {
      // Two blocks at a time: their independent generators interleave in the kernel.
      const count = b + 1 < job.blockEnd ? 2 : 1;
      const at = b * RESAMPLE_BLOCK_SIZE - base;
      if (!fusedMeanBlocks(fused, data, job.paired, job.stream, b, count, job.out, at, rowsOf, other)) break;
      for (let k = 0; k < count; k++) job.onBlock?.(at + k * RESAMPLE_BLOCK_SIZE + rowsOf(b + k));
      b += count;
    }
    if (b === job.blockEnd) return;
  } else if (fusedPaired !== undefined) {
    for (; b < job.blockEnd; b++) {
      const at = b * RESAMPLE_BLOCK_SIZE - base;
      const state = job.stream.child(b).generator('xoroshiro128plus').getState();
      if (!fusedPaired(state, rowsOf(b), job.out, at)) break;
      job.onBlock?.(at + rowsOf(b));
    }
    if (b === job.blockEnd) return;
  }
  const indices = reuse(
    job.work,
    'indices',
    sizes.map((n) => batch * n),
    (length) => new Uint32Array(length),
  );
  const indexOf = data.map((_, j) => indices[job.paired ? 0 : j] as Uint32Array);
  const offsets = data.map(() => 0);
  const prepared = job.t === undefined ? kernel.prepare?.(data, job.work) : undefined;
  const direct =
    prepared ??
    (job.t === undefined && kernel.fromIndices !== undefined ? kernel.fromIndices.bind(kernel, data) : undefined);
  const scratch =
    direct === undefined
      ? reuse(
          job.work,
          'scratch',
          data.map((s) => s.length),
          (length) => new Float64Array(length),
        )
      : [];
  for (; b < job.blockEnd; b++) {
    const blockStream = job.stream.child(b);
    const first = b * RESAMPLE_BLOCK_SIZE;
    const rowsInBlock = Math.min(RESAMPLE_BLOCK_SIZE, job.nResamples - first);
    const generators: Generator[] = job.paired
      ? [blockStream.generator(job.generator)]
      : sizes.map((_, j) => blockStream.child(j).generator(job.generator));
    for (let r0 = 0; r0 < rowsInBlock; r0 += batch) {
      const rows = Math.min(batch, rowsInBlock - r0);
      for (let j = 0; j < sizes.length; j++) {
        const n = sizes[j] as number;
        fillIndices(generators[j] as Generator, n, (indices[j] as Uint32Array).subarray(0, rows * n));
      }
      for (let r = 0; r < rows; r++) {
        const replicate = first + r0 + r;
        for (let j = 0; j < data.length; j++) offsets[j] = r * (data[j] as Float64Array).length;
        if (direct !== undefined) {
          job.out[replicate - base] = direct(indexOf, offsets);
          continue;
        }
        for (let j = 0; j < data.length; j++) {
          const source = data[j] as Float64Array;
          const idx = indexOf[j] as Uint32Array;
          const dst = scratch[j] as Float64Array;
          const offset = offsets[j] as number;
          for (let i = 0; i < dst.length; i++) dst[i] = source[idx[offset + i] as number] as number;
        }
        if (job.t !== undefined) {
          // The standard error must see the resample before the statistic may reorder it.
          const se = job.t.se(scratch, replicate);
          const theta = kernel.evaluateScratch(scratch);
          job.out[replicate - base] = theta;
          job.t.out[replicate - base] = (theta - job.t.estimate) / se;
        } else {
          job.out[replicate - base] = kernel.evaluateScratch(scratch);
        }
      }
    }
    job.onBlock?.(first + rowsInBlock - base);
  }
}

/**
 * The replicates of blocks b .. b + count − 1 (count 1 or 2) of a statistic of sample means by the fused kernel
 * (two blocks in one call interleave their generators): sample j's means from each block's generator (paired: one
 * generator, so every sample sees the same indices) or from its child j, as the JavaScript path draws them; then
 * combined as the kernel's fromIndices combines them. Only the last block can be short, so block b + 1 starts at
 * at + RESAMPLE_BLOCK_SIZE. False when WebAssembly is unavailable.
 */
function fusedMeanBlocks(
  fused: 'mean' | 'difference' | 'ratio',
  data: readonly Float64Array[],
  paired: boolean,
  stream: Stream,
  b: number,
  count: 1 | 2,
  out: Float64Array,
  at: number,
  rowsOf: (block: number) => number,
  other: Float64Array | undefined,
): boolean {
  const state = (block: number, j: number) => {
    const node = stream.child(block);
    return (paired ? node : node.child(j)).generator('xoroshiro128plus').getState();
  };
  const means = (j: number, dst: Float64Array, dstAt: number) =>
    (count === 2
      ? fusedMeanReplicates2(
          data[j] as Float64Array,
          state(b, j),
          rowsOf(b),
          dst,
          dstAt,
          state(b + 1, j),
          rowsOf(b + 1),
          dst,
          dstAt + RESAMPLE_BLOCK_SIZE,
        )
      : fusedMeanReplicates(data[j] as Float64Array, state(b, j), rowsOf(b), dst, dstAt)) !== undefined;
  if (!means(0, out, at)) return false;
  if (fused === 'mean') return true;
  const y = other as Float64Array;
  if (!means(1, y, 0)) return false;
  for (let k = 0; k < count; k++) {
    const o = at + k * RESAMPLE_BLOCK_SIZE;
    const yo = k * RESAMPLE_BLOCK_SIZE;
    const rows = rowsOf(b + k);
    if (fused === 'difference')
      for (let r = 0; r < rows; r++) out[o + r] = (out[o + r] as number) - (y[yo + r] as number);
    else for (let r = 0; r < rows; r++) out[o + r] = (out[o + r] as number) / (y[yo + r] as number);
  }
  return true;
}

/**
 * Standard error of replicate k by an inner bootstrap of `inner` resamples of the resampled data, drawing from
 * stream.child(k) (so it too is independent of batch and workers): the ddof = 1 standard deviation of the inner
 * replicates.
 */
export function nestedSe(
  kernel: StatisticKernel,
  paired: boolean,
  generator: GeneratorName,
  stream: Stream,
  inner: number,
): (resampled: readonly Float64Array[], replicate: number) => number {
  const values = new Float64Array(inner);
  let scratch: Float64Array[] = [];
  let indices: Uint32Array[] = [];
  return (resampled, replicate) => {
    if (scratch.length === 0) {
      scratch = resampled.map((s) => new Float64Array(s.length));
      indices = (paired ? [resampled[0] as Float64Array] : resampled).map((s) => new Uint32Array(s.length));
    }
    const node = stream.child(replicate);
    const generators = paired
      ? [node.generator(generator)]
      : resampled.map((_, j) => node.child(j).generator(generator));
    for (let k = 0; k < inner; k++) {
      indices.forEach((idx, j) => {
        fillIndices(generators[j] as Generator, idx.length, idx);
      });
      for (let j = 0; j < resampled.length; j++) {
        const source = resampled[j] as Float64Array;
        const idx = indices[paired ? 0 : j] as Uint32Array;
        const dst = scratch[j] as Float64Array;
        for (let i = 0; i < dst.length; i++) dst[i] = source[idx[i] as number] as number;
      }
      values[k] = kernel.evaluateScratch(scratch);
    }
    return replicateStd(values, replicateMean(values), 1);
  };
}
