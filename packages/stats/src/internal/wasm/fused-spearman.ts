import type { SpearmanOrders } from '../spearman-counts';
import { SPEARMAN_KERNEL_BASE64 } from './spearman-kernel-bytes';
import { checkBlock, instantiateModule, memoryOf, type WasmMemory } from './wasm-module';

type RhoExport = (
  s0hi: number,
  s0lo: number,
  s1hi: number,
  s1lo: number,
  n: number,
  rows: number,
  pos: number,
  endX: number,
  endY: number,
  yAt: number,
  cx: number,
  cy: number,
  ry: number,
  out: number,
) => void;
interface Kernel {
  readonly memory: WasmMemory;
  readonly rho: RhoExport;
}

/** Bytes 0..15 hold the generator state after a call; the data start after them. */
const DATA_POINTER = 16;
/** The kernel's i64 sums (at most n³) convert to f64 exactly while n³ < 2^53, as the JS sums stay exact. */
const EXACT_SUM_LIMIT = 208063;

/** undefined: not tried yet; null: WebAssembly is unavailable or the module failed to load. */
let kernel: Kernel | null | undefined;

/**
 * Bootstrap replicates of Spearman's rho of paired data, bit for bit those of the JS path, in WebAssembly: `rows`
 * times, draw n indices from the xoroshiro128+ generator whose pure-rand state is `state` (`fillIndices`:
 * Lemire's multiply-shift with rejection), rank the resample from its draw counts and write rho
 * (`SpearmanResampler.fromIndices`) to out[outOffset + r]. The module (spearman-kernel.wat, about 1.1 KB) is
 * compiled synchronously on the first call.
 *
 * @param orders - the sorted orders of x and y, as a SpearmanResampler holds them
 * @param state - `generator.getState()` of a xoroshiro128plus generator: [s0.hi, s0.lo, s1.hi, s1.lo]
 * @returns the generator's state after the rows (`generatorFromState('xoroshiro128plus', …)` continues from it),
 * or undefined when WebAssembly is unavailable, cannot hold the data, or n³ ≥ 2^53: then nothing was written
 * @throws {StatsError} STATS_EMPTY_SAMPLE for n = 0; STATS_INVALID_INPUT for a state that is not 4 words or is
 * all zero (xoroshiro never leaves it), or rows and offset that are not whole numbers fitting in out
 */
export function fusedSpearmanReplicates(
  orders: SpearmanOrders,
  state: readonly number[],
  rows: number,
  out: Float64Array,
  outOffset: number,
): readonly number[] | undefined {
  const n = orders.yAt.length;
  checkBlock('fusedSpearmanReplicates', n, 'x and y are empty', state, rows, out, outOffset);
  if (n > EXACT_SUM_LIMIT) return undefined;
  const k = loadKernel();
  if (k === undefined) return undefined;
  // Layout: state | pos: u32[2n] | endX, endY (tied only), yAt, cx, cy, ry: u32[n] each | replicates: f64[rows].
  const { x, y, yAt } = orders;
  const pos = DATA_POINTER;
  let next = pos + 8 * n;
  const endX = x.untied ? 0 : next;
  next += x.untied ? 0 : 4 * n;
  const endY = y.untied ? 0 : next;
  next += y.untied ? 0 : 4 * n;
  const yAtPointer = next;
  const cx = yAtPointer + 4 * n;
  const cy = cx + 4 * n;
  const ry = cy + 4 * n;
  const outPointer = (ry + 4 * n + 7) & ~7;
  const bytes = outPointer + 8 * rows;
  const buffer = memoryOf(k.memory, bytes);
  if (buffer === undefined) return undefined;
  // Copied on every call (O(n), next to rows · n draws), as byte offsets so the kernel adds them to its pointers.
  const words = new Uint32Array(buffer);
  for (let p = 0; p < n; p++) {
    words[(pos >> 2) + 2 * p] = 4 * (x.pos[p] as number);
    words[(pos >> 2) + 2 * p + 1] = 4 * (y.pos[p] as number);
  }
  if (endX !== 0) for (let j = 0; j < n; j++) words[(endX >> 2) + j] = 4 * (x.end[j] as number);
  if (endY !== 0) for (let j = 0; j < n; j++) words[(endY >> 2) + j] = 4 * (y.end[j] as number);
  for (let j = 0; j < n; j++) words[(yAtPointer >> 2) + j] = 4 * (yAt[j] as number);
  words.fill(0, cx >> 2, cy + 4 * n); // the counts start at zero (the kernel leaves them so)
  k.rho(
    state[0] as number,
    state[1] as number,
    state[2] as number,
    state[3] as number,
    n,
    rows,
    pos,
    endX,
    endY,
    yAtPointer,
    cx,
    cy,
    ry,
    outPointer,
  );
  out.set(new Float64Array(buffer, outPointer, rows), outOffset);
  return Array.from(new Int32Array(buffer, 0, 4));
}

function loadKernel(): Kernel | undefined {
  if (kernel === undefined) kernel = instantiate();
  return kernel ?? undefined;
}

function instantiate(): Kernel | null {
  const exports = instantiateModule(SPEARMAN_KERNEL_BASE64, ['rho']);
  if (exports === null) return null;
  return { memory: exports.memory as WasmMemory, rho: exports.rho as RhoExport };
}
