import type { Generator } from '@bootstat/rng';
import type { Marginal } from './marginal';

/** What an `outcome` strategy's `run` receives: the design's x template and its average ranks (midranks). */
export interface OutcomeInput {
  /** The x template (any order; a dataset's x is a shuffle of it). */
  readonly template: Float64Array;
  /** The average ranks of the template's values (1 … n, ties sharing the mean of their ranks), by position. */
  readonly midranks: Float64Array;
}

/** Metadata of an outcome strategy. */
export interface OutcomeMeta {
  /** The marginal the outcome needs, if it needs a particular one (log-linear: 'lognormal'). */
  readonly marginal?: string;
}

/**
 * How an outcome makes y from x, prepared for one template (what an `outcome` strategy's `run` returns). Every
 * outcome here is a monotone map of a score
 *
 *     score_j = a(ρ_in)·levelScores[template index of x_j] + b(ρ_in)·noise_j,   b > 0,
 *
 * so the ranks of y are the ranks of the score, and calibration can find ρ_in from scores alone, without drawing y
 * (the marginal cannot change Spearman's rho). A dataset draws, in this order: x's shuffle, `drawNoise`, then
 * whatever `scoresToOutcome` draws. A model holds work buffers for its template's n: one model per thread.
 */
export interface OutcomeModel {
  /** x's part of the score, one per template position; equal for tied template values. */
  readonly levelScores: Float64Array;
  /** The weights [a, b] of the score for an input rho in [−1, 1]; b > 0, a non-decreasing in ρ_in. */
  weights(inputRho: number): readonly [number, number];
  /** Draws the n noise terms of one dataset into `out` (length n). */
  drawNoise(rng: Generator, out: Float64Array): void;
  /**
   * Writes y (length n) from the scores so that rank(y) = rank(score) (a non-decreasing map; ties in y only where
   * the scores tie or values round together); may draw from rng (after the noise).
   */
  scoresToOutcome(score: Float64Array, marginal: Marginal, rng: Generator, y: Float64Array): void;
}
