// Micro benchmark of the replicate loop for the mean: the JS path as resampleBlocks runs it (per block of 256
// resamples: fillIndices, then meanOfIndices per row) against the WebAssembly kernel one block at a time
// (fusedMeanReplicates) and two blocks at a time (fusedMeanReplicates2, blocks 2k and 2k + 1; an odd last block
// alone), on the same blocks of the same stream tree. All are timed in this one process, alternately, because timings on
// the bench machine drift between runs; only the ratio measured together compares. The two outputs are checked
// equal bit for bit first.
//
// Usage (in packages/stats): tsx --conditions=@bootstat/source bench/fused-mean.bench.ts
import { measure } from '@bootstat/bench';
import { createGenerator, fillIndices, fillNormal, type Stream, streamTree } from '@bootstat/rng';
import { RESAMPLE_BLOCK_SIZE } from '../src/bootstrap-options';
import { fusedMeanReplicates, fusedMeanReplicates2 } from '../src/internal/wasm/fused-mean';
import { meanOfIndices } from '../src/statistics/mean';

const CASES = [
  { n: 1000, nResamples: 9999 },
  { n: 30, nResamples: 1000 },
] as const;

function jsReplicates(x: Float64Array, stream: Stream, nResamples: number, out: Float64Array): void {
  const n = x.length;
  const indices = new Uint32Array(RESAMPLE_BLOCK_SIZE * n);
  for (let b = 0; b * RESAMPLE_BLOCK_SIZE < nResamples; b++) {
    const first = b * RESAMPLE_BLOCK_SIZE;
    const rows = Math.min(RESAMPLE_BLOCK_SIZE, nResamples - first);
    fillIndices(stream.child(b).generator('xoroshiro128plus'), n, indices.subarray(0, rows * n));
    for (let r = 0; r < rows; r++) out[first + r] = meanOfIndices(x, indices, r * n);
  }
}

function wasmReplicates(x: Float64Array, stream: Stream, nResamples: number, out: Float64Array): void {
  for (let b = 0; b * RESAMPLE_BLOCK_SIZE < nResamples; b++) {
    const first = b * RESAMPLE_BLOCK_SIZE;
    const rows = Math.min(RESAMPLE_BLOCK_SIZE, nResamples - first);
    const state = stream.child(b).generator('xoroshiro128plus').getState();
    if (fusedMeanReplicates(x, state, rows, out, first) === undefined) throw new Error('WebAssembly unavailable');
  }
}

function wasmReplicates2(x: Float64Array, stream: Stream, nResamples: number, out: Float64Array): void {
  const blocks = Math.ceil(nResamples / RESAMPLE_BLOCK_SIZE);
  const rows = (b: number) => Math.min(RESAMPLE_BLOCK_SIZE, nResamples - b * RESAMPLE_BLOCK_SIZE);
  const state = (b: number) => stream.child(b).generator('xoroshiro128plus').getState();
  let b = 0;
  for (; b + 1 < blocks; b += 2) {
    const first = b * RESAMPLE_BLOCK_SIZE;
    const ends = fusedMeanReplicates2(
      x,
      state(b),
      rows(b),
      out,
      first,
      state(b + 1),
      rows(b + 1),
      out,
      first + RESAMPLE_BLOCK_SIZE,
    );
    if (ends === undefined) throw new Error('WebAssembly unavailable');
  }
  if (b < blocks && fusedMeanReplicates(x, state(b), rows(b), out, b * RESAMPLE_BLOCK_SIZE) === undefined)
    throw new Error('WebAssembly unavailable');
}

const stream = streamTree(12345).child('resample');
for (const { n, nResamples } of CASES) {
  const x = fillNormal(createGenerator('xoroshiro128plus', n), new Float64Array(n));
  const js = new Float64Array(nResamples);
  const wasm = new Float64Array(nResamples);
  const dual = new Float64Array(nResamples);
  jsReplicates(x, stream, nResamples, js);
  wasmReplicates(x, stream, nResamples, wasm);
  wasmReplicates2(x, stream, nResamples, dual);
  const jsBits = new BigUint64Array(js.buffer);
  for (const [name, values] of [
    ['wasm', wasm],
    ['wasm2', dual],
  ] as const) {
    const bits = new BigUint64Array(values.buffer);
    const differing = jsBits.findIndex((b, i) => b !== bits[i]);
    if (differing >= 0)
      throw new Error(`n = ${n}, ${name}: replicate ${differing} differs (${js[differing]} vs ${values[differing]})`);
  }
  const timing = { warmup: 5, minRuns: 15, minTimeMs: 1000 };
  const jsTimes = [];
  const wasmTimes = [];
  const dualTimes = [];
  for (let round = 0; round < 5; round++) {
    jsTimes.push(measure(() => jsReplicates(x, stream, nResamples, js), timing).medianMs);
    wasmTimes.push(measure(() => wasmReplicates(x, stream, nResamples, wasm), timing).medianMs);
    dualTimes.push(measure(() => wasmReplicates2(x, stream, nResamples, dual), timing).medianMs);
  }
  const jsMs = Math.min(...jsTimes);
  const wasmMs = Math.min(...wasmTimes);
  const dualMs = Math.min(...dualTimes);
  const perIndex = (ms: number) => ((ms * 1e6) / (n * nResamples)).toFixed(2);
  const list = (times: number[]) => times.map((t) => t.toFixed(2)).join(' ');
  console.log(
    `n = ${n}, B = ${nResamples}: JS ${jsMs.toFixed(2)} ms, wasm ${wasmMs.toFixed(2)} ms ` +
      `(${(jsMs / wasmMs).toFixed(2)}x JS, ${perIndex(wasmMs)} ns per index), wasm2 ${dualMs.toFixed(2)} ms ` +
      `(${(jsMs / dualMs).toFixed(2)}x JS, ${(wasmMs / dualMs).toFixed(2)}x wasm, ${perIndex(dualMs)} ns per index) ` +
      `(median per round, best of 5 rounds: JS ${list(jsTimes)}, wasm ${list(wasmTimes)}, wasm2 ${list(dualTimes)})`,
  );
}
