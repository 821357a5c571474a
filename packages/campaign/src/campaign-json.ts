import { STATS_WARNING_CODES } from '@bootstat/stats';
import * as z from 'zod';
import type { CampaignSummary } from './aggregate-campaign';
import { CAMPAIGN_WARNING_CODES } from './campaign-warning';
import { type CampaignComparison, type ComparisonInterval, VERDICTS } from './compare-configurations';
import { DIRECTIONS } from './metric-direction';

/** Version of the campaign's JSON output; bumped only with a major version. */
export const CAMPAIGN_JSON_SCHEMA_VERSION = 1;

type JsonNumber = number | 'Infinity' | '-Infinity' | 'NaN';
const toJsonNumber = (x: number): JsonNumber =>
  Number.isFinite(x) ? x : Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
const orNull = (x: number | null): JsonNumber | null => (x === null ? null : toJsonNumber(x));

/**
 * The campaign's JSON output (`bootstat campaign --format json`), in the names every bootstat JSON output uses
 * (docs/output.md): `n`, `mean`, `std`, `ci: { low, high }`, `confidenceLevel`, `nResamples`, …; NaN and ±Infinity
 * as strings. Built lazily, when asked for.
 *
 * @example
 * campaignJsonSchema().safeParse({ kind: 'campaign' }).success; // false
 */
export function campaignJsonSchema() {
  const num = z.union([z.number(), z.literal('Infinity'), z.literal('-Infinity'), z.literal('NaN')]);
  const ci = z.strictObject({ low: num, high: num });
  const statsWarning = z.strictObject({ code: z.enum(STATS_WARNING_CODES), message: z.string() });
  const campaignWarning = z.strictObject({ code: z.enum(CAMPAIGN_WARNING_CODES), message: z.string() });
  const interval = z.strictObject({ estimate: num, ci }).nullable();
  const skipped = z.strictObject({
    configuration: z.string(),
    record: z.number().int(),
    field: z.string(),
    reason: z.string(),
    file: z.string().optional(),
    line: z.number().int().optional(),
  });
  return z.strictObject({
    schemaVersion: z.literal(CAMPAIGN_JSON_SCHEMA_VERSION),
    kind: z.literal('campaign'),
    seed: z.number().int(),
    nResamples: z.number().int(),
    confidenceLevel: z.number(),
    configurations: z.array(z.string()),
    metrics: z.array(z.string()),
    summaries: z.array(
      z.strictObject({
        configuration: z.string(),
        metric: z.string(),
        n: z.number().int().describe('cycles with a value'),
        nSkipped: z.number().int(),
        mean: num,
        std: num.nullable(),
        ci: ci.nullable().describe('null for a single cycle'),
        warning: statsWarning.nullable(),
      }),
    ),
    empty: z.array(z.strictObject({ configuration: z.string(), metric: z.string(), nSkipped: z.number().int() })),
    skipped: z.array(skipped),
    warnings: z.array(campaignWarning),
    comparison: z
      .strictObject({
        baseline: z.string(),
        noiseThreshold: z.number(),
        metrics: z.array(z.string()),
        comparisons: z.array(
          z.strictObject({
            configuration: z.string(),
            baseline: z.string(),
            metric: z.string(),
            direction: z.enum(DIRECTIONS),
            n: z.number().int(),
            nBaseline: z.number().int(),
            mean: num.nullable(),
            baselineMean: num.nullable(),
            ratio: interval,
            difference: interval,
            verdict: z.enum(VERDICTS),
            reason: z.string(),
            warnings: z.array(statsWarning),
          }),
        ),
        warnings: z.array(campaignWarning),
      })
      .optional(),
  });
}

export type CampaignJson = z.infer<ReturnType<typeof campaignJsonSchema>>;

const interval = (i: ComparisonInterval | null) =>
  i === null
    ? null
    : { estimate: toJsonNumber(i.estimate), ci: { low: toJsonNumber(i.ciLower), high: toJsonNumber(i.ciUpper) } };

/**
 * A campaign summary (and its comparison with a baseline) as its JSON output.
 *
 * @example
 * campaignToJson(aggregateCampaign({ a: [{ e: 1 }, { e: 2 }, { e: 3 }] }, { metrics: ['e'] })).summaries[0].n; // 3
 */
export function campaignToJson(summary: CampaignSummary, comparison?: CampaignComparison): CampaignJson {
  return {
    schemaVersion: CAMPAIGN_JSON_SCHEMA_VERSION,
    kind: 'campaign',
    seed: summary.seed,
    nResamples: summary.nResamples,
    confidenceLevel: summary.confidenceLevel,
    configurations: [...summary.configurations],
    metrics: [...summary.metrics],
    summaries: summary.summaries.map((s) => ({
      configuration: s.configuration,
      metric: s.metric,
      n: s.nSamples,
      nSkipped: s.nSkipped,
      mean: toJsonNumber(s.mean),
      std: orNull(s.std),
      ci:
        s.ciLower === null || s.ciUpper === null
          ? null
          : { low: toJsonNumber(s.ciLower), high: toJsonNumber(s.ciUpper) },
      warning: s.warning === null ? null : { code: s.warning.code, message: s.warning.message },
    })),
    empty: summary.empty.map((e) => ({ configuration: e.configuration, metric: e.metric, nSkipped: e.nSkipped })),
    skipped: summary.skipped.map((s) => ({ ...s })),
    warnings: summary.warnings.map((w) => ({ code: w.code, message: w.message })),
    ...(comparison === undefined
      ? {}
      : {
          comparison: {
            baseline: comparison.baseline,
            noiseThreshold: comparison.noiseThreshold,
            metrics: [...comparison.metrics],
            comparisons: comparison.comparisons.map((c) => ({
              configuration: c.configuration,
              baseline: c.baseline,
              metric: c.metric,
              direction: c.direction,
              n: c.nSamples,
              nBaseline: c.nBaseline,
              mean: orNull(c.mean),
              baselineMean: orNull(c.baselineMean),
              ratio: interval(c.ratio),
              difference: interval(c.difference),
              verdict: c.verdict,
              reason: c.reason,
              warnings: c.warnings.map((w) => ({ code: w.code, message: w.message })),
            })),
            warnings: comparison.warnings.map((w) => ({ code: w.code, message: w.message })),
          },
        }),
  };
}
