import { checkCents } from './cents';
import { type CostRates, scaled, scaledCost } from './cost-rates';
import { SimulatorError } from './errors';
import { decidePayment, type PaymentPolicy, type PolicyAction } from './policy';

/** A payment of a day, at absolute ticks. */
export interface DayPayment {
  readonly txId: string;
  readonly senderId: string;
  readonly receiverId: string;
  readonly amount: number;
  readonly priority: number;
  readonly arrivalTick: number;
  readonly deadlineTick: number;
}

/** An agent that decides its payments with a policy and pays costs. */
export interface DayAgent {
  readonly id: string;
  readonly policy: PaymentPolicy;
  /** Balance at the start of the day, the allocated liquidity included. */
  readonly balance: number;
  readonly creditLimit: number;
  /** Liquidity allocated from the pool (its opportunity cost accrues each tick). */
  readonly allocated: number;
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

/** One event of a day, in order. `agentId` is the agent that acts or pays. */
export type DayEvent =
  | {
      readonly type: 'arrival';
      readonly tick: number;
      readonly agentId: string;
      readonly txId: string;
      readonly receiverId: string;
      readonly amount: number;
      readonly priority: number;
      readonly deadlineTick: number;
    }
  | {
      readonly type: 'decision';
      readonly tick: number;
      readonly agentId: string;
      readonly txId: string;
      readonly action: PolicyAction;
    }
  | {
      readonly type: 'settlement';
      readonly tick: number;
      readonly agentId: string;
      readonly txId: string;
      readonly amount: number;
      readonly how: 'rtgs' | 'queue2' | 'incoming';
    }
  | { readonly type: 'queued'; readonly tick: number; readonly agentId: string; readonly txId: string }
  | {
      readonly type: 'penalty';
      readonly tick: number;
      readonly agentId: string;
      readonly txId: string;
      readonly cost: number;
      readonly kind: 'deadline' | 'eod';
    }
  | {
      readonly type: 'cost-accrual';
      readonly tick: number;
      readonly agentId: string;
      readonly overdraft: number;
      readonly delay: number;
      readonly liquidity: number;
    }
  | {
      readonly type: 'end-of-day';
      readonly tick: number;
      readonly agentId: string;
      readonly balance: number;
      readonly unsettled: number;
    };

/** Liquidity credited to an agent at a tick from outside the day's agents (the sandbox's SOURCE). */
export interface ScheduledCredit {
  readonly txId: string;
  readonly agentId: string;
  readonly amount: number;
  readonly tick: number;
}

export interface AgentDay {
  readonly costs: CostBreakdown;
  readonly totalCost: number;
  /** Its settled payments over all it had to make (1 without any). */
  readonly settlementRate: number;
  /** Mean ticks from arrival to settlement over its settled payments (0 when none). */
  readonly avgDelay: number;
  readonly finalBalance: number;
  readonly unsettled: number;
}

interface Payment {
  readonly p: DayPayment;
  settledAt: number | null;
  overdue: boolean;
}

interface State {
  readonly agent: DayAgent;
  balance: number;
  queue1: Payment[];
  readonly costs: { overdraft: number; delay: number; deadlinePenalty: number; eodPenalty: number; liquidity: number };
  readonly all: Payment[];
}

/**
 * One day of the settlement engine, for any number of agents that decide with policies (receivers that are not
 * among them, such as the sandbox's SINK, only receive). Each tick t, in the order of SimCash's engine:
 * 1. scheduled credits at t (the sandbox's incoming payments from SOURCE);
 * 2. payments arriving at t join their sender's queue 1;
 * 3. every agent (in id order) decides each of its queue-1 payments, all against the balances at this point: Hold
 *    keeps it, Release submits it;
 * 4. RTGS: the submitted payments in that order, each settled when the sender's balance + credit covers it (the
 *    receiver is credited at once), else put at the end of queue 2;
 * 5. queue 2 in order, each payment settled if it can be now;
 * 6. costs per agent, in the reference's integer arithmetic (docs/simulator.md).
 * In the last tick, after its costs, the end-of-day penalty per waiting overdue payment.
 *
 * @example
 * const A = { id: 'A', policy: BUILTIN_POLICIES['release-all'], balance: 500, creditLimit: 0, allocated: 0 };
 * const B = { id: 'B', policy: BUILTIN_POLICIES['release-all'], balance: 0, creditLimit: 0, allocated: 0 };
 * // B can pay A only with what A pays it: RTGS takes A's payment first (agents in id order), then B's.
 * const day = settleDay([A, B], [
 *   { txId: 'b1', senderId: 'B', receiverId: 'A', amount: 300, priority: 5, arrivalTick: 0, deadlineTick: 2 },
 *   { txId: 'a1', senderId: 'A', receiverId: 'B', amount: 500, priority: 5, arrivalTick: 0, deadlineTick: 2 },
 * ], [], 2, costRates());
 * day.agents.get('A').finalBalance; // 300
 * day.events.filter((e) => e.type === 'settlement').map((e) => `${e.txId}:${e.how}`); // ['a1:rtgs', 'b1:rtgs']
 */
export function settleDay(
  agents: readonly DayAgent[],
  payments: readonly DayPayment[],
  credits: readonly ScheduledCredit[],
  totalTicks: number,
  rates: CostRates,
  options: { readonly trace?: boolean } = {},
): { readonly agents: ReadonlyMap<string, AgentDay>; readonly events: readonly DayEvent[] } {
  // Without a trace (an evaluation over many samples), no event object is made at all.
  const trace = options.trace ?? true;
  const T = totalTicks;
  if (!Number.isInteger(T) || T < 1) {
    throw new SimulatorError('SIMULATOR_INVALID_OPTION', `a day has a whole number of ticks ≥ 1, got ${String(T)}.`);
  }
  // Everything that enters is checked: whole safe cents, ticks inside the day.
  const bad = (what: string, why: string): never => {
    throw new SimulatorError('SIMULATOR_INVALID_RECORD', `${what}: ${why}.`, what);
  };
  const tickIn = (x: number, what: string, max: number) => {
    if (!Number.isInteger(x) || x < 0 || x > max) bad(what, `a tick must be a whole number in [0, ${max}], got ${x}`);
  };
  for (const p of payments) {
    const what = `payment ${JSON.stringify(p.txId)}`;
    if (checkCents(p.amount, `${what}: amount`) === 0) bad(what, 'an amount of 0 cents is no payment');
    tickIn(p.arrivalTick, `${what}: arrivalTick`, T - 1);
    if (!Number.isInteger(p.deadlineTick) || p.deadlineTick < p.arrivalTick) {
      bad(what, `its deadline ${p.deadlineTick} must be a whole tick not before its arrival ${p.arrivalTick}`);
    }
  }
  for (const c of credits) {
    checkCents(c.amount, `credit ${JSON.stringify(c.txId)}: amount`);
    tickIn(c.tick, `credit ${JSON.stringify(c.txId)}: tick`, T - 1);
  }
  const states = new Map<string, State>();
  for (const a of [...agents].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) {
    checkCents(a.balance, `agent ${JSON.stringify(a.id)}: balance`, { allowNegative: true });
    checkCents(a.creditLimit, `agent ${JSON.stringify(a.id)}: creditLimit`);
    checkCents(a.allocated, `agent ${JSON.stringify(a.id)}: allocated`);
    states.set(a.id, {
      agent: a,
      balance: a.balance,
      queue1: [],
      costs: { overdraft: 0, delay: 0, deadlinePenalty: 0, eodPenalty: 0, liquidity: 0 },
      all: [],
    });
  }
  const events: DayEvent[] = [];
  const arrivals: Payment[][] = Array.from({ length: T }, () => []);
  for (const p of payments) {
    const payment = { p, settledAt: null, overdue: false };
    arrivals[p.arrivalTick]?.push(payment);
    states.get(p.senderId)?.all.push(payment);
  }
  const creditsAt: ScheduledCredit[][] = Array.from({ length: T }, () => []);
  for (const c of credits) creditsAt[c.tick]?.push(c);
  let queue2: Payment[] = [];

  const overdraftRate = scaled(rates.overdraftBpsPerTick, 1000);
  const delayRate = scaled(rates.delayCostPerTickPerCent, 1_000_000);
  const overdueMult = scaled(rates.overdueDelayMultiplier, 1000);
  const bands = rates.priorityDelayMultipliers;
  const priorityMult = (q: number): number =>
    bands === null ? 1000 : scaled(q >= 8 ? bands.urgent : q >= 4 ? bands.normal : bands.low, 1000);
  const liquidityRate = scaled(rates.liquidityCostPerTickBps, 1_000_000);

  const canPay = (s: State, amount: number) => s.balance + s.agent.creditLimit >= amount;
  // A balance past 2^53 − 1 cents would no longer be exact: a coded error, never a rounded balance.
  const balanceOf = (s: State, value: number) => {
    s.balance = checkCents(value, `agent ${JSON.stringify(s.agent.id)}: balance`, { allowNegative: true });
  };
  const settle = (pay: Payment, s: State, t: number, how: 'rtgs' | 'queue2') => {
    balanceOf(s, s.balance - pay.p.amount);
    const receiver = states.get(pay.p.receiverId);
    if (receiver !== undefined) balanceOf(receiver, receiver.balance + pay.p.amount);
    pay.settledAt = t;
    trace &&
      events.push({ type: 'settlement', tick: t, agentId: s.agent.id, txId: pay.p.txId, amount: pay.p.amount, how });
  };

  for (let t = 0; t < T; t++) {
    for (const c of creditsAt[t] as ScheduledCredit[]) {
      const s = states.get(c.agentId);
      if (s === undefined) continue;
      balanceOf(s, s.balance + c.amount);
      trace &&
        events.push({
          type: 'settlement',
          tick: t,
          agentId: c.agentId,
          txId: c.txId,
          amount: c.amount,
          how: 'incoming',
        });
    }
    for (const pay of arrivals[t] as Payment[]) {
      const s = states.get(pay.p.senderId);
      if (s === undefined) continue;
      s.queue1.push(pay);
      trace &&
        events.push({
          type: 'arrival',
          tick: t,
          agentId: s.agent.id,
          txId: pay.p.txId,
          receiverId: pay.p.receiverId,
          amount: pay.p.amount,
          priority: pay.p.priority,
          deadlineTick: pay.p.deadlineTick,
        });
    }
    const released: [Payment, State][] = [];
    for (const s of states.values()) {
      const held: Payment[] = [];
      for (const pay of s.queue1) {
        const action = decidePayment(s.agent.policy, {
          balance: s.balance,
          // The reference's context field: balance + (credit limit − credit in use).
          effective_liquidity: s.balance + s.agent.creditLimit - Math.max(0, -s.balance),
          amount: pay.p.amount,
          remaining_amount: pay.p.amount,
          priority: pay.p.priority,
          current_tick: t,
          system_tick_in_day: t % T,
          deadline_tick: pay.p.deadlineTick,
          ticks_to_deadline: pay.p.deadlineTick - t,
          is_overdue: pay.overdue ? 1 : 0,
        });
        trace && events.push({ type: 'decision', tick: t, agentId: s.agent.id, txId: pay.p.txId, action });
        if (action === 'Hold') held.push(pay);
        else released.push([pay, s]);
      }
      s.queue1 = held;
    }
    for (const [pay, s] of released) {
      if (canPay(s, pay.p.amount)) {
        settle(pay, s, t, 'rtgs');
      } else {
        queue2.push(pay);
        trace && events.push({ type: 'queued', tick: t, agentId: s.agent.id, txId: pay.p.txId });
      }
    }
    const waiting: Payment[] = [];
    for (const pay of queue2) {
      const s = states.get(pay.p.senderId) as State;
      if (canPay(s, pay.p.amount)) settle(pay, s, t, 'queue2');
      else waiting.push(pay);
    }
    queue2 = waiting;

    for (const s of states.values()) {
      const mine = [...s.queue1, ...queue2.filter((q) => q.p.senderId === s.agent.id)];
      for (const pay of mine) {
        if (!pay.overdue && t > pay.p.deadlineTick) {
          pay.overdue = true;
          s.costs.deadlinePenalty += rates.deadlinePenalty;
          trace &&
            events.push({
              type: 'penalty',
              tick: t,
              agentId: s.agent.id,
              txId: pay.p.txId,
              cost: rates.deadlinePenalty,
              kind: 'deadline',
            });
        }
      }
      const overdraft = s.balance < 0 ? scaledCost(-s.balance, overdraftRate, 10_000_000) : 0;
      // Σ amount × (overdue × priority / 1000): in doubles while exact, else again in BigInt.
      const multiplier = (pay: Payment) =>
        Math.floor(((pay.overdue ? overdueMult : 1000) * priorityMult(pay.p.priority)) / 1000);
      let weighted = 0;
      for (const pay of mine) weighted += pay.p.amount * multiplier(pay);
      let delay: number;
      if (weighted < 2 ** 53) {
        delay = scaledCost(weighted, delayRate, 1_000_000_000);
      } else {
        let big = 0n;
        for (const pay of mine) big += BigInt(pay.p.amount) * BigInt(multiplier(pay));
        delay = Number((big * BigInt(delayRate) + 500_000_000n) / 1_000_000_000n);
      }
      const liquidity = s.agent.allocated > 0 ? scaledCost(s.agent.allocated, liquidityRate, 10_000_000_000) : 0;
      s.costs.overdraft += overdraft;
      s.costs.delay += delay;
      s.costs.liquidity += liquidity;
      if (overdraft + delay + liquidity > 0) {
        trace && events.push({ type: 'cost-accrual', tick: t, agentId: s.agent.id, overdraft, delay, liquidity });
      }
    }
  }
  const out = new Map<string, AgentDay>();
  for (const s of states.values()) {
    const waiting = [...s.queue1, ...queue2.filter((q) => q.p.senderId === s.agent.id)];
    for (const pay of waiting) {
      if (pay.overdue) {
        s.costs.eodPenalty += rates.eodPenalty;
        trace &&
          events.push({
            type: 'penalty',
            tick: T - 1,
            agentId: s.agent.id,
            txId: pay.p.txId,
            cost: rates.eodPenalty,
            kind: 'eod',
          });
      }
    }
    trace &&
      events.push({
        type: 'end-of-day',
        tick: T - 1,
        agentId: s.agent.id,
        balance: s.balance,
        unsettled: waiting.length,
      });
    const delays = s.all
      .filter((pay) => pay.settledAt !== null)
      .map((pay) => (pay.settledAt as number) - pay.p.arrivalTick);
    const c = s.costs;
    out.set(s.agent.id, {
      costs: { ...c },
      totalCost: checkCents(
        c.overdraft + c.delay + c.deadlinePenalty + c.eodPenalty + c.liquidity,
        `agent ${JSON.stringify(s.agent.id)}: total cost`,
      ),
      settlementRate: s.all.length === 0 ? 1 : (s.all.length - waiting.length) / s.all.length,
      avgDelay: delays.length === 0 ? 0 : delays.reduce((a, b) => a + b, 0) / delays.length,
      finalBalance: s.balance,
      unsettled: waiting.length,
    });
  }
  return { agents: out, events };
}
