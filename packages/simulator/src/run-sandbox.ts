import type { BootstrapSample, RemappedTransaction } from './bootstrap-sample';
import { checkCents } from './cents';
import { type CostRates, costRates, roundHalfUp, scaled } from './cost-rates';
import { SimulatorError } from './errors';
import { decidePayment, type Policy, type PolicyAction } from './policy';

/** What the target agent starts the day with. */
export interface SandboxAgent {
  /** Cents the agent holds before any allocation (default 0). */
  readonly openingBalance?: number;
  /** Unsecured intraday credit, in cents (default 0): the balance may go down to −creditLimit. */
  readonly creditLimit?: number;
  /** The pool the policy's initial_liquidity_fraction allocates from, in cents (default 0). */
  readonly liquidityPool?: number;
}

/** The cost of a day, by kind, in cents. */
export interface CostBreakdown {
  /** Overdraft: bps per tick on the negative balance. */
  readonly overdraft: number;
  /** Delay: per tick on what waits in the queues. */
  readonly delay: number;
  /** Deadline penalties, once per payment that goes overdue. */
  readonly deadlinePenalty: number;
  /** End-of-day penalties, per overdue payment left unsettled. */
  readonly eodPenalty: number;
  /** Liquidity opportunity cost on the allocated liquidity. */
  readonly liquidity: number;
}

/** One event of a sandbox day, in order. */
export type SandboxEvent =
  | {
      readonly type: 'arrival';
      readonly tick: number;
      readonly txId: string;
      readonly amount: number;
      readonly deadlineTick: number;
    }
  | { readonly type: 'decision'; readonly tick: number; readonly txId: string; readonly action: PolicyAction }
  | {
      readonly type: 'settlement';
      readonly tick: number;
      readonly txId: string;
      readonly amount: number;
      readonly how: 'rtgs' | 'queue2' | 'incoming';
    }
  | { readonly type: 'queued'; readonly tick: number; readonly txId: string }
  | {
      readonly type: 'penalty';
      readonly tick: number;
      readonly txId: string;
      readonly cost: number;
      readonly kind: 'deadline' | 'eod';
    }
  | {
      readonly type: 'cost-accrual';
      readonly tick: number;
      readonly overdraft: number;
      readonly delay: number;
      readonly liquidity: number;
    }
  | { readonly type: 'end-of-day'; readonly tick: number; readonly balance: number; readonly unsettled: number };

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

interface Payment {
  readonly tx: RemappedTransaction;
  settledAt: number | null;
  overdue: boolean;
}

/**
 * One day of the settlement sandbox (SimCash's three-agent evaluation: SOURCE with unlimited liquidity pays the
 * target's incoming payments, the target pays SINK). Each tick t, in the reference's order:
 * 1. incoming payments whose settlement tick is t are credited (SOURCE always has the liquidity);
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
  policy: Policy,
  agent: SandboxAgent = {},
  rates: CostRates = costRates(),
): SandboxResult {
  const opening = checkCents(agent.openingBalance ?? 0, 'openingBalance');
  const credit = checkCents(agent.creditLimit ?? 0, 'creditLimit');
  const pool = checkCents(agent.liquidityPool ?? 0, 'liquidityPool');
  const fraction = policy.parameters.initial_liquidity_fraction ?? 0.5;
  if (!(fraction >= 0 && fraction <= 1)) {
    throw new SimulatorError(
      'SIMULATOR_INVALID_POLICY',
      `initial_liquidity_fraction must be in [0, 1], got ${fraction}.`,
    );
  }
  const allocated = Math.floor(pool * fraction);
  let balance = opening + allocated;
  const T = sample.totalTicks;
  const events: SandboxEvent[] = [];
  const arrivals: Payment[][] = Array.from({ length: T }, () => []);
  for (const tx of sample.outgoing) arrivals[tx.arrivalTick]?.push({ tx, settledAt: null, overdue: false });
  const credits: RemappedTransaction[][] = Array.from({ length: T + 1 }, () => []);
  for (const tx of sample.incoming) if (tx.settlementTick !== null) credits[tx.settlementTick]?.push(tx);

  // Rates as the reference scales them (calculate_overdraft_cost, calculate_delay_cost,
  // calculate_liquidity_opportunity_cost).
  const overdraftRate = scaled(rates.overdraftBpsPerTick, 1000);
  const delayRate = scaled(rates.delayCostPerTickPerCent, 1_000_000);
  const overdueMult = scaled(rates.overdueDelayMultiplier, 1000);
  const bands = rates.priorityDelayMultipliers;
  const priorityMult = (p: number): bigint =>
    bands === null ? 1000n : scaled(p >= 8 ? bands.urgent : p >= 4 ? bands.normal : bands.low, 1000);
  const liquidityRate = scaled(rates.liquidityCostPerTickBps, 1_000_000);

  let queue1: Payment[] = [];
  let queue2: Payment[] = [];
  const costs = { overdraft: 0, delay: 0, deadlinePenalty: 0, eodPenalty: 0, liquidity: 0 };
  const settle = (p: Payment, tick: number, how: 'rtgs' | 'queue2') => {
    balance -= p.tx.amount;
    p.settledAt = tick;
    events.push({ type: 'settlement', tick, txId: p.tx.txId, amount: p.tx.amount, how });
  };

  for (let t = 0; t < T; t++) {
    for (const tx of credits[t] as RemappedTransaction[]) {
      balance += tx.amount;
      events.push({ type: 'settlement', tick: t, txId: tx.txId, amount: tx.amount, how: 'incoming' });
    }
    for (const p of arrivals[t] as Payment[]) {
      queue1.push(p);
      events.push({ type: 'arrival', tick: t, txId: p.tx.txId, amount: p.tx.amount, deadlineTick: p.tx.deadlineTick });
    }
    // Every queue-1 payment is decided first, against the same balance (the reference's step 2); the released
    // ones are then submitted to RTGS in that order (its step 3).
    const held: Payment[] = [];
    const released: Payment[] = [];
    for (const p of queue1) {
      const action = decidePayment(policy, {
        balance,
        effective_liquidity: balance + credit,
        amount: p.tx.amount,
        remaining_amount: p.tx.amount,
        priority: p.tx.priority,
        current_tick: t,
        system_tick_in_day: t % T,
        deadline_tick: p.tx.deadlineTick,
        ticks_to_deadline: p.tx.deadlineTick - t,
        is_overdue: p.overdue ? 1 : 0,
      });
      events.push({ type: 'decision', tick: t, txId: p.tx.txId, action });
      (action === 'Hold' ? held : released).push(p);
    }
    for (const p of released) {
      if (balance + credit >= p.tx.amount) {
        settle(p, t, 'rtgs');
      } else {
        queue2.push(p);
        events.push({ type: 'queued', tick: t, txId: p.tx.txId });
      }
    }
    queue1 = held;
    const waiting2: Payment[] = [];
    for (const p of queue2) {
      if (balance + credit >= p.tx.amount) settle(p, t, 'queue2');
      else waiting2.push(p);
    }
    queue2 = waiting2;

    // Costs of tick t.
    for (const p of [...queue1, ...queue2]) {
      if (!p.overdue && t > p.tx.deadlineTick) {
        p.overdue = true;
        costs.deadlinePenalty += rates.deadlinePenalty;
        events.push({ type: 'penalty', tick: t, txId: p.tx.txId, cost: rates.deadlinePenalty, kind: 'deadline' });
      }
    }
    const overdraft = balance < 0 ? roundHalfUp(BigInt(-balance) * overdraftRate, 10_000_000n) : 0;
    let weighted = 0n;
    for (const p of [...queue1, ...queue2]) {
      weighted += BigInt(p.tx.amount) * (((p.overdue ? overdueMult : 1000n) * priorityMult(p.tx.priority)) / 1000n);
    }
    const delay = roundHalfUp(weighted * delayRate, 1_000_000_000n);
    const liquidity = allocated > 0 ? roundHalfUp(BigInt(allocated) * liquidityRate, 10_000_000_000n) : 0;
    costs.overdraft += overdraft;
    costs.delay += delay;
    costs.liquidity += liquidity;
    if (overdraft + delay + liquidity > 0) events.push({ type: 'cost-accrual', tick: t, overdraft, delay, liquidity });
  }
  // End of day, in the last tick (the reference's handle_end_of_day, after that tick's costs): every payment still
  // waiting that is overdue, i.e. whose deadline is before the last tick.
  for (const p of [...queue1, ...queue2]) {
    if (p.overdue) {
      costs.eodPenalty += rates.eodPenalty;
      events.push({ type: 'penalty', tick: T - 1, txId: p.tx.txId, cost: rates.eodPenalty, kind: 'eod' });
    }
  }
  const unsettled = queue1.length + queue2.length;
  events.push({ type: 'end-of-day', tick: T - 1, balance, unsettled });
  const settled = sample.outgoing.length - unsettled;
  const delays = arrivals
    .flat()
    .filter((p) => p.settledAt !== null)
    .map((p) => (p.settledAt as number) - p.tx.arrivalTick);
  const totalCost = costs.overdraft + costs.delay + costs.deadlinePenalty + costs.eodPenalty + costs.liquidity;
  return {
    costs,
    totalCost: checkCents(totalCost, 'the total cost'),
    settlementRate: sample.outgoing.length === 0 ? 1 : settled / sample.outgoing.length,
    avgDelay: delays.length === 0 ? 0 : delays.reduce((a, b) => a + b, 0) / delays.length,
    allocatedLiquidity: allocated,
    events,
  };
}
