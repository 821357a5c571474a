import { canonicalJson } from '@bootstat/io';
import {
  type ComparisonOptions,
  comparePolicies,
  summarizeEvaluation,
  VERDICT_PROFILES,
  type VerdictCriteria,
} from './compare-policies';
import { costRates } from './cost-rates';
import type { AnyPolicyRegistry } from './create-policy-registry';
import { SimulatorError } from './errors';
import { iterationDay } from './internal/iteration-day';
import { iterationSeed } from './iteration-seed';
import { type Policy, validatePolicy } from './policy';
import type { Proposer } from './proposer';
import type { ContextHistoryEntry } from './proposer-context';
import type { SeedScheme } from './sample-seed';
import { type Scenario, type ScenarioInput, validateScenario } from './scenario';
import { checkBounds, DEFAULT_SEARCH_BOUNDS, type SearchBounds } from './search-bounds';

export interface OptimizationOptions {
  readonly scenario: ScenarioInput | Scenario;
  /** The agent whose policy is optimised; the others play their scenario policies. */
  readonly agentId: string;
  /** The starting policy, a tree in SimCash's format (so that every policy of the run can be logged as JSON). */
  readonly policy: Policy;
  readonly proposer: Proposer;
  /** At most this many iterations (default 20). */
  readonly iterations?: number;
  /** Bootstrap samples per iteration (default 100). */
  readonly samples?: number;
  /** The root seed, in [0, 2^32). */
  readonly seed: number;
  readonly seedScheme?: SeedScheme;
  /** Stop after this many iterations in a row without an accepted proposal (default: never). */
  readonly patience?: number;
  /** Stop once the kept policy's mean cost on an iteration's samples is at most this, in cents. */
  readonly costTarget?: number;
  readonly profile?: ComparisonOptions['profile'];
  readonly confidenceLevel?: number;
  /** Resamples of the deltas for each BCa interval (default 2000). */
  readonly nResamples?: number;
  /** The bounds a policy must keep (default: initial_liquidity_fraction in [0, 1]). */
  readonly bounds?: SearchBounds;
  /** At most this many of the agent's events per trace in the context (default 50). */
  readonly maxEvents?: number;
  /** Stop with SIMULATOR_PROPOSER_FAILED after this many failed proposals in a row (default 3). */
  readonly maxProposerFailures?: number;
  /** The other agents' policies, when the scenario names a plugin's. */
  readonly policies?: AnyPolicyRegistry;
  /** Iterations already run (from a run log): the run goes on after them, as if it had not stopped. */
  readonly resume?: readonly IterationRecord[];
  /** Called with each iteration's record as soon as it is complete (to write the run log as it goes). */
  readonly onIteration?: (record: IterationRecord) => void | Promise<void>;
  /** Cancels the run between steps; the records so far have been passed to onIteration. */
  readonly signal?: AbortSignal;
}

/** One iteration of the loop, as the run log records it. */
export interface IterationRecord {
  readonly iteration: number;
  /** The iteration's seed (its context day's and its samples' base seed). */
  readonly seed: number;
  /** The agent's cost in the iteration's context day, on the current policy. */
  readonly contextCost: number;
  /** The current policy's mean cost on the iteration's samples. */
  readonly currentMeanCost: number;
  readonly proposal: {
    /** What the proposer gave (null when it failed before giving anything). */
    readonly policy: unknown;
    readonly valid: boolean;
    /** Why it is not valid (null when it is). */
    readonly reason: string | null;
  };
  /** The paired comparison on the iteration's samples (null when the proposal was not valid). */
  readonly comparison: {
    readonly meanDelta: number;
    readonly ci: { readonly low: number; readonly high: number };
    readonly confidenceLevel: number;
    readonly relativeImprovement: number | null;
    readonly candidateMeanCost: number;
    readonly candidateSettlementRate: number;
  } | null;
  readonly verdict: { readonly accept: boolean; readonly reasons: readonly string[] };
  /** The policy after the iteration: the proposal when accepted, else the current one. */
  readonly kept: Policy;
  /** The kept policy's mean cost on the iteration's samples. */
  readonly keptMeanCost: number;
}

/** Why a run stopped. */
export const OPTIMIZATION_STOP_REASONS = ['iterations', 'patience', 'target', 'aborted'] as const;
export type OptimizationStopReason = (typeof OPTIMIZATION_STOP_REASONS)[number];

export interface OptimizationResult {
  readonly iterations: readonly IterationRecord[];
  /** The policy kept at the end (each accepted proposal beat the one before on paired samples). */
  readonly best: Policy;
  readonly stopReason: OptimizationStopReason;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

function positiveInteger(name: string, v: number | undefined, fallback: number): number {
  const x = v ?? fallback;
  if (!Number.isSafeInteger(x) || x < 1) {
    throw new SimulatorError('SIMULATOR_INVALID_OPTION', `${name} must be a whole number ≥ 1, got ${String(x)}.`);
  }
  return x;
}

/**
 * Improves an agent's payment policy step by step, as SimCash's optimisation loop does. Each iteration:
 * 1. its seed is `iterationSeed(seed, iteration, agentId, seedScheme)`: a fresh context day (the scenario's day at
 *    that seed, the agent on its current policy) and fresh bootstrap samples of the agent's payments in it;
 * 2. the proposer reads the context (the day, the cheapest and the dearest sample with the agent's traces, the mean
 *    cost, its sd, the earlier proposals' fates; never another agent's data) and proposes a policy;
 * 3. a proposal that is not a valid policy within the bounds, or a proposer error, is rejected with its reason;
 * 4. otherwise both policies are played on the same samples (`comparePolicies`: the mean delta with a BCa interval
 *    and a verdict), and the proposal is kept when the verdict accepts it.
 * The run stops after `iterations`, after `patience` iterations in a row without an accepted proposal, or once the
 * kept policy's mean cost reaches `costTarget`. Given the seed and a deterministic proposer, the records are the
 * same bits on every run, and a run resumed from its records gives what an uninterrupted one gives.
 *
 * @throws {SimulatorError} SIMULATOR_UNKNOWN_AGENT (an agent the scenario lacks), SIMULATOR_INVALID_POLICY (a
 *   starting policy that is not valid or out of its bounds), SIMULATOR_INVALID_OPTION, SIMULATOR_PROPOSER_FAILED
 *   (after `maxProposerFailures` failed proposals in a row, or when the proposer says it can never work); the
 *   records so far have been passed to `onIteration`
 * @example
 * const scenario = { ticks: 6, seed: 1, agents: [{ id: 'A', liquidityPool: 100_000 }, { id: 'B', liquidityPool: 100_000 }],
 *   arrivals: { ratePerTick: 1, amount: { mean: 5_000, sd: 1_000 }, deadline: { min: 2, max: 4 } },
 *   costRates: { liquidityCostPerTickBps: 83 } };
 * const run = await optimizePolicy({ scenario, agentId: 'A', policy: BUILTIN_POLICIES['release-all'],
 *   proposer: createParameterSearch(), iterations: 4, samples: 30, seed: 1 });
 * run.iterations.length; // 4
 * run.best.parameters.initial_liquidity_fraction < 0.5; // true
 */
export async function optimizePolicy(options: OptimizationOptions): Promise<OptimizationResult> {
  const scenario = validateScenario(
    options.scenario,
    options.policies === undefined ? {} : { policies: options.policies },
  );
  if (!scenario.agents.some((a) => a.id === options.agentId)) {
    throw new SimulatorError(
      'SIMULATOR_UNKNOWN_AGENT',
      `agent ${JSON.stringify(options.agentId)} is not in the scenario; its agents are ${scenario.agents.map((a) => JSON.stringify(a.id)).join(', ')}.`,
      options.agentId,
    );
  }
  const maxIterations = positiveInteger('iterations', options.iterations, 20);
  const samples = positiveInteger('samples', options.samples, 100);
  const maxFailures = positiveInteger('maxProposerFailures', options.maxProposerFailures, 3);
  const patience =
    options.patience === undefined ? Number.POSITIVE_INFINITY : positiveInteger('patience', options.patience, 1);
  const maxEvents = options.maxEvents ?? 50;
  if (!Number.isSafeInteger(maxEvents) || maxEvents < 0) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_OPTION',
      `maxEvents must be a whole number ≥ 0, got ${String(maxEvents)}.`,
    );
  }
  if (options.costTarget !== undefined && !Number.isFinite(options.costTarget)) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_OPTION',
      `costTarget must be a finite number of cents, got ${String(options.costTarget)}.`,
    );
  }
  const profile = options.profile ?? 'moderate';
  if (typeof profile !== 'object' && (VERDICT_PROFILES as Record<string, VerdictCriteria>)[profile] === undefined) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_OPTION',
      `profile must be ${Object.keys(VERDICT_PROFILES).join(', ')} or criteria, got ${JSON.stringify(profile)}.`,
    );
  }
  const scheme = options.seedScheme ?? 'stream';
  const bounds = options.bounds ?? DEFAULT_SEARCH_BOUNDS;
  const start = validatePolicy(options.policy);
  checkBounds(start, bounds);
  const rates = costRates(scenario.costRates);

  const records: IterationRecord[] = [];
  let current = start;
  const history = (): ContextHistoryEntry[] =>
    records.map((r) => ({
      iteration: r.iteration,
      proposal: r.proposal.policy,
      accepted: r.verdict.accept,
      reasons: r.verdict.reasons,
      meanDelta: r.comparison?.meanDelta ?? null,
    }));
  const trailing = (test: (r: IterationRecord) => boolean) => {
    let n = 0;
    for (let i = records.length - 1; i >= 0 && test(records[i] as IterationRecord); i--) n++;
    return n;
  };
  const stopReason = (): OptimizationStopReason | undefined => {
    const last = records[records.length - 1];
    if (last !== undefined && options.costTarget !== undefined && last.keptMeanCost <= options.costTarget)
      return 'target';
    if (trailing((r) => !r.verdict.accept) >= patience) return 'patience';
    if (records.length >= maxIterations) return 'iterations';
    return undefined;
  };

  /** After a record: too many failed proposals in a row end the run, as they did when it was written. */
  const checkFailures = () => {
    const failures = trailing((r) => !r.proposal.valid);
    if (failures >= maxFailures) {
      const last = records[records.length - 1] as IterationRecord;
      throw new SimulatorError(
        'SIMULATOR_PROPOSER_FAILED',
        `the proposer failed ${failures} time${failures === 1 ? '' : 's'} in a row; the last time: ${last.proposal.reason}`,
      );
    }
  };

  // A resumed run takes the records one by one, with the stop rules between them, as the uninterrupted run would:
  // one resumed with fewer iterations or a tighter rule stops where that run would have stopped.
  for (const [i, logged] of (options.resume ?? []).entries()) {
    const stop = stopReason();
    if (stop !== undefined) return { iterations: records, best: current, stopReason: stop };
    checkResumed(logged, i, {
      seed: iterationSeed(options.seed, i, options.agentId, scheme),
      bounds,
      current,
    });
    records.push(logged);
    current = validatePolicy(logged.kept);
    checkFailures();
  }

  for (;;) {
    const stop = stopReason();
    if (stop !== undefined) return { iterations: records, best: current, stopReason: stop };
    if (options.signal?.aborted === true) return { iterations: records, best: current, stopReason: 'aborted' };
    const iteration = records.length;
    const seed = iterationSeed(options.seed, iteration, options.agentId, scheme);
    const day = iterationDay({
      scenario,
      agentId: options.agentId,
      policy: current,
      iteration,
      seed,
      seedScheme: scheme,
      samples,
      maxEvents,
      policies: options.policies,
      history: history(),
      bounds,
    });
    // Copies: what the proposer does to its arguments cannot reach the loop's state.
    const context = structuredClone(day.context);
    const currentMeanCost = day.context.meanCost;
    let proposal: unknown = null;
    let reason: string | null = null;
    let candidate: Policy | undefined;
    try {
      proposal = await options.proposer.propose(context, structuredClone(current));
      candidate = validatePolicy(proposal);
      checkBounds(candidate, bounds);
    } catch (e) {
      if (e instanceof SimulatorError && e.code === 'SIMULATOR_PROPOSER_FAILED') throw e;
      reason = messageOf(e);
      candidate = undefined;
    }
    let record: IterationRecord;
    if (candidate === undefined) {
      record = {
        iteration,
        seed,
        contextCost: day.context.contextSimulation.totalCost,
        currentMeanCost,
        proposal: { policy: proposal ?? null, valid: false, reason },
        comparison: null,
        verdict: { accept: false, reasons: [`the proposal was rejected: ${reason}`] },
        kept: current,
        keptMeanCost: currentMeanCost,
      };
    } else {
      const c = comparePolicies(day.agentHistory, current, candidate, {
        samples,
        seed,
        totalTicks: scenario.ticks,
        seedScheme: scheme,
        agent: day.agent,
        rates,
        profile,
        ...(options.confidenceLevel === undefined ? {} : { confidenceLevel: options.confidenceLevel }),
        ...(options.nResamples === undefined ? {} : { nResamples: options.nResamples }),
      });
      const candidateMeanCost = summarizeEvaluation(c.candidate).meanCost;
      record = {
        iteration,
        seed,
        contextCost: day.context.contextSimulation.totalCost,
        currentMeanCost,
        proposal: { policy: proposal, valid: true, reason: null },
        comparison: {
          meanDelta: c.summary.meanDelta,
          ci: c.summary.ci,
          confidenceLevel: c.summary.confidenceLevel,
          relativeImprovement: Number.isNaN(c.summary.relativeImprovement) ? null : c.summary.relativeImprovement,
          candidateMeanCost,
          candidateSettlementRate: c.summary.candidateSettlementRate,
        },
        verdict: { accept: c.verdict.accept, reasons: c.verdict.reasons },
        kept: c.verdict.accept ? candidate : current,
        keptMeanCost: c.verdict.accept ? candidateMeanCost : currentMeanCost,
      };
      current = record.kept;
    }
    records.push(record);
    await options.onIteration?.(record);
    checkFailures();
  }
}

/**
 * A resumed record must be this run's: its iteration's seed, a policy kept within the bounds that is either the
 * current one (not accepted) or its proposal (accepted).
 */
function checkResumed(
  r: IterationRecord,
  i: number,
  expected: { readonly seed: number; readonly bounds: SearchBounds; readonly current: Policy },
): void {
  const fail = (why: string): never => {
    throw new SimulatorError('SIMULATOR_INVALID_OPTION', `resumed iteration ${i}: ${why}`);
  };
  if (r.iteration !== i) fail(`it is numbered ${String(r.iteration)}.`);
  if (r.seed !== expected.seed) fail(`its seed ${String(r.seed)} is not this run's (${expected.seed}).`);
  const policyOf = (what: string, p: unknown): Policy => {
    try {
      return validatePolicy(p);
    } catch (e) {
      return fail(`its ${what}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const kept = policyOf('kept policy', r.kept);
  try {
    checkBounds(kept, expected.bounds);
  } catch (e) {
    fail(`its kept policy: ${e instanceof Error ? e.message : String(e)}`);
  }
  const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
  const accepted = r.verdict?.accept === true;
  if (accepted ? !same(kept, policyOf('proposal', r.proposal?.policy)) : !same(kept, expected.current)) {
    fail(
      accepted
        ? 'it was accepted, but the policy it kept is not its proposal.'
        : 'it was not accepted, but the policy it kept is not the one before it.',
    );
  }
}
