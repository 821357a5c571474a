import type { KernelWork, StatisticKernel } from '../statistics/kernel';

/**
 * Leave-one-out values of a statistic. Independent samples: one array per sample, deleting one observation of
 * that sample at a time (the others whole). Paired: one array, deleting row i of every sample at once. Uses the
 * kernel's O(n) rule when it has one, else recomputes on each leave-one-out sample (O(n²)). `work`: the kernel's
 * buffers kept across calls (bootstrapRows).
 */
export function leaveOneOut(
  kernel: StatisticKernel,
  samples: readonly Float64Array[],
  paired: boolean,
  work?: KernelWork,
): Float64Array[] {
  const targets = paired ? [0] : samples.map((_, j) => j);
  return targets.map((j) => {
    const n = (samples[j] as Float64Array).length;
    const out = new Float64Array(n);
    // A one-sample rule deletes from sample j; with paired samples that is right only when there is one sample.
    // A statistic of pairs (paired: 'required') deletes row i itself.
    if (
      kernel.jackknife !== undefined &&
      (!paired || samples.length === 1 || kernel.paired === 'required') &&
      kernel.jackknife(samples, j, out, work) !== false
    ) {
      return out;
    }
    const scratch = samples.map((s) => new Float64Array(s.length));
    const views = samples.map((s, k) =>
      paired || k === j ? (scratch[k] as Float64Array).subarray(0, s.length - 1) : (scratch[k] as Float64Array),
    );
    for (let i = 0; i < n; i++) {
      samples.forEach((s, k) => {
        const dst = scratch[k] as Float64Array;
        if (paired || k === j) {
          dst.set(s.subarray(0, i), 0);
          dst.set(s.subarray(i + 1), i);
        } else {
          dst.set(s);
        }
      });
      out[i] = kernel.evaluateScratch(views);
    }
    return out;
  });
}
