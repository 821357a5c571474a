// Runs real worker threads from the built dist/worker.js (pnpm test builds first).
import { describe, expect, it } from 'vitest';
import { bootstrap } from './bootstrap';
import { bootstrapAsync } from './bootstrap-async';
import type { Statistic } from './statistic';

const bytes = (a: Float64Array | undefined) => Buffer.from((a as Float64Array).buffer);
const x = Array.from({ length: 200 }, (_, i) => Math.sin(i * 0.7) * 5 + i / 40);
const y = x.map((v, i) => v * 0.5 + Math.cos(i));

describe('bootstrapAsync', () => {
  it.each([1, 2, 3])('gives the same bits with %i worker(s) as bootstrap on one thread', async (workers) => {
    const options = { seed: 11, nResamples: 1500, method: 'bca' as const };
    const sync = bootstrap([x], 'median', options);
    const parallel = await bootstrapAsync([x], 'median', { ...options, workers, batch: 7 });
    expect(bytes(parallel.distribution)).toEqual(bytes(sync.distribution));
    expect(parallel.ci).toEqual(sync.ci);
    expect(parallel.z0).toBe(sync.z0);
  });

  it('gives the same bits for paired spearman, independent mean-difference, a difference of quantiles and studentized means', async () => {
    const cases = [
      [[x, y], 'spearman', { paired: true }],
      [[x, y.slice(0, 150)], 'mean-difference', {}],
      [[x], 'mean', { method: 'studentized' as const }],
      [[x, y.slice(0, 120)], { name: 'difference', of: { name: 'quantile', p: 0.9 } }, {}],
    ] as const;
    for (const [samples, statistic, extra] of cases) {
      const options = { seed: 5, nResamples: 700, ...extra };
      const sync = bootstrap(samples as unknown as number[][], statistic as Statistic, options);
      const parallel = await bootstrapAsync(samples as unknown as number[][], statistic as Statistic, {
        ...options,
        workers: 2,
      });
      expect(bytes(parallel.distribution)).toEqual(bytes(sync.distribution));
      expect(parallel.ci).toEqual(sync.ci);
    }
  });

  it('gives the same bits with fewer blocks than workers (B = 200 is one block; its one thread is started lazily)', async () => {
    const options = { seed: 12, nResamples: 200, method: 'percentile' as const };
    const sync = bootstrap([x], 'mean', options);
    const parallel = await bootstrapAsync([x], 'mean', { ...options, workers: 3 });
    expect(bytes(parallel.distribution)).toEqual(bytes(sync.distribution));
    expect(parallel.ci).toEqual(sync.ci);
  });

  it("leaves NaN replicates out as bootstrap does (nanReplicates: 'omit'), with the same count", async () => {
    // Four pairs with a tie in x: some resamples draw a constant x (ρ = 0/0).
    const samples = [
      [1, 1, 2, 3],
      [1, 2, 2, 4],
    ];
    const options = { paired: true, seed: 6, nResamples: 1000, nanReplicates: 'omit' as const };
    const sync = bootstrap(samples, 'spearman', options);
    const parallel = await bootstrapAsync(samples, 'spearman', { ...options, workers: 2 });
    expect(sync.omittedReplicates).toBeGreaterThan(0);
    expect(parallel.omittedReplicates).toBe(sync.omittedReplicates);
    expect(parallel.ci).toEqual(sync.ci);
    expect(parallel.standardError).toBe(sync.standardError);
    expect(parallel.warnings).toEqual(sync.warnings);
  });

  it('reports progress up to the total', async () => {
    const seen: number[] = [];
    await bootstrapAsync([x], 'mean', { seed: 1, nResamples: 1000, workers: 2, onProgress: (done) => seen.push(done) });
    expect(seen.at(-1)).toBe(1000);
    expect(seen.every((v, i) => i === 0 || v > (seen[i - 1] as number))).toBe(true);
  });

  it('refuses a function statistic with workers, and workers on the synchronous bootstrap', async () => {
    await expect(bootstrapAsync([x], (s) => s[0] as number, { seed: 1, workers: 2 })).rejects.toMatchObject({
      code: 'STATS_INVALID_OPTION',
    });
    expect(() => bootstrap([x], 'mean', { workers: 2 })).toThrow(
      expect.objectContaining({ code: 'STATS_INVALID_OPTION' }),
    );
  });
});
