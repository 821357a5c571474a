import { describe, expect, it } from 'vitest';
import { expectGeneratorsError } from '../test/expect-error';
import { fitLognormal, LOGNORMAL_MIN_SIGMA } from './fit-lognormal';

describe('fitLognormal (the reference _fit_lognormal)', () => {
  it.each([
    // The reference's four cases (config.py CASES): median, IQR → mu, sigma as REFERENCE-NOTES §2.2 gives them
    // (10 decimals), and as NumPy/SciPy compute them (np.log, scipy.stats.norm.ppf(0.75)): equal bits.
    [1, 15.4, 19.3, 2.7343675094, 0.7212953465, 2.7343675094195836, 0.7212953465487908],
    [2, 42542, 51408, 10.6582471022, 0.7007178403, 10.658247102223596, 0.7007178402786479],
    [3, 14.3, 13.9, 2.6602595373, 0.5872548219, 2.6602595372658615, 0.587254821870035],
    [4, 42485, 47830, 10.6569063514, 0.6620500666, 10.656906351437641, 0.6620500665830246],
  ])('case %i: median %d, IQR %d', (_, median, iqr, mu10, sigma10, mu, sigma) => {
    const fit = fitLognormal(median, iqr);
    expect(fit.mu).toBeCloseTo(mu10, 10);
    expect(fit.sigma).toBeCloseTo(sigma10, 10);
    expect(fit).toEqual({ mu, sigma });
  });

  it('floors sigma at 0.01', () => {
    expect(fitLognormal(100, 0.001).sigma).toBe(LOGNORMAL_MIN_SIGMA);
  });

  it('rejects a median or IQR that is not a finite positive number', () => {
    for (const [m, q] of [
      [0, 1],
      [-1, 1],
      [1, 0],
      [Number.NaN, 1],
      [1, Number.POSITIVE_INFINITY],
    ]) {
      expectGeneratorsError(() => fitLognormal(m as number, q as number), 'GENERATORS_INVALID_OPTION');
    }
  });
});
