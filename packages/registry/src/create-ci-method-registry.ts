import { type BootstrapResult, bootstrap, type CiMethod, type Statistic } from '@bootstat/stats';
import type { z } from 'zod';
import { CiMethodOptionsSchema, StudentizedOptionsSchema } from './ci-method-options';
import { withoutUndefined } from './internal/without-undefined';
import type { IntervalResult } from './interval-result';
import { createRegistry, type Registry } from './registry';
import type { Strategy } from './strategy';

/** What a `ciMethod` strategy is run on: the samples (one, or two for two-sample and paired statistics) and the statistic. */
export interface CiMethodInput {
  readonly samples: readonly (readonly number[] | Float64Array)[];
  readonly statistic: Statistic;
}

/** The built-in methods' option schemas, by name. */
export type CiMethodSchemas = {
  percentile: typeof CiMethodOptionsSchema;
  basic: typeof CiMethodOptionsSchema;
  normal: typeof CiMethodOptionsSchema;
  bca: typeof CiMethodOptionsSchema;
  studentized: typeof StudentizedOptionsSchema;
};

/** The registry `createCiMethodRegistry` returns. */
export type CiMethodRegistry = Registry<'ciMethod', CiMethodInput, IntervalResult, CiMethodSchemas>;

const EFRON_TIBSHIRANI = 'Efron, B. & Tibshirani, R. J. (1993). An Introduction to the Bootstrap. Chapman & Hall';
const SCIPY = 'scipy.stats.bootstrap (SciPy 1.17)';

function bootstrapStrategy<const Name extends CiMethod, Options extends z.ZodType>(
  name: Name,
  options: Options,
  summary: string,
  references: readonly string[],
): Strategy<Name, Options, CiMethodInput, BootstrapResult> {
  return {
    name,
    summary,
    references,
    options,
    // Both schemas' outputs are subsets of the studentized one, whose keys are all bootstrap() options.
    run: (input, parsed) =>
      bootstrap(input.samples, input.statistic, {
        ...withoutUndefined(parsed as z.output<typeof StudentizedOptionsSchema>),
        method: name,
      }),
  };
}

/**
 * A fresh registry of the bootstrap's interval methods — 'percentile', 'basic', 'normal', 'bca', 'studentized' —
 * each running `bootstrap(input.samples, input.statistic, { ...options, method: name })` with the options of
 * `CiMethodOptionsSchema` (`StudentizedOptionsSchema` for 'studentized'). Register more methods on the result.
 *
 * @example
 * const ciMethod = createCiMethodRegistry();
 * const r = ciMethod.run('percentile', { samples: [[2.1, 3.4, 1.9, 5.6, 4.4]], statistic: 'mean' }, { seed: 42 });
 * [r.method, r.nResamples]; // ['percentile', 9999]
 * 1.9 <= r.ci.low && r.ci.high <= 5.6; // true
 */
export function createCiMethodRegistry(): CiMethodRegistry {
  return createRegistry<CiMethodInput, IntervalResult>()('ciMethod')
    .register(
      bootstrapStrategy(
        'percentile',
        CiMethodOptionsSchema,
        'Percentile: the α and 1 − α quantiles of the bootstrap replicates',
        [`${EFRON_TIBSHIRANI}, §13.3`, SCIPY],
      ),
    )
    .register(
      bootstrapStrategy(
        'basic',
        CiMethodOptionsSchema,
        'Basic (reverse percentile): the percentile interval reflected about the estimate, [2θ̂ − q(1 − α), 2θ̂ − q(α)]',
        [
          'Davison, A. C. & Hinkley, D. V. (1997). Bootstrap Methods and their Application. Cambridge University Press, eq. 5.6',
          SCIPY,
        ],
      ),
    )
    .register(
      bootstrapStrategy(
        'normal',
        CiMethodOptionsSchema,
        'Normal: θ̂ ± z·ŝe with the bootstrap standard error, no bias correction',
        [`${EFRON_TIBSHIRANI}, eq. 13.2`, SCIPY],
      ),
    )
    .register(
      bootstrapStrategy(
        'bca',
        CiMethodOptionsSchema,
        "BCa: bias-corrected and accelerated percentiles (SciPy's default), jackknife acceleration",
        [
          'Efron, B. (1987). Better bootstrap confidence intervals. JASA 82(397), 171–185',
          `${EFRON_TIBSHIRANI}, §14.3 (ẑ0: eq. 14.14, â: eq. 14.15)`,
          SCIPY,
        ],
      ),
    )
    .register(
      bootstrapStrategy(
        'studentized',
        StudentizedOptionsSchema,
        'Studentized (bootstrap-t): resampled t statistics; ŝe by formula (mean, mean-difference) or nested bootstrap',
        [`${EFRON_TIBSHIRANI}, §12.5`],
      ),
    );
}
