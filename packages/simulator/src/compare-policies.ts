import { streamTree } from '@bootstat/rng';
import { bootstrap } from '@bootstat/stats';
import { type AgentHistory, bootstrapSample } from './bootstrap-sample';
import { type CostRates, costRates } from './cost-rates';
import { SimulatorError } from './errors';
import type { PaymentPolicy } from './policy';
import { type CostBreakdown, runSandbox, type SandboxAgent } from './run-sandbox';
import type { SeedScheme } from './sample-seed';

/** What one policy did on one bootstrap sample. */
export interface SampleEvaluation {
  readonly sampleIdx: number;
  /** The sample's seed: `bootstrapSample` with it replays the day. */
  readonly seed: number;
  readonly totalCost: number;
  readonly settlementRate: number;
  readonly avgDelay: number;
  readonly costBreakdown: CostBreakdown;
}

/** What a verdict asks of a candidate policy. */
export interface VerdictCriteria {
  /** The candidate's mean settlement rate must be at least this (default 0.95, the reference's). */
  readonly minSettlementRate: number;
  /** The lower end of the interval of the mean delta must be above 0. */
  readonly requireLowerAboveZero: boolean;
  /** The mean delta over the current policy's mean cost must be at least this (0: any improvement). */
  readonly minRelativeImprovement: number;
}

/**
 * Named verdict profiles. Every one rejects a mean delta ≤ 0 and a settlement rate below 0.95:
 * - `conservative`: the interval's lower end above 0, and at least 5 % cheaper;
 * - `moderate` (default): the interval's lower end above 0;
 * - `aggressive`: a positive mean delta is enough.
 */
export const VERDICT_PROFILES: Readonly<Record<'conservative' | 'moderate' | 'aggressive', VerdictCriteria>> = {
  conservative: { minSettlementRate: 0.95, requireLowerAboveZero: true, minRelativeImprovement: 0.05 },
  moderate: { minSettlementRate: 0.95, requireLowerAboveZero: true, minRelativeImprovement: 0 },
  aggressive: { minSettlementRate: 0.95, requireLowerAboveZero: false, minRelativeImprovement: 0 },
};

export interface EvaluationOptions {
  /** Bootstrap samples, at least 1 (2 or more for an interval). */
  readonly samples: number;
  /** The base seed, in [0, 2^32). */
  readonly seed: number;
  readonly totalTicks: number;
  readonly seedScheme?: SeedScheme;
  readonly agent?: SandboxAgent;
  readonly rates?: CostRates;
}

export interface ComparisonOptions extends EvaluationOptions {
  readonly confidenceLevel?: number;
  /** Resamples of the deltas for the BCa interval (default 2000). */
  readonly nResamples?: number;
  /** A profile's name, or criteria (default 'moderate'). */
  readonly profile?: keyof typeof VERDICT_PROFILES | VerdictCriteria;
}

export interface PolicyComparison {
  readonly current: readonly SampleEvaluation[];
  readonly candidate: readonly SampleEvaluation[];
  /** cost(current) − cost(candidate) per sample: positive when the candidate is cheaper. */
  readonly deltas: readonly number[];
  readonly summary: {
    readonly meanDelta: number;
    /** BCa interval of the mean delta (from @bootstat/stats), computed on the deltas. */
    readonly ci: { readonly low: number; readonly high: number };
    readonly confidenceLevel: number;
    readonly nResamples: number;
    /** meanDelta / the current policy's mean cost (NaN when that is 0). */
    readonly relativeImprovement: number;
    readonly candidateSettlementRate: number;
  };
  readonly verdict: {
    readonly accept: boolean;
    readonly reasons: readonly string[];
    readonly criteria: VerdictCriteria;
  };
  /**
   * `IDENTICAL_DELTAS`: every sample gave the same delta; the interval is that value (every resample gives it).
   * `ONE_SAMPLE`: one sample, no interval (the lower-end check fails).
   */
  readonly warnings: readonly { readonly code: 'IDENTICAL_DELTAS' | 'ONE_SAMPLE'; readonly message: string }[];
}

function checkOptions(o: EvaluationOptions): void {
  if (!Number.isInteger(o.samples) || o.samples < 1 || o.samples > 1e7) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_OPTION',
      `samples must be a whole number in [1, 10^7], got ${String(o.samples)}.`,
    );
  }
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 4294967295) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_OPTION',
      `seed must be a whole number in [0, 4294967295], got ${String(o.seed)}.`,
    );
  }
}

function evaluateOn(
  history: AgentHistory,
  policies: readonly PaymentPolicy[],
  o: EvaluationOptions,
): SampleEvaluation[][] {
  checkOptions(o);
  const rates = o.rates ?? costRates();
  const out: SampleEvaluation[][] = policies.map(() => []);
  for (let i = 0; i < o.samples; i++) {
    // One sample, every policy on it: the comparison is paired.
    const sample = bootstrapSample(history, {
      seed: o.seed,
      sampleIdx: i,
      totalTicks: o.totalTicks,
      ...(o.seedScheme === undefined ? {} : { seedScheme: o.seedScheme }),
    });
    for (const [j, policy] of policies.entries()) {
      const r = runSandbox(sample, policy, o.agent, rates, { trace: false });
      out[j]?.push({
        sampleIdx: i,
        seed: sample.seed,
        totalCost: r.totalCost,
        settlementRate: r.settlementRate,
        avgDelay: r.avgDelay,
        costBreakdown: r.costs,
      });
    }
  }
  return out;
}

/**
 * A policy's cost, settlement rate and delay on each of `samples` bootstrap samples of an agent's history.
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_OPTION for 0 samples or a bad seed; the sampler's and sandbox's errors
 * @example
 * const history = { agentId: 'A', incoming: [], outgoing: [{ txId: 'p', senderId: 'A', receiverId: 'B', amount: 1000,
 *   priority: 5, originalArrivalTick: 0, deadlineOffset: 3, settlementOffset: 0 }] };
 * evaluatePolicy(history, BUILTIN_POLICIES['release-all'], { samples: 3, seed: 1, totalTicks: 6, agent: { liquidityPool: 10_000 } }).length; // 3
 */
export function evaluatePolicy(
  history: AgentHistory,
  policy: PaymentPolicy,
  options: EvaluationOptions,
): SampleEvaluation[] {
  return evaluateOn(history, [policy], options)[0] as SampleEvaluation[];
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * A policy's mean cost, settlement rate and delay over its samples (`evaluatePolicy`'s), in sample order.
 *
 * @example
 * const s = { sampleIdx: 0, seed: 1, settlementRate: 1, avgDelay: 0, costBreakdown: { overdraft: 0, delay: 0, deadlinePenalty: 0, eodPenalty: 0, liquidity: 0 } };
 * summarizeEvaluation([{ ...s, totalCost: 10 }, { ...s, totalCost: 20 }]).meanCost; // 15
 */
export function summarizeEvaluation(samples: readonly SampleEvaluation[]): {
  readonly meanCost: number;
  readonly meanSettlementRate: number;
  readonly meanDelay: number;
} {
  return {
    meanCost: mean(samples.map((s) => s.totalCost)),
    meanSettlementRate: mean(samples.map((s) => s.settlementRate)),
    meanDelay: mean(samples.map((s) => s.avgDelay)),
  };
}

/**
 * Compares a candidate policy with the current one on the same bootstrap samples (paired): per sample the delta
 * cost(current) − cost(candidate), their mean with a BCa interval computed on the deltas (the reference's later
 * version put its interval on the candidate's costs, which is not the quantity compared), and a verdict: accept only
 * when the candidate's mean settlement rate is at least the minimum, the mean delta is above 0, and the profile's
 * further conditions hold (the interval's lower end above 0; a minimum relative improvement). The reasons say which
 * held and which did not.
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_OPTION for 0 samples, a bad seed, level or profile
 * @example
 * const history = { agentId: 'A', incoming: [], outgoing: [{ txId: 'p', senderId: 'A', receiverId: 'B', amount: 1000,
 *   priority: 5, originalArrivalTick: 0, deadlineOffset: 3, settlementOffset: 0 }] };
 * const c = comparePolicies(history, BUILTIN_POLICIES['release-all'], BUILTIN_POLICIES['release-all'], { samples: 20, seed: 1, totalTicks: 6 });
 * c.summary.meanDelta; // 0
 * c.verdict.accept; // false
 */
export function comparePolicies(
  history: AgentHistory,
  current: PaymentPolicy,
  candidate: PaymentPolicy,
  options: ComparisonOptions,
): PolicyComparison {
  const level = options.confidenceLevel ?? 0.95;
  if (!(level > 0 && level < 1)) {
    throw new SimulatorError('SIMULATOR_INVALID_OPTION', `confidenceLevel must be in (0, 1), got ${String(level)}.`);
  }
  const nResamples = options.nResamples ?? 2000;
  const criteria =
    typeof options.profile === 'object' ? options.profile : VERDICT_PROFILES[options.profile ?? 'moderate'];
  if (criteria === undefined) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_OPTION',
      `profile must be ${Object.keys(VERDICT_PROFILES).join(', ')} or criteria, got ${JSON.stringify(options.profile)}.`,
    );
  }
  const [cur, cand] = evaluateOn(history, [current, candidate], options) as [SampleEvaluation[], SampleEvaluation[]];
  const deltas = cur.map((c, i) => c.totalCost - (cand[i] as SampleEvaluation).totalCost);
  const meanDelta = mean(deltas);
  const warnings: PolicyComparison['warnings'][number][] = [];
  let ci: { low: number; high: number };
  if (deltas.length < 2) {
    ci = { low: meanDelta, high: meanDelta };
    warnings.push({
      code: 'ONE_SAMPLE',
      message: 'one sample gives no interval: take 2 or more (200 or more for a verdict worth its name).',
    });
  } else if (deltas.every((d) => d === deltas[0])) {
    ci = { low: meanDelta, high: meanDelta };
    warnings.push({
      code: 'IDENTICAL_DELTAS',
      message: `every sample gave the same delta, ${meanDelta}: the interval is that value.`,
    });
  } else {
    const r = bootstrap([Float64Array.from(deltas)], 'mean', {
      method: 'bca',
      nResamples,
      confidenceLevel: level,
      rng: streamTree(options.seed).child('deltas'),
    });
    ci = { low: r.ci.low, high: r.ci.high };
  }
  const currentMean = mean(cur.map((c) => c.totalCost));
  const relativeImprovement = currentMean === 0 ? Number.NaN : meanDelta / currentMean;
  const candidateSettlementRate = mean(cand.map((c) => c.settlementRate));
  const reasons: string[] = [];
  let accept = true;
  const check = (ok: boolean, yes: string, no: string) => {
    reasons.push(ok ? yes : no);
    if (!ok) accept = false;
  };
  check(
    candidateSettlementRate >= criteria.minSettlementRate,
    `settlement rate ${candidateSettlementRate.toFixed(3)} ≥ ${criteria.minSettlementRate}`,
    `settlement rate ${candidateSettlementRate.toFixed(3)} is below the minimum ${criteria.minSettlementRate}`,
  );
  check(
    meanDelta > 0,
    `mean delta ${meanDelta} > 0: cheaper on average`,
    `mean delta ${meanDelta} ≤ 0: not cheaper on average`,
  );
  if (criteria.requireLowerAboveZero) {
    check(
      deltas.length >= 2 && ci.low > 0,
      `the interval's lower end ${ci.low} > 0`,
      deltas.length < 2
        ? 'one sample gives no interval, so no lower end above 0'
        : `the interval's lower end ${ci.low} ≤ 0: the improvement is not clear at ${level * 100}%`,
    );
  }
  if (criteria.minRelativeImprovement > 0) {
    check(
      relativeImprovement >= criteria.minRelativeImprovement,
      `relative improvement ${(relativeImprovement * 100).toFixed(1)}% ≥ ${criteria.minRelativeImprovement * 100}%`,
      Number.isNaN(relativeImprovement)
        ? 'no relative improvement: the current policy costs nothing'
        : `relative improvement ${(relativeImprovement * 100).toFixed(1)}% is below ${criteria.minRelativeImprovement * 100}%`,
    );
  }
  return {
    current: cur,
    candidate: cand,
    deltas,
    summary: { meanDelta, ci, confidenceLevel: level, nResamples, relativeImprovement, candidateSettlementRate },
    verdict: { accept, reasons, criteria },
    warnings,
  };
}
