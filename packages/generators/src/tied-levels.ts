import { GeneratorsError } from './errors';
import { DEFAULT_LEVEL_RANGE, levelRange, totalCount } from './internal/counts';
import { describe } from './internal/describe';

export { DEFAULT_LEVEL_RANGE };

/** Options of {@link tiedLevels}. */
export interface TiedLevelsOptions {
  /** How many observations sit at each level, in increasing level order (e.g. from `levelCounts`). */
  readonly counts: readonly number[];
  /** The lowest and highest level. Default [1.43, 3.55], the reference's exposure range. */
  readonly range?: readonly [number, number];
  /** The sample size the counts must sum to, when you want that checked. */
  readonly n?: number;
}

/**
 * The sorted x template of a tied design: k = counts.length equally spaced levels over `range`, endpoints
 * included (as `numpy.linspace`: level i = lo + i·(hi − lo)/(k − 1); k = 1 gives lo), level i repeated counts[i]
 * times. Shuffle a copy per dataset with `shuffleLevels`. All counts 1 gives n distinct equally spaced values,
 * the reference's "all distinct" design.
 *
 * @returns a Float64Array of length Σ counts, non-decreasing
 * @throws {GeneratorsError} GENERATORS_INVALID_COUNTS (not an array of integers ≥ 1, or not summing to `n` when
 *   given); GENERATORS_INVALID_SIZE (the counts sum to less than 2); GENERATORS_INVALID_RANGE (not two finite
 *   numbers lo < hi)
 * @example
 * Array.from(tiedLevels({ counts: [2, 1, 1, 2] })); // [1.43, 1.43, 2.1366666666666667, 2.8433333333333333, 3.55, 3.55]
 * tiedLevels({ counts: levelCounts(80, 4, 'even'), n: 80 }).length; // 80
 */
export function tiedLevels(options: TiedLevelsOptions): Float64Array {
  if (typeof options !== 'object' || options === null) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_COUNTS',
      `tiedLevels: pass { counts, range? }, e.g. { counts: levelCounts(80, 4, 'even') }; got ${describe(options)}.`,
    );
  }
  const { counts } = options;
  const n = totalCount(counts, 'tiedLevels');
  if (options.n !== undefined && options.n !== n) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_COUNTS',
      `tiedLevels: the counts sum to ${n}, not n = ${describe(options.n)}. Make them sum to n (levelCounts(n, k, ` +
        `pattern) does).`,
    );
  }
  const [lo, hi] = levelRange(options.range, 'tiedLevels');
  const k = counts.length;
  const step = k === 1 ? 0 : (hi - lo) / (k - 1);
  const out = new Float64Array(n);
  let at = 0;
  for (let i = 0; i < k; i++) {
    // numpy.linspace sets the last point to `stop` exactly.
    const level = k > 1 && i === k - 1 ? hi : lo + i * step;
    out.fill(level, at, at + (counts[i] as number));
    at += counts[i] as number;
  }
  return out;
}
