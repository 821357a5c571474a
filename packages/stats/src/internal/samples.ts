import { StatsError } from '../errors';
import type { StatsWarning } from '../warning';
import { describe } from './describe';

/** A sample as users pass it. */
export type SampleInput = ArrayLike<number>;

/** What to do with NaN or ±Infinity in the data: refuse it (default) or drop it. */
export type NanPolicy = 'raise' | 'omit';

/**
 * The longest sample accepted: the longest array JavaScript can hold (2^32 − 1). A longer `length` on an
 * array-like is refused before anything is allocated, so `{ length: 1e12 }` is a coded error, not an out-of-memory
 * crash or a loop over a trillion missing elements.
 */
export const MAX_SAMPLE_LENGTH = 2 ** 32 - 1;

/**
 * Copies an array-like of numbers (number[], any numeric typed array, `{ length, 0: …, … }`, a class of getters)
 * once into a Float64Array, refusing anything else with a coded error that names `where` ("bootstrap: sample 0").
 */
export function copyNumbers(raw: unknown, where: string): Float64Array {
  // Strings, functions and DataViews have no numeric elements; typed arrays and Arrays are objects.
  if (typeof raw !== 'object' || raw === null || raw instanceof DataView || !('length' in raw)) {
    throw new StatsError(
      'STATS_INVALID_INPUT',
      `${where} must be an array-like of numbers (a number[], a typed array or { length, 0: …, … }), got ${describe(raw)}.`,
    );
  }
  const length: unknown = raw.length;
  if (typeof length !== 'number' || !Number.isInteger(length) || length < 0 || length > MAX_SAMPLE_LENGTH) {
    throw new StatsError(
      'STATS_INVALID_INPUT',
      `${where} has length ${describe(length)}; an array-like needs a whole length from 0 to at most ${MAX_SAMPLE_LENGTH}.`,
    );
  }
  let out: Float64Array;
  try {
    out = new Float64Array(length);
  } catch {
    throw new StatsError(
      'STATS_INVALID_INPUT',
      `${where} has length ${length}: too long to copy into memory (${length} doubles); pass a shorter sample.`,
    );
  }
  const values = raw as ArrayLike<unknown>;
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (typeof v !== 'number') {
      throw new StatsError('STATS_INVALID_INPUT', `${where}[${i}] is ${describe(v)}, not a number.`);
    }
    out[i] = v;
  }
  return out;
}

/**
 * Copies the samples into Float64Arrays (`copyNumbers`: any array-like of numbers, as `SampleInput` says), checking
 * that each holds only numbers, and applies the NaN policy.
 * With `paired`, all samples must have one length, and 'omit' drops whole pairs (a row with any non-finite value).
 */
export function toSamples(
  input: unknown,
  { paired, nanPolicy, fn }: { paired: boolean; nanPolicy: NanPolicy; fn: string },
): { samples: Float64Array[]; warnings: StatsWarning[] } {
  if (!Array.isArray(input) || input.length === 0) {
    throw new StatsError(
      'STATS_INVALID_INPUT',
      `${fn} takes an array of one or more samples, e.g. [x] or [x, y], got ${describe(input)}.`,
    );
  }
  const samples: Float64Array[] = [];
  for (let j = 0; j < input.length; j++) {
    samples.push(copyNumbers(input[j], `${fn}: sample ${j}`));
  }
  if (paired) {
    const n = samples[0]?.length ?? 0;
    samples.forEach((s, j) => {
      if (s.length !== n) {
        throw new StatsError(
          'STATS_LENGTH_MISMATCH',
          `${fn}: paired samples must have equal lengths; sample 0 has ${n} values, sample ${j} has ${s.length}.`,
        );
      }
    });
  }
  const warnings: StatsWarning[] = [];
  if (nanPolicy === 'raise') {
    samples.forEach((s, j) => {
      for (let i = 0; i < s.length; i++) {
        if (!Number.isFinite(s[i] as number)) {
          throw new StatsError(
            'STATS_NON_FINITE',
            `${fn}: sample ${j}[${i}] is ${describe(s[i])}. Remove it, or pass nanPolicy: 'omit' to drop non-finite values.`,
          );
        }
      }
    });
    return { samples, warnings };
  }
  let dropped = 0;
  let out: Float64Array[];
  if (paired) {
    const n = samples[0]?.length ?? 0;
    const keep: number[] = [];
    for (let i = 0; i < n; i++) if (samples.every((s) => Number.isFinite(s[i] as number))) keep.push(i);
    dropped = n - keep.length;
    out = samples.map((s) => Float64Array.from(keep, (i) => s[i] as number));
  } else {
    out = samples.map((s) => {
      const kept = s.filter((v) => Number.isFinite(v));
      dropped += s.length - kept.length;
      return kept;
    });
  }
  if (dropped > 0) {
    warnings.push({
      code: 'VALUES_OMITTED',
      message: `${dropped} non-finite ${paired ? 'pair' : 'value'}${dropped === 1 ? ' was' : 's were'} dropped (nanPolicy: 'omit').`,
    });
  }
  return { samples: out, warnings };
}
