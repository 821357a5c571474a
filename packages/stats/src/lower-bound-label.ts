/** How the gate's bound is named and described at a given alpha, so no text says "95 %" when alpha is not 0.025. */
export interface LowerBoundLabel {
  /** The column name: `lower_bound_95` at alpha 0.025, `lower_bound_90` at 0.05 (the two-sided level, in %). */
  readonly column: string;
  /** The two-sided interval level in % (100 · (1 − 2α)): 95 at alpha 0.025. */
  readonly twoSidedPercent: number;
  /** The one-sided level in % (100 · (1 − α)): 97.5 at alpha 0.025. */
  readonly oneSidedPercent: number;
  /** "the lower end of the two-sided 95% BCa interval of the mean (a one-sided 97.5% lower bound, alpha 0.025)". */
  readonly sentence: string;
}

// 100 · (1 − 2α) in binary floating point is 95.00000000000001 at α = 0.025: ten significant digits are plenty.
const percent = (x: number) => Number((100 * x).toPrecision(10));

/**
 * The name and the description of the promotion gate's bound at `alpha` (lowerBound95's lower-tail probability):
 * the lower end of the two-sided 100(1 − 2α) % BCa interval, which is a one-sided 100(1 − α) % lower bound.
 *
 * @example
 * lowerBoundLabel(0.025).column; // 'lower_bound_95'
 * lowerBoundLabel(0.05).sentence; // 'the lower end of the two-sided 90% BCa interval of the mean (a one-sided 95% lower bound, alpha 0.05)'
 */
export function lowerBoundLabel(alpha: number): LowerBoundLabel {
  const twoSidedPercent = percent(1 - 2 * alpha);
  const oneSidedPercent = percent(1 - alpha);
  return {
    column: `lower_bound_${twoSidedPercent}`,
    twoSidedPercent,
    oneSidedPercent,
    sentence: `the lower end of the two-sided ${twoSidedPercent}% BCa interval of the mean (a one-sided ${oneSidedPercent}% lower bound, alpha ${alpha})`,
  };
}
