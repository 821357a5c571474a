import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildProposerContext } from '../build-proposer-context';
import { BUILTIN_POLICIES } from '../builtin-policies';
import { SimulatorError } from '../errors';
import { validatePolicy } from '../policy';
import { createCommandProposer } from './command-proposer';

const STUB = fileURLToPath(new URL('../../examples/stub-llm-proposer.mjs', import.meta.url));
const context = buildProposerContext({
  scenario: {
    ticks: 6,
    seed: 1,
    agents: [
      { id: 'A', liquidityPool: 100_000 },
      { id: 'B', liquidityPool: 100_000 },
    ],
    arrivals: { ratePerTick: 1, amount: { mean: 5_000, sd: 1_000 }, deadline: { min: 2, max: 4 } },
    costRates: { liquidityCostPerTickBps: 83 },
  },
  agentId: 'A',
  policy: BUILTIN_POLICIES['release-all'],
  iteration: 0,
  seed: 3,
  samples: 10,
});
const run = (command: string, options: { timeoutMs?: number; maxBytes?: number } = {}) =>
  createCommandProposer({ command, ...options }).propose(context, context.currentPolicy);
const reason = (p: Promise<unknown>) =>
  p.then(
    () => 'accepted',
    (e: unknown) => (e instanceof SimulatorError ? `${e.code}: ${e.message}` : (e as Error).message),
  );

describe('createCommandProposer, with the stub that plays the language model', () => {
  it('sends the context as JSON (with its text) and reads the policy the command prints', async () => {
    const policy = validatePolicy(await run(`node ${STUB}`));
    // The stub lowers the fraction by a quarter when liquidity costs more than penalties: 0.5 → 0.375.
    expect(policy.parameters.initial_liquidity_fraction).toBe(0.375);
    const echo = (await run(`node -e "process.stdin.pipe(process.stdout)"`)) as Record<string, unknown>;
    expect(echo.kind).toBe('proposer-context');
    expect(echo.agentId).toBe('A');
    expect(String(echo.text).split('\n')[0]).toBe('# Iteration 0 for agent A');
  });

  it('gives a rejected proposal with a reason for a crash, garbage, a hang and too much output', async () => {
    expect(await reason(run(`node ${STUB} crash`))).toBe(
      'the proposer command exited with code 3: stub: the model is unavailable',
    );
    expect(await reason(run(`node ${STUB} garbage`))).toMatch(
      /^the proposer command printed no JSON policy \(.*\): Sure! Here is a better policy: release everything\.$/,
    );
    const started = Date.now();
    expect(await reason(run(`node ${STUB} hang`, { timeoutMs: 500 }))).toBe(
      'the proposer command timed out after 500 ms',
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await reason(run(`node -e "process.stdout.write('x'.repeat(5000))"`, { maxBytes: 1000 }))).toBe(
      'the proposer command printed more than 1000 bytes',
    );
  });

  it('what the review found: a child that keeps the pipe open neither hangs the run nor hides a policy', async () => {
    const policy = JSON.stringify(context.currentPolicy).replaceAll("'", '');
    const started = Date.now();
    // The shell exits at once after printing; the background sleep holds standard output open.
    const p = await run(`sleep 5 & echo '${policy}'`, { timeoutMs: 3000 });
    expect(validatePolicy(p)).toEqual(context.currentPolicy);
    expect(Date.now() - started).toBeLessThan(2500);
    // A child in a session of its own escapes the kill, but the timeout still ends the wait.
    const hung = Date.now();
    expect(await reason(run('setsid sleep 5 & sleep 5', { timeoutMs: 500 }))).toBe(
      'the proposer command timed out after 500 ms',
    );
    expect(Date.now() - hung).toBeLessThan(2500);
  });

  it('stops the run when the command is not found or cannot be run', async () => {
    expect(await reason(run('no-such-proposer-command --flag'))).toMatch(
      /^SIMULATOR_PROPOSER_FAILED: the proposer command was not found \(exit 127\): .*no-such-proposer-command.*not found/,
    );
    expect(await reason(run(STUB.replace('.mjs', '.missing')))).toMatch(/^SIMULATOR_PROPOSER_FAILED: /);
  });

  it('refuses an empty command and limits that are not positive', () => {
    expect(() => createCommandProposer({ command: ' ' })).toThrow(/the proposer command is empty/);
    expect(() => createCommandProposer({ command: 'x', timeoutMs: 0 })).toThrow(/timeoutMs must be a whole number/);
  });
});
