// A tour of @bootstat/rng on built-in sample data: run `pnpm demo` from the repository root.
// It imports the built package, as a user would.
import { createGenerator, fillIndices, fillNormal, seedFromRunId, streamTree } from '@bootstat/rng';

const runId = '3f2a9c1e-77b0-4c1d-9a51-0c6f2d8e4b13';
const seed = seedFromRunId(runId);
console.log(`run id ${runId}\n  → seed int(run_id[:8], 16) = ${seed}`);

// One stream per resample block: block b (a fixed 3 resamples) draws from root.child('resample').child(b), so
// the blocks can be computed in any order, in any batch, on any worker, and give the same bits.
const n = 8;
const blockSize = 3;
const nBlocks = 4;
function indices(order) {
  const out = new Uint32Array(nBlocks * blockSize * n);
  const resample = streamTree(seed).child('resample');
  for (const b of order) {
    fillIndices(resample.child(b).generator(), n, out.subarray(b * blockSize * n, (b + 1) * blockSize * n));
  }
  return out;
}
const inOrder = indices([0, 1, 2, 3]);
const orders = { reversed: [3, 2, 1, 0], 'two workers (odd blocks first)': [1, 3, 0, 2] };
console.log(`\n${nBlocks * blockSize} resamples of ${n} indices, in ${nBlocks} blocks of ${blockSize}:`);
for (let r = 0; r < 4; r++)
  console.log(`  resample ${r}: ${Array.from(inOrder.subarray(r * n, (r + 1) * n)).join(' ')}`);
console.log('  …');
let identical = true;
for (const [label, order] of Object.entries(orders)) {
  const same = indices(order).every((v, i) => v === inOrder[i]);
  identical &&= same;
  console.log(`  blocks computed ${label}: ${same ? 'identical bits' : 'DIFFERENT'}`);
}

const z = fillNormal(createGenerator('xoroshiro128plus', seed), new Float64Array(5));
console.log(`\nfive standard normal deviates (AS241 inversion): ${Array.from(z, (v) => v.toFixed(4)).join(' ')}`);
const gens = ['xoroshiro128plus', 'mersenne', 'xorshift128plus', 'congruential32', 'xorshift64star'];
console.log('\nfirst word of each generator at this seed:');
for (const name of gens) console.log(`  ${name.padEnd(16)} ${createGenerator(name, seed).next()}`);
if (!identical) process.exitCode = 1;
