import { fillIndices, fillNormal, fillUniform, streamTree } from '@bootstat/rng';
import type { TraceEvent } from './collect-history';
import { costRates } from './cost-rates';
import { type AnyPolicyRegistry, createPolicyRegistry, policyByName } from './create-policy-registry';
import { allocatedLiquidity, type PaymentPolicy } from './policy';
import { checkScenarioShape, type Scenario, type ScenarioInput, validateScenario } from './scenario';
import { type AgentDay, type DayEvent, type DayPayment, settleDay } from './settle-day';

export interface SimulatedDay {
  readonly scenario: Scenario;
  readonly payments: readonly DayPayment[];
  readonly agents: ReadonlyMap<string, AgentDay>;
  readonly events: readonly DayEvent[];
}

/**
 * The payments of a scenario's day, drawn from the seed's stream tree: agent a's payments at tick t come from
 * `streamTree(seed).child('arrivals').child(a).child(t)`, in this order of draws: a uniform for the Poisson count
 * (by inversion), then per payment a normal for the lognormal amount (exp(μ + σz), μ and σ from the mean and sd,
 * rounded to whole cents, at least 1), the counterparty (uniform among the other agents, in id order), the deadline
 * offset and the priority (uniform whole numbers, by `fillIndices`). The payments of one agent and tick never
 * depend on any other.
 *
 * @example
 * const s = { ticks: 12, seed: 1, agents: [{ id: 'A' }, { id: 'B' }],
 *   arrivals: { ratePerTick: 2, amount: { mean: 10_000, sd: 5_000 }, deadline: { min: 3, max: 8 } } };
 * drawPayments(s).every((p) => Number.isSafeInteger(p.amount) && p.amount >= 1); // true
 */
export function drawPayments(input: ScenarioInput | Scenario): DayPayment[] {
  // The policies play no part in the payments: a scenario naming a plugin's policy draws the same ones.
  const s = checkScenarioShape(input);
  const ids = s.agents.map((a) => a.id).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const { mean, sd } = s.arrivals.amount;
  const sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
  const mu = Math.log(mean) - sigma2 / 2;
  const sigma = Math.sqrt(sigma2);
  const lambda = s.arrivals.ratePerTick;
  const root = streamTree(s.seed).child('arrivals');
  const payments: DayPayment[] = [];
  const u = new Float64Array(1);
  const z = new Float64Array(1);
  const k = new Uint32Array(1);
  for (const id of ids) {
    const others = ids.filter((o) => o !== id);
    for (let t = 0; t < s.ticks; t++) {
      const g = root.child(id).child(t).generator();
      fillUniform(g, u);
      // Poisson by inversion: the smallest n with F(n) ≥ u.
      let n = 0;
      let p = Math.exp(-lambda);
      let F = p;
      while ((u[0] as number) > F && n < 10_000) {
        n++;
        p *= lambda / n;
        F += p;
      }
      for (let j = 0; j < n; j++) {
        fillNormal(g, z);
        const amount = Math.max(1, Math.round(Math.exp(mu + sigma * (z[0] as number))));
        fillIndices(g, others.length, k);
        const receiverId = others[k[0] as number] as string;
        fillIndices(g, s.arrivals.deadline.max - s.arrivals.deadline.min + 1, k);
        const deadline = Math.min(t + s.arrivals.deadline.min + (k[0] as number), s.ticks);
        fillIndices(g, s.arrivals.priority.max - s.arrivals.priority.min + 1, k);
        const priority = s.arrivals.priority.min + (k[0] as number);
        payments.push({
          txId: `${id}-${t}-${j}`,
          senderId: id,
          receiverId,
          amount,
          priority,
          arrivalTick: t,
          deadlineTick: deadline,
        });
      }
    }
  }
  // In arrival order, then agent order: the order payments join their queues.
  return payments.sort(
    (a, b) => a.arrivalTick - b.arrivalTick || (a.senderId < b.senderId ? -1 : a.senderId > b.senderId ? 1 : 0),
  );
}

/**
 * The built-in stochastic day: a scenario's payments (`drawPayments`) played through the settlement engine with
 * every agent's policy, allocation and credit. The same engine evaluates policies on bootstrap samples.
 *
 * @example
 * const s = { ticks: 12, seed: 1, agents: [{ id: 'A', liquidityPool: 50_000 }, { id: 'B', liquidityPool: 50_000 }],
 *   arrivals: { ratePerTick: 2, amount: { mean: 10_000, sd: 5_000 }, deadline: { min: 3, max: 8 } } };
 * const day = simulateDay(s);
 * [...day.agents.keys()]; // ['A', 'B']
 */
export function simulateDay(
  input: ScenarioInput | Scenario,
  options: {
    readonly policies?: AnyPolicyRegistry;
    /** Policies that replace the scenario's for these agents (by id), e.g. the one being optimised. */
    readonly agentPolicies?: Readonly<Record<string, PaymentPolicy>>;
  } = {},
): SimulatedDay {
  const policies = options.policies ?? createPolicyRegistry();
  const scenario = validateScenario(input, { policies });
  const payments = drawPayments(scenario);
  const agents = scenario.agents.map((a) => {
    const policy = Object.hasOwn(options.agentPolicies ?? {}, a.id)
      ? (options.agentPolicies?.[a.id] as PaymentPolicy)
      : policyByName(a.policy, a.policyOptions, policies);
    const allocated = allocatedLiquidity(policy, a.liquidityPool);
    return { id: a.id, policy, balance: a.openingBalance + allocated, creditLimit: a.creditLimit, allocated };
  });
  const day = settleDay(agents, payments, [], scenario.ticks, costRates(scenario.costRates));
  return { scenario, payments, agents: day.agents, events: day.events };
}

/**
 * A day's events as the trace the history collector reads, in the reference's event names: `arrival` (with
 * `deadline_tick`, absolute), `rtgs_immediate_settlement`, `queue2_liquidity_release`, and the engine's other
 * events (`decision`, `queued`, `penalty`, `cost_accrual`, `end_of_day`), which the collector ignores.
 *
 * @example
 * const s = { ticks: 4, seed: 2, agents: [{ id: 'A', liquidityPool: 50_000 }, { id: 'B' }],
 *   arrivals: { ratePerTick: 1, amount: { mean: 1_000, sd: 100 }, deadline: { min: 1, max: 2 } } };
 * const trace = dayTrace(simulateDay(s));
 * collectHistory(trace).agentIds; // ['A', 'B']
 */
export function dayTrace(day: SimulatedDay): TraceEvent[] {
  const byId = new Map(day.payments.map((p) => [p.txId, p]));
  return day.events.map((e): TraceEvent => {
    switch (e.type) {
      case 'arrival': {
        const p = byId.get(e.txId) as DayPayment;
        return {
          event_type: 'arrival',
          tick: e.tick,
          tx_id: e.txId,
          sender_id: p.senderId,
          receiver_id: p.receiverId,
          amount: p.amount,
          priority: p.priority,
          deadline_tick: p.deadlineTick,
        };
      }
      case 'settlement':
        return {
          event_type: e.how === 'queue2' ? 'queue2_liquidity_release' : 'rtgs_immediate_settlement',
          tick: e.tick,
          tx_id: e.txId,
          amount: e.amount,
        };
      case 'cost-accrual':
        return {
          event_type: 'cost_accrual',
          tick: e.tick,
          agent_id: e.agentId,
          overdraft: e.overdraft,
          delay: e.delay,
          liquidity: e.liquidity,
        };
      case 'end-of-day':
        return {
          event_type: 'end_of_day',
          tick: e.tick,
          agent_id: e.agentId,
          balance: e.balance,
          unsettled: e.unsettled,
        };
      default: {
        const { type, agentId, txId, ...rest } = e;
        return { event_type: type, agent_id: agentId, tx_id: txId, ...rest };
      }
    }
  });
}
