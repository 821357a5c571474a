// Findings of an adversarial review of the simulator (issue 16), each a test that failed before its fix.
import { describe, expect, it } from 'vitest';
import { type BootstrapSample, bootstrapSample } from '../src/bootstrap-sample';
import { BUILTIN_POLICIES } from '../src/builtin-policies';
import { costRates } from '../src/cost-rates';
import { SimulatorError } from '../src/errors';
import { validatePolicy } from '../src/policy';
import { runSandbox } from '../src/run-sandbox';
import { validateScenario } from '../src/scenario';
import { settleDay } from '../src/settle-day';
import { validateTransactionRecords } from '../src/transaction-record';

const out = (txId: string, amount: number, arrivalTick: number, deadlineTick: number) => ({
  txId,
  senderId: 'A',
  receiverId: 'SINK',
  amount,
  priority: 5,
  arrivalTick,
  deadlineTick,
  settlementTick: null,
});
const day = (
  totalTicks: number,
  outgoing: ReturnType<typeof out>[],
  incoming: BootstrapSample['incoming'] = [],
): BootstrapSample => ({ agentId: 'A', sampleIdx: 0, seed: 1, totalTicks, outgoing, incoming });

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof SimulatorError) return e.code;
    throw e;
  }
  return undefined;
}

describe('review findings', () => {
  it('a balance past 2^53 − 1 is a coded error, not a rounded balance', () => {
    // Pool 2^53 − 1 allocated in full, then 2 cents more arrive: the balance would be 2^53 + 1.
    const all = validatePolicy({
      parameters: { initial_liquidity_fraction: 1 },
      payment_tree: { type: 'action', node_id: 'A', action: 'Release' },
    });
    const incoming = [{ ...out('i', 2, 0, 1), senderId: 'S', receiverId: 'A', settlementTick: 0 }];
    expect(
      code(() => runSandbox(day(1, [out('p', 2, 0, 1)], incoming), all, { liquidityPool: Number.MAX_SAFE_INTEGER })),
    ).toBe('SIMULATOR_INVALID_AMOUNT');
  });

  it('runSandbox and settleDay check the sample: whole cents, ticks inside the day', () => {
    const p = BUILTIN_POLICIES['release-all'];
    expect(code(() => runSandbox(day(4, [out('p', 12.5, 0, 1)]), p))).toBe('SIMULATOR_INVALID_AMOUNT');
    expect(code(() => runSandbox(day(4, [out('p', -500, 0, 1)]), p))).toBe('SIMULATOR_INVALID_AMOUNT');
    expect(code(() => runSandbox(day(4, [out('p', 500, 99, 100)]), p))).toBe('SIMULATOR_INVALID_RECORD');
    expect(code(() => runSandbox(day(4, [out('p', 500, 0.5, 2)]), p))).toBe('SIMULATOR_INVALID_RECORD');
    expect(code(() => runSandbox(day(4, [], [{ ...out('i', 0.25, 0, 1), settlementTick: 1 }]), p))).toBe(
      'SIMULATOR_INVALID_AMOUNT',
    );
  });

  it("a deadline at the arrival tick counts as the next tick in the sandbox, as the reference's sandbox sets it", () => {
    // 1,000 cents at tick 0, deadline 0, no liquidity, 2 ticks: with the deadline at tick 1 nothing goes overdue
    // (t > 1 never holds), so no penalty; two ticks of delay, 1,000 × 0.0001 = 0.1, rounded to 0 each.
    const r = runSandbox(day(2, [out('p', 1_000, 0, 0)]), BUILTIN_POLICIES['release-all'], {}, costRates());
    expect(r.costs).toEqual({ overdraft: 0, delay: 0, deadlinePenalty: 0, eodPenalty: 0, liquidity: 0 });
  });

  it("effective_liquidity is the reference's balance + (credit − credit in use)", () => {
    // Balance −1,000 with credit 5,000: the reference's effective liquidity is −1,000 + (5,000 − 1,000) = 3,000,
    // so a 3,500 payment under "release if effective_liquidity ≥ amount" is held.
    const policy = validatePolicy({
      payment_tree: {
        type: 'condition',
        node_id: 'N',
        condition: { op: '>=', left: { field: 'effective_liquidity' }, right: { field: 'amount' } },
        on_true: { type: 'action', node_id: 'R', action: 'Release' },
        on_false: { type: 'action', node_id: 'H', action: 'Hold' },
      },
    });
    const r = settleDay(
      [{ id: 'A', policy, balance: -1_000, creditLimit: 5_000, allocated: 0 }],
      [{ txId: 'p', senderId: 'A', receiverId: 'B', amount: 3_500, priority: 5, arrivalTick: 0, deadlineTick: 3 }],
      [],
      1,
      costRates(),
    );
    expect(r.events.find((e) => e.type === 'decision')).toMatchObject({ action: 'Hold' });
  });

  it('a sample replays from its recorded seed (sampleSeed), whatever the scheme', () => {
    const records = validateTransactionRecords(
      Array.from({ length: 5 }, (_, i) => ({
        txId: `r${i}`,
        senderId: 'A',
        receiverId: 'B',
        amount: 100 + i,
        priority: i,
        originalArrivalTick: i,
        deadlineOffset: 2,
        settlementOffset: 1,
      })),
    );
    const history = { agentId: 'A', outgoing: records, incoming: records };
    for (const seedScheme of ['stream', 'simcash'] as const) {
      const s = bootstrapSample(history, { seed: 9, sampleIdx: 4, totalTicks: 12, seedScheme });
      expect(bootstrapSample(history, { seed: 0, sampleIdx: 4, totalTicks: 12, sampleSeed: s.seed })).toEqual(s);
    }
  });

  it('refuses a Poisson rate whose e^−λ would underflow, an inherited param name, and trees over 100 deep', () => {
    expect(
      code(() =>
        validateScenario({
          ticks: 2,
          seed: 1,
          agents: [{ id: 'A' }, { id: 'B' }],
          arrivals: { ratePerTick: 746, amount: { mean: 1, sd: 1 }, deadline: { min: 1, max: 2 } },
        }),
      ),
    ).toBe('SIMULATOR_INVALID_OPTION');
    const toStringParam = {
      payment_tree: {
        type: 'condition',
        node_id: 'N',
        condition: { op: '<', left: { param: 'toString' }, right: { value: 1 } },
        on_true: { type: 'action', node_id: 'R', action: 'Release' },
        on_false: { type: 'action', node_id: 'H', action: 'Hold' },
      },
    };
    expect(() => validatePolicy(toStringParam)).toThrow(/\{param: "toString"\} is not among the parameters/);
    let tree: unknown = { type: 'action', node_id: 'leaf', action: 'Release' };
    for (let i = 0; i < 150; i++)
      tree = {
        type: 'condition',
        node_id: `n${i}`,
        condition: { op: 'and', conditions: [] },
        on_true: tree,
        on_false: { type: 'action', node_id: `h${i}`, action: 'Hold' },
      };
    expect(() => validatePolicy({ payment_tree: tree })).toThrow(/nests deeper than 100 nodes/);
    expect(() => validatePolicy({ payment_tree: { type: 'action', node_id: 'A1' } })).toThrow(
      /^policy node "A1" has no action \(Release or Hold\)\.$/,
    );
  });
});
