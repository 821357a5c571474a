// Micro benchmark of the replicate loop for paired Spearman: the JS path as resampleBlocks runs it (per block of
// 256 resamples: fillIndices, then SpearmanResampler.fromIndices per row) against the WebAssembly kernel
// (SpearmanResampler.replicates), on the same blocks of the same stream tree, untied and with 4-level ties (the
// study's exposure). Both are timed in this one process, alternately, because timings on the bench machine drift
// between runs; only the ratio measured together compares. The two outputs are checked equal bit for bit first.
//
// Usage (in packages/stats): tsx --conditions=@bootstat/source bench/fused-spearman.bench.ts
import { measure } from '@bootstat/bench';
import { createGenerator, fillIndices, fillNormal, type Stream, streamTree } from '@bootstat/rng';
import { RESAMPLE_BLOCK_SIZE } from '../src/bootstrap-options';
import { SpearmanResampler } from '../src/internal/spearman-counts';

const CASES = [
  { n: 80, nResamples: 1000, ties: false },
  { n: 80, nResamples: 1000, ties: true },
  { n: 1000, nResamples: 9999, ties: false },
  { n: 1000, nResamples: 9999, ties: true },
] as const;

function jsReplicates(resampler: SpearmanResampler, n: number, stream: Stream, nResamples: number, out: Float64Array) {
  const indices = new Uint32Array(RESAMPLE_BLOCK_SIZE * n);
  for (let b = 0; b * RESAMPLE_BLOCK_SIZE < nResamples; b++) {
    const first = b * RESAMPLE_BLOCK_SIZE;
    const rows = Math.min(RESAMPLE_BLOCK_SIZE, nResamples - first);
    fillIndices(stream.child(b).generator('xoroshiro128plus'), n, indices.subarray(0, rows * n));
    for (let r = 0; r < rows; r++) out[first + r] = resampler.fromIndices(indices, r * n);
  }
}

function wasmReplicates(resampler: SpearmanResampler, stream: Stream, nResamples: number, out: Float64Array) {
  for (let b = 0; b * RESAMPLE_BLOCK_SIZE < nResamples; b++) {
    const first = b * RESAMPLE_BLOCK_SIZE;
    const rows = Math.min(RESAMPLE_BLOCK_SIZE, nResamples - first);
    const state = stream.child(b).generator('xoroshiro128plus').getState();
    if (resampler.replicates(state, rows, out, first) === undefined) throw new Error('WebAssembly unavailable');
  }
}

const stream = streamTree(12345).child('resample');
for (const { n, nResamples, ties } of CASES) {
  const rng = createGenerator('xoroshiro128plus', n);
  const x = ties
    ? Float64Array.from({ length: n }, () => (rng.next() >>> 0) % 4)
    : fillNormal(rng, new Float64Array(n));
  const y = fillNormal(createGenerator('xoroshiro128plus', n + 1), new Float64Array(n));
  for (let i = 0; i < n; i++) y[i] = (y[i] as number) + (x[i] as number);
  const resampler = new SpearmanResampler(x, y);
  const js = new Float64Array(nResamples);
  const wasm = new Float64Array(nResamples);
  jsReplicates(resampler, n, stream, nResamples, js);
  wasmReplicates(resampler, stream, nResamples, wasm);
  const jsBits = new BigUint64Array(js.buffer);
  const wasmBits = new BigUint64Array(wasm.buffer);
  const differing = jsBits.findIndex((bits, i) => bits !== wasmBits[i]);
  if (differing >= 0)
    throw new Error(`n = ${n}: replicate ${differing} differs (${js[differing]} vs ${wasm[differing]})`);
  const timing = { warmup: 5, minRuns: 15, minTimeMs: 1000 };
  const jsTimes = [];
  const wasmTimes = [];
  for (let round = 0; round < 3; round++) {
    jsTimes.push(measure(() => jsReplicates(resampler, n, stream, nResamples, js), timing).medianMs);
    wasmTimes.push(measure(() => wasmReplicates(resampler, stream, nResamples, wasm), timing).medianMs);
  }
  const jsMs = Math.min(...jsTimes);
  const wasmMs = Math.min(...wasmTimes);
  console.log(
    `n = ${n}, B = ${nResamples}, ${ties ? 'x in 4 levels' : 'untied'}: JS ${jsMs.toFixed(3)} ms, ` +
      `wasm ${wasmMs.toFixed(3)} ms, ${(jsMs / wasmMs).toFixed(2)}x; wasm ` +
      `${((wasmMs * 1e6) / (n * nResamples)).toFixed(2)} ns per draw (median per round, best of 3 rounds: ` +
      `JS ${jsTimes.map((t) => t.toFixed(3)).join(' ')}, wasm ${wasmTimes.map((t) => t.toFixed(3)).join(' ')})`,
  );
}
