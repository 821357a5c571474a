import { applyPlugin, RegistryError } from '@bootstat/registry';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { refusal } from '../test/refusal';
import type { AgentHistory } from './bootstrap-sample';
import { BUILTIN_POLICIES } from './builtin-policies';
import { comparePolicies } from './compare-policies';
import { type AnyPolicyRegistry, createPolicyRegistry, policyByName } from './create-policy-registry';
import { decidePayment, type FunctionPolicy, type PolicyField } from './policy';
import { validateScenario } from './scenario';
import { drawPayments, simulateDay } from './simulate-day';
import { validateTransactionRecords } from './transaction-record';

const context = (over: Partial<Record<PolicyField, number>>): Record<PolicyField, number> => ({
  balance: 0,
  effective_liquidity: 0,
  amount: 100,
  remaining_amount: 100,
  priority: 5,
  current_tick: 0,
  system_tick_in_day: 0,
  deadline_tick: 5,
  ticks_to_deadline: 5,
  is_overdue: 0,
  ...over,
});

/** A plugin's array form: a function policy that releases once the payment is within `within` ticks of its deadline. */
const urgentOnly = {
  kind: 'policy',
  name: 'urgent-only',
  summary: 'Release within `within` ticks of the deadline',
  options: z.strictObject({ within: z.number().int().default(2), initial_liquidity_fraction: z.number().default(0.5) }),
  run: (_: undefined, o: { within: number; initial_liquidity_fraction: number }): FunctionPolicy => ({
    policy_id: 'urgent-only',
    parameters: { initial_liquidity_fraction: o.initial_liquidity_fraction },
    decide: (c) => (c.ticks_to_deadline <= o.within ? 'Release' : 'Hold'),
  }),
};
const withPlugin = (strategies: unknown[]): AnyPolicyRegistry =>
  applyPlugin({ policy: createPolicyRegistry() as AnyPolicyRegistry }, strategies, 'test-plugin').policy;

const history: AgentHistory = {
  agentId: 'A',
  outgoing: validateTransactionRecords(
    Array.from({ length: 8 }, (_, i) => ({
      txId: `o${i}`,
      senderId: 'A',
      receiverId: 'B',
      amount: 3_000 + 700 * i,
      priority: i,
      originalArrivalTick: i,
      deadlineOffset: 1 + (i % 4),
      settlementOffset: 1,
    })),
  ),
  incoming: validateTransactionRecords(
    Array.from({ length: 4 }, (_, i) => ({
      txId: `i${i}`,
      senderId: 'B',
      receiverId: 'A',
      amount: 2_500 * (i + 1),
      priority: 5,
      originalArrivalTick: i,
      deadlineOffset: 3,
      settlementOffset: 0,
    })),
  ),
};

describe('createPolicyRegistry', () => {
  it('holds the three built-ins, whose options are their parameters with the reference defaults', () => {
    const r = createPolicyRegistry();
    expect(r.names()).toEqual(['release-all', 'deadline-aware', 'liquidity-aware']);
    expect(r.run('release-all', undefined).parameters).toEqual({ initial_liquidity_fraction: 0.5 });
    expect(r.run('deadline-aware', undefined).parameters).toEqual({
      initial_liquidity_fraction: 0.5,
      urgency_threshold: 5,
    });
    expect(r.run('liquidity-aware', undefined).parameters).toEqual({
      initial_liquidity_fraction: 0.5,
      urgency_threshold: 3,
    });
    expect(r.describe().map((d) => d.kind)).toEqual(['policy', 'policy', 'policy']);
  });

  it('sets a built-in tree parameter from the options: deadline-aware with urgency_threshold 2', () => {
    const p = policyByName('deadline-aware', { urgency_threshold: 2 });
    // The tree releases when ticks_to_deadline <= urgency_threshold.
    expect(decidePayment(p, context({ ticks_to_deadline: 2 }))).toBe('Release');
    expect(decidePayment(p, context({ ticks_to_deadline: 3 }))).toBe('Hold');
    // The default (5) would have released at 3.
    expect(decidePayment(BUILTIN_POLICIES['deadline-aware'], context({ ticks_to_deadline: 3 }))).toBe('Release');
  });

  it('refuses options out of range or unknown, and an unknown name with the closest one', () => {
    expect(() => policyByName('release-all', { initial_liquidity_fraction: 1.5 })).toThrow(RegistryError);
    expect(() => policyByName('release-all', { urgency_threshold: 1 })).toThrow(/urgency_threshold/);
    const e = refusal(() => policyByName('deadline-awar'));
    expect(e.code).toBe('SIMULATOR_INVALID_POLICY');
    expect(e.message).toBe(
      'no policy named "deadline-awar"; did you mean "deadline-aware"? The policies: release-all, deadline-aware, liquidity-aware (a plugin\'s are there once the plugin is loaded).',
    );
  });
});

describe('function policies from a plugin', () => {
  it('registers through the plugin format and decides in the engine', () => {
    const policies = withPlugin([urgentOnly]);
    expect(policies.names()).toContain('urgent-only');
    const p = policyByName('urgent-only', { within: 1 }, policies);
    expect(decidePayment(p, context({ ticks_to_deadline: 1 }))).toBe('Release');
    expect(decidePayment(p, context({ ticks_to_deadline: 2 }))).toBe('Hold');
  });

  it('plays exactly as the tree that decides the same: paired deltas of 0 on every sample', () => {
    // deadline-aware with urgency_threshold 2 is the tree form of urgent-only with within 2.
    const policies = withPlugin([urgentOnly]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 200_000 }), (seed, pool) => {
        const r = comparePolicies(
          history,
          policyByName('deadline-aware', { urgency_threshold: 2 }),
          policyByName('urgent-only', {}, policies),
          { samples: 5, seed, totalTicks: 10, agent: { liquidityPool: pool } },
        );
        expect(r.deltas).toEqual([0, 0, 0, 0, 0]);
        expect(r.current.map((s) => s.totalCost)).toEqual(r.candidate.map((s) => s.totalCost));
      }),
      { numRuns: 30 },
    );
  });

  it('refuses a decision that is not Release or Hold, and a decide that throws, naming the policy', () => {
    const drop: FunctionPolicy = { policy_id: 'dropper', parameters: {}, decide: () => 'Drop' as 'Hold' };
    expect(refusal(() => decidePayment(drop, context({}))).message).toBe(
      `policy "dropper" decided "Drop"; decide must return 'Release' or 'Hold'.`,
    );
    const boom: FunctionPolicy = {
      parameters: {},
      decide: () => {
        throw new Error('no model');
      },
    };
    const e = refusal(() => decidePayment(boom, context({})));
    expect(e.message).toBe('a function policy threw: no model');
    expect((e.cause as Error).message).toBe('no model');
  });

  it('refuses what a plugin strategy returns when it is not a policy', () => {
    const policies = withPlugin([
      { ...urgentOnly, name: 'no-params', run: () => ({ decide: () => 'Hold' }) },
      {
        ...urgentOnly,
        name: 'bad-fraction',
        run: () => ({ parameters: { initial_liquidity_fraction: 2 }, decide: () => 'Hold' }),
      },
      {
        ...urgentOnly,
        name: 'not-a-tree',
        run: () => ({ parameters: {}, payment_tree: { type: 'action', node_id: 'A', action: 'Drop' } }),
      },
    ]);
    expect(refusal(() => policyByName('no-params', {}, policies)).message).toMatch(
      /^policy strategy "no-params" returned no valid policy: function policy needs parameters/,
    );
    expect(refusal(() => policyByName('bad-fraction', {}, policies)).message).toMatch(/must be in \[0, 1\], got 2/);
    expect(refusal(() => policyByName('not-a-tree', {}, policies)).message).toMatch(/unknown action/);
  });
});

describe('scenarios name policies in the registry', () => {
  const scenario = {
    ticks: 6,
    seed: 3,
    agents: [
      { id: 'A', liquidityPool: 100_000, policy: 'urgent-only', policyOptions: { within: 1 } },
      { id: 'B', liquidityPool: 100_000, policy: 'release-all', policyOptions: { initial_liquidity_fraction: 0.2 } },
    ],
    arrivals: { ratePerTick: 2, amount: { mean: 10_000, sd: 5_000 }, deadline: { min: 2, max: 4 } },
  };

  it('plays a plugin policy given the registry, and draws the same payments whatever the policies', () => {
    const day = simulateDay(scenario, { policies: withPlugin([urgentOnly]) });
    const allRelease = simulateDay({
      ...scenario,
      agents: scenario.agents.map((a) => ({ id: a.id, liquidityPool: a.liquidityPool })),
    });
    expect(day.payments).toEqual(allRelease.payments);
    expect(drawPayments(scenario)).toEqual(allRelease.payments);
    // A holds what is not within 1 tick of its deadline: its first decisions on a payment due in 2+ ticks are Hold.
    const aDecisions = day.events.filter((e) => e.type === 'decision' && e.agentId === 'A');
    expect(aDecisions.some((e) => e.type === 'decision' && e.action === 'Hold')).toBe(true);
  });

  it("allocates from policyOptions' initial_liquidity_fraction: B gets floor(100,000 × 0.2) = 20,000", () => {
    const rates = { liquidityCostPerTickBps: 83 };
    const day = simulateDay({
      ...scenario,
      costRates: rates,
      agents: [scenario.agents[1] as object, { id: 'C' }],
    } as typeof scenario);
    // Liquidity cost: 83 bps per tick on 20,000 = 166 cents a tick, over 6 ticks = 996 (the default 0.5 would
    // allocate 50,000: 415 a tick).
    expect(day.agents.get('B')?.costs.liquidity).toBe(996);
  });

  it('refuses a scenario whose policy the registry lacks, or whose options its schema refuses, naming the agent', () => {
    expect(refusal(() => simulateDay(scenario)).message).toMatch(
      /^scenario field agents\.0\.policy \(agent "A"\): no policy named "urgent-only"/,
    );
    const bad = { ...scenario, agents: [{ id: 'A', policyOptions: { initial_liquidity_fraction: -1 } }, { id: 'B' }] };
    const e = refusal(() => simulateDay(bad));
    expect(e.code).toBe('SIMULATOR_INVALID_OPTION');
    expect(e.message).toMatch(/^scenario field agents\.0\.policy \(agent "A"\): .*initial_liquidity_fraction/);
  });
});

describe('policy strategies: what the adversarial review found', () => {
  const strategy = (name: string, run: () => unknown) => ({ ...urgentOnly, name, run });

  it("names a nameless function policy by its strategy in the engine's errors", () => {
    const policies = withPlugin([strategy('num', () => ({ parameters: {}, decide: () => 7 }))]);
    const p = policyByName('num', {}, policies);
    expect(refusal(() => decidePayment(p, context({}))).message).toBe(
      `policy "num" decided number; decide must return 'Release' or 'Hold'.`,
    );
  });

  it("reports a strategy's own failure, or a Promise, as a policy error rather than a bug", () => {
    const policies = withPlugin([
      strategy('throws', () => {
        throw new Error('no model loaded');
      }),
      strategy('async', async () => ({ parameters: {}, decide: () => 'Hold' })),
    ]);
    const thrown = refusal(() => policyByName('throws', {}, policies));
    expect([thrown.code, thrown.message]).toEqual([
      'SIMULATOR_INVALID_POLICY',
      'policy strategy "throws" failed: no model loaded',
    ]);
    expect(refusal(() => policyByName('async', {}, policies)).message).toBe(
      'policy strategy "async" returned a Promise: its run must return the policy itself.',
    );
  });

  it('reads parameters once (a getter cannot change them) and refuses a tree and a function together', () => {
    let reads = 0;
    const policies = withPlugin([
      strategy('getter', () => ({
        parameters: {
          get initial_liquidity_fraction() {
            reads++;
            return reads === 1 ? 0.2 : 0.9;
          },
        },
        decide: () => 'Release',
      })),
      strategy('both', () => ({
        parameters: {},
        payment_tree: { type: 'action', node_id: 'A', action: 'Hold' },
        decide: () => 'Release',
      })),
    ]);
    const p = policyByName('getter', {}, policies);
    expect(p.parameters.initial_liquidity_fraction).toBe(0.2);
    expect(p.parameters.initial_liquidity_fraction).toBe(0.2);
    expect(reads).toBe(1);
    expect(refusal(() => policyByName('both', {}, policies)).message).toMatch(
      /has both payment_tree and decide: a policy is a tree or a function, not both/,
    );
  });

  it('reads a scenario without looking its policies up when asked (a reader of the rest)', () => {
    const scenario = {
      ticks: 4,
      seed: 1,
      agents: [{ id: 'A', policy: 'a-plugins' }, { id: 'B' }],
      arrivals: { ratePerTick: 1, amount: { mean: 100, sd: 10 }, deadline: { min: 1, max: 2 } },
    };
    expect(validateScenario(scenario, { checkPolicies: false }).agents[0]?.policy).toBe('a-plugins');
    expect(refusal(() => validateScenario(scenario)).message).toMatch(/no policy named "a-plugins"/);
  });

  it('refuses a __proto__ key in policyOptions rather than dropping it', () => {
    const scenario = JSON.parse(
      '{"ticks": 4, "seed": 1, "agents": [{"id": "A", "policy": "deadline-aware", "policyOptions": {"__proto__": {"urgency_threshold": 1}}}, {"id": "B"}], "arrivals": {"ratePerTick": 1, "amount": {"mean": 100, "sd": 10}, "deadline": {"min": 1, "max": 2}}}',
    );
    const e = refusal(() => simulateDay(scenario));
    expect(e.message).toMatch(/^scenario field agents\.0\.policy \(agent "A"\): .*__proto__/);
  });
});
