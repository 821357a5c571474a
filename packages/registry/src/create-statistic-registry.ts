import { QUANTILE_METHODS, type Statistic, type StatisticName } from '@bootstat/stats';
import * as z from 'zod';
import { createRegistry, type Registry } from './registry';
import type { Strategy } from './strategy';

/**
 * What the CLI needs to know about a statistic before resampling: how many samples it takes (1 or 2 for the
 * built-ins) and whether they are pairs that must be resampled together ('required': spearman, pearson).
 * Optional on plugin statistics; without it, treat the statistic as taking any number of samples, pairs allowed.
 */
export type StatisticMeta = {
  readonly arity: number;
  readonly paired: 'required' | 'allowed';
};

const NO_OPTIONS = z.strictObject({});
const QUANTILE_METHOD = z.enum(QUANTILE_METHODS).default('linear').describe("NumPy's quantile method (type 7)");
const MEDIAN_OPTIONS = z.strictObject({ method: QUANTILE_METHOD });
const QUANTILE_OPTIONS = z.strictObject({
  p: z.number().min(0).max(1).describe('The probability of the quantile, in [0, 1]'),
  method: QUANTILE_METHOD,
});
const TRIMMED_MEAN_OPTIONS = z.strictObject({
  proportion: z.number().min(0).lt(0.5).describe('Share cut from each end, in [0, 0.5)'),
});
const DDOF_OPTIONS = z.strictObject({
  ddof: z.number().int().min(0).default(1).describe('Delta degrees of freedom (1: sample, as R)'),
});

const ONE_SAMPLE = ['mean', 'median', 'std', 'var', 'quantile', 'trimmed-mean', 'proportion'] as const;
const DIFFERENCE_OPTIONS = z.strictObject({
  of: z.enum(ONE_SAMPLE).default('mean').describe('The one-sample statistic whose difference θ(x) − θ(y) is taken'),
  p: z.number().min(0).max(1).optional().describe('Its probability, for of: quantile'),
  proportion: z.number().min(0).lt(0.5).optional().describe('Its cut, for of: trimmed-mean'),
  ddof: z.number().int().min(0).optional().describe('Its delta degrees of freedom, for of: std or var'),
  method: QUANTILE_METHOD.optional(),
});

/** The built-in statistics' option schemas, by name. */
export type StatisticSchemas = {
  mean: typeof NO_OPTIONS;
  median: typeof MEDIAN_OPTIONS;
  std: typeof DDOF_OPTIONS;
  var: typeof DDOF_OPTIONS;
  quantile: typeof QUANTILE_OPTIONS;
  'trimmed-mean': typeof TRIMMED_MEAN_OPTIONS;
  proportion: typeof NO_OPTIONS;
  spearman: typeof NO_OPTIONS;
  pearson: typeof NO_OPTIONS;
  'mean-difference': typeof NO_OPTIONS;
  'mean-ratio': typeof NO_OPTIONS;
  difference: typeof DIFFERENCE_OPTIONS;
};

/**
 * The registry `createStatisticRegistry` returns. A statistic strategy takes no input (pass `undefined`) and
 * returns the `Statistic` that `bootstrap()` and the `ciMethod` strategies accept: a name, a spec with its
 * options, or (from a plugin) a function of the samples.
 */
export type StatisticRegistry = Registry<'statistic', undefined, Statistic, StatisticSchemas, StatisticMeta>;

const one = { arity: 1, paired: 'allowed' } as const satisfies StatisticMeta;

function named<const Name extends StatisticName>(
  name: Name,
  summary: string,
  references: readonly string[],
  meta: StatisticMeta,
): Strategy<Name, typeof NO_OPTIONS, undefined, Statistic, StatisticMeta> {
  return { name, summary, references, meta, options: NO_OPTIONS, run: () => name };
}

const NUMPY_QUANTILE = 'numpy.quantile; Hyndman, R. J. & Fan, Y. (1996). The American Statistician 50(4), 361–365';

/**
 * A fresh registry of `bootstrap()`'s built-in statistics (`STATISTIC_NAMES`), each with its options and
 * `meta: { arity, paired }`. `run` returns the statistic spec, e.g. `{ name: 'quantile', p: 0.9, method: 'linear' }`
 * or `'mean'`, to pass as `CiMethodInput.statistic`.
 *
 * @example
 * const statistic = createStatisticRegistry();
 * statistic.run('quantile', undefined, { p: 0.9 }); // { name: 'quantile', p: 0.9, method: 'linear' }
 * statistic.get('spearman').meta; // { arity: 2, paired: 'required' }
 */
export function createStatisticRegistry(): StatisticRegistry {
  return createRegistry<undefined, Statistic, StatisticMeta>()('statistic')
    .register(named('mean', 'Arithmetic mean (NumPy pairwise summation)', ['numpy.mean'], one))
    .register({
      name: 'median',
      summary: 'Median: the 0.5 quantile',
      references: [NUMPY_QUANTILE],
      meta: one,
      options: MEDIAN_OPTIONS,
      run: (_, { method }) => ({ name: 'median', method }),
    })
    .register({
      name: 'std',
      summary: 'Standard deviation, ddof 1 by default (R sd; NumPy defaults to 0)',
      references: ["R's sd", 'numpy.std'],
      meta: one,
      options: DDOF_OPTIONS,
      run: (_, { ddof }) => ({ name: 'std', ddof }),
    })
    .register({
      name: 'var',
      summary: 'Variance, ddof 1 by default (R var; NumPy defaults to 0)',
      references: ["R's var", 'numpy.var'],
      meta: one,
      options: DDOF_OPTIONS,
      run: (_, { ddof }) => ({ name: 'var', ddof }),
    })
    .register({
      name: 'quantile',
      summary: "Quantile at probability p, by any of NumPy's 13 methods",
      references: [NUMPY_QUANTILE],
      meta: one,
      options: QUANTILE_OPTIONS,
      run: (_, { p, method }) => ({ name: 'quantile', p, method }),
    })
    .register({
      name: 'trimmed-mean',
      summary: 'Trimmed mean: sort, cut ⌊proportion·n⌋ values from each end, average the rest',
      references: ['scipy.stats.trim_mean'],
      meta: one,
      options: TRIMMED_MEAN_OPTIONS,
      run: (_, { proportion }) => ({ name: 'trimmed-mean', proportion }),
    })
    .register(named('proportion', 'Proportion of ones in a sample of zeros and ones', [], one))
    .register(
      named(
        'spearman',
        "Spearman's rank correlation of pairs (x_i, y_i), average ranks for ties",
        ['scipy.stats.spearmanr'],
        { arity: 2, paired: 'required' },
      ),
    )
    .register(
      named('pearson', "Pearson's correlation of pairs (x_i, y_i)", ['scipy.stats.pearsonr'], {
        arity: 2,
        paired: 'required',
      }),
    )
    .register(
      named('mean-difference', 'Difference of two means, mean(x) − mean(y); Welch standard error', [], {
        arity: 2,
        paired: 'allowed',
      }),
    )
    .register(named('mean-ratio', 'Ratio of two means, mean(x) / mean(y)', [], { arity: 2, paired: 'allowed' }))
    .register({
      name: 'difference',
      summary: 'Difference θ(x) − θ(y) of a one-sample statistic (median, a quantile, sd…) between two samples',
      references: [],
      meta: { arity: 2, paired: 'allowed' },
      options: DIFFERENCE_OPTIONS,
      run: (_, { of, ...inner }) => {
        const given = Object.fromEntries(Object.entries(inner).filter(([, v]) => v !== undefined));
        return { name: 'difference', of: Object.keys(given).length === 0 ? of : ({ name: of, ...given } as Statistic) };
      },
    });
}
