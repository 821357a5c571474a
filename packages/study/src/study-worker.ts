// The entry of each worker thread of runStudyAsync (built to dist/study-worker.js). It plans the same study from
// the same spec and computes its task with the same code and streams as runStudy on one thread.
import { Tinypool } from 'tinypool';
import { packChunk, runDatasets } from './internal/run-datasets';
import type { StudyWorkerTask, WorkerAnswer } from './internal/worker-task';
import { planStudy, type StudyPlan } from './plan-study';

let last: { key: string; plan: StudyPlan } | undefined;

function planOf(task: StudyWorkerTask): StudyPlan {
  const key = JSON.stringify([task.spec, task.chunk]);
  if (last?.key !== key) last = { key, plan: planStudy(task.spec, { chunk: task.chunk }) };
  return last.plan;
}

/**
 * A calibration (returned as is) or a chunk of datasets (packed in one array, moved, not copied); an error comes back
 * as data with its name, code and message, so that the main thread can throw it as the error it was.
 */
export default function runStudyTask(task: StudyWorkerTask): WorkerAnswer {
  try {
    const plan = planOf(task);
    const scenario = plan.scenarios[task.scenario];
    if (scenario === undefined) throw new Error(`study worker: no scenario ${task.scenario}`);
    if (task.kind === 'calibrate') return { value: plan.calibrate(scenario) };
    const packed = packChunk(runDatasets(plan, scenario, task.inputRho, task.first, task.rows, task.mode));
    const answer: WorkerAnswer = { value: packed };
    // The answer with its array's buffer moved to the main thread (tinypool's transferable protocol).
    const movable = {
      get [Tinypool.transferableSymbol]() {
        return [packed.buffer];
      },
      get [Tinypool.valueSymbol]() {
        return answer;
      },
    };
    return Tinypool.move(movable as unknown as Parameters<typeof Tinypool.move>[0]) as unknown as WorkerAnswer;
  } catch (e) {
    const err = e as Error & { code?: unknown; path?: unknown };
    return {
      error: {
        name: err?.name ?? 'Error',
        message: err?.message ?? String(e),
        ...(typeof err?.code === 'string' ? { code: err.code } : {}),
        ...(typeof err?.path === 'string' ? { path: err.path } : {}),
      },
    };
  }
}
