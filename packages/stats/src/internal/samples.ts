import { StatsError } from '../errors';
import type { StatsWarning } from '../warning';
import { describe } from './describe';

/** A sample as users pass it. */
export type SampleInput = ArrayLike<number>;

/** What to do with NaN or ±Infinity in the data: refuse it (default) or drop it. */
export type NanPolicy = 'raise' | 'omit';

function isNumberArray(x: unknown): x is ArrayLike<number> {
  return x instanceof Float64Array || x instanceof Float32Array || Array.isArray(x) || ArrayBuffer.isView(x);
}

/**
 * Copies the samples into Float64Arrays, checking that each holds only numbers, and applies the NaN policy.
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
    const raw: unknown = input[j];
    if (!isNumberArray(raw)) {
      throw new StatsError(
        'STATS_INVALID_INPUT',
        `${fn}: sample ${j} must be an array of numbers or a Float64Array, got ${describe(raw)}.`,
      );
    }
    const s = new Float64Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const v: unknown = raw[i];
      if (typeof v !== 'number') {
        throw new StatsError('STATS_INVALID_INPUT', `${fn}: sample ${j}[${i}] is ${describe(v)}, not a number.`);
      }
      s[i] = v;
    }
    samples.push(s);
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
