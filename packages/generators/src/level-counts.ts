import { closestName } from '@bootstat/registry';
import { COUNT_PATTERNS, type CountPattern } from './count-patterns';
import { GeneratorsError } from './errors';
import { describe } from './internal/describe';
import { assertSampleSize } from './internal/validate';

/** heavy_tail: each end level weighs 1 + k·HEAVY_TAIL_SLOPE, every interior level 1. */
const HEAVY_TAIL_SLOPE = 1 / 14;
/** heavy_center: weight exp(−HEAVY_CENTER_CURVATURE·(t − ½)²): a normal hump with sd 1/3 of the range. */
const HEAVY_CENTER_CURVATURE = 4.5;

function weight(pattern: CountPattern, i: number, k: number): number {
  if (pattern === 'even' || k === 1) return 1;
  if (pattern === 'heavy_tail') return i === 0 || i === k - 1 ? 1 + k * HEAVY_TAIL_SLOPE : 1;
  // t − ½ as (2i − (k − 1)) / (2(k − 1)): an exact integer over a constant, so mirrored levels get equal weights
  // bit for bit (i/(k − 1) − ½ would not be exactly antisymmetric).
  const d = (2 * i - (k - 1)) / (2 * (k - 1));
  return Math.exp(-HEAVY_CENTER_CURVATURE * d * d);
}

/** The order in which tied remainders get a unit: first, last, second, second-to-last, … */
function endsInwardPosition(i: number, k: number): number {
  const fromEnd = Math.min(i, k - 1 - i);
  return 2 * fromEnd + (i <= k - 1 - i ? 0 : 1);
}

/**
 * How many of n observations fall at each of k tied exposure levels (in increasing level order), by a rule
 * defined for any n ≥ k ≥ 1 — the reference project (Karwowski-Simulations config.py FREQ_DICT) only has a
 * hand-made table for n = 73, 80, 81 and 82.
 *
 * Every level gets 1; the other n − k are apportioned by the pattern's weights with the largest-remainder
 * (Hamilton) method: level i's quota is (n − k)·w_i/Σw, each level gets ⌊quota⌋, and the units left over go to the
 * largest fractional parts, equal fractional parts from the ends inwards (first, last, second, second-to-last, …).
 * Weights: `even` 1; `heavy_tail` 1 + k/14 at both ends, 1 inside; `heavy_center` exp(−4.5·(t − ½)²) with
 * t = i/(k − 1) (k = 1: 1). Symmetric weights give counts whose mirror images differ by at most 1, in one pair,
 * the larger first. k = n gives all ones (every value distinct). The README compares the rule with FREQ_DICT.
 *
 * @param n - the sample size, an integer ≥ 2
 * @param k - the number of distinct levels, an integer in [1, n]
 * @param pattern - one of {@link COUNT_PATTERNS}
 * @returns k positive integers summing to n
 * @throws {GeneratorsError} GENERATORS_INVALID_SIZE (n < 2, k < 1, k > n, not integers);
 *   GENERATORS_UNKNOWN_PATTERN (the message suggests the closest name)
 * @example
 * levelCounts(80, 4, 'even'); // [20, 20, 20, 20]
 * levelCounts(81, 4, 'even'); // [21, 20, 20, 20]
 * levelCounts(80, 5, 'heavy_center'); // [9, 19, 25, 19, 8]
 */
export function levelCounts(n: number, k: number, pattern: CountPattern): number[] {
  assertSampleSize(n, 'levelCounts');
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > n) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_SIZE',
      `levelCounts: k (the number of levels) must be an integer in [1, n] = [1, ${n}], got ${describe(k)}.`,
    );
  }
  if (!(COUNT_PATTERNS as readonly unknown[]).includes(pattern)) {
    const hint = typeof pattern === 'string' ? closestName(pattern, COUNT_PATTERNS) : undefined;
    throw new GeneratorsError(
      'GENERATORS_UNKNOWN_PATTERN',
      `levelCounts: unknown count pattern ${describe(pattern)}.${hint === undefined ? '' : ` Did you mean '${hint}'?`} ` +
        `Use one of: ${COUNT_PATTERNS.join(', ')}.`,
    );
  }
  const weights = Array.from({ length: k }, (_, i) => weight(pattern, i, k));
  let total = 0;
  for (const w of weights) total += w;
  const spare = n - k;
  const counts = new Array<number>(k);
  const remainders = new Array<number>(k);
  let given = 0;
  for (let i = 0; i < k; i++) {
    const quota = (spare * (weights[i] as number)) / total;
    const whole = Math.floor(quota);
    counts[i] = 1 + whole;
    remainders[i] = quota - whole;
    given += whole;
  }
  const order = Array.from({ length: k }, (_, i) => i).sort((a, b) => {
    const ra = remainders[a] as number;
    const rb = remainders[b] as number;
    return ra !== rb ? rb - ra : endsInwardPosition(a, k) - endsInwardPosition(b, k);
  });
  // Σ⌊quota⌋ is n − k minus fewer than k units; should rounding ever put it over, the smallest remainders give back.
  let left = spare - given;
  for (let u = 0; left > 0; u++, left--) {
    const i = order[u % k] as number;
    counts[i] = (counts[i] as number) + 1;
  }
  for (let u = k - 1; left < 0; u = (u + k - 1) % k) {
    const i = order[u] as number;
    if ((counts[i] as number) > 1) {
      counts[i] = (counts[i] as number) - 1;
      left++;
    }
  }
  return counts;
}
