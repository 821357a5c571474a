import { bootstrap } from '@bootstat/stats';
import { createGenerator, fillIndices, fillNormal, streamTree } from '@bootstat/rng';
const best = (f: () => unknown, k = 15) => { let m = Infinity; for (let i = 0; i < k; i++) { const t = performance.now(); f(); m = Math.min(m, performance.now() - t); } return m; };
for (const [n, B] of [[1000, 9999], [30, 1000], [1_000_000, 20]] as const) {
  const x = fillNormal(createGenerator('xoroshiro128plus', 12345), new Float64Array(n));
  const batch = Math.min(256, Math.max(1, Math.floor(262144 / n)));
  const idx = new Uint32Array(batch * n);
  const blocks = Math.ceil(B / 256);
  const root = streamTree(1).child('resample');
  const k = n === 1_000_000 ? 2 : 15;
  const tWords = best(() => { for (let b = 0; b < blocks; b++) { const g = root.child(b).generator('xoroshiro128plus'); const rows = Math.min(256, B - b * 256); for (let r0 = 0; r0 < rows; r0 += batch) g.fillUint32(idx.subarray(0, Math.min(batch, rows - r0) * n)); } }, k);
  const tIdx = best(() => { for (let b = 0; b < blocks; b++) { const g = root.child(b).generator('xoroshiro128plus'); const rows = Math.min(256, B - b * 256); for (let r0 = 0; r0 < rows; r0 += batch) fillIndices(g, n, idx.subarray(0, Math.min(batch, rows - r0) * n)); } }, k);
  fillIndices(createGenerator('xoroshiro128plus', 3), n, idx);
  let sink = 0;
  const tSum = best(() => { const rowsPerFill = batch; for (let r = 0; r < B; r++) { const off = (r % rowsPerFill) * n; let s0 = 0, s1 = 0, s2 = 0, s3 = 0; let i = 0; for (; i + 4 <= n; i += 4) { s0 += x[idx[off + i]!]!; s1 += x[idx[off + i + 1]!]!; s2 += x[idx[off + i + 2]!]!; s3 += x[idx[off + i + 3]!]!; } for (; i < n; i++) s0 += x[idx[off + i]!]!; sink += (s0 + s1 + s2 + s3) / n; } }, k);
  const sorted = new Float64Array(B); for (let i = 0; i < B; i++) sorted[i] = Math.random();
  const tSort = best(() => sorted.slice().sort(), k);
  const tP = best(() => bootstrap([x], 'mean', { method: 'percentile', nResamples: B, seed: 1 }), k);
  const tB = n === 1_000_000 ? NaN : best(() => bootstrap([x], 'mean', { method: 'bca', nResamples: B, seed: 1 }), k);
  const tBg = n === 1_000_000 ? NaN : best(() => bootstrap([x], 'mean', { method: 'bca', nResamples: B, seed: 1, alternative: 'greater' }), k);
  console.log(JSON.stringify({ n, B, words: tWords.toFixed(3), fillIndices: tIdx.toFixed(3), gatherSum: tSum.toFixed(3), sortB: tSort.toFixed(3), percentile: tP.toFixed(3), bca: tB.toFixed(3), bcaGreater: tBg.toFixed(3), sink: sink > 0 }));
}
