import type { QuantileMethod } from '../internal/quantile-methods';
import { quantileSorted } from '../internal/quantile-sorted';
import type { StatisticKernel } from './kernel';

/** A quantile of one sample by one of NumPy's methods; the median is quantile 0.5, linear. */
export function quantileKernel(p: number, method: QuantileMethod, name = 'quantile'): StatisticKernel {
  return {
    name,
    arity: 1,
    paired: 'allowed',
    minLength: 1,
    evaluate: ([x]) => quantileSorted((x as Float64Array).slice().sort(), p, method),
    evaluateScratch: ([x]) => quantileSorted((x as Float64Array).sort(), p, method),
  };
}
