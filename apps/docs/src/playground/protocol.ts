import type { GateOutcome, GateRequest, IntervalsOutcome, IntervalsRequest } from './compute';

/** What the page sends its worker; `id` pairs a reply with its request (an older run's late reply is dropped). */
export type WorkerRequest =
  | { readonly id: number; readonly kind: 'intervals'; readonly request: IntervalsRequest }
  | { readonly id: number; readonly kind: 'gate'; readonly request: GateRequest };

/** What the worker sends back: progress while it runs, then one result or one error. */
export type WorkerReply =
  | {
      readonly id: number;
      readonly kind: 'progress';
      readonly done: number;
      readonly total: number;
      /** What is counted: "resamples (5 methods × 1,000)". */
      readonly unit: string;
    }
  | { readonly id: number; readonly kind: 'intervals'; readonly outcome: IntervalsOutcome }
  | { readonly id: number; readonly kind: 'gate'; readonly outcome: GateOutcome }
  | { readonly id: number; readonly kind: 'error'; readonly message: string };
