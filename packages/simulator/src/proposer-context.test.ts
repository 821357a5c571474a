import { describe, expect, it } from 'vitest';
import { buildProposerContext } from './build-proposer-context';
import { BUILTIN_POLICIES } from './builtin-policies';
import { agentTrace, CONTEXT_EVENT_PRIORITY, formatProposerContext } from './proposer-context';
import type { DayEvent } from './settle-day';
import { simulateDay } from './simulate-day';

const scenario = {
  ticks: 10,
  seed: 5,
  agents: [
    { id: 'A', liquidityPool: 30_000 },
    { id: 'B', liquidityPool: 30_000 },
    { id: 'C', liquidityPool: 30_000 },
  ],
  arrivals: { ratePerTick: 2, amount: { mean: 8_000, sd: 4_000 }, deadline: { min: 1, max: 4 } },
  costRates: { liquidityCostPerTickBps: 83 },
};

describe('agentTrace', () => {
  const e = (type: DayEvent['type'], tick: number, agentId = 'A', extra: object = {}) =>
    ({ type, tick, agentId, txId: `${type}-${tick}`, ...extra }) as unknown as DayEvent;

  it('keeps the top K by priority (decisions, penalties, cost accruals, settlements, arrivals), then tick order', () => {
    const events = [
      e('arrival', 0),
      e('decision', 0),
      e('settlement', 1),
      e('cost-accrual', 1),
      e('penalty', 2),
      e('arrival', 2),
      e('decision', 3),
      e('end-of-day', 3),
    ];
    // K = 4: the two decisions (100), the penalty (90), the cost accrual (80); back in tick order.
    expect(agentTrace(events, 'A', 4).events.map((x) => `${x.type}@${x.tick}`)).toEqual([
      'decision@0',
      'cost-accrual@1',
      'penalty@2',
      'decision@3',
    ]);
    expect(agentTrace(events, 'A', 0).events).toEqual([]);
    expect(agentTrace(events, 'A').events).toHaveLength(8);
    const ranks = Object.entries(CONTEXT_EVENT_PRIORITY)
      .sort((a, b) => b[1] - a[1])
      .map(([k]) => k);
    expect(ranks.slice(0, 5)).toEqual(['decision', 'penalty', 'cost-accrual', 'settlement', 'queued']);
  });

  it("never keeps another agent's events", () => {
    const events = [e('decision', 0, 'B'), e('arrival', 0, 'A'), e('penalty', 1, 'C')];
    expect(agentTrace(events, 'A').events.map((x) => x.agentId)).toEqual(['A']);
    expect(agentTrace(events, 'A').eventCount).toBe(1);
  });
});

describe('buildProposerContext', () => {
  const context = buildProposerContext({
    scenario,
    agentId: 'A',
    policy: BUILTIN_POLICIES['release-all'],
    iteration: 2,
    seed: 11,
    samples: 20,
    maxEvents: 500,
  });

  it("holds none of another agent's transactions: B's and C's payments to each other never appear", () => {
    const day = simulateDay({ ...scenario, seed: context.iterationSeed });
    const foreign = day.payments.filter((p) => p.senderId !== 'A' && p.receiverId !== 'A').map((p) => p.txId);
    expect(foreign.length).toBeGreaterThan(5);
    const text = JSON.stringify(context) + formatProposerContext(context);
    // As written in the day (`"id"`) and as a sample names its copies (`"id:out:k"`, `"id:in:k"`).
    for (const id of foreign) {
      expect(text).not.toContain(`"${id}"`);
      expect(text).not.toContain(`"${id}:`);
    }
    for (const d of [context.contextSimulation, context.bestSample, context.worstSample]) {
      for (const ev of d.events) expect(ev.agentId).toBe('A');
    }
    // And it is the agent's own day: its payments do appear.
    const own = day.payments.find((p) => p.senderId === 'A');
    expect(text).toContain(`"${own?.txId}"`);
    // The samples name the agent's payments as copies, which the search above would find.
    expect(JSON.stringify(context.bestSample.events)).toMatch(/:(out|in):\d+"/);
  });

  it('gives the three streams and the cost statistics of the samples', () => {
    expect(context.sampleCount).toBe(20);
    expect(context.bestSample.totalCost).toBeLessThanOrEqual(context.meanCost);
    expect(context.worstSample.totalCost).toBeGreaterThanOrEqual(context.meanCost);
    expect(context.costSd).toBeGreaterThanOrEqual(0);
    expect(context.bounds).toEqual({ initial_liquidity_fraction: { min: 0, max: 1 } });
    expect(context.contextSimulation.seed).toBe(context.iterationSeed);
    const text = formatProposerContext(context);
    expect(text.split('\n')[0]).toBe('# Iteration 2 for agent A');
    expect(text).toContain(`## The cheapest sample (sample ${context.bestSample.sampleIdx})`);
    expect(text).toContain('initial_liquidity_fraction: [0, 1]');
  });

  it('cuts each trace to maxEvents', () => {
    const small = buildProposerContext({
      scenario,
      agentId: 'A',
      policy: BUILTIN_POLICIES['release-all'],
      iteration: 2,
      seed: 11,
      samples: 20,
      maxEvents: 5,
    });
    expect(small.contextSimulation.events).toHaveLength(5);
    expect(small.contextSimulation.eventCount).toBe(context.contextSimulation.eventCount);
    expect(small.contextSimulation.events.every((x) => x.type === 'decision')).toBe(true);
  });
});
