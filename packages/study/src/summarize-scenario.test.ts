import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from './expand-scenarios';
import { summarizeScenario } from './summarize-scenario';

const scenario: Scenario = {
  index: 0,
  id: 'case-1/k2/even',
  caseId: '1',
  label: undefined,
  n: 10,
  k: 2,
  pattern: 'even',
  counts: [5, 5],
  countsFrom: 'rule',
  rho: 0.1,
  marginal: {},
};
const calibration = { inputRho: 0.12, achievedMeanRho: 0.1, standardError: 0.001, datasets: 100 };
const options = { methods: ['percentile'] as const, confidenceLevel: 0.95, calibration };

describe('summarizeScenario', () => {
  it('gives the mean, sd (ddof 1) and SE of each end, the width and the coverage, worked by hand', () => {
    const s = summarizeScenario(
      scenario,
      {
        rhoHat: Float64Array.of(0.1, 0.3, 0.2),
        nanReplicates: Float64Array.of(0, 2, 1),
        low: [Float64Array.of(-0.2, 0.15, 0)],
        high: [Float64Array.of(0.4, 0.5, 0.1)],
      },
      { ...options, methods: ['percentile'] },
    );
    const m = s.intervals[0];
    expect(m?.low.mean).toBeCloseTo(-0.05 / 3, 15);
    // lows -0.2, 0.15, 0: mean -1/60; deviations -11/60, 10/60, 1/60; ss = 222/3600; sd = sqrt(111/3600).
    expect(m?.low.sd).toBeCloseTo(Math.sqrt(111 / 3600), 15);
    expect(m?.low.standardError).toBeCloseTo(Math.sqrt(111 / 3600) / Math.sqrt(3), 15);
    expect(m?.width.mean).toBeCloseTo((0.6 + 0.35 + 0.1) / 3, 15);
    // 0.1 lies in [-0.2, 0.4] and [0, 0.1] (ends count) but not in [0.15, 0.5].
    expect(m?.coverage.rate).toBeCloseTo(2 / 3, 15);
    expect(m?.coverage.standardError).toBeCloseTo(Math.sqrt(((2 / 3) * (1 / 3)) / 3), 15);
    expect(s.rhoHat.mean).toBeCloseTo(0.2, 15);
    expect(s.nanReplicates).toEqual({ total: 3, datasets: 2 });
    expect(s.calibration).toBe(calibration);
    expect(s.fisherZ?.tieCorrection).toBeGreaterThan(1);
  });

  it('gives sd 0 for one dataset (ddof 1 has no spread to measure), as the reference does', () => {
    const s = summarizeScenario(
      scenario,
      {
        rhoHat: Float64Array.of(0.2),
        nanReplicates: Float64Array.of(0),
        low: [Float64Array.of(0)],
        high: [Float64Array.of(1)],
      },
      { ...options, methods: ['percentile'] },
    );
    expect(s.intervals[0]?.low.sd).toBe(0);
    expect(s.rhoHat.sd).toBe(0);
  });

  it('leaves datasets without an interval out of every figure and counts them', () => {
    const s = summarizeScenario(
      scenario,
      {
        rhoHat: Float64Array.of(0.2, 0.2),
        nanReplicates: Float64Array.of(0, 1000),
        low: [Float64Array.of(0, Number.NaN)],
        high: [Float64Array.of(0.5, Number.NaN)],
      },
      { ...options, methods: ['percentile'] },
    );
    expect(s.intervals[0]?.datasetsWithoutInterval).toBe(1);
    expect(s.intervals[0]?.low.mean).toBe(0);
    expect(s.intervals[0]?.coverage.rate).toBe(1);
  });

  it('does not depend on how the datasets were split, only on their values in order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 1, maxLength: 50 }), (xs) => {
        const a = Float64Array.from(xs);
        const b = Float64Array.from(xs.map((x) => x + 0.1));
        const run = () =>
          summarizeScenario(
            scenario,
            { rhoHat: a.slice(), nanReplicates: new Float64Array(xs.length), low: [a.slice()], high: [b.slice()] },
            { ...options, methods: ['percentile'] },
          );
        expect(run()).toEqual(run());
        const m = run().intervals[0];
        expect(m?.low.mean).toBeCloseTo(xs.reduce((s, x) => s + x, 0) / xs.length, 12);
      }),
    );
  });
});
