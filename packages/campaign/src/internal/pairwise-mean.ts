// The mean as @bootstat/stats computes it (NumPy's pairwise summation: blocks of up to 128 with 8 accumulators,
// numpy/_core/src/umath/loops_utils.h.src), so a comparison's means equal aggregateCampaign's to the last bit.
// @bootstat/stats does not export its `sum`; this copy is tested against bootstrapCi's mean.
function pairwiseSum(x: readonly number[], from: number, n: number): number {
  if (n < 8) {
    let r = 0;
    for (let i = 0; i < n; i++) r += x[from + i] as number;
    return r;
  }
  if (n <= 128) {
    const at = (k: number) => x[from + k] as number;
    let r0 = at(0);
    let r1 = at(1);
    let r2 = at(2);
    let r3 = at(3);
    let r4 = at(4);
    let r5 = at(5);
    let r6 = at(6);
    let r7 = at(7);
    const end = n - (n % 8);
    let i = 8;
    for (; i < end; i += 8) {
      r0 += at(i);
      r1 += at(i + 1);
      r2 += at(i + 2);
      r3 += at(i + 3);
      r4 += at(i + 4);
      r5 += at(i + 5);
      r6 += at(i + 6);
      r7 += at(i + 7);
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < n; i++) res += at(i);
    return res;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSum(x, from, half) + pairwiseSum(x, from + half, n - half);
}

/** The mean of the values, or null for none. */
export function pairwiseMean(x: readonly number[]): number | null {
  return x.length === 0 ? null : pairwiseSum(x, 0, x.length) / x.length;
}
