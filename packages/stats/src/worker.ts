// The entry of each worker thread of bootstrapAsync (built to dist/worker.js). It rebuilds the statistic and the
// stream from plain data and computes its blocks exactly as the main thread would: same streams, same code.
import { streamTree } from '@bootstat/rng';
import { Tinypool } from 'tinypool';
import { RESAMPLE_BLOCK_SIZE } from './bootstrap-options';
import { nestedSe, resampleBlocks } from './internal/resample-blocks';
import type { WorkerTask } from './internal/worker-task';
import { resolveStatistic } from './statistic';

/**
 * Computes the task's replicates. Returns one transferable Float64Array: the replicates, followed by their t
 * values when the interval is studentized.
 */
export default function runBootstrapBlocks(task: WorkerTask): Float64Array {
  const kernel = resolveStatistic(task.statistic, task.data.length);
  const root = task.path.reduce((node, key) => node.child(key), streamTree(task.seed));
  const first = task.blockStart * RESAMPLE_BLOCK_SIZE;
  const count = Math.min(task.nResamples, task.blockEnd * RESAMPLE_BLOCK_SIZE) - first;
  const out = new Float64Array(task.studentized ? 2 * count : count);
  const s = task.studentized;
  resampleBlocks(kernel, task.data, {
    paired: task.paired,
    nResamples: task.nResamples,
    batch: task.batch,
    generator: task.generator,
    stream: root.child('resample'),
    blockStart: task.blockStart,
    blockEnd: task.blockEnd,
    out: out.subarray(0, count),
    ...(s === undefined
      ? {}
      : {
          t: {
            out: out.subarray(count),
            estimate: s.estimate,
            se:
              s.kind === 'nested'
                ? nestedSe(kernel, task.paired, task.generator, root.child('nested'), s.nested)
                : (resampled) => (kernel.standardError as NonNullable<typeof kernel.standardError>)(resampled),
          },
        }),
  });
  return Tinypool.move(out) as Float64Array;
}
