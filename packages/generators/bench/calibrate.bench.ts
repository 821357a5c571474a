// `pnpm bench` (generators suite): calibrateRho for the study's designs (n = 80, 4000 datasets, target −0.13) and
// generateDatasets' throughput, for information. The study issue's aim: calibration ≲ 50 ms on one core for n = 80,
// k = 4 even (it runs once per scenario, 88 times per study).
//
// Each case runs in a fresh Node process, so one case's JIT feedback cannot slow another down.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type BenchRow, measure, report } from '@bootstat/bench';
import { type CountPattern, calibrateRho, createDatasetGenerator, levelCounts, tiedLevels } from '@bootstat/generators';
import { streamTree } from '@bootstat/rng';

const N = 80;

function runCase(kind: string, k: number, pattern: CountPattern, outcome: string): number {
  const counts = levelCounts(N, k, pattern);
  const options = { minRuns: 15, minTimeMs: 1000, warmup: 3 };
  if (kind === 'calibrate') {
    let seed = 0;
    // A new stream each call: nothing is reused between calls (there is no cache here).
    return measure(
      () =>
        calibrateRho({
          counts,
          outcome: { name: outcome },
          target: -0.13,
          stream: streamTree(seed++).child('calibration'),
        }),
      options,
    ).medianMs;
  }
  const gen = createDatasetGenerator({
    template: tiedLevels({ counts }),
    outcome: { name: outcome },
    marginal: { name: 'lognormal', options: { median: 15.4, iqr: 19.3 } },
    inputRho: -0.15,
  });
  const X = new Float64Array(1000 * N);
  const Y = new Float64Array(1000 * N);
  return measure(() => gen.generateRows(streamTree(1).child('data'), 0, 1000, X, Y), options).medianMs;
}

const [kind, kText, pattern, outcome] = process.argv.slice(2);
if (kind !== undefined) {
  process.stdout.write(`${runCase(kind, Number(kText), pattern as CountPattern, outcome as string)}\n`);
} else {
  const self = fileURLToPath(import.meta.url);
  const inChild = (...args: string[]) =>
    Number(execFileSync(process.execPath, [...process.execArgv, self, ...args], { encoding: 'utf8' }).trim());
  const rows: BenchRow[] = [];
  for (const [k, pattern, outcome] of [
    [4, 'even', 'rank-mixing'],
    [10, 'heavy_center', 'rank-mixing'],
    [N, 'even', 'rank-mixing'],
    [4, 'even', 'gaussian-copula'],
    [4, 'even', 'log-linear'],
  ] as const) {
    rows.push({
      case: `calibrateRho n = ${N}, ${k === N ? 'all distinct' : `k = ${k} ${pattern}`}, ${outcome}, 4000 datasets`,
      oursMs: inChild('calibrate', String(k), pattern, outcome),
    });
  }
  for (const outcome of ['rank-mixing', 'gaussian-copula', 'log-linear']) {
    rows.push({
      case: `generateRows 1000 datasets, n = ${N}, k = 4 even, ${outcome}`,
      oursMs: inChild('generate', '4', 'even', outcome),
    });
  }
  report('generators', rows);
}
