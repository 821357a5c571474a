/**
 * A continuous outcome distribution, as its quantile function: what a `marginal` strategy's `run` returns. The
 * outcomes draw from it by inversion (rank mixing: n iid values quantile(u), u on the open lattice (k + ½)/2^52;
 * the Gaussian copula: quantile(Φ(z))), so a marginal needs nothing else.
 */
export interface Marginal {
  /** The strategy's name ('lognormal'). */
  readonly name: string;
  /** The fitted parameters, for outcomes that need them (log-linear reads the lognormal's mu and sigma). */
  readonly parameters: Readonly<Record<string, number>>;
  /** The p-quantile for p in (0, 1); non-decreasing in p. */
  quantile(p: number): number;
}
