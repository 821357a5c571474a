import type { AnyPolicyRegistry } from './create-policy-registry';
import { iterationDay } from './internal/iteration-day';
import { iterationSeed } from './iteration-seed';
import { type Policy, validatePolicy } from './policy';
import type { ContextHistoryEntry, ProposerContext } from './proposer-context';
import type { SeedScheme } from './sample-seed';
import { type ScenarioInput, validateScenario } from './scenario';
import { DEFAULT_SEARCH_BOUNDS, type SearchBounds } from './search-bounds';

export interface ProposerContextOptions {
  readonly scenario: ScenarioInput;
  readonly agentId: string;
  /** The agent's current policy (a tree in SimCash's format). */
  readonly policy: Policy;
  readonly iteration: number;
  /** The run's root seed; the iteration's seed is `iterationSeed(seed, iteration, agentId, seedScheme)`. */
  readonly seed: number;
  readonly seedScheme?: SeedScheme;
  readonly samples: number;
  /** At most this many of the agent's events per trace (default 50). */
  readonly maxEvents?: number;
  readonly policies?: AnyPolicyRegistry;
  readonly history?: readonly ContextHistoryEntry[];
  /** The bounds a proposal must keep (default: initial_liquidity_fraction in [0, 1]). */
  readonly bounds?: SearchBounds;
}

/**
 * The context a proposer reads at one iteration of `optimizePolicy`, built as the loop builds it: the scenario's
 * day at the iteration's seed with the agent on its current policy, bootstrap samples of the agent's payments in
 * it, the policy's cost on each, and the cheapest and dearest sample replayed with their traces.
 *
 * @throws {SimulatorError} SIMULATOR_UNKNOWN_AGENT for an agent the scenario lacks; the scenario's, sampler's and
 *   sandbox's errors
 * @example
 * const scenario = { ticks: 6, seed: 1, agents: [{ id: 'A', liquidityPool: 50_000 }, { id: 'B', liquidityPool: 50_000 }],
 *   arrivals: { ratePerTick: 1, amount: { mean: 5_000, sd: 1_000 }, deadline: { min: 1, max: 3 } } };
 * const context = buildProposerContext({ scenario, agentId: 'A', policy: BUILTIN_POLICIES['release-all'], iteration: 0, seed: 7, samples: 10 });
 * context.sampleCount; // 10
 * context.bestSample.totalCost <= context.worstSample.totalCost; // true
 * formatProposerContext(context).split('\n')[0]; // '# Iteration 0 for agent A'
 */
export function buildProposerContext(options: ProposerContextOptions): ProposerContext {
  const scheme = options.seedScheme ?? 'stream';
  return iterationDay({
    scenario: validateScenario(options.scenario, options.policies === undefined ? {} : { policies: options.policies }),
    agentId: options.agentId,
    policy: validatePolicy(options.policy),
    iteration: options.iteration,
    seed: iterationSeed(options.seed, options.iteration, options.agentId, scheme),
    seedScheme: scheme,
    samples: options.samples,
    maxEvents: options.maxEvents ?? 50,
    policies: options.policies,
    history: options.history ?? [],
    bounds: options.bounds ?? DEFAULT_SEARCH_BOUNDS,
  }).context;
}
