import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AgentHistory, bootstrapSample, type RemappedTransaction } from './bootstrap-sample';
import { SimulatorError } from './errors';
import { validateTransactionRecords } from './transaction-record';

interface Fixture {
  agentId: string;
  outgoing: unknown[];
  incoming: unknown[];
  cases: {
    seed: number;
    totalTicks: number;
    samples: { sampleIdx: number; seed: number; outgoing: RemappedTransaction[]; incoming: RemappedTransaction[] }[];
  }[];
}

// Made by tooling/fixtures/simulator/simcash_sampler_fixture.py from SimCash's own Python sampler.
const fixture = JSON.parse(
  readFileSync(new URL('../../../tooling/fixtures/simulator/simcash-samples.json', import.meta.url), 'utf8'),
) as Fixture;
const history: AgentHistory = {
  agentId: fixture.agentId,
  outgoing: validateTransactionRecords(fixture.outgoing),
  incoming: validateTransactionRecords(fixture.incoming),
};

describe('bootstrapSample', () => {
  it("with seedScheme 'simcash' gives SimCash's Python sampler's samples, field for field", () => {
    let compared = 0;
    for (const c of fixture.cases) {
      for (const expected of c.samples) {
        const got = bootstrapSample(history, {
          seed: c.seed,
          sampleIdx: expected.sampleIdx,
          totalTicks: c.totalTicks,
          seedScheme: 'simcash',
        });
        expect(got.seed).toBe(expected.seed);
        expect(got.outgoing).toEqual(expected.outgoing);
        expect(got.incoming).toEqual(expected.incoming);
        compared += expected.outgoing.length + expected.incoming.length;
      }
    }
    expect(compared).toBe(20 * (13 + 6)); // 20 samples of 13 outgoing and the 6 settled incoming payments
  });

  it('replays a sample from its recorded seed, and depends only on (seed, index)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.nat(1000),
        fc.integer({ min: 1, max: 200 }),
        (seed, sampleIdx, totalTicks) => {
          const a = bootstrapSample(history, { seed, sampleIdx, totalTicks });
          expect(bootstrapSample(history, { seed, sampleIdx, totalTicks })).toEqual(a);
          expect(Number.isSafeInteger(a.seed)).toBe(true);
          // Every draw in range, offsets kept and capped, only settled incoming payments.
          for (const t of [...a.outgoing, ...a.incoming]) {
            expect(t.arrivalTick).toBeGreaterThanOrEqual(0);
            expect(t.arrivalTick).toBeLessThan(totalTicks);
            expect(t.deadlineTick).toBeLessThanOrEqual(totalTicks);
            expect(t.deadlineTick).toBeGreaterThanOrEqual(t.arrivalTick);
          }
          expect(a.incoming.every((t) => t.settlementTick !== null)).toBe(true);
          expect(a.outgoing).toHaveLength(history.outgoing.length);
          expect(a.incoming).toHaveLength(6);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('moves a payment by hand: arrival drawn, deadline and settlement kept as offsets and capped (known answer)', () => {
    // One outgoing record, seed 42 sample 0 under 'simcash': sample seed 914360478, whose first output is
    // 1413602841802363043 (issue 16). Index = that mod 1 = 0; arrival = the second output mod 12.
    const one: AgentHistory = {
      agentId: 'A',
      incoming: [],
      outgoing: validateTransactionRecords([
        {
          txId: 't',
          senderId: 'A',
          receiverId: 'B',
          amount: 5,
          priority: 1,
          originalArrivalTick: 0,
          deadlineOffset: 100,
          settlementOffset: 1,
        },
      ]),
    };
    const s = bootstrapSample(one, { seed: 42, sampleIdx: 0, totalTicks: 12, seedScheme: 'simcash' });
    const M = (1n << 64n) - 1n;
    let x = 914360478n;
    const next = () => {
      x ^= x >> 12n;
      x ^= (x << 25n) & M;
      x ^= x >> 27n;
      return (x * 0x2545f4914f6cdd1dn) & M;
    };
    expect(next()).toBe(1413602841802363043n);
    const arrival = Number(next() % 12n);
    expect(s.outgoing[0]).toEqual({
      txId: 't:out:0',
      senderId: 'A',
      receiverId: 'B',
      amount: 5,
      priority: 1,
      arrivalTick: arrival,
      deadlineTick: 12,
      settlementTick: Math.min(arrival + 1, 12),
    });
  });

  it('refuses what it cannot draw from', () => {
    for (const [options, message] of [
      [{ seed: 1, sampleIdx: 0, totalTicks: 0 }, /totalTicks must be a whole number of ticks/],
      [{ seed: 1, sampleIdx: -1, totalTicks: 12 }, /a sample index must be a whole number/],
      [{ seed: 2 ** 32, sampleIdx: 0, totalTicks: 12 }, /a seed must be a whole number in \[0, 4294967295\]/],
      [{ seed: -1, sampleIdx: 0, totalTicks: 12, seedScheme: 'simcash' }, /a seed must be a whole number ≥ 0/],
      [{ seed: 1, sampleIdx: 0, totalTicks: 12, seedScheme: 'numpy' }, /seedScheme must be stream or simcash/],
    ] as const) {
      expect(() => bootstrapSample(history, options as never)).toThrow(SimulatorError);
      expect(() => bootstrapSample(history, options as never)).toThrow(message);
    }
  });
});
