import { defineStrategy } from '@bootstat/registry';
import { normalPpf } from '@bootstat/rng';
import * as z from 'zod';
import { fitLognormal } from '../fit-lognormal';
import type { Marginal } from '../marginal';

/**
 * The `lognormal` marginal: fitted from a median and an IQR by `fitLognormal`; quantile(p) = exp(mu + sigma·Φ⁻¹(p)).
 * Drawn by inversion on the lattice of `fillNormal`, a value is exp(mu + sigma·z) with z a `fillNormal` deviate.
 */
export const lognormalMarginal = defineStrategy({
  name: 'lognormal',
  summary: 'Lognormal fitted from a median and an IQR (upper quartile taken as median + IQR/2)',
  references: ['Karwowski-Simulations, data_generator.py _fit_lognormal (rfowler5/Karwowski-Simulations)'],
  options: z.strictObject({
    median: z.number().positive().finite().describe('Median of the outcome, > 0'),
    iqr: z.number().positive().finite().describe('Interquartile range of the outcome, > 0'),
  }),
  run(_input: undefined, { median, iqr }): Marginal {
    const { mu, sigma } = fitLognormal(median, iqr);
    return {
      name: 'lognormal',
      parameters: Object.freeze({ mu, sigma, median, iqr }),
      quantile: (p: number) => Math.exp(mu + sigma * normalPpf(p)),
    };
  },
});
