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

/** What a worker sends back: its value, or its error as plain data (an Error's class and code do not cross threads). */
export interface WorkerAnswer {
  readonly value?: unknown;
  readonly error?: { readonly name: string; readonly code?: string; readonly message: string; readonly path?: string };
}
