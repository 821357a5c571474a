// Runs real worker threads from the built dist/worker.js, and child processes from the built dist/node.js (pnpm test
// builds first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streamTree } from '@bootstat/rng';
import { afterAll, describe, expect, it } from 'vitest';
import { bootstrap } from './bootstrap';
import { bootstrapAsync } from './bootstrap-async';
import type { BootstrapOptions } from './bootstrap-options';
import { type BootstrapPool, createBootstrapPool } from './bootstrap-pool';
import type { BootstrapResult } from './bootstrap-result';
import type { Statistic } from './statistic';

const bytes = (a: Float64Array | undefined) => Buffer.from((a as Float64Array).buffer);
const series = (n: number, k: number) => Array.from({ length: n }, (_, i) => Math.sin(i * k) * 5 + i / 40);
const x = series(1000, 0.7);
const y = x.map((v, i) => v * 0.5 + Math.cos(i));
const small = series(60, 1.3);

type Job = readonly [name: string, samples: number[][], statistic: Statistic, options: BootstrapOptions];

// Different statistics, sizes, methods, seeds and streams; B below one block (fewer blocks than threads), not a
// multiple of 256, and the studentized method with a formula and a nested standard error.
const JOBS: readonly Job[] = [
  ['mean, BCa, n = 1000', [x], 'mean', { seed: 1, nResamples: 3000 }],
  [
    'median, percentile, batch 7',
    [x.slice(0, 301)],
    'median',
    { seed: 2, nResamples: 1001, method: 'percentile', batch: 7 },
  ],
  ['paired spearman, basic', [x, y], 'spearman', { seed: 3, nResamples: 900, paired: true, method: 'basic' }],
  [
    'mean-difference, normal, a stream',
    [x, y.slice(0, 400)],
    'mean-difference',
    { rng: streamTree(9).child('g'), nResamples: 700, method: 'normal' },
  ],
  [
    'difference of 0.9 quantiles',
    [small, y.slice(0, 80)],
    { name: 'difference', of: { name: 'quantile', p: 0.9 } },
    { seed: 4, nResamples: 600 },
  ],
  ['std, B = 200 (one block)', [small], 'std', { seed: 5, nResamples: 200 }],
  ['studentized mean', [x.slice(0, 500)], 'mean', { seed: 6, nResamples: 800, method: 'studentized' }],
  [
    'studentized median, nested',
    [small],
    'median',
    { seed: 7, nResamples: 300, method: 'studentized', standardError: 'nested', nestedResamples: 25 },
  ],
];

/**
 * Every replicate's bits, then everything else of the result: the interval, z0, acceleration, standard error… but the
 * seed reported for a job given a stream (`rng`) instead, which is drawn at random and draws nothing.
 */
function expectSameResult(parallel: BootstrapResult, sync: BootstrapResult, options: BootstrapOptions = {}): void {
  expect(bytes(parallel.distribution)).toEqual(bytes(sync.distribution));
  const rest = (r: BootstrapResult) => ({ ...r, distribution: undefined, seed: options.rng ? 0 : r.seed });
  expect(rest(parallel)).toStrictEqual(rest(sync));
}

const pools: BootstrapPool[] = [];
function pool(workers: number): BootstrapPool {
  const p = createBootstrapPool({ workers });
  pools.push(p);
  return p;
}
afterAll(() => Promise.all(pools.map((p) => p.close())));

// Real threads on a machine that may be busy: generous time limits.
describe('createBootstrapPool', { timeout: 60_000 }, () => {
  it('runs different jobs, one after another through one pool, with the bits of bootstrap on one thread', async () => {
    const shared = pool(3);
    for (const [name, samples, statistic, options] of JOBS) {
      const sync = bootstrap(samples, statistic, { ...options, keepDistribution: true });
      const parallel = await bootstrapAsync(samples, statistic, { ...options, keepDistribution: true, pool: shared });
      expect(bytes(parallel.distribution), name).toEqual(bytes(sync.distribution));
      expectSameResult(parallel, sync, options);
    }
  });

  it('gives the same bits to concurrent jobs on one pool (Promise.all), twice over', async () => {
    const shared = pool(2);
    const expected = JOBS.map(([, samples, statistic, options]) => bootstrap(samples, statistic, options));
    for (let round = 0; round < 2; round++) {
      const results = await Promise.all(
        JOBS.map(([, samples, statistic, options]) => bootstrapAsync(samples, statistic, { ...options, pool: shared })),
      );
      for (const [i, r] of results.entries()) expectSameResult(r, expected[i] as BootstrapResult, (JOBS[i] as Job)[3]);
    }
  });

  it('takes workers from the pool; the same count may be given, a different one is a coded error', async () => {
    const shared = pool(2);
    const options = { seed: 8, nResamples: 1000, method: 'percentile' as const };
    const sync = bootstrap([x], 'mean', options);
    expectSameResult(await bootstrapAsync([x], 'mean', { ...options, pool: shared, workers: 2 }), sync);
    expect(shared.workers).toBe(2);
    await expect(bootstrapAsync([x], 'mean', { ...options, pool: shared, workers: 3 })).rejects.toMatchObject({
      code: 'STATS_INVALID_OPTION',
      message: expect.stringContaining('option workers is 3 but the pool has 2 worker threads'),
    });
  });

  it('computes in the calling thread with a pool of 1, as workers: 1 does', async () => {
    const one = pool(1);
    const options = { seed: 9, nResamples: 500 };
    expectSameResult(
      await bootstrapAsync([small], 'mean', { ...options, pool: one }),
      bootstrap([small], 'mean', options),
    );
  });

  it('lets running jobs finish on close, then refuses new ones with a coded error', async () => {
    const p = createBootstrapPool({ workers: 2 });
    const options = { seed: 10, nResamples: 2000 };
    const running = bootstrapAsync([x], 'median', { ...options, pool: p });
    const closing = p.close();
    expect(p.closed).toBe(true);
    expectSameResult(await running, bootstrap([x], 'median', options));
    await closing;
    await p.close(); // again: harmless
    await expect(bootstrapAsync([x], 'mean', { seed: 1, pool: p })).rejects.toMatchObject({
      code: 'STATS_INVALID_OPTION',
      message: expect.stringContaining('option pool is closed'),
    });
    // Also a pool of 1, which never needs a thread.
    const one = createBootstrapPool({ workers: 1 });
    await one[Symbol.asyncDispose]();
    await expect(bootstrapAsync([x], 'mean', { seed: 1, pool: one })).rejects.toMatchObject({
      code: 'STATS_INVALID_OPTION',
    });
  });

  it('closes on await using', async () => {
    let seen: BootstrapPool | undefined;
    {
      await using p = createBootstrapPool({ workers: 2 });
      seen = p;
      await bootstrapAsync([small], 'mean', { seed: 1, nResamples: 600, pool: p });
    }
    expect(seen.closed).toBe(true);
  });

  it.each([0, 1.5, 257, -2, Number.NaN, undefined, '2'])('refuses workers: %s with a coded error', (workers) => {
    expect(() => createBootstrapPool({ workers } as unknown as { workers: number })).toThrow(
      expect.objectContaining({
        code: 'STATS_INVALID_OPTION',
        message: expect.stringContaining('createBootstrapPool'),
      }),
    );
  });

  it('refuses a pool that is not from createBootstrapPool', async () => {
    const fake = { workers: 2, closed: false, close: async () => {} } as unknown as BootstrapPool;
    await expect(bootstrapAsync([x], 'mean', { seed: 1, pool: fake })).rejects.toMatchObject({
      code: 'STATS_INVALID_OPTION',
      message: expect.stringContaining('createBootstrapPool'),
    });
  });
});

describe('a pool and the process', { timeout: 60_000 }, () => {
  const node = new URL('../dist/node.js', import.meta.url).href;
  const dir = mkdtempSync(join(tmpdir(), 'bootstat-pool-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** Runs `body` as an ES module in a fresh Node; returns its exit and how long after its last line it came. */
  function runScript(body: string): { status: number | null; stdout: string; stderr: string; exitMs: number } {
    const file = join(dir, `script-${readdirSync(dir).length}.mjs`);
    writeFileSync(
      file,
      `import { bootstrapAsync, createBootstrapPool } from ${JSON.stringify(node)};\n${body}\nprocess.stdout.write('end ' + Date.now());\n`,
    );
    const r = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: 30_000 });
    const end = Number(/end (\d+)/.exec(r.stdout)?.[1] ?? Number.NaN);
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, exitMs: Date.now() - end };
  }

  it('does not keep it alive: a script that forgets close() exits', () => {
    const r = runScript(`
      const pool = createBootstrapPool({ workers: 2 });
      const data = Array.from({ length: 500 }, (_, i) => Math.sin(i));
      await bootstrapAsync([data], 'mean', { seed: 1, nResamples: 2000, pool });
      await bootstrapAsync([data], 'median', { seed: 2, nResamples: 2000, pool });`);
    expect(r.status, r.stderr).toBe(0);
    expect(r.exitMs).toBeLessThan(3000);
  });

  it('does not keep it alive when never used', () => {
    const r = runScript('createBootstrapPool({ workers: 2 });');
    expect(r.status, r.stderr).toBe(0);
    expect(r.exitMs).toBeLessThan(3000);
  });

  it('runs from node --input-type=module -e (a flag worker threads refuse is not passed on)', () => {
    const script = `import { bootstrapAsync, createBootstrapPool } from ${JSON.stringify(node)};
      const pool = createBootstrapPool({ workers: 2 });
      const r = await bootstrapAsync([[1, 4, 2, 8, 5, 7]], 'mean', { seed: 1, nResamples: 1000, pool });
      process.stdout.write(JSON.stringify(r.ci));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(bootstrap([[1, 4, 2, 8, 5, 7]], 'mean', { seed: 1, nResamples: 1000 }).ci);
  });

  it('ends with process.exit() while a job is running, without hanging', () => {
    const r = runScript(`
      const pool = createBootstrapPool({ workers: 2 });
      const data = Array.from({ length: 20000 }, (_, i) => Math.sin(i));
      await bootstrapAsync([data], 'mean', { seed: 1, nResamples: 1000, pool }); // the threads are up
      void bootstrapAsync([data], 'median', { seed: 1, nResamples: 99999, pool }); // seconds of work
      setTimeout(() => { process.stdout.write('end ' + Date.now()); process.exit(3); }, 200);
      await new Promise(() => setTimeout(() => {}, 60000));`);
    expect(r.status, r.stderr).toBe(3);
    expect(r.exitMs).toBeLessThan(3000);
  });
});
