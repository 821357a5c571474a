import { streamTree } from '@bootstat/rng';
import { bootstrap } from '@bootstat/stats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateCampaign } from './aggregate-campaign';
import { MIN_RESAMPLES } from './campaign-warning';
import { type CampaignComparison, compareConfigurations } from './compare-configurations';

const energy = (values: readonly number[]) => values.map((total_energy_j) => ({ total_energy_j }));
const find = (c: CampaignComparison, configuration: string, metric = 'total_energy_j') =>
  c.comparisons.find((x) => x.configuration === configuration && x.metric === metric);

const base = [100, 102, 98, 101, 99, 100.5];

describe('compareConfigurations', () => {
  // Known answer, by hand. Resampled independently, each 2-value sample has a mean taking its two values with
  // probability 1/4 each and their midpoint with 1/2: other ∈ {90, 93, 96}, baseline ∈ {100, 102, 104}. The smallest
  // ratio, 90/104, and the largest, 96/100, each have probability 1/16 (about 62 of 1000 replicates, far more than the
  // 25 beyond a 2.5th percentile), so the 95% percentile intervals are exactly [90/104, 96/100] and [90 − 104, 96 − 100].
  // Resampling the two as pairs (one index for both) could never give 90/104 or −14.
  it('gives the ratio and difference of means with percentile intervals for independent samples (by hand)', () => {
    const c = compareConfigurations({ base: energy([100, 104]), other: energy([90, 96]) }, { baseline: 'base' });
    const x = find(c, 'other');
    expect(x?.ratio?.estimate).toBeCloseTo(93 / 102, 15);
    expect(x?.ratio?.ciLower).toBeCloseTo(90 / 104, 15);
    expect(x?.ratio?.ciUpper).toBeCloseTo(96 / 100, 15);
    expect(x?.difference).toEqual({ estimate: -9, ciLower: -14, ciUpper: -4 });
    expect(x).toMatchObject({ mean: 93, baselineMean: 102, nSamples: 2, nBaseline: 2, verdict: 'improved' });
    expect(x?.reason).toMatch(/lies below 0\.99; lower is better/);
  });

  it("draws the ratio and the difference from the documented stream, streamTree(seed).child('compare')…", () => {
    const other = [90, 93, 91, 89, 92];
    const c = compareConfigurations(
      { base: energy(base), other: energy(other) },
      { baseline: 'base', seed: 5, nResamples: 600, confidenceLevel: 0.9 },
    );
    const x = find(c, 'other');
    const rng = streamTree(5).child('compare').child('other').child('total_energy_j');
    const options = { method: 'percentile', nResamples: 600, confidenceLevel: 0.9, rng } as const;
    const ratio = bootstrap([other, base], 'mean-ratio', options);
    const difference = bootstrap([other, base], 'mean-difference', options);
    expect(x?.ratio).toEqual({ estimate: ratio.estimate, ciLower: ratio.ci.low, ciUpper: ratio.ci.high });
    expect(x?.difference).toEqual({
      estimate: difference.estimate,
      ciLower: difference.ci.low,
      ciUpper: difference.ci.high,
    });
    // The estimates by hand: mean(other) = 91, mean(base) = 600.5 / 6.
    expect(x?.ratio?.estimate).toBeCloseTo(91 / (600.5 / 6), 12);
    expect(x?.difference?.estimate).toBeCloseTo(91 - 600.5 / 6, 10);
    expect(x).toMatchObject({ baseline: 'base', direction: 'lower', nSamples: 5, nBaseline: 6, verdict: 'improved' });
  });

  it('reports the same means as aggregateCampaign, to the last bit', () => {
    const values = Array.from({ length: 37 }, (_, k) => 1000 + Math.sin(k) * 17.3);
    const c = compareConfigurations({ base: energy(base), other: energy(values) }, { baseline: 'base' });
    const s = aggregateCampaign({ base: energy(base), other: energy(values) });
    expect(find(c, 'other')?.mean).toBe(s.summaries[1]?.mean);
    expect(find(c, 'other')?.baselineMean).toBe(s.summaries[0]?.mean);
  });

  it('on constant cycles, the ratio interval is the ratio itself; direction decides improved or regressed', () => {
    const results = {
      base: [1, 2, 3].map(() => ({ total_energy_j: 200, avg_tokens_per_second: 40 })),
      other: [1, 2, 3].map(() => ({ total_energy_j: 300, avg_tokens_per_second: 60 })),
    };
    const c = compareConfigurations(results, { baseline: 'base' });
    expect(find(c, 'other')?.ratio).toEqual({ estimate: 1.5, ciLower: 1.5, ciUpper: 1.5 });
    expect(find(c, 'other')?.difference).toEqual({ estimate: 100, ciLower: 100, ciUpper: 100 });
    expect(find(c, 'other')?.verdict).toBe('regressed'); // more energy: lower is better
    expect(find(c, 'other', 'avg_tokens_per_second')?.verdict).toBe('improved'); // more throughput
  });

  it('warns (FEW_RESAMPLES) that verdicts from under MIN_RESAMPLES resamples are not to be trusted', () => {
    const results = { base: energy(base), other: energy([90, 91, 89, 92]) };
    const few = compareConfigurations(results, { baseline: 'base', nResamples: 5 });
    expect(few.warnings).toEqual([
      { code: 'FEW_RESAMPLES', message: expect.stringMatching(/^Only 5 resamples per interval.*verdicts/) },
    ]);
    expect(compareConfigurations(results, { baseline: 'base', nResamples: MIN_RESAMPLES }).warnings).toEqual([]);
  });

  it('counts a change only beyond the noise threshold (criterion.rs rule)', () => {
    const results = { base: energy([100, 100, 100]), other: energy([100.5, 100.5, 100.5]) };
    expect(find(compareConfigurations(results, { baseline: 'base' }), 'other')?.verdict).toBe('no-change');
    const strict = compareConfigurations(results, { baseline: 'base', noiseThreshold: 0.001 });
    expect(find(strict, 'other')?.verdict).toBe('regressed');
    expect(compareConfigurations(results, { baseline: 'base' }).noiseThreshold).toBe(0.01);
  });

  it('is no-change when the ratio interval straddles the band even if the estimate is beyond it', () => {
    const results = { base: energy([100, 80, 120, 90, 110]), other: energy([130, 80, 125, 85, 115]) };
    const x = find(compareConfigurations(results, { baseline: 'base' }), 'other');
    expect(x?.ratio?.estimate).toBeGreaterThan(1.01);
    expect(x?.ratio?.ciLower).toBeLessThan(1.01);
    expect(x?.verdict).toBe('no-change');
  });

  it("gives 'insufficient-data' with fewer than 2 cycles on either side, and a warning with 2", () => {
    const c = compareConfigurations(
      { base: energy(base), one: energy([90]), two: energy([90, 91]) },
      { baseline: 'base' },
    );
    expect(find(c, 'one')).toMatchObject({ verdict: 'insufficient-data', ratio: null, difference: null, mean: 90 });
    expect(find(c, 'two')?.warnings.map((w) => w.code)).toEqual(['SMALL_SAMPLE']);
    expect(find(c, 'two')?.verdict).toBe('improved');
    const thin = compareConfigurations({ base: energy([100]), other: energy(base) }, { baseline: 'base' });
    expect(find(thin, 'other')?.verdict).toBe('insufficient-data');
  });

  it("gives 'not-comparable' (with the difference) when a baseline value is not positive", () => {
    const c = compareConfigurations({ base: energy([0, 1, 2]), other: energy([1, 2, 3]) }, { baseline: 'base' });
    expect(find(c, 'other')).toMatchObject({ verdict: 'not-comparable', ratio: null });
    expect(find(c, 'other')?.difference?.estimate).toBe(1);
  });

  it('compares every configuration but the baseline, metric by metric, in order', () => {
    const results = {
      a: [1, 2, 3].map((k) => ({ total_energy_j: k, total_tokens: k })),
      b: [1, 2, 3].map((k) => ({ total_energy_j: k, total_tokens: k })),
      c: [1, 2, 3].map((k) => ({ total_energy_j: k, total_tokens: k })),
    };
    const c = compareConfigurations(results, { baseline: 'b' });
    expect(c.comparisons.map((x) => `${x.configuration}/${x.metric}`)).toEqual([
      'a/total_energy_j',
      'a/total_tokens',
      'c/total_energy_j',
      'c/total_tokens',
    ]);
  });

  it('takes directions for other metrics, and overrides of the defaults (exact or prefix.*)', () => {
    const results = {
      base: [1, 2, 3].map((k) => ({ duration_s: 10 + k, latency_stats: { ttft_mean_ms: 10 + k } })),
      fast: [1, 2, 3].map((k) => ({ duration_s: 5 + k, latency_stats: { ttft_mean_ms: 5 + k } })),
    };
    expect(() => compareConfigurations(results, { baseline: 'base', metrics: ['duration_s'] })).toThrow(
      expect.objectContaining({ code: 'CAMPAIGN_NO_DIRECTION', message: expect.stringContaining('duration_s') }),
    );
    const c = compareConfigurations(results, {
      baseline: 'base',
      metrics: ['duration_s', 'latency_stats.ttft_mean_ms'],
      directions: { duration_s: 'lower', 'latency_stats.*': 'higher' },
    });
    expect(find(c, 'fast', 'duration_s')).toMatchObject({ direction: 'lower', verdict: 'improved' });
    expect(find(c, 'fast', 'latency_stats.ttft_mean_ms')).toMatchObject({ direction: 'higher', verdict: 'regressed' });
  });

  it('refuses an unknown baseline, naming the configurations', () => {
    expect(() => compareConfigurations({ a: energy(base) }, { baseline: 'b' })).toThrow(
      expect.objectContaining({ code: 'CAMPAIGN_UNKNOWN_BASELINE', message: expect.stringContaining('"a"') }),
    );
  });

  it.each([
    [{ baseline: '' }, /baseline/],
    [{ baseline: 'a', noiseThreshold: -0.1 }, /noiseThreshold/],
    [{ baseline: 'a', noiseThreshold: 1 }, /noiseThreshold/],
    [{ baseline: 'a', directions: { total_energy_j: 'down' } }, /directions/],
  ])('refuses the options %o', (options, message) => {
    expect(() => compareConfigurations({ a: energy(base) }, options as never)).toThrow(message);
  });

  describe('properties', () => {
    const value = fc.double({ min: 1, max: 1e4, noNaN: true });
    const cycles = fc.array(value, { minLength: 2, maxLength: 8 });

    it("a configuration compared with a copy of the baseline is 'no-change', with ratio estimate 1", () => {
      fc.assert(
        fc.property(cycles, (b) => {
          const c = compareConfigurations({ base: energy(b), copy: energy(b) }, { baseline: 'base' });
          expect(find(c, 'copy')?.verdict).toBe('no-change');
          expect(find(c, 'copy')?.ratio?.estimate).toBe(1);
          expect(find(c, 'copy')?.difference?.estimate).toBe(0);
        }),
        { numRuns: 60 },
      );
    });

    it('swapping the direction swaps improved and regressed, and keeps no-change', () => {
      const swap = { improved: 'regressed', regressed: 'improved' } as Record<string, string>;
      fc.assert(
        fc.property(cycles, cycles, fc.double({ min: 0.5, max: 2, noNaN: true }), (b, o, scale) => {
          const results = { base: energy(b), other: energy(o.map((v) => v * scale)) };
          const lower = find(compareConfigurations(results, { baseline: 'base', nResamples: 300 }), 'other');
          const higher = find(
            compareConfigurations(results, {
              baseline: 'base',
              nResamples: 300,
              directions: { total_energy_j: 'higher' },
            }),
            'other',
          );
          expect(higher?.ratio).toEqual(lower?.ratio);
          expect(higher?.verdict).toBe(swap[lower?.verdict as string] ?? lower?.verdict);
        }),
        { numRuns: 60 },
      );
    });

    it('adding a configuration never changes another comparison, bit for bit', () => {
      fc.assert(
        fc.property(cycles, cycles, cycles, fc.string({ minLength: 1 }), (b, o, extra, name) => {
          fc.pre(name !== 'base' && name !== 'other');
          const before = compareConfigurations(
            { base: energy(b), other: energy(o) },
            { baseline: 'base', nResamples: 200 },
          );
          const after = compareConfigurations(
            { [name]: energy(extra), base: energy(b), other: energy(o) },
            { baseline: 'base', nResamples: 200 },
          );
          const x = find(before, 'other');
          const y = find(after, 'other');
          for (const k of ['estimate', 'ciLower', 'ciUpper'] as const) {
            expect(Object.is(x?.ratio?.[k], y?.ratio?.[k])).toBe(true);
            expect(Object.is(x?.difference?.[k], y?.difference?.[k])).toBe(true);
          }
          expect(y?.verdict).toBe(x?.verdict);
        }),
        { numRuns: 40 },
      );
    });
  });
});
