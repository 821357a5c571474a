import { normalPpf as rngNormalPpf } from '@bootstat/rng';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../test/descriptive-fixture';
import { normalCdf } from './normal-cdf';
import { normalPpf } from './normal-ppf';

const cases = fixture.normPpf.cases;

function worstRelative(reference: 'exact' | 'scipy'): number {
  // Relative, and absolute at p = 0.5 where Φ⁻¹ is 0.
  return Math.max(
    ...cases.map((c) => {
      const e = Math.abs(normalPpf(c.p) - c[reference]);
      return c[reference] === 0 ? e : e / Math.abs(c[reference]);
    }),
  );
}

describe('normalPpf (Wichura’s AS241, re-exported from @bootstat/rng)', () => {
  it('is the very function @bootstat/rng exports', () => {
    expect(normalPpf).toBe(rngNormalPpf);
  });

  it('covers p from 1e-300 to 1 − 1e-16', () => {
    expect(Math.min(...cases.map((c) => c.p))).toBe(1e-300);
    expect(Math.max(...cases.map((c) => c.p))).toBe(1 - 1e-16);
  });

  it('matches scipy.stats.norm.ppf to 1e-15 relative, far tails included (worst measured: 5.7e-16)', () => {
    expect(worstRelative('scipy')).toBeLessThan(1e-15);
  });

  it('is within 1e-15 relative of the exact Φ⁻¹ (mpmath, 60 digits; worst measured: 4.7e-16)', () => {
    expect(worstRelative('exact')).toBeLessThan(1e-15);
  });

  it('inverts normalCdf: Φ(Φ⁻¹(p)) = p to within the error that z’s own rounding allows, ~(1 + z²)·1e-15', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 0.999999, noNaN: true }), (p) => {
        const z = normalPpf(p);
        expect(Math.abs(normalCdf(z) - p) / p).toBeLessThan(1e-15 * (2 + z * z));
      }),
    );
  });

  it('is −Infinity at 0, +Infinity at 1, and NaN for NaN or p outside [0, 1]', () => {
    expect(normalPpf(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalPpf(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalPpf(Number.NaN)).toBeNaN();
    expect(normalPpf(-1e-300)).toBeNaN();
    expect(normalPpf(1.0000000000000002)).toBeNaN();
  });
});
