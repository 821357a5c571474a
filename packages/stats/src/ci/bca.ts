import { normalPpf } from '@bootstat/rng';
import { normalCdf } from '../normal-cdf';
import { replicateMean } from '../statistics/mean';
import type { Ends, ReplicateQuantile } from './interval';

export interface BiasCorrectionOptions {
  /** 'scipy': (#{θ* < θ̂} + #{θ* ≤ θ̂}) / 2B, ties count half (SciPy). 'r': #{θ* < θ̂} / B (R's boot). */
  readonly compat: 'scipy' | 'r';
  /** Replicates with |θ* − θ̂| ≤ tieTolerance·|θ̂| count as ties (equal to θ̂); 0 means exact equality. */
  readonly tieTolerance: number;
}

/** ẑ0 = Φ⁻¹(share of replicates below θ̂) (Efron & Tibshirani 1993, eq. 14.14), with the tie rule chosen. */
export function biasCorrection(distribution: Float64Array, estimate: number, options: BiasCorrectionOptions): number {
  const tolerance = options.tieTolerance * Math.abs(estimate);
  let below = 0;
  let ties = 0;
  for (let i = 0; i < distribution.length; i++) {
    const d = (distribution[i] as number) - estimate;
    if (Math.abs(d) <= tolerance) ties++;
    else if (d < 0) below++;
  }
  const B = distribution.length;
  const share = options.compat === 'r' ? below / B : (2 * below + ties) / (2 * B);
  return normalPpf(share);
}

/**
 * â from jackknife values (Efron & Tibshirani 1993, eq. 14.15), in SciPy's multi-sample form: for each sample
 * j with leave-one-out values θ_(i) and their mean θ_(·), U_i = (n_j − 1)(θ_(·) − θ_(i));
 * â = Σ_j ΣU³/n_j³ / (6 (Σ_j ΣU²/n_j²)^{3/2}). Paired data give one sample (whole rows deleted).
 */
export function acceleration(leaveOneOut: readonly Float64Array[]): number {
  // â is invariant to scaling every U by one c > 0, so the U are divided by their largest magnitude first:
  // cubes and squares of tiny (or huge) jackknife differences then neither underflow nor overflow.
  const us = leaveOneOut.map((values) => {
    const n = values.length;
    // θ_(·) as SciPy's np.mean; all-equal values give exactly U = 0, so a constant jackknife is 0/0 whatever its value.
    const mean = replicateMean(values);
    const u = new Float64Array(n);
    for (let i = 0; i < n; i++) u[i] = (n - 1) * (mean - (values[i] as number));
    return u;
  });
  let scale = 0;
  for (const u of us) for (let i = 0; i < u.length; i++) scale = Math.max(scale, Math.abs(u[i] as number));
  if (scale === 0 || !Number.isFinite(scale)) return Number.NaN; // no spread: â is 0/0
  let num = 0;
  let den = 0;
  for (const u of us) {
    const n = u.length;
    let s2 = 0;
    let s3 = 0;
    for (let i = 0; i < n; i++) {
      const v = (u[i] as number) / scale;
      s2 += v * v;
      s3 += v * v * v;
    }
    num += s3 / (n * n * n);
    den += s2 / (n * n);
  }
  return num / den ** 1.5 / 6;
}

/**
 * BCa interval (Efron 1987; Efron & Tibshirani 1993, §14.3): the replicate quantiles at
 * α₁ = Φ(ẑ0 + (ẑ0 + z_α)/(1 − â(ẑ0 + z_α))) and α₂ = Φ(ẑ0 + (ẑ0 + z_{1−α})/(1 − â(ẑ0 + z_{1−α}))).
 */
export function bcaEnds(
  quantile: ReplicateQuantile,
  alpha: number,
  z0: number,
  a: number,
): Ends & { alpha1: number; alpha2: number } {
  const zAlpha = normalPpf(alpha);
  const num1 = z0 + zAlpha;
  const alpha1 = normalCdf(z0 + num1 / (1 - a * num1));
  const num2 = z0 - zAlpha;
  const alpha2 = normalCdf(z0 + num2 / (1 - a * num2));
  const at = (p: number) => (Number.isNaN(p) ? Number.NaN : quantile(p));
  return { low: at(alpha1), high: at(alpha2), alpha1, alpha2 };
}
