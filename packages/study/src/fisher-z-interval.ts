import { normalPpf } from '@bootstat/stats';
import { StudyError } from './errors';

export interface FisherZOptions {
  /** The sample size, at least 4 (the standard error divides by n − 3). */
  readonly n: number;
  /** Default 0.95. */
  readonly confidenceLevel?: number;
  /** The sizes of the tie groups of x (e.g. the counts of each exposure level); omitted or all 1: no ties. */
  readonly tieCounts?: readonly number[];
}

export interface FisherZInterval {
  readonly ci: { readonly low: number; readonly high: number };
  /** The standard error of z = atanh(ρ), after the tie correction. */
  readonly standardError: number;
  /** The factor the tie correction multiplied the standard error by (1 without ties). */
  readonly tieCorrection: number;
}

/**
 * The asymptotic interval of a Spearman correlation by Fisher's z: z = atanh(ρ̂) ± z_{1−α/2}·SE, back through tanh,
 * with SE = √(1.06/(n − 3)), the variance of Fieller, Hartley & Pearson (1957, Biometrika 44:470–481), which the
 * reference and the study issue call Bonett–Wright (Bonett & Wright 2000 compare it with their own
 * (1 + ρ̂²/2)/(n − 3), not used here). Ties in x widen it by
 * √((n³ − n)/(n³ − n − Σ(t³ − t))), the ratio of the null variances of Spearman's statistic without and with the
 * ties (Kendall & Gibbons 1990, §3.8); the y values are taken as untied, as in the study the reference ran.
 * ρ̂ is clipped to ±0.9999 so that ±1 gives a finite z.
 *
 * @throws {StudyError} STUDY_INVALID_OPTION for n < 4, a level outside (0, 1), |ρ̂| > 1 or NaN, or tie counts
 *   that do not sum to n
 * @example
 * const r = fisherZInterval(-0.13, { n: 80, tieCounts: [20, 20, 20, 20] });
 * Math.round(r.ci.low * 1e4) / 1e4; // -0.3524
 */
export function fisherZInterval(rho: number, options: FisherZOptions): FisherZInterval {
  const { n, confidenceLevel = 0.95, tieCounts } = options;
  if (!Number.isInteger(n) || n < 4) {
    throw new StudyError('STUDY_INVALID_OPTION', `fisherZInterval: n must be a whole number of at least 4, got ${n}.`);
  }
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new StudyError(
      'STUDY_INVALID_OPTION',
      `fisherZInterval: confidenceLevel must be in (0, 1), got ${confidenceLevel}.`,
    );
  }
  if (!(Math.abs(rho) <= 1)) {
    throw new StudyError('STUDY_INVALID_OPTION', `fisherZInterval: rho must be in [-1, 1], got ${rho}.`);
  }
  let tieCorrection = 1;
  if (tieCounts !== undefined) {
    let total = 0;
    let ties = 0;
    for (const t of tieCounts) {
      total += t;
      ties += t * t * t - t;
    }
    if (total !== n) {
      throw new StudyError('STUDY_INVALID_OPTION', `fisherZInterval: tieCounts sum to ${total}, not n = ${n}.`);
    }
    const all = n * n * n - n;
    tieCorrection = ties < all ? Math.sqrt(all / (all - ties)) : Number.POSITIVE_INFINITY;
  }
  const z = Math.atanh(Math.min(Math.max(rho, -0.9999), 0.9999));
  const standardError = Math.sqrt(1.06 / (n - 3)) * tieCorrection;
  const q = normalPpf(1 - (1 - confidenceLevel) / 2);
  return {
    ci: { low: Math.tanh(z - q * standardError), high: Math.tanh(z + q * standardError) },
    standardError,
    tieCorrection,
  };
}
