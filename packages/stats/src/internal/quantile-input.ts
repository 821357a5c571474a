// The argument handling quantile() and percentile() share: check everything first, then sort one copy.
import { StatsError } from '../errors';
import { describe } from './describe';
import { finiteSample } from './finite-sample';
import { QUANTILE_METHODS, type QuantileMethod } from './quantile-methods';
import { quantileSorted } from './quantile-sorted';

/** The quantile at p ∈ [0, 1] (`scale` 1) or percentile at q ∈ [0, 100] (`scale` 100) of `data`. */
export function evaluateQuantiles(
  fn: 'quantile' | 'percentile',
  scale: 1 | 100,
  data: unknown,
  at: unknown,
  options: unknown,
): number | Float64Array {
  const sorted = finiteSample(data, fn, 'data');
  if (sorted.length === 0) {
    throw new StatsError('STATS_EMPTY_SAMPLE', `${fn}: data is empty; pass at least one value.`);
  }
  const what = scale === 1 ? 'p' : 'q';
  let probabilities: Float64Array | undefined;
  if (typeof at === 'number') {
    assertProbability(at, fn, what, scale);
  } else if (Array.isArray(at) || at instanceof Float64Array) {
    probabilities = new Float64Array(at.length);
    for (let i = 0; i < at.length; i++) {
      const v: unknown = at[i];
      if (typeof v !== 'number') {
        throw new StatsError('STATS_INVALID_INPUT', `${fn}: ${what}[${i}] is ${describe(v)}, not a number.`);
      }
      assertProbability(v, fn, `${what}[${i}]`, scale);
      probabilities[i] = v;
    }
  } else {
    throw new StatsError(
      'STATS_INVALID_INPUT',
      `${fn}: ${what} must be a number or a number[] / Float64Array of them, got ${describe(at)}.`,
    );
  }
  const method = readMethod(options, fn);
  sorted.sort();
  // percentile(q) is quantile(q / 100), the division done first as NumPy does.
  if (probabilities === undefined) {
    const p = at as number;
    return quantileSorted(sorted, scale === 1 ? p : p / 100, method);
  }
  const out = new Float64Array(probabilities.length);
  for (let i = 0; i < out.length; i++) {
    const v = probabilities[i] as number;
    out[i] = quantileSorted(sorted, scale === 1 ? v : v / 100, method);
  }
  return out;
}

function assertProbability(v: number, fn: string, what: string, scale: 1 | 100): void {
  if (!(v >= 0 && v <= scale)) {
    throw new StatsError(
      'STATS_INVALID_PROBABILITY',
      `${fn}: ${what} must be in [0, ${scale}], got ${describe(v)}.` +
        (scale === 1 && v > 1 && v <= 100 ? ' For percentages use percentile().' : ''),
    );
  }
}

function readMethod(options: unknown, fn: string): QuantileMethod {
  if (options === undefined) return 'linear';
  if (typeof options === 'string') {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `${fn}: options must be an object, e.g. { method: ${JSON.stringify(options)} }, not a string.`,
    );
  }
  if (typeof options !== 'object' || options === null) {
    throw new StatsError('STATS_INVALID_OPTION', `${fn}: options must be an object, got ${describe(options)}.`);
  }
  const method: unknown = (options as { method?: unknown }).method;
  if (method === undefined) return 'linear';
  if (!(QUANTILE_METHODS as readonly unknown[]).includes(method)) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `${fn}: unknown method ${describe(method)}. Use one of: ${QUANTILE_METHODS.join(', ')}.`,
    );
  }
  return method as QuantileMethod;
}
