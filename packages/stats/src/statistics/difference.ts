import { StatsError } from '../errors';
import type { StatisticKernel } from './kernel';

/**
 * θ(x) − θ(y) for a one-sample statistic θ and two independent samples: the difference of medians, of 90th
 * percentiles, of standard deviations… Each sample is resampled on its own (unless paired), and θ is computed as
 * it is on one sample, so its bits are θ's. Leave-one-out values come from θ's O(n) rule when it has one.
 */
export function differenceKernel(of: StatisticKernel): StatisticKernel {
  if (of.arity !== 1) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `Statistic "difference": of must be a one-sample statistic, got ${JSON.stringify(of.name)} (it takes ${of.arity}).`,
    );
  }
  const one = of.fromIndices;
  const jackknife = of.jackknife;
  return {
    name: `difference of ${of.name}`,
    arity: 2,
    paired: 'allowed',
    minLength: of.minLength,
    ...(of.fromMeans === 'mean' ? { fromMeans: 'difference' as const } : {}),
    evaluate: ([x, y]) => of.evaluate([x as Float64Array]) - of.evaluate([y as Float64Array]),
    evaluateScratch: ([x, y]) => of.evaluateScratch([x as Float64Array]) - of.evaluateScratch([y as Float64Array]),
    ...(one === undefined
      ? {}
      : {
          fromIndices: ([x, y], [ix, iy], [ox, oy]) =>
            one([x as Float64Array], [ix as Uint32Array], [ox as number]) -
            one([y as Float64Array], [iy as Uint32Array], [oy as number]),
        }),
    ...(jackknife === undefined
      ? {}
      : {
          jackknife: (samples, j, out) => {
            if (jackknife([samples[j] as Float64Array], 0, out) === false) return false;
            const other = of.evaluate([samples[1 - j] as Float64Array]);
            for (let i = 0; i < out.length; i++)
              out[i] = j === 0 ? (out[i] as number) - other : other - (out[i] as number);
            return undefined;
          },
        }),
  };
}
