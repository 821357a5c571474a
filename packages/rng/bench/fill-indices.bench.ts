// `pnpm bench` (rng suite): bounded draws per second of fillIndices against pure-rand's uniformInt on the
// same generator (xoroshiro128plus), for information. The rng issue's target (fillIndices ≥ 4x uniformInt) was
// retired by the speed issue: the bootstrap's fused kernel (stats bench) is what counts.
//
// Each case runs in a fresh Node process, so one case's JIT feedback cannot slow another down.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type BenchRow, measure, report } from '@bootstat/bench';
import { createGenerator, fillIndices, GENERATOR_NAMES, type GeneratorName } from '@bootstat/rng';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

const DRAWS = 10_000_000;

function runCase(kind: string, n: number, name: GeneratorName): number {
  const out = new Uint32Array(DRAWS);
  const options = { minRuns: 7, minTimeMs: 300 };
  switch (kind) {
    case 'fillIndices':
      return measure(() => fillIndices(createGenerator(name, 1), n, out), options).medianMs;
    case 'fillUint32':
      return measure(() => createGenerator(name, 1).fillUint32(out), options).medianMs;
    case 'uniformInt':
      return measure(() => {
        const g = xoroshiro128plus(1);
        for (let i = 0; i < DRAWS; i++) out[i] = uniformInt(g, 0, n - 1);
      }, options).medianMs;
    default:
      throw new Error(`unknown case ${kind}`);
  }
}

const [kind, nText, name] = process.argv.slice(2);
if (kind !== undefined) {
  process.stdout.write(`${runCase(kind, Number(nText), name as GeneratorName)}\n`);
} else {
  const self = fileURLToPath(import.meta.url);
  const inChild = (k: string, n: number, g: GeneratorName = 'xoroshiro128plus') =>
    Number(execFileSync(process.execPath, [...process.execArgv, self, k, String(n), g], { encoding: 'utf8' }).trim());
  const rows: BenchRow[] = [];
  for (const n of [30, 1000, 1_000_000]) {
    const ours = inChild('fillIndices', n);
    const pure = inChild('uniformInt', n);
    rows.push({
      case: `10M indices in [0, ${n}), xoroshiro128plus`,
      oursMs: ours,
      reference: 'pure-rand uniformInt',
      referenceMs: pure,
      extra: {
        'fillIndices, M draws/s': (DRAWS / ours / 1000).toFixed(0),
        'uniformInt, M draws/s': (DRAWS / pure / 1000).toFixed(0),
      },
    });
  }
  // The floor: generating the 10M raw words alone, which neither method can avoid.
  for (const g of GENERATOR_NAMES)
    rows.push({ case: `10M raw words (fillUint32), ${g}`, oursMs: inChild('fillUint32', 1, g) });
  for (const g of GENERATOR_NAMES.filter((x) => x !== 'xoroshiro128plus')) {
    rows.push({ case: `10M indices in [0, 1000), ${g}`, oursMs: inChild('fillIndices', 1000, g) });
  }
  report('rng', rows);
}
