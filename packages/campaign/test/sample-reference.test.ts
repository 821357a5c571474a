// The sample campaign against numbers derived without bootstat: tooling/fixtures/campaign/sample_reference.py
// enumerates the ideal bootstrap distributions (B → ∞) with NumPy and commits sample-reference.json. With
// B = 20000 each end of a percentile interval lies between the ideal quantiles at p ∓ delta (delta over 5 standard
// deviations of the empirical CDF); the script's docstring gives the argument.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aggregateCampaign, compareConfigurations, DEFAULT_METRICS } from '../src/index';
import { readCampaign } from '../src/node';

interface Ends {
  readonly low_bounds: [number, number];
  readonly high_bounds: [number, number];
}
interface Reference {
  readonly baseline: string;
  readonly confidence_level: number;
  readonly n_resamples: number;
  readonly cells: readonly (Ends & { configuration: string; metric: string; n: number; mean: number; std: number })[];
  readonly comparisons: readonly {
    configuration: string;
    metric: string;
    ratio: Ends & { estimate: number };
    difference: Ends & { estimate: number };
  }[];
}

const REF: Reference = JSON.parse(
  readFileSync(new URL('../../../tooling/fixtures/campaign/sample-reference.json', import.meta.url), 'utf8'),
);
const SAMPLE = fileURLToPath(new URL('../../../docs/examples/campaign', import.meta.url));
const { results, sources } = readCampaign(SAMPLE);
const options = { nResamples: REF.n_resamples, confidenceLevel: REF.confidence_level, sources };

/** x within [lo, hi], with room for the last bits of a differently summed mean. */
function expectWithin(x: number | null | undefined, [lo, hi]: readonly [number, number]): void {
  const slack = 1e-12 * Math.max(Math.abs(lo), Math.abs(hi));
  expect(x).toBeGreaterThanOrEqual(lo - slack);
  expect(x).toBeLessThanOrEqual(hi + slack);
}

const close = (x: number | null | undefined, expected: number) =>
  expect(Math.abs((x as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected) + 1e-9);

// Declared here by hand, from what each metric measures.
const BETTER: Record<string, 'lower' | 'higher'> = {
  total_energy_j: 'lower',
  avg_tokens_per_second: 'higher',
  total_tokens: 'higher',
  'latency_stats.ttft_mean_ms': 'lower',
  'latency_stats.itl_mean_ms': 'lower',
};

describe('the sample campaign against the NumPy reference (ideal bootstrap, enumerated)', () => {
  it('aggregateCampaign: mean, sd and both ends of every interval', () => {
    const s = aggregateCampaign(results, options);
    expect(s.summaries).toHaveLength(REF.cells.length);
    for (const ref of REF.cells) {
      const cell = s.summaries.find((x) => x.configuration === ref.configuration && x.metric === ref.metric);
      expect(cell?.nSamples).toBe(ref.n);
      close(cell?.mean, ref.mean);
      close(cell?.std as number, ref.std);
      expectWithin(cell?.ciLower, ref.low_bounds);
      expectWithin(cell?.ciUpper, ref.high_bounds);
    }
  });

  it('compareConfigurations: ratio and difference of means with their intervals, and the verdicts they imply', () => {
    const c = compareConfigurations(results, { ...options, baseline: REF.baseline });
    expect(c.comparisons).toHaveLength(REF.comparisons.length);
    expect(c.metrics).toEqual(DEFAULT_METRICS);
    for (const ref of REF.comparisons) {
      const x = c.comparisons.find((y) => y.configuration === ref.configuration && y.metric === ref.metric);
      for (const k of ['ratio', 'difference'] as const) {
        close(x?.[k]?.estimate, ref[k].estimate);
        expectWithin(x?.[k]?.ciLower, ref[k].low_bounds);
        expectWithin(x?.[k]?.ciUpper, ref[k].high_bounds);
      }
      // Every reference interval here decides the verdict whichever ideal quantiles the ends fall between: wholly
      // above 1.01, wholly below 0.99, or unable to be either.
      const up = ref.ratio.low_bounds[0] > 1.01;
      const down = ref.ratio.high_bounds[1] < 0.99;
      const neither = ref.ratio.low_bounds[1] <= 1.01 && ref.ratio.high_bounds[0] >= 0.99;
      expect(Number(up) + Number(down) + Number(neither)).toBe(1);
      const better = BETTER[ref.metric];
      const expected = neither ? 'no-change' : (up ? 'higher' : 'lower') === better ? 'improved' : 'regressed';
      expect(x?.verdict).toBe(expected);
    }
  });
});
