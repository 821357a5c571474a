import { StatsError } from '../../errors';
import type { SpearmanOrders } from '../spearman-counts';
import { decodeBase64 } from './fused-mean';
import { SPEARMAN_KERNEL_BASE64 } from './spearman-kernel-bytes';

// The parts of the WebAssembly API used here, typed locally as in fused-mean.ts: the library's lib is ES2022
// without DOM, and the global may be absent at run time (then every call returns undefined).
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
}
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

const PAGE = 65536;
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
  if (n === 0) throw new StatsError('STATS_EMPTY_SAMPLE', 'fusedSpearmanReplicates: x and y are empty.');
  if (state.length !== 4 || state.every((w) => (w | 0) === 0)) {
    throw new StatsError(
      'STATS_INVALID_INPUT',
      'fusedSpearmanReplicates: state must be the 4 words of a xoroshiro128plus getState(), not all zero.',
    );
  }
  if (!Number.isInteger(rows) || rows < 0 || !Number.isInteger(outOffset) || outOffset < 0) {
    throw new StatsError(
      'STATS_INVALID_INPUT',
      `fusedSpearmanReplicates: rows and outOffset must be whole numbers >= 0, got ${rows} and ${outOffset}.`,
    );
  }
  if (outOffset + rows > out.length) {
    throw new StatsError(
      'STATS_INVALID_INPUT',
      `fusedSpearmanReplicates: ${rows} rows from offset ${outOffset} do not fit in out of length ${out.length}.`,
    );
  }
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
  const have = k.memory.buffer.byteLength;
  if (bytes > have) {
    try {
      k.memory.grow(Math.ceil((bytes - have) / PAGE));
    } catch {
      return undefined; // the engine refused the memory: the JS path needs no more than it already has
    }
  }
  const buffer = k.memory.buffer;
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
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (api === undefined) return null;
  try {
    // Synchronous compilation: the module is far below the 4 KB that browsers allow on the main thread.
    const instance = new api.Instance(new api.Module(decodeBase64(SPEARMAN_KERNEL_BASE64)), {});
    const { memory, rho } = instance.exports;
    if (typeof rho !== 'function' || memory === undefined) return null;
    return { memory: memory as WasmMemory, rho: rho as RhoExport };
  } catch {
    return null; // e.g. a content security policy without 'wasm-unsafe-eval'
  }
}
