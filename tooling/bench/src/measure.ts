import { performance } from 'node:perf_hooks';

export interface MeasureOptions {
  /** Untimed calls first, so the JIT has compiled the code being measured. */
  readonly warmup?: number;
  /** At least this many timed calls… */
  readonly minRuns?: number;
  /** …and at least this much timed work, in milliseconds. */
  readonly minTimeMs?: number;
  /**
   * Stop once this much timed work is done, even before minRuns (one call is always timed): keeps a case whose
   * single call takes tens of seconds inside the suite's time budget.
   */
  readonly maxTimeMs?: number;
}

export interface Measurement {
  /** Median wall time of one call, in milliseconds. */
  readonly medianMs: number;
  readonly minMs: number;
  readonly runs: number;
}

/** Times `fn` by repeated calls and reports the median, which one slow call (a GC pause) cannot move. */
export function measure(fn: () => unknown, options: MeasureOptions = {}): Measurement {
  const { warmup = 3 } = options;
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const times: number[] = [];
  let total = 0;
  while (wantsMore(times.length, total, options)) {
    const t0 = performance.now();
    sink = fn();
    const dt = performance.now() - t0;
    times.push(dt);
    total += dt;
  }
  keep(sink);
  return summarise(times);
}

/** `measure` for a function that returns a promise: each call is timed until its promise settles. */
export async function measureAsync(fn: () => Promise<unknown>, options: MeasureOptions = {}): Promise<Measurement> {
  const { warmup = 3 } = options;
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = await fn();
  const times: number[] = [];
  let total = 0;
  while (wantsMore(times.length, total, options)) {
    const t0 = performance.now();
    sink = await fn();
    const dt = performance.now() - t0;
    times.push(dt);
    total += dt;
  }
  keep(sink);
  return summarise(times);
}

function wantsMore(runs: number, totalMs: number, options: MeasureOptions): boolean {
  const { minRuns = 7, minTimeMs = 400, maxTimeMs = Number.POSITIVE_INFINITY } = options;
  if (runs === 0) return true;
  if (totalMs >= maxTimeMs) return false;
  return runs < minRuns || totalMs < minTimeMs;
}

function summarise(times: number[]): Measurement {
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const medianMs =
    times.length % 2 === 1 ? (times[mid] as number) : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
  return { medianMs, minMs: times[0] as number, runs: times.length };
}

// Stops the optimiser from discarding a result the benchmark never reads.
let kept: unknown;
function keep(value: unknown): void {
  kept = value;
  if (kept === Symbol.for('never')) throw new Error('unreachable');
}
