// `pnpm bench` (simulator suite): evaluating one policy on 1000 bootstrap samples on one core, for the 12-period
// day of docs/examples/twelve-period.json and, as information, for a 100-tick day of about 200 payments. Target
// (issue 16, the 12-period day): at least 10,000 sample-days per second, i.e. 1000 samples in at most 100 ms; the reference pays a Rust engine
// construction and an FFI round trip per sample, and is not timed here (no Rust toolchain on the bench machine).
// Results: docs/benchmarks.md.
//
// Usage: pnpm bench (in packages/simulator), or tsx --conditions=@bootstat/source bench/evaluate.bench.ts
import { readFileSync } from 'node:fs';
import { type BenchRow, measure, report } from '@bootstat/bench';
import { BUILTIN_POLICIES, collectHistory, costRates, dayTrace, evaluatePolicy, simulateDay } from '../src/index';

const twelve = JSON.parse(readFileSync(new URL('../../../docs/examples/twelve-period.json', import.meta.url), 'utf8'));
const hundred = {
  ...twelve,
  name: '100 ticks, about 200 payments',
  ticks: 100,
  arrivals: { ...twelve.arrivals, ratePerTick: 1 },
};

function row(name: string, scenario: typeof twelve, withTarget: boolean): BenchRow {
  const day = simulateDay(scenario);
  const history = collectHistory(dayTrace(day)).agentHistory('BANK_A');
  const rates = costRates(scenario.costRates);
  const run = () =>
    evaluatePolicy(history, BUILTIN_POLICIES['deadline-aware'], {
      samples: 1000,
      seed: 1,
      totalTicks: scenario.ticks,
      agent: { liquidityPool: 1_000_000 },
      rates,
    });
  const m = measure(run, { warmup: 3, minRuns: 9, minTimeMs: 1000 });
  return {
    case: `${name}: 1000 sample-days (${history.outgoing.length} outgoing, ${history.incoming.length} incoming payments), deadline-aware`,
    oursMs: m.medianMs,
    ...(withTarget
      ? { reference: 'target: 10,000 sample-days per second (100 ms per 1000)', referenceMs: 100, target: 1 }
      : {}),
    extra: { sampleDaysPerSecond: Math.round(1000 / (m.medianMs / 1000)), payments: day.payments.length },
  };
}

const ok = report('simulator', [
  row('the 12-period day', twelve, true),
  row('a 100-tick day (information)', hundred, false),
]);
if (!ok) process.exitCode = 1;
