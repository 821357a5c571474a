import * as z from 'zod';
import { createRegistry, type Registry } from './registry';

/** What a resampler strategy returns: the fragment to merge into the `ciMethod` options. */
export type ResamplerOptions = { readonly paired: boolean };

const NO_OPTIONS = z.strictObject({});

/** The built-in resamplers' option schemas, by name. */
export type ResamplerSchemas = { iid: typeof NO_OPTIONS; paired: typeof NO_OPTIONS };

/** The registry `createResamplerRegistry` returns: input `undefined`, output a `ResamplerOptions` fragment. */
export type ResamplerRegistry = Registry<'resampler', undefined, ResamplerOptions, ResamplerSchemas>;

/**
 * A fresh registry of how samples are resampled: 'iid' (each sample independently, with replacement) and 'paired'
 * (one shared index set, so pairs (x_i, y_i) stay together). `run` returns the options fragment to merge into a
 * `ciMethod` run: `{ ...options, ...resampler.run(name, undefined) }`. Kept this small on purpose: block and
 * stratified resamplers would add their own options here.
 *
 * @example
 * createResamplerRegistry().run('paired', undefined); // { paired: true }
 * createResamplerRegistry().run('iid', undefined); // { paired: false }
 */
export function createResamplerRegistry(): ResamplerRegistry {
  return createRegistry<undefined, ResamplerOptions>()('resampler')
    .register({
      name: 'iid',
      summary: 'Independent samples: each sample resampled with replacement on its own stream',
      references: ['Efron, B. (1979). Bootstrap methods: another look at the jackknife. Ann. Statist. 7(1), 1–26'],
      options: NO_OPTIONS,
      run: () => ({ paired: false }),
    })
    .register({
      name: 'paired',
      summary: 'Pairs: one index set shared by all samples, so (x_i, y_i) are resampled together',
      references: [
        'Efron, B. & Tibshirani, R. J. (1993). An Introduction to the Bootstrap, §9.5 (bootstrapping pairs)',
        'scipy.stats.bootstrap(paired=True)',
      ],
      options: NO_OPTIONS,
      run: () => ({ paired: true }),
    });
}
