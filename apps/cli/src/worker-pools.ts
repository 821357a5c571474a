import { type BootstrapPool, createBootstrapPool } from '@bootstat/stats/node';

// One pool of worker threads per worker count for the whole process, started when a job first needs it: `ci --by`
// and `ci` on two files draw an interval per group and per comparison, and starting threads costs ~100 ms each time.
// Idle threads do not keep the process alive, so the CLI exits when its work is done with no close() to forget.
const pools = new Map<number, BootstrapPool>();

/** The process's pool of `workers` (> 1) threads for `bootstrapAsync`, created on first use. */
export function workerPool(workers: number): BootstrapPool {
  let pool = pools.get(workers);
  if (pool === undefined || pool.closed) {
    pool = createBootstrapPool({ workers });
    pools.set(workers, pool);
  }
  return pool;
}
