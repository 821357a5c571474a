// What the fused kernels' loaders share: compiling a module from its base64 bytes, growing its memory, and checking
// a block's arguments. The WebAssembly API is typed locally: the library's lib is ES2022 without DOM, and the global
// may be absent at run time (then a loader returns undefined and callers take the JavaScript path).
import { decodeBase64 } from '@bootstat/io';
import { StatsError } from '../../errors';

export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object, imports: object) => { readonly exports: Record<string, unknown> };
}

const PAGE = 65536;
const MAX_BYTES = 4294967296; // a wasm32 memory holds at most 2^32 bytes

/**
 * The module's exports, its `memory` and every function named in `functions` present, or null when WebAssembly is
 * unavailable or refuses the module. Compiled synchronously: each module is far below the 4 KB that browsers allow
 * on the main thread.
 */
export function instantiateModule(base64: string, functions: readonly string[]): Record<string, unknown> | null {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (api === undefined) return null;
  try {
    const { exports } = new api.Instance(new api.Module(decodeBase64(base64) as Uint8Array), {});
    if (exports.memory === undefined || functions.some((f) => typeof exports[f] !== 'function')) return null;
    return exports;
  } catch {
    return null; // e.g. a content security policy without 'wasm-unsafe-eval'
  }
}

/** The memory's buffer once it holds `bytes`, or undefined when the engine cannot give that much. */
export function memoryOf(memory: WasmMemory, bytes: number): ArrayBuffer | undefined {
  if (bytes > MAX_BYTES) return undefined;
  const have = memory.buffer.byteLength;
  if (bytes > have) {
    try {
      memory.grow(Math.ceil((bytes - have) / PAGE));
    } catch {
      return undefined; // the engine refused the memory: the JS path needs no more than it already has
    }
  }
  return memory.buffer;
}

/**
 * Refuses what a kernel cannot run from: an empty sample (`empty` says which), a state that is not 4 words or is
 * all zero (xoroshiro never leaves it), rows and an offset that are not whole numbers fitting in out.
 */
export function checkBlock(
  caller: string,
  n: number,
  empty: string,
  state: readonly number[],
  rows: number,
  out: Float64Array,
  outOffset: number,
): void {
  if (n === 0) throw new StatsError('STATS_EMPTY_SAMPLE', `${caller}: ${empty}.`);
  if (state.length !== 4 || state.every((w) => (w | 0) === 0)) {
    throw new StatsError(
      'STATS_INVALID_INPUT',
      `${caller}: state must be the 4 words of a xoroshiro128plus getState(), not all zero.`,
    );
  }
  if (!Number.isInteger(rows) || rows < 0 || !Number.isInteger(outOffset) || outOffset < 0) {
    throw new StatsError(
      'STATS_INVALID_INPUT',
      `${caller}: rows and outOffset must be whole numbers >= 0, got ${rows} and ${outOffset}.`,
    );
  }
  if (outOffset + rows > out.length) {
    throw new StatsError(
      'STATS_INVALID_INPUT',
      `${caller}: ${rows} rows from offset ${outOffset} do not fit in out of length ${out.length}.`,
    );
  }
}
