import { StatsError } from '../errors';
import type { WorkerTask } from './worker-task';

/**
 * The key of the method by which a BootstrapPool runs one WorkerTask on one of its threads (not public API).
 * `Symbol.for`, so that a pool made by one copy of the package (the CJS build) works with another's bootstrapAsync
 * (the ESM build), where a module-level registry would be split in two.
 */
export const RUN_BLOCKS: unique symbol = Symbol.for('@bootstat/stats/run-blocks');

/** What bootstrapAsync needs of a pool: its size, whether it is closed, and a thread to run a task on. */
export interface BlockRunner {
  readonly workers: number;
  readonly closed: boolean;
  /** The task's replicates (then its t values), as runBootstrapBlocks in worker.ts returns them. */
  [RUN_BLOCKS](task: WorkerTask): Promise<Float64Array>;
}

export function isBlockRunner(value: unknown): value is BlockRunner {
  return (
    typeof value === 'object' && value !== null && typeof (value as Partial<BlockRunner>)[RUN_BLOCKS] === 'function'
  );
}

/** The error for a job given a pool after `pool.close()`. */
export function poolClosedError(): StatsError {
  return new StatsError(
    'STATS_INVALID_OPTION',
    'bootstrapAsync: option pool is closed (pool.close() was called); create another with createBootstrapPool, or leave pool out.',
  );
}
