import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Tinypool } from 'tinypool';
import { StudyError } from './errors';
import { unpackChunk } from './internal/run-datasets';
import type { StudyWorkerTask } from './internal/worker-task';
import { planStudy } from './plan-study';
import { emptyDatasets, finishStudy, type RunStudyOptions, runStudy, storeChunk } from './run-study';
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
 * const result = await runStudyAsync(readStudySpec('docs/examples/karwowski-study.yaml'), { workers: 2 });
 * result.scenarios.length; // 88
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
  // Calibrations first, one per distinct design and target, spread over the threads.
  const keyOf = (i: number) => `${scenarios[i]?.counts.join(',')}|${scenarios[i]?.rho}`;
  const firstOfKey = new Map<string, number>();
  scenarios.forEach((_, i) => {
    if (!firstOfKey.has(keyOf(i))) firstOfKey.set(keyOf(i), i);
  });
  const calibrated = new Map<string, CalibrationSummary>();
  await Promise.all(
    [...firstOfKey.entries()].map(async ([key, scenario]) => {
      const task: StudyWorkerTask = { kind: 'calibrate', ...base, scenario };
      calibrated.set(key, (await pool.run(task)) as CalibrationSummary);
    }),
  );
  const calibrationOf = (i: number) => calibrated.get(keyOf(i)) as CalibrationSummary;

  // Then the chunks, in scenario order, at most 2 per thread in flight (so few scenarios are open at once).
  const tasks: { scenario: number; first: number; rows: number }[] = [];
  scenarios.forEach((_, s) => {
    for (let first = 0; first < spec.nReps; first += chunk)
      tasks.push({ scenario: s, first, rows: Math.min(chunk, spec.nReps - first) });
  });
  const total = scenarios.length * spec.nReps;
  const open = new Map<number, { datasets: ScenarioDatasets; left: number }>();
  const summaries: ScenarioSummary[] = new Array(scenarios.length);
  let scenariosDone = 0;
  let datasetsDone = 0;
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const t = tasks[next++] as (typeof tasks)[number];
      const task: StudyWorkerTask = {
        kind: 'datasets',
        ...base,
        ...t,
        inputRho: calibrationOf(t.scenario).inputRho,
        mode,
      };
      let entry = open.get(t.scenario);
      if (entry === undefined) {
        entry = { datasets: emptyDatasets(plan), left: Math.ceil(spec.nReps / chunk) };
        open.set(t.scenario, entry);
      }
      const packed = (await pool.run(task)) as Float64Array;
      const error = failed();
      if (error !== undefined) throw error;
      storeChunk(entry.datasets, unpackChunk(packed, spec.methods.length), t.first);
      datasetsDone += t.rows;
      if (--entry.left === 0) {
        open.delete(t.scenario);
        summaries[t.scenario] = summarizeScenario(scenarios[t.scenario] as (typeof scenarios)[number], entry.datasets, {
          methods: spec.methods,
          confidenceLevel: spec.confidenceLevel,
          calibration: calibrationOf(t.scenario),
        });
        scenariosDone++;
      }
      onProgress?.({ scenariosDone, scenarios: scenarios.length, datasetsDone, datasets: total });
    }
  };
  await Promise.all(Array.from({ length: 2 * workers }, worker));
  return finishStudy(plan, summaries);
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

/**
 * The parent's Node flags minus export conditions (a test runner may resolve packages to their TypeScript sources,
 * but a worker thread runs the built JavaScript) and minus `--input-type`, which a worker refuses. The same rule
 * as @bootstat/stats's pool.
 */
function workerExecArgv(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i] as string;
    if (arg === '--conditions' || arg === '-C' || arg === '--input-type') i++;
    else if (!/^(--conditions|-C|--input-type)=/.test(arg)) out.push(arg);
  }
  return out;
}
