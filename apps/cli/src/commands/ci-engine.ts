import { availableParallelism } from 'node:os';
import type { IntervalResult } from '@bootstat/registry';
import type { Stream } from '@bootstat/rng';
import type { BootstrapResult, Statistic } from '@bootstat/stats';
import { bootstrapAsync } from '@bootstat/stats/node';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { checkMemory } from '../memory';
import { progressBar } from '../output/progress';
import type { Registries } from '../registries';
import { workerPool } from '../worker-pools';

/** What every interval of one `bootstat ci` run shares: the method, the statistic and the engine's options. */
export interface Engine {
  readonly method: string;
  readonly statistic: Statistic;
  readonly options: Record<string, unknown> & { readonly nResamples: number };
  readonly workers: number | undefined;
  readonly batch: number | undefined;
  /** Whether a progress bar may be drawn (progressAllowed). */
  readonly progress: boolean;
  readonly registries: Registries;
  readonly io: CliIo;
}

/**
 * One interval: a built-in method through the engine (options checked by the strategy's schema, a progress bar,
 * worker threads for big jobs — the bits are the same for any count), a plugin's method through its strategy.
 * The job is refused first if it would not fit in memory.
 */
export async function runInterval(
  samples: Float64Array[],
  engine: Engine,
  overrides: Record<string, unknown> = {},
  label = `bootstrap ${engine.method}`,
): Promise<IntervalResult> {
  const { registries, io, method } = engine;
  const statistic = (overrides.statistic as Statistic | undefined) ?? engine.statistic;
  // A stream of its own (a group's): given to the engine as is, in place of the seed.
  const rng = overrides.rng as Stream | undefined;
  const { statistic: _s, rng: _r, ...extra } = overrides;
  const nValues = samples.reduce((a, s) => a + s.length, 0);
  const nResamples = engine.options.nResamples;
  // Worker threads cost ~100 ms to start (once per process: the pool is shared): worth it only for big jobs.
  const workers = engine.workers ?? (nResamples * nValues > 1e7 ? Math.min(8, availableParallelism()) : 1);
  checkMemory({
    values: nValues,
    nResamples,
    batch: engine.batch ?? Math.max(1, Math.floor(262144 / nValues)),
    workers,
  });
  const options = { ...engine.options, ...extra };
  if (!registries.isBuiltinMethod(method)) {
    if (rng !== undefined) {
      throw new CliError(`--method ${method} (a plugin's) draws one interval: it cannot run with --by or two files.`);
    }
    return registries.runCiMethod(method, { samples, statistic }, options);
  }
  const { seed: _seed, ...checked } = registries.parseCiOptions(method, options);
  const progress = progressBar(io, label, engine.progress);
  try {
    return await bootstrapAsync(samples, statistic, {
      ...checked,
      ...(rng === undefined ? { seed: engine.options.seed as number } : { rng }),
      method: method as BootstrapResult['method'],
      // More than one worker: the process's pool of that size, shared by every interval of the run.
      ...(workers > 1 ? { pool: workerPool(workers) } : { workers }),
      onProgress: progress.update,
    });
  } finally {
    progress.done();
  }
}
