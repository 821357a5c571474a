// Shared test setup, loaded before every test file.
//
// 1. fast-check takes its seed from FC_SEED when set, so a CI failure replays locally:
//    FC_SEED=<seed printed in the failure> pnpm test. fast-check prints the seed and path of a failing run.
// 2. Libraries never print: any console.* call a test did not expect fails that test.
import fc from 'fast-check';
import { afterEach, beforeEach, vi } from 'vitest';

const seedText = process.env.FC_SEED;
if (seedText !== undefined && seedText !== '') {
  const seed = Number(seedText);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, got ${JSON.stringify(seedText)}`);
  fc.configureGlobal({ seed });
}
const runs = process.env.FC_NUM_RUNS;
if (runs !== undefined && runs !== '') fc.configureGlobal({ ...fc.readConfigureGlobal(), numRuns: Number(runs) });

const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
const spies = new Map<(typeof methods)[number], ReturnType<typeof vi.spyOn>>();

beforeEach(() => {
  for (const m of methods) spies.set(m, vi.spyOn(console, m));
});

afterEach(() => {
  const stray: string[] = [];
  for (const [m, spy] of spies) {
    for (const call of spy.mock.calls) stray.push(`console.${m}(${call.map((a) => String(a)).join(', ')})`);
  }
  spies.clear();
  if (stray.length > 0) throw new Error(`Unexpected console output (libraries never print):\n${stray.join('\n')}`);
});
