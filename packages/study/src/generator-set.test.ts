import { createGeneratorRegistries, type Marginal } from '@bootstat/generators';
import { defineStrategy } from '@bootstat/registry';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { StudyError } from './errors';
import { defaultGeneratorSet } from './generator-set';
import { runStudy } from './run-study';

/** A plugin marginal, as a user would write one: uniform on [lo, hi]. */
const uniformMarginal = defineStrategy({
  name: 'uniform',
  summary: 'Uniform on [lo, hi]',
  options: z.strictObject({ lo: z.number(), hi: z.number() }),
  run: (_: undefined, { lo, hi }): Marginal => ({
    name: 'uniform',
    parameters: { lo, hi },
    quantile: (p: number) => lo + p * (hi - lo),
  }),
});

const case1 = { id: 1, n: 30, rho: 0.3, marginal: { lo: 2, hi: 3 } as Record<string, unknown> };
const spec = {
  seed: 9,
  nReps: 20,
  nResamples: 200,
  calibration: { datasets: 500 },
  grid: { k: [4], patterns: ['even'] },
  cases: [case1],
};

describe('a study with plugin generators', () => {
  it('runs a marginal a plugin registers, and the marginal never changes a rank', () => {
    const base = createGeneratorRegistries();
    const generators = defaultGeneratorSet({ ...base, marginal: base.marginal.register(uniformMarginal) });
    const uniform = runStudy({ ...spec, marginal: 'uniform' }, { generators });
    const lognormal = runStudy({ ...spec, cases: [{ ...case1, marginal: { median: 10, iqr: 5 } }] });
    expect(uniform.marginal).toBe('uniform');
    // Spearman sees only ranks: the same streams give the same rho-hats and intervals whatever the marginal.
    expect(uniform.scenarios[0]?.rhoHat).toEqual(lognormal.scenarios[0]?.rhoHat);
    expect(uniform.scenarios[0]?.intervals).toEqual(lognormal.scenarios[0]?.intervals);
  });

  it('refuses a marginal that never varies (Spearman needs an outcome with ranks)', () => {
    const base = createGeneratorRegistries();
    const constant = defineStrategy({
      name: 'constant',
      summary: 'Always 1',
      options: z.strictObject({}),
      run: (): Marginal => ({ name: 'constant', parameters: {}, quantile: () => 1 }),
    });
    const generators = defaultGeneratorSet({ ...base, marginal: base.marginal.register(constant) });
    const run = () => runStudy({ ...spec, marginal: 'constant', cases: [{ ...case1, marginal: {} }] }, { generators });
    expect(run).toThrow(/^study spec field cases\.0\.marginal: the constant marginal gives 1 at every probability/);
  });

  it('refuses an unregistered marginal, and wrong options of a registered one, before running', () => {
    expect(() => runStudy({ ...spec, marginal: 'uniform' })).toThrow(/unknown marginal "uniform"/);
    const bad = () => runStudy({ ...spec, cases: [{ ...case1, marginal: { median: -1, iqr: 5 } }] });
    expect(bad).toThrow(StudyError);
    expect(bad).toThrow(/^study spec field cases\.0\.marginal: marginal 'lognormal': option median is -1/);
    const outcome = () => runStudy({ ...spec, outcome: { name: 'rank-mixing', options: { jitter: 3 } } });
    expect(outcome).toThrow(/^study spec field outcome\.options: outcome 'rank-mixing': option jitter is 3/);
  });
});
