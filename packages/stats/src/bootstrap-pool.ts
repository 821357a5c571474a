import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { workerExecArgv } from '@bootstat/io/node';
import type { Tinypool } from 'tinypool';
import { StatsError } from './errors';
import { describe } from './internal/describe';
import { type BlockRunner, poolClosedError, RUN_BLOCKS } from './internal/run-blocks';
import type { WorkerTask } from './internal/worker-task';

// dist/worker.js, from dist/node.js and from src/ alike (tests run the source against the built worker). Both URLs
// must be resolved from a module at the top of src/: the built chunks sit at the top of dist/.
const WORKER_URL = new URL('../dist/worker.js', import.meta.url);
// The package's manifest beside it: a worker.js that belongs to something else (a bundle's stray dist/) is no worker.
const PACKAGE_URL = new URL('../package.json', import.meta.url);

/** The most worker threads a pool (or `bootstrapAsync`'s `workers`) takes. */
const MAX_WORKERS = 256;

export interface BootstrapPoolOptions {
  /** Worker threads, an integer in [1, 256]; every `bootstrapAsync` job given this pool runs on all of them. */
  readonly workers: number;
}

/** Worker threads kept for many `bootstrapAsync` calls; see `createBootstrapPool`. */
export interface BootstrapPool {
  /** The number of worker threads: `bootstrapAsync`'s `workers` for every job run through this pool. */
  readonly workers: number;
  /** Whether `close` has been called; a closed pool takes no more jobs. */
  readonly closed: boolean;
  /** Takes no more jobs, lets the jobs already running finish, then ends the threads. Calling it again is harmless. */
  close(): Promise<void>;
  /** `close`, for `await using pool = createBootstrapPool(…)`. */
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * Worker threads started once and reused by every `bootstrapAsync(samples, statistic, { pool })` call, instead of a
 * pool started and ended per call (starting threads costs about 100 ms, often more than the job). A job on the pool
 * has the same bits as `bootstrap` on one thread, whatever the pool's size, the jobs before it or the jobs beside
 * it (concurrent calls share the threads: each job's blocks are computed from their own streams).
 *
 * The threads start at once (when `workers` > 1; a pool of 1 computes in the calling thread, as `workers: 1` does).
 * Idle threads do not keep the process alive: a script that forgets `close()` still exits, and its threads end with
 * it. Still, `await pool.close()` when done (or `await using`).
 *
 * @param options - `workers`: the number of threads, an integer in [1, 256]
 * @throws {StatsError} STATS_INVALID_OPTION for a `workers` that is not an integer in [1, 256], or a worker module
 * that is not where it should be (an app bundle that folded this package in: keep it external, docs/determinism.md)
 * @example
 * const latencies = [12.1, 11.4, 13.9, 12.7, 15.2, 11.9, 12.4, 14.8, 13.1, 12.0];
 * const pool = createBootstrapPool({ workers: 4 }); // the threads start now
 * const a = await bootstrapAsync([latencies], 'mean', { seed: 1, pool }); // workers: 4, the pool's
 * const b = await bootstrapAsync([latencies], 'median', { seed: 2, pool }); // the same threads, no start-up
 * await pool.close(); // when done (or `await using pool = …`)
 * // a.distribution and b.distribution: bit for bit those of bootstrap([latencies], …) on one thread
 * a.distribution.join() === bootstrap([latencies], 'mean', { seed: 1 }).distribution.join(); // true
 * b.distribution.join() === bootstrap([latencies], 'median', { seed: 2 }).distribution.join(); // true
 */
export function createBootstrapPool(options: BootstrapPoolOptions): BootstrapPool {
  const workers = (options as Partial<BootstrapPoolOptions> | undefined)?.workers;
  if (typeof workers !== 'number' || !Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `createBootstrapPool: option workers must be an integer from 1 to ${MAX_WORKERS} (the number of worker threads), got ${describe(workers)}.`,
    );
  }
  return new ThreadPool(workers, workers > 1 ? workerPath() : undefined);
}

class ThreadPool implements BootstrapPool, BlockRunner {
  readonly workers: number;
  readonly #filename: string | undefined;
  #threads: Promise<Tinypool> | undefined;
  /** The first error of a thread that had no task to fail (tinypool emits it on the pool). */
  #failure: unknown;
  readonly #running = new Set<Promise<unknown>>();
  #closing: Promise<void> | undefined;

  constructor(workers: number, filename: string | undefined) {
    this.workers = workers;
    this.#filename = filename;
    // Start now, so the threads warm up while the caller prepares its data.
    if (filename !== undefined) this.#start(filename);
  }

  get closed(): boolean {
    return this.#closing !== undefined;
  }

  [RUN_BLOCKS](task: WorkerTask): Promise<Float64Array> {
    if (this.closed) return Promise.reject(poolClosedError());
    const run = this.#run(task);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.#running.add(settled);
    void settled.then(() => this.#running.delete(settled));
    return run;
  }

  async #run(task: WorkerTask): Promise<Float64Array> {
    if (this.#failure !== undefined) throw this.#failure;
    const threads = await this.#start(this.#filename ?? workerPath());
    try {
      return (await threads.run(task)) as Float64Array;
    } catch (e) {
      throw this.#failure ?? e;
    }
  }

  #start(filename: string): Promise<Tinypool> {
    if (this.#threads === undefined) {
      this.#threads = import('tinypool').then(({ Tinypool }) => {
        const pool = new Tinypool({
          filename,
          minThreads: this.workers,
          maxThreads: this.workers,
          execArgv: workerExecArgv(process.execArgv),
        });
        // A thread that fails with no task of its own (at start-up, say) is reported here; with no listener the
        // EventEmitter would throw it out of the process. Jobs get it instead.
        pool.on('error', (e: unknown) => {
          this.#failure ??= e;
          void pool.destroy();
        });
        return pool;
      });
      // Nobody may ever await it (a pool never used); a failure then surfaces in the next job or in close().
      this.#threads.catch(() => undefined);
    }
    return this.#threads;
  }

  close(): Promise<void> {
    this.#closing ??= (async () => {
      await Promise.all(this.#running);
      const threads = await this.#threads?.catch(() => undefined);
      await threads?.destroy();
    })();
    return this.#closing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}

/** Whether the manifest next to the worker module is this package's. */
function isOwnPackage(): boolean {
  try {
    return (JSON.parse(readFileSync(PACKAGE_URL, 'utf8')) as { name?: unknown }).name === '@bootstat/stats';
  } catch {
    return false;
  }
}

/**
 * The worker module's path, checked before any thread starts. It is missing when an app bundler (esbuild, webpack,
 * ncc) has folded @bootstat/stats into one file: the fix is to keep the package external (docs/determinism.md,
 * "Worker threads, the browser and bundles").
 */
function workerPath(): string {
  const path = fileURLToPath(WORKER_URL);
  if (!existsSync(path) || !isOwnPackage()) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `bootstrapAsync's worker module is not at ${path} (or that file is not @bootstat/stats's), as happens when an app bundler folds @bootstat/stats ` +
        'into one file. Keep @bootstat/stats external to the bundle (esbuild --external:@bootstat/stats, webpack ' +
        'externals, ncc -e @bootstat/stats) so that it loads from node_modules, or use workers: 1.',
    );
  }
  return path;
}
