import type { AgentHistory } from '../bootstrap-sample';
import { bootstrapSample } from '../bootstrap-sample';
import { collectHistory } from '../collect-history';
import { evaluatePolicy, type SampleEvaluation, summarizeEvaluation } from '../compare-policies';
import { costRates } from '../cost-rates';
import type { AnyPolicyRegistry } from '../create-policy-registry';
import { SimulatorError } from '../errors';
import type { PaymentPolicy, Policy } from '../policy';
import { agentTrace, type ContextDay, type ContextHistoryEntry, type ProposerContext } from '../proposer-context';
import { runSandbox, type SandboxAgent } from '../run-sandbox';
import type { SeedScheme } from '../sample-seed';
import type { Scenario } from '../scenario';
import type { SearchBounds } from '../search-bounds';
import { dayTrace, simulateDay } from '../simulate-day';

export interface IterationDayOptions {
  readonly scenario: Scenario;
  readonly agentId: string;
  readonly policy: Policy;
  readonly iteration: number;
  /** The iteration's seed (`iterationSeed`): the context day's seed and the samples' base seed. */
  readonly seed: number;
  readonly seedScheme: SeedScheme;
  readonly samples: number;
  readonly maxEvents: number;
  readonly policies?: AnyPolicyRegistry | undefined;
  readonly history: readonly ContextHistoryEntry[];
  readonly bounds: SearchBounds;
}

export interface IterationDay {
  readonly context: ProposerContext;
  readonly agentHistory: AgentHistory;
  readonly agent: SandboxAgent;
  readonly evaluation: readonly SampleEvaluation[];
}

/** The sandbox's view of a scenario's agent: its pool, credit and opening balance. */
export function sandboxAgent(scenario: Scenario, agentId: string): SandboxAgent {
  const me = scenario.agents.find((a) => a.id === agentId);
  if (me === undefined) {
    throw new SimulatorError(
      'SIMULATOR_UNKNOWN_AGENT',
      `agent ${JSON.stringify(agentId)} is not in the scenario; its agents are ${scenario.agents.map((a) => JSON.stringify(a.id)).join(', ')}.`,
      agentId,
    );
  }
  return { liquidityPool: me.liquidityPool, creditLimit: me.creditLimit, openingBalance: me.openingBalance };
}

/**
 * One iteration's day: the context simulation (the scenario's day at the iteration's seed, the agent playing its
 * current policy), the agent's history from its trace, the current policy on the bootstrap samples, and the context
 * a proposer reads.
 */
export function iterationDay(o: IterationDayOptions): IterationDay {
  const agent = sandboxAgent(o.scenario, o.agentId);
  const rates = costRates(o.scenario.costRates);
  const day = simulateDay(
    { ...o.scenario, seed: o.seed },
    { ...(o.policies === undefined ? {} : { policies: o.policies }), agentPolicies: { [o.agentId]: o.policy } },
  );
  const agentHistory = collectHistory(dayTrace(day)).agentHistory(o.agentId);
  const options = {
    samples: o.samples,
    seed: o.seed,
    totalTicks: o.scenario.ticks,
    seedScheme: o.seedScheme,
    agent,
    rates,
  };
  const evaluation = evaluatePolicy(agentHistory, o.policy as PaymentPolicy, options);
  const mine = day.agents.get(o.agentId);
  if (mine === undefined) throw new Error('unreachable: the agent is in the scenario');
  const own = agentTrace(day.events, o.agentId, o.maxEvents);
  const contextSimulation: ContextDay = {
    seed: o.seed,
    totalCost: mine.totalCost,
    costBreakdown: mine.costs,
    settlementRate: mine.settlementRate,
    avgDelay: mine.avgDelay,
    ...own,
  };
  // The cheapest and the dearest sample (the first of equals), replayed with their traces.
  let best = 0;
  let worst = 0;
  for (let i = 1; i < evaluation.length; i++) {
    if ((evaluation[i] as SampleEvaluation).totalCost < (evaluation[best] as SampleEvaluation).totalCost) best = i;
    if ((evaluation[i] as SampleEvaluation).totalCost > (evaluation[worst] as SampleEvaluation).totalCost) worst = i;
  }
  const replay = (i: number) => {
    const e = evaluation[i] as SampleEvaluation;
    const sample = bootstrapSample(agentHistory, {
      seed: o.seed,
      sampleIdx: i,
      totalTicks: o.scenario.ticks,
      seedScheme: o.seedScheme,
    });
    const r = runSandbox(sample, o.policy, agent, rates, { trace: true });
    return {
      sampleIdx: i,
      seed: e.seed,
      totalCost: e.totalCost,
      costBreakdown: e.costBreakdown,
      settlementRate: e.settlementRate,
      avgDelay: e.avgDelay,
      ...agentTrace(r.events, o.agentId, o.maxEvents),
    };
  };
  const costs = evaluation.map((e) => e.totalCost);
  const meanCost = summarizeEvaluation(evaluation).meanCost;
  const costSd =
    costs.length < 2 ? 0 : Math.sqrt(costs.reduce((a, c) => a + (c - meanCost) ** 2, 0) / (costs.length - 1));
  const context: ProposerContext = {
    schemaVersion: 1,
    kind: 'proposer-context',
    agentId: o.agentId,
    iteration: o.iteration,
    iterationSeed: o.seed,
    contextSimulation,
    bestSample: replay(best),
    worstSample: replay(worst),
    meanCost,
    costSd,
    sampleCount: evaluation.length,
    currentPolicy: o.policy,
    bounds: o.bounds,
    history: o.history,
  };
  return { context, agentHistory, agent, evaluation };
}
