import { GENERATOR_NAMES } from '@bootstat/rng';
import * as z from 'zod';
import { BOOTSTRAP_RESULT_SCHEMA_VERSION, type BootstrapResult } from './bootstrap-result';
import { ALTERNATIVES, CI_METHODS } from './ci/interval';
import { fromJsonNumber, jsonNumber as jsonNumberSchema, toJsonNumber } from './internal/json-number';
import { STATS_WARNING_CODES } from './warning';

// JSON has no ±Infinity or NaN, and a one-sided interval has an infinite end: those travel as strings.
const jsonNumber = jsonNumberSchema();

/**
 * The JSON form of a `BootstrapResult` (`bootstrapResultToJson`): plain data with a schema version; the
 * distribution is a number array, non-finite numbers are the strings "Infinity", "-Infinity" and "NaN".
 * `omittedReplicates` is written only when some replicates were left out, so results without any (and results
 * written before the field existed) read back with 0.
 */
export const BootstrapResultJsonSchema = z.strictObject({
  schemaVersion: z.literal(BOOTSTRAP_RESULT_SCHEMA_VERSION),
  estimate: jsonNumber,
  ci: z.strictObject({ low: jsonNumber, high: jsonNumber }),
  standardError: jsonNumber,
  bias: jsonNumber,
  method: z.enum(CI_METHODS),
  confidenceLevel: z.number().gt(0).lt(1),
  alternative: z.enum(ALTERNATIVES),
  nResamples: z.number().int().nonnegative(),
  omittedReplicates: z
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe("NaN replicates left out (nanReplicates: 'omit'); absent when none were"),
  seed: z.number().int().min(0).max(4294967295),
  rng: z.enum(GENERATOR_NAMES),
  statistic: z.string(),
  distribution: z.array(jsonNumber).optional(),
  z0: jsonNumber.optional(),
  acceleration: jsonNumber.optional(),
  warnings: z.array(z.strictObject({ code: z.enum(STATS_WARNING_CODES), message: z.string() })),
});

export type BootstrapResultJson = z.infer<typeof BootstrapResultJsonSchema>;

/**
 * The JSON-safe form of a result (for files, CLIs and other languages).
 *
 * @example
 * const r = bootstrap([[2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8]], 'mean', { seed: 42, alternative: 'greater' });
 * const json = bootstrapResultToJson(r); // ready for JSON.stringify
 * json.ci.high; // 'Infinity'
 * json.distribution.length; // 9999
 */
export function bootstrapResultToJson(result: BootstrapResult): BootstrapResultJson {
  return {
    schemaVersion: result.schemaVersion,
    estimate: toJsonNumber(result.estimate),
    ci: { low: toJsonNumber(result.ci.low), high: toJsonNumber(result.ci.high) },
    standardError: toJsonNumber(result.standardError),
    bias: toJsonNumber(result.bias),
    method: result.method,
    confidenceLevel: result.confidenceLevel,
    alternative: result.alternative,
    nResamples: result.nResamples,
    ...(result.omittedReplicates > 0 ? { omittedReplicates: result.omittedReplicates } : {}),
    seed: result.seed,
    rng: result.rng,
    statistic: result.statistic,
    ...(result.distribution === undefined ? {} : { distribution: Array.from(result.distribution, toJsonNumber) }),
    ...(result.z0 === undefined ? {} : { z0: toJsonNumber(result.z0) }),
    ...(result.acceleration === undefined ? {} : { acceleration: toJsonNumber(result.acceleration) }),
    warnings: result.warnings.map((w) => ({ code: w.code, message: w.message })),
  };
}

/**
 * Validates a JSON result (from `bootstrapResultToJson`, a file, another process) and restores the
 * in-memory form. Throws a ZodError naming the field when the data does not fit the schema.
 *
 * @example
 * const r = bootstrap([[2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8]], 'mean', { seed: 42, alternative: 'greater' });
 * const back = parseBootstrapResult(JSON.parse(JSON.stringify(bootstrapResultToJson(r))));
 * back.ci.high; // Infinity
 * back.ci.low === r.ci.low && back.distribution.join() === r.distribution.join(); // true
 */
export function parseBootstrapResult(json: unknown): BootstrapResult {
  const r = BootstrapResultJsonSchema.parse(json);
  return {
    schemaVersion: r.schemaVersion,
    estimate: fromJsonNumber(r.estimate),
    ci: { low: fromJsonNumber(r.ci.low), high: fromJsonNumber(r.ci.high) },
    standardError: fromJsonNumber(r.standardError),
    bias: fromJsonNumber(r.bias),
    method: r.method,
    confidenceLevel: r.confidenceLevel,
    alternative: r.alternative,
    nResamples: r.nResamples,
    omittedReplicates: r.omittedReplicates ?? 0,
    seed: r.seed,
    rng: r.rng,
    statistic: r.statistic,
    ...(r.distribution === undefined ? {} : { distribution: Float64Array.from(r.distribution, fromJsonNumber) }),
    ...(r.z0 === undefined ? {} : { z0: fromJsonNumber(r.z0) }),
    ...(r.acceleration === undefined ? {} : { acceleration: fromJsonNumber(r.acceleration) }),
    warnings: r.warnings,
  };
}
