import { describe, expect, it } from 'vitest';
import { lowerBoundLabel } from './lower-bound-label';

describe('lowerBoundLabel', () => {
  it.each([
    [0.025, 'lower_bound_95', 95, 97.5],
    [0.05, 'lower_bound_90', 90, 95],
    [0.005, 'lower_bound_99', 99, 99.5],
    [0.0125, 'lower_bound_97.5', 97.5, 98.75],
    [0.1, 'lower_bound_80', 80, 90],
  ])('at alpha %d names the column %s (two-sided %d %%, one-sided %d %%)', (alpha, column, two, one) => {
    const label = lowerBoundLabel(alpha);
    expect(label).toMatchObject({ column, twoSidedPercent: two, oneSidedPercent: one });
    expect(label.sentence).toBe(
      `the lower end of the two-sided ${two}% BCa interval of the mean (a one-sided ${one}% lower bound, alpha ${alpha})`,
    );
  });
});
