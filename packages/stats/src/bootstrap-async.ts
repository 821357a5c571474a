import { bootstrap } from './bootstrap';
import type { BootstrapOptions } from './bootstrap-options';
import { RESAMPLE_BLOCK_SIZE } from './bootstrap-options';
import { type BootstrapPool, createBootstrapPool } from './bootstrap-pool';
import type { BootstrapResult } from './bootstrap-result';
import { StatsError } from './errors';
import { finishBootstrap, planBootstrap } from './internal/bootstrap-plan';
import { blockCount } from './internal/resample-blocks';
import { type BlockRunner, isBlockRunner, poolClosedError, RUN_BLOCKS } from './internal/run-blocks';
import type { SampleInput } from './internal/samples';
import type { PortableStatistic, WorkerTask } from './internal/worker-task';
import type { Statistic } from './statistic';

/** `bootstrap`'s options, and the worker threads to run on (Node only, so not among `BootstrapOptions`). */
export interface BootstrapAsyncOptions extends BootstrapOptions {
  /**
   * Worker threads for the resampling; default 1, or the pool's size with `pool` (a different count is an error).
   * Any count gives the same bits. Needs a built-in statistic (functions cannot be sent to a worker).
   */
  readonly workers?: number;
  /** Threads from `createBootstrapPool`, reused across calls instead of started and ended by this one. */
  readonly pool?: BootstrapPool;
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
 * Without `pool`, each call starts its threads and ends them (about 100 ms); with `pool` (`createBootstrapPool`),
 * it runs on the pool's threads and `workers` is the pool's size. Concurrent calls may share one pool.
 *
 * @throws {StatsError} everything `bootstrap` throws; STATS_INVALID_OPTION for a function statistic with workers > 1,
 * a `pool` that is closed or not from `createBootstrapPool`, a `workers` different from the pool's size, or a worker
 * module that is not where it should be (an app bundle that folded this package in: keep it external)
 * @example
 * const bigSample = Array.from({ length: 2_000 }, (_, i) => i % 100); // 0 … 99, 20 times each
 * const r = await bootstrapAsync([bigSample], 'mean', { method: 'percentile', nResamples: 1000, workers: 2, seed: 1 });
 * r.estimate; // 49.5
 * r.ci.low === bootstrap([bigSample], 'mean', { method: 'percentile', nResamples: 1000, seed: 1 }).ci.low; // true
 * const pool = createBootstrapPool({ workers: 2 });
 * const again = await bootstrapAsync([bigSample], 'median', { seed: 1, pool }); // no threads to start
 * await pool.close();
 * again.estimate; // 49.5
 */
export async function bootstrapAsync(
  samples: readonly SampleInput[],
  statistic: Statistic,
  options: BootstrapAsyncOptions = {},
): Promise<BootstrapResult> {
  // `pool` stays here: the browser-safe options (and their schema) know nothing of threads.
  const { pool, ...bootstrapOptions } = options ?? {};
  const workers = pool === undefined ? (bootstrapOptions.workers ?? 1) : poolWorkers(pool, bootstrapOptions.workers);
  if (workers === 1) return bootstrap(samples, statistic, { ...bootstrapOptions, workers });
  const plan = planBootstrap(samples, statistic, { ...bootstrapOptions, workers });
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
  // Without a pool, this call's own: started here, ended before returning.
  const own = pool === undefined ? createBootstrapPool({ workers: threads }) : undefined;
  const runner = (pool ?? own) as BootstrapPool & BlockRunner;
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
        const result = await runner[RUN_BLOCKS](task);
        const first = (blockStart as number) * RESAMPLE_BLOCK_SIZE;
        const count = Math.min(o.nResamples, (blockEnd as number) * RESAMPLE_BLOCK_SIZE) - first;
        distribution.set(result.subarray(0, count), first);
        tValues?.set(result.subarray(count, 2 * count), first);
        done += count;
        o.onProgress?.(done, o.nResamples);
      }),
    );
  } finally {
    await own?.close();
  }
  return finishBootstrap(plan, distribution, tValues);
}

/** The worker count of a job on `pool`: the pool's size, which an explicit `workers` must equal. */
function poolWorkers(pool: unknown, workers: number | undefined): number {
  if (!isBlockRunner(pool)) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      'bootstrapAsync: option pool is not a pool from createBootstrapPool({ workers }); create one, or leave pool out.',
    );
  }
  if (pool.closed) throw poolClosedError();
  if (workers !== undefined && workers !== pool.workers) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `bootstrapAsync: option workers is ${workers} but the pool has ${pool.workers} worker thread${pool.workers === 1 ? '' : 's'}; ` +
        `leave workers out (a job uses the whole pool) or create a pool with createBootstrapPool({ workers: ${workers} }).`,
    );
  }
  return pool.workers;
}
