import { streamTree } from '@bootstat/rng';
import { bootstrapCi } from '@bootstat/stats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateCampaign, type CampaignSummary } from './aggregate-campaign';
import { MIN_RESAMPLES } from './campaign-warning';
import { compareConfigurations } from './compare-configurations';
import { CampaignError } from './errors';

const rec = (energy: number, tps: number, extra: Record<string, unknown> = {}) => ({
  total_energy_j: energy,
  avg_tokens_per_second: tps,
  ...extra,
});

const cell = (s: CampaignSummary, configuration: string, metric: string) =>
  s.summaries.find((x) => x.configuration === configuration && x.metric === metric);

/** Every number of every cell of a configuration, for bit-for-bit comparisons (Object.is tells -0 and NaN apart). */
const bitsOf = (s: CampaignSummary, configuration: string) =>
  s.summaries.filter((x) => x.configuration === configuration);

describe('aggregateCampaign', () => {
  it('gives the mean, sd (ddof 1) and the percentile-bootstrap interval of each configuration and metric', () => {
    const s = aggregateCampaign({ a: [rec(101.2, 40), rec(99.8, 41), rec(100.5, 39), rec(100.9, 40)] });
    const energy = cell(s, 'a', 'total_energy_j');
    expect(energy?.mean).toBeCloseTo(100.6, 12);
    // sd by hand: deviations 0.6, −0.8, −0.1, 0.3 → Σd² = 1.1 → √(1.1/3)
    expect(energy?.std).toBeCloseTo(Math.sqrt(1.1 / 3), 12);
    expect(energy?.nSamples).toBe(4);
    expect(energy?.ciLower).toBeLessThanOrEqual(100.6);
    expect(energy?.ciUpper).toBeGreaterThanOrEqual(100.6);
    expect(s.metrics).toEqual(['total_energy_j', 'avg_tokens_per_second']);
    expect(s).toMatchObject({ seed: 42, nResamples: 1000, confidenceLevel: 0.95, skipped: [], empty: [] });
  });

  it('warns (FEW_RESAMPLES) when nResamples is under MIN_RESAMPLES, and not from MIN_RESAMPLES on', () => {
    const results = { a: [rec(10, 1), rec(12, 1), rec(11, 1), rec(13, 1)] };
    const few = aggregateCampaign(results, { nResamples: 1 });
    expect(few.warnings).toEqual([{ code: 'FEW_RESAMPLES', message: expect.stringMatching(/^Only 1 resample per/) }]);
    expect(aggregateCampaign(results, { nResamples: MIN_RESAMPLES - 1 }).warnings).toHaveLength(1);
    expect(aggregateCampaign(results, { nResamples: MIN_RESAMPLES }).warnings).toEqual([]);
    expect(aggregateCampaign(results).warnings).toEqual([]);
  });

  it("equals bootstrapCi on the cell's own stream, streamTree(seed).child(configuration).child(metric), bit for bit", () => {
    const values = [12.5, 13.1, 12.9, 14.2, 12.2];
    const s = aggregateCampaign(
      { 'llama-8b': values.map((v) => rec(v, 1)) },
      { seed: 7, nResamples: 500, confidenceLevel: 0.9 },
    );
    const direct = bootstrapCi(values, {
      rng: streamTree(7).child('llama-8b').child('total_energy_j'),
      nResamples: 500,
      confidenceLevel: 0.9,
    });
    expect(cell(s, 'llama-8b', 'total_energy_j')).toEqual({
      configuration: 'llama-8b',
      metric: 'total_energy_j',
      ...direct,
      nSkipped: 0,
    });
  });

  // With 2 cycles a resampled mean is 10, 11 or 12 with probabilities 1/4, 1/2, 1/4: each end value holds about 250
  // of the 1000 replicates, far more than the 25 below the 2.5th percentile, so the 95% interval is [10, 12] exactly.
  it('degrades with the number of cycles: 1 → the mean alone, 2 → an interval and a warning, 3 → an interval', () => {
    const s = aggregateCampaign({
      one: [rec(10, 1)],
      two: [rec(10, 1), rec(12, 1)],
      three: [rec(10, 1), rec(12, 1), rec(11, 1)],
    });
    expect(cell(s, 'one', 'total_energy_j')).toMatchObject({ mean: 10, std: null, ciLower: null, ciUpper: null });
    expect(cell(s, 'one', 'total_energy_j')?.warning?.code).toBe('SMALL_SAMPLE');
    const two = cell(s, 'two', 'total_energy_j');
    expect(two?.warning?.code).toBe('SMALL_SAMPLE');
    expect(two).toMatchObject({ mean: 11, ciLower: 10, ciUpper: 12, nSamples: 2 });
    expect(two?.std).toBeCloseTo(Math.SQRT2, 14); // sd of {10, 12}, ddof 1
    expect(cell(s, 'three', 'total_energy_j')?.warning).toBeNull();
    expect(cell(s, 'three', 'total_energy_j')?.ciLower).not.toBeNull();
  });

  it('uses the default metrics that some record has, and any numeric field by dot path on request', () => {
    const results = {
      a: [
        { total_tokens: 100, latency_stats: { ttft_mean_ms: 30, p: { q: 1 } }, other: 5 },
        { total_tokens: 101, latency_stats: { ttft_mean_ms: 31, p: { q: 2 } }, other: 6 },
      ],
    };
    expect(aggregateCampaign(results).metrics).toEqual(['total_tokens', 'latency_stats.ttft_mean_ms']);
    const s = aggregateCampaign(results, { metrics: ['latency_stats.p.q', 'other'] });
    expect(s.metrics).toEqual(['latency_stats.p.q', 'other']);
    expect(cell(s, 'a', 'latency_stats.p.q')?.mean).toBe(1.5);
    expect(cell(s, 'a', 'other')?.mean).toBe(5.5);
  });

  it('skips a record missing a metric or holding a non-finite value there, for that metric only, and says so', () => {
    const results = {
      a: [
        rec(10, 1),
        { avg_tokens_per_second: 2 }, // energy missing
        rec(Number.NaN, 3),
        { total_energy_j: 'n/a', avg_tokens_per_second: Number.POSITIVE_INFINITY },
        rec(12, 5),
      ],
    };
    const sources = { a: results.a.map((_, k) => ({ file: 'runs.jsonl', line: k + 1 })) };
    const s = aggregateCampaign(results, { sources });
    expect(cell(s, 'a', 'total_energy_j')).toMatchObject({ nSamples: 2, nSkipped: 3, mean: 11 });
    expect(cell(s, 'a', 'avg_tokens_per_second')).toMatchObject({ nSamples: 4, nSkipped: 1, mean: 11 / 4 });
    expect(s.skipped).toEqual([
      { configuration: 'a', record: 1, field: 'total_energy_j', reason: 'missing', file: 'runs.jsonl', line: 2 },
      {
        configuration: 'a',
        record: 2,
        field: 'total_energy_j',
        reason: 'not a finite number: NaN',
        file: 'runs.jsonl',
        line: 3,
      },
      {
        configuration: 'a',
        record: 3,
        field: 'total_energy_j',
        reason: 'not a finite number: "n/a"',
        file: 'runs.jsonl',
        line: 4,
      },
      {
        configuration: 'a',
        record: 3,
        field: 'avg_tokens_per_second',
        reason: 'not a finite number: Infinity',
        file: 'runs.jsonl',
        line: 4,
      },
    ]);
  });

  it('names the missing parent of a dot path, and a record that is not an object', () => {
    const s = aggregateCampaign(
      { a: [{ latency_stats: null }, 7, { latency_stats: { ttft_mean_ms: 3 } }] },
      { metrics: ['latency_stats.ttft_mean_ms'] },
    );
    expect(s.skipped.map((k) => k.reason)).toEqual([
      'missing (latency_stats is null)',
      'missing (the record is 7, not an object)',
    ]);
    expect(s.skipped.map((k) => k.record)).toEqual([0, 1]);
  });

  it('lists a cell with no value at all as empty rather than inventing a number', () => {
    const s = aggregateCampaign({ a: [rec(1, 2)], b: [{ avg_tokens_per_second: 3 }], c: [] });
    expect(s.empty).toEqual([
      { configuration: 'b', metric: 'total_energy_j', nSkipped: 1 },
      { configuration: 'c', metric: 'total_energy_j', nSkipped: 0 },
      { configuration: 'c', metric: 'avg_tokens_per_second', nSkipped: 0 },
    ]);
    expect(s.skipped).toEqual([{ configuration: 'b', record: 0, field: 'total_energy_j', reason: 'missing' }]);
    expect(s.summaries.map((x) => `${x.configuration}/${x.metric}`)).toEqual([
      'a/total_energy_j',
      'a/avg_tokens_per_second',
      'b/avg_tokens_per_second',
    ]);
  });

  it('with strict: true, throws at the first bad record, naming configuration, record, file and field', () => {
    const results = { a: [rec(1, 2)], b: [rec(1, 2), { total_energy_j: null, avg_tokens_per_second: 1 }] };
    const sources = { a: [{ file: 'a/1.json' }], b: [{ file: 'b/1.json' }, { file: 'b/2.json' }] };
    const run = () => aggregateCampaign(results, { strict: true, sources });
    expect(run).toThrow(CampaignError);
    expect(run).toThrow('configuration "b", record 1: total_energy_j is not a finite number: null');
    expect(run).toThrow(
      expect.objectContaining({
        code: 'CAMPAIGN_INVALID_RECORD',
        location: expect.objectContaining({ file: 'b/2.json', configuration: 'b', record: 1, field: 'total_energy_j' }),
      }),
    );
  });

  it('changes its intervals with the seed and never with the order of the configurations', () => {
    const v = [1.5, 2.25, 4.5, 3.75, 2.5, 6.125, 5.5, 1.75];
    const results = { a: v.map((x) => rec(x, x + 1)), b: v.map((x) => rec(2 * x, 1 / x)) };
    const s = aggregateCampaign(results);
    expect(aggregateCampaign(results, { seed: 43 }).summaries).not.toEqual(s.summaries);
    const reversed = aggregateCampaign({ b: results.b, a: results.a });
    expect(bitsOf(reversed, 'a')).toEqual(bitsOf(s, 'a'));
    expect(bitsOf(reversed, 'b')).toEqual(bitsOf(s, 'b'));
  });

  describe('properties', () => {
    const name = fc.string({ minLength: 1, maxLength: 12 });
    const value = fc.double({ min: 1, max: 1e6, noNaN: true });
    const cycles = fc.array(fc.record({ total_energy_j: value, avg_tokens_per_second: value }), {
      minLength: 1,
      maxLength: 8,
    });

    // The new configuration goes anywhere in the order (first, between, last): one shared stream consumed in order,
    // or streams keyed by position, would change the configurations after it.
    it('adding a configuration never changes another configuration’s numbers, bit for bit', () => {
      fc.assert(
        fc.property(
          fc.dictionary(name, cycles, { minKeys: 1, maxKeys: 4 }),
          name,
          cycles,
          fc.nat(),
          (campaign, extra, more, at) => {
            fc.pre(!Object.hasOwn(campaign, extra));
            const entries = Object.entries(campaign);
            const k = at % (entries.length + 1);
            const larger = Object.fromEntries([...entries.slice(0, k), [extra, more], ...entries.slice(k)]);
            const before = aggregateCampaign(campaign, { nResamples: 200 });
            const after = aggregateCampaign(larger, { nResamples: 200 });
            for (const c of Object.keys(campaign)) {
              const a = bitsOf(before, c);
              const b = bitsOf(after, c);
              expect(b).toHaveLength(a.length);
              a.forEach((x, j) => {
                const y = b[j];
                for (const key of ['mean', 'std', 'ciLower', 'ciUpper'] as const)
                  expect(Object.is(x[key], y?.[key])).toBe(true);
              });
            }
          },
        ),
        { numRuns: 40 },
      );
    });

    it('asking for fewer metrics never changes the others', () => {
      fc.assert(
        fc.property(cycles, (a) => {
          const both = aggregateCampaign({ a }, { nResamples: 200 });
          const one = aggregateCampaign({ a }, { nResamples: 200, metrics: ['avg_tokens_per_second'] });
          expect(one.summaries[0]).toEqual(cell(both, 'a', 'avg_tokens_per_second'));
        }),
        { numRuns: 30 },
      );
    });

    it('every interval lies within the range of the values (up to rounding of the means)', () => {
      fc.assert(
        fc.property(cycles, (a) => {
          const s = aggregateCampaign({ a }, { nResamples: 200, metrics: ['total_energy_j'] }).summaries[0];
          const v = a.map((r) => r.total_energy_j);
          if (s?.ciLower === null || s?.ciUpper === null || s === undefined) return;
          expect(s.ciLower).toBeGreaterThanOrEqual(Math.min(...v) * (1 - 1e-12));
          expect(s.ciUpper).toBeLessThanOrEqual(Math.max(...v) * (1 + 1e-12));
        }),
        { numRuns: 30 },
      );
    });
  });

  describe('bad input', () => {
    const code = (f: () => unknown, c: string) => expect(f).toThrow(expect.objectContaining({ code: c }));
    it.each([[null], [[]], ['x'], [3]])('refuses results that are not an object of arrays: %s', (bad) =>
      code(() => aggregateCampaign(bad as never), 'CAMPAIGN_INVALID_INPUT'),
    );
    it('refuses a configuration that is not an array, and an empty campaign', () => {
      code(() => aggregateCampaign({ a: {} } as never), 'CAMPAIGN_INVALID_INPUT');
      code(() => aggregateCampaign({}), 'CAMPAIGN_INVALID_INPUT');
    });
    it('refuses a campaign without any default metric, and says to name some', () => {
      expect(() => aggregateCampaign({ a: [{ x: 1 }] })).toThrow(/name the metrics/);
    });
    it.each([
      [{ nResamples: 0 }, /nResamples/],
      [{ nResamples: 1.5 }, /nResamples/],
      [{ seed: -1 }, /seed/],
      [{ seed: 2 ** 32 }, /seed/],
      [{ confidenceLevel: 1 }, /confidenceLevel/],
      [{ metrics: [] }, /metrics/],
      [{ typo: 1 }, /options|typo/],
      [{ metrics: ['a..b'] }, /empty segment/],
      [{ metrics: ['__proto__.x'] }, /__proto__/],
      [{ metrics: ['a', 'a.b'] }, /both a number and an object/],
      [{ metrics: ['a', 'a'] }, /repeated/],
    ])('refuses the option %o', (options, message) => {
      const run = () => aggregateCampaign({ a: [{ a: 1 }] }, options as never);
      expect(run).toThrow(message);
      code(run, 'CAMPAIGN_INVALID_OPTION');
    });
  });

  it('reports progress after each cell, up to the number of cells (and compareConfigurations after each comparison)', () => {
    const results = {
      a: [
        { e: 1, f: 2 },
        { e: 2, f: 3 },
      ],
      b: [
        { e: 3, f: 4 },
        { e: 4, f: 5 },
      ],
      c: [{ e: 5, f: 6 }],
    };
    const calls: number[][] = [];
    aggregateCampaign(results, { metrics: ['e', 'f'], nResamples: 50, onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual([1, 2, 3, 4, 5, 6].map((d) => [d, 6]));
    const compared: number[][] = [];
    compareConfigurations(results, {
      metrics: ['e', 'f'],
      baseline: 'a',
      directions: { e: 'lower', f: 'lower' },
      nResamples: 50,
      onProgress: (d, t) => compared.push([d, t]),
    });
    expect(compared).toEqual([1, 2, 3, 4].map((d) => [d, 4]));
  });
});
