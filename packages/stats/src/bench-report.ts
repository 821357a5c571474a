import * as z from 'zod';

/**
 * A bench run report, as an evaluation pipeline writes it: the run id (its first 8 characters are hex: the seed
 * of the promotion gate), an optional benchmark name, and one score in [0, 1] per case. Extra fields are kept.
 */
export const BenchReportSchema = z.looseObject({
  runId: z
    .string()
    .regex(/^[0-9a-fA-F]{8}/, 'runId must start with 8 hex digits (the gate seeds its bootstrap with them)'),
  benchmark: z.string().optional(),
  cases: z.array(
    z.looseObject({
      caseId: z.string().min(1, 'caseId must be a non-empty string'),
      score: z.number().min(0, 'score must be in [0, 1]').max(1, 'score must be in [0, 1]'),
    }),
  ),
});

export type BenchReport = z.infer<typeof BenchReportSchema>;

/** A bench case as a JSONL line: the report's cases one per line, with the run id given separately. */
export const BenchCaseSchema = BenchReportSchema.shape.cases.element;
