import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bootstrap } from './bootstrap';
import type { BootstrapOptions } from './bootstrap-options';
import { RESAMPLE_BLOCK_SIZE } from './bootstrap-options';
import type { BootstrapResult } from './bootstrap-result';
import { StatsError } from './errors';
import { finishBootstrap, planBootstrap } from './internal/bootstrap-plan';
import { blockCount } from './internal/resample-blocks';
import type { SampleInput } from './internal/samples';
import type { PortableStatistic, WorkerTask } from './internal/worker-task';
import type { Statistic } from './statistic';

// dist/worker.js, from dist/node.js and from src/ alike (tests run the source against the built worker).
const WORKER_URL = new URL('../dist/worker.js', import.meta.url);
// The package's manifest beside it: a worker.js that belongs to something else (a bundle's stray dist/) is no worker.
const PACKAGE_URL = new URL('../package.json', import.meta.url);

/** Whether the manifest next to the worker module is this package's. */
function isOwnPackage(): boolean {
  try {
    return (JSON.parse(readFileSync(PACKAGE_URL, 'utf8')) as { name?: unknown }).name === '@bootstat/stats';
  } catch {
    return false;
  }
}

/**
 * `bootstrap` with the resampling spread over `workers` worker threads (tinypool). Blocks of 256 resamples are
 * split into contiguous ranges, one per worker; each block draws from its own stream, so the result has the
 * same bits for every worker count and batch size as `bootstrap` on one thread. The samples are shared with
 * the workers through a SharedArrayBuffer and the replicates come back as transferred buffers.
 *
 * With `workers: 1` (the default) it is `bootstrap`, resolved. Needs a built-in statistic, and for the
 * studentized method a built-in standard error or `standardError: 'nested'`: functions cannot cross threads.
 *
 * @throws {StatsError} everything `bootstrap` throws; STATS_INVALID_OPTION for a function statistic with workers > 1,
 * or a worker module that is not where it should be (an app bundle that folded this package in: keep it external)
 * @example
 * const r = await bootstrapAsync([bigSample], 'mean', { method: 'percentile', nResamples: 1000, workers: 2, seed: 1 });
 */
export async function bootstrapAsync(
  samples: readonly SampleInput[],
  statistic: Statistic,
  options: BootstrapOptions = {},
): Promise<BootstrapResult> {
  const workers = options.workers ?? 1;
  if (workers === 1) return bootstrap(samples, statistic, options);
  const workerFile = workerPath();
  const plan = planBootstrap(samples, statistic, options);
  const { o } = plan;
  if (typeof statistic === 'function' || plan.studentized?.kind === 'function') {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      'bootstrapAsync: functions cannot be sent to worker threads; use a built-in statistic and standard error, or workers: 1.',
    );
  }
  const reused = o.bootstrapResult?.distribution;
  if (reused !== undefined) return finishBootstrap(plan, reused.slice(), undefined);

  const shared = plan.data.map((s) => {
    const copy = new Float64Array(new SharedArrayBuffer(s.byteLength));
    copy.set(s);
    return copy;
  });
  const blocks = blockCount(o.nResamples);
  const threads = Math.min(o.workers, blocks);
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: workerFile,
    minThreads: threads,
    maxThreads: threads,
    execArgv: workerExecArgv(process.execArgv),
  });
  const distribution = new Float64Array(o.nResamples);
  const tValues = plan.studentized === undefined ? undefined : new Float64Array(o.nResamples);
  let done = 0;
  try {
    const ranges = Array.from({ length: threads }, (_, w) => [
      Math.floor((w * blocks) / threads),
      Math.floor(((w + 1) * blocks) / threads),
    ]);
    await Promise.all(
      ranges.map(async ([blockStart, blockEnd]) => {
        const task: WorkerTask = {
          data: shared,
          statistic: statistic as PortableStatistic,
          paired: o.paired,
          generator: o.generator,
          seed: plan.root.seed,
          path: plan.root.path,
          nResamples: o.nResamples,
          batch: o.batch,
          blockStart: blockStart as number,
          blockEnd: blockEnd as number,
          ...(plan.studentized === undefined
            ? {}
            : {
                studentized: {
                  kind: plan.studentized.kind as 'formula' | 'nested',
                  nested: o.nestedResamples,
                  estimate: plan.estimate,
                },
              }),
        };
        const result: Float64Array = await pool.run(task);
        const first = (blockStart as number) * RESAMPLE_BLOCK_SIZE;
        const count = Math.min(o.nResamples, (blockEnd as number) * RESAMPLE_BLOCK_SIZE) - first;
        distribution.set(result.subarray(0, count), first);
        tValues?.set(result.subarray(count, 2 * count), first);
        done += count;
        o.onProgress?.(done, o.nResamples);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return finishBootstrap(plan, distribution, tValues);
}

/**
 * The worker module's path, checked before any thread starts. It is missing when an app bundler (esbuild, webpack,
 * ncc) has folded @bootstat/stats into one file: the fix is to keep the package external (docs/determinism.md, "Worker threads, the browser and bundles").
 */
function workerPath(): string {
  const path = fileURLToPath(WORKER_URL);
  if (!existsSync(path) || !isOwnPackage()) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `bootstrapAsync: its worker module is not at ${path} (or that file is not @bootstat/stats's), as happens when an app bundler folds @bootstat/stats ` +
        'into one file. Keep @bootstat/stats external to the bundle (esbuild --external:@bootstat/stats, webpack ' +
        'externals, ncc -e @bootstat/stats) so that it loads from node_modules, or use workers: 1.',
    );
  }
  return path;
}

/**
 * The parent's Node flags minus export conditions: a test runner may resolve packages to their TypeScript
 * sources (`--conditions @bootstat/source`), but a worker thread runs the built JavaScript.
 */
function workerExecArgv(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i] as string;
    if (arg === '--conditions' || arg === '-C') i++;
    else if (!arg.startsWith('--conditions=') && !arg.startsWith('-C=')) out.push(arg);
  }
  return out;
}
