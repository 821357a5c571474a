import { describe, expect, it } from 'vitest';
import { studyRefusal } from '../test/study-refusal';
import { validateStudySpec } from './study-spec';

const base = {
  seed: 1,
  nReps: 200,
  nResamples: 1000,
  grid: { k: [4], patterns: ['even'] },
  cases: [{ id: 1, n: 80, rho: -0.13, marginal: { median: 15.4, iqr: 19.3 } }],
};

const refusal = (spec: unknown) => studyRefusal(() => validateStudySpec(spec));

describe('validateStudySpec', () => {
  it('fills the defaults: 95 %, percentile, rank mixing, lognormal, the reference range, 4000 calibration datasets', () => {
    const s = validateStudySpec(base);
    expect(s).toMatchObject({
      confidenceLevel: 0.95,
      methods: ['percentile'],
      outcome: { name: 'rank-mixing', options: {} },
      marginal: 'lognormal',
      levels: { range: [1.43, 3.55] },
      calibration: { datasets: 4000 },
      counts: {},
    });
    expect(s.cases[0]?.id).toBe('1');
  });

  it.each([
    ['nReps of 0', { ...base, nReps: 0 }, 'nReps', /nReps must be at least 1/],
    ['a fractional nReps', { ...base, nReps: 2.5 }, 'nReps', /not a fraction/],
    ['nResamples of 0', { ...base, nResamples: 0 }, 'nResamples', /at least 1/],
    ['a fractional nResamples', { ...base, nResamples: 99.9 }, 'nResamples', /not a fraction/],
    ['|rho| = 1', { ...base, cases: [{ ...base.cases[0], rho: 1 }] }, 'cases.0.rho', /strictly between -1 and 1/],
    ['|rho| > 1', { ...base, cases: [{ ...base.cases[0], rho: -1.5 }] }, 'cases.0.rho', /strictly between/],
    ['a seed out of range', { ...base, seed: -1 }, 'seed', /seed must be in/],
    ['an unknown field', { ...base, nBoot: 1000 }, undefined, /unknown field nBoot/],
    ['an unknown method', { ...base, methods: ['bogus'] }, 'methods.0', /./],
    ['no case', { ...base, cases: [] }, 'cases', /at least one case/],
    ['n of 1', { ...base, cases: [{ ...base.cases[0], n: 1 }] }, 'cases.0.n', /at least 2/],
  ])('refuses %s, naming the field', (_, spec, path, message) => {
    const e = refusal(spec);
    expect(e.code).toBe('STUDY_INVALID_SPEC');
    expect(e.path).toBe(path);
    expect(e.message).toMatch(message);
  });

  it('accepts an outcome as a name or as { name, options }, and calibration: false', () => {
    expect(validateStudySpec({ ...base, outcome: 'gaussian-copula' }).outcome).toEqual({
      name: 'gaussian-copula',
      options: {},
    });
    expect(validateStudySpec({ ...base, outcome: { name: 'log-linear' } }).outcome).toEqual({
      name: 'log-linear',
      options: {},
    });
    expect(validateStudySpec({ ...base, calibration: false }).calibration).toBe(false);
  });
});
