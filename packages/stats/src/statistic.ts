import { StatsError } from './errors';
import { describe } from './internal/describe';
import { QUANTILE_METHODS, type QuantileMethod } from './internal/quantile-methods';
import { pearsonKernel, spearmanKernel } from './statistics/correlation';
import { differenceKernel } from './statistics/difference';
import type { StatisticKernel } from './statistics/kernel';
import { meanKernel, proportionKernel } from './statistics/mean';
import { quantileKernel } from './statistics/quantile';
import { trimmedMeanKernel } from './statistics/trimmed-mean';
import { meanDifferenceKernel, meanRatioKernel } from './statistics/two-sample';
import { stdKernel, varianceKernel } from './statistics/variance';

/** The statistics built into `bootstrap`, by name. */
export const STATISTIC_NAMES = [
  'mean',
  'median',
  'std',
  'var',
  'quantile',
  'trimmed-mean',
  'proportion',
  'spearman',
  'pearson',
  'mean-difference',
  'mean-ratio',
  'difference',
] as const;

export type StatisticName = (typeof STATISTIC_NAMES)[number];

/**
 * A user statistic: called with one array per sample (resampled), returns a number. The arrays are the engine's
 * reused buffers: read them, do not keep them.
 */
export type StatisticFunction = (...samples: Float64Array[]) => number;

/** A built-in statistic by name, or with its options, or a user function. */
export type Statistic =
  | StatisticName
  | { readonly name: 'quantile'; readonly p: number; readonly method?: QuantileMethod }
  | { readonly name: 'median'; readonly method?: QuantileMethod }
  | { readonly name: 'trimmed-mean'; readonly proportion: number }
  | { readonly name: 'std' | 'var'; readonly ddof?: number }
  /** θ(x) − θ(y) of a one-sample built-in θ, for two independent samples: `{ name: 'difference', of: 'median' }`. */
  | { readonly name: 'difference'; readonly of: Statistic }
  | StatisticFunction;

function option<T>(spec: object, key: string, check: (v: unknown) => v is T, what: string, fallback?: T): T {
  const value = (spec as Record<string, unknown>)[key];
  if (value === undefined && fallback !== undefined) return fallback;
  if (!check(value)) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `Statistic ${JSON.stringify((spec as { name: string }).name)}: ${key} must be ${what}, got ${describe(value)}.`,
    );
  }
  return value;
}

const isProbability = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;
const isQuantileMethod = (v: unknown): v is QuantileMethod =>
  typeof v === 'string' && (QUANTILE_METHODS as readonly string[]).includes(v);
const isDdof = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** The kernel behind a statistic spec; user functions are wrapped and their results checked. */
export function resolveStatistic(statistic: unknown, nSamples: number): StatisticKernel {
  if (typeof statistic === 'function') return userKernel(statistic as StatisticFunction, nSamples);
  const spec: object | undefined =
    typeof statistic === 'string'
      ? { name: statistic }
      : typeof statistic === 'object' && statistic !== null
        ? statistic
        : undefined;
  const name = (spec as { name?: unknown } | undefined)?.name;
  if (spec === undefined || typeof name !== 'string' || !(STATISTIC_NAMES as readonly string[]).includes(name)) {
    throw new StatsError(
      'STATS_UNKNOWN_STATISTIC',
      `Unknown statistic ${describe(typeof statistic === 'object' && statistic !== null ? name : statistic)}. ` +
        `Use one of ${STATISTIC_NAMES.join(', ')}, or pass a function of the samples.`,
    );
  }
  switch (name as StatisticName) {
    case 'mean':
      return meanKernel;
    case 'proportion':
      return proportionKernel;
    case 'median':
      return quantileKernel(
        0.5,
        option(spec, 'method', isQuantileMethod, 'a NumPy quantile method', 'linear'),
        'median',
      );
    case 'quantile':
      return quantileKernel(
        option(spec, 'p', isProbability, 'a probability in [0, 1]'),
        option(spec, 'method', isQuantileMethod, 'a NumPy quantile method', 'linear'),
      );
    case 'trimmed-mean':
      return trimmedMeanKernel(
        option(
          spec,
          'proportion',
          (v): v is number => typeof v === 'number' && v >= 0 && v < 0.5,
          'a number in [0, 0.5)',
        ),
      );
    case 'std':
      return stdKernel(option(spec, 'ddof', isDdof, 'a non-negative integer', 1));
    case 'var':
      return varianceKernel(option(spec, 'ddof', isDdof, 'a non-negative integer', 1));
    case 'spearman':
      return spearmanKernel;
    case 'pearson':
      return pearsonKernel;
    case 'mean-difference':
      return meanDifferenceKernel;
    case 'mean-ratio':
      return meanRatioKernel;
    case 'difference': {
      const of = (spec as { of?: unknown }).of;
      if (
        of === undefined ||
        typeof of === 'function' ||
        (typeof of === 'object' && (of as { name?: unknown }).name === 'difference') ||
        of === 'difference'
      ) {
        throw new StatsError(
          'STATS_INVALID_OPTION',
          "Statistic \"difference\": of must name a one-sample built-in statistic, e.g. { name: 'difference', of: 'median' }.",
        );
      }
      return differenceKernel(resolveStatistic(of, 1));
    }
  }
}

function userKernel(fn: StatisticFunction, nSamples: number): StatisticKernel {
  const call = (samples: readonly Float64Array[]): number => {
    const value: unknown = fn(...samples);
    if (typeof value !== 'number') {
      throw new StatsError(
        'STATS_STATISTIC_NOT_NUMBER',
        `The statistic function returned ${describe(value)}; it must return a number for each resample.`,
      );
    }
    return value;
  };
  return {
    name: fn.name || 'custom',
    arity: nSamples,
    paired: 'allowed',
    minLength: 1,
    evaluate: call,
    evaluateScratch: call,
  };
}
