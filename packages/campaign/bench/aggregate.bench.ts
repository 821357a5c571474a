// `pnpm bench` (campaign suite): aggregateCampaign on 1,000 configurations × 10 cycles × 5 metrics with B = 1000,
// against the budget of 2 s on the 2-core bench machine, and where the time goes: validating the records,
// deriving the 5,000 cell streams, and the 5,000 bootstrapCi calls themselves. See docs/benchmarks.md.
//
// Usage: pnpm --filter @bootstat/campaign bench
import { type BenchRow, measure, report } from '@bootstat/bench';
import { createGenerator, fillNormal, streamTree } from '@bootstat/rng';
import { bootstrapCi } from '@bootstat/stats';
import { aggregateCampaign, DEFAULT_METRICS } from '../src/index';
import { extractMetrics } from '../src/internal/extract-metrics';

const CONFIGURATIONS = 1000;
const CYCLES = 10;
const B = 1000;
const BUDGET_MS = 2000;

/** A campaign of LLM inference records: energy, throughput, tokens and streaming latencies with 2–5 % noise. */
function makeCampaign(): Record<string, Record<string, unknown>[]> {
  const noise = new Float64Array(CONFIGURATIONS * CYCLES * 5);
  fillNormal(createGenerator('xoroshiro128plus', 12345), noise);
  let k = 0;
  const z = () => noise[k++] as number;
  const results: Record<string, Record<string, unknown>[]> = {};
  for (let c = 0; c < CONFIGURATIONS; c++) {
    const scale = 1 + (c % 37) / 10;
    results[`config-${c}`] = Array.from({ length: CYCLES }, () => ({
      total_energy_j: 30000 * scale * (1 + 0.03 * z()),
      avg_tokens_per_second: (290 / scale) * (1 + 0.02 * z()),
      total_tokens: Math.round(25600 * (1 + 0.005 * z())),
      latency_stats: { ttft_mean_ms: 120 * scale * (1 + 0.05 * z()), itl_mean_ms: 27 * scale * (1 + 0.03 * z()) },
    }));
  }
  return results;
}

const results = makeCampaign();
const cells = CONFIGURATIONS * DEFAULT_METRICS.length;
const timing = { warmup: 1, minRuns: 5, minTimeMs: 0 };

const whole = measure(() => aggregateCampaign(results, { nResamples: B, seed: 42 }), timing);

// The parts, each timed alone on the same data.
const extract = measure(
  () => extractMetrics(results, { metrics: undefined, strict: false, sources: undefined, fn: 'bench' }),
  timing,
);
const configurations = Object.keys(results);
const streams = measure(() => {
  const root = streamTree(42);
  let last: unknown;
  for (const c of configurations) {
    const node = root.child(c);
    for (const m of DEFAULT_METRICS) {
      // The cell's node, then what bootstrap derives below it for B = 1000: 'resample', 4 blocks, sample 0 of each.
      const resample = node.child(m).child('resample');
      for (let b = 0; b < 4; b++) last = resample.child(b).child(0);
    }
  }
  return last;
}, timing);
const campaign = extractMetrics(results, { metrics: undefined, strict: false, sources: undefined, fn: 'bench' });
const nodes = configurations.flatMap((c) => DEFAULT_METRICS.map((m) => streamTree(42).child(c).child(m)));
const ci = measure(() => {
  let last: unknown;
  let i = 0;
  for (const columns of campaign.values) {
    for (const values of columns)
      last = bootstrapCi(values, { rng: nodes[i++] as ReturnType<typeof streamTree>, nResamples: B });
  }
  return last;
}, timing);

const rows: BenchRow[] = [
  {
    case: `aggregateCampaign, ${CONFIGURATIONS} configurations × ${CYCLES} cycles × ${DEFAULT_METRICS.length} metrics, B = ${B}`,
    oursMs: whole.medianMs,
    reference: 'the 2 s budget',
    referenceMs: BUDGET_MS,
    target: 1,
    extra: {
      'per cell (µs)': ((whole.medianMs / cells) * 1000).toFixed(1),
      'validating records, one zod parse each (ms)': extract.medianMs.toFixed(1),
      'stream derivation, 10 BigInt children per cell (ms)': streams.medianMs.toFixed(1),
      'bootstrapCi calls, streams given (ms)': ci.medianMs.toFixed(1),
    },
  },
];
const met = report('campaign', rows);
process.exitCode = met ? 0 : 1;
