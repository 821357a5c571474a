import type { StatisticKernel } from './kernel';
import { jackknifeMeans, meanOf, meanOfIndices, sumSquaredDeviations } from './mean';

function looMeans(samples: readonly Float64Array[], j: number, out: Float64Array): { other: number } {
  jackknifeMeans(samples[j] as Float64Array, out);
  return { other: meanOf(samples[1 - j] as Float64Array) };
}

/** mean(x) − mean(y). Studentized standard error √(s_x²/n_x + s_y²/n_y) (Welch). */
export const meanDifferenceKernel: StatisticKernel = {
  name: 'mean-difference',
  arity: 2,
  paired: 'allowed',
  minLength: 1,
  fromMeans: 'difference',
  evaluate: ([x, y]) => meanOf(x as Float64Array) - meanOf(y as Float64Array),
  evaluateScratch: ([x, y]) => meanOf(x as Float64Array) - meanOf(y as Float64Array),
  fromIndices: ([x, y], [ix, iy], [ox, oy]) =>
    meanOfIndices(x as Float64Array, ix as Uint32Array, ox as number) -
    meanOfIndices(y as Float64Array, iy as Uint32Array, oy as number),
  jackknife: (samples, j, out) => {
    const { other } = looMeans(samples, j, out);
    for (let i = 0; i < out.length; i++) out[i] = j === 0 ? (out[i] as number) - other : other - (out[i] as number);
  },
  standardError: ([x, y]) => {
    const a = x as Float64Array;
    const b = y as Float64Array;
    const va = sumSquaredDeviations(a, meanOf(a)) / (a.length - 1);
    const vb = sumSquaredDeviations(b, meanOf(b)) / (b.length - 1);
    return Math.sqrt(va / a.length + vb / b.length);
  },
};

/** mean(x) / mean(y). */
export const meanRatioKernel: StatisticKernel = {
  name: 'mean-ratio',
  arity: 2,
  paired: 'allowed',
  minLength: 1,
  fromMeans: 'ratio',
  evaluate: ([x, y]) => meanOf(x as Float64Array) / meanOf(y as Float64Array),
  evaluateScratch: ([x, y]) => meanOf(x as Float64Array) / meanOf(y as Float64Array),
  fromIndices: ([x, y], [ix, iy], [ox, oy]) =>
    meanOfIndices(x as Float64Array, ix as Uint32Array, ox as number) /
    meanOfIndices(y as Float64Array, iy as Uint32Array, oy as number),
  jackknife: (samples, j, out) => {
    const { other } = looMeans(samples, j, out);
    for (let i = 0; i < out.length; i++) out[i] = j === 0 ? (out[i] as number) / other : other / (out[i] as number);
  },
};
