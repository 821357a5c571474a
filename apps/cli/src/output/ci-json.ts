import * as z from 'zod';

/** Version of `bootstat ci --format json`; bumped only with a major version. */
export const CI_JSON_SCHEMA_VERSION = 1;

/** Version of `bootstat ci --by … --format json` (and of two files); bumped only with a major version. */
export const CI_GROUPS_JSON_SCHEMA_VERSION = 1;

/**
 * `bootstat ci --by GROUP --format json`, and `bootstat ci A B`: each group's interval (`groups`), and each other
 * group against the baseline (`comparisons`: the difference of the statistic, group minus baseline).
 */
export function ciGroupsJsonSchema() {
  const num = z.union([z.number(), z.literal('Infinity'), z.literal('-Infinity'), z.literal('NaN')]);
  const interval = {
    estimate: num,
    ci: z.strictObject({ low: num, high: num }),
    standardError: num.optional(),
    warnings: z.array(z.strictObject({ code: z.string(), message: z.string() })),
  };
  return z.strictObject({
    schemaVersion: z.literal(CI_GROUPS_JSON_SCHEMA_VERSION),
    kind: z.literal('ci-groups'),
    statistic: z.string(),
    statisticOptions: z
      .record(z.string(), z.number())
      .optional()
      .describe('the options given to the statistic: p, proportion, ddof'),
    method: z.string(),
    confidenceLevel: z.number(),
    alternative: z.enum(['two-sided', 'less', 'greater']),
    nResamples: z.number().int(),
    seed: z.number().int(),
    by: z.string().nullable().describe('the --by column; null for two files'),
    baseline: z.string(),
    omitted: z
      .strictObject({
        rows: z.number().int(),
        values: z.number().int(),
        tokens: z.record(z.string(), z.number().int()),
      })
      .optional()
      .describe('what --nan-policy omit dropped, over the file (or both files)'),
    groups: z.array(z.strictObject({ group: z.string(), n: z.number().int(), ...interval })),
    comparisons: z.array(
      z.strictObject({ group: z.string(), baseline: z.string(), n: z.array(z.number().int()), ...interval }),
    ),
  });
}

/**
 * `bootstat ci --format json`: the bootstrap result in the names every bootstat JSON output uses
 * (docs/output.md) — `estimate`, `ci: { low, high }`, `confidenceLevel`, `nResamples`, `standardError`, … — with
 * the columns read, `n` per sample, and what --nan-policy omit dropped. NaN and ±Infinity as strings. A plugin's
 * interval method may add fields of its own.
 */
export function ciJsonSchema() {
  const num = z.union([z.number(), z.literal('Infinity'), z.literal('-Infinity'), z.literal('NaN')]);
  return z.looseObject({
    schemaVersion: z.literal(CI_JSON_SCHEMA_VERSION),
    kind: z.literal('ci'),
    statistic: z.string(),
    statisticOptions: z
      .record(z.string(), z.number())
      .optional()
      .describe('the options given to the statistic: p, proportion, ddof'),
    method: z.string(),
    confidenceLevel: z.number(),
    alternative: z.enum(['two-sided', 'less', 'greater']).optional(),
    nResamples: z.number().int().optional(),
    seed: z.number().int().optional(),
    rng: z.string().optional(),
    estimate: num,
    ci: z.strictObject({ low: num, high: num }),
    standardError: num.optional(),
    bias: num.optional(),
    z0: num.optional(),
    acceleration: num.optional(),
    warnings: z.array(z.strictObject({ code: z.string(), message: z.string() })),
    columns: z.array(z.string()).describe('the columns read, in the order of the samples'),
    n: z.array(z.number().int()).describe('values per sample'),
    omitted: z
      .strictObject({
        rows: z.number().int(),
        values: z.number().int(),
        tokens: z.record(z.string(), z.number().int()),
      })
      .optional()
      .describe('what --nan-policy omit dropped'),
  });
}
