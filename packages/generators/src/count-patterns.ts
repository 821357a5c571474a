/**
 * The shapes `levelCounts` spreads n observations over k tied exposure levels with: the reference's three
 * distribution types (Karwowski-Simulations config.py DISTRIBUTION_TYPES), by the same names.
 *
 * - `even`: as equal as possible.
 * - `heavy_tail`: the two end levels heavier (weight 1 + k/14 each, the interior 1).
 * - `heavy_center`: a normal hump over the levels (weight exp(−4.5·(t − ½)²), t = i/(k − 1): sd 1/3 of the range).
 */
export const COUNT_PATTERNS = ['even', 'heavy_tail', 'heavy_center'] as const;

/** One of {@link COUNT_PATTERNS}. */
export type CountPattern = (typeof COUNT_PATTERNS)[number];
