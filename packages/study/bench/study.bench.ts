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
// Sharding (issue 15), as information, no target: the built CLI (apps/cli/dist/cli.js; build it first) as child
// processes on the same grid. (a) unsharded: `bootstat study SPEC --format json --out whole.json --workers 2 -q`;
// (b) `--shard I/4 --out part-I.json --workers 1 -q` for I = 0..3, two processes at a time (2 cores), then
// `bootstat study merge part-*.json --format json --out merged.json`: wall time from the first shard's start to the
// merged file, the merge alone, and each shard's wall time; (c) the same with all 4 shards at once. Three rounds,
// each (a), (b), (c) in turn, medians reported. The merged file must equal whole.json byte for byte, or the bench
// throws. Temporary files go to a mkdtemp directory under os.tmpdir(), removed at the end.
//
// Usage: pnpm bench (in packages/study), or tsx --conditions=@bootstat/source bench/study.bench.ts
//        BENCH_ONLY=shards tsx --conditions=@bootstat/source bench/study.bench.ts   the sharding rows alone (about
//        1.5 min), written to bench-results/study-shards.json so that bench-results/study.json keeps the full table
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { type BenchRow, report } from '@bootstat/bench';
import { readStudyPart, readStudySpec, runStudyAsync } from '../src/node';

const SPEC = fileURLToPath(new URL('../../../docs/examples/karwowski-study.yaml', import.meta.url));
const REFERENCE_SCRIPT = fileURLToPath(new URL('./reference_study.py', import.meta.url));
const CLI = fileURLToPath(new URL('../../../apps/cli/dist/cli.js', import.meta.url));
const SHARDS = 4;
const SHARD_ROUNDS = 3;
const ONLY = process.env.BENCH_ONLY;
if (ONLY !== undefined && ONLY !== '' && ONLY !== 'shards') {
  throw new Error(`BENCH_ONLY=${ONLY}: the one part that runs alone is shards (BENCH_ONLY=shards)`);
}
const SHARDS_ONLY = ONLY === 'shards';
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

/** Child processes still running, killed if the bench fails so that none outlives it. */
const live = new Set<ChildProcess>();

interface CliRun {
  /** performance.now() at spawn and at exit. */
  readonly startMs: number;
  readonly endMs: number;
}

/** Runs the built CLI with `args` as a child process; resolves at its exit (code 0), rejects with its stderr. */
function runCli(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const startMs = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    live.add(child);
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', (e) => {
      live.delete(child);
      reject(e);
    });
    child.on('close', (code, signal) => {
      const endMs = performance.now();
      live.delete(child);
      if (code === 0) resolve({ startMs, endMs });
      else reject(new Error(`bootstat ${args.join(' ')} ended with ${code ?? signal}: ${stderr.trim()}`));
    });
  });
}

/**
 * Runs the tasks, at most `concurrency` at a time, each lane taking the next task when its last one ends; after a
 * failure no lane starts another.
 */
async function inLanes<T>(tasks: readonly (() => Promise<T>)[], concurrency: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    while (!failed && next < tasks.length) {
      const i = next++;
      try {
        results[i] = await (tasks[i] as () => Promise<T>)();
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, lane));
  return results;
}

interface ShardedRun {
  /** From the first shard's spawn to the merge's exit. */
  readonly totalMs: number;
  readonly mergeMs: number;
  /** Each shard's wall time, shard 0 first. */
  readonly shardMs: readonly number[];
  readonly parts: readonly string[];
}

/** The 4 shards as CLI processes, `concurrency` at a time, then `study merge`; checks the merge against `whole`. */
async function timeSharded(dir: string, tag: string, concurrency: number, whole: Buffer): Promise<ShardedRun> {
  const parts = Array.from({ length: SHARDS }, (_, i) => join(dir, `${tag}-part-${i}.json`));
  const merged = join(dir, `${tag}-merged.json`);
  const t0 = performance.now();
  const shards = await inLanes(
    parts.map(
      (part, i) => () => runCli(['study', SPEC, '--shard', `${i}/${SHARDS}`, '--out', part, '--workers', '1', '-q']),
    ),
    concurrency,
  );
  const merge = await runCli(['study', 'merge', ...parts, '--format', 'json', '--out', merged, '-q']);
  const totalMs = merge.endMs - t0;
  if (!readFileSync(merged).equals(whole)) {
    throw new Error(`${merged} (${SHARDS} shards, ${concurrency} at a time, merged) differs from the unsharded run`);
  }
  return { totalMs, mergeMs: merge.endMs - merge.startMs, shardMs: shards.map((s) => s.endMs - s.startMs), parts };
}

const s2 = (ms: number): string => (ms / 1000).toFixed(2);

/** Issue 15: the unsharded CLI run against 4 shards on this machine's cores, as information (rows without target). */
async function shardRows(): Promise<BenchRow[]> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build the CLI first (pnpm --filter @bootstat/cli build)`);
  const dir = mkdtempSync(join(tmpdir(), 'bootstat-study-bench-'));
  try {
    const starts: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await runCli(['--version']);
      starts.push(r.endMs - r.startMs);
    }
    const wholeMs: number[] = [];
    const byConcurrency = new Map<number, ShardedRun[]>([
      [2, []],
      [SHARDS, []],
    ]);
    let reference: Buffer | undefined;
    for (let round = 0; round < SHARD_ROUNDS; round++) {
      const out = join(dir, `whole-${round}.json`);
      const r = await runCli(['study', SPEC, '--format', 'json', '--out', out, '--workers', '2', '-q']);
      wholeMs.push(r.endMs - r.startMs);
      const whole = readFileSync(out);
      if (reference === undefined) reference = whole;
      else if (!whole.equals(reference)) throw new Error(`${out} differs from the first unsharded run`);
      process.stdout.write(`  unsharded, --workers 2: ${s2(wholeMs[round] as number)} s\n`);
      for (const [concurrency, runs] of byConcurrency) {
        const run = await timeSharded(dir, `r${round}-c${concurrency}`, concurrency, whole);
        runs.push(run);
        process.stdout.write(
          `  ${SHARDS} shards, ${concurrency} at a time: ${s2(run.totalMs)} s (merge ${s2(run.mergeMs)} s; ` +
            `shards ${run.shardMs.map(s2).join(', ')} s); merged = unsharded, byte for byte\n`,
        );
      }
    }
    // What each shard computed, read back from the first round's parts (after the timing).
    const first = byConcurrency.get(2)?.[0] as ShardedRun;
    const shape = first.parts.map((path, i) => {
      const part = readStudyPart(path);
      const datasets = part.ranges.reduce((a, r) => a + r.rows, 0);
      const work = part.ranges.reduce((a, r) => a + r.rows * r.counts.reduce((x, c) => x + c, 0), 0);
      const scenarios = `${part.ranges[0]?.scenario}–${part.ranges.at(-1)?.scenario}`;
      return `${i}: scenarios ${scenarios} (${part.ranges.length} calibrations), ${datasets} datasets, Σn ${work}, part ${(statSync(path).size / 1e6).toFixed(1)} MB`;
    });
    const unshardedMs = median(wholeMs);
    const rows: BenchRow[] = [
      {
        case: `study CLI, unsharded: 88 scenarios × 200 datasets × B = 1000, one process, --workers 2 (child process wall time, information)`,
        oursMs: unshardedMs,
        extra: {
          'runs (median of)': `${wholeMs.length}: ${wholeMs.map(s2).join(', ')} s`,
          'node + CLI start alone (bootstat --version), median ms': median(starts).toFixed(0),
        },
      },
    ];
    for (const [concurrency, runs] of byConcurrency) {
      const totals = runs.map((r) => r.totalMs);
      rows.push({
        case: `study CLI, ${SHARDS} shards (--workers 1 each) ${concurrency === 2 ? '2 at a time (2 cores)' : 'all at once'}, then study merge: first start to merged file (information)`,
        oursMs: median(totals),
        reference: 'the unsharded run above (one process, --workers 2)',
        referenceMs: unshardedMs,
        extra: {
          'runs (median of)': `${totals.length}: ${totals.map(s2).join(', ')} s`,
          'merge alone, s': runs.map((r) => s2(r.mergeMs)).join(', '),
          'each shard, s (shards 0–3, per run)': runs.map((r) => r.shardMs.map(s2).join(' / ')).join('; '),
          'sum of the shards, s': runs.map((r) => s2(r.shardMs.reduce((a, b) => a + b, 0))).join(', '),
          'merged = unsharded, byte for byte': 'yes (checked every run)',
          ...(concurrency === 2 ? { 'what each shard computed': shape.join('; ') } : {}),
        },
      });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface ReferenceRun {
  readonly numpy: string;
  readonly scipy: string;
  readonly scenarios: readonly { scenario: string; calibrationS: number; bootstrapS: number }[];
}

async function main(): Promise<void> {
  if (SHARDS_ONLY) {
    process.stdout.write('BENCH_ONLY=shards: the sharding rows alone.\n');
    report('study-shards', await shardRows());
    return;
  }
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
  rows.push(...(await shardRows()));
  // Benchmarks inform; they do not gate CI.
  report('study', rows);
}

try {
  await main();
} finally {
  for (const child of live) child.kill();
}
