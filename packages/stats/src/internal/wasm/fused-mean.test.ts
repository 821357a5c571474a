import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { decodeBase64 } from '@bootstat/io';
import { createGenerator, fillIndices, fillNormal, generatorFromState, streamTree } from '@bootstat/rng';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstDifference, type Lanes, MASK32, STATES, stepBack, toState, wasmApi } from '../../../test/xoroshiro-lanes';
import { RESAMPLE_BLOCK_SIZE } from '../../bootstrap-options';
import { StatsError } from '../../errors';
import { meanKernel, meanOfIndices } from '../../statistics/mean';
import { resampleBlocks } from '../resample-blocks';
import { fusedMeanReplicates, fusedMeanReplicates2 } from './fused-mean';
import { MEAN_KERNEL_BASE64 } from './mean-kernel-bytes';

/** The JS path: row by row, n indices by fillIndices, then meanOfIndices; and the generator's state after. */
function jsReplicates(x: Float64Array, state: readonly number[], rows: number) {
  const rng = generatorFromState('xoroshiro128plus', state);
  const idx = new Uint32Array(x.length);
  const means = new Float64Array(rows);
  for (let r = 0; r < rows; r++) means[r] = meanOfIndices(x, fillIndices(rng, x.length, idx), 0);
  return { means, state: rng.getState().map((w) => w | 0) };
}

function wasmReplicates(x: Float64Array, state: readonly number[], rows: number) {
  const means = new Float64Array(rows);
  const after = fusedMeanReplicates(x, state, rows, means, 0);
  if (after === undefined) throw new Error('WebAssembly is unavailable in this test environment');
  return { means, state: after };
}

/** Both streams of fusedMeanReplicates2, each into its own array. */
function wasmReplicates2(
  x: Float64Array,
  stateA: readonly number[],
  rowsA: number,
  stateB: readonly number[],
  rowsB: number,
) {
  const a = new Float64Array(rowsA);
  const b = new Float64Array(rowsB);
  const after = fusedMeanReplicates2(x, stateA, rowsA, a, 0, stateB, rowsB, b, 0);
  if (after === undefined) throw new Error('WebAssembly is unavailable in this test environment');
  return [
    { means: a, state: after[0] },
    { means: b, state: after[1] },
  ] as const;
}

/** fusedMeanReplicates2 against the JS path of each stream alone: every replicate's bits and both end states. */
function expectDualSameAsJs(
  x: Float64Array,
  stateA: readonly number[],
  rowsA: number,
  stateB: readonly number[],
  rowsB: number,
  label = '',
): void {
  const wasm = wasmReplicates2(x, stateA, rowsA, stateB, rowsB);
  const js = [jsReplicates(x, stateA, rowsA), jsReplicates(x, stateB, rowsB)];
  for (const [s, name] of ['A', 'B'].entries()) {
    const w = wasm[s] as (typeof wasm)[0];
    const j = js[s] as (typeof js)[0];
    const at = firstDifference(w.means, j.means);
    const where = `n = ${x.length} ${label}, ${rowsA} and ${rowsB} rows, stream ${name}`;
    expect(at, `${where}, replicate ${at}: wasm ${w.means[at]}, JS ${j.means[at]}`).toBe(-1);
    expect(w.state, `${where}: state after`).toEqual(j.state);
  }
}

function expectSameAsJs(x: Float64Array, state: readonly number[], rows: number, label = ''): void {
  const js = jsReplicates(x, state, rows);
  const wasm = wasmReplicates(x, state, rows);
  const at = firstDifference(wasm.means, js.means);
  const where = `n = ${x.length} ${label}, ${rows} rows`;
  expect(at, `${where}, replicate ${at}: wasm ${wasm.means[at]}, JS ${js.means[at]}`).toBe(-1);
  expect(wasm.state, `${where}: state after`).toEqual(js.state);
}

/** n^-1 modulo 2^32 for odd n (Newton's iteration, each step doubling the correct low bits). */
function modInverse32(n: bigint): bigint {
  let inverse = n;
  for (let i = 0; i < 5; i++) inverse = (inverse * (2n - n * inverse)) & MASK32;
  return inverse;
}

// Magnitudes from 5e-324 to 1e300 of both signs: every change of summation order changes some bits, and sums
// overflow to ±Infinity and NaN (Infinity - Infinity) on the way.
const EXTREMES = [1e300, -1e300, 1e-300, -1e-300, 0.1, -0.1, 1e16, -1e16, 3, 5e-324, -0, 0];
// Finite sums, but heavy cancellation: the result depends on the order of every addition.
const CANCELLING = [1e16, -1e16, 1, 0.1, -0.7, 1e-300, 12345.678];

function dataFrom(values: readonly number[], n: number, seed: number): Float64Array {
  const rng = createGenerator('xoroshiro128plus', seed);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = (values[rng.next() % values.length] as number) * (1 + rng.next() / 2 ** 32);
  return x;
}

const datasets = (n: number): [string, Float64Array][] => [
  ['extremes', dataFrom(EXTREMES, n, n)],
  ['cancelling', dataFrom(CANCELLING, n, n + 1)],
  ['normal', fillNormal(createGenerator('xoroshiro128plus', n + 2), new Float64Array(n))],
];

describe('mean-kernel bytes', () => {
  it('are what scripts/build-wasm.mjs assembles mean-kernel.wat to with wabt', () => {
    const script = fileURLToPath(new URL('../../../scripts/build-wasm.mjs', import.meta.url));
    // Exits 1 (and execFileSync throws) when the committed mean-kernel-bytes.ts differs from a fresh build.
    expect(() => execFileSync(process.execPath, [script, '--check', 'mean-kernel'], { stdio: 'pipe' })).not.toThrow();
  });

  it('decode without Buffer to the module, which stays below the 4 KB of synchronous compilation', () => {
    const bytes = decodeBase64(MEAN_KERNEL_BASE64) as Uint8Array;
    expect(Buffer.from(bytes).equals(Buffer.from(MEAN_KERNEL_BASE64, 'base64'))).toBe(true);
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0, 0x61, 0x73, 0x6d]); // "\0asm"
    expect(bytes.length).toBeLessThan(4096);
    expect(wasmApi.validate(bytes)).toBe(true);
  });
});

describe('fusedMeanReplicates equals fillIndices + meanOfIndices bit for bit', () => {
  const SIZES = [1, 2, 7, 8, 9, 15, 16, 17, 127, 128, 129, 130, 255, 256, 257, 1000, 1023, 4096];
  for (const n of SIZES) {
    it(`n = ${n}: every replicate of 1 and 256 rows, and the generator state after`, () => {
      for (const [data, x] of datasets(n)) {
        for (const [from, state] of STATES) {
          expectSameAsJs(x, state, 1, `${data} data, ${from}`);
          expectSameAsJs(x, state, RESAMPLE_BLOCK_SIZE, `${data} data, ${from}`);
        }
      }
    });
  }

  it('n = 100001 (ten levels of pairwise splits)', () => {
    const [, x] = datasets(100001)[0] as [string, Float64Array];
    expectSameAsJs(x, STATES[0]?.[1] as number[], 1);
    expectSameAsJs(x, STATES[1]?.[1] as number[], RESAMPLE_BLOCK_SIZE);
  });

  it('n near 2^21: with many rejected words, with none (n = 2^21), and past the exact-product limit', () => {
    const state = STATES[1]?.[1] as number[];
    // 2^32 mod 1572865 = 1045846: about 1 word in 4100 is rejected, so some 380 per row.
    for (const [n, rejects] of [
      [1572865, true],
      [2097152, false],
      [2097153, true],
    ] as const) {
      const x = dataFrom(CANCELLING, n, n);
      const rows = 2;
      expectSameAsJs(x, state, rows);
      // Rejections are exercised: the state moved further than rows · n words (or exactly that far for 2^21).
      const exact = generatorFromState('xoroshiro128plus', state);
      exact.fillUint32(new Uint32Array(rows * n));
      const wordsOnly = exact.getState().map((w) => w | 0);
      expect(wasmReplicates(x, state, rows).state.join() !== wordsOnly.join()).toBe(rejects);
    }
  });

  it('a word whose low product equals the threshold is accepted, first or right after a rejected word', () => {
    // Lemire: low32(word · n) < 2^32 mod n rejects. States are built so that the first word, or the word after
    // a rejected one, sits exactly on that boundary (odd n: word = threshold · n^-1 mod 2^32).
    const n = 1572865;
    const N = BigInt(n);
    const threshold = 2n ** 32n % N;
    const boundaryWord = (threshold * modInverse32(N)) % 2n ** 32n;
    const x = dataFrom(CANCELLING, n, 3);
    const rng = createGenerator('xoroshiro128plus', 11);
    const lane = () => (BigInt(rng.next()) << 32n) | BigInt(rng.next());
    const withFirstWord = (s0: bigint, hi: bigint, word: bigint): Lanes => [s0, (hi << 32n) | ((word - s0) & MASK32)];
    const first = withFirstWord(lane(), BigInt(rng.next()), boundaryWord);
    let afterRejection: Lanes | undefined;
    while (afterRejection === undefined) {
      const [s0, s1] = stepBack(withFirstWord(lane(), BigInt(rng.next()), boundaryWord));
      if ((((s0 + s1) & MASK32) * N) % 2n ** 32n < threshold) afterRejection = [s0, s1];
    }
    for (const lanes of [first, afterRejection]) {
      const state = toState(lanes);
      const index = fillIndices(generatorFromState('xoroshiro128plus', state), n, new Uint32Array(1))[0];
      expect(index).toBe(Number((boundaryWord * N) >> 32n)); // the boundary word was the first one accepted
      expectSameAsJs(x, state, 1);
    }
  });

  it('all -0 data: a sum of fewer than 8 values starts at +0, a larger one keeps -0 (as NumPy)', () => {
    for (const n of [1, 7, 8, 9, 129, 1000]) {
      const x = new Float64Array(n).fill(-0);
      for (const [, state] of STATES) expectSameAsJs(x, state, 3);
      expect(Object.is(wasmReplicates(x, STATES[0]?.[1] as number[], 1).means[0], n < 8 ? 0 : -0)).toBe(true);
    }
  });

  it("matches resampleBlocks' JavaScript path, block by block on the stream tree", () => {
    const x = dataFrom(EXTREMES, 1000, 5);
    const stream = streamTree(2024).child('resample');
    const nResamples = 3 * RESAMPLE_BLOCK_SIZE - 17;
    const engine = new Float64Array(nResamples);
    // The mean without its fromMeans mark: the engine draws with fillIndices and sums with meanOfIndices.
    const { fromMeans: _fused, ...jsMean } = meanKernel;
    resampleBlocks(jsMean, [x], {
      paired: false,
      nResamples,
      batch: undefined,
      generator: 'xoroshiro128plus',
      stream,
      blockStart: 0,
      blockEnd: 3,
      out: engine,
    });
    const fused = new Float64Array(nResamples);
    for (let b = 0; b < 3; b++) {
      const first = b * RESAMPLE_BLOCK_SIZE;
      const rows = Math.min(RESAMPLE_BLOCK_SIZE, nResamples - first);
      // One sample, not paired: resampleBlocks draws sample 0 of block b from stream.child(b).child(0).
      const state = stream.child(b).child(0).generator('xoroshiro128plus').getState();
      fusedMeanReplicates(x, state, rows, fused, first);
    }
    expect(firstDifference(fused, engine)).toBe(-1);
  });

  it('property: any n, data and state (fast-check)', () => {
    const word = fc.integer({ min: 0, max: 0xffffffff });
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 5000 })),
        fc.array(fc.double(), { minLength: 1, maxLength: 64 }), // NaN, ±Infinity, -0 and subnormals included
        fc.tuple(word, word, word, word).filter((s) => s.some((w) => w !== 0)),
        fc.integer({ min: 0, max: 12 }),
        (n, values, state, rows) => {
          const x = Float64Array.from({ length: n }, (_, i) => values[i % values.length] as number);
          const js = jsReplicates(x, state, rows);
          const wasm = wasmReplicates(x, state, rows);
          return firstDifference(wasm.means, js.means) === -1 && wasm.state.join() === js.state.join();
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('fusedMeanReplicates2 (two generators at once) equals each stream alone bit for bit', () => {
  // Pairs of distinct states, each stream also as A and as B.
  const PAIRS = [
    [0, 1],
    [1, 2],
    [2, 0],
  ] as const;
  const SIZES = [1, 2, 7, 8, 9, 15, 16, 17, 127, 128, 129, 130, 255, 256, 257, 1000, 1023, 4096];
  for (const n of SIZES) {
    it(`n = ${n}: every replicate of 1 and 256 rows of both streams, and both states after`, () => {
      for (const [data, x] of datasets(n)) {
        for (const [i, j] of PAIRS) {
          const [fromA, stateA] = STATES[i] as [string, number[]];
          const [fromB, stateB] = STATES[j] as [string, number[]];
          const label = `${data} data, ${fromA} with ${fromB}`;
          expectDualSameAsJs(x, stateA, 1, stateB, 1, label);
          expectDualSameAsJs(x, stateA, RESAMPLE_BLOCK_SIZE, stateB, RESAMPLE_BLOCK_SIZE, label);
        }
      }
    });
  }

  it('rows that differ (a short last block): the longer stream goes on alone, either way round', () => {
    const [, x] = datasets(1000)[0] as [string, Float64Array];
    const a = STATES[0]?.[1] as number[];
    const b = STATES[1]?.[1] as number[];
    for (const [rowsA, rowsB] of [
      [256, 15],
      [15, 256],
      [0, 3],
      [3, 0],
      [0, 0],
    ] as const) {
      expectDualSameAsJs(x, a, rowsA, b, rowsB);
    }
  });

  it('the same state for both streams gives the same replicates twice', () => {
    const [, x] = datasets(300)[1] as [string, Float64Array];
    const state = STATES[2]?.[1] as number[];
    expectDualSameAsJs(x, state, 20, state, 20);
  });

  it('n near 2^21: rejected words in one stream, the other or both start the leaf over from its entry state', () => {
    // 2^32 mod 1572865 = 1045846: about 1 word in 4100 is rejected, so about 3 % of the leaves of 128 have one.
    for (const n of [1572865, 2097153]) {
      const x = dataFrom(CANCELLING, n, n);
      expectDualSameAsJs(x, STATES[1]?.[1] as number[], 2, STATES[2]?.[1] as number[], 1);
    }
  });

  it("pairs of resampleBlocks' blocks: blocks 0 and 1 together, then the short block 2 alone", () => {
    const x = dataFrom(EXTREMES, 1000, 5);
    const stream = streamTree(2024).child('resample');
    const nResamples = 3 * RESAMPLE_BLOCK_SIZE - 17;
    const engine = new Float64Array(nResamples);
    const { fromMeans: _fused, ...jsMean } = meanKernel;
    resampleBlocks(jsMean, [x], {
      paired: false,
      nResamples,
      batch: undefined,
      generator: 'xoroshiro128plus',
      stream,
      blockStart: 0,
      blockEnd: 3,
      out: engine,
    });
    const state = (b: number) => stream.child(b).child(0).generator('xoroshiro128plus').getState();
    const rows = (b: number) => Math.min(RESAMPLE_BLOCK_SIZE, nResamples - b * RESAMPLE_BLOCK_SIZE);
    for (const pairs of [
      [[0, 1], [2]],
      [[0], [1, 2]],
    ]) {
      const fused = new Float64Array(nResamples);
      for (const [b, c] of pairs as [number, number?][]) {
        if (c === undefined) fusedMeanReplicates(x, state(b), rows(b), fused, b * RESAMPLE_BLOCK_SIZE);
        else {
          const at = (k: number) => k * RESAMPLE_BLOCK_SIZE;
          fusedMeanReplicates2(x, state(b), rows(b), fused, at(b), state(c), rows(c), fused, at(c));
        }
      }
      expect(firstDifference(fused, engine), `blocks ${JSON.stringify(pairs)}`).toBe(-1);
    }
  });

  it('property: any n, data, two states and row counts (fast-check)', () => {
    const word = fc.integer({ min: 0, max: 0xffffffff });
    const state = fc.tuple(word, word, word, word).filter((s) => s.some((w) => w !== 0));
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 5000 })),
        fc.array(fc.double(), { minLength: 1, maxLength: 64 }), // NaN, ±Infinity, -0 and subnormals included
        state,
        state,
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        (n, values, stateA, stateB, rowsA, rowsB) => {
          const x = Float64Array.from({ length: n }, (_, i) => values[i % values.length] as number);
          const wasm = wasmReplicates2(x, stateA, rowsA, stateB, rowsB);
          const js = [jsReplicates(x, stateA, rowsA), jsReplicates(x, stateB, rowsB)];
          return wasm.every(
            (w, s) =>
              firstDifference(w.means, (js[s] as (typeof js)[0]).means) === -1 &&
              w.state.join() === (js[s] as (typeof js)[0]).state.join(),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('writes only its two ranges, and refuses what fusedMeanReplicates refuses, for either stream', () => {
    const x = dataFrom(CANCELLING, 50, 1);
    const a = STATES[0]?.[1] as number[];
    const b = STATES[1]?.[1] as number[];
    const outA = new Float64Array(8).fill(7);
    const outB = new Float64Array(8).fill(7);
    fusedMeanReplicates2(x, a, 2, outA, 1, b, 3, outB, 5);
    expect([outA[0], ...outA.subarray(3)]).toEqual([7, 7, 7, 7, 7, 7]);
    expect(Array.from(outB.subarray(0, 5))).toEqual([7, 7, 7, 7, 7]);
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof StatsError ? error.code : error;
      }
      return undefined;
    };
    const out = new Float64Array(4);
    expect(code(() => fusedMeanReplicates2(new Float64Array(0), a, 1, out, 0, b, 1, out, 1))).toBe(
      'STATS_EMPTY_SAMPLE',
    );
    expect(code(() => fusedMeanReplicates2(x, a, 1, out, 0, [0, 0, 0, 0], 1, out, 1))).toBe('STATS_INVALID_INPUT');
    expect(code(() => fusedMeanReplicates2(x, [1, 2, 3], 1, out, 0, b, 1, out, 1))).toBe('STATS_INVALID_INPUT');
    expect(code(() => fusedMeanReplicates2(x, a, 1, out, 0, b, 2, out, 3))).toBe('STATS_INVALID_INPUT');
    expect(code(() => fusedMeanReplicates2(x, a, 1.5, out, 0, b, 1, out, 1))).toBe('STATS_INVALID_INPUT');
  });
});

describe('fusedMeanReplicates', () => {
  const x = dataFrom(CANCELLING, 1000, 1);
  const state = STATES[0]?.[1] as number[];

  it('returns a state that continues the sequence: 100 rows then 156 equal 256 rows', () => {
    const whole = wasmReplicates(x, state, 256);
    const parts = new Float64Array(256);
    const middle = fusedMeanReplicates(x, state, 100, parts, 0) as number[];
    const end = fusedMeanReplicates(x, middle, 156, parts, 100);
    expect(firstDifference(parts, whole.means)).toBe(-1);
    expect(end).toEqual(whole.state);
    const next = generatorFromState('xoroshiro128plus', end as number[]).next();
    const js = generatorFromState('xoroshiro128plus', state);
    js.fillUint32(new Uint32Array(256 * 1000));
    expect(next).toBe(js.next());
  });

  it('writes only out[outOffset .. outOffset + rows); 0 rows leave the state as it was', () => {
    const out = new Float64Array(10).fill(7);
    fusedMeanReplicates(x, state, 3, out, 4);
    expect(Array.from(out.subarray(0, 4))).toEqual([7, 7, 7, 7]);
    expect(Array.from(out.subarray(7))).toEqual([7, 7, 7]);
    expect(fusedMeanReplicates(x, state, 0, out, 10)).toEqual(state.map((w) => w | 0));
  });

  it('copies x on every call, so a changed x is never read stale', () => {
    const y = x.slice();
    const before = wasmReplicates(y, state, 4).means;
    y.fill(1);
    expect(Array.from(wasmReplicates(y, state, 4).means)).toEqual([1, 1, 1, 1]);
    y.set(x);
    expect(firstDifference(wasmReplicates(y, state, 4).means, before)).toBe(-1);
  });

  it('refuses an empty x, a state xoroshiro cannot run from, and rows that do not fit', () => {
    const out = new Float64Array(4);
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof StatsError ? error.code : error;
      }
      return undefined;
    };
    expect(code(() => fusedMeanReplicates(new Float64Array(0), state, 1, out, 0))).toBe('STATS_EMPTY_SAMPLE');
    expect(code(() => fusedMeanReplicates(x, [0, 0, 0, 0], 1, out, 0))).toBe('STATS_INVALID_INPUT');
    expect(code(() => fusedMeanReplicates(x, [1, 2, 3], 1, out, 0))).toBe('STATS_INVALID_INPUT');
    expect(code(() => fusedMeanReplicates(x, state, 5, out, 0))).toBe('STATS_INVALID_INPUT');
    expect(code(() => fusedMeanReplicates(x, state, 2, out, 3))).toBe('STATS_INVALID_INPUT');
    expect(code(() => fusedMeanReplicates(x, state, 1.5, out, 0))).toBe('STATS_INVALID_INPUT');
  });
});

describe('fusedMeanReplicates without WebAssembly', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  // A fresh copy of the module for each case: the compiled kernel is cached per module instance.
  const freshCopy = async () => (await import('./fused-mean')).fusedMeanReplicates;

  it('returns undefined and writes nothing when WebAssembly is absent', async () => {
    vi.resetModules();
    vi.stubGlobal('WebAssembly', undefined);
    const fused = await freshCopy();
    const out = new Float64Array(2);
    expect(fused(new Float64Array([1, 2, 3]), [1, 2, 3, 4], 2, out, 0)).toBeUndefined();
    expect(Array.from(out)).toEqual([0, 0]);
    const fused2 = (await import('./fused-mean')).fusedMeanReplicates2;
    expect(fused2(new Float64Array([1, 2, 3]), [1, 2, 3, 4], 1, out, 0, [5, 6, 7, 8], 1, out, 1)).toBeUndefined();
    expect(Array.from(out)).toEqual([0, 0]);
  });

  it('returns undefined when compiling is refused (a content security policy)', async () => {
    vi.resetModules();
    vi.stubGlobal('WebAssembly', {
      Module: class {
        constructor() {
          throw new Error('CompileError: WebAssembly.Module(): Refused to compile');
        }
      },
      Instance: wasmApi.Instance,
    });
    const fused = await freshCopy();
    expect(fused(new Float64Array([1, 2, 3]), [1, 2, 3, 4], 2, new Float64Array(2), 0)).toBeUndefined();
  });
});
