import { defineStrategy } from '@bootstat/registry';
import { fillNormal, type Generator, normalPpf } from '@bootstat/rng';
import { normalCdf } from '@bootstat/stats';
import * as z from 'zod';
import { spearmanToPearson } from '../internal/clip';
import type { Marginal } from '../marginal';
import type { OutcomeInput, OutcomeMeta, OutcomeModel } from '../outcome-model';

/** Probabilities passed to the marginal's quantile are clipped to [P_CLIP, 1 − P_CLIP] (|z| beyond about 7.03). */
export const COPULA_P_CLIP = 1e-12;

/**
 * The `gaussian-copula` outcome (Karwowski-Simulations data_generator.py `generate_y_copula`):
 *
 * - z_x = Φ⁻¹((midrank − 0.5)/n): tied x stay tied (the reference adds N(0, 1e−6) jitter to u_x to break them;
 *   we do not: it changes no rank that matters and would cost draws);
 * - score z_y = ρ_P·z_x + √(1 − ρ_P²)·ε, ε ~ N(0, 1) (one `fillNormal` of n), ρ_P = clip(2·sin(π·ρ_in/6), ±0.999);
 * - y = marginal.quantile(p), p = Φ(z_y) clipped to [1e−12, 1 − 1e−12] (the reference clips at 1e−8).
 */
export const gaussianCopulaOutcome = defineStrategy({
  name: 'gaussian-copula',
  summary: 'Gaussian copula on x’s normal scores, Spearman converted to Pearson by 2·sin(πρ/6)',
  references: [
    'Karwowski-Simulations, data_generator.py generate_y_copula (rfowler5/Karwowski-Simulations)',
    'Pearson, K. (1907). On further methods of determining correlation. Drapers’ Company Research Memoirs',
  ],
  options: z.strictObject({}),
  meta: {} as OutcomeMeta,
  run({ template, midranks }: OutcomeInput): OutcomeModel {
    const n = template.length;
    const levelScores = new Float64Array(n);
    for (let i = 0; i < n; i++) levelScores[i] = normalPpf(((midranks[i] as number) - 0.5) / n);
    return {
      levelScores,
      weights(inputRho: number) {
        const r = spearmanToPearson(inputRho);
        return [r, Math.sqrt(1 - r * r)] as const;
      },
      drawNoise(rng: Generator, out: Float64Array) {
        fillNormal(rng, out);
      },
      scoresToOutcome(score: Float64Array, marginal: Marginal, _rng: Generator, y: Float64Array) {
        for (let j = 0; j < n; j++) {
          const p = Math.min(1 - COPULA_P_CLIP, Math.max(COPULA_P_CLIP, normalCdf(score[j] as number)));
          y[j] = marginal.quantile(p);
        }
      },
    };
  },
});
