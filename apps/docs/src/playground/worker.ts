// The playground's web worker: the bootstrap runs here, off the page's thread, so the page stays responsive, shows
// progress, and can cancel a run by terminating the worker. No request leaves the browser.
import { CI_METHODS, StatsError } from '@bootstat/stats';
import { computeGate, computeIntervals } from './compute';
import type { WorkerReply, WorkerRequest } from './protocol';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (reply: WorkerReply, transfer?: Transferable[]) => void;
};

/** Progress is posted at most every 50 ms: a message per block would flood the page on a fast run. */
const PROGRESS_INTERVAL_MS = 50;

scope.onmessage = (event) => {
  const message = event.data;
  let last = 0;
  const unit =
    message.kind === 'intervals'
      ? `resamples (${CI_METHODS.length} methods × ${message.request.nResamples.toLocaleString('en-US')})`
      : 'reports';
  const progress = (done: number, total: number) => {
    const now = Date.now();
    if (now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    scope.postMessage({ id: message.id, kind: 'progress', done, total, unit });
  };
  try {
    if (message.kind === 'intervals') {
      const outcome = computeIntervals(message.request, progress);
      scope.postMessage({ id: message.id, kind: 'intervals', outcome }, [outcome.distribution.buffer as ArrayBuffer]);
    } else {
      scope.postMessage({ id: message.id, kind: 'gate', outcome: computeGate(message.request) });
    }
  } catch (e) {
    const text = e instanceof StatsError ? e.message : `internal error: ${(e as Error).message ?? String(e)}`;
    scope.postMessage({ id: message.id, kind: 'error', message: text });
  }
};
