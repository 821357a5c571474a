import type { BootstrapSample } from './bootstrap-sample';
import { checkCents } from './cents';
import { type CostRates, costRates } from './cost-rates';
import { allocatedLiquidity, type PaymentPolicy } from './policy';
import { type AgentDay, type CostBreakdown, type DayEvent, settleDay } from './settle-day';

/** What the target agent starts the day with. */
export interface SandboxAgent {
  /** Cents the agent holds before any allocation (default 0). */
  readonly openingBalance?: number;
  /** Unsecured intraday credit, in cents (default 0): the balance may go down to −creditLimit. */
  readonly creditLimit?: number;
  /** The pool the policy's initial_liquidity_fraction allocates from, in cents (default 0). */
  readonly liquidityPool?: number;
}

/** One event of a sandbox day (the engine's events, the target agent's). */
export type SandboxEvent = DayEvent;

export type { CostBreakdown };

export interface SandboxResult {
  readonly costs: CostBreakdown;
  /** The sum of the costs, in cents. */
  readonly totalCost: number;
  /** Settled outgoing payments over all outgoing payments (1 for a day without any). */
  readonly settlementRate: number;
  /** Mean ticks from arrival to settlement over the settled outgoing payments (0 when none settled). */
  readonly avgDelay: number;
  /** The allocated liquidity: floor(pool × initial_liquidity_fraction). */
  readonly allocatedLiquidity: number;
  readonly events: readonly SandboxEvent[];
}

/**
 * One day of the settlement sandbox (SimCash's three-agent evaluation: SOURCE with unlimited liquidity pays the
 * target's incoming payments, the target pays SINK). Each tick t, in the reference's order:
 * 1. incoming payments whose settlement tick is t are credited (SOURCE always has the liquidity); a deadline at
 *    the arrival tick counts as the next tick, as the reference's sandbox sets it;
 * 2. outgoing payments arriving at t join queue 1, in the sample's order;
 * 3. the policy decides every queue-1 payment, in queue order and against the same balance (the reference's step
 *    2): Hold keeps it; the released ones then go to RTGS in that order (its step 3), which settles each at once
 *    when balance + credit covers it and otherwise puts it at the end of queue 2;
 * 4. queue 2 is run through in order, each payment settled if it can be now (a later one may pass an earlier one
 *    that does not fit);
 * 5. costs accrue: a payment still waiting with t > its deadline goes overdue (the deadline penalty, once); then
 *    overdraft on a negative balance, delay on everything waiting (overdue ×5, priority multipliers), liquidity
 *    opportunity cost on the allocated liquidity, each in the reference's integer arithmetic (`accrue_costs`: rates
 *    scaled to integers, products in exact integers, rounded half up).
 * In the last tick, after its costs, the end-of-day penalty per waiting payment that is overdue (its deadline before
 * the last tick), as the reference's `handle_end_of_day`. LSM offsetting has no
 * counterparty flows to net in this sandbox (SINK never pays back), so there is none. docs/simulator.md.
 *
 * @throws {SimulatorError} SIMULATOR_INVALID_AMOUNT for balances or pools that are not whole cents
 * @example
 * const sample = { agentId: 'A', sampleIdx: 0, seed: 1, totalTicks: 3, incoming: [], outgoing: [
 *   { txId: 'p', senderId: 'A', receiverId: 'SINK', amount: 1000, priority: 5, arrivalTick: 0, deadlineTick: 2, settlementTick: null }] };
 * const result = runSandbox(sample, BUILTIN_POLICIES['release-all'], { liquidityPool: 4000 });
 * result.settlementRate; // 1
 * result.allocatedLiquidity; // 2000
 */
export function runSandbox(
  sample: BootstrapSample,
  policy: PaymentPolicy,
  agent: SandboxAgent = {},
  rates: CostRates = costRates(),
  options: { readonly trace?: boolean } = {},
): SandboxResult {
  const opening = checkCents(agent.openingBalance ?? 0, 'openingBalance');
  const credit = checkCents(agent.creditLimit ?? 0, 'creditLimit');
  const pool = checkCents(agent.liquidityPool ?? 0, 'liquidityPool');
  const allocated = allocatedLiquidity(policy, pool);
  const T = sample.totalTicks;
  // The target agent decides and pays; SINK only receives; SOURCE's payments are credits scheduled at their
  // settlement tick (a settlement capped at the end of the day falls outside it).
  const day = settleDay(
    [{ id: sample.agentId, policy, balance: opening + allocated, creditLimit: credit, allocated }],
    // A deadline at the arrival tick becomes the next tick, as the reference's sandbox writes it (`deadline if > 0
    // else 1`).
    sample.outgoing.map((tx) => ({
      ...tx,
      senderId: sample.agentId,
      receiverId: 'SINK',
      deadlineTick: Math.max(tx.deadlineTick, tx.arrivalTick + 1),
    })),
    sample.incoming
      .filter((tx) => tx.settlementTick !== null && tx.settlementTick < T)
      .map((tx) => ({ txId: tx.txId, agentId: sample.agentId, amount: tx.amount, tick: tx.settlementTick as number })),
    T,
    rates,
    options,
  );
  const me = day.agents.get(sample.agentId) as AgentDay;
  return {
    costs: me.costs,
    totalCost: checkCents(me.totalCost, 'the total cost'),
    settlementRate: me.settlementRate,
    avgDelay: me.avgDelay,
    allocatedLiquidity: allocated,
    events: day.events,
  };
}
