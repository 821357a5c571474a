// Micro benchmark of the replicate loop for the mean: the JS path as resampleBlocks runs it (per block of 256
// resamples: fillIndices, then meanOfIndices per row) against the WebAssembly kernel (fusedMeanReplicates), on
// the same blocks of the same stream tree. Both are timed in this one process, alternately, because timings on
// the bench machine drift between runs; only the ratio measured together compares. The two outputs are checked
// equal bit for bit first.
//
// Usage (in packages/stats): tsx --conditions=@bootstat/source bench/fused-mean.bench.ts
import { measure } from '@bootstat/bench';
import { createGenerator, fillIndices, fillNormal, type Stream, streamTree } from '@bootstat/rng';
import { RESAMPLE_BLOCK_SIZE } from '../src/bootstrap-options';
import { fusedMeanReplicates } from '../src/internal/wasm/fused-mean';
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

const stream = streamTree(12345).child('resample');
for (const { n, nResamples } of CASES) {
  const x = fillNormal(createGenerator('xoroshiro128plus', n), new Float64Array(n));
  const js = new Float64Array(nResamples);
  const wasm = new Float64Array(nResamples);
  jsReplicates(x, stream, nResamples, js);
  wasmReplicates(x, stream, nResamples, wasm);
  const jsBits = new BigUint64Array(js.buffer);
  const wasmBits = new BigUint64Array(wasm.buffer);
  const differing = jsBits.findIndex((bits, i) => bits !== wasmBits[i]);
  if (differing >= 0)
    throw new Error(`n = ${n}: replicate ${differing} differs (${js[differing]} vs ${wasm[differing]})`);
  const timing = { warmup: 5, minRuns: 15, minTimeMs: 1000 };
  const jsTimes = [];
  const wasmTimes = [];
  for (let round = 0; round < 3; round++) {
    jsTimes.push(measure(() => jsReplicates(x, stream, nResamples, js), timing).medianMs);
    wasmTimes.push(measure(() => wasmReplicates(x, stream, nResamples, wasm), timing).medianMs);
  }
  const jsMs = Math.min(...jsTimes);
  const wasmMs = Math.min(...wasmTimes);
  console.log(
    `n = ${n}, B = ${nResamples}: JS ${jsMs.toFixed(2)} ms, wasm ${wasmMs.toFixed(2)} ms, ` +
      `${(jsMs / wasmMs).toFixed(2)}x; wasm ${((wasmMs * 1e6) / (n * nResamples)).toFixed(2)} ns per index ` +
      `(median per round, best of 3 rounds: JS ${jsTimes.map((t) => t.toFixed(2)).join(' ')}, ` +
      `wasm ${wasmTimes.map((t) => t.toFixed(2)).join(' ')})`,
  );
}
