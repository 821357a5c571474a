import type { QuantileMethod } from '../internal/quantile-methods';
import { quantileSorted } from '../internal/quantile-sorted';
import { minToFront, selectInPlace } from '../internal/select';
import type { StatisticKernel } from './kernel';

/**
 * The linear (type 7) quantile of scratch data by selection instead of a full sort: only the two order
 * statistics at ⌊(n − 1)p⌋ and the next one are put in place, which is all quantileSorted reads for 'linear',
 * so the result has the same bits as sorting first.
 */
function linearBySelection(x: Float64Array, p: number): number {
  const n = x.length;
  const v = (n - 1) * p;
  if (v >= n - 1) {
    selectInPlace(x, n - 1);
  } else {
    const lo = Math.floor(v);
    selectInPlace(x, lo);
    minToFront(x, lo + 1, n);
  }
  return quantileSorted(x, p, 'linear');
}

/** A quantile of one sample by one of NumPy's methods; the median is quantile 0.5, linear. */
export function quantileKernel(p: number, method: QuantileMethod, name = 'quantile'): StatisticKernel {
  return {
    name,
    arity: 1,
    paired: 'allowed',
    minLength: 1,
    evaluate: ([x]) => quantileSorted((x as Float64Array).slice().sort(), p, method),
    evaluateScratch:
      method === 'linear'
        ? ([x]) => linearBySelection(x as Float64Array, p)
        : ([x]) => quantileSorted((x as Float64Array).sort(), p, method),
  };
}
