import { readFileSync } from 'node:fs';
import { parseConfigText } from '@bootstat/io';
import { describe, expect, it } from 'vitest';
import { collectHistory } from './collect-history';
import { SimulatorError } from './errors';
import { validateScenario } from './scenario';
import { dayTrace, drawPayments, simulateDay } from './simulate-day';

const example = JSON.parse(readFileSync(new URL('../../../docs/examples/twelve-period.json', import.meta.url), 'utf8'));
const base = {
  ticks: 12,
  seed: 7,
  agents: [
    { id: 'A', liquidityPool: 200_000 },
    { id: 'B', liquidityPool: 200_000 },
    { id: 'C', liquidityPool: 200_000 },
  ],
  arrivals: { ratePerTick: 2, amount: { mean: 10_000, sd: 5_000 }, deadline: { min: 3, max: 8 } },
};

describe('drawPayments', () => {
  it('draws Poisson counts and lognormal amounts with the scenario mean and sd, within Monte Carlo error', () => {
    // 1000 ticks × 3 agents = 3000 Poisson(2) counts: mean 2, SE sqrt(2/3000) = 0.026.
    const payments = drawPayments({ ...base, ticks: 1000 });
    expect(Math.abs(payments.length / 3000 - 2)).toBeLessThan(4 * Math.sqrt(2 / 3000));
    const amounts = payments.map((p) => p.amount);
    const m = amounts.reduce((a, b) => a + b, 0) / amounts.length;
    const sd = Math.sqrt(amounts.reduce((a, b) => a + (b - m) ** 2, 0) / (amounts.length - 1));
    expect(Math.abs(m - 10_000)).toBeLessThan(4 * (5_000 / Math.sqrt(amounts.length))); // SE of the mean
    expect(Math.abs(sd - 5_000) / 5_000).toBeLessThan(0.1);
    for (const p of payments) {
      expect(Number.isSafeInteger(p.amount) && p.amount >= 1).toBe(true);
      expect(p.receiverId).not.toBe(p.senderId);
      expect(p.deadlineTick - p.arrivalTick).toBeGreaterThanOrEqual(Math.min(3, 1000 - p.arrivalTick));
      expect(p.deadlineTick).toBeLessThanOrEqual(Math.min(p.arrivalTick + 8, 1000));
      expect(p.priority).toBeGreaterThanOrEqual(0);
      expect(p.priority).toBeLessThanOrEqual(10);
    }
  });

  it('gives the same payments for the same seed, and an agent-tick draw does not depend on the others', () => {
    expect(drawPayments(base)).toEqual(drawPayments(base));
    const more = drawPayments({ ...base, agents: [...base.agents, { id: 'D', liquidityPool: 0 }] });
    // A's payments at each tick come from A's own stream: the same count and amounts with a fourth agent.
    const of = (ps: ReturnType<typeof drawPayments>) =>
      ps.filter((p) => p.senderId === 'A').map((p) => [p.arrivalTick, p.amount]);
    expect(of(more)).toEqual(of(drawPayments(base)));
    expect(drawPayments({ ...base, seed: 8 })).not.toEqual(drawPayments(base));
  });
});

describe('simulateDay and dayTrace', () => {
  it('runs the 12-period example: its trace gives back every payment through the history collector', () => {
    const day = simulateDay(example);
    expect(day.payments.length).toBeGreaterThan(20);
    const history = collectHistory(dayTrace(day));
    expect(history.agentIds).toEqual(['BANK_A', 'BANK_B']);
    const a = history.agentHistory('BANK_A');
    const sent = day.payments.filter((p) => p.senderId === 'BANK_A');
    expect(a.outgoing.map((r) => [r.txId, r.amount, r.originalArrivalTick, r.deadlineOffset])).toEqual(
      sent.map((p) => [p.txId, p.amount, p.arrivalTick, p.deadlineTick - p.arrivalTick]),
    );
    // Settlement offsets from the engine's own settlement events.
    const settledAt = new Map(day.events.filter((e) => e.type === 'settlement').map((e) => [e.txId, e.tick]));
    for (const r of a.outgoing)
      expect(r.settlementOffset).toBe(
        settledAt.has(r.txId) ? (settledAt.get(r.txId) as number) - r.originalArrivalTick : null,
      );
    // A liquidity pool of 1,000,000 is ample: everything settles at once, and each agent pays the liquidity cost
    // of its 500,000 allocated, 500,000 × 83 / 10,000 = 4,150 per tick, 12 ticks.
    for (const agent of day.agents.values()) {
      expect(agent.settlementRate).toBe(1);
      expect(agent.costs.liquidity).toBe(12 * 4_150);
    }
  });

  it('refuses a scenario it cannot run, naming the field', () => {
    const cases: [unknown, RegExp][] = [
      [{ ...base, agents: [{ id: 'A' }] }, /^scenario field agents: needs at least two agents/],
      [{ ...base, agents: [{ id: 'A' }, { id: 'A' }] }, /^scenario: agent "A" appears twice\.$/],
      [
        { ...base, agents: [{ id: 'A', liquidityPool: 10.5 }, { id: 'B' }] },
        /^scenario field agents\.0\.liquidityPool: must be whole cents\.$/,
      ],
      [
        { ...base, arrivals: { ...base.arrivals, deadline: { min: 5, max: 2 } } },
        /^scenario field arrivals\.deadline: min 5 is above max 2\.$/,
      ],
      [{ ...base, weather: 'rain' }, /^scenario: unknown key "weather"\.$/],
      [
        { ...base, agents: [{ id: 'A', policy: 'yolo' }, { id: 'B' }] },
        /^scenario field agents\.0\.policy \(agent "A"\): no policy named "yolo"\. The policies: release-all, /,
      ],
    ];
    for (const [input, message] of cases) {
      expect(() => validateScenario(input)).toThrow(SimulatorError);
      expect(() => validateScenario(input)).toThrow(message);
    }
  });
});

describe('docs/examples/twelve-period.yaml', () => {
  it('is the JSON example written as YAML', () => {
    const yaml = readFileSync(new URL('../../../docs/examples/twelve-period.yaml', import.meta.url), 'utf8');
    expect(parseConfigText(yaml, { format: 'yaml' })).toEqual(example);
  });
});
