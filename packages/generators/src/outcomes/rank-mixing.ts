import { defineStrategy } from '@bootstat/registry';
import { fillUniform, type Generator } from '@bootstat/rng';
import * as z from 'zod';
import { argsortInto } from '../internal/argsort';
import { clipRho } from '../internal/clip';
import { openUniform, randomPermutation } from '../internal/draws';
import type { Marginal } from '../marginal';
import type { OutcomeInput, OutcomeMeta, OutcomeModel } from '../outcome-model';

/**
 * The `rank-mixing` outcome (the reference's default, "nonparametric"; Karwowski-Simulations data_generator.py
 * `_raw_rank_mix_batch`):
 *
 * - s_x = x's midranks standardised: (r − (n + 1)/2)/sd, population sd over the template (sd 0: divided by 1);
 * - noise = a uniform random permutation of 1 … n (Fisher–Yates) plus U(−J, J) jitter (J = `jitter`, 0.49; one
 *   `fillUniform` of n values), standardised with the permutation's population constants:
 *   s_n = (noise − (n + 1)/2)/√((n² − 1)/12);
 * - score = ρc·s_x + √(1 − ρc²)·s_n, ρc = clip(ρ_in, ±0.999);
 * - y: n iid draws from the marginal (quantile(u), u on the lattice (k + ½)/2^52, two words each), sorted, the i-th
 *   smallest going to the position of the i-th smallest score (ties by position). So rank(y) = rank(score).
 */
export const rankMixingOutcome = defineStrategy({
  name: 'rank-mixing',
  summary: 'Mix standardised x ranks with a jittered random permutation; y = marginal draws placed by the mix’s ranks',
  references: [
    'Karwowski-Simulations, data_generator.py _raw_rank_mix_batch ("nonparametric") (rfowler5/Karwowski-Simulations)',
  ],
  options: z.strictObject({
    jitter: z
      .number()
      .min(0)
      .lt(0.5)
      .default(0.49)
      .describe('Half-width J of the U(−J, J) jitter added to the noise permutation (breaks ties, smooths E[ρ̂])'),
  }),
  meta: {} as OutcomeMeta,
  run({ template, midranks }: OutcomeInput, { jitter }): OutcomeModel {
    const n = template.length;
    const centre = (n + 1) / 2;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const d = (midranks[i] as number) - centre;
      ss += d * d;
    }
    const sd = Math.sqrt(ss / n);
    const divisor = sd === 0 ? 1 : sd;
    const levelScores = new Float64Array(n);
    for (let i = 0; i < n; i++) levelScores[i] = ((midranks[i] as number) - centre) / divisor;
    const noiseSd = Math.sqrt((n * n - 1) / 12);
    const width = jitter + jitter;
    const perm = new Uint32Array(n);
    const words = new Uint32Array(n);
    const order = new Uint32Array(n);
    const scratch = new Uint32Array(n);
    const draws = new Float64Array(n);
    return {
      levelScores,
      weights(inputRho: number) {
        const r = clipRho(inputRho);
        return [r, Math.sqrt(1 - r * r)] as const;
      },
      drawNoise(rng: Generator, out: Float64Array) {
        randomPermutation(rng, perm, words);
        fillUniform(rng, out);
        for (let j = 0; j < n; j++) {
          const noise = (perm[j] as number) + 1 + (-jitter + width * (out[j] as number));
          out[j] = (noise - centre) / noiseSd;
        }
      },
      scoresToOutcome(score: Float64Array, marginal: Marginal, rng: Generator, y: Float64Array) {
        argsortInto(score, order, scratch);
        for (let i = 0; i < n; i++) draws[i] = marginal.quantile(openUniform(rng));
        draws.sort();
        for (let i = 0; i < n; i++) y[order[i] as number] = draws[i] as number;
      },
    };
  },
});
