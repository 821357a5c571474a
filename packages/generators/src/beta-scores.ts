import type { Generator } from '@bootstat/rng';
import { GeneratorsError } from './errors';
import { describe } from './internal/describe';
import { openUniform, standardNormal } from './internal/draws';
import { outputBuffer } from './internal/output-buffer';

/** Options of {@link betaScores}: the mean and standard deviation of the Beta distribution. */
export interface BetaScoresOptions {
  /** The mean m, in (0, 1). */
  readonly mean: number;
  /** The standard deviation, > 0 with sd² < m(1 − m). */
  readonly sd: number;
}

/**
 * log of a Gamma(shape, 1) deviate by Marsaglia & Tsang (2000): d = shape − 1/3, c = 1/√(9d); repeat z ~ N(0, 1),
 * v = (1 + cz)³ until v > 0 and, with u ~ U(0, 1), u < 1 − 0.0331z⁴ or ln u < z²/2 + d(1 − v + ln v); the deviate
 * is d·v. For shape < 1, the boost Gamma(shape) = Gamma(shape + 1)·u^(1/shape) with one more uniform, after.
 * Logs, so that tiny shapes underflow gracefully. Normals are `fillNormal`'s rule, uniforms the open lattice
 * (k + ½)/2^52 (never 0).
 */
function logGamma(rng: Generator, shape: number): number {
  const boosted = shape < 1;
  const d = (boosted ? shape + 1 : shape) - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  let logDeviate: number;
  for (;;) {
    const z = standardNormal(rng);
    const t = 1 + c * z;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = openUniform(rng);
    const z2 = z * z;
    if (u < 1 - 0.0331 * z2 * z2 || Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) {
      logDeviate = Math.log(d) + Math.log(v);
      break;
    }
  }
  if (boosted) logDeviate += Math.log(openUniform(rng)) / shape;
  return logDeviate;
}

/**
 * n scores in [0, 1] from the Beta distribution with a given mean m and standard deviation sd: α = m·ν,
 * β = (1 − m)·ν, ν = m(1 − m)/sd² − 1 (the method of moments). Each score is X/(X + Y) with X ~ Gamma(α),
 * Y ~ Gamma(β) by Marsaglia–Tsang (with the u^(1/shape) boost for a shape below 1), X's draws first; computed as
 * 1/(1 + e^(ln Y − ln X)) so tiny shapes do not give 0/0.
 *
 * @param n - how many scores, a non-negative integer
 * @param rng - the generator to draw from (a variable number of words per score: rejection sampling)
 * @param out - where to write, a Float64Array of length n; default a new one
 * @returns `out`
 * @throws {GeneratorsError} GENERATORS_INVALID_OPTION when mean ∉ (0, 1), sd ≤ 0 or sd² ≥ m(1 − m) (no Beta has
 *   that spread), or n is not a non-negative integer; GENERATORS_INVALID_BUFFER when out does not fit
 * @example
 * const scores = betaScores(1000, { mean: 0.8, sd: 0.1 }, streamTree(3).generator());
 * scores.length; // 1000
 */
export function betaScores(n: number, options: BetaScoresOptions, rng: Generator, out?: Float64Array): Float64Array {
  const where = 'betaScores';
  const target = outputBuffer(n, out, where);
  const mean = options?.mean;
  const sd = options?.sd;
  if (typeof mean !== 'number' || !(mean > 0 && mean < 1)) {
    throw new GeneratorsError('GENERATORS_INVALID_OPTION', `${where}: mean must be in (0, 1), got ${describe(mean)}.`);
  }
  const spread = mean * (1 - mean);
  if (typeof sd !== 'number' || !(sd > 0 && sd * sd < spread)) {
    throw new GeneratorsError(
      'GENERATORS_INVALID_OPTION',
      `${where}: sd must be > 0 with sd² < mean·(1 − mean) = ${spread} (sd < ${Math.sqrt(spread)}), got ` +
        `${describe(sd)}: no Beta distribution has mean ${mean} and that spread.`,
    );
  }
  const nu = spread / (sd * sd) - 1;
  const alpha = mean * nu;
  const beta = (1 - mean) * nu;
  for (let i = 0; i < n; i++) {
    const lx = logGamma(rng, alpha);
    const ly = logGamma(rng, beta);
    target[i] = 1 / (1 + Math.exp(ly - lx));
  }
  return target;
}
