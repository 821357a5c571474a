import { GENERATOR_NAMES, type GeneratorName, type Stream } from '@bootstat/rng';
import * as z from 'zod/mini';
import { ALTERNATIVES, type Alternative, CI_METHODS, type CiMethod } from './ci/interval';
import { StatsError } from './errors';
import { describe } from './internal/describe';
import type { NanPolicy } from './internal/samples';

/** What happens when the data cannot give the interval (e.g. BCa on constant data). */
export const DEGENERATE_POLICIES = ['nan', 'percentile-fallback', 'point', 'error'] as const;
export type DegeneratePolicy = (typeof DEGENERATE_POLICIES)[number];

/**
 * What happens to replicates that are NaN (the statistic undefined on a resample, e.g. Spearman's ρ of a resample
 * whose x is constant, 0/0): 'propagate' keeps them (SciPy: the interval is then degenerate); 'omit' drops them
 * before the interval, standard error and bias, as np.nanpercentile and np.nanstd do, and counts them.
 */
export const NAN_REPLICATE_POLICIES = ['propagate', 'omit'] as const;
export type NanReplicatePolicy = (typeof NAN_REPLICATE_POLICIES)[number];

/** Resamples per block; block b draws from stream `rng.child('resample').child(b)`. Part of the determinism contract. */
export const RESAMPLE_BLOCK_SIZE = 256;

export interface BootstrapOptions {
  /** Interval method; default 'bca' (as SciPy). */
  readonly method?: CiMethod;
  /** Default 0.95. */
  readonly confidenceLevel?: number;
  /** 'two-sided' (default), 'less' (low = −∞) or 'greater' (high = +∞); one-sided uses α = 1 − level. */
  readonly alternative?: Alternative;
  /** Number of resamples B; default 9999 (as SciPy). 0 only with `bootstrapResult`. */
  readonly nResamples?: number;
  /** Root seed in [0, 2^32); when neither seed nor rng is given, one is drawn at random and reported. */
  readonly seed?: number;
  /** A stream-tree node to draw from instead of `streamTree(seed)` (e.g. a campaign's child stream). */
  readonly rng?: Stream;
  /** The generator of every stream; default xoroshiro128plus. */
  readonly generator?: GeneratorName;
  /** Resamples whose indices are held in memory at once; changes speed and memory, never the result. */
  readonly batch?: number;
  /** Keep the replicates in the result (default true): all B, NaN included, in resample order. */
  readonly keepDistribution?: boolean;
  /** Resample one shared index set across the samples (pairs). Required by spearman and pearson. */
  readonly paired?: boolean;
  /** 'scipy' (default): ties count half in ẑ0. 'r': R boot's strict-< count. */
  readonly compat?: 'scipy' | 'r';
  /** Relative tolerance within which a replicate counts as a tie with θ̂ in ẑ0; default 0 (exact). */
  readonly tieTolerance?: number;
  /** Default 'nan' (as SciPy: NaN ends plus a DEGENERATE warning). */
  readonly degenerate?: DegeneratePolicy;
  /** 'raise' (default): NaN or ±Infinity in the data is an error; 'omit': drop them (whole pairs if paired). */
  readonly nanPolicy?: NanPolicy;
  /**
   * NaN replicates: 'propagate' (default, as SciPy) keeps them, so the interval is degenerate; 'omit' drops them
   * before the interval, standard error and bias (np.nanpercentile, np.nanstd), reports how many in
   * `omittedReplicates` and a NAN_REPLICATES warning. ±Infinity replicates are kept either way (docs/methods.md).
   */
  readonly nanReplicates?: NanReplicatePolicy;
  /** Studentized: a standard-error function of the samples, or 'nested' for an inner bootstrap. */
  readonly standardError?: ((...samples: Float64Array[]) => number) | 'nested';
  /** Studentized with 'nested': resamples of each inner bootstrap; default 100. */
  readonly nestedResamples?: number;
  /** Reuse these replicates (with nResamples: 0) and compute only the interval, as SciPy's `bootstrap_result`. */
  readonly bootstrapResult?: { readonly distribution?: Float64Array };
  /**
   * Worker threads for the resampling (`bootstrapAsync` only); default 1. Any count gives the same bits. Needs a
   * built-in statistic (functions cannot be sent to a worker).
   */
  readonly workers?: number;
  /** Called as resampling progresses with the resamples done so far and the total (after each block or chunk). */
  readonly onProgress?: (done: number, total: number) => void;
}

const isStream = (v: unknown): v is Stream =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Stream).child === 'function' &&
  typeof (v as Stream).generator === 'function';

// zod/mini: the same validation as classic zod at a fraction of the bundle (no methods on every schema, no
// JSON Schema generator, no locale); the messages come from `issueMessage` below.
const number = (...checks: z.core.$ZodCheck<number>[]) => z.number().check(...checks);
const integer = (...checks: z.core.$ZodCheck<number>[]) => z.int().check(...checks);
const isFunction = (v: unknown) => typeof v === 'function';

const schema = z.strictObject({
  method: z._default(z.enum(CI_METHODS), 'bca'),
  confidenceLevel: z._default(number(z.gt(0), z.lt(1)), 0.95),
  alternative: z._default(z.enum(ALTERNATIVES), 'two-sided'),
  nResamples: z._default(integer(z.gte(0), z.lte(1e9)), 9999),
  seed: z.optional(integer(z.gte(0), z.lte(4294967295))),
  rng: z.optional(z.custom<Stream>(isStream, 'a stream from streamTree(seed).child(…)')),
  generator: z._default(z.enum(GENERATOR_NAMES), 'xoroshiro128plus'),
  batch: z.optional(integer(z.gte(1))),
  keepDistribution: z._default(z.boolean(), true),
  paired: z._default(z.boolean(), false),
  compat: z._default(z.enum(['scipy', 'r']), 'scipy'),
  tieTolerance: z._default(number(z.gte(0), z.lte(1)), 0),
  degenerate: z._default(z.enum(DEGENERATE_POLICIES), 'nan'),
  nanPolicy: z._default(z.enum(['raise', 'omit']), 'raise'),
  nanReplicates: z._default(z.enum(NAN_REPLICATE_POLICIES), 'propagate'),
  standardError: z.optional(
    z.union([z.literal('nested'), z.custom<(...s: Float64Array[]) => number>(isFunction)], {
      error: 'expected "nested" or a function of the samples',
    }),
  ),
  nestedResamples: z._default(integer(z.gte(2), z.lte(100000)), 100),
  bootstrapResult: z.optional(z.object({ distribution: z.optional(z.instanceof(Float64Array)) })),
  workers: z._default(integer(z.gte(1), z.lte(256)), 1),
  onProgress: z.optional(z.custom<(done: number, total: number) => void>(isFunction, 'a function')),
});

/** What was wrong with an option, in words: zod/mini carries no locale of its own. */
function issueMessage(issue: z.core.$ZodRawIssue): string {
  const got = describe(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'int' ? 'an integer' : issue.expected}, got ${got}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${got}`;
    case 'too_small':
      return `must be ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}, got ${got}`;
    case 'too_big':
      return `must be ${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}, got ${got}`;
    case 'unrecognized_keys':
      return `unknown option${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')}`;
    default:
      return `got ${got}`;
  }
}

export type ResolvedBootstrapOptions = z.output<typeof schema>;

/**
 * Validates options once, at the boundary; a bad value names the option and what it accepts. `fn` names the public
 * function in the message (bootstrapCi and lowerBound95 check their options here before any shortcut).
 */
export function parseBootstrapOptions(options: unknown, fn = 'bootstrap'): ResolvedBootstrapOptions {
  const parsed = schema.safeParse(options ?? {}, { error: issueMessage });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path.join('.') || 'options';
    throw new StatsError('STATS_INVALID_OPTION', `${fn}: option ${key} is invalid: ${issue?.message ?? 'unknown'}.`);
  }
  const o = parsed.data;
  if (o.nResamples === 0 && o.bootstrapResult?.distribution === undefined) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `${fn}: nResamples must be an integer >= 1 (nResamples: 0 only reuses bootstrapResult.distribution).`,
    );
  }
  if (o.bootstrapResult?.distribution !== undefined && o.nResamples !== 0) {
    throw new StatsError(
      'STATS_INVALID_OPTION',
      `${fn}: with bootstrapResult, pass nResamples: 0 to reuse its replicates (adding new ones is not supported).`,
    );
  }
  return o;
}
