import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BootstrapSample, bootstrapSample, type RemappedTransaction } from './bootstrap-sample';
import { BUILTIN_POLICIES } from './builtin-policies';
import { costRates } from './cost-rates';
import { validatePolicy } from './policy';
import { runSandbox } from './run-sandbox';
import { validateTransactionRecords } from './transaction-record';

const holdAll = validatePolicy({
  parameters: { initial_liquidity_fraction: 0 },
  payment_tree: { type: 'action', node_id: 'A', action: 'Hold' },
});
const tx = (
  txId: string,
  amount: number,
  arrivalTick: number,
  deadlineTick: number,
  priority = 5,
  settlementTick: number | null = null,
): RemappedTransaction => ({
  txId,
  senderId: 'A',
  receiverId: 'SINK',
  amount,
  priority,
  arrivalTick,
  deadlineTick,
  settlementTick,
});
const day = (
  totalTicks: number,
  outgoing: RemappedTransaction[],
  incoming: RemappedTransaction[] = [],
): BootstrapSample => ({
  agentId: 'A',
  sampleIdx: 0,
  seed: 1,
  totalTicks,
  outgoing,
  incoming,
});

describe('runSandbox: costs worked by hand', () => {
  it('a held payment: delay, ×5 once overdue, the deadline penalty once, the end-of-day penalty', () => {
    // 10,000 cents, arrives at tick 0, deadline tick 1, held all day (4 ticks); delay 0.01 per tick per cent.
    // t0, t1: not overdue (t > 1 is false): delay 10,000 × 0.01 = 100 each.
    // t2: 2 > 1, overdue: deadline penalty 50,000 (once); delay 10,000 × 0.01 × 5 = 500. t3: delay 500.
    // End of day (in t3): overdue and unsettled, 10,000. Total 100 + 100 + 500 + 500 + 50,000 + 10,000 = 61,200.
    const r = runSandbox(day(4, [tx('p', 10_000, 0, 1)]), holdAll, {}, costRates({ delayCostPerTickPerCent: 0.01 }));
    expect(r.costs).toEqual({ overdraft: 0, delay: 1200, deadlinePenalty: 50_000, eodPenalty: 10_000, liquidity: 0 });
    expect(r.totalCost).toBe(61_200);
    expect(r.settlementRate).toBe(0);
    expect(r.events.filter((e) => e.type === 'penalty').map((e) => [e.tick, (e as { kind: string }).kind])).toEqual([
      [2, 'deadline'],
      [3, 'eod'],
    ]);
  });

  it('RTGS at once, queue 2 until an incoming payment, overdraft within credit, liquidity cost, round half up', () => {
    // Pool 10,000 × fraction 0.5 = 5,000 allocated; credit 2,000. Overdraft 10 bps, delay 0.001, liquidity 100 bps.
    // t0: p1 (6,000) released: 5,000 + 2,000 ≥ 6,000, settles; balance −1,000. p2 (4,000) released: −1,000 +
    //     2,000 < 4,000, queue 2, and still too large when queue 2 runs.
    //     Overdraft 1,000 × 10 / 10,000 = 1 (exact). Delay 4,000 × 0.001 = 4. Liquidity 5,000 × 100 / 10,000 = 50.
    // t1: the incoming 3,000 arrives first: balance 2,000; queue 2: 2,000 + 2,000 ≥ 4,000, p2 settles; −2,000.
    //     Overdraft 2,000 × 10 / 10,000 = 2. No delay. Liquidity 50.
    // t2: overdraft 2, liquidity 50. Total 1 + 2 + 2 + 4 + 50 × 3 = 159.
    const sample = day(3, [tx('p1', 6_000, 0, 3, 9), tx('p2', 4_000, 0, 1, 2)], [tx('i1', 3_000, 0, 3, 5, 1)]);
    const r = runSandbox(
      sample,
      BUILTIN_POLICIES['release-all'],
      { liquidityPool: 10_000, creditLimit: 2_000 },
      costRates({ overdraftBpsPerTick: 10, delayCostPerTickPerCent: 0.001, liquidityCostPerTickBps: 100 }),
    );
    expect(r.allocatedLiquidity).toBe(5_000);
    expect(r.costs).toEqual({ overdraft: 5, delay: 4, deadlinePenalty: 0, eodPenalty: 0, liquidity: 150 });
    expect(r.totalCost).toBe(159);
    expect(r.settlementRate).toBe(1);
    expect(r.avgDelay).toBe(0.5); // p1 at once, p2 one tick later
    expect(
      r.events
        .filter((e) => e.type === 'settlement' || e.type === 'queued')
        .map((e) => `${e.tick}:${e.type}:${e.txId}${'how' in e ? `:${e.how}` : ''}`),
    ).toEqual(['0:settlement:p1:rtgs', '0:queued:p2', '1:settlement:i1:incoming', '1:settlement:p2:queue2']);
    expect(r.events.at(-1)).toEqual({ type: 'end-of-day', tick: 2, agentId: 'A', balance: -2_000, unsettled: 0 });
  });

  it("decides every queued payment against the same balance before any settles (the reference's steps 2 and 3)", () => {
    // Balance 7,000 (pool 14,000 × 0.5), two payments of 6,000 under liquidity-aware (release what can be paid):
    // both are decided against 7,000, so both are released; RTGS settles the first and queues the second.
    const r = runSandbox(day(2, [tx('a', 6_000, 0, 1), tx('b', 6_000, 0, 1)]), BUILTIN_POLICIES['liquidity-aware'], {
      liquidityPool: 14_000,
    });
    expect(
      r.events
        .filter((e) => e.tick === 0 && e.type !== 'arrival' && e.type !== 'cost-accrual')
        .map((e) => `${e.type}:${'txId' in e ? e.txId : ''}`),
    ).toEqual(['decision:a', 'decision:b', 'settlement:a', 'queued:b']);
  });

  it("rounds half up as the reference's integer arithmetic does, and applies priority multipliers", () => {
    // Balance −500 at 10 bps: 500 × 10 / 10,000 = 0.5, rounded up to 1 per tick, 2 ticks.
    const r = runSandbox(
      day(2, [tx('p', 500, 0, 1)]),
      BUILTIN_POLICIES['release-all'],
      { creditLimit: 500 },
      costRates({ overdraftBpsPerTick: 10 }),
    );
    expect(r.costs.overdraft).toBe(2);
    // Held 10,000 at priority 9 (urgent ×2) and 10,000 at priority 2 (low ×0.5), delay 0.01: 200 + 50 per tick.
    const bands = costRates({
      delayCostPerTickPerCent: 0.01,
      priorityDelayMultipliers: { urgent: 2, normal: 1, low: 0.5 },
    });
    const held = runSandbox(day(1, [tx('u', 10_000, 0, 0, 9), tx('l', 10_000, 0, 0, 2)]), holdAll, {}, bands);
    expect(held.costs.delay).toBe(250);
  });

  it('stays exact past 2^53: a held amount near 2^53, overdue (×5), in BigInt as the reference in u128', () => {
    // Amount 2^52 + 1, held from tick 0 with deadline 1; delay 0.0001: ticks 0 and 1 not overdue, tick 2 overdue.
    // Per tick, (amount × multiplier × 100 + 5·10^8) / 10^9 with multiplier 1000, 1000, then 5000, here in BigInt.
    const amount = 2 ** 52 + 1;
    const r = runSandbox(day(3, [tx('big', amount, 0, 1)]), holdAll, {}, costRates());
    const cost = (mult: bigint) => (BigInt(amount) * mult * 100n + 500_000_000n) / 1_000_000_000n;
    expect(r.costs.delay).toBe(Number(cost(1000n) + cost(1000n) + cost(5000n)));
  });
});

describe('runSandbox: invariants', () => {
  const records = validateTransactionRecords(
    Array.from({ length: 12 }, (_, i) => ({
      txId: `r${i}`,
      senderId: 'A',
      receiverId: 'B',
      amount: 1_000 * (1 + (i % 7)) + i,
      priority: i % 11,
      originalArrivalTick: i % 6,
      deadlineOffset: i % 5,
      settlementOffset: i % 3 === 0 ? null : i % 4,
    })),
  );
  it('money is conserved, costs are whole cents, and the same sample and policy give the same result', () => {
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.constantFrom('release-all', 'deadline-aware', 'liquidity-aware'),
        fc.nat(20_000),
        fc.nat(5_000),
        (idx, name, pool, credit) => {
          const sample = bootstrapSample(
            { agentId: 'A', outgoing: records, incoming: records },
            { seed: 3, sampleIdx: idx, totalTicks: 12 },
          );
          const policy = BUILTIN_POLICIES[name as 'release-all'];
          const r = runSandbox(
            sample,
            policy,
            { liquidityPool: pool, creditLimit: credit },
            costRates({ overdraftBpsPerTick: 50, liquidityCostPerTickBps: 83, delayCostPerTickPerCent: 0.2 }),
          );
          const incoming = sample.incoming
            .filter((t) => (t.settlementTick as number) < 12)
            .reduce((a, t) => a + t.amount, 0);
          const paid = r.events
            .filter((e) => e.type === 'settlement' && e.how !== 'incoming')
            .reduce((a, e) => a + (e as { amount: number }).amount, 0);
          const end = r.events.at(-1) as { balance: number; unsettled: number };
          expect(end.balance).toBe(Math.floor(pool * 0.5) + incoming - paid);
          expect(end.balance).toBeGreaterThanOrEqual(-credit);
          for (const v of Object.values(r.costs)) expect(Number.isSafeInteger(v) && v >= 0).toBe(true);
          expect(r.settlementRate).toBe((sample.outgoing.length - end.unsettled) / sample.outgoing.length);
          expect(
            runSandbox(
              sample,
              policy,
              { liquidityPool: pool, creditLimit: credit },
              costRates({ overdraftBpsPerTick: 50, liquidityCostPerTickBps: 83, delayCostPerTickPerCent: 0.2 }),
            ),
          ).toEqual(r);
        },
      ),
      { numRuns: 60 },
    );
  });
});
