import type { SpearmanResampler } from '../internal/spearman-counts';

/**
 * State a kernel may keep between calls on data of one size, owned by the caller: bootstrapRows passes one for all
 * its rows, so a row reuses the previous row's buffers instead of allocating its own. Absent, nothing is kept.
 */
export interface KernelWork {
  spearman?: SpearmanResampler;
}

/**
 * How a built-in statistic is computed. `evaluate` never changes its input; `evaluateScratch` may reorder the
 * arrays it is given (they are the engine's own resample buffers), which lets median and quantiles select in
 * place without allocating.
 */
export interface StatisticKernel {
  readonly name: string;
  /** How many samples the statistic takes. */
  readonly arity: number;
  /** 'required': the two samples are pairs (x_i, y_i) and must be resampled together. */
  readonly paired: 'required' | 'allowed';
  /** The smallest sample size at which the statistic is defined. */
  readonly minLength: number;
  evaluate(samples: readonly Float64Array[]): number;
  evaluateScratch(samples: readonly Float64Array[]): number;
  /**
   * O(n) leave-one-out values when one observation i of sample j is deleted (for paired statistics, when row i
   * is deleted: j is then ignored). Absent, or returning false (the rule does not apply to these samples): the
   * engine recomputes the statistic on each leave-one-out sample.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: a rule that always applies returns nothing; false declines.
  jackknife?(samples: readonly Float64Array[], j: number, out: Float64Array, work?: KernelWork): void | false;
  /**
   * The statistic of one resample straight from its indices — sample j's values are
   * samples[j][indices[j][offsets[j] + i]] for i < samples[j].length — without gathering them first. Must give
   * the same bits as `evaluateScratch` on the gathered values (same operations in the same order).
   */
  fromIndices?(samples: readonly Float64Array[], indices: readonly Uint32Array[], offsets: readonly number[]): number;
  /**
   * Set-up done once per bootstrap call on the data (sorting it, say), returning the statistic of one resample
   * from its indices as `fromIndices` takes them; undefined when the set-up does not apply (the engine then uses
   * `fromIndices` or gathered copies). Must give the same bits as `evaluateScratch` on the gathered values.
   */
  prepare?(
    samples: readonly Float64Array[],
    work?: KernelWork,
  ): ((indices: readonly Uint32Array[], offsets: readonly number[]) => number) | undefined;
  /**
   * The statistic is built from the means of its samples' resamples: 'mean' (one sample), 'difference' (x̄ − ȳ)
   * or 'ratio' (x̄ / ȳ), combined exactly as `fromIndices` combines them. The engine may then compute the means
   * in its fused WebAssembly kernel (internal/wasm), with the same bits.
   */
  readonly fromMeans?: 'mean' | 'difference' | 'ratio';
  /**
   * Set-up once per bootstrap call for a fused WebAssembly kernel that computes a whole block of replicates of
   * paired data on xoroshiro128+: the returned function takes the block generator's state (pure-rand layout) and
   * writes `rows` replicates to out[at…], returning false when WebAssembly is unavailable (the engine then goes on
   * in JavaScript from that block, with the same bits). Undefined when it does not apply.
   */
  fusedBlocks?(
    samples: readonly Float64Array[],
    work?: KernelWork,
  ): ((state: readonly number[], rows: number, out: Float64Array, at: number) => boolean) | undefined;
  /** A closed-form standard error of the statistic, for the studentized interval. */
  standardError?(samples: readonly Float64Array[]): number;
}
