import { MEAN_KERNEL_BASE64 } from './mean-kernel-bytes';
import { checkBlock, instantiateModule, memoryOf, type WasmMemory } from './wasm-module';

type MeansExport = (
  s0hi: number,
  s0lo: number,
  s1hi: number,
  s1lo: number,
  n: number,
  rows: number,
  x: number,
  out: number,
) => void;
type Means2Export = (
  s0hi: number,
  s0lo: number,
  s1hi: number,
  s1lo: number,
  u0hi: number,
  u0lo: number,
  u1hi: number,
  u1lo: number,
  n: number,
  rows: number,
  x: number,
  outA: number,
  outB: number,
) => void;
interface Kernel {
  readonly memory: WasmMemory;
  readonly means: MeansExport;
  readonly means2: Means2Export;
}

/** Bytes 0..31 hold the generator states after a call, 32..95 are the kernel's scratch; x starts after them. */
const X_POINTER = 96;

/** undefined: not tried yet; null: WebAssembly is unavailable or the module failed to load. */
let kernel: Kernel | null | undefined;

/**
 * Bootstrap replicates of the mean, bit for bit those of the JS path, in WebAssembly: `rows` times, draw x.length
 * indices from the xoroshiro128+ generator whose pure-rand state is `state` (`fillIndices`: Lemire's multiply-shift
 * with rejection) and write their mean (`meanOfIndices`: NumPy's pairwise summation, then / n) to
 * out[outOffset + r]. The module (mean-kernel.wat, 3.4 KB) is compiled synchronously on the first call.
 *
 * @param state - `generator.getState()` of a xoroshiro128plus generator: [s0.hi, s0.lo, s1.hi, s1.lo]
 * @returns the generator's state after the rows (`generatorFromState('xoroshiro128plus', …)` continues from it),
 * or undefined when WebAssembly is unavailable or cannot hold the data: then nothing was written
 * @throws {StatsError} STATS_EMPTY_SAMPLE for an empty x; STATS_INVALID_INPUT for a state that is not 4 words or
 * is all zero (xoroshiro never leaves it), or rows and offset that are not whole numbers fitting in out
 */
export function fusedMeanReplicates(
  x: Float64Array,
  state: readonly number[],
  rows: number,
  out: Float64Array,
  outOffset: number,
): readonly number[] | undefined {
  checkBlock('fusedMeanReplicates', x.length, 'x is empty', state, rows, out, outOffset);
  const n = x.length;
  const k = loadKernel();
  if (k === undefined) return undefined;
  // Layout: state | scratch | x: f64[n] | replicates: f64[rows]. No index is stored: each is added as it is drawn.
  const outPointer = X_POINTER + 8 * n;
  const buffer = prepare(k, x, outPointer + 8 * rows);
  if (buffer === undefined) return undefined;
  k.means(
    state[0] as number,
    state[1] as number,
    state[2] as number,
    state[3] as number,
    n,
    rows,
    X_POINTER,
    outPointer,
  );
  out.set(new Float64Array(buffer, outPointer, rows), outOffset);
  return Array.from(new Int32Array(buffer, 0, 4));
}

/**
 * `fusedMeanReplicates` for two generators at once, the same bits as two calls: `rowsA` replicates from `stateA`
 * to outA[offsetA + r] and `rowsB` from `stateB` to outB[offsetB + r], A's written first. Both draw x.length
 * indices per row, so their pairwise sums share one recursion and their generators' dependency chains overlap in
 * the processor (two blocks of resamples run about 1.3x faster than one after the other; the rows past the
 * shorter block run alone).
 *
 * @returns the two generators' states after their rows, [A, B], or undefined when WebAssembly is unavailable or
 * cannot hold the data: then nothing was written
 * @throws {StatsError} as `fusedMeanReplicates`, for either generator
 */
export function fusedMeanReplicates2(
  x: Float64Array,
  stateA: readonly number[],
  rowsA: number,
  outA: Float64Array,
  offsetA: number,
  stateB: readonly number[],
  rowsB: number,
  outB: Float64Array,
  offsetB: number,
): readonly [readonly number[], readonly number[]] | undefined {
  checkBlock('fusedMeanReplicates2', x.length, 'x is empty', stateA, rowsA, outA, offsetA);
  checkBlock('fusedMeanReplicates2', x.length, 'x is empty', stateB, rowsB, outB, offsetB);
  const n = x.length;
  const k = loadKernel();
  if (k === undefined) return undefined;
  // Layout: states | scratch | x: f64[n] | A's replicates: f64[rowsA] | B's: f64[rowsB].
  const pointerA = X_POINTER + 8 * n;
  const pointerB = pointerA + 8 * rowsA;
  const buffer = prepare(k, x, pointerB + 8 * rowsB);
  if (buffer === undefined) return undefined;
  const both = Math.min(rowsA, rowsB);
  const [a0, a1, a2, a3] = stateA as [number, number, number, number];
  const [b0, b1, b2, b3] = stateB as [number, number, number, number];
  k.means2(a0, a1, a2, a3, b0, b1, b2, b3, n, both, X_POINTER, pointerA, pointerB);
  const words = new Int32Array(buffer, 0, 8);
  let endA: readonly number[] = Array.from(words.subarray(0, 4));
  let endB: readonly number[] = Array.from(words.subarray(4, 8));
  // The longer one goes on alone from where means2 left it.
  const [rest, from, at] = rowsA > both ? [rowsA - both, endA, pointerA] : [rowsB - both, endB, pointerB];
  if (rest > 0) {
    const [c0, c1, c2, c3] = from as [number, number, number, number];
    k.means(c0, c1, c2, c3, n, rest, X_POINTER, at + 8 * both);
    if (rowsA > both) endA = Array.from(words.subarray(0, 4));
    else endB = Array.from(words.subarray(0, 4));
  }
  outA.set(new Float64Array(buffer, pointerA, rowsA), offsetA);
  outB.set(new Float64Array(buffer, pointerB, rowsB), offsetB);
  return [endA, endB];
}

/** The kernel's memory grown to `bytes` with x copied in, or undefined when the engine cannot hold it. */
function prepare(k: Kernel, x: Float64Array, bytes: number): ArrayBuffer | undefined {
  const buffer = memoryOf(k.memory, bytes);
  if (buffer === undefined) return undefined;
  // x is copied on every call: cheap next to the rows · n draws, and never stale if the caller's array changed.
  new Float64Array(buffer, X_POINTER, x.length).set(x);
  return buffer;
}

function loadKernel(): Kernel | undefined {
  if (kernel === undefined) kernel = instantiate();
  return kernel ?? undefined;
}

function instantiate(): Kernel | null {
  const exports = instantiateModule(MEAN_KERNEL_BASE64, ['means', 'means2']);
  if (exports === null) return null;
  return {
    memory: exports.memory as WasmMemory,
    means: exports.means as MeansExport,
    means2: exports.means2 as Means2Export,
  };
}
