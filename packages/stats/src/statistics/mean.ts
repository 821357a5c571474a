import type { StatisticKernel } from './kernel';

export function sum(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] as number;
  return s;
}

export function meanOf(x: Float64Array): number {
  return sum(x) / x.length;
}

/** Sum of squared deviations from the mean, two-pass (centred first, so large offsets cost no precision). */
export function sumSquaredDeviations(x: Float64Array, mean: number): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const d = (x[i] as number) - mean;
    s += d * d;
  }
  return s;
}

/** Leave-one-out means from the total: (S − x_i) / (n − 1). */
export function jackknifeMeans(x: Float64Array, out: Float64Array): void {
  const total = sum(x);
  const m = x.length - 1;
  for (let i = 0; i < x.length; i++) out[i] = (total - (x[i] as number)) / m;
}

/** The arithmetic mean. Studentized standard error s/√n (s with ddof = 1). */
export const meanKernel: StatisticKernel = {
  name: 'mean',
  arity: 1,
  paired: 'allowed',
  minLength: 1,
  evaluate: ([x]) => meanOf(x as Float64Array),
  evaluateScratch: ([x]) => meanOf(x as Float64Array),
  jackknife: ([x], _j, out) => jackknifeMeans(x as Float64Array, out),
  standardError: ([x]) => {
    const s = x as Float64Array;
    return Math.sqrt(sumSquaredDeviations(s, meanOf(s)) / (s.length - 1) / s.length);
  },
};

/** The proportion of ones in a sample of zeros and ones: its mean, validated by the engine. */
export const proportionKernel: StatisticKernel = { ...meanKernel, name: 'proportion' };
