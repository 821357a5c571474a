import os from 'node:os';
import { CliError } from './cli-error';

export interface MemoryPlan {
  /** Values across all samples. */
  readonly values: number;
  readonly nResamples: number;
  /** Resamples whose indices are drawn at once (the engine caps this at one block of 256). */
  readonly batch: number;
  readonly workers: number;
}

const GB = 1024 ** 3;

/** The most elements a typed array can hold (V8): every replicate is kept in one Float64Array. */
export const MAX_TYPED_ARRAY_LENGTH = 2 ** 32 - 1;

/** Refuses a count that no Float64Array can hold, naming the flag, before anything is read or allocated. */
export function checkTypedArrayLength(flag: string, n: number): void {
  if (n > MAX_TYPED_ARRAY_LENGTH) {
    throw new CliError(
      `${flag} ${n} is more than one array can hold (${MAX_TYPED_ARRAY_LENGTH}): every replicate is kept; lower ${flag}.`,
    );
  }
}

/**
 * Refuses a job that would need more memory than the machine has, before starting it. The estimate counts the
 * data (a copy per worker), the index buffers (batch × values × 4 bytes per thread) and the replicates: 16 bytes
 * each (the distribution and its sorted copy), 24 with worker threads (each worker's share before it is sent back).
 * Measured peak RSS: 16.2 bytes per replicate on one thread, 20.5 on two (2·10^7 resamples of 40 values).
 */
export function checkMemory(plan: MemoryPlan, available = os.totalmem()): void {
  const batch = Math.min(plan.batch, 256);
  const data = 8 * plan.values * (1 + plan.workers);
  const indices = 4 * batch * plan.values * plan.workers;
  const perReplicate = plan.workers > 1 ? 24 : 16;
  const replicates = perReplicate * plan.nResamples;
  const total = data + indices + replicates;
  if (total <= 0.8 * available) return;
  const hint =
    indices >= replicates && indices >= data
      ? `lower --batch (indices of ${batch} resamples are held at once: ${(indices / GB).toFixed(1)} GB; --batch 1 needs ${((4 * plan.values * plan.workers) / GB).toFixed(2)} GB)`
      : replicates >= data
        ? `lower --resamples (every replicate is kept: ${perReplicate} bytes each, ${(replicates / GB).toFixed(1)} GB), or use --batch to bound the index buffers`
        : 'the data itself does not fit; sample it or use a machine with more memory';
  throw new CliError(
    `this job needs about ${(total / GB).toFixed(1)} GB but this machine has ${(available / GB).toFixed(1)} GB: ${hint}.`,
  );
}
