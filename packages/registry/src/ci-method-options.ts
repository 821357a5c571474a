import { GENERATOR_NAMES } from '@bootstat/rng';
import { ALTERNATIVES, DEGENERATE_POLICIES } from '@bootstat/stats';
import * as z from 'zod';

/**
 * The options of every built-in `ciMethod` strategy: the `bootstrap()` options a command line can express, with
 * `bootstrap()`'s own defaults (SciPy's: 95 %, two-sided, 9999 resamples). The method itself is the strategy's
 * name. Unknown keys are rejected, so a misspelt option is an error rather than a silent default.
 *
 * Kept in step with `@bootstat/stats` by a test: each built-in run equals `bootstrap()` called directly.
 */
export const CiMethodOptionsSchema = z.strictObject({
  confidenceLevel: z.number().gt(0).lt(1).default(0.95).describe('Confidence level of the interval'),
  alternative: z
    .enum(ALTERNATIVES)
    .default('two-sided')
    .describe("'less' bounds the statistic from above (low = -Infinity), 'greater' from below (high = +Infinity)"),
  nResamples: z.number().int().min(1).max(1e9).default(9999).describe('Number of bootstrap resamples B'),
  seed: z
    .number()
    .int()
    .min(0)
    .max(4294967295)
    .optional()
    .describe('Root seed in [0, 2^32); drawn at random and reported when omitted'),
  generator: z.enum(GENERATOR_NAMES).default('xoroshiro128plus').describe('Generator of every resampling stream'),
  batch: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('Resamples held in memory at once; changes speed and memory, never the result'),
  paired: z.boolean().default(false).describe('Resample one shared index set across the samples (pairs)'),
  compat: z.enum(['scipy', 'r']).default('scipy').describe("BCa bias correction: SciPy's half-count of ties or R's <"),
  tieTolerance: z
    .number()
    .min(0)
    .max(1)
    .default(0)
    .describe('Relative tolerance within which a replicate ties with the estimate (BCa)'),
  degenerate: z
    .enum(DEGENERATE_POLICIES)
    .default('nan')
    .describe('What to return when the data cannot give the interval (e.g. constant data)'),
  nanPolicy: z
    .enum(['raise', 'omit'])
    .default('raise')
    .describe("NaN or ±Infinity in the data: 'raise' an error or 'omit' the values (whole pairs if paired)"),
});

/** The studentized method's options: the common ones plus a nested bootstrap for statistics without a formula. */
export const StudentizedOptionsSchema = CiMethodOptionsSchema.extend({
  standardError: z
    .literal('nested')
    .optional()
    .describe(
      "'nested': estimate each replicate's standard error by an inner bootstrap (needed beyond mean and mean-difference)",
    ),
  nestedResamples: z.number().int().min(2).max(100000).default(100).describe('Resamples of each inner bootstrap'),
});

/** What a caller may pass to a built-in `ciMethod` strategy (every key optional). */
export type CiMethodOptions = z.input<typeof CiMethodOptionsSchema>;
