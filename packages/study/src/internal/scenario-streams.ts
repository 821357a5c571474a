import { streamTree } from '@bootstat/rng';
import type { Scenario } from '../expand-scenarios';

/**
 * The root streams of a scenario: dataset r is drawn from `data.child(r)` and resampled from `bootstrap.child(r)`,
 * so it never depends on nReps, nResamples, the mode, the chunk or the worker count.
 */
export function scenarioStreams(seed: number, scenario: Scenario) {
  const root = streamTree(seed).child(scenario.id);
  return { data: root.child('data'), bootstrap: root.child('bootstrap') };
}
