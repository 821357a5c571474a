// Pinned outputs. These snapshots may change only in a major version: a diff here means every seeded study of every
// user gives other numbers. The IEEE-754 bits of doubles are pinned, not their printed decimals.
import { describe, expect, it } from 'vitest';
import { runStudy } from './run-study';

const bits = (x: number) => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
};

describe('pinned outputs', () => {
  it("a small study: calibration, mean rho-hat, each method's mean ends, width and coverage", () => {
    const result = runStudy({
      seed: 20181,
      nReps: 40,
      nResamples: 300,
      methods: ['percentile', 'basic', 'normal', 'bca'],
      calibration: { datasets: 500 },
      grid: { k: [3], patterns: ['even', 'heavy_tail'], allDistinct: true },
      cases: [
        { id: 1, n: 40, rho: -0.13, marginal: { median: 15.4, iqr: 19.3 } },
        { id: 2, n: 7, rho: 0.4, marginal: { median: 2, iqr: 1 } },
      ],
    });
    const pinned = result.scenarios.map((s) => ({
      id: s.id,
      inputRho: bits(s.calibration.inputRho),
      achievedMeanRho: bits(s.calibration.achievedMeanRho),
      rhoHat: bits(s.rhoHat.mean),
      nanReplicates: s.nanReplicates.total,
      intervals: s.intervals.map((m) => [
        m.method,
        bits(m.low.mean),
        bits(m.high.mean),
        bits(m.low.sd),
        bits(m.width.mean),
        bits(m.coverage.rate),
      ]),
    }));
    expect(pinned).toMatchSnapshot();
  });
});
