// `pnpm bench` (study suite): the 88-scenario grid of docs/examples/karwowski-study.yaml (200 datasets per scenario,
// 1000 resamples each, percentile intervals of Spearman's rho) against the Python reference
// rfowler5/Karwowski-Simulations on the same grid, timed in this one invocation (bench-machine timings drift by
// ±30 % between runs; only ratios measured together compare). The reference takes minutes for the whole grid, so it
// runs a documented subset, 2 scenarios per case (k = 4 even and all-distinct: the cheapest and the dearest to
// rank), and its time is scaled to 88 scenarios by the mean time per scenario. Target (issue 14): ours at least 10x
// faster on 2 cores. Results: docs/benchmarks.md.
//
// The reference needs a checkout: KARWOWSKI_CHECKOUT=/path/to/Karwowski-Simulations (commit 87868a2 was used),
// NumPy and SciPy, no numba (bench/reference_study.py stubs joblib). Without one, the table holds our times only.
//
// Usage: pnpm bench (in packages/study), or tsx --conditions=@bootstat/source bench/study.bench.ts
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BenchRow, report } from '@bootstat/bench';
import { readStudySpec, runStudyAsync } from '../src/node';

const SPEC = fileURLToPath(new URL('../../../docs/examples/karwowski-study.yaml', import.meta.url));
const REFERENCE_SCRIPT = fileURLToPath(new URL('./reference_study.py', import.meta.url));
const SUBSET = ['1:4:even', '1:all', '2:4:even', '2:all', '3:4:even', '3:all', '4:4:even', '4:all'];

async function timeOurs(workers: number, runs: number): Promise<number[]> {
  const spec = readStudySpec(SPEC);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = await runStudyAsync(spec, { workers });
    times.push(performance.now() - t);
    if (r.scenarios.length !== 88) throw new Error(`expected 88 scenarios, got ${r.scenarios.length}`);
  }
  return times;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

interface ReferenceRun {
  readonly numpy: string;
  readonly scipy: string;
  readonly scenarios: readonly { scenario: string; calibrationS: number; bootstrapS: number }[];
}

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  const checkout = process.env.KARWOWSKI_CHECKOUT;
  let reference: ReferenceRun | undefined;
  if (checkout !== undefined && existsSync(checkout)) {
    process.stdout.write(`reference: ${SUBSET.length} scenarios of ${checkout} at 200 × 1000…\n`);
    reference = JSON.parse(
      execFileSync('python3', [REFERENCE_SCRIPT, checkout, '200', '1000', ...SUBSET], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      }),
    ) as ReferenceRun;
  } else {
    process.stdout.write('KARWOWSKI_CHECKOUT is not set to a checkout of the reference: timing ours only.\n');
  }
  const perScenarioS =
    reference === undefined
      ? undefined
      : reference.scenarios.reduce((a, s) => a + s.calibrationS + s.bootstrapS, 0) / reference.scenarios.length;
  const referenceMs = perScenarioS === undefined ? undefined : perScenarioS * 88 * 1000;
  if (perScenarioS !== undefined) process.stdout.write(`  reference: ${perScenarioS.toFixed(2)} s per scenario\n`);

  for (const workers of [2, 1]) {
    const times = await timeOurs(workers, workers === 2 ? 3 : 1);
    process.stdout.write(`  ours, ${workers} worker(s): ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s\n`);
    rows.push({
      case: `study: 88 scenarios × 200 datasets × B = 1000, Spearman, percentile, n 73–82 (${workers === 2 ? '2 worker threads' : 'one thread'})`,
      oursMs: median(times),
      ...(referenceMs === undefined
        ? {}
        : {
            reference: `Karwowski-Simulations, NumPy batch path (NumPy ${reference?.numpy}, SciPy ${reference?.scipy}); ${SUBSET.length} scenarios timed, scaled to 88`,
            referenceMs,
          }),
      target: 10,
      extra: {
        'runs (median of)': String(times.length),
        ...(perScenarioS === undefined
          ? {}
          : { 'reference, s per scenario (calibration + bootstrap)': perScenarioS.toFixed(2) }),
        'ours, s per scenario': (median(times) / 88 / 1000).toFixed(3),
      },
    });
  }
  // Benchmarks inform; they do not gate CI.
  report('study', rows);
}

await main();
