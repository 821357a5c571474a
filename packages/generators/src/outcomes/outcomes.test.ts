// The three built-in outcomes: the documented draw order bit for bit, the rank properties, and the statistics.
import { createGenerator, streamTree } from '@bootstat/rng';
import { rank, spearman } from '@bootstat/stats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { expectGeneratorsError } from '../../test/expect-error';
import { type ReplayDesign, replayDataset } from '../../test/replay';
import { createDatasetGenerator } from '../create-dataset-generator';
import { createMarginalRegistry } from '../create-marginal-registry';
import { createOutcomeRegistry } from '../create-outcome-registry';
import { openUniform } from '../internal/draws';
import { levelCounts } from '../level-counts';
import { tiedLevels } from '../tied-levels';

const OUTCOMES = ['rank-mixing', 'gaussian-copula', 'log-linear'] as const;
const lognormal = { name: 'lognormal', options: { median: 15.4, iqr: 19.3 } } as const;

function generate(design: ReplayDesign, seed: number, row: number) {
  const gen = createDatasetGenerator({
    template: design.template,
    outcome: { name: design.outcome, options: design.jitter === undefined ? {} : { jitter: design.jitter } },
    marginal: { name: 'lognormal', options: { median: design.median, iqr: design.iqr } },
    inputRho: design.inputRho,
  });
  const x = new Float64Array(gen.n);
  const y = new Float64Array(gen.n);
  gen.generate(streamTree(seed).child(row), x, y);
  return { x: Array.from(x), y: Array.from(y) };
}

describe('the documented draw order (an independent re-statement from @bootstat/rng fills, bit for bit)', () => {
  it.each(OUTCOMES)('%s', (outcome) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 60 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }))),
        fc.constantFrom('even', 'heavy_tail', 'heavy_center' as const),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
        ([n, k], pattern, inputRho, seed) => {
          const design: ReplayDesign = {
            template: tiedLevels({ counts: levelCounts(n, k, pattern) }),
            outcome,
            median: 42542,
            iqr: 51408,
            inputRho,
          };
          const replayed = replayDataset(design, streamTree(seed).child(3));
          const got = generate(design, seed, 3);
          expect(got.x).toEqual(replayed.x);
          expect(got.y).toEqual(replayed.y);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rank-mixing with another jitter', () => {
    const design: ReplayDesign = {
      template: tiedLevels({ counts: [5, 9, 6] }),
      outcome: 'rank-mixing',
      jitter: 0.2,
      median: 3,
      iqr: 1,
      inputRho: 0.4,
    };
    expect(generate(design, 8, 0).y).toEqual(replayDataset(design, streamTree(8).child(0)).y);
  });
});

describe('rank-mixing', () => {
  const registry = createOutcomeRegistry();
  const marginal = createMarginalRegistry().run('lognormal', undefined, lognormal.options);

  it('ranks(y) = ranks(score), and sorted y = the sorted marginal draws', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 2, maxLength: 80 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (scores, seed) => {
          const n = scores.length;
          const template = tiedLevels({ counts: new Array(n).fill(1) });
          const model = registry.run('rank-mixing', { template, midranks: rank(template) });
          const score = Float64Array.from(scores);
          const y = new Float64Array(n);
          const rng = createGenerator('xoroshiro128plus', seed);
          const copy = rng.clone();
          model.scoresToOutcome(score, marginal, rng, y);
          const draws = Array.from({ length: n }, () => marginal.quantile(openUniform(copy))).sort((a, b) => a - b);
          expect(Array.from(y).sort((a, b) => a - b)).toEqual(draws);
          // Tied scores get distinct y in position order (a stable order), so compare the ordinal ranks.
          expect(Array.from(rank(y, { method: 'ordinal' }))).toEqual(Array.from(rank(score, { method: 'ordinal' })));
          expect(rng.getState()).toEqual(copy.getState());
        },
      ),
    );
  });

  it('standardises x midranks with the population sd (a single level: divided by 1, all zero)', () => {
    const template = tiedLevels({ counts: [1, 2, 1] });
    const model = registry.run('rank-mixing', { template, midranks: rank(template) });
    // midranks 1, 2.5, 2.5, 4; mean 2.5; population sd √(4.5/4)
    const sd = Math.sqrt(4.5 / 4);
    expect(Array.from(model.levelScores)).toEqual([-1.5 / sd, 0, 0, 1.5 / sd]);
    const constant = Float64Array.of(2, 2, 2);
    expect(
      Array.from(registry.run('rank-mixing', { template: constant, midranks: rank(constant) }).levelScores),
    ).toEqual([0, 0, 0]);
    expect(model.weights(0.5)).toEqual([0.5, Math.sqrt(0.75)]);
    expect(model.weights(1)).toEqual([0.999, Math.sqrt(1 - 0.999 * 0.999)]);
  });

  it('the noise is a jittered permutation: standardised with (n + 1)/2 and √((n² − 1)/12), within ±J of the lattice', () => {
    const n = 50;
    const template = tiedLevels({ counts: new Array(n).fill(1) });
    const model = registry.run('rank-mixing', { template, midranks: rank(template) }, { jitter: 0.3 });
    const noise = new Float64Array(n);
    model.drawNoise(createGenerator('xoroshiro128plus', 1), noise);
    const raw = Array.from(noise, (s) => s * Math.sqrt((n * n - 1) / 12) + (n + 1) / 2).sort((a, b) => a - b);
    raw.forEach((v, i) => {
      expect(Math.abs(v - (i + 1))).toBeLessThanOrEqual(0.3 + 1e-12);
    });
  });

  it('option schema: jitter in [0, 0.5)', () => {
    const template = Float64Array.of(1, 2);
    expect(() => registry.runByName('rank-mixing', { template, midranks: rank(template) }, { jitter: 0.5 })).toThrow(
      /jitter/,
    );
    expect(registry.describe().map((d) => d.name)).toEqual(['rank-mixing', 'gaussian-copula', 'log-linear']);
  });
});

describe('gaussian-copula', () => {
  it('E[Spearman] of a bivariate normal: all-distinct n = 1000, input rho 0.5, 60 datasets', () => {
    const n = 1000;
    const gen = createDatasetGenerator({
      template: tiedLevels({ counts: new Array(n).fill(1) }),
      outcome: { name: 'gaussian-copula' },
      marginal: lognormal,
      inputRho: 0.5,
    });
    const X = new Float64Array(60 * n);
    const Y = new Float64Array(60 * n);
    gen.generateRows(streamTree(31).child('copula'), 0, 60, X, Y);
    const rhos = Array.from({ length: 60 }, (_, d) =>
      spearman(X.subarray(d * n, (d + 1) * n), Y.subarray(d * n, (d + 1) * n)),
    );
    const mean = rhos.reduce((a, b) => a + b, 0) / 60;
    const sd = Math.sqrt(rhos.reduce((s, r) => s + (r - mean) ** 2, 0) / 59);
    // x's normal scores are a fixed grid, not a sample; with ρ_P = 2 sin(π/12) Spearman's rho tends to 0.5 as n grows
    // (E r_s = 6/(π(n + 1))·[arcsin ρ_P + (n − 2)·arcsin(ρ_P/2)] for a normal sample: 0.49956 at n = 1000).
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * (sd / Math.sqrt(60)) + 0.001);
  });

  it('y = marginal quantile of Φ(score), so tied x stay tied in their score', () => {
    const template = tiedLevels({ counts: [3, 3] });
    const model = createOutcomeRegistry().run('gaussian-copula', { template, midranks: rank(template) });
    expect(new Set(model.levelScores).size).toBe(2);
    expect(model.levelScores[0]).toBeCloseTo(-(model.levelScores[5] as number), 15);
  });
});

describe('log-linear', () => {
  it('ln y is linear in standardised x: regression slope ≈ σ·ρ_t (n = 4000)', () => {
    const n = 4000;
    const template = tiedLevels({ counts: levelCounts(n, 10, 'even') });
    const gen = createDatasetGenerator({
      template,
      outcome: { name: 'log-linear' },
      marginal: lognormal,
      inputRho: 0.6,
    });
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    gen.generate(streamTree(2).child(0), x, y);
    const mean = x.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(x.reduce((s, v) => s + (v - mean) ** 2, 0) / n);
    let sxy = 0;
    let sxx = 0;
    for (let i = 0; i < n; i++) {
      const z = ((x[i] as number) - mean) / sd;
      sxy += z * Math.log(y[i] as number);
      sxx += z * z;
    }
    const sigma = gen.marginal.parameters.sigma as number;
    const rhoT = 2 * Math.sin((Math.PI * 0.6) / 6);
    // slope SE = σ√(1 − ρ_t²)/√n ≈ 0.0091
    expect(Math.abs(sxy / sxx - sigma * rhoT)).toBeLessThan(5 * ((sigma * Math.sqrt(1 - rhoT * rhoT)) / Math.sqrt(n)));
  });

  it('needs the lognormal marginal: another one is GENERATORS_MARGINAL_MISMATCH, at preparation and at run', () => {
    const template = tiedLevels({ counts: [4, 4] });
    const registries = {
      outcome: createOutcomeRegistry(),
      marginal: createMarginalRegistry().register({
        name: 'point',
        summary: 'A point mass',
        options: z.strictObject({}),
        run: () => ({ name: 'point', parameters: {}, quantile: () => 1 }),
      }),
    };
    const message = expectGeneratorsError(
      () =>
        createDatasetGenerator(
          { template, outcome: { name: 'log-linear' }, marginal: { name: 'point' }, inputRho: 0.1 },
          { registries },
        ),
      'GENERATORS_MARGINAL_MISMATCH',
    );
    expect(message).toContain("needs the 'lognormal' marginal, got 'point'");
    const model = registries.outcome.run('log-linear', { template, midranks: rank(template) });
    expectGeneratorsError(
      () =>
        model.scoresToOutcome(
          new Float64Array(8),
          { name: 'point', parameters: {}, quantile: () => 1 },
          createGenerator('xoroshiro128plus', 1),
          new Float64Array(8),
        ),
      'GENERATORS_MARGINAL_MISMATCH',
    );
  });

  it('constant x gives pure noise (x_std = 0)', () => {
    const template = Float64Array.of(3, 3, 3);
    expect(
      Array.from(createOutcomeRegistry().run('log-linear', { template, midranks: rank(template) }).levelScores),
    ).toEqual([0, 0, 0]);
  });
});
