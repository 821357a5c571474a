import { type SpearmanWork, spearmanAt, spearmanWork } from '../internal/spearman-core';
import { COUNT_RANKING_LIMIT, spearmanResampler } from '../internal/spearman-counts';
import { pearson } from '../pearson';
import { spearman } from '../spearman';
import type { StatisticKernel } from './kernel';

// Rank buffers reused across resamples of one size: no allocation per replicate (bit-identical to spearman()).
let work: SpearmanWork | undefined;
function spearmanScratch(x: Float64Array, y: Float64Array): number {
  if (work?.sorted.length !== x.length) work = spearmanWork(x.length);
  return spearmanAt(x, 0, y, 0, work);
}

/**
 * Spearman's ρ of pairs (x_i, y_i), as scipy.stats.spearmanr: pairs are resampled together. Resamples and
 * leave-one-out values are ranked from draw counts after one sort per call (internal/spearman-counts.ts), with
 * the bits of ranking each resample by sorting.
 */
export const spearmanKernel: StatisticKernel = {
  name: 'spearman',
  arity: 2,
  paired: 'required',
  minLength: 2,
  evaluate: ([x, y]) => spearman(x as Float64Array, y as Float64Array),
  evaluateScratch: ([x, y]) => spearmanScratch(x as Float64Array, y as Float64Array),
  prepare: ([x, y], work) => {
    if ((x as Float64Array).length > COUNT_RANKING_LIMIT) return undefined;
    const resampler = spearmanResampler(x as Float64Array, y as Float64Array, work);
    return ([idx], [offset]) => resampler.fromIndices(idx as Uint32Array, offset as number);
  },
  fusedBlocks: ([x, y], work) => {
    if ((x as Float64Array).length > COUNT_RANKING_LIMIT) return undefined;
    const resampler = spearmanResampler(x as Float64Array, y as Float64Array, work);
    return (state, rows, out, at) => resampler.replicates(state, rows, out, at) !== undefined;
  },
  // Paired: out[i] is ρ without row i. Past COUNT_RANKING_LIMIT the engine deletes and sorts.
  jackknife: ([x, y], _j, out, work) => {
    if (out.length > COUNT_RANKING_LIMIT) return false;
    spearmanResampler(x as Float64Array, y as Float64Array, work).leaveOneOut(out);
    return undefined;
  },
};

/** Pearson's r of pairs (x_i, y_i). */
export const pearsonKernel: StatisticKernel = {
  name: 'pearson',
  arity: 2,
  paired: 'required',
  minLength: 2,
  evaluate: ([x, y]) => pearson(x as Float64Array, y as Float64Array),
  evaluateScratch: ([x, y]) => pearson(x as Float64Array, y as Float64Array),
};
