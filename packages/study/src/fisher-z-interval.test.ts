import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fisherZInterval } from './fisher-z-interval';

// The Python reference's asymptotic intervals (power_asymptotic.py, run by tooling/fixtures/study/run_reference.py):
// with and without its tie correction, for the 4 scenarios of the fixture.
const fixture = JSON.parse(
  readFileSync(
    new URL('../../../tooling/fixtures/study/reference-4-scenarios-1000x1000.json', import.meta.url),
    'utf8',
  ),
) as {
  case: number;
  n: number;
  observed_rho: number;
  asym_tc_ci_lower: number;
  asym_tc_ci_upper: number;
  asym_notc_ci_lower: number;
  asym_notc_ci_upper: number;
}[];
// Their x counts, from the reference's FREQ_DICT (config.py): n = 80 k = 4 even, n = 82 k = 7 heavy_tail,
// n = 73 k = 10 heavy_center, n = 81 all distinct.
const COUNTS: Record<number, number[]> = {
  1: [20, 20, 20, 20],
  2: [16, 10, 9, 12, 9, 10, 16],
  3: [3, 5, 8, 10, 11, 10, 10, 8, 5, 3],
  4: new Array(81).fill(1),
};

describe('fisherZInterval (Bonett–Wright SE, tie-corrected)', () => {
  it.each(fixture.map((f) => [f.case, f] as const))('equals the reference for case %i to 1e-12', (id, f) => {
    const tc = fisherZInterval(f.observed_rho, { n: f.n, tieCounts: COUNTS[id] as number[] });
    expect(tc.ci.low).toBeCloseTo(f.asym_tc_ci_lower, 12);
    expect(tc.ci.high).toBeCloseTo(f.asym_tc_ci_upper, 12);
    const plain = fisherZInterval(f.observed_rho, { n: f.n });
    expect(plain.ci.low).toBeCloseTo(f.asym_notc_ci_lower, 12);
    expect(plain.ci.high).toBeCloseTo(f.asym_notc_ci_upper, 12);
    expect(plain.tieCorrection).toBe(1);
  });

  it('widens by sqrt((n^3 - n) / (n^3 - n - sum(t^3 - t)))', () => {
    // n = 80, four groups of 20: 511920 / (511920 - 4 * 7980) = 511920 / 480000.
    const r = fisherZInterval(0, { n: 80, tieCounts: [20, 20, 20, 20] });
    expect(r.tieCorrection).toBeCloseTo(Math.sqrt(511920 / 480000), 15);
    expect(r.standardError).toBeCloseTo(Math.sqrt(1.06 / 77) * Math.sqrt(511920 / 480000), 15);
    // Symmetric about 0 at rho = 0.
    expect(r.ci.low).toBeCloseTo(-r.ci.high, 15);
  });

  it('gives a finite interval at rho = ±1 (clipped to ±0.9999) and refuses what it cannot compute', () => {
    expect(Number.isFinite(fisherZInterval(1, { n: 10 }).ci.low)).toBe(true);
    expect(() => fisherZInterval(0.1, { n: 3 })).toThrow(/at least 4/);
    expect(() => fisherZInterval(Number.NaN, { n: 10 })).toThrow(/rho must be/);
    expect(() => fisherZInterval(0.1, { n: 10, confidenceLevel: 1 })).toThrow(/confidenceLevel/);
    expect(() => fisherZInterval(0.1, { n: 10, tieCounts: [5, 4] })).toThrow(/sum to 9/);
  });
});
