import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { workerExecArgv } from '@bootstat/io/node';
import { StudyError, type StudyErrorCode } from './errors';
import type { Scenario } from './expand-scenarios';
import { unpackChunk } from './internal/run-datasets';
import type { StudyWorkerTask, WorkerAnswer } from './internal/worker-task';
import { planStudy, type StudyPlan } from './plan-study';
import {
  allRanges,
  calibrationKeys,
  checkMode,
  emptyDatasets,
  finishStudy,
  type RunStudyOptions,
  runStudy,
  storeChunk,
  summarize,
} from './run-study';
import type { StudyMode } from './study-mode';
import { runStudyShard, type StudyPart, shardRangesThatFit, studyPartOf } from './study-part';
import type { StudyResult } from './study-result';
import { checkStudyShard, type StudyRange, type StudyShard } from './study-shard';
import type { StudySpec, StudySpecInput } from './study-spec';
import type { CalibrationSummary, ScenarioDatasets, ScenarioSummary } from './summarize-scenario';

// dist/study-worker.js, from dist/node.js and from src/ alike (tests run the source against the built worker).
const WORKER_URL = new URL('../dist/study-worker.js', import.meta.url);
const PACKAGE_URL = new URL('../package.json', import.meta.url);

export interface RunStudyAsyncOptions extends RunStudyOptions {
  /** Worker threads, in [1, 256]; default 1 (the calling thread). Any count gives the same bits. */
  readonly workers?: number;
}

/**
 * `runStudy` on worker threads: the calibrations, then the chunks of datasets, are spread over `workers` threads,
 * and each scenario is summarised in dataset order as its chunks come back, so the result is bit for bit that of
 * `runStudy` on one thread, whatever the worker count or chunk size. The memory limit defaults to 80 % of the
 * machine's (`os.totalmem()`). Only the built-in generators reach worker threads; a plugin's need `workers: 1`.
 *
 * @throws {StudyError} as runStudy; STUDY_INVALID_OPTION for a worker count outside [1, 256], plugins with workers,
 *   or a worker module that is not where it should be (an app bundle that folded this package in)
 * @example
 * const result = await runStudyAsync(readStudySpec('docs/examples/study-quick.yaml'), { workers: 2 });
 * result.scenarios.length; // 4
 */
export async function runStudyAsync(
  spec: StudySpecInput | StudySpec,
  options: RunStudyAsyncOptions = {},
): Promise<StudyResult> {
  const mode = checkMode(options.mode, 'runStudyAsync');
  const { plan, workers } = planOnThreads(spec, options, 'runStudyAsync');
  if (workers === 1) return runStudy(plan.spec, { ...options, memoryLimit: memoryLimitOf(options) });
  const summaries: ScenarioSummary[] = new Array(plan.scenarios.length);
  await onPool(workers, (pool) =>
    runOnPool(pool, plan, allRanges(plan), workers, mode, options.onProgress, (range, datasets, calibration) => {
      summaries[range.scenario] = summarize(plan, range.scenario, datasets, calibration);
    }),
  );
  return finishStudy(plan.spec, summaries);
}

/**
 * `runStudyShard` on worker threads, as `runStudyAsync` is `runStudy` on them: the same part, bit for bit, for
 * any worker count or chunk size.
 *
 * @throws {StudyError} as runStudyAsync and runStudyShard
 * @example
 * const part = await runStudyShardAsync(readStudySpec('docs/examples/study-quick.yaml'), { index: 1, count: 4 }, { workers: 2 });
 * part.shard; // { index: 1, count: 4 }
 */
export async function runStudyShardAsync(
  spec: StudySpecInput | StudySpec,
  shard: StudyShard,
  options: RunStudyAsyncOptions = {},
): Promise<StudyPart> {
  const mode = checkMode(options.mode, 'runStudyShardAsync');
  const checked = checkStudyShard(shard);
  const { plan, workers } = planOnThreads(spec, options, 'runStudyShardAsync');
  if (workers === 1) return runStudyShard(plan.spec, checked, { ...options, memoryLimit: memoryLimitOf(options) });
  const ranges = shardRangesThatFit(plan, checked, { workers, memoryLimit: memoryLimitOf(options) });
  if (ranges.length === 0) return studyPartOf(plan, checked, []); // an empty shard: no threads to start
  const done: Parameters<typeof studyPartOf>[2][number][] = new Array(ranges.length);
  await onPool(workers, (pool) =>
    runOnPool(pool, plan, ranges, workers, mode, options.onProgress, (range, datasets, calibration) => {
      done[ranges.indexOf(range)] = { range, datasets, calibration };
    }),
  );
  return studyPartOf(plan, checked, done);
}

const memoryLimitOf = (options: RunStudyAsyncOptions) => options.memoryLimit ?? 0.8 * os.totalmem();

function planOnThreads(spec: StudySpecInput | StudySpec, options: RunStudyAsyncOptions, caller: string) {
  const workers = options.workers ?? 1;
  const plan = planStudy(spec, { ...options, workers, memoryLimit: memoryLimitOf(options) });
  if (workers > 1 && options.generators !== undefined) {
    throw new StudyError(
      'STUDY_INVALID_OPTION',
      `${caller}: generator plugins cannot be sent to worker threads (they are functions); use workers: 1.`,
    );
  }
  return { plan, workers };
}

async function onPool(workers: number, work: (pool: Pool) => Promise<void>): Promise<void> {
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: workerPath(),
    minThreads: workers,
    maxThreads: workers,
    execArgv: workerExecArgv(process.execArgv),
  });
  let failure: unknown;
  pool.on('error', (e: unknown) => {
    failure ??= e;
  });
  try {
    await work({
      async run(task) {
        const answer = (await pool.run(task)) as WorkerAnswer;
        if (failure !== undefined) throw failure;
        if (answer.error !== undefined) throw workerError(answer.error);
        return answer.value;
      },
    });
  } finally {
    await pool.destroy();
  }
}

interface Pool {
  run(task: StudyWorkerTask): Promise<unknown>;
}

async function runOnPool(
  pool: Pool,
  plan: StudyPlan,
  ranges: readonly StudyRange[],
  workers: number,
  mode: StudyMode,
  onProgress: RunStudyOptions['onProgress'],
  done: (range: StudyRange, datasets: ScenarioDatasets, calibration: CalibrationSummary) => void,
): Promise<void> {
  const { spec, scenarios, chunk } = plan;
  const base = { spec, chunk };
  const total = ranges.reduce((a, r) => a + r.rows, 0);
  let calibrationsDone = 0;
  let rangesDone = 0;
  let datasetsDone = 0;
  const keys = calibrationKeys(plan, ranges);
  const progress = () =>
    onProgress?.({
      calibrationsDone,
      calibrations: keys.size,
      scenariosDone: rangesDone,
      scenarios: ranges.length,
      datasetsDone,
      datasets: total,
    });
  // Calibrations first, one per distinct design and target, spread over the threads: a target the design cannot
  // reach fails the study before any dataset is drawn.
  const calibrated = new Map<string, CalibrationSummary>();
  const settled = await Promise.allSettled(
    [...keys.entries()].map(async ([key, scenario]) => {
      calibrated.set(key, (await pool.run({ kind: 'calibrate', ...base, scenario })) as CalibrationSummary);
      calibrationsDone++;
      progress();
    }),
  );
  // The first failure in the spec's order, as on one thread: which thread fails first is timing, not the study, and
  // the error a user sees must not depend on it (Promise.all would give the first to fail in time).
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed !== undefined) throw failed.reason;
  const calibrationOf = (s: number) =>
    calibrated.get(plan.calibrationKey(scenarios[s] as Scenario)) as CalibrationSummary;

  // Then the chunks, range by range, made as they are sent (never a list of them all) and at most 2 per thread in
  // flight, so that few ranges are open at once.
  const starts: number[] = [];
  let tasks = 0;
  for (const r of ranges) {
    starts.push(tasks);
    tasks += Math.ceil(r.rows / chunk);
  }
  const open = new Map<number, { datasets: ScenarioDatasets; left: number }>();
  let next = 0;
  let at = 0;
  const worker = async () => {
    while (next < tasks) {
      const t = next++;
      while (at + 1 < ranges.length && (starts[at + 1] as number) <= t) at++;
      const r = at;
      const range = ranges[r] as StudyRange;
      const offset = (t - (starts[r] as number)) * chunk;
      const rows = Math.min(chunk, range.rows - offset);
      let entry = open.get(r);
      if (entry === undefined) {
        entry = { datasets: emptyDatasets(plan, range.rows), left: Math.ceil(range.rows / chunk) };
        open.set(r, entry);
      }
      const inputRho = calibrationOf(range.scenario).inputRho;
      const packed = (await pool.run({
        kind: 'datasets',
        ...base,
        scenario: range.scenario,
        first: range.first + offset,
        rows,
        inputRho,
        mode,
      })) as Float64Array;
      storeChunk(entry.datasets, unpackChunk(packed, spec.methods.length), offset);
      datasetsDone += rows;
      if (--entry.left === 0) {
        open.delete(r);
        done(range, entry.datasets, calibrationOf(range.scenario));
        rangesDone++;
      }
      progress();
    }
  };
  await Promise.all(Array.from({ length: 2 * workers }, worker));
}

/** A worker's error as the error it was: its class is lost in the message between threads, its code is not. */
function workerError(e: { name: string; code?: string; message: string; path?: string }): Error {
  if (e.name === 'StudyError' && e.code !== undefined) {
    return new StudyError(e.code as StudyErrorCode, e.message, e.path);
  }
  return Object.assign(new Error(e.message), { name: e.name, ...(e.code === undefined ? {} : { code: e.code }) });
}

/** Whether the manifest next to the worker module is this package's. */
function isOwnPackage(): boolean {
  try {
    return (JSON.parse(readFileSync(PACKAGE_URL, 'utf8')) as { name?: unknown }).name === '@bootstat/study';
  } catch {
    return false;
  }
}

function workerPath(): string {
  const path = fileURLToPath(WORKER_URL);
  if (!existsSync(path) || !isOwnPackage()) {
    throw new StudyError(
      'STUDY_INVALID_OPTION',
      `runStudyAsync's worker module is not at ${path} (or that file is not @bootstat/study's), as happens when an app ` +
        'bundler folds @bootstat/study into one file. Keep it external to the bundle, or use workers: 1.',
    );
  }
  return path;
}
