import type { Policy } from './policy';
import type { ProposerContext } from './proposer-context';

/**
 * What writes the next candidate policy in `optimizePolicy`: SimCash's language model, a parameter search, an
 * external command. `propose` reads the context (the agent's data only) and the current policy and resolves to a
 * policy in SimCash's JSON format. What it resolves to is checked by the loop: anything that is not a valid policy
 * within the run's bounds, and any error it throws, is a rejected proposal with a reason, and the loop goes on.
 * Throwing a `SimulatorError` with code `SIMULATOR_PROPOSER_FAILED` instead stops the run (a proposer that can
 * never work, such as a command that does not exist).
 *
 * A proposer must be a function of its arguments for a run to be reproducible and resumable: the context holds
 * the iteration and the earlier proposals' fates, from which a search derives its state.
 */
export interface Proposer {
  /** How the run log and messages name it. */
  readonly name: string;
  /** What decides its proposals besides its arguments (the search's step), kept in a run's settings. */
  readonly settings?: Readonly<Record<string, unknown>>;
  propose(context: ProposerContext, current: Policy): Promise<unknown>;
}
