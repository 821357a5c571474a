import * as z from 'zod';
import { type JsonNumber, jsonNumber, toJsonNumber } from './internal/json-number';
import type { PromotionGateResult } from './promotion-gate';
import { STATS_WARNING_CODES } from './warning';

/** Version of the gate's JSON output; bumped only with a major version. */
export const GATE_JSON_SCHEMA_VERSION = 1;

/**
 * The gate's JSON output (`bootstat gate --format json`, the Action's `results` output), in the names every bootstat
 * JSON output uses (docs/output.md): `schemaVersion`, `kind`, `n`, `mean`, `lowerBound`, `alpha`, `nResamples`, …;
 * NaN and ±Infinity as the strings "NaN", "Infinity", "-Infinity". Built lazily: a bundle that never validates a
 * gate document does not build its schema.
 *
 * @example
 * const cases = [0.91, 0.85, 0.88, 0.95, 0.9].map((score, i) => ({ caseId: `c${i}`, score }));
 * const json = promotionGateToJson(promotionGate([{ runId: '3f2a9c1e', cases }], { threshold: 0.8 }), ['run.json']);
 * promotionGateJsonSchema().safeParse(json).success; // true
 * promotionGateJsonSchema().safeParse({ ...json, kind: 'ci' }).success; // false
 */
export function promotionGateJsonSchema() {
  const n = jsonNumber();
  return z.strictObject({
    schemaVersion: z.literal(GATE_JSON_SCHEMA_VERSION),
    kind: z.literal('gate'),
    passed: z.boolean().describe('every report passes'),
    threshold: z.number().describe('the bound must be strictly above it'),
    alpha: z.number().describe('the lower-tail probability given (each report carries the alpha its bound used)'),
    holm: z.boolean().describe("Holm's step-down correction across the reports"),
    minCases: z.number().int(),
    nResamples: z.number().int(),
    reports: z.array(
      z.strictObject({
        report: z.string().describe('the report file, as named'),
        runId: z.string(),
        benchmark: z.string().nullable(),
        passed: z.boolean(),
        reason: z.string(),
        n: z.number().int().describe('cases'),
        mean: n,
        sd: n,
        lowerBound: n.describe('the BCa lower bound of the mean score at this report’s alpha'),
        alpha: z.number(),
        seed: z.number().int(),
        nResamples: z.number().int(),
        rule: z.enum(['small-sample', 'constant', 'bca']),
        warnings: z.array(z.strictObject({ code: z.enum(STATS_WARNING_CODES), message: z.string() })),
      }),
    ),
  });
}

export type PromotionGateJson = {
  readonly schemaVersion: typeof GATE_JSON_SCHEMA_VERSION;
  readonly kind: 'gate';
  readonly passed: boolean;
  readonly threshold: number;
  readonly alpha: number;
  readonly holm: boolean;
  readonly minCases: number;
  readonly nResamples: number;
  readonly reports: readonly {
    readonly report: string;
    readonly runId: string;
    readonly benchmark: string | null;
    readonly passed: boolean;
    readonly reason: string;
    readonly n: number;
    readonly mean: JsonNumber;
    readonly sd: JsonNumber;
    readonly lowerBound: JsonNumber;
    readonly alpha: number;
    readonly seed: number;
    readonly nResamples: number;
    readonly rule: 'small-sample' | 'constant' | 'bca';
    readonly warnings: readonly { readonly code: (typeof STATS_WARNING_CODES)[number]; readonly message: string }[];
  }[];
};

/**
 * The gate's result as its JSON output; `reports` names each report (file names, in the order given).
 *
 * @example
 * const cases = [0.91, 0.85, 0.88, 0.95, 0.9].map((score, i) => ({ caseId: `c${i}`, score }));
 * const gate = promotionGate([{ runId: '3f2a9c1e', cases }], { threshold: 0.8, minCases: 5 });
 * const json = promotionGateToJson(gate, ['run.json']);
 * [json.kind, json.passed, json.reports[0].report, json.reports[0].n]; // ['gate', true, 'run.json', 5]
 * json.reports[0].lowerBound >= 0.85; // true
 */
export function promotionGateToJson(result: PromotionGateResult, reports: readonly string[]): PromotionGateJson {
  return {
    schemaVersion: GATE_JSON_SCHEMA_VERSION,
    kind: 'gate',
    passed: result.passed,
    threshold: result.threshold,
    alpha: result.alpha,
    holm: result.holm,
    minCases: result.minCases,
    nResamples: result.nResamples,
    reports: result.verdicts.map((v, k) => ({
      report: reports[k] ?? `report ${k + 1}`,
      runId: v.runId,
      benchmark: v.benchmark ?? null,
      passed: v.passed,
      reason: v.reason,
      n: v.bound.n,
      mean: toJsonNumber(v.bound.mean),
      sd: toJsonNumber(v.bound.sd),
      lowerBound: toJsonNumber(v.bound.lowerBound),
      alpha: v.alpha,
      seed: v.bound.seed,
      nResamples: v.bound.nResamples,
      rule: v.bound.rule,
      warnings: v.warnings.map((w) => ({ code: w.code, message: w.message })),
    })),
  };
}
