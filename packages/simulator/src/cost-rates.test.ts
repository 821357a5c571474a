import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costRates, scaledCost } from './cost-rates';
import { SimulatorError } from './errors';

describe('scaledCost', () => {
  it('is (a·rate + divisor/2) / divisor in exact integers, as the reference computes it in u128, at any size', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.nat(1_000_000), fc.maxSafeNat()),
        fc.oneof(fc.nat(100_000), fc.integer({ min: 0, max: 2 ** 40 })),
        fc.constantFrom(10_000_000, 1_000_000_000, 10_000_000_000, 2),
        (a, rate, divisor) => {
          const exact = (BigInt(a) * BigInt(rate) + BigInt(divisor / 2)) / BigInt(divisor);
          expect(scaledCost(a, rate, divisor)).toBe(Number(exact));
        },
      ),
      { numRuns: 2000 },
    );
    // Half up at the boundary: 500 × 10,000 / 10,000,000 = 0.5 → 1; 499 → 0.499 → 0.
    expect(scaledCost(500, 10_000, 10_000_000)).toBe(1);
    expect(scaledCost(499, 10_000, 10_000_000)).toBe(0);
  });
});

describe('costRates', () => {
  it("fills in SimCash's defaults and refuses what is not a rate", () => {
    expect(costRates()).toEqual({
      overdraftBpsPerTick: 0.001,
      delayCostPerTickPerCent: 0.0001,
      overdueDelayMultiplier: 5,
      priorityDelayMultipliers: null,
      deadlinePenalty: 50_000,
      eodPenalty: 10_000,
      liquidityCostPerTickBps: 0,
    });
    for (const [bad, message] of [
      [{ delayCostPerTickPerCent: -1 }, /delayCostPerTickPerCent/],
      [{ eodPenalty: 10.5 }, /eodPenalty/],
      [{ overdraftBpsPerTick: Number.POSITIVE_INFINITY }, /overdraftBpsPerTick/],
      [{ interest: 1 }, /unknown key "interest"/],
    ] as const) {
      expect(() => costRates(bad as never)).toThrow(SimulatorError);
      expect(() => costRates(bad as never)).toThrow(message);
    }
  });
});
