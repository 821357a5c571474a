import type { StudyMode } from '../study-mode';
import type { StudySpec } from '../study-spec';

/** A calibration or a chunk of datasets, as plain data for a worker thread (structured clone). */
export type StudyWorkerTask =
  | { readonly kind: 'calibrate'; readonly spec: StudySpec; readonly chunk: number; readonly scenario: number }
  | {
      readonly kind: 'datasets';
      readonly spec: StudySpec;
      readonly chunk: number;
      readonly scenario: number;
      readonly inputRho: number;
      readonly first: number;
      readonly rows: number;
      readonly mode: StudyMode;
    };
