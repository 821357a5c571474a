/** The mean of values across datasets, their sd (ddof 1; 0 for one value) and the Monte Carlo SE of the mean. */
export interface MeanSummary {
  readonly mean: number;
  readonly sd: number;
  /** sd / √m: the Monte Carlo standard error of the mean over m datasets. */
  readonly standardError: number;
}

/**
 * Mean, sd and SE of the finite values of `values` (NaN ones are skipped: a dataset without an interval), summed
 * in index order with two passes, so the bits depend only on the values and their order. All NaN: NaN fields.
 */
export function meanSummary(values: Float64Array): MeanSummary & { readonly count: number } {
  let m = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    sum += v;
    m++;
  }
  if (m === 0) return { mean: Number.NaN, sd: Number.NaN, standardError: Number.NaN, count: 0 };
  const mean = sum / m;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) continue;
    ss += (v - mean) * (v - mean);
  }
  const sd = m > 1 ? Math.sqrt(ss / (m - 1)) : 0;
  return { mean, sd, standardError: sd / Math.sqrt(m), count: m };
}
