import { describe, expect, it } from 'vitest';
import { studyRefusal } from '../test/study-refusal';
import { runDatasets } from './internal/run-datasets';
import { planStudy } from './plan-study';
import { runStudy } from './run-study';
import { studyJsonSchema, studyToJson } from './study-json';

const spec = {
  seed: 3,
  nReps: 30,
  nResamples: 200,
  methods: ['percentile', 'bca'] as ('percentile' | 'bca')[],
  calibration: { datasets: 300 },
  grid: { k: [3], patterns: ['even', 'heavy_tail'], allDistinct: true },
  cases: [
    { id: 1, n: 25, rho: -0.3, marginal: { median: 15.4, iqr: 19.3 } },
    { id: 2, n: 6, rho: 0.2, marginal: { median: 1, iqr: 1 } },
  ],
};
const same = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

describe('runStudy', () => {
  it('gives the same bits in batch and per-dataset mode, for any chunk', () => {
    const json = (mode: 'batch' | 'per-dataset', chunk?: number) =>
      JSON.stringify(studyToJson(runStudy(spec, { mode, ...(chunk === undefined ? {} : { chunk }) })));
    const reference = json('batch');
    expect(json('per-dataset')).toBe(reference);
    expect(json('batch', 7)).toBe(reference);
    expect(json('per-dataset', 1)).toBe(reference);
  });

  it('draws dataset r the same whatever nReps and nResamples: the data never depend on n_boot', () => {
    const small = planStudy({ ...spec, nReps: 10 });
    const large = planStudy({ ...spec, nReps: 40, nResamples: 500 });
    for (const s of [0, 2, 5]) {
      const scenario = small.scenarios[s];
      if (scenario === undefined) throw new Error('no scenario');
      const rho = small.calibrate(scenario).inputRho;
      expect(large.calibrate(scenario).inputRho).toBe(rho);
      const a = runDatasets(small, scenario, rho, 0, 10, 'batch');
      const b = runDatasets(large, scenario, rho, 0, 10, 'per-dataset');
      const c = runDatasets(large, scenario, rho, 5, 5, 'batch');
      // rho-hat is the data's own statistic: the same datasets whatever the resamples.
      expect(same(a.rhoHat, b.rhoHat)).toBe(true);
      expect(same(a.rhoHat.subarray(5), c.rhoHat)).toBe(true);
      // And with the same nResamples, the same intervals, whatever the chunk.
      const d = runDatasets(small, scenario, rho, 3, 4, 'per-dataset');
      expect(same(a.low[1]?.subarray(3, 7) as Float64Array, d.low[1] as Float64Array)).toBe(true);
    }
  });

  it('counts NaN replicates of constant resamples and still gives every figure', () => {
    const r = runStudy(spec);
    const tiny = r.scenarios.filter((s) => s.n === 6);
    expect(tiny.some((s) => s.nanReplicates.total > 0)).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain('NAN_REPLICATES');
    for (const s of r.scenarios) {
      expect(Number.isFinite(s.intervals[0]?.low.mean)).toBe(true);
      expect(s.intervals.map((m) => m.method)).toEqual(['percentile', 'bca']);
    }
    expect(r.warnings.map((w) => w.code)).toContain('FEW_DATASETS');
  });

  it('reports the calibration: the input rho and the mean rho-hat it achieves within 0.005 of the target', () => {
    const r = runStudy({ ...spec, nReps: 2, calibration: { datasets: 4000 } });
    for (const s of r.scenarios) {
      expect(Math.abs(s.calibration.achievedMeanRho - s.rho)).toBeLessThan(0.005);
      expect(s.calibration.datasets).toBe(4000);
      expect(s.calibration.standardError).toBeGreaterThan(0);
      // Ties attenuate: the input rho is further from 0 than the target.
      expect(Math.abs(s.calibration.inputRho)).toBeGreaterThan(Math.abs(s.rho));
    }
  });

  it('gives the target as the input rho with calibration: false', () => {
    const r = runStudy({ ...spec, nReps: 2, calibration: false });
    expect(r.scenarios.map((s) => s.calibration.inputRho)).toEqual(r.scenarios.map((s) => s.rho));
    expect(r.scenarios[0]?.calibration.datasets).toBe(0);
  });

  it('prints JSON that its schema accepts, with schemaVersion and kind first', () => {
    const json = studyToJson(runStudy({ ...spec, nReps: 5 }));
    expect(Object.keys(json).slice(0, 2)).toEqual(['schemaVersion', 'kind']);
    expect(studyJsonSchema().safeParse(json).success).toBe(true);
    expect(studyJsonSchema().safeParse({ ...json, kind: 'campaign' }).success).toBe(false);
  });

  it('refuses a study larger than the memory limit before drawing anything, naming what to lower', () => {
    const refuse = (over: object, limit: number) =>
      studyRefusal(() => planStudy({ ...spec, ...over }, { memoryLimit: limit }));
    const reps = refuse({ nReps: 5e8 }, 16e9);
    expect(reps.code).toBe('STUDY_TOO_LARGE');
    expect(reps.message).toMatch(/lower nReps \(the spec.s, or --reps\)/);
    expect(refuse({ nResamples: 1e9 }, 8e9).message).toMatch(/lower nResamples/);
    expect(refuse({ calibration: { datasets: 1e8 } }, 8e9).message).toMatch(/lower calibration\.datasets/);
    expect(() => planStudy(spec, { chunk: 0 })).toThrow(/chunk must be a whole number/);
  });

  it('refuses an unknown mode', () => {
    expect(() => runStudy(spec, { mode: 'fast' as 'batch' })).toThrow(/mode must be batch or per-dataset/);
  });
});
