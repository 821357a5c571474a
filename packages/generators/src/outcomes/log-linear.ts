import { defineStrategy } from '@bootstat/registry';
import { fillNormal, type Generator } from '@bootstat/rng';
import * as z from 'zod';
import { GeneratorsError } from '../errors';
import { spearmanToPearson } from '../internal/clip';
import type { Marginal } from '../marginal';
import type { OutcomeInput, OutcomeMeta, OutcomeModel } from '../outcome-model';

/** Below this population sd, x counts as constant and y is pure lognormal noise (the reference's threshold). */
const CONSTANT_X_SD = 1e-12;

/**
 * The `log-linear` outcome (Karwowski-Simulations data_generator.py `generate_y_linear`), for the lognormal marginal
 * only: x standardised on its raw values (population mean and sd over the template; sd < 1e−12 → pure noise),
 * ρ_t = clip(2·sin(π·ρ_in/6), ±0.999), and ln y = μ + σ·(ρ_t·x_std + √(1 − ρ_t²)·ε), ε ~ N(0, 1) (one
 * `fillNormal` of n) — the reference's μ + ρ_t·σ·x_std + σ·√(1 − ρ_t²)·ε, factored.
 */
export const logLinearOutcome = defineStrategy({
  name: 'log-linear',
  summary: 'ln y linear in standardised x with normal errors (lognormal marginal only)',
  references: ['Karwowski-Simulations, data_generator.py generate_y_linear (rfowler5/Karwowski-Simulations)'],
  options: z.strictObject({}),
  meta: { marginal: 'lognormal' } as OutcomeMeta,
  run({ template }: OutcomeInput): OutcomeModel {
    const n = template.length;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += template[i] as number;
    const mean = sum / n;
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const d = (template[i] as number) - mean;
      ss += d * d;
    }
    const sd = Math.sqrt(ss / n);
    const levelScores = new Float64Array(n);
    if (sd >= CONSTANT_X_SD) for (let i = 0; i < n; i++) levelScores[i] = ((template[i] as number) - mean) / sd;
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
        const { mu, sigma } = marginal.parameters;
        if (marginal.name !== 'lognormal' || typeof mu !== 'number' || typeof sigma !== 'number') {
          throw new GeneratorsError(
            'GENERATORS_MARGINAL_MISMATCH',
            `The log-linear outcome needs the lognormal marginal (its mu and sigma), got '${marginal.name}'. ` +
              "Use marginal { name: 'lognormal', options: { median, iqr } }, or another outcome.",
          );
        }
        for (let j = 0; j < n; j++) y[j] = Math.exp(mu + sigma * (score[j] as number));
      },
    };
  },
});
