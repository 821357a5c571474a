import { rmSync } from 'node:fs';

// Temporary files being written now. While there is one, SIGINT, SIGTERM and SIGHUP remove them before the
// signal takes its course; at other times this module leaves signals alone (a long computation is still
// stopped by Ctrl-C at once).
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function onSignal(signal: NodeJS.Signals): void {
  removePendingTempFiles();
  // Take the signal its usual way: with no other listener the process ends as killed by it (exit 128 + n).
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function listen(on: boolean): void {
  for (const s of SIGNALS) {
    if (on) process.on(s, onSignal);
    else process.off(s, onSignal);
  }
}

export function addPendingTempFile(path: string): void {
  if (pending.size === 0) listen(true);
  pending.add(path);
}

export function forgetPendingTempFile(path: string): void {
  if (!pending.delete(path)) return;
  if (pending.size === 0) listen(false);
}

/**
 * Removes every temporary file still being written (as on a signal); returns their paths.
 *
 * @example
 * // what SIGINT, SIGTERM and SIGHUP do during a write; with no write under way there is nothing to remove
 * removePendingTempFiles(); // []
 */
export function removePendingTempFiles(): string[] {
  const removed = [...pending];
  for (const path of removed) {
    try {
      rmSync(path, { force: true });
    } catch {
      // Nothing more can be done on the way out; the name says what the file is.
    }
  }
  pending.clear();
  listen(false);
  return removed;
}
