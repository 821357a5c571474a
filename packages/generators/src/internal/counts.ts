import { GeneratorsError } from '../errors';
import { describe } from './describe';

/** The exposure range of the reference (Karwowski-Simulations config.py X_PARAMS["range"]). */
export const DEFAULT_LEVEL_RANGE: readonly [number, number] = Object.freeze([1.43, 3.55]) as readonly [number, number];

/** Σ counts, after checking that counts are positive integers summing to at least 2. */
export function totalCount(counts: unknown, where: string): number {
  if (!Array.isArray(counts) || counts.length === 0) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_COUNTS',
      `${where}: counts must be a non-empty array of positive integers (one per level), got ${describe(counts)}.`,
    );
  }
  let n = 0;
  for (let i = 0; i < counts.length; i++) {
    const c: unknown = counts[i];
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 1) {
      throw new GeneratorsError(
        'GENERATORS_INVALID_COUNTS',
        `${where}: counts[${i}] must be an integer of at least 1 (every level is observed), got ${describe(c)}.`,
      );
    }
    n += c;
  }
  if (n < 2) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_SIZE',
      `${where}: the counts sum to n = ${n}; n must be at least 2 (Spearman's rho needs 2 pairs).`,
    );
  }
  return n;
}

export function levelRange(range: unknown, where: string): readonly [number, number] {
  if (range === undefined) return DEFAULT_LEVEL_RANGE;
  if (
    !Array.isArray(range) ||
    range.length !== 2 ||
    typeof range[0] !== 'number' ||
    typeof range[1] !== 'number' ||
    !Number.isFinite(range[0]) ||
    !Number.isFinite(range[1]) ||
    !(range[0] < range[1])
  ) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_RANGE',
      `${where}: range must be two finite numbers [lo, hi] with lo < hi, such as [1.43, 3.55]; got ` +
        `${Array.isArray(range) ? JSON.stringify(range) : describe(range)}.`,
    );
  }
  return [range[0], range[1]];
}
