// The entry of each worker thread of runStudyAsync (built to dist/study-worker.js). It plans the same study from
// the same spec and computes its task with the same code and streams as runStudy on one thread.
import { Tinypool } from 'tinypool';
import { packChunk, runDatasets } from './internal/run-datasets';
import type { StudyWorkerTask } from './internal/worker-task';
import { planStudy, type StudyPlan } from './plan-study';

let last: { key: string; plan: StudyPlan } | undefined;

function planOf(task: StudyWorkerTask): StudyPlan {
  const key = JSON.stringify([task.spec, task.chunk]);
  if (last?.key !== key) last = { key, plan: planStudy(task.spec, { chunk: task.chunk }) };
  return last.plan;
}

/** A calibration (returned as is) or a chunk of datasets (packed in one array, moved, not copied). */
export default function runStudyTask(task: StudyWorkerTask): unknown {
  const plan = planOf(task);
  const scenario = plan.scenarios[task.scenario];
  if (scenario === undefined) throw new Error(`study worker: no scenario ${task.scenario}`);
  if (task.kind === 'calibrate') return plan.calibrate(scenario);
  const chunk = runDatasets(plan, scenario, task.inputRho, task.first, task.rows, task.mode);
  return Tinypool.move(packChunk(chunk)) as unknown;
}
