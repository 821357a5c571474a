import { createGenerator, streamTree } from '@bootstat/rng';
import { describe, expect, it } from 'vitest';
import { expectGeneratorsError } from '../test/expect-error';
import { betaScores } from './beta-scores';
import { passFail } from './pass-fail';

function moments(v: Float64Array) {
  let sum = 0;
  for (const x of v) sum += x;
  const mean = sum / v.length;
  let m2 = 0;
  let m4 = 0;
  for (const x of v) {
    m2 += (x - mean) ** 2;
    m4 += (x - mean) ** 4;
  }
  return { mean, sd: Math.sqrt(m2 / (v.length - 1)), kurtosis: m4 / v.length / (m2 / v.length) ** 2 };
}

describe('betaScores: Beta(m·ν, (1 − m)·ν) by Marsaglia–Tsang gammas', () => {
  it.each([
    [0.8, 0.1], // α = 12, β = 3
    [0.5, 0.2], // α = β = 2.625
    [0.05, 0.1], // α = 0.1875 < 1: the u^(1/α) boost; skewed, many values near 0
    [0.97, 0.02], // α = 69.8, β = 2.16
    [0.3, 0.45], // α = 0.0333, β = 0.0778: U-shaped, both boosted
  ])('mean %d, sd %d: sample mean and sd within 5 standard errors, every value in [0, 1]', (mean, sd) => {
    const n = 40_000;
    const v = betaScores(n, { mean, sd }, streamTree(11).child(`${mean}/${sd}`).generator());
    expect(Math.min(...v)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...v)).toBeLessThanOrEqual(1);
    const m = moments(v);
    // SE(mean) = sd/√n; SE(sd) ≈ sd·√((κ − 1)/(4n)) with the sample kurtosis κ.
    expect(Math.abs(m.mean - mean)).toBeLessThan((5 * sd) / Math.sqrt(n));
    expect(Math.abs(m.sd - sd)).toBeLessThan(5 * sd * Math.sqrt((m.kurtosis - 1) / (4 * n)));
  });

  it('is deterministic, fills out, and draws X before Y per score', () => {
    const a = betaScores(50, { mean: 0.7, sd: 0.15 }, createGenerator('xoroshiro128plus', 3));
    const out = new Float64Array(50);
    expect(betaScores(50, { mean: 0.7, sd: 0.15 }, createGenerator('xoroshiro128plus', 3), out)).toBe(out);
    expect(out).toEqual(a);
    // The first score of a longer run is the first score of a run of 1: scores are drawn one after another.
    expect(betaScores(1, { mean: 0.7, sd: 0.15 }, createGenerator('xoroshiro128plus', 3))[0]).toBe(a[0]);
    expect(betaScores(0, { mean: 0.7, sd: 0.15 }, createGenerator('xoroshiro128plus', 3))).toHaveLength(0);
  });

  it('errors: a mean outside (0, 1), an sd that no Beta has, a bad n or out', () => {
    const rng = createGenerator('xoroshiro128plus', 1);
    for (const options of [
      { mean: 0, sd: 0.1 },
      { mean: 1, sd: 0.1 },
      { mean: Number.NaN, sd: 0.1 },
      { mean: 0.5, sd: 0 },
      { mean: 0.5, sd: 0.5 }, // sd² = m(1 − m): only the two-point distribution
      { mean: 0.9, sd: 0.31 },
    ]) {
      expectGeneratorsError(() => betaScores(10, options, rng), 'GENERATORS_INVALID_OPTION');
    }
    expect(
      expectGeneratorsError(() => betaScores(10, { mean: 0.9, sd: 0.31 }, rng), 'GENERATORS_INVALID_OPTION'),
    ).toContain('sd < 0.3');
    expectGeneratorsError(() => betaScores(-1, { mean: 0.5, sd: 0.1 }, rng), 'GENERATORS_INVALID_SIZE');
    expectGeneratorsError(
      () => betaScores(3, { mean: 0.5, sd: 0.1 }, rng, new Float64Array(2)),
      'GENERATORS_INVALID_BUFFER',
    );
  });
});

describe('passFail: Bernoulli(p)', () => {
  it.each([0.02, 0.5, 0.9])('p = %d: values 0 or 1, share of passes within 5 standard errors', (p) => {
    const n = 50_000;
    const v = passFail(n, { p }, streamTree(4).child(String(p)).generator());
    expect(v.every((x) => x === 0 || x === 1)).toBe(true);
    let passes = 0;
    for (const x of v) passes += x;
    expect(Math.abs(passes / n - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n));
  });

  it('p = 0 never passes, p = 1 always does; deterministic; 1 where fillUniform gives u < p', () => {
    expect(passFail(100, { p: 0 }, createGenerator('mersenne', 1)).every((x) => x === 0)).toBe(true);
    expect(passFail(100, { p: 1 }, createGenerator('mersenne', 1)).every((x) => x === 1)).toBe(true);
    expect(passFail(64, { p: 0.3 }, createGenerator('mersenne', 9))).toEqual(
      passFail(64, { p: 0.3 }, createGenerator('mersenne', 9)),
    );
  });

  it('errors: p outside [0, 1]', () => {
    for (const p of [-0.1, 1.1, Number.NaN]) {
      expectGeneratorsError(() => passFail(3, { p }, createGenerator('mersenne', 1)), 'GENERATORS_INVALID_OPTION');
    }
  });
});
