import { StatsError } from './errors';
import { describe } from './internal/describe';
import { finiteSample } from './internal/finite-sample';

/** How {@link rank} ranks tied values; SciPy's names (`scipy.stats.rankdata`). */
export const RANK_METHODS = ['average', 'min', 'max', 'dense', 'ordinal'] as const;

/** One of {@link RANK_METHODS}. */
export type RankMethod = (typeof RANK_METHODS)[number];

/** Options of {@link rank}. */
export interface RankOptions {
  /** How ties are ranked. Default `'average'`. */
  readonly method?: RankMethod;
}

/**
 * Ranks from 1 to n, exactly as `scipy.stats.rankdata(data, method=...)`. A group of k tied values that would
 * take ranks r … r + k − 1 gets: `'average'` r + (k − 1)/2 each (the default, and what Spearman's rho uses),
 * `'min'` r, `'max'` r + k − 1, `'dense'` the group's number among the distinct values (1, 2, …), `'ordinal'`
 * r, r + 1, … in order of appearance. −0 and +0 are tied. Empty data gives an empty result, as in SciPy.
 *
 * @param data - a number[] or Float64Array of finite values (not modified)
 * @returns the ranks in the order of `data`, as a Float64Array
 * @throws {StatsError} STATS_NON_FINITE when data holds NaN or ±Infinity; STATS_INVALID_INPUT when it is not a
 *   number[] or Float64Array; STATS_INVALID_OPTION for an unknown method
 * @example
 * Array.from(rank([10, 20, 10, 30])); // [1.5, 3, 1.5, 4]
 * Array.from(rank([10, 20, 10, 30], { method: 'dense' })); // [1, 2, 1, 3]
 */
export function rank(data: readonly number[] | Float64Array, options?: RankOptions): Float64Array {
  const values = finiteSample(data, 'rank', 'data');
  const method = readMethod(options);
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Ties broken by position: a stable order, which 'ordinal' needs (SciPy sorts with stable=True).
  order.sort((a, b) => {
    const va = values[a] as number;
    const vb = values[b] as number;
    return va < vb ? -1 : va > vb ? 1 : a - b;
  });
  const ranks = new Float64Array(n);
  let distinct = 0;
  for (let start = 0; start < n; ) {
    const v = values[order[start] as number] as number;
    let end = start + 1; // one past the last of the tie group
    while (end < n && values[order[end] as number] === v) end++;
    distinct++;
    for (let k = start; k < end; k++) {
      let r: number;
      if (method === 'average') r = start + 1 + (end - start - 1) / 2;
      else if (method === 'min') r = start + 1;
      else if (method === 'max') r = end;
      else if (method === 'dense') r = distinct;
      else r = k + 1;
      ranks[order[k] as number] = r;
    }
    start = end;
  }
  return ranks;
}

function readMethod(options: unknown): RankMethod {
  if (options === undefined) return 'average';
  if (typeof options !== 'object' || options === null) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `rank: options must be an object such as { method: 'min' }, got ${describe(options)}.`,
    );
  }
  const method: unknown = (options as { method?: unknown }).method;
  if (method === undefined) return 'average';
  if (!(RANK_METHODS as readonly unknown[]).includes(method)) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `rank: unknown method ${describe(method)}. Use one of: ${RANK_METHODS.join(', ')}.`,
    );
  }
  return method as RankMethod;
}
