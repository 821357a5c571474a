import { CI_METHODS } from '@bootstat/stats';
import * as z from 'zod';
import { toJsonNumber as num } from './internal/json-number';
import { STUDY_SCHEMA_VERSION, STUDY_WARNING_CODES, type StudyResult } from './study-result';
import type { MeanSummary } from './summarize-scenario';

const summary = (s: MeanSummary) => ({ mean: num(s.mean), sd: num(s.sd), standardError: num(s.standardError) });

/**
 * The study's JSON output (`bootstat study --format json`), in the names every bootstat JSON output uses
 * (docs/output.md): `schemaVersion`, `kind: "study"`, `seed`, `nResamples`, `confidenceLevel`, `ci: { low, high }`,
 * `standardError`, `sd`; NaN and ±Infinity as strings. Per scenario: its design, the calibration, the mean ρ̂ and,
 * per method, the mean, sd and Monte Carlo SE of each end and of the width, and the coverage.
 *
 * @example
 * const json = studyToJson({ schemaVersion: 1, kind: 'study', name: undefined, seed: 1, nReps: 1, nResamples: 1,
 *   confidenceLevel: 0.95, methods: ['percentile'], outcome: { name: 'rank-mixing', options: {} },
 *   marginal: 'lognormal', scenarios: [], warnings: [] });
 * json.kind; // 'study'
 */
export function studyToJson(result: StudyResult) {
  return {
    schemaVersion: result.schemaVersion,
    kind: result.kind,
    ...(result.name === undefined ? {} : { name: result.name }),
    seed: result.seed,
    nReps: result.nReps,
    nResamples: result.nResamples,
    confidenceLevel: result.confidenceLevel,
    methods: [...result.methods],
    outcome: result.outcome,
    marginal: result.marginal,
    scenarios: result.scenarios.map((s) => ({
      id: s.id,
      caseId: s.caseId,
      ...(s.label === undefined ? {} : { label: s.label }),
      n: s.n,
      k: s.k,
      pattern: s.pattern,
      counts: [...s.counts],
      rho: s.rho,
      calibration: {
        inputRho: num(s.calibration.inputRho),
        achievedMeanRho: num(s.calibration.achievedMeanRho),
        standardError: num(s.calibration.standardError),
        datasets: s.calibration.datasets,
      },
      nReps: s.nReps,
      rhoHat: summary(s.rhoHat),
      nanReplicates: s.nanReplicates,
      intervals: s.intervals.map((m) => ({
        method: m.method,
        low: summary(m.low),
        high: summary(m.high),
        width: summary(m.width),
        coverage: { rate: num(m.coverage.rate), standardError: num(m.coverage.standardError) },
        datasetsWithoutInterval: m.datasetsWithoutInterval,
      })),
      fisherZ:
        s.fisherZ === null
          ? null
          : {
              ci: { low: num(s.fisherZ.ci.low), high: num(s.fisherZ.ci.high) },
              standardError: num(s.fisherZ.standardError),
              tieCorrection: num(s.fisherZ.tieCorrection),
            },
    })),
    warnings: result.warnings.map((w) => ({ code: w.code, message: w.message })),
  };
}

export type StudyJson = ReturnType<typeof studyToJson>;

/**
 * The zod schema of `studyToJson`'s output (the source of `@bootstat/study/schemas/study.schema.json`). Built
 * when asked for.
 *
 * @example
 * studyJsonSchema().safeParse({ kind: 'study' }).success; // false
 */
export function studyJsonSchema() {
  const n = z.union([z.number(), z.literal('Infinity'), z.literal('-Infinity'), z.literal('NaN')]);
  const int = z.number().int();
  const mean = z.strictObject({
    mean: n,
    sd: n.describe('standard deviation across datasets, ddof 1 (0 for one dataset)'),
    standardError: n.describe('Monte Carlo standard error of the mean: sd / sqrt(datasets)'),
  });
  return z.strictObject({
    schemaVersion: z.literal(STUDY_SCHEMA_VERSION),
    kind: z.literal('study'),
    name: z.string().optional(),
    seed: int,
    nReps: int.describe('datasets per scenario'),
    nResamples: int,
    confidenceLevel: z.number(),
    methods: z.array(z.enum(CI_METHODS)),
    outcome: z.strictObject({ name: z.string(), options: z.record(z.string(), z.unknown()) }),
    marginal: z.string(),
    scenarios: z.array(
      z.strictObject({
        id: z.string(),
        caseId: z.string(),
        label: z.string().optional(),
        n: int,
        k: int,
        pattern: z.string(),
        counts: z.array(int),
        rho: z.number().describe('the target Spearman correlation'),
        calibration: z.strictObject({
          inputRho: n,
          achievedMeanRho: n,
          standardError: n,
          datasets: int,
        }),
        nReps: int,
        rhoHat: mean,
        nanReplicates: z.strictObject({ total: int, datasets: int }),
        intervals: z.array(
          z.strictObject({
            method: z.enum(CI_METHODS),
            low: mean,
            high: mean,
            width: mean,
            coverage: z.strictObject({ rate: n, standardError: n }),
            datasetsWithoutInterval: int,
          }),
        ),
        fisherZ: z
          .strictObject({ ci: z.strictObject({ low: n, high: n }), standardError: n, tieCorrection: n })
          .nullable(),
      }),
    ),
    warnings: z.array(z.strictObject({ code: z.enum(STUDY_WARNING_CODES), message: z.string() })),
  });
}
