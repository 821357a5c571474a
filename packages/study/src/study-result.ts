import type { CiMethod } from '@bootstat/stats';
import type { ScenarioSummary } from './summarize-scenario';

/** Version of the study's result and JSON output; bumped only with a major version. */
export const STUDY_SCHEMA_VERSION = 1;

/** Stable codes of the warnings a study returns. */
export const STUDY_WARNING_CODES = [
  /** Some bootstrap replicates were NaN (a constant resample) and were omitted from their dataset's interval. */
  'NAN_REPLICATES',
  /** Some datasets had no interval (NaN ends); they are left out of their method's figures. */
  'NO_INTERVAL',
  /** Fewer than 100 datasets or resamples: the Monte Carlo error of every figure is large. */
  'FEW_DATASETS',
] as const;
export type StudyWarningCode = (typeof STUDY_WARNING_CODES)[number];

export interface StudyWarning {
  readonly code: StudyWarningCode;
  readonly message: string;
}

/**
 * What a study found: the spec's settings and one summary per scenario, in grid order. It holds nothing about how
 * it was computed (batch or per dataset, chunks, threads): those never change a bit of it.
 */
export interface StudyResult {
  readonly schemaVersion: typeof STUDY_SCHEMA_VERSION;
  readonly kind: 'study';
  readonly name: string | undefined;
  readonly seed: number;
  readonly nReps: number;
  readonly nResamples: number;
  readonly confidenceLevel: number;
  readonly methods: readonly CiMethod[];
  readonly outcome: { readonly name: string; readonly options: Readonly<Record<string, unknown>> };
  readonly marginal: string;
  readonly scenarios: readonly ScenarioSummary[];
  readonly warnings: readonly StudyWarning[];
}
