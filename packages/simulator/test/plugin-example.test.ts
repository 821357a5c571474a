// The policy plugin example of docs/simulator.md runs as written: loaded the way the CLI loads --plugin FILE, it
// plays in the engine exactly as the equivalent tree, and the docs show it verbatim.
import { readFileSync } from 'node:fs';
import { applyPlugin } from '@bootstat/registry';
import { describe, expect, it } from 'vitest';
import { type AnyPolicyRegistry, comparePolicies, createPolicyRegistry, policyByName, simulateDay } from '../src/index';

const file = new URL('../examples/urgent-only-policy.mjs', import.meta.url);
const example = JSON.parse(readFileSync(new URL('../../../docs/examples/twelve-period.json', import.meta.url), 'utf8'));

describe('examples/urgent-only-policy.mjs', () => {
  it('adds a function policy that decides as the deadline-aware tree with the same threshold', async () => {
    const policies = applyPlugin(
      { policy: createPolicyRegistry() as AnyPolicyRegistry },
      await import(file.href),
      'urgent-only-policy.mjs',
    ).policy;
    expect(policies.names()).toEqual(['release-all', 'deadline-aware', 'liquidity-aware', 'urgent-only']);
    const day = simulateDay(example);
    const { collectHistory, dayTrace } = await import('../src/index');
    const history = collectHistory(dayTrace(day)).agentHistory('BANK_A');
    const r = comparePolicies(
      history,
      policyByName('deadline-aware', { urgency_threshold: 3 }),
      policyByName('urgent-only', { within: 3 }, policies),
      { samples: 20, seed: 5, totalTicks: 12, agent: { liquidityPool: 1_000_000 } },
    );
    expect(r.deltas).toEqual(new Array(20).fill(0));
    // And it is a different policy from release-all: holding costs delay on these samples.
    const vsRelease = comparePolicies(
      history,
      policyByName('release-all'),
      policyByName('urgent-only', { within: 3 }, policies),
      { samples: 20, seed: 5, totalTicks: 12, agent: { liquidityPool: 1_000_000 } },
    );
    expect(vsRelease.deltas.some((d) => d !== 0)).toBe(true);
  });

  it('is shown verbatim in docs/simulator.md', () => {
    const docs = readFileSync(new URL('../../../docs/simulator.md', import.meta.url), 'utf8');
    expect(docs).toContain(`\`\`\`js\n${readFileSync(file, 'utf8')}\`\`\``);
  });
});
