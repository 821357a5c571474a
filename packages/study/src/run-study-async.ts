import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { workerExecArgv } from '@bootstat/io/node';
import type { Tinypool } from 'tinypool';
import { StudyError, type StudyErrorCode } from './errors';
import { unpackChunk } from './internal/run-datasets';
import type { StudyWorkerTask, WorkerAnswer } from './internal/worker-task';
import { planStudy } from './plan-study';
import { calibrationKeys, emptyDatasets, finishStudy, type RunStudyOptions, runStudy, storeChunk } from './run-study';
import { STUDY_MODES } from './study-mode';
import type { StudyResult } from './study-result';
import type { StudySpec, StudySpecInput } from './study-spec';
import {
  type CalibrationSummary,
  type ScenarioDatasets,
  type ScenarioSummary,
  summarizeScenario,
} from './summarize-scenario';

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
  const workers = options.workers ?? 1;
  const mode = options.mode ?? 'batch';
  if (!(STUDY_MODES as readonly string[]).includes(mode)) {
    throw new StudyError(
      'STUDY_INVALID_OPTION',
      `runStudyAsync: mode must be ${STUDY_MODES.join(' or ')}, got ${JSON.stringify(mode)}.`,
    );
  }
  const memoryLimit = options.memoryLimit ?? 0.8 * os.totalmem();
  const plan = planStudy(spec, { ...options, workers, memoryLimit });
  if (workers === 1) return runStudy(plan.spec, { ...options, memoryLimit });
  if (options.generators !== undefined) {
    throw new StudyError(
      'STUDY_INVALID_OPTION',
      'runStudyAsync: generator plugins cannot be sent to worker threads (they are functions); use workers: 1.',
    );
  }
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
    return await runOnPool(pool, plan, workers, mode, options.onProgress, () => failure);
  } finally {
    await pool.destroy();
  }
}

async function runOnPool(
  pool: Tinypool,
  plan: ReturnType<typeof planStudy>,
  workers: number,
  mode: (typeof STUDY_MODES)[number],
  onProgress: RunStudyOptions['onProgress'],
  failed: () => unknown,
): Promise<StudyResult> {
  const { spec, scenarios, chunk } = plan;
  const base = { spec, chunk };
  const run = async (task: StudyWorkerTask): Promise<unknown> => {
    const answer = (await pool.run(task)) as WorkerAnswer;
    const error = failed();
    if (error !== undefined) throw error;
    if (answer.error !== undefined) throw workerError(answer.error);
    return answer.value;
  };
  const total = scenarios.length * spec.nReps;
  let calibrationsDone = 0;
  let scenariosDone = 0;
  let datasetsDone = 0;
  const keys = calibrationKeys(plan);
  const progress = () =>
    onProgress?.({
      calibrationsDone,
      calibrations: keys.size,
      scenariosDone,
      scenarios: scenarios.length,
      datasetsDone,
      datasets: total,
    });
  // Calibrations first, one per distinct design and target, spread over the threads: a target the design cannot
  // reach fails the study before any dataset is drawn.
  const calibrated = new Map<string, CalibrationSummary>();
  await Promise.all(
    [...keys.entries()].map(async ([key, scenario]) => {
      calibrated.set(key, (await run({ kind: 'calibrate', ...base, scenario })) as CalibrationSummary);
      calibrationsDone++;
      progress();
    }),
  );
  const calibrationOf = (i: number) =>
    calibrated.get(plan.calibrationKey(scenarios[i] as (typeof scenarios)[number])) as CalibrationSummary;

  // Then the chunks, in scenario order, made as they are sent (never a list of them all) and at most 2 per thread
  // in flight, so that few scenarios are open at once.
  const chunksPerScenario = Math.ceil(spec.nReps / chunk);
  const tasks = scenarios.length * chunksPerScenario;
  const open = new Map<number, { datasets: ScenarioDatasets; left: number }>();
  const summaries: ScenarioSummary[] = new Array(scenarios.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks) {
      const t = next++;
      const scenario = Math.floor(t / chunksPerScenario);
      const first = (t % chunksPerScenario) * chunk;
      const rows = Math.min(chunk, spec.nReps - first);
      let entry = open.get(scenario);
      if (entry === undefined) {
        entry = { datasets: emptyDatasets(plan), left: chunksPerScenario };
        open.set(scenario, entry);
      }
      const inputRho = calibrationOf(scenario).inputRho;
      const packed = (await run({ kind: 'datasets', ...base, scenario, first, rows, inputRho, mode })) as Float64Array;
      storeChunk(entry.datasets, unpackChunk(packed, spec.methods.length), first);
      datasetsDone += rows;
      if (--entry.left === 0) {
        open.delete(scenario);
        summaries[scenario] = summarizeScenario(scenarios[scenario] as (typeof scenarios)[number], entry.datasets, {
          methods: spec.methods,
          confidenceLevel: spec.confidenceLevel,
          calibration: calibrationOf(scenario),
        });
        scenariosDone++;
      }
      progress();
    }
  };
  await Promise.all(Array.from({ length: 2 * workers }, worker));
  return finishStudy(plan, summaries);
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
