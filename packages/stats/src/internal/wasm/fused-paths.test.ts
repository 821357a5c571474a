// The engine with and without WebAssembly: every statistic with a fused path (the means: mean, proportion,
// mean-difference, mean-ratio, difference of means, paired and not; paired Spearman), every method, many n and
// B, must give the same replicates and interval bits. "Without" is a fresh copy of the package in which WebAssembly is absent, as
// in an engine that lacks it or a page whose content security policy refuses to compile it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { bootstrap as Bootstrap } from '../../bootstrap';
import { CI_METHODS } from '../../ci/interval';
import type { Statistic } from '../../statistic';

let withWasm: typeof Bootstrap;
let withoutWasm: typeof Bootstrap;

beforeAll(async () => {
  withWasm = (await import('../../bootstrap')).bootstrap;
  // The copy with WebAssembly has its kernels.
  const withKernels = await import('../spearman-counts');
  const probe = new withKernels.SpearmanResampler(Float64Array.of(1, 2, 3), Float64Array.of(3, 1, 2));
  expect(probe.replicates([1, 2, 3, 4], 1, new Float64Array(1), 0)).toBeDefined();
  vi.resetModules();
  vi.stubGlobal('WebAssembly', undefined);
  withoutWasm = (await import('../../bootstrap')).bootstrap;
  // The copy without WebAssembly really has no kernels: each loader tries once, now, and keeps the answer.
  const { fusedMeanReplicates } = await import('./fused-mean');
  expect(fusedMeanReplicates(Float64Array.of(1, 2), [1, 2, 3, 4], 1, new Float64Array(1), 0)).toBeUndefined();
  const { SpearmanResampler } = await import('../spearman-counts');
  const resampler = new SpearmanResampler(Float64Array.of(1, 2, 3), Float64Array.of(3, 1, 2));
  expect(resampler.replicates([1, 2, 3, 4], 1, new Float64Array(1), 0)).toBeUndefined();
  vi.unstubAllGlobals();
});

afterAll(() => {
  vi.resetModules();
});

const bits = (x: Float64Array | undefined) => Array.from(new BigUint64Array((x as Float64Array).slice().buffer));
const endBits = (v: number) => new BigUint64Array(Float64Array.of(v).buffer)[0];

function data(n: number, seed: number, zeroOne = false): number[] {
  // Mixed magnitudes, so any change in the order of additions shows in the bits.
  return Array.from({ length: n }, (_, i) => {
    const u = Math.sin((i + 1) * 12.9898 + seed) * 43758.5453;
    const f = u - Math.floor(u);
    return zeroOne ? (f < 0.4 ? 1 : 0) : (f - 0.3) * 10 ** ((i % 7) - 2) + (i % 3 === 0 ? 1e6 : 0);
  });
}

// nested: no formula for the studentized standard error, so an inner bootstrap gives it.
const CASES: {
  name?: string;
  statistic: Statistic;
  samples: (n: number) => number[][];
  paired?: boolean;
  nested?: boolean;
  noStudentized?: boolean;
}[] = [
  { statistic: 'mean', samples: (n) => [data(n, 1)] },
  { statistic: 'mean', samples: (n) => [data(n, 1)], paired: true },
  { statistic: 'proportion', samples: (n) => [data(n, 2, true)] },
  { statistic: 'mean-difference', samples: (n) => [data(n, 3), data(n + 3, 4)] },
  { statistic: 'mean-difference', samples: (n) => [data(n, 3), data(n, 4)], paired: true },
  { statistic: 'mean-ratio', samples: (n) => [data(n, 5), data(n + 1, 6)], nested: true },
  { statistic: { name: 'difference', of: 'mean' }, samples: (n) => [data(n, 7), data(n + 2, 8)], nested: true },
  // Spearman: untied, and an exposure in four levels (heavy ties) against an outcome.
  // (Studentized never takes a fused path: its t values need each resample's standard error.)
  { statistic: 'spearman', samples: (n) => [data(n, 9), data(n, 10)], paired: true, noStudentized: true },
  {
    name: 'spearman, exposure in 4 levels',
    statistic: 'spearman',
    samples: (n) => [Array.from({ length: n }, (_, i) => [0, 1.5, 3, 4.5][(i * 7) % 4] as number), data(n, 12)],
    paired: true,
    noStudentized: true,
  },
];

describe('the fused WebAssembly means give the bits of the JavaScript path', () => {
  for (const c of CASES) {
    const label = `${c.name ?? (typeof c.statistic === 'string' ? c.statistic : 'difference of mean')}${c.paired ? ', paired' : ''}`;
    it(`${label}: every method, n from 2 to 1000, B from 1 to 1000`, () => {
      for (const n of [2, 7, 9, 30, 129, 1000]) {
        for (const nResamples of [1, 255, 256, 257, 1000]) {
          for (const method of CI_METHODS) {
            if ((method === 'bca' && nResamples === 1) || (method === 'studentized' && c.noStudentized)) continue;
            const nested = method === 'studentized' && c.nested === true;
            const o = {
              seed: n * 31 + nResamples,
              nResamples,
              method,
              paired: c.paired ?? false,
              ...(nested ? { standardError: 'nested' as const, nestedResamples: 5 } : {}),
            };
            const a = withWasm(c.samples(n), c.statistic, o);
            const b = withoutWasm(c.samples(n), c.statistic, o);
            const where = `${label}, n = ${n}, B = ${nResamples}, ${method}`;
            expect(bits(a.distribution), where).toEqual(bits(b.distribution));
            expect([endBits(a.ci.low), endBits(a.ci.high)], where).toEqual([endBits(b.ci.low), endBits(b.ci.high)]);
          }
        }
      }
    });
  }
});
