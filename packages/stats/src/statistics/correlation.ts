import { type SpearmanWork, spearmanAt, spearmanWork } from '../internal/spearman-core';
import { pearson } from '../pearson';
import { spearman } from '../spearman';
import type { StatisticKernel } from './kernel';

// Rank buffers reused across resamples of one size: no allocation per replicate (bit-identical to spearman()).
let work: SpearmanWork | undefined;
function spearmanScratch(x: Float64Array, y: Float64Array): number {
  if (work?.sorted.length !== x.length) work = spearmanWork(x.length);
  return spearmanAt(x, 0, y, 0, work);
}

/** Spearman's ρ of pairs (x_i, y_i), as scipy.stats.spearmanr: pairs are resampled together. */
export const spearmanKernel: StatisticKernel = {
  name: 'spearman',
  arity: 2,
  paired: 'required',
  minLength: 2,
  evaluate: ([x, y]) => spearman(x as Float64Array, y as Float64Array),
  evaluateScratch: ([x, y]) => spearmanScratch(x as Float64Array, y as Float64Array),
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
