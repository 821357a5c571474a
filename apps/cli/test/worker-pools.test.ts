// Worker threads cost ~100 ms to start, so the CLI keeps one pool per worker count for the whole process and every
// interval of a run (each group of `--by`, each comparison) uses it; the numbers are those of one thread.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as node from '@bootstat/stats/node';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/main';
import { workerPool } from '../src/worker-pools';
import { runCli, tempDir } from './run-cli';

vi.mock('@bootstat/stats/node', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@bootstat/stats/node')>();
  return { ...actual, createBootstrapPool: vi.fn(actual.createBootstrapPool) };
});

const dir = tempDir();
const long = join(dir, 'groups.csv');
writeFileSync(
  long,
  `variant,ms\n${Array.from({ length: 300 }, (_, i) => `${'ABC'[i % 3]},${(100 + 20 * Math.sin(i * 0.37) + (i % 3)).toFixed(3)}`).join('\n')}\n`,
);
const ci = (workers: number) => [
  'ci',
  long,
  '--by',
  'variant',
  '-c',
  'ms',
  '-n',
  '3000',
  '-s',
  '5',
  '--workers',
  String(workers),
];

afterAll(() => Promise.all([2, 3].map((w) => workerPool(w).close())));

describe('one pool of worker threads per process', { timeout: 60_000 }, () => {
  it('is created once per worker count, and again only after it was closed', async () => {
    const two = workerPool(2);
    expect(workerPool(2)).toBe(two);
    expect(workerPool(3)).not.toBe(two);
    expect(workerPool(3).workers).toBe(3);
    await two.close();
    expect(workerPool(2)).not.toBe(two);
    expect(workerPool(2).closed).toBe(false);
  });

  it('serves every interval of `ci --by` (groups and comparisons) from one pool, with the bits of one thread', async () => {
    const create = vi.mocked(node.createBootstrapPool);
    const run = async (args: string[]) => {
      let out = '';
      const io = {
        stdout: (t: string) => {
          out += t;
        },
        stderr: () => undefined,
        stdin: async function* () {},
        stdinIsTTY: true,
        stderrIsTTY: false,
        env: {},
        cwd: dir,
      };
      expect(await main([...args, '--format', 'json'], io)).toBe(0);
      return JSON.parse(out);
    };
    await workerPool(2).close(); // so that this run creates its own
    create.mockClear();
    const parallel = await run(ci(2));
    const again = await run(ci(2));
    // 3 groups + 2 comparisons, twice: one pool.
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith({ workers: 2 });
    const single = await run(ci(1));
    expect(parallel).toEqual(single);
    expect(again).toEqual(single);
  });

  it('lets the built CLI exit as soon as its work is done', () => {
    const started = Date.now();
    const r = runCli(ci(2).concat('--format', 'json'));
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(runCli(ci(1).concat('--format', 'json')).stdout));
    // runCli's own limit is 60 s; a pool holding the process open would reach it.
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
