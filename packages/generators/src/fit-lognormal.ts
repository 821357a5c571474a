import { normalPpf } from '@bootstat/rng';
import { GeneratorsError } from './errors';
import { describe } from './internal/describe';

/** Parameters of a lognormal: ln Y ~ N(mu, sigma²). */
export interface LognormalParameters {
  readonly mu: number;
  readonly sigma: number;
}

/** The smallest sigma `fitLognormal` returns (the reference's floor). */
export const LOGNORMAL_MIN_SIGMA = 0.01;

/**
 * The lognormal with a given median and interquartile range, as the reference fits it (Karwowski-Simulations
 * data_generator.py `_fit_lognormal`): mu = ln median and, taking the upper quartile as median + IQR/2,
 * sigma = max((ln(median + IQR/2) − mu) / Φ⁻¹(0.75), 0.01). (The exact lognormal quartiles are not symmetric about
 * the median; this is the reference's convention, kept so its cases give its parameters.)
 *
 * @param median - the median of Y, > 0
 * @param iqr - the interquartile range of Y, > 0
 * @throws {GeneratorsError} GENERATORS_INVALID_OPTION when median or iqr is not a finite positive number
 * @example
 * fitLognormal(15.4, 19.3); // { mu: 2.7343675094195836, sigma: 0.7212953465487908 }
 */
export function fitLognormal(median: number, iqr: number): LognormalParameters {
  for (const [what, v] of [
    ['median', median],
    ['iqr', iqr],
  ] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v) || !(v > 0)) {
      throw new GeneratorsError(
        'GENERATORS_INVALID_OPTION',
        `fitLognormal: ${what} must be a finite number > 0, got ${describe(v)}.`,
      );
    }
  }
  const mu = Math.log(median);
  const sigma = Math.max((Math.log(median + iqr / 2) - mu) / normalPpf(0.75), LOGNORMAL_MIN_SIGMA);
  return { mu, sigma };
}
