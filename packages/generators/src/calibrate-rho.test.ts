import { RegistryError } from '@bootstat/registry';
import { streamTree } from '@bootstat/rng';
import { rank, spearman, spearmanRows } from '@bootstat/stats';
import { describe, expect, it } from 'vitest';
import { expectGeneratorsError } from '../test/expect-error';
import { calibrateRho } from './calibrate-rho';
import { CalibrationCache } from './calibration-cache';
import { createDatasetGenerator } from './create-dataset-generator';
import { createOutcomeRegistry } from './create-outcome-registry';
import { CalibrationKernel } from './internal/calibration-kernel';
import { levelCounts } from './level-counts';
import { tiedLevels } from './tied-levels';

const N = 80;
const STRUCTURES = {
  'k = 4 even': levelCounts(N, 4, 'even'),
  'k = 10 heavy_center': levelCounts(N, 10, 'heavy_center'),
  'all distinct': levelCounts(N, N, 'even'),
} as const;
const lognormal = { name: 'lognormal', options: { median: 15.4, iqr: 19.3 } } as const;

/** Mean Spearman rho (and its SE) of `rows` datasets of a design, drawn from `root`, via @bootstat/stats. */
function freshMean(
  counts: readonly number[],
  outcome: string,
  inputRho: number,
  root: ReturnType<typeof streamTree>,
  rows: number,
) {
  const gen = createDatasetGenerator({
    template: tiedLevels({ counts }),
    outcome: { name: outcome },
    marginal: lognormal,
    inputRho,
  });
  const n = gen.n;
  const X = new Float64Array(rows * n);
  const Y = new Float64Array(rows * n);
  gen.generateRows(root, 0, rows, X, Y);
  const rhos = spearmanRows(X, Y, rows, n);
  let sum = 0;
  for (const r of rhos) sum += r;
  const mean = sum / rows;
  let ss = 0;
  for (const r of rhos) ss += (r - mean) ** 2;
  return { mean, se: Math.sqrt(ss / (rows - 1) / rows), rhos };
}

describe('calibrateRho: the mean Spearman rho of FRESH datasets at the calibrated input rho hits the target', () => {
  const FRESH = 20_000;
  // The calibration promises |E[rho-hat](inputRho) − target| ≤ 0.005; the check's own mean has MC error se (about
  // 0.11/√20000 = 0.0008), so the test allows 0.005 + 3·se.
  for (const [label, counts] of Object.entries(STRUCTURES)) {
    for (const target of [-0.13, 0.06, 0.3]) {
      it(`rank-mixing, ${label}, target ${target}`, () => {
        const r = calibrateRho({
          counts,
          outcome: { name: 'rank-mixing' },
          target,
          stream: streamTree(99).child('calibration'),
        });
        expect(Math.abs(r.achievedMeanRho - target)).toBeLessThanOrEqual(1e-5);
        expect(r.datasets).toBe(4000);
        expect(r.standardError).toBeGreaterThan(0.001);
        expect(r.standardError).toBeLessThan(0.003);
        // Ties and the lattice noise attenuate: the input rho is larger in magnitude than the target.
        expect(Math.abs(r.inputRho)).toBeGreaterThan(Math.abs(target));
        const fresh = freshMean(counts, 'rank-mixing', r.inputRho, streamTree(7).child('fresh'), FRESH);
        expect(Math.abs(fresh.mean - target)).toBeLessThanOrEqual(0.005 + 3 * fresh.se);
      });
    }
  }

  it('rank-mixing, large n: n = 400, k = 10 heavy_tail, target 0.3 (1000 calibration datasets, 4000 fresh)', () => {
    const counts = levelCounts(400, 10, 'heavy_tail');
    const r = calibrateRho({
      counts,
      outcome: { name: 'rank-mixing' },
      target: 0.3,
      datasets: 1000,
      stream: streamTree(99).child('calibration'),
    });
    expect(r.standardError).toBeLessThan(0.002);
    const fresh = freshMean(counts, 'rank-mixing', r.inputRho, streamTree(7).child('fresh'), 4000);
    expect(Math.abs(fresh.mean - 0.3)).toBeLessThanOrEqual(0.005 + 3 * fresh.se);
  });

  it.each([
    ['gaussian-copula', 'k = 4 even'],
    ['log-linear', 'k = 10 heavy_center'],
  ] as const)('%s, %s, target 0.3', (outcome, label) => {
    const counts = STRUCTURES[label];
    const r = calibrateRho({
      counts,
      outcome: { name: outcome },
      target: 0.3,
      stream: streamTree(99).child('calibration'),
    });
    const fresh = freshMean(counts, outcome, r.inputRho, streamTree(7).child('fresh'), FRESH);
    expect(Math.abs(fresh.mean - 0.3)).toBeLessThanOrEqual(0.005 + 3 * fresh.se);
  });
});

describe('calibrateRho: what it computes', () => {
  it.each(['rank-mixing', 'gaussian-copula', 'log-linear'])(
    '%s: achievedMeanRho is bit for bit the mean of spearman(x, y) over generateDatasets(…, stream, 0, datasets)',
    (outcome) => {
      const counts = levelCounts(40, 6, 'heavy_tail');
      const stream = streamTree(3).child('calibration');
      const r = calibrateRho({ counts, outcome: { name: outcome }, target: 0.2, datasets: 300, stream });
      const gen = createDatasetGenerator({
        template: tiedLevels({ counts }),
        outcome: { name: outcome },
        marginal: lognormal,
        inputRho: r.inputRho,
      });
      const X = new Float64Array(300 * 40);
      const Y = new Float64Array(300 * 40);
      gen.generateRows(stream, 0, 300, X, Y);
      let sum = 0;
      for (let d = 0; d < 300; d++) sum += spearman(X.subarray(d * 40, (d + 1) * 40), Y.subarray(d * 40, (d + 1) * 40));
      expect(r.achievedMeanRho).toBe(sum / 300);
    },
  );

  it('ranks by merging tie groups or by sorting: the same bits', () => {
    for (const counts of [
      levelCounts(60, 3, 'even'),
      levelCounts(60, 12, 'heavy_center'),
      levelCounts(60, 60, 'even'),
    ]) {
      const template = tiedLevels({ counts });
      const midranks = rank(template);
      for (const outcome of ['rank-mixing', 'gaussian-copula', 'log-linear'] as const) {
        const model = createOutcomeRegistry().run(outcome, { template, midranks });
        const merge = new CalibrationKernel(midranks, model, streamTree(1), 200, 'merge');
        const sort = new CalibrationKernel(midranks, model, streamTree(1), 200, 'sort');
        expect(merge.merge && !sort.merge).toBe(true);
        for (const rho of [-0.7, -0.1, 0, 0.25, 0.999]) {
          expect(merge.evaluate(rho)).toBe(sort.evaluate(rho));
          expect(merge.rhoHat).toEqual(sort.rhoHat);
        }
      }
    }
  });

  it('the mean rho is non-decreasing in the input rho (common random numbers)', () => {
    const template = tiedLevels({ counts: levelCounts(50, 5, 'heavy_tail') });
    const midranks = rank(template);
    const model = createOutcomeRegistry().run('rank-mixing', { template, midranks });
    const kernel = new CalibrationKernel(midranks, model, streamTree(12), 500);
    let previous = Number.NEGATIVE_INFINITY;
    for (let rho = -0.999; rho <= 0.999; rho += 0.037) {
      const f = kernel.evaluate(rho);
      expect(f).toBeGreaterThanOrEqual(previous);
      previous = f;
    }
  });

  it('target 0 gives input rho 0 in one evaluation', () => {
    const r = calibrateRho({
      counts: [20, 20, 20, 20],
      outcome: { name: 'rank-mixing' },
      target: 0,
      stream: streamTree(1),
    });
    expect(r).toMatchObject({ target: 0, inputRho: 0, iterations: 0, evaluations: 1 });
    expect(Math.abs(r.achievedMeanRho)).toBeLessThan(4 * r.standardError);
  });

  it('is deterministic, and takes a template as well as counts', () => {
    const options = {
      counts: levelCounts(80, 7, 'heavy_tail'),
      outcome: { name: 'gaussian-copula' },
      target: -0.2,
      datasets: 500,
      stream: streamTree(5),
    };
    const a = calibrateRho(options);
    expect(calibrateRho(options)).toEqual(a);
    const { counts, ...rest } = options;
    expect(calibrateRho({ ...rest, template: tiedLevels({ counts }) })).toEqual(a);
    expect(calibrateRho({ ...options, stream: streamTree(6) }).inputRho).not.toBe(a.inputRho);
  });

  it('finds the root to the tolerance asked; where f steps over the target, stops on a bracket of 1e-7', () => {
    const options = {
      counts: levelCounts(80, 5, 'even'),
      outcome: { name: 'rank-mixing' },
      target: 0.55,
      stream: streamTree(8),
    };
    const r = calibrateRho({ ...options, tolerance: 1e-6 });
    expect(Math.abs(r.achievedMeanRho - 0.55)).toBeLessThanOrEqual(1e-6);
    // With 2 datasets f is a coarse step function: no input rho gives 0.55 exactly; the search ends on the step.
    const coarse = calibrateRho({ ...options, datasets: 2, tolerance: 1e-12 });
    expect(Math.abs(coarse.achievedMeanRho - 0.55)).toBeGreaterThan(1e-12);
    const template = tiedLevels({ counts: options.counts });
    const midranks = rank(template);
    const model = createOutcomeRegistry().run('rank-mixing', { template, midranks });
    const kernel = new CalibrationKernel(midranks, model, streamTree(8), 2);
    expect(kernel.evaluate(coarse.inputRho - 1e-7)).toBeLessThanOrEqual(0.55);
    expect(kernel.evaluate(coarse.inputRho + 1e-7)).toBeGreaterThanOrEqual(0.55);
  });
});

describe('calibrateRho: unreachable targets and bad options', () => {
  it('a target beyond what input rho ±0.999 reaches with these ties names the limit', () => {
    // Two levels of 40: Spearman's rho with a binary x is at most about √3/2 ≈ 0.87.
    const options = { counts: [40, 40], outcome: { name: 'rank-mixing' }, datasets: 500, stream: streamTree(1) };
    const message = expectGeneratorsError(
      () => calibrateRho({ ...options, target: 0.95 }),
      'GENERATORS_UNREACHABLE_TARGET',
    );
    expect(message).toMatch(/at input rho 0\.999 the mean is 0\.8\d{3}, the largest reachable \(n = 80, 2 levels\)/);
    expect(
      expectGeneratorsError(() => calibrateRho({ ...options, target: -0.95 }), 'GENERATORS_UNREACHABLE_TARGET'),
    ).toMatch(/smallest reachable/);
    expect(calibrateRho({ ...options, target: 0.8 }).achievedMeanRho).toBeCloseTo(0.8, 4);
  });

  it('x with a single level cannot be calibrated', () => {
    expectGeneratorsError(
      () => calibrateRho({ counts: [30], outcome: { name: 'rank-mixing' }, target: 0.1, stream: streamTree(1) }),
      'GENERATORS_UNREACHABLE_TARGET',
    );
  });

  it('options out of range are GENERATORS_INVALID_OPTION; unknown outcomes are RegistryErrors', () => {
    const ok = { counts: [10, 10], outcome: { name: 'rank-mixing' }, target: 0.1, stream: streamTree(1) };
    for (const bad of [
      { target: 1 },
      { target: Number.NaN },
      { datasets: 1 },
      { datasets: 2.5 },
      { tolerance: 0 },
      { stream: undefined },
      { template: Float64Array.of(1, 2, 3) },
      { counts: undefined },
    ]) {
      expectGeneratorsError(() => calibrateRho({ ...ok, ...bad } as never), 'GENERATORS_INVALID_OPTION');
    }
    expectGeneratorsError(() => calibrateRho(undefined as never), 'GENERATORS_INVALID_OPTION');
    expectGeneratorsError(() => calibrateRho({ ...ok, counts: [10, 0] }), 'GENERATORS_INVALID_COUNTS');
    expect(() => calibrateRho({ ...ok, outcome: { name: 'copula' } })).toThrow(RegistryError);
  });
});

describe('CalibrationCache', () => {
  it('keys on everything the result depends on, with the options as parsed (defaults filled in)', () => {
    const cache = new CalibrationCache();
    const base = {
      counts: [20, 20, 20, 20],
      outcome: { name: 'rank-mixing' },
      target: -0.13,
      datasets: 400,
      stream: streamTree(99).child('c'),
      cache,
    };
    const a = calibrateRho(base);
    expect(cache.size).toBe(1);
    expect(calibrateRho(base)).toBe(a);
    expect(calibrateRho({ ...base, outcome: { name: 'rank-mixing', options: { jitter: 0.49 } } })).toBe(a);
    expect(calibrateRho({ ...base, template: tiedLevels({ counts: [20, 20, 20, 20] }), counts: undefined })).toBe(a);
    expect(cache.size).toBe(1);
    for (const other of [
      { target: -0.12 },
      { datasets: 401 },
      { tolerance: 1e-4 },
      { stream: streamTree(99).child('d') },
      { counts: [21, 19, 20, 20] },
      { outcome: { name: 'rank-mixing', options: { jitter: 0.4 } } },
      { outcome: { name: 'gaussian-copula' } },
    ]) {
      expect(calibrateRho({ ...base, ...other })).not.toBe(a);
    }
    expect(cache.size).toBe(8);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
