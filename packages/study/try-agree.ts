import { readFileSync } from 'node:fs';
import { runStudy } from './src/index';

const fixture = JSON.parse(readFileSync('../../tooling/fixtures/study/reference-4-scenarios-1000x1000.json', 'utf8'));
const COUNTS: Record<number, number[]> = {
  1: [20, 20, 20, 20],
  2: [16, 10, 9, 12, 9, 10, 16],
  3: [3, 5, 8, 10, 11, 10, 10, 8, 5, 3],
};
for (const own of [false, true])
  for (const f of fixture) {
    const ad = f.dist_type === 'all_distinct';
    const r = runStudy({
      seed: 14,
      nReps: 1000,
      nResamples: 1000,
      ...(own ? {} : { calibration: false }),
      grid: ad ? { allDistinct: true } : { k: [f.k], patterns: [f.dist_type] },
      counts: ad ? {} : { [String(f.n)]: { [String(f.k)]: { [f.dist_type]: COUNTS[f.case] } } },
      cases: [
        { id: f.case, n: f.n, rho: own ? f.observed_rho : f.calibrated_rho_in, marginal: { median: 15.4, iqr: 19.3 } },
      ],
    });
    const s = r.scenarios[0]!;
    const m = s.intervals[0]!;
    const z = (o: number, t: number, a: number, b: number) => ((o - t) / Math.hypot(a, b)).toFixed(2);
    console.log(
      own ? 'own-cal' : 'ref-rho',
      f.case,
      'rho_in',
      s.calibration.inputRho.toFixed(5),
      'vs',
      f.calibrated_rho_in.toFixed(5),
      'low',
      m.low.mean.toFixed(5),
      f.ci_lower.toFixed(5),
      'z',
      z(m.low.mean, f.ci_lower, m.low.standardError, f.ci_lower_sd / Math.sqrt(1000)),
      'high',
      m.high.mean.toFixed(5),
      f.ci_upper.toFixed(5),
      'z',
      z(m.high.mean, f.ci_upper, m.high.standardError, f.ci_upper_sd / Math.sqrt(1000)),
      'rho',
      s.rhoHat.mean.toFixed(5),
      f.mean_rho_hat.toFixed(5),
      'z',
      z(s.rhoHat.mean, f.mean_rho_hat, s.rhoHat.standardError, s.rhoHat.standardError),
      'cov',
      m.coverage.rate,
    );
  }
