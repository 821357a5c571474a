import { streamTree } from '@bootstat/rng';
import { bootstrap } from '@bootstat/stats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgentHistory } from './bootstrap-sample';
import { BUILTIN_POLICIES } from './builtin-policies';
import { comparePolicies, evaluatePolicy } from './compare-policies';
import { costRates } from './cost-rates';
import { SimulatorError } from './errors';
import { validatePolicy } from './policy';
import { validateTransactionRecords } from './transaction-record';

const history: AgentHistory = {
  agentId: 'A',
  outgoing: validateTransactionRecords(
    Array.from({ length: 10 }, (_, i) => ({
      txId: `o${i}`,
      senderId: 'A',
      receiverId: 'B',
      amount: 5_000 + 1_000 * (i % 4),
      priority: i % 11,
      originalArrivalTick: i,
      deadlineOffset: 2 + (i % 3),
      settlementOffset: 1,
    })),
  ),
  incoming: validateTransactionRecords(
    Array.from({ length: 6 }, (_, i) => ({
      txId: `i${i}`,
      senderId: 'B',
      receiverId: 'A',
      amount: 4_000 + 500 * i,
      priority: 5,
      originalArrivalTick: i,
      deadlineOffset: 3,
      settlementOffset: i % 2,
    })),
  ),
};
const holdAll = validatePolicy({
  parameters: { initial_liquidity_fraction: 0.5 },
  payment_tree: { type: 'action', node_id: 'A', action: 'Hold' },
});
const rates = costRates({ delayCostPerTickPerCent: 0.2, liquidityCostPerTickBps: 83 });
const options = { samples: 40, seed: 9, totalTicks: 12, agent: { liquidityPool: 100_000 }, rates };

describe('comparePolicies', () => {
  it('gives deltas of exactly 0 for identical policies on the same samples, and rejects (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.nat(2 ** 32 - 1),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('release-all', 'deadline-aware', 'liquidity-aware'),
        (seed, samples, name) => {
          const p = BUILTIN_POLICIES[name as 'release-all'];
          const c = comparePolicies(history, p, p, { ...options, seed, samples });
          expect(c.deltas.every((d) => d === 0)).toBe(true);
          expect(c.summary.meanDelta).toBe(0);
          expect(c.summary.ci).toEqual({ low: 0, high: 0 });
          expect(c.warnings.map((w) => w.code)).toEqual([samples === 1 ? 'ONE_SAMPLE' : 'IDENTICAL_DELTAS']);
          expect(c.verdict.accept).toBe(false);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('pairs: both policies see the same samples, and each side equals evaluatePolicy on its own', () => {
    const c = comparePolicies(history, holdAll, BUILTIN_POLICIES['release-all'], options);
    expect(c.current.map((s) => s.seed)).toEqual(c.candidate.map((s) => s.seed));
    expect(c.current).toEqual(evaluatePolicy(history, holdAll, options));
    expect(c.candidate).toEqual(evaluatePolicy(history, BUILTIN_POLICIES['release-all'], options));
    expect(c.deltas).toEqual(c.current.map((s, i) => s.totalCost - (c.candidate[i]?.totalCost as number)));
  });

  it('puts the BCa interval on the deltas (not on the candidate costs) and accepts a clear improvement', () => {
    const c = comparePolicies(history, holdAll, BUILTIN_POLICIES['release-all'], options);
    const direct = bootstrap([Float64Array.from(c.deltas)], 'mean', {
      method: 'bca',
      nResamples: 2000,
      confidenceLevel: 0.95,
      rng: streamTree(9).child('deltas'),
    });
    expect(c.summary.ci).toEqual({ low: direct.ci.low, high: direct.ci.high });
    expect(c.summary.meanDelta).toBe(direct.estimate);
    expect(c.summary.meanDelta).toBeGreaterThan(0);
    expect(c.verdict.accept).toBe(true);
    expect(c.verdict.reasons).toEqual([
      expect.stringMatching(/^settlement rate 1\.000 ≥ 0\.95$/),
      expect.stringMatching(/^mean delta [\d.]+ > 0: cheaper on average$/),
      expect.stringMatching(/^the interval's lower end [\d.]+ > 0$/),
    ]);
  });

  it('rejects a cheaper policy that settles too little, and applies the profiles', () => {
    // Hold everything against release-all: far fewer settlements, whatever the cost.
    const c = comparePolicies(history, BUILTIN_POLICIES['release-all'], holdAll, options);
    expect(c.verdict.accept).toBe(false);
    expect(c.verdict.reasons[0]).toMatch(/^settlement rate 0\.000 is below the minimum 0\.95$/);
    const strict = comparePolicies(history, holdAll, BUILTIN_POLICIES['release-all'], {
      ...options,
      profile: { minSettlementRate: 0.95, requireLowerAboveZero: true, minRelativeImprovement: 2 },
    });
    expect(strict.verdict.accept).toBe(false);
    expect(strict.verdict.reasons.at(-1)).toMatch(/^relative improvement [\d.]+% is below 200%$/);
    expect(
      comparePolicies(history, holdAll, BUILTIN_POLICIES['release-all'], { ...options, profile: 'aggressive' }).verdict
        .reasons,
    ).toHaveLength(2);
  });

  it('with one sample gives no interval: ONE_SAMPLE, and the moderate verdict rejects even a cheaper policy', () => {
    const c = comparePolicies(history, holdAll, BUILTIN_POLICIES['release-all'], { ...options, samples: 1 });
    expect(c.summary.meanDelta).toBeGreaterThan(0);
    expect(c.warnings.map((w) => w.code)).toEqual(['ONE_SAMPLE']);
    expect(c.verdict.accept).toBe(false);
    expect(c.verdict.reasons).toContain('one sample gives no interval, so no lower end above 0');
    expect(
      comparePolicies(history, holdAll, BUILTIN_POLICIES['release-all'], {
        ...options,
        samples: 1,
        profile: 'aggressive',
      }).verdict.accept,
    ).toBe(true);
  });

  it('refuses 0 samples, a bad seed, level or profile', () => {
    for (const [o, message] of [
      [{ samples: 0 }, /samples must be a whole number in \[1, 10\^7\], got 0/],
      [{ seed: -1 }, /seed must be a whole number/],
      [{ confidenceLevel: 1 }, /confidenceLevel must be in \(0, 1\)/],
      [{ profile: 'reckless' }, /profile must be conservative, moderate, aggressive/],
    ] as const) {
      expect(() => comparePolicies(history, holdAll, holdAll, { ...options, ...o } as never)).toThrow(SimulatorError);
      expect(() => comparePolicies(history, holdAll, holdAll, { ...options, ...o } as never)).toThrow(message);
    }
  });
});
