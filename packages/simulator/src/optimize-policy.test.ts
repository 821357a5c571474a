import { describe, expect, it } from 'vitest';
import { refusal } from '../test/refusal';
import { BUILTIN_POLICIES } from './builtin-policies';
import { SimulatorError } from './errors';
import {
  differingSetting,
  formatOptimizationLogHeader,
  formatOptimizationLogRecord,
  optimizationSettings,
  parseOptimizationLog,
} from './optimization-log';
import { type IterationRecord, type OptimizationOptions, optimizePolicy } from './optimize-policy';
import { createParameterSearch } from './parameter-search';
import type { Policy } from './policy';
import type { Proposer } from './proposer';
import { withCoordinate } from './search-bounds';

const scenario = {
  ticks: 8,
  seed: 1,
  agents: [
    { id: 'A', liquidityPool: 200_000 },
    { id: 'B', liquidityPool: 200_000 },
    { id: 'C', liquidityPool: 200_000 },
  ],
  arrivals: { ratePerTick: 1.5, amount: { mean: 8_000, sd: 3_000 }, deadline: { min: 2, max: 5 } },
  costRates: { liquidityCostPerTickBps: 83, delayCostPerTickPerCent: 0.2, deadlinePenalty: 50_000 },
};
const base: OptimizationOptions = {
  scenario,
  agentId: 'A',
  policy: BUILTIN_POLICIES['release-all'],
  proposer: createParameterSearch(),
  iterations: 6,
  samples: 30,
  seed: 9,
  nResamples: 500,
};
/** A proposer that gives what `f` returns (or throws what it throws). */
const proposer = (f: (current: Policy, iteration: number) => unknown): Proposer => ({
  name: 'test',
  propose: async (context, current) => f(current, context.iteration),
});

describe('optimizePolicy', () => {
  it('improves the allocation on the 8-tick day: each kept proposal beat the one before on paired samples', async () => {
    const run = await optimizePolicy(base);
    expect(run.stopReason).toBe('iterations');
    expect(run.iterations).toHaveLength(6);
    expect(run.iterations.some((r) => r.verdict.accept)).toBe(true);
    for (const r of run.iterations) {
      if (r.verdict.accept) {
        expect(r.comparison?.meanDelta).toBeGreaterThan(0);
        expect(r.comparison?.ci.low).toBeGreaterThan(0); // the moderate profile
        expect(r.keptMeanCost).toBe(r.comparison?.candidateMeanCost);
      } else expect(r.kept).toEqual(r.iteration === 0 ? base.policy : run.iterations[r.iteration - 1]?.kept);
    }
    expect(run.best.parameters.initial_liquidity_fraction).not.toBe(0.5);
    // Fresh seeds every iteration, and so fresh context days.
    expect(new Set(run.iterations.map((r) => r.seed)).size).toBe(6);
    expect(new Set(run.iterations.map((r) => r.contextCost)).size).toBeGreaterThan(1);
  });

  it('gives the same bits on a second run', async () => {
    const [a, b] = await Promise.all([optimizePolicy(base), optimizePolicy(base)]);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('resumed from its log after any iteration, gives what the uninterrupted run gives', async () => {
    const full = await optimizePolicy(base);
    const settings = optimizationSettings(base);
    for (const cut of [1, 3, 5]) {
      const partial = await optimizePolicy({ ...base, iterations: cut });
      const log = formatOptimizationLogHeader(settings) + partial.iterations.map(formatOptimizationLogRecord).join('');
      const { records } = parseOptimizationLog(log);
      const resumed = await optimizePolicy({ ...base, resume: records });
      expect(JSON.stringify(resumed)).toBe(JSON.stringify(full));
    }
  });

  it('stops on patience and on a cost target', async () => {
    const same = proposer((current) => current); // identical deltas: never accepted
    const patient = await optimizePolicy({ ...base, proposer: same, patience: 2 });
    expect([patient.stopReason, patient.iterations.length]).toEqual(['patience', 2]);
    const target = await optimizePolicy({ ...base, costTarget: 1e12 });
    expect([target.stopReason, target.iterations.length]).toEqual(['target', 1]);
  });

  it("plays the proposal in the sandbox: a different fraction gives nonzero deltas (the reference's all-zero bug)", async () => {
    const lower = proposer((current) => withCoordinate(current, 'initial_liquidity_fraction', 0.25));
    const run = await optimizePolicy({ ...base, proposer: lower, iterations: 1 });
    const c = run.iterations[0]?.comparison;
    // 83 bps a tick on 200,000 × (0.5 − 0.25) = 415 cents a tick saved over 8 ticks, at least, on every sample.
    expect(c?.meanDelta).toBeGreaterThan(0);
    expect(c?.candidateMeanCost).not.toBe(run.iterations[0]?.currentMeanCost);
  });

  it('rejects an invalid proposal with its reason and goes on; stops after maxProposerFailures in a row', async () => {
    const seen: IterationRecord[] = [];
    let calls = 0;
    const flaky = proposer((current, iteration) => {
      calls++;
      if (iteration === 0) throw new Error('model timed out');
      if (iteration === 1) return { ...current, invented: true };
      if (iteration === 2) return withCoordinate(current, 'initial_liquidity_fraction', 0.9);
      return current;
    });
    const bounds = { initial_liquidity_fraction: { min: 0, max: 0.8 } };
    const e = await optimizePolicy({ ...base, bounds, proposer: flaky, onIteration: (r) => void seen.push(r) }).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(SimulatorError);
    expect((e as SimulatorError).code).toBe('SIMULATOR_PROPOSER_FAILED');
    expect((e as SimulatorError).message).toBe(
      'the proposer failed 3 times in a row; the last time: initial_liquidity_fraction is 0.9, outside its bounds [0, 0.8].',
    );
    expect(calls).toBe(3);
    expect(seen.map((r) => r.proposal.reason)).toEqual([
      'model timed out',
      'policy has an unknown key "invented".',
      'initial_liquidity_fraction is 0.9, outside its bounds [0, 0.8].',
    ]);
    expect(seen.every((r) => !r.verdict.accept && r.comparison === null)).toBe(true);
    // With room for failures, the loop goes on past them.
    const goesOn = await optimizePolicy({ ...base, bounds, proposer: flaky, maxProposerFailures: 5 });
    expect(goesOn.iterations).toHaveLength(6);
    expect(goesOn.iterations[3]?.proposal.valid).toBe(true);
  });

  it('stops at once when the proposer says it can never work', async () => {
    const seen: IterationRecord[] = [];
    const missing = proposer(() => {
      throw new SimulatorError('SIMULATOR_PROPOSER_FAILED', 'the proposer command was not found');
    });
    const e = await optimizePolicy({ ...base, proposer: missing, onIteration: (r) => void seen.push(r) }).catch(
      (x: unknown) => x,
    );
    expect((e as SimulatorError).message).toBe('the proposer command was not found');
    expect(seen).toHaveLength(0);
  });

  it('refuses an agent the scenario lacks and a starting policy out of its bounds', async () => {
    const agent = await optimizePolicy({ ...base, agentId: 'BANK_Z' }).catch((x: unknown) => x);
    expect((agent as SimulatorError).code).toBe('SIMULATOR_UNKNOWN_AGENT');
    expect((agent as SimulatorError).message).toBe(
      'agent "BANK_Z" is not in the scenario; its agents are "A", "B", "C".',
    );
    const out = await optimizePolicy({
      ...base,
      bounds: { initial_liquidity_fraction: { min: 0, max: 0.4 } },
    }).catch((x: unknown) => x);
    expect((out as SimulatorError).code).toBe('SIMULATOR_INVALID_POLICY');
    expect(
      refusal(() => {
        throw out;
      }).message,
    ).toBe('initial_liquidity_fraction is 0.5, outside its bounds [0, 0.4].');
  });

  it('what the review found: a proposer that changes its arguments cannot change what the loop keeps', async () => {
    const seen: number[] = [];
    const mutate = proposer((current) => {
      seen.push(current.parameters.initial_liquidity_fraction as number);
      (current.parameters as Record<string, number>).initial_liquidity_fraction = 1;
      return current;
    });
    const run = await optimizePolicy({ ...base, proposer: mutate, iterations: 3 });
    // Fraction 1 costs more liquidity on every sample: rejected each time, so 0.5 is kept and offered again.
    expect(run.iterations.map((r) => r.verdict.accept)).toEqual([false, false, false]);
    expect(seen).toEqual([0.5, 0.5, 0.5]);
    expect(run.best).toEqual(base.policy);
  });

  it('what the review found: a resumed run applies the stop rules to the records it resumes', async () => {
    const full = await optimizePolicy(base);
    const records = parseOptimizationLog(
      formatOptimizationLogHeader(optimizationSettings(base)) +
        full.iterations.map(formatOptimizationLogRecord).join(''),
    ).records;
    for (const rules of [{ iterations: 3 }, { patience: 1 }, { costTarget: 40_000 }, { patience: 2, iterations: 5 }]) {
      const uninterrupted = await optimizePolicy({ ...base, ...rules });
      const resumed = await optimizePolicy({ ...base, ...rules, resume: records });
      expect(JSON.stringify(resumed), JSON.stringify(rules)).toBe(JSON.stringify(uninterrupted));
    }
  });

  it("what the review found: resumed records must be this run's", async () => {
    const full = await optimizePolicy({ ...base, iterations: 3 });
    const records = JSON.parse(JSON.stringify(full.iterations)) as IterationRecord[];
    const edited = (i: number, change: (r: Record<string, unknown>) => void) => {
      const copy = JSON.parse(JSON.stringify(records));
      change(copy[i]);
      return copy as IterationRecord[];
    };
    const cases: [IterationRecord[], RegExp][] = [
      [edited(1, (r) => (r.seed = 1)), /^resumed iteration 1: its seed 1 is not this run's/],
      [
        edited(
          0,
          (r) => ((r.kept as { parameters: Record<string, number> }).parameters.initial_liquidity_fraction = 0.9),
        ),
        /^resumed iteration 0: it was (not )?accepted, but the policy it kept is not/,
      ],
      [edited(2, (r) => (r.kept = { payment_tree: 1 })), /^resumed iteration 2: its kept policy: /],
    ];
    for (const [resume, message] of cases) {
      const e = await optimizePolicy({ ...base, resume }).catch((x: unknown) => x);
      expect((e as SimulatorError).code).toBe('SIMULATOR_INVALID_OPTION');
      expect((e as SimulatorError).message).toMatch(message);
    }
    // The search's step is one of the run's settings.
    const logged = JSON.parse(formatOptimizationLogHeader(optimizationSettings(base)));
    const other = optimizationSettings({ ...base, proposer: createParameterSearch({ step: 0.5 }) });
    expect(differingSetting(logged, other)).toBe('proposerSettings');
  });
});
