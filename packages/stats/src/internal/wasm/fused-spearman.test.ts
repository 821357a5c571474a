import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { decodeBase64 } from '@bootstat/io';
import { createGenerator, fillIndices, fillNormal, generatorFromState, streamTree } from '@bootstat/rng';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstDifference, type Lanes, MASK32, STATES, stepBack, toState, wasmApi } from '../../../test/xoroshiro-lanes';
import { RESAMPLE_BLOCK_SIZE } from '../../bootstrap-options';
import { StatsError } from '../../errors';
import { spearmanKernel } from '../../statistics/correlation';
import { resampleBlocks } from '../resample-blocks';
import { SpearmanResampler } from '../spearman-counts';
import { fusedSpearmanReplicates } from './fused-spearman';
import { SPEARMAN_KERNEL_BASE64 } from './spearman-kernel-bytes';

/** The JS path: row by row, n indices by fillIndices, then SpearmanResampler.fromIndices; and the state after. */
function jsReplicates(x: Float64Array, y: Float64Array, state: readonly number[], rows: number) {
  const rng = generatorFromState('xoroshiro128plus', state);
  const n = x.length;
  const idx = new Uint32Array(rows * n);
  const resampler = new SpearmanResampler(x, y);
  const rho = new Float64Array(rows);
  // One fill of rows · n indices equals rows fills of n (fillIndices consumes words in order).
  fillIndices(rng, n, idx);
  for (let r = 0; r < rows; r++) rho[r] = resampler.fromIndices(idx, r * n);
  return { rho, state: rng.getState().map((w) => w | 0) };
}

function wasmReplicates(x: Float64Array, y: Float64Array, state: readonly number[], rows: number) {
  const rho = new Float64Array(rows);
  const after = new SpearmanResampler(x, y).replicates(state, rows, rho, 0);
  if (after === undefined) throw new Error('WebAssembly is unavailable in this test environment');
  return { rho, state: after };
}

function expectSameAsJs(x: Float64Array, y: Float64Array, state: readonly number[], rows: number, label = ''): void {
  const js = jsReplicates(x, y, state, rows);
  const wasm = wasmReplicates(x, y, state, rows);
  const at = firstDifference(wasm.rho, js.rho);
  const where = `n = ${x.length} ${label}, ${rows} rows`;
  expect(at, `${where}, replicate ${at}: wasm ${wasm.rho[at]}, JS ${js.rho[at]}`).toBe(-1);
  expect(wasm.state, `${where}: state after`).toEqual(js.state);
}

/** Values from `levels` levels (heavy ties: the study's exposure has 4), with -0 and 0 among them. */
function levelled(levels: number, n: number, seed: number): Float64Array {
  const rng = createGenerator('xoroshiro128plus', seed);
  return Float64Array.from({ length: n }, () => {
    const k = rng.next() >>> 0;
    return k % levels === 0 ? (k & 1 ? -0 : 0) : (k % levels) * 0.5 - 1;
  });
}

const normal = (n: number, seed: number) => fillNormal(createGenerator('xoroshiro128plus', seed), new Float64Array(n));

/** Pairs of every kind of ranking: untied, 4-level ties, ±0, a tied x against an untied y, constant x (NaN). */
const datasets = (n: number): [string, Float64Array, Float64Array][] => {
  const x = normal(n, n);
  const noise = normal(n, n + 1);
  const y = x.map((v, i) => v + (noise[i] as number));
  return [
    ['untied', x, y],
    ['4 levels', levelled(4, n, n), levelled(4, n, n + 2)],
    ['±0 and one other level', levelled(2, n, n + 3), levelled(2, n, n + 4)],
    ['tied x, untied y', levelled(4, n, n + 5), y],
    ['untied x, tied y', x, levelled(3, n, n + 6)],
    ['constant x', new Float64Array(n).fill(2), y],
    ['constant y of ±0', x, levelled(1, n, n + 7)],
  ];
};

/** A state whose word number `at` (from 0) is 0: rejected by Lemire for every n that is not a power of 2. */
function zeroWordAt(at: number, seed: number): number[] {
  const rng = createGenerator('xoroshiro128plus', seed);
  const lane = () => (BigInt(rng.next() >>> 0) << 32n) | BigInt(rng.next() >>> 0);
  const s0 = lane();
  let lanes: Lanes = [s0, (lane() & ~MASK32) | ((0n - s0) & MASK32)];
  for (let k = 0; k < at; k++) lanes = stepBack(lanes);
  return toState(lanes);
}

describe('spearman-kernel bytes', () => {
  it('are what scripts/build-wasm.mjs assembles spearman-kernel.wat to with wabt', () => {
    const script = fileURLToPath(new URL('../../../scripts/build-wasm.mjs', import.meta.url));
    // Exits 1 (and execFileSync throws) when the committed spearman-kernel-bytes.ts differs from a fresh build.
    expect(() =>
      execFileSync(process.execPath, [script, '--check', 'spearman-kernel'], { stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('decode to a valid module below the 4 KB of synchronous compilation', () => {
    const bytes = decodeBase64(SPEARMAN_KERNEL_BASE64) as Uint8Array;
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0, 0x61, 0x73, 0x6d]); // "\0asm"
    expect(bytes.length).toBeLessThan(2048);
    expect(wasmApi.validate(bytes)).toBe(true);
  });
});

describe('SpearmanResampler.replicates equals fillIndices + fromIndices bit for bit', () => {
  const SIZES = [1, 2, 3, 7, 8, 30, 79, 80, 81, 200, 1000];
  for (const n of SIZES) {
    it(`n = ${n}: every replicate of 1 and 256 rows, and the generator state after`, () => {
      for (const [data, x, y] of datasets(n)) {
        for (const [from, state] of STATES) {
          expectSameAsJs(x, y, state, 1, `${data}, ${from}`);
          expectSameAsJs(x, y, state, RESAMPLE_BLOCK_SIZE, `${data}, ${from}`);
        }
      }
    });
  }

  it('every kind of replicate occurs: NaN, ±1 (clamped), 0 and others', () => {
    const seen = new Set<string>();
    for (const n of [2, 3, 7]) {
      for (const [, x, y] of datasets(n)) {
        for (const v of wasmReplicates(x, y, STATES[0]?.[1] as number[], RESAMPLE_BLOCK_SIZE).rho) {
          seen.add(Number.isNaN(v) ? 'NaN' : Math.abs(v) === 1 ? `${v}` : v === 0 ? '0' : 'other');
        }
      }
    }
    expect([...seen].sort()).toEqual(['-1', '0', '1', 'NaN', 'other']);
  });

  it('a rejected word first, mid-row and first of a row (n = 7, 30, 80: words 0, 5, n and 2n are 0)', () => {
    for (const n of [7, 30, 80]) {
      for (const [data, x, y] of datasets(n).slice(0, 2)) {
        for (const at of [0, 5, n, 2 * n]) {
          const state = zeroWordAt(at, n + at);
          // The zero word is there and is rejected: fillIndices draws one word more than rows · n.
          const words = new Uint32Array(at + 1);
          generatorFromState('xoroshiro128plus', state).fillUint32(words);
          expect(words[at]).toBe(0);
          expectSameAsJs(x, y, state, 3, `${data}, word ${at} rejected`);
          const exact = generatorFromState('xoroshiro128plus', state);
          exact.fillUint32(new Uint32Array(3 * n));
          expect(wasmReplicates(x, y, state, 3).state).not.toEqual(exact.getState().map((w) => w | 0));
        }
      }
    }
  });

  it('the largest n ranked from counts, 2^17 (no word rejected), and 100000 (a rejection or two per row)', () => {
    const state = STATES[1]?.[1] as number[];
    for (const n of [100000, 131072]) {
      expectSameAsJs(normal(n, 1), levelled(4, n, 2), state, 4);
      expectSameAsJs(levelled(3, n, 3), normal(n, 4), state, 4);
    }
  });

  it("matches resampleBlocks' JavaScript path for paired Spearman, block by block on the stream tree", () => {
    for (const [data, x, y] of datasets(80).slice(0, 2)) {
      const stream = streamTree(2024).child('resample');
      const nResamples = 4 * RESAMPLE_BLOCK_SIZE - 24; // B = 1000: three whole blocks and a part
      const engine = new Float64Array(nResamples);
      resampleBlocks(spearmanKernel, [x, y], {
        paired: true,
        nResamples,
        batch: undefined,
        generator: 'xoroshiro128plus',
        stream,
        blockStart: 0,
        blockEnd: 4,
        out: engine,
      });
      const fused = new Float64Array(nResamples);
      const resampler = new SpearmanResampler(x, y);
      for (let b = 0; b < 4; b++) {
        const first = b * RESAMPLE_BLOCK_SIZE;
        const rows = Math.min(RESAMPLE_BLOCK_SIZE, nResamples - first);
        // Paired: resampleBlocks draws the shared indices of block b from stream.child(b) itself.
        resampler.replicates(stream.child(b).generator('xoroshiro128plus').getState(), rows, fused, first);
      }
      expect(firstDifference(fused, engine), data).toBe(-1);
    }
  });

  it('property: any n <= 300, data with ties, and state (fast-check)', () => {
    const word = fc.integer({ min: 0, max: 0xffffffff });
    const value = (levels: number) =>
      fc.oneof(
        fc.integer({ min: 0, max: levels - 1 }).map((k) => k * 0.5 - 1),
        fc.double({ noNaN: true }),
        fc.constantFrom(0, -0),
      );
    fc.assert(
      fc.property(
        fc
          .record({
            n: fc.integer({ min: 1, max: 300 }),
            lx: fc.integer({ min: 1, max: 6 }),
            ly: fc.integer({ min: 1, max: 6 }),
          })
          .chain(({ n, lx, ly }) =>
            fc.tuple(
              fc.array(value(lx), { minLength: n, maxLength: n }),
              fc.array(value(ly), { minLength: n, maxLength: n }),
            ),
          ),
        fc.tuple(word, word, word, word).filter((s) => s.some((w) => w !== 0)),
        fc.integer({ min: 0, max: 12 }),
        ([xs, ys], state, rows) => {
          const x = Float64Array.from(xs);
          const y = Float64Array.from(ys);
          const js = jsReplicates(x, y, state, rows);
          const wasm = wasmReplicates(x, y, state, rows);
          return firstDifference(wasm.rho, js.rho) === -1 && wasm.state.join() === js.state.join();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('SpearmanResampler.replicates', () => {
  const x = normal(80, 1);
  const y = levelled(4, 80, 2);
  const resampler = new SpearmanResampler(x, y);
  const state = STATES[0]?.[1] as number[];

  it('returns a state that continues the sequence: 100 rows then 156 equal 256 rows', () => {
    const whole = wasmReplicates(x, y, state, 256);
    const parts = new Float64Array(256);
    const middle = resampler.replicates(state, 100, parts, 0) as number[];
    const end = resampler.replicates(middle, 156, parts, 100);
    expect(firstDifference(parts, whole.rho)).toBe(-1);
    expect(end).toEqual(whole.state);
  });

  it('gives the same bits when calls on other data come in between (nothing stale in wasm memory)', () => {
    const before = wasmReplicates(x, y, state, 8).rho;
    const other = new SpearmanResampler(normal(1000, 5), normal(1000, 6));
    other.replicates(state, 3, new Float64Array(3), 0);
    const again = new Float64Array(8);
    resampler.replicates(state, 8, again, 0);
    expect(firstDifference(again, before)).toBe(-1);
  });

  it('writes only out[outOffset .. outOffset + rows); 0 rows leave the state as it was', () => {
    const out = new Float64Array(10).fill(7);
    resampler.replicates(state, 3, out, 4);
    expect(Array.from(out.subarray(0, 4))).toEqual([7, 7, 7, 7]);
    expect(Array.from(out.subarray(7))).toEqual([7, 7, 7]);
    expect(resampler.replicates(state, 0, out, 10)).toEqual(state.map((w) => w | 0));
  });

  it('refuses an empty sample, a state xoroshiro cannot run from, and rows that do not fit', () => {
    const out = new Float64Array(4);
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof StatsError ? error.code : error;
      }
      return undefined;
    };
    const empty = new SpearmanResampler(new Float64Array(0), new Float64Array(0));
    expect(code(() => fusedSpearmanReplicates(empty, state, 1, out, 0))).toBe('STATS_EMPTY_SAMPLE');
    expect(code(() => resampler.replicates([0, 0, 0, 0], 1, out, 0))).toBe('STATS_INVALID_INPUT');
    expect(code(() => resampler.replicates([1, 2, 3], 1, out, 0))).toBe('STATS_INVALID_INPUT');
    expect(code(() => resampler.replicates(state, 5, out, 0))).toBe('STATS_INVALID_INPUT');
    expect(code(() => resampler.replicates(state, 2, out, 3))).toBe('STATS_INVALID_INPUT');
    expect(code(() => resampler.replicates(state, 1.5, out, 0))).toBe('STATS_INVALID_INPUT');
  });
});

describe('SpearmanResampler.replicates without WebAssembly', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  // A fresh copy of the modules for each case: the compiled kernel is cached per module instance.
  const freshCopy = async () => (await import('../spearman-counts')).SpearmanResampler;

  it('returns undefined and writes nothing when WebAssembly is absent', async () => {
    vi.resetModules();
    vi.stubGlobal('WebAssembly', undefined);
    const Resampler = await freshCopy();
    const out = new Float64Array(2);
    expect(new Resampler(Float64Array.of(1, 2, 3), Float64Array.of(3, 1, 2)).replicates([1, 2, 3, 4], 2, out, 0)).toBe(
      undefined,
    );
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
    const Resampler = await freshCopy();
    const out = new Float64Array(2);
    expect(new Resampler(Float64Array.of(1, 2, 3), Float64Array.of(3, 1, 2)).replicates([1, 2, 3, 4], 2, out, 0)).toBe(
      undefined,
    );
  });
});
